//! The root: state, saving, routing and the page frame, wired once.

mod route_effects;

use yew::prelude::*;
use yew_router::prelude::*;

use crate::browser;
use crate::components::layout::Layout;
use crate::context::{persistence, Mend};
use crate::pages;
use crate::route::Route;

#[component]
pub fn App() -> Html {
    let state = use_reducer(persistence::boot_state);
    let save_now = persistence::use_persistence(state.clone());
    let utc_offset_minutes = *use_state(browser::utc_offset_minutes);
    let mend = Mend::new(state, save_now, utc_offset_minutes);
    html! {
        <ContextProvider<Mend> context={mend}>
            <BrowserRouter>
                <route_effects::RouteEffects />
                <Layout>
                    <Switch<Route> render={pages::render} />
                </Layout>
            </BrowserRouter>
        </ContextProvider<Mend>>
    }
}
