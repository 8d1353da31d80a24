//! What Mend keeps here, how much space it takes, and whether the browser will keep it.

use yew::prelude::*;

use crate::browser;
use crate::content::data;
use crate::context::use_mend;

/// What the browser says about keeping the data.
#[derive(Clone, Copy, PartialEq)]
enum Keeping {
    Unknown,
    Granted,
    NotGranted,
    Refused,
}

#[component]
pub fn Kept() -> Html {
    let mend = use_mend();
    let state = &*mend.state;
    let estimate = use_state(|| None::<(f64, f64)>);
    let kept = use_state(|| Keeping::Unknown);
    let sizes = use_state(|| (0usize, 0usize));
    {
        let (estimate, kept, sizes) = (estimate.clone(), kept.clone(), sizes.clone());
        let mend = mend.clone();
        // Storage is read after render, and again after each save.
        use_effect_with(state.doc.revision, move |_| {
            sizes.set(mend.stored_size());
            wasm_bindgen_futures::spawn_local(async move {
                estimate.set(browser::storage_estimate().await);
                if *kept != Keeping::Refused {
                    kept.set(match browser::storage_persisted().await {
                        Some(true) => Keeping::Granted,
                        Some(false) => Keeping::NotGranted,
                        None => Keeping::Unknown,
                    });
                }
            });
        });
    }
    let (used_chars, backups) = *sizes;
    let items = data::holdings(&state.doc, backups);
    let ask = {
        let kept = kept.clone();
        Callback::from(move |_: MouseEvent| {
            let kept = kept.clone();
            wasm_bindgen_futures::spawn_local(async move {
                kept.set(match browser::request_persistence().await {
                    Some(true) => Keeping::Granted,
                    _ => Keeping::Refused,
                });
            });
        })
    };
    // localStorage counts UTF-16 code units: two bytes each.
    let used_kb = used_chars as f64 * 2.0 / 1024.0;
    html! {
        <>
            <section aria-labelledby="kept-title">
                <h2 id="kept-title">{ data::WHAT_TITLE }</h2>
                if items.is_empty() {
                    <p>{ data::NOTHING_KEPT }</p>
                } else {
                    <ul data-testid="kept-list">{ for items.into_iter().map(|i| html! { <li>{ i }</li> }) }</ul>
                    <p>{ data::size_used(used_kb) }</p>
                }
                if let Some((usage, _)) = *estimate {
                    <p>{ data::site_usage(usage) }</p>
                }
                <p>{ data::CLEARING_NOTE }</p>
            </section>
            <section aria-labelledby="keep-title">
                <h2 id="keep-title">{ data::KEEP_TITLE }</h2>
                <p role="status" data-testid="keep-status">{ match *kept {
                    Keeping::Granted => data::KEEP_GRANTED,
                    Keeping::NotGranted => data::KEEP_NOT_GRANTED,
                    Keeping::Refused => data::KEEP_REFUSED,
                    Keeping::Unknown => data::KEEP_UNKNOWN,
                } }</p>
                if matches!(*kept, Keeping::NotGranted | Keeping::Refused) {
                    <button type="button" class="button button--secondary" onclick={ask}>{ data::KEEP_ASK }</button>
                }
            </section>
        </>
    }
}
