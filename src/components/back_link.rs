//! The "Back" link at the top of a step: to the previous step, saving first.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::app::use_mend;
use crate::route::Route;

#[derive(Properties, PartialEq)]
pub struct BackLinkProps {
    pub to: Route,
    pub label: AttrValue,
}

#[component]
pub fn BackLink(props: &BackLinkProps) -> Html {
    let mend = use_mend();
    let save_first = mend.save_now.reform(|_: MouseEvent| ());
    html! {
        <p class="back-link" onclick={save_first}>
            <Link<Route> to={props.to}>{ props.label.clone() }</Link<Route>>
        </p>
    }
}
