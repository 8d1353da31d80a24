//! Deliver your apology (`/apology/deliver`): when, how (in person, as a message, as a letter,
//! or as a private link), rehearsing, and "I've said it" leading on to the plan.

use std::rc::Rc;

use serde::{Deserialize, Serialize};
use web_sys::HtmlInputElement;
use yew::prelude::*;
use yew_router::prelude::*;

use super::rehearse::Rehearse;
use super::said::Said;
use super::send_buttons::{Send, SendButtons};
use crate::browser;
use crate::components::back_link::BackLink;
use crate::components::checker_notes::{apology_checks, open_counts};
use crate::components::page_heading::page_heading;
use crate::components::private_link::PrivateLink;
use crate::components::sheet::Sheet;
use crate::content::{deliver as words, review, steps};
use crate::context::use_mend;
use crate::hooks::use_checks;
use crate::model::{final_text, Apology, ApologyChange, ApologyField, LinkKind, LinkMessage, Way};
use crate::route::Route;
use crate::sheet;

/// The "Rehearse" button, where focus returns after rehearsing.
pub const REHEARSE_BUTTON_ID: &str = "rehearse-button";
const REHEARSE_MODE: &str = "rehearse";

/// `?way=message` keeps the chosen way across a reload; `?mode=rehearse` makes rehearsing a
/// history entry, so the phone's Back button ends it rather than leaving the page.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
struct DeliverQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    way: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    mode: Option<String>,
}

#[component]
pub fn Deliver() -> Html {
    let mend = use_mend();
    let navigator = use_navigator();
    let query = use_location()
        .and_then(|l| l.query::<DeliverQuery>().ok())
        .unwrap_or_default();
    let rehearsing = query.mode.as_deref() == Some(REHEARSE_MODE);
    // Across a reload mid-rehearsal too: Done then goes back rather than adding an entry.
    let pushed_rehearsal = use_mut_ref(|| rehearsing && browser::history_entry_added_by_app());
    {
        let was_rehearsing = use_mut_ref(|| rehearsing);
        use_effect_with(rehearsing, move |now| {
            if std::mem::replace(&mut *was_rehearsing.borrow_mut(), *now) && !*now {
                browser::focus_element(REHEARSE_BUTTON_ID);
            }
        });
    }
    let apology = mend.state.current().cloned().unwrap_or_default();
    let text = final_text(&apology);
    let way = query
        .way
        .as_deref()
        .and_then(Way::from_id)
        .or(apology.delivery.as_ref().map(|d| d.way));

    if rehearsing && !text.trim().is_empty() {
        let on_done = {
            let (navigator, pushed, way) = (navigator.clone(), pushed_rehearsal.clone(), way);
            Callback::from(move |_| {
                let Some(navigator) = &navigator else { return };
                // Cleared first: a second tap before the page changes must not go back twice.
                if std::mem::replace(&mut *pushed.borrow_mut(), false) {
                    navigator.back();
                } else if let Some(way) = way {
                    let query = DeliverQuery {
                        way: Some(way.id().to_owned()),
                        mode: None,
                    };
                    let _ = navigator.replace_with_query(&Route::Deliver, &query);
                } else {
                    navigator.replace(&Route::Deliver);
                }
            })
        };
        return html! { <Rehearse text={text} {on_done} /> };
    }

    let choose = {
        let navigator = navigator.clone();
        Callback::from(move |way: Way| {
            if let Some(navigator) = &navigator {
                let query = DeliverQuery {
                    way: Some(way.id().to_owned()),
                    mode: None,
                };
                let _ = navigator.replace_with_query(&Route::Deliver, &query);
            }
        })
    };
    let on_rehearse = {
        let navigator = navigator.clone();
        Callback::from(move |_: MouseEvent| {
            let Some(navigator) = &navigator else { return };
            let query = DeliverQuery {
                way: way.map(|w| w.id().to_owned()),
                mode: Some(REHEARSE_MODE.into()),
            };
            if navigator.push_with_query(&Route::Deliver, &query).is_ok() {
                *pushed_rehearsal.borrow_mut() = true;
            }
        })
    };

    let nothing = text.trim().is_empty();
    html! {
        <>
            <div class="no-print stylist-deliver">
                <BackLink to={Route::Review} label={steps::BACK} />
                { page_heading(Route::Deliver) }
                if nothing {
                    <p>{ words::NOTHING_YET }</p>
                    <p class="standalone-link"><Link<Route> to={Route::Acknowledge}>{ review::START_STEP_ONE }</Link<Route>></p>
                } else {
                    <p class="lead">{ words::INTRO }</p>
                    // Once it is said the words can't change: no more pointing at notes on them.
                    if apology.delivery.is_none() {
                        <OpenNotesLine apology={apology.clone()} />
                    }
                    <aside class="timing" aria-labelledby="timing-title">
                        <h2 id="timing-title" class="timing__title">{ words::TIMING_TITLE }</h2>
                        <ul class="timing__list">{ for words::TIMING.iter().map(|t| html! { <li>{ *t }</li> }) }</ul>
                    </aside>
                    { way_choice(way, &choose) }
                    if let Some(way) = way {
                        <div class="way-panel" data-testid="way-panel">
                            { way_panel(way, &apology, &text, on_rehearse) }
                        </div>
                        <Said apology={apology.clone()} {way} />
                    }
                }
            </div>
            if !nothing {
                <div class="print-only prose apology-text">{ text.clone() }</div>
            }
        </>
    }
}

