//! Copy, share, download, print and rehearse the finished apology.

use yew::prelude::*;

use crate::browser;
use crate::content::review;
use crate::hooks::use_status;

/// The "Rehearse" button, where focus returns after rehearsing.
pub const REHEARSE_BUTTON_ID: &str = "rehearse-button";

#[derive(Properties, PartialEq)]
pub struct DeliverProps {
    pub text: AttrValue,
    pub on_rehearse: Callback<()>,
}

#[component]
pub fn Deliver(props: &DeliverProps) -> Html {
    let status = use_status();
    // Known only in the browser, so read once after the first render rather than during it.
    let can_share = use_state(|| false);
    {
        let can_share = can_share.clone();
        use_effect_with((), move |_| can_share.set(browser::can_share()));
    }

    let copy = {
        let (status, text) = (status.clone(), props.text.clone());
        Callback::from(move |_| {
            let (status, text) = (status.clone(), text.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let ok = browser::copy_text(&text).await.is_ok();
                status.say(if ok {
                    review::COPIED
                } else {
                    review::COPY_FAILED
                });
            });
        })
    };
    let share = {
        let (status, text, copy) = (status.clone(), props.text.clone(), copy.clone());
        Callback::from(move |event: MouseEvent| {
            let (status, text, copy) = (status.clone(), text.clone(), copy.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match browser::share_text(review::SHARE_TITLE, &text).await {
                    Ok(_) => status.clear(),
                    Err(()) => copy.emit(event),
                }
            });
        })
    };
    let download = {
        let (status, text) = (status.clone(), props.text.clone());
        Callback::from(move |_| {
            let name = format!("{}-{}.txt", review::FILE_NAME_PREFIX, browser::today());
            let ok = browser::download_text(&name, &text).is_ok();
            status.say(if ok {
                review::DOWNLOADED
            } else {
                review::DOWNLOAD_FAILED
            });
        })
    };
    let print = Callback::from(|_| browser::print());
    let rehearse = props.on_rehearse.reform(|_: MouseEvent| ());

    html! {
        <div class="deliver no-print">
            <h3>{ review::DELIVER_TITLE }</h3>
            <div class="button-row">
                <button type="button" class="button" onclick={copy}>{ review::COPY }</button>
                if *can_share {
                    <button type="button" class="button button--secondary" onclick={share}>{ review::SHARE }</button>
                }
                <button type="button" class="button button--secondary" onclick={download}>{ review::DOWNLOAD }</button>
                <button type="button" class="button button--secondary" onclick={print}>{ review::PRINT }</button>
                <button type="button" id={REHEARSE_BUTTON_ID} class="button button--secondary" onclick={rehearse}>{ review::REHEARSE }</button>
            </div>
            <p class="inline-status" role="status" data-testid="deliver-status">{ status.text() }</p>
        </div>
    }
}
