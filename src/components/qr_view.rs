//! A private link as a QR code, drawn as SVG by Rust (no image service, no raw HTML), for
//! handing it over in person: the other phone's camera opens it.

use yew::prelude::*;

use crate::components::sheet::Sheet;
use crate::content::deliver as words;
use crate::model::qr;
use crate::sheet;

#[derive(Properties, PartialEq)]
pub struct QrViewProps {
    pub address: AttrValue,
}

#[component]
pub fn QrView(props: &QrViewProps) -> Html {
    // Encoded once per address: a redraw must not redo the Reed–Solomon work.
    let code = use_memo(props.address.clone(), |address| {
        qr::encode(address.as_bytes()).ok()
    });
    let Some(code) = &*code else {
        return html! { <p class="hint" data-testid="qr-too-long">{ words::QR_TOO_LONG }</p> };
    };
    // Four modules of quiet zone on every side, as scanners expect.
    let side = code.size() + 8;
    html! {
        <figure class="qr stylist-qr">
            <svg class="qr__code" viewBox={format!("0 0 {side} {side}")} role="img"
                aria-label={words::QR_LABEL} data-testid="qr-code" data-size={code.size().to_string()}
                shape-rendering="crispEdges">
                <rect class="qr__light" width={side.to_string()} height={side.to_string()} />
                <path class="qr__dark" d={code.svg_path()} />
            </svg>
            <figcaption class="hint">{ words::QR_HINT }</figcaption>
        </figure>
    }
}

/// The code's own look: dark modules on light in every theme, since most scanners read nothing
/// else, and kept so in forced colours too (an inverted code is one many cameras can't read).
pub const SHEET: Sheet = sheet!(
    "stylist-qr",
    r#"
    margin: var(--space-4) 0;
    max-width: 20rem;
    .qr__code {
        display: block;
        width: 100%;
        height: auto;
        border: 1px solid var(--color-border-soft);
        border-radius: var(--radius);
        forced-color-adjust: none;
    }
    .qr__light {
        fill: var(--color-qr-light);
    }
    .qr__dark {
        fill: var(--color-qr-dark);
    }
    "#
);