/// The delivery page's own look: the timing box, the ways as cards whose whole face is the
/// radio's label, and the chosen way's panel.
pub const SHEET: Sheet = sheet!(
    "stylist-deliver",
    r#"
    .timing {
        max-width: var(--measure);
        margin: var(--space-5) 0;
        padding: var(--space-3) var(--gutter);
        border-left: 4px solid var(--color-accent);
        background: var(--color-surface-muted);
        border-radius: 0 var(--radius) var(--radius) 0;
    }
    .timing__title {
        margin-top: 0;
        font-size: var(--text-l);
    }
    .timing__list, .advice {
        margin: 0;
        padding-left: 1.25rem;
    }
    .timing__list li + li, .advice li + li {
        margin-top: var(--space-2);
    }
    .ways {
        max-width: var(--measure);
        margin: var(--space-5) 0 var(--space-4);
    }
    .ways__legend {
        padding: 0;
    }
    .ways__title {
        margin: 0 0 var(--space-3);
    }
    .ways__options {
        display: grid;
        gap: var(--space-2);
    }
    .way {
        position: relative;
    }
    .way__input {
        position: absolute;
        top: 50%;
        left: var(--gutter);
        width: 1.25rem;
        height: 1.25rem;
        margin: -0.625rem 0 0;
        accent-color: var(--color-accent);
    }
    .way__label {
        display: flex;
        flex-direction: column;
        min-height: var(--choice-height);
        justify-content: center;
        padding: var(--space-2) var(--gutter) var(--space-2) calc(var(--gutter) + 2rem);
        border: 2px solid var(--color-border);
        border-radius: var(--radius);
        background: var(--color-surface);
        cursor: pointer;
    }
    .way__input:checked + .way__label {
        border-color: var(--color-accent);
        background: var(--color-accent-soft);
    }
    .way__input:focus-visible + .way__label {
        outline: var(--focus-ring);
        outline-offset: var(--focus-ring-offset);
        box-shadow: var(--focus-ring-gap);
    }
    .way__name {
        font-weight: 700;
    }
    .way__hint {
        color: var(--color-text-muted);
        font-size: var(--text-s);
    }
    .way-panel, .link-section {
        max-width: var(--measure);
        margin-top: var(--space-5);
    }
    "#
);

#[derive(Properties, PartialEq)]
struct OpenNotesLineProps {
    apology: Apology,
}

/// One line when checker notes are still open on any part (or on the whole text edited by
/// hand), with the way back to them, once the checker has read it all.
#[component]
fn OpenNotesLine(props: &OpenNotesLineProps) -> Html {
    let checks = apology_checks(&props.apology);
    let notes = use_checks(checks.clone());
    let counts = open_counts(&notes, &checks, &props.apology.dismissed_notes);
    let open: usize = counts.iter().flatten().map(|(_, open)| open).sum();
    if open == 0 {
        return html! {};
    }
    html! {
        <p class="open-notes" data-testid="open-notes">
            { words::OPEN_NOTES(open) }{ " " }
            <Link<Route> to={Route::Review}>{ words::SEE_NOTES }</Link<Route>>
        </p>
    }
}

