//! A labelled, hinted text area that grows with its text; every keystroke goes to the reducer.

use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use crate::content::shell;
use crate::context::use_mend;

#[derive(Properties, PartialEq)]
pub struct TextFieldProps {
    pub id: AttrValue,
    pub label: AttrValue,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    pub value: AttrValue,
    pub on_input: Callback<String>,
    #[prop_or(4)]
    pub rows: u32,
    /// Extra content under the field, such as the checker's notes.
    #[prop_or_default]
    pub children: Html,
    /// Something to read before writing, between the hint and the box (the person's own notes).
    #[prop_or_default]
    pub reference: Html,
    /// Ids of further elements that describe this field.
    #[prop_or_default]
    pub described_by: Option<AttrValue>,
    #[prop_or_default]
    pub label_class: Option<AttrValue>,
    /// The label is also a section heading (an `<h2>`), for lists of fields that people move
    /// through by heading with a screen reader.
    #[prop_or_default]
    pub label_is_heading: bool,
    /// The shape to fill in, shown while empty (never instead of the label or hint).
    #[prop_or_default]
    pub placeholder: Option<AttrValue>,
}

#[component]
pub fn TextField(props: &TextFieldProps) -> Html {
    // On a prerendered page, before the app runs, a keystroke would be lost: the field says so
    // inside itself (no shift in the layout) and takes no typing until the stored words are in.
    let opening = !use_mend().ready();
    let hint_id = format!("{}-hint", props.id);
    let described_by = [
        props.hint.as_ref().map(|_| hint_id.clone()),
        props.described_by.as_ref().map(|d| d.to_string()),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" ");
    let oninput = props
        .on_input
        .reform(|e: InputEvent| e.target_unchecked_into::<HtmlTextAreaElement>().value());
    let label = html! {
        <label class={classes!("label", props.label_class.clone())} for={props.id.clone()}>{ props.label.clone() }</label>
    };
    html! {
        <div class="field">
            if props.label_is_heading {
                <h2 class="field__heading">{ label }</h2>
            } else {
                { label }
            }
            if let Some(hint) = &props.hint {
                <p class="hint" id={hint_id}>{ hint.clone() }</p>
            }
            { props.reference.clone() }
            <textarea
                id={props.id.clone()}
                class="textarea"
                rows={props.rows.to_string()}
                value={props.value.clone()}
                readonly={opening}
                placeholder={if opening { Some(AttrValue::from(shell::FIELD_OPENING)) } else { props.placeholder.clone() }}
                {oninput}
                aria-describedby={(!described_by.is_empty()).then_some(described_by)}
                spellcheck="true"
                autocapitalize="sentences"
            />
            { props.children.clone() }
        </div>
    }
}
