//! "Send a private link": makes the address that carries an apology (or a reply) in its
//! fragment, optionally locked with a passphrase, says plainly what the link is, and measures it.

use std::rc::Rc;

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::browser;
use crate::components::qr_view::QrView;
use crate::components::sheet::Sheet;
use crate::content::deliver as words;
use crate::hooks::use_status;
use crate::model::link::SAFE_LINK_CHARS;
use crate::model::LinkMessage;
use crate::sealing::{self, SealError};
use crate::sheet;

/// Passphrases shorter than this are refused: a link may be forwarded, and a short one can be
/// guessed offline.
const MIN_PASSPHRASE: usize = 6;

#[derive(Properties, PartialEq)]
pub struct PrivateLinkProps {
    /// What the link will carry, as it stands now (`sent_at` is set when the link is made).
    pub message: Rc<LinkMessage>,
    /// Element ids start with this, so two on one page never clash.
    pub id: AttrValue,
    /// The words put before the link in a share sheet.
    pub share_intro: AttrValue,
    /// Who can read what the link carries (the apology, or a reply).
    pub warning: AttrValue,
}

/// What was made, and from what: a change to the words or the passphrase makes it stale.
#[derive(Clone, PartialEq)]
struct Made {
    message: Rc<LinkMessage>,
    passphrase: Option<String>,
    address: String,
}

#[derive(Clone, PartialEq)]
enum Progress {
    Idle,
    Making,
    Made(Made),
    Failed(SealError),
}

