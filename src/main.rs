//! Mounts the app; everything else lives in the library.

fn main() {
    // The static "Opening Mend…" screen from index.html goes just before the first render, in
    // the same task, so no blank frame is painted between the two.
    if let Some(screen) = loading_screen() {
        screen.remove();
    }
    yew::Renderer::<mend::app::App>::new().render();
}

fn loading_screen() -> Option<web_sys::Element> {
    web_sys::window()?.document()?.get_element_by_id("loading")
}
