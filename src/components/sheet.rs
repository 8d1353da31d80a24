//! A component's own rules, written beside it with stylist's `css!` (parsed when the app is
//! compiled, so the browser runs no CSS parser). The shared design tokens, the base element
//! styles and the print sheet stay plain CSS in styles/; a sheet uses them through `var(--…)`
//! and interpolates nothing, so its text is fixed at build time and the build can put its
//! sha256 in the Content-Security-Policy (src/app/sheets.rs lists every sheet).

use stylist::{Style, StyleSource};
use yew::prelude::*;

/// A component's sheet: a function, so the app's list of sheets can name it.
pub type Sheet = fn() -> StyleSource;

/// The class that scopes `sheet`'s rules to the element that carries it (its children are
/// reached by the sheet's own selectors). The app registered every sheet before the first
/// render, so this finds the class already given, the same here and at build time.
pub fn class_of(sheet: Sheet) -> AttrValue {
    match Style::new(sheet()) {
        Ok(style) => AttrValue::from(style.get_class_name().to_owned()),
        // Only without a document <head> to put the sheet in: the plain classes still apply.
        Err(_) => AttrValue::default(),
    }
}

/// [`class_of`] once per mounted component, not on every render.
#[hook]
pub fn use_sheet(sheet: Sheet) -> AttrValue {
    (*use_memo((), move |_| class_of(sheet))).clone()
}