fn way_choice(chosen: Option<Way>, choose: &Callback<Way>) -> Html {
    let options = Way::ALL.into_iter().map(|way| {
        let id = format!("way-{}", way.id());
        let onchange = choose.reform(move |_: Event| way);
        html! {
            <div class="way">
                <input type="radio" class="way__input" name="way" id={id.clone()} value={way.id()}
                    checked={chosen == Some(way)} {onchange} aria-describedby={format!("{id}-hint")} />
                <label class="way__label" for={id.clone()}>
                    <span class="way__name">{ words::way_label(way) }</span>
                    <span class="way__hint" id={format!("{id}-hint")}>{ words::way_hint(way) }</span>
                </label>
            </div>
        }
    });
    html! {
        <fieldset class="fieldset ways">
            <legend class="ways__legend"><h2 class="ways__title">{ words::HOW_TITLE }</h2></legend>
            <div class="ways__options">{ for options }</div>
        </fieldset>
    }
}

fn way_panel(way: Way, apology: &Apology, text: &str, on_rehearse: Callback<MouseEvent>) -> Html {
    match way {
        Way::InPerson => html! {
            <>
                <ul class="advice">{ for words::IN_PERSON_ADVICE.iter().map(|t| html! { <li>{ *t }</li> }) }</ul>
                <p class="hint">{ words::REHEARSE_HINT }</p>
                <div class="button-row">
                    <button type="button" id={REHEARSE_BUTTON_ID} class="button button--secondary" onclick={on_rehearse}>{ review::REHEARSE }</button>
                </div>
            </>
        },
        Way::Message => html! {
            <>
                <p>{ words::MESSAGE_ADVICE }</p>
                <SendButtons text={AttrValue::from(text.to_owned())} send={Send::AsMessage} />
                <LinkSection apology={apology.clone()} text={AttrValue::from(text.to_owned())} />
            </>
        },
        Way::Letter => html! {
            <>
                <p>{ words::LETTER_ADVICE }</p>
                <SendButtons text={AttrValue::from(text.to_owned())} send={Send::AsLetter} />
            </>
        },
    }
}

#[derive(Properties, PartialEq)]
struct LinkSectionProps {
    apology: Apology,
    text: AttrValue,
}

/// The private link, signed with a name the person may choose (kept with the apology).
#[component]
fn LinkSection(props: &LinkSectionProps) -> Html {
    let mend = use_mend();
    let apology = &props.apology;
    let message = use_memo(
        (
            props.text.clone(),
            apology.recipient.clone(),
            apology.sender_name.clone(),
            apology.id.clone(),
        ),
        |(text, to, from, thread)| LinkMessage {
            kind: LinkKind::Apology,
            text: text.to_string(),
            to: to.trim().to_owned(),
            from: from.trim().to_owned(),
            thread: thread.clone(),
            sent_at: 0.0,
        },
    );
    let on_from = {
        let id = apology.id.clone();
        Callback::from(move |e: InputEvent| {
            let text = e.target_unchecked_into::<HtmlInputElement>().value();
            let field = ApologyField::SenderName;
            super::change(&mend, id.clone(), ApologyChange::Edit { field, text });
        })
    };
    html! {
        <section class="link-section" aria-labelledby="link-title">
            <h3 id="link-title">{ words::LINK_TITLE }</h3>
            <p>{ words::LINK_EXPLAINED }</p>
            <div class="field">
                <label class="label" for="sender-name">{ words::FROM_LABEL }</label>
                <p class="hint" id="sender-name-hint">{ words::FROM_HINT }</p>
                <input id="sender-name" class="input input--short" type="text" autocomplete="given-name"
                    value={apology.sender_name.clone()} oninput={on_from} aria-describedby="sender-name-hint" />
            </div>
            <PrivateLink message={Rc::clone(&message)} id="apology-link" share_intro={words::SHARE_LINK_TEXT} warning={words::LINK_WARNING} />
        </section>
    }
}
