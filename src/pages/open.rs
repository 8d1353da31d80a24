//! Opening a private link (`/open#…`): a calm first screen before any words, then the apology
//! (or a reply) with what to do next. Nothing is stored unless the reader chooses to keep it.

use std::rc::Rc;

use web_sys::HtmlInputElement;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::browser;
use crate::components::page_heading::page_heading;
use crate::components::sheet::Sheet;
use crate::content::{dates, deliver as words, home};
use crate::context::use_mend;
use crate::hooks::use_focus_later;
use crate::model::{
    ApologyChange, DeliveryChange, Frame, LinkError, LinkKind, LinkMessage, ReceivedLink, Reply,
};
use crate::route::Route;
use crate::sealing::{self, OpenError};
use crate::sheet;
use crate::state::Action;

const READING_ID: &str = "opened-words";
const PASSPHRASE_ID: &str = "open-passphrase";
const LATER_ID: &str = "open-later";
/// Where focus goes once "Keep" has done its work and its button is gone.
const KEPT_ID: &str = "open-kept";

#[derive(Clone, PartialEq)]
enum Stage {
    Reading,
    NoLink,
    Damaged(LinkError),
    Unsupported,
    Locked {
        frame: Rc<Frame>,
        wrong: bool,
    },
    Unlocking {
        frame: Rc<Frame>,
    },
    /// Read and checked; `shown` once the person chose "Read it".
    Ready {
        message: Rc<LinkMessage>,
        shown: bool,
    },
    Later,
}

fn settle(result: Result<LinkMessage, OpenError>, frame: Rc<Frame>) -> Stage {
    match result {
        Ok(message) => Stage::Ready {
            message: Rc::new(message),
            shown: false,
        },
        Err(OpenError::NeedsPassphrase) => Stage::Locked {
            frame,
            wrong: false,
        },
        Err(OpenError::WrongPassphrase) => Stage::Locked { frame, wrong: true },
        Err(OpenError::Damaged(err)) => Stage::Damaged(err),
        Err(OpenError::Unsupported) => Stage::Unsupported,
    }
}

#[component]
pub fn Open() -> Html {
    let mend = use_mend();
    let stage = use_state(|| Stage::Reading);
    let focus_later = use_focus_later();
    // A second link opened in this tab only changes the fragment (no new page): read it again.
    let links_seen = use_state(|| 0u32);
    let counted = use_mut_ref(|| 0u32);
    {
        let links_seen = links_seen.clone();
        use_effect_with((), move |_| {
            let listener = web_sys::window().map(|window| {
                gloo_events::EventListener::new(&window, "hashchange", move |_| {
                    if !sealing::current_fragment().is_empty() {
                        *counted.borrow_mut() += 1;
                        links_seen.set(*counted.borrow());
                    }
                })
            });
            move || drop(listener)
        });
    }
    {
        // The fragment is the link. Coming back here after reading (no fragment any more)
        // shows what this tab already opened.
        let (stage, opened) = (stage.clone(), mend.state.opened.clone());
        use_effect_with(*links_seen, move |_| {
            stage.set(Stage::Reading);
            let fragment = sealing::current_fragment();
            if fragment.is_empty() {
                stage.set(match opened {
                    Some(message) => Stage::Ready {
                        message,
                        shown: true,
                    },
                    None => Stage::NoLink,
                });
                return;
            }
            match Frame::from_fragment(&fragment) {
                Err(LinkError::NotALink) => stage.set(Stage::NoLink),
                Err(err) => stage.set(Stage::Damaged(err)),
                Ok(frame) => {
                    let frame = Rc::new(frame);
                    wasm_bindgen_futures::spawn_local(async move {
                        let result = sealing::unseal(&frame, None).await;
                        stage.set(settle(result, frame));
                    });
                }
            }
        });
    }

    let body = match &*stage {
        Stage::Reading => html! {},
        Stage::NoLink => trouble(words::NO_LINK),
        Stage::Damaged(err) => trouble(&match err {
            LinkError::CutOff => words::CUT_OFF.to_owned(),
            LinkError::Altered | LinkError::NotALink => words::ALTERED.to_owned(),
            LinkError::Newer { version } => words::newer(*version),
            LinkError::TooLong => words::TOO_LONG.to_owned(),
        }),
        Stage::Unsupported => trouble(words::UNSUPPORTED),
        Stage::Locked { frame, wrong } => locked(&stage, frame, *wrong, false),
        Stage::Unlocking { frame } => locked(&stage, frame, false, true),
        Stage::Later => html! {
            <>
                <p class="lead" id={LATER_ID} tabindex="-1" data-testid="later">{ words::LATER }</p>
                <p class="standalone-link"><Link<Route> to={Route::Receive}>{ words::TAKE_YOUR_TIME }</Link<Route>></p>
            </>
        },
        Stage::Ready {
            message,
            shown: false,
        } => {
            let read = {
                let (stage, mend, message) = (stage.clone(), mend.clone(), message.clone());
                let focus_later = focus_later.clone();
                Callback::from(move |_: MouseEvent| {
                    // Read now: the words leave the address bar (and this history entry).
                    sealing::clear_fragment();
                    if message.kind == LinkKind::Apology {
                        mend.dispatch(Action::SetOpened(Some(message.clone())));
                    }
                    stage.set(Stage::Ready {
                        message: message.clone(),
                        shown: true,
                    });
                    focus_later.set(Some(READING_ID.into()));
                })
            };
            let later = {
                let (stage, focus_later) = (stage.clone(), focus_later.clone());
                Callback::from(move |_: MouseEvent| {
                    stage.set(Stage::Later);
                    // The buttons go: focus moves to what replaced them.
                    focus_later.set(Some(LATER_ID.into()));
                })
            };
            let intro = match message.kind {
                LinkKind::Apology => words::sent_you(&message.from),
                LinkKind::Reply => words::replied_to_you(&message.from),
            };
            html! {
                <>
                    <p class="lead">{ intro }</p>
                    <p class="lead">{ words::NOT_NOW_OK }</p>
                    <div class="button-row">
                        <button type="button" class="button" onclick={read}>{ words::READ_IT }</button>
                        <button type="button" class="button button--secondary" onclick={later}>{ words::NOT_NOW }</button>
                    </div>
                </>
            }
        }
        Stage::Ready {
            message,
            shown: true,
        } => html! { <Opened message={message.clone()} /> },
    };
    html! {
        <>
            { page_heading(Route::Open) }
            <div class="open stylist-open" aria-live="polite">{ body }</div>
        </>
    }
}

