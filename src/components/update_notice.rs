//! "A new version is ready — reload": offered when a new build of Mend is waiting. Accepting
//! saves first, and reloads only when nothing typed would be lost (or when the person says so).

use yew::prelude::*;

use crate::content::pwa as text;
use crate::context::use_mend;
use crate::pwa::{self, Update};

#[derive(Clone, PartialEq)]
enum Offer {
    None,
    Ready(Update),
    /// The save before reloading did not go through: reloading would lose words.
    Unsaved(Update),
}

#[component]
pub fn UpdateNotice() -> Html {
    let mend = use_mend();
    let offer = use_state(|| Offer::None);
    {
        let offer = offer.setter();
        use_effect_with((), move |_| {
            let watch = pwa::watch(Callback::from(move |update| {
                offer.set(Offer::Ready(update))
            }));
            move || drop(watch)
        });
    }
    let later = {
        let offer = offer.setter();
        Callback::from(move |_: MouseEvent| offer.set(Offer::None))
    };

    {
        // A later save went through (storage freed, say): offer the plain reload again.
        let offer = offer.clone();
        use_effect_with(mend.state.is_dirty(), move |dirty| {
            if let (false, Offer::Unsaved(update)) = (*dirty, (*offer).clone()) {
                offer.set(Offer::Ready(update));
            }
        });
    }
    let notice = match (*offer).clone() {
        Offer::None => Html::default(),
        Offer::Ready(update) | Offer::Unsaved(update) => {
            let unsaved = matches!(*offer, Offer::Unsaved(_));
            // Saves, and reloads only when that left nothing unsaved. The same button in both
            // states ("Try again" after a failed save), so focus stays on it, not on "Reload
            // anyway", when the save fails.
            let reload = {
                let offer = offer.setter();
                let update = update.clone();
                Callback::from(move |_: MouseEvent| {
                    // Saving is synchronous, and the state handle reads the latest state.
                    mend.save_now();
                    if mend.state.is_dirty() {
                        offer.set(Offer::Unsaved(update.clone()));
                    } else {
                        pwa::apply(&update);
                    }
                })
            };
            let reload_anyway = Callback::from(move |_: MouseEvent| pwa::apply(&update));
            let (class, body, action) = if unsaved {
                (
                    "notice notice--warning",
                    text::UPDATE_UNSAVED,
                    text::UPDATE_TRY_AGAIN,
                )
            } else {
                ("notice", text::UPDATE_READY, text::UPDATE_RELOAD)
            };
            html! {
                <div class="notices">
                    <section {class} data-testid="update-ready">
                        <p>{ body }</p>
                        <div class="button-row">
                            <button type="button" class="button" onclick={reload}>{ action }</button>
                            if unsaved {
                                <button type="button" class="button button--secondary" onclick={reload_anyway}>{ text::UPDATE_RELOAD_ANYWAY }</button>
                            }
                            <button type="button" class="button button--link" onclick={later}>{ text::UPDATE_LATER }</button>
                        </div>
                    </section>
                </div>
            }
        }
    };
    // The live region is always in the page, so a screen reader announces what appears in it.
    html! { <div role="status">{ notice }</div> }
}
