//! "Reply with a private link": one of the response scripts, as the person left it, sent back
//! to the apologizer's own Mend beside their apology. Only offered for an apology that came by
//! link, since the reply needs to know which apology it answers.

use std::rc::Rc;

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::components::private_link::PrivateLink;
use crate::components::sheet::Sheet;
use crate::content::{deliver as words, receive};
use crate::context::use_mend;
use crate::model::{LinkKind, LinkMessage};
use crate::sheet;

#[component]
pub fn ReplyLink() -> Html {
    let mend = use_mend();
    // Nothing is chosen until the person chooses: a reply preset to "accept" would be one tap
    // from sending words they may not mean, whatever their weighing said.
    let chosen = use_state(|| None::<&'static str>);
    let Some((link, _)) = mend.state.received_by_link() else {
        return html! {};
    };
    let notes = &mend.state.doc.receiver;
    let script = chosen.and_then(|id| receive::SCRIPTS.iter().find(|s| s.id == id));
    let message = script.map(|script| {
        let text = notes
            .response(script.id)
            .map(str::to_owned)
            .unwrap_or_else(|| script.text.to_owned());
        Rc::new(LinkMessage {
            kind: LinkKind::Reply,
            text,
            // The apology was addressed to this reader by that name: the reply is signed with it.
            from: link.to.clone(),
            to: link.from.clone(),
            thread: link.thread.clone(),
            sent_at: 0.0,
        })
    });
    let options = receive::SCRIPTS.iter().map(|s| {
        let id = format!("reply-{}", s.id);
        let onchange = {
            let (chosen, script_id) = (chosen.clone(), s.id);
            Callback::from(move |e: Event| {
                if e.target_unchecked_into::<HtmlInputElement>().checked() {
                    chosen.set(Some(script_id));
                }
            })
        };
        html! {
            <div class="radio">
                <input type="radio" class="radio__input" name="reply-script" id={id.clone()}
                    checked={*chosen == Some(s.id)} {onchange} />
                <label class="radio__label" for={id}>{ s.title }</label>
            </div>
        }
    });
    html! {
        <section class="reply-link stylist-reply-link" aria-labelledby="reply-link-title">
            <h2 id="reply-link-title">{ words::REPLY_LINK }</h2>
            <p class="hint">{ words::REPLY_LINK_HINT }</p>
            <fieldset class="fieldset">
                <legend class="label">{ receive::REPLY_WHICH }</legend>
                <div class="radios">{ for options }</div>
            </fieldset>
            if let Some(message) = message {
                <blockquote class="apology-text prose" data-testid="reply-preview">{ message.text.clone() }</blockquote>
                <PrivateLink message={message} id="reply-link" share_intro={words::REPLY_SHARE_TEXT} warning={words::REPLY_LINK_WARNING} />
            } else {
                <p class="hint" data-testid="reply-choose">{ words::REPLY_CHOOSE_FIRST }</p>
            }
        </section>
    }
}

/// The reply's section: as wide as reading text, apart from the page above it.
pub const SHEET: Sheet = sheet!(
    "stylist-reply-link",
    r#"
    max-width: var(--measure);
    margin-top: var(--space-5);
    "#
);
