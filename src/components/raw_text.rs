//! Shows stored text exactly as found, on request, with a way to copy it.

use yew::prelude::*;

use crate::browser;
use crate::content::shell;
use crate::context::use_mend;

#[derive(Properties, PartialEq)]
pub struct RawTextProps {
    pub storage_key: AttrValue,
}

#[component]
pub fn RawText(props: &RawTextProps) -> Html {
    let mend = use_mend();
    let text = use_state(|| None::<String>);
    let copy_result = use_state(|| None::<bool>);

    let Some(raw) = (*text).clone() else {
        let on_show = {
            let text = text.clone();
            let key = props.storage_key.clone();
            Callback::from(move |_| text.set(Some(mend.stored_text(&key))))
        };
        return html! {
            <button type="button" class="button button--secondary" onclick={on_show}>{ shell::SHOW_RAW }</button>
        };
    };

    let on_copy = {
        let copy_result = copy_result.clone();
        let raw = raw.clone();
        Callback::from(move |_| {
            let copy_result = copy_result.clone();
            let raw = raw.clone();
            wasm_bindgen_futures::spawn_local(async move {
                copy_result.set(Some(browser::copy_text(&raw).await.is_ok()));
            });
        })
    };
    let field_id = format!("raw-{}", props.storage_key.replace(':', "-"));
    html! {
        <div class="raw-text">
            <label class="label" for={field_id.clone()}>{ shell::RAW_LABEL }</label>
            <textarea id={field_id} class="textarea textarea--mono" readonly=true rows="6" value={raw} />
            <div class="button-row">
                <button type="button" class="button button--secondary" onclick={on_copy}>{ shell::COPY_RAW }</button>
                <span role="status" class="inline-status">
                    { match *copy_result { Some(true) => shell::COPIED, Some(false) => shell::COPY_FAILED, None => "" } }
                </span>
            </div>
        </div>
    }
}
