//! Export everything as a Mend file or as text, and bring a Mend file back, checked first.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::browser;
use crate::components::sheet::Sheet;
use crate::content::{data, home};
use crate::context::use_mend;
use crate::hooks::use_status;
use crate::model::transfer::{self, ImportPreview};
use crate::sheet;
use crate::state::{Action, ImportSave};

#[component]
pub fn Export() -> Html {
    let mend = use_mend();
    let status = use_status();
    let with_backups = use_state(|| false);
    let backup_count = mend.backup_count();
    let download = |make: fn(&crate::model::Document) -> Option<String>,
                    prefix: &'static str,
                    ext: &'static str| {
        let (mend, status) = (mend.clone(), status.clone());
        Callback::from(move |_: MouseEvent| {
            let name = format!("{prefix}-{}.{ext}", browser::today());
            let ok = make(&mend.state.doc)
                .is_some_and(|text| browser::download_text(&name, &text).is_ok());
            status.say(if ok {
                data::EXPORTED
            } else {
                data::EXPORT_FAILED
            });
        })
    };
    let json = {
        let (mend, status, with_backups) = (mend.clone(), status.clone(), with_backups.clone());
        Callback::from(move |_: MouseEvent| {
            let name = format!("{}-{}.json", data::EXPORT_FILE_PREFIX, browser::today());
            let made = if *with_backups {
                transfer::export_json_with_backups(&mend.state.doc, &mend.backup_texts())
            } else {
                transfer::export_json(&mend.state.doc)
            };
            let ok = made.is_ok_and(|text| browser::download_text(&name, &text).is_ok());
            status.say(if ok {
                data::EXPORTED
            } else {
                data::EXPORT_FAILED
            });
        })
    };
    let on_backups = {
        let with_backups = with_backups.clone();
        Callback::from(move |_: Event| with_backups.set(!*with_backups))
    };
    let text = download(
        |doc| Some(transfer::export_text(doc, home::apology_title)),
        data::EXPORT_TEXT_PREFIX,
        "txt",
    );
    html! {
        <section aria-labelledby="export-title">
            <h2 id="export-title">{ data::EXPORT_TITLE }</h2>
            <p class="hint">{ data::EXPORT_HINT }</p>
            if backup_count > 0 {
                <div class="checkbox">
                    <input type="checkbox" class="checkbox__input" id="export-backups"
                        checked={*with_backups} onchange={on_backups} />
                    <label class="checkbox__label" for="export-backups">{ data::export_backups(backup_count) }</label>
                </div>
            }
            <div class="button-row">
                <button type="button" class="button" onclick={json}>{ data::EXPORT_JSON }</button>
                <button type="button" class="button button--secondary" onclick={text}>{ data::EXPORT_TEXT }</button>
            </div>
            <p class="inline-status" role="status">{ status.text() }</p>
        </section>
    }
}

#[derive(Clone, PartialEq)]
enum Stage {
    Idle,
    Refused(String),
    /// With the bytes the file needs and what the browser can still give (if it says).
    Preview(Box<ImportPreview>, f64, Option<f64>),
    Imported,
    Undone,
    /// "Add to what's here" found nothing that isn't here already.
    NothingNew,
}

