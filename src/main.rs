//! Mounts the app; everything else lives in the library.

fn main() {
    yew::Renderer::<mend::app::App>::new().render();
}
