//! The frame around every page: skip link, header, notices, main landmark and footer.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::notices::Notices;
use crate::components::save_status::SaveStatus;
use crate::components::sheet::Sheet;
use crate::components::update_notice::UpdateNotice;
use crate::content::{shell, titles};
use crate::route::Route;
use crate::sheet;

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
            <a class="skip-link stylist-skip-link" href="#main" onclick={skip}>{ shell::SKIP_TO_CONTENT }</a>
            <header class="site-header stylist-site-header">
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
            <footer class="site-footer stylist-site-footer">
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

/// "Skip to content": hidden above the page until it takes focus. Moved up by its own height,
/// so it stays hidden however many lines large text wraps it to.
pub const SKIP_LINK_SHEET: Sheet = sheet!(
    "stylist-skip-link",
    r#"
    position: absolute;
    left: var(--space-2);
    top: 0;
    z-index: 10;
    max-width: calc(100% - 2 * var(--space-2));
    padding: var(--space-2) var(--gutter);
    background: var(--color-focus);
    color: var(--color-focus-text);
    font-weight: 600;
    transform: translateY(-100%);
    &:focus {
        top: var(--space-2);
        transform: none;
    }
    "#
);

/// The header: the name, with its mark, on one side and the save status on the other; the
/// status wraps under the name when large text leaves no room. (Its column's width is shared
/// with the page and the footer, in components.css.) The name is selected through `:where`, at
/// one class's weight as in plain CSS, so every link's `a:hover` (base.css) still applies to it.
/// Forced colours (Windows high contrast) drop backgrounds, so the mark is redrawn there.
pub const HEADER_SHEET: Sheet = sheet!(
    "stylist-site-header",
    r#"
    border-bottom: 1px solid var(--color-border-soft);
    background: var(--color-surface);
    .site-header__inner {
        display: flex;
        align-items: center;
        justify-content: space-between;
        gap: var(--space-3);
        min-height: 3.25rem;
        flex-wrap: wrap;
    }
    & :where(.brand) {
        display: inline-flex;
        align-items: center;
        gap: var(--space-2);
        min-height: var(--tap);
        font-family: var(--font-serif);
        font-size: var(--text-l);
        font-weight: 700;
        color: var(--color-text);
        text-decoration: none;
    }
    .brand__mark {
        width: 1.1rem;
        height: 1.1rem;
        border-radius: 50% 50% 50% 0;
        background: var(--color-accent);
        transform: rotate(-45deg);
    }
    @media (forced-colors: active) {
        .brand__mark {
            forced-color-adjust: none;
            background: CanvasText;
        }
    }
    "#
);

/// The footer: quiet, ruled off, its links full-height targets in a row that wraps.
pub const FOOTER_SHEET: Sheet = sheet!(
    "stylist-site-footer",
    r#"
    border-top: 1px solid var(--color-border-soft);
    padding-top: var(--space-4);
    padding-bottom: var(--space-6);
    color: var(--color-text-muted);
    font-size: var(--text-s);
    .footer-links {
        list-style: none;
        padding: 0;
        display: flex;
        flex-wrap: wrap;
        gap: var(--space-2) var(--space-5);
    }
    .footer-links a {
        display: inline-flex;
        align-items: center;
        min-height: var(--tap);
    }
    "#
);