/// A link that can't be shown: what happened, and no words of it.
fn trouble(message: &str) -> Html {
    html! {
        <>
            <p class="notice notice--warning" data-testid="link-trouble">{ message.to_owned() }</p>
            <p class="standalone-link"><Link<Route> to={Route::Home}>{ words::GO_HOME }</Link<Route>></p>
        </>
    }
}

fn locked(stage: &UseStateHandle<Stage>, frame: &Rc<Frame>, wrong: bool, busy: bool) -> Html {
    let onsubmit = {
        let (stage, frame) = (stage.clone(), frame.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let Some(input) = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.get_element_by_id(PASSPHRASE_ID))
                .and_then(|e| wasm_bindgen::JsCast::dyn_into::<HtmlInputElement>(e).ok())
            else {
                return;
            };
            let passphrase = input.value();
            let (stage, frame) = (stage.clone(), frame.clone());
            stage.set(Stage::Unlocking {
                frame: frame.clone(),
            });
            wasm_bindgen_futures::spawn_local(async move {
                let result = sealing::unseal(&frame, Some(&passphrase)).await;
                let next = settle(result, frame);
                let wrong = matches!(next, Stage::Locked { wrong: true, .. });
                stage.set(next);
                if wrong {
                    browser::focus_element(PASSPHRASE_ID);
                }
            });
        })
    };
    let described = if wrong {
        format!("{PASSPHRASE_ID}-hint {PASSPHRASE_ID}-error")
    } else {
        format!("{PASSPHRASE_ID}-hint")
    };
    html! {
        <form class="unlock" {onsubmit}>
            <div class="field">
                <label class="label" for={PASSPHRASE_ID}>{ crate::content::deliver::PASSPHRASE_LABEL }</label>
                <p class="hint" id={format!("{PASSPHRASE_ID}-hint")}>{ words::LOCKED }</p>
                if wrong {
                    <p class="field-error" id={format!("{PASSPHRASE_ID}-error")} role="alert">{ words::WRONG_PASSPHRASE }</p>
                }
                <input id={PASSPHRASE_ID} class="input" type="password" autocomplete="off" aria-describedby={described} />
            </div>
            <div class="button-row">
                <button type="submit" class="button" disabled={busy}>{ if busy { words::UNLOCKING } else { words::UNLOCK } }</button>
            </div>
        </form>
    }
}

#[derive(Properties, PartialEq)]
struct OpenedProps {
    message: Rc<LinkMessage>,
}

