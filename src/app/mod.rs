//! The root: state, saving, routing and the page frame, wired once.
//!
//! Two roots share one tree: `App` in the browser (the address bar's router) and `ServerApp` at
//! build time (a router held at one path), so the prerendered page and the browser's first render
//! are the same and the browser can adopt the page in place (hydration).

mod route_effects;
pub mod sheets;

use yew::prelude::*;
use yew_router::history::{AnyHistory, History, MemoryHistory};
use yew_router::prelude::*;

use crate::browser;
use crate::components::layout::Layout;
use crate::context::{persistence, Mend};
use crate::pages;
use crate::route::Route;

/// The app in the browser.
#[component]
pub fn App() -> Html {
    html! {
        <Root>
            <BrowserRouter>
                <Frame />
            </BrowserRouter>
        </Root>
    }
}

#[derive(Properties, PartialEq)]
pub struct ServerAppProps {
    /// The address to render, with the public URL in front (`/mend/apology/acknowledge`).
    pub path: AttrValue,
    /// The public URL without its last slash (`/mend`), or none at the root.
    #[prop_or_default]
    pub basename: Option<AttrValue>,
}

/// The app rendered to HTML at build time, at one address.
#[component]
pub fn ServerApp(props: &ServerAppProps) -> Html {
    let history = AnyHistory::from(MemoryHistory::new());
    history.push(props.path.as_str());
    html! {
        <Root>
            <Router history={history} basename={props.basename.clone()}>
                <Frame />
            </Router>
        </Root>
    }
}

#[derive(Properties, PartialEq)]
struct RootProps {
    children: Html,
}

/// The state and its saving. It starts empty, as the prerendered page was; what is stored is
/// read once the page is live, in the next render.
#[component]
fn Root(props: &RootProps) -> Html {
    let state = use_reducer(crate::state::State::opening);
    persistence::use_loading(state.clone());
    let save_now = persistence::use_persistence(state.clone());
    let utc_offset_minutes = *use_state(browser::utc_offset_minutes);
    let mend = Mend::new(state, save_now, utc_offset_minutes);
    html! {
        <ContextProvider<Mend> context={mend}>
            { props.children.clone() }
        </ContextProvider<Mend>>
    }
}

#[component]
fn Frame() -> Html {
    html! {
        <>
            <route_effects::RouteEffects />
            <Layout>
                <Switch<Route> render={pages::render} />
            </Layout>
        </>
    }
}
