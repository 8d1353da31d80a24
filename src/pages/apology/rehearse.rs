//! Rehearse: the apology large, one part at a time, for saying it face to face.

use yew::prelude::*;

use crate::browser;
use crate::components::sheet::Sheet;
use crate::content::{review, titles};
use crate::route::Route;
use crate::sheet;

#[derive(Properties, PartialEq)]
pub struct RehearseProps {
    pub text: AttrValue,
    pub on_done: Callback<()>,
}

/// The apology's paragraphs, which are its parts as composed (or as the person split them).
/// A greeting on its own ("Sam,") is said with the paragraph after it, not as a part of its own.
fn paragraphs(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for paragraph in text.split("\n\n").map(str::trim).filter(|p| !p.is_empty()) {
        if out.len() == 1 && is_greeting(&out[0]) {
            out[0].push('\n');
            out[0].push_str(paragraph);
        } else {
            out.push(paragraph.to_owned());
        }
    }
    out
}

/// One short line ending in a comma, like the composed "Sam,".
fn is_greeting(paragraph: &str) -> bool {
    paragraph.ends_with(',') && !paragraph.contains('\n') && paragraph.chars().count() <= 40
}

#[component]
pub fn Rehearse(props: &RehearseProps) -> Html {
    let index = use_state(|| 0usize);
    use_effect_with((), |_| {
        browser::focus_element("rehearse-title");
        // The address stays the delivery page's, so the title is set here and given back on leaving.
        browser::set_title(&format!(
            "{} – {}",
            review::REHEARSE_TITLE,
            titles::APP_NAME
        ));
        || browser::set_title(&Route::Deliver.document_title())
    });
    let paragraphs = paragraphs(&props.text);
    let count = paragraphs.len().max(1);
    let at = (*index).min(count - 1);
    // At either end the button stays (aria-disabled, doing nothing) rather than going away or
    // being disabled, which would drop keyboard focus to the page.
    let step = |delta: isize| {
        let index = index.clone();
        Callback::from(move |_: MouseEvent| {
            let next = (at as isize + delta).clamp(0, count as isize - 1) as usize;
            index.set(next);
        })
    };
    let at_end = |end: bool| end.then_some("true");
    let done = props.on_done.reform(|_: MouseEvent| ());
    html! {
        <section class="rehearse stylist-rehearse" aria-labelledby="rehearse-title">
            <h1 id="rehearse-title" tabindex="-1">{ review::REHEARSE_TITLE }</h1>
            <p class="hint">{ review::REHEARSE_INTRO }</p>
            // One live region for the position and the words, so Next and Previous read out the
            // part that is now shown, not just its number.
            <div aria-live="polite" aria-atomic="true">
                <p class="caption">{ (review::REHEARSE_POSITION)(at + 1, count) }</p>
                <div class="rehearse-card" data-testid="rehearse-text">{ paragraphs.get(at).cloned().unwrap_or_default() }</div>
                if at + 1 == count {
                    <p class="reminder">{ review::REMINDER }</p>
                }
            </div>
            <div class="button-row">
                <button type="button" class="button button--secondary" onclick={step(-1)}
                    aria-disabled={at_end(at == 0)}>{ review::REHEARSE_PREVIOUS }</button>
                <button type="button" class="button" onclick={step(1)}
                    aria-disabled={at_end(at + 1 == count)}>{ review::REHEARSE_NEXT }</button>
                <button type="button" class="button button--link" onclick={done}>{ review::REHEARSE_DONE }</button>
            </div>
        </section>
    }
}

/// Rehearsal's own look: one paragraph at a time, in large reading type.
pub const SHEET: Sheet = sheet!(
    "stylist-rehearse",
    r#"
    .rehearse-card {
        font-family: var(--font-serif);
        font-size: clamp(1.5rem, 1.1rem + 2.2vw, 2.25rem);
        line-height: 1.4;
        min-height: 40vh;
        display: flex;
        align-items: center;
        padding: var(--space-5) 0;
        white-space: pre-wrap;
    }
    "#
);

#[cfg(test)]
mod tests {
    use super::paragraphs;

    #[test]
    fn rehearsal_parts_are_the_paragraphs() {
        assert_eq!(
            paragraphs("Sam,\n\nOne.\n\n\n\nTwo."),
            vec!["Sam,\nOne.", "Two."]
        );
        assert_eq!(
            paragraphs("One.\n\nTwo,\n\nThree."),
            vec!["One.", "Two,", "Three."]
        );
        assert_eq!(paragraphs("Sam,"), vec!["Sam,"]);
        assert!(paragraphs("  ").is_empty());
    }
}
