//! The frame around every page: skip link, header, notices, main landmark and footer.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::notices::Notices;
use crate::components::save_status::SaveStatus;
use crate::components::update_notice::UpdateNotice;
use crate::content::{shell, titles};
use crate::route::Route;

#[derive(Properties, PartialEq)]
pub struct LayoutProps {
    pub children: Html,
}

#[component]
pub fn Layout(props: &LayoutProps) -> Html {
    // With the document's <base> (needed for a sub-path deploy), "#main" would resolve to the
    // start page's address and leave the page: focus the main landmark here instead.
    let skip = Callback::from(|event: MouseEvent| {
        event.prevent_default();
        crate::browser::focus_element("main");
    });
    html! {
        <>
            <a class="skip-link" href="#main" onclick={skip}>{ shell::SKIP_TO_CONTENT }</a>
            <header class="site-header">
                <div class="site-header__inner">
                    <Link<Route> to={Route::Home} classes="brand">
                        <span class="brand__mark" aria-hidden="true"></span>
                        <span class="visually-hidden">{ shell::HOME_LINK_LABEL }</span>
                        <span aria-hidden="true">{ titles::APP_NAME }</span>
                    </Link<Route>>
                    <SaveStatus />
                </div>
            </header>
            <Notices />
            <UpdateNotice />
            <main id="main" class="page" tabindex="-1">
                { props.children.clone() }
            </main>
            <footer class="site-footer">
                <p>{ shell::FOOTER_PRIVACY }</p>
                <nav aria-label="Footer">
                    <ul class="footer-links">
                        <li><Link<Route> to={Route::Data}>{ shell::FOOTER_DATA_LINK }</Link<Route>></li>
                        <li><Link<Route> to={Route::Safety}>{ shell::FOOTER_SAFETY_LINK }</Link<Route>></li>
                    </ul>
                </nav>
            </footer>
        </>
    }
}
