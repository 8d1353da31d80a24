//! A page whose content is still being built: its real heading and one honest line.

use yew::prelude::*;

use crate::components::page_heading::PageHeading;
use crate::content::shell;
use crate::route::Route;

#[derive(Properties, PartialEq)]
pub struct PlaceholderProps {
    pub route: Route,
}

#[component]
pub fn Placeholder(props: &PlaceholderProps) -> Html {
    html! {
        <>
            <PageHeading route={props.route} />
            <p>{ shell::COMING_SOON }</p>
        </>
    }
}