/// The words, read, with what comes next.
#[component]
fn Opened(props: &OpenedProps) -> Html {
    let mend = use_mend();
    let focus_later = use_focus_later();
    let message = &props.message;
    let offset = mend.utc_offset_minutes;
    let sent = dates::short_local_date(message.sent_at, offset);
    let words_html = html! {
        <>
            <p class="opened__meta">
                if !message.from.trim().is_empty() {
                    { words::from_line(&message.from) }{ " · " }
                }
                { words::sent_on(&sent) }
            </p>
            <blockquote id={READING_ID} class="apology-text prose opened__words" tabindex="-1" data-testid="opened-words">
                { message.text.clone() }
            </blockquote>
        </>
    };
    match message.kind {
        LinkKind::Apology => {
            let link = ReceivedLink {
                text: message.text.clone(),
                from: message.from.clone(),
                to: message.to.clone(),
                thread: message.thread.clone(),
                sent_at: message.sent_at,
            };
            let kept = mend.state.doc.receiver.has_kept(&link);
            let keep = {
                let mend = mend.clone();
                let focus_later = focus_later.clone();
                Callback::from(move |_: MouseEvent| {
                    focus_later.set(Some(KEPT_ID.into()));
                    super::receive::dispatch(
                        &mend,
                        crate::model::ReceiverAction::KeepReceivedLink { link: link.clone() },
                    );
                    mend.save_now();
                })
            };
            html! {
                <>
                    { words_html }
                    if kept {
                        <p class="inline-status" role="status" id={KEPT_ID} tabindex="-1" data-testid="kept">{ words::KEPT }</p>
                    } else {
                        <p class="hint">{ words::ONLY_ON_PAGE }</p>
                        <div class="button-row">
                            <button type="button" class="button button--secondary" onclick={keep}>{ words::KEEP_IT }</button>
                        </div>
                    }
                    <div class="button-row">
                        <Link<Route> to={Route::ReceiveWeigh} classes="button">{ words::WEIGH_IT }</Link<Route>>
                    </div>
                    <p class="standalone-link"><Link<Route> to={Route::Receive}>{ words::START_GUIDE }</Link<Route>></p>
                </>
            }
        }
        LinkKind::Reply => {
            let reply = Reply {
                text: message.text.clone(),
                from: message.from.clone(),
                sent_at: message.sent_at,
            };
            let apology = mend.state.doc.apology(&message.thread).cloned();
            let Some(apology) = apology else {
                return html! {
                    <>
                        { words_html }
                        <p class="hint">{ words::REPLY_ORPHAN }</p>
                    </>
                };
            };
            let kept = apology.replies.iter().any(|r| r.same_as(&reply));
            let keep = {
                let (mend, id) = (mend.clone(), apology.id.clone());
                Callback::from(move |_: MouseEvent| {
                    focus_later.set(Some(KEPT_ID.into()));
                    mend.dispatch(Action::Apology {
                        id: id.clone(),
                        now: browser::now(),
                        change: ApologyChange::Delivery(DeliveryChange::KeepReply(reply.clone())),
                    });
                    mend.save_now();
                })
            };
            let open_apology = {
                let (mend, id) = (mend.clone(), apology.id.clone());
                Callback::from(move |_: MouseEvent| {
                    mend.dispatch(Action::OpenApology { id: id.clone() })
                })
            };
            html! {
                <>
                    <p class="opened__about">{ words::reply_about(&home::apology_title(&apology)) }</p>
                    { words_html }
                    if kept {
                        <p class="inline-status" role="status" id={KEPT_ID} tabindex="-1" data-testid="kept">{ words::REPLY_KEPT }</p>
                    } else {
                        <p class="hint">{ words::ONLY_ON_PAGE }</p>
                        <div class="button-row">
                            <button type="button" class="button" onclick={keep}>{ words::KEEP_REPLY }</button>
                        </div>
                    }
                    <p class="standalone-link" onclick={open_apology}>
                        <Link<Route> to={Route::Deliver}>{ words::TO_YOUR_APOLOGY }</Link<Route>>
                    </p>
                </>
            }
        }
    }
}

/// The opened link's own look: what a reply is about in small muted type, and the words, which
/// take focus when shown, without a focus ring around the whole apology.
pub const SHEET: Sheet = sheet!(
    "stylist-open",
    r#"
    .opened__about {
        color: var(--color-text-muted);
        font-size: var(--text-s);
    }
    .opened__words:focus {
        outline: none;
    }
    "#
);