#[component]
pub fn PrivateLink(props: &PrivateLinkProps) -> Html {
    let locked = use_state(|| false);
    let passphrase = use_state(String::new);
    let progress = use_state(|| Progress::Idle);
    let short_passphrase = use_state(|| false);
    let show_qr = use_state(|| false);
    let status = use_status();
    let can_share = use_state(|| false);
    {
        let can_share = can_share.clone();
        use_effect_with((), move |_| can_share.set(browser::can_share()));
    }
    let id = |suffix: &str| format!("{}-{suffix}", props.id);
    let chosen_passphrase = (*locked).then(|| (*passphrase).clone());

    let make = {
        let (progress, message, short) = (
            progress.clone(),
            props.message.clone(),
            short_passphrase.clone(),
        );
        let chosen = chosen_passphrase.clone();
        let busy = matches!(&*progress, Progress::Making);
        Callback::from(move |_: MouseEvent| {
            if busy {
                return;
            }
            if chosen
                .as_ref()
                .is_some_and(|p| p.chars().count() < MIN_PASSPHRASE)
            {
                short.set(true);
                return;
            }
            short.set(false);
            progress.set(Progress::Making);
            let (progress, message, chosen) = (progress.clone(), message.clone(), chosen.clone());
            // Stamped when made, not when drawn: a redraw must not make a fresh link look stale.
            let mut stamped = (*message).clone();
            stamped.sent_at = browser::now();
            wasm_bindgen_futures::spawn_local(async move {
                let sealed = sealing::seal(&stamped, chosen.as_deref()).await;
                let outcome = sealed
                    .and_then(|fragment| sealing::link_address(&fragment).ok_or(SealError::Failed));
                progress.set(match outcome {
                    Ok(address) => Progress::Made(Made {
                        message,
                        passphrase: chosen,
                        address,
                    }),
                    Err(err) => Progress::Failed(err),
                });
            });
        })
    };
    let on_lock = {
        let locked = locked.clone();
        Callback::from(move |e: Event| {
            locked.set(e.target_unchecked_into::<HtmlInputElement>().checked())
        })
    };
    let on_passphrase = {
        let passphrase = passphrase.clone();
        Callback::from(move |e: InputEvent| {
            passphrase.set(e.target_unchecked_into::<HtmlInputElement>().value())
        })
    };

    let made = match &*progress {
        Progress::Made(made)
            if made.message == props.message && made.passphrase == chosen_passphrase =>
        {
            Some(made.clone())
        }
        _ => None,
    };
    let stale = matches!(&*progress, Progress::Made(_)) && made.is_none();
    let result = match (&made, &*progress) {
        (Some(made), _) => {
            let address = made.address.clone();
            let copy = {
                let (status, address) = (status.clone(), address.clone());
                Callback::from(move |_: MouseEvent| {
                    let (status, address) = (status.clone(), address.clone());
                    wasm_bindgen_futures::spawn_local(async move {
                        let ok = browser::copy_text(&address).await.is_ok();
                        status.say(if ok {
                            words::LINK_COPIED
                        } else {
                            crate::content::review::COPY_FAILED
                        });
                    });
                })
            };
            let share = {
                let (address, intro) = (address.clone(), props.share_intro.clone());
                Callback::from(move |_: MouseEvent| {
                    let text = format!("{intro}\n{address}");
                    wasm_bindgen_futures::spawn_local(async move {
                        let _ =
                            browser::share_text(crate::content::review::SHARE_TITLE, &text).await;
                    });
                })
            };
            let long = address.len() > SAFE_LINK_CHARS;
            let toggle_qr = {
                let show_qr = show_qr.clone();
                Callback::from(move |_: MouseEvent| show_qr.set(!*show_qr))
            };
            // "Share as text instead", for a link too long to travel well: the same words, with no
            // link around them (copied where the browser can't share).
            let as_text = {
                let text = props.message.text.clone();
                Callback::from(move |_: MouseEvent| {
                    let text = text.clone();
                    wasm_bindgen_futures::spawn_local(async move {
                        if browser::share_text(crate::content::review::SHARE_TITLE, &text)
                            .await
                            .is_err()
                        {
                            let _ = browser::copy_text(&text).await;
                        }
                    });
                })
            };
            html! {
                <div class="private-link__made">
                    <label class="label" for={id("address")}>{ words::LINK_LABEL }</label>
                    <input id={id("address")} class="input private-link__address" type="text" readonly=true
                        value={address.clone()} data-testid="private-link" aria-describedby={id("size")} />
                    <p id={id("size")} class={classes!("hint", long.then_some("private-link__long"))} data-testid="link-size">
                        { words::link_size(address.len()) }{ " " }
                        { if long { words::LINK_SIZE_LONG } else { words::LINK_SIZE_OK } }
                    </p>
                    <div class="button-row">
                        <button type="button" class="button" onclick={copy}>{ words::COPY_LINK }</button>
                        if *can_share {
                            <button type="button" class="button button--secondary" onclick={share}>{ words::SHARE_LINK }</button>
                        }
                        if long {
                            <button type="button" class="button button--secondary" onclick={as_text}>{ words::SHARE_AS_TEXT }</button>
                        }
                        <button type="button" class="button button--secondary" onclick={toggle_qr}
                            aria-expanded={if *show_qr { "true" } else { "false" }}>
                            { if *show_qr { words::HIDE_QR } else { words::SHOW_QR } }
                        </button>
                    </div>
                    if *show_qr {
                        <QrView address={AttrValue::from(address.clone())} />
                    }
                </div>
            }
        }
        (None, Progress::Failed(err)) => {
            let message = match err {
                SealError::TooLong => words::LINK_TOO_LONG,
                SealError::CannotLock => words::LINK_CANNOT_LOCK,
                SealError::Failed => words::LINK_FAILED,
            };
            html! { <p class="notice notice--warning" role="alert">{ message }</p> }
        }
        _ => html! {},
    };
    let making = matches!(&*progress, Progress::Making);

    html! {
        <div class="private-link stylist-private-link">
            <p class="private-link__warning"><strong>{ props.warning.clone() }</strong></p>
            <div class="checkbox">
                <input type="checkbox" class="checkbox__input" id={id("lock")} checked={*locked} onchange={on_lock} />
                <label class="checkbox__label" for={id("lock")}>{ words::LOCK_LABEL }</label>
            </div>
            if *locked {
                <div class="field">
                    <label class="label" for={id("passphrase")}>{ words::PASSPHRASE_LABEL }</label>
                    <p class="hint" id={id("passphrase-hint")}>{ words::PASSPHRASE_HINT }</p>
                    if *short_passphrase {
                        <p class="field-error" id={id("passphrase-error")}>{ words::PASSPHRASE_SHORT }</p>
                    }
                    <input id={id("passphrase")} class="input" type="password" autocomplete="new-password"
                        value={(*passphrase).clone()} oninput={on_passphrase}
                        aria-describedby={if *short_passphrase { format!("{} {}", id("passphrase-hint"), id("passphrase-error")) } else { id("passphrase-hint") }} />
                </div>
            }
            <div class="button-row">
                // Not `disabled` while making: a disabled button drops keyboard focus to the page.
                <button type="button" class="button button--secondary" onclick={make}
                    aria-disabled={if making { "true" } else { "false" }}>
                    { if making { words::MAKING_LINK } else { words::MAKE_LINK } }
                </button>
            </div>
            <p class="inline-status" role="status">
                { if stale { words::LINK_STALE } else if made.is_some() { words::LINK_MADE } else { "" } }
            </p>
            { result }
            <p class="inline-status" role="status">{ status.text() }</p>
        </div>
    }
}

/// The link panel's own look: the warning ruled in the warning colour, the address in type that
/// tells similar characters apart, and a long link's size said firmly.
pub const SHEET: Sheet = sheet!(
    "stylist-private-link",
    r#"
    .private-link__warning {
        padding: var(--space-2) var(--gutter);
        border-left: 4px solid var(--color-warning-border);
        background: var(--color-warning-bg);
    }
    .private-link__address {
        width: 100%;
        font-family: var(--font-mono);
        font-size: var(--text-s);
    }
    .private-link__long {
        color: var(--color-text);
        font-weight: 600;
    }
    "#
);
