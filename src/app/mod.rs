//! The root: state, saving, routing and the page frame, wired once.

pub(crate) mod persistence;
mod route_effects;

pub(crate) use route_effects::page_before;

use std::rc::Rc;

use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::layout::Layout;
use crate::pages;
use crate::route::Route;
use crate::state::{Action, State};

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        if next.reduce(action) {
            Rc::new(next)
        } else {
            self
        }
    }
}

/// What every page can reach: the state and a way to save at once.
#[derive(Clone, PartialEq)]
pub struct Mend {
    pub state: UseReducerHandle<State>,
    /// Writes pending changes now (on Continue and Back), instead of after the usual pause.
    pub save_now: Callback<()>,
}

impl Mend {
    pub fn dispatch(&self, action: Action) {
        self.state.dispatch(action);
    }
}

/// The app's state and actions, from any component under `App`.
#[hook]
pub fn use_mend() -> Mend {
    use_context::<Mend>().expect("use_mend is called under App")
}

#[component]
pub fn App() -> Html {
    let state = use_reducer(persistence::boot_state);
    let save_now = persistence::use_persistence(state.clone());
    let mend = Mend { state, save_now };
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