#[component]
pub fn Import() -> Html {
    let mend = use_mend();
    let stage = use_state(|| Stage::Idle);
    let input_ref = use_node_ref();
    {
        // Focus follows what just appeared, once it is in the page.
        let target = match &*stage {
            Stage::Preview(..) => Some("import-preview-title"),
            Stage::Imported => Some("import-status"),
            Stage::Undone => Some("import-undone"),
            Stage::NothingNew => Some("import-nothing-new"),
            Stage::Idle | Stage::Refused(_) => None,
        };
        use_effect_with(target, |target| {
            if let Some(id) = target {
                browser::focus_element(id);
            }
        });
    }

    let onchange = {
        let stage = stage.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let stage = stage.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let read = browser::read_chosen_file(&input).await;
                let available = browser::storage_estimate()
                    .await
                    .map(|(usage, quota)| (quota - usage).max(0.0));
                stage.set(match read {
                    Err(()) => Stage::Refused(data::IMPORT_READ_FAILED.to_owned()),
                    Ok(text) => {
                        // Stored as UTF-16: two bytes a code unit.
                        let needed = text.encode_utf16().count() as f64 * 2.0;
                        match (transfer::preview_import(&text), available) {
                            (Ok(_), Some(available)) if needed > available => {
                                Stage::Refused(data::import_too_big(needed, available))
                            }
                            (Ok(preview), _) => {
                                Stage::Preview(Box::new(preview), needed, available)
                            }
                            (Err(error), _) => Stage::Refused(data::import_error(&error)),
                        }
                    }
                });
                // Choosing the same file again must fire `change` again.
                input.set_value("");
            });
        })
    };
    let finish = |replace: bool| {
        let (mend, stage) = (mend.clone(), stage.clone());
        Callback::from(move |_: MouseEvent| {
            let Stage::Preview(preview, ..) = &*stage else {
                return;
            };
            let incoming = preview.doc.clone();
            let doc = if replace {
                incoming
            } else {
                transfer::merge(mend.state.doc.clone(), incoming, &mut || {
                    browser::new_id("a")
                })
            };
            if doc == mend.state.doc {
                stage.set(Stage::NothingNew);
                return;
            }
            mend.dispatch(Action::Import {
                doc: std::rc::Rc::new(doc),
            });
            mend.save_now();
            stage.set(Stage::Imported);
        })
    };
    let cancel = {
        let stage = stage.clone();
        Callback::from(move |_: MouseEvent| {
            stage.set(Stage::Idle);
            // The preview, and the button just pressed, go away: back to choosing a file.
            browser::focus_element("import-file");
        })
    };
    let undo = {
        let (mend, stage) = (mend.clone(), stage.clone());
        Callback::from(move |_: MouseEvent| {
            mend.dispatch(Action::UndoImport);
            mend.save_now();
            stage.set(Stage::Undone);
        })
    };

    let body = match &*stage {
        Stage::Idle => Html::default(),
        Stage::Refused(message) => html! {
            <div class="notice notice--error" role="alert" data-testid="import-error">
                <h3 class="notice__title">{ data::IMPORT_ERROR_TITLE }</h3>
                <p>{ message.clone() }</p>
            </div>
        },
        Stage::Preview(preview, needed, available) => {
            let holds = data::holdings(&preview.doc, 0);
            html! {
                <div class="notice" data-testid="import-preview">
                    <h3 class="notice__title" id="import-preview-title" tabindex="-1">{ data::IMPORT_PREVIEW_TITLE }</h3>
                    if holds.is_empty() {
                        <p>{ data::IMPORT_NOTHING }</p>
                    } else {
                        <ul>{ for holds.into_iter().map(|h| html! { <li>{ h }</li> }) }</ul>
                    }
                    <p data-testid="import-space">{ data::import_space(*needed, *available) }</p>
                    <p class="hint">{ data::IMPORT_REPLACE_NOTE }</p>
                    <div class="button-row">
                        <button type="button" class="button" onclick={finish(false)}>{ data::IMPORT_ADD }</button>
                        <button type="button" class="button button--secondary" onclick={finish(true)}>{ data::IMPORT_REPLACE }</button>
                        <button type="button" class="button button--link" onclick={cancel}>{ data::IMPORT_CANCEL }</button>
                    </div>
                </div>
            }
        }
        // "Imported" only once the save holds it; a failed save put back what was here.
        Stage::Imported => match &mend.state.import {
            Some(ImportSave::Failed { full }) => html! {
                <div class="notice notice--error" id="import-status" tabindex="-1" role="alert" data-testid="import-save-failed">
                    <h3 class="notice__title">{ data::IMPORT_SAVE_FAILED_TITLE }</h3>
                    <p>{ data::import_save_failed(*full) }</p>
                </div>
            },
            Some(ImportSave::Saved) => html! {
                <p class="notice" id="import-status" tabindex="-1" role="status">
                    { data::IMPORTED }{ " " }
                    <button type="button" class="button button--link" onclick={undo}>{ data::IMPORT_UNDO }</button>
                </p>
            },
            _ => html! {
                <p class="notice" id="import-status" tabindex="-1" role="status">{ data::IMPORT_SAVING }</p>
            },
        },
        Stage::Undone => {
            html! { <p class="notice" id="import-undone" tabindex="-1" role="status">{ data::IMPORT_UNDONE }</p> }
        }
        Stage::NothingNew => html! {
            <p class="notice" id="import-nothing-new" tabindex="-1" role="status">{ data::IMPORT_NOTHING_NEW }</p>
        },
    };
    html! {
        <section aria-labelledby="import-title">
            <h2 id="import-title">{ data::IMPORT_TITLE }</h2>
            <div class="field">
                <label class="label" for="import-file">{ data::IMPORT_LABEL }</label>
                <p class="hint" id="import-file-hint">{ data::IMPORT_HINT }</p>
                <input ref={input_ref} type="file" id="import-file" class="file-input stylist-file-input"
                    accept=".json,application/json" aria-describedby="import-file-hint" {onchange} />
            </div>
            <div aria-live="polite">{ body }</div>
        </section>
    }
}

/// The file chooser, held to the column; the file name may wrap under its button, so neither is
/// cut off. The button is drawn as the app's secondary buttons are.
pub const SHEET: Sheet = sheet!(
    "stylist-file-input",
    r#"
    display: block;
    width: 100%;
    max-width: var(--measure);
    white-space: normal;
    min-height: var(--tap);
    padding: var(--space-2) 0;
    &::file-selector-button {
        min-height: var(--tap);
        margin-right: var(--space-3);
        padding: var(--space-2) var(--gutter);
        border: 2px solid var(--color-accent);
        border-radius: var(--radius);
        background: transparent;
        color: var(--color-accent);
        font: inherit;
        font-weight: 600;
        cursor: pointer;
    }
    "#
);
