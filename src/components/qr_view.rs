//! A private link as a QR code, drawn as SVG by Rust (no image service, no raw HTML), for
//! handing it over in person: the other phone's camera opens it.

use yew::prelude::*;

use crate::content::deliver as words;
use crate::model::qr;

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
        <figure class="qr">
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
