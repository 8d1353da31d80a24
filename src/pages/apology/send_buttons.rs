//! The buttons that send the finished apology on its way: copy, share, download, print.

use yew::prelude::*;

use crate::browser;
use crate::content::review;
use crate::hooks::use_status;

/// Which buttons a way of delivering needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Send {
    /// Share (where the browser has it) and Copy.
    AsMessage,
    /// Print and Download.
    AsLetter,
}

#[derive(Properties, PartialEq)]
pub struct SendButtonsProps {
    pub text: AttrValue,
    pub send: Send,
}

#[component]
pub fn SendButtons(props: &SendButtonsProps) -> Html {
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

    html! {
        <div class="send no-print">
            <div class="button-row">
                if props.send == Send::AsMessage {
                    if *can_share {
                        <button type="button" class="button" onclick={share}>{ review::SHARE }</button>
                    }
                    <button type="button" class={classes!("button", can_share.then_some("button--secondary"))} onclick={copy}>{ review::COPY }</button>
                } else {
                    <button type="button" class="button" onclick={print}>{ review::PRINT }</button>
                    <button type="button" class="button button--secondary" onclick={download}>{ review::DOWNLOAD }</button>
                }
            </div>
            <p class="inline-status" role="status" data-testid="deliver-status">{ status.text() }</p>
        </div>
    }
}
