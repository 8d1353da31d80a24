//! Every component's stylist sheet, in one fixed order.
//!
//! stylist numbers its classes in the order sheets are first registered (`stylist-style-0`, …:
//! built without its `random` feature). Registering this list first, before anything renders,
//! both at build time and in the browser, gives every sheet the same class and the same text in
//! both places. So the build can render each sheet into the pages' `<head>` (styled from the
//! first paint) and put its sha256 in the CSP's `style-src` (src/bin/prerender.rs), and the
//! browser's hydration finds the classes it renders already in the page.
//!
//! A new `css!` sheet goes in [`ALL`], at the end (tests/sheets.rs fails otherwise).

use stylist::Style;

use crate::components::checker_notes;
use crate::components::sheet::Sheet;
use crate::pages::{deliver_sheet, plan_row_sheet, rehearse_sheet};

/// Every sheet in the app; a sheet's place here is its class's number.
pub const ALL: &[Sheet] = &[
    checker_notes::sheet,
    rehearse_sheet,
    deliver_sheet,
    plan_row_sheet,
];

/// The attribute stylist marks its `<style>` elements with (the value is the class).
pub const STYLE_ATTRIBUTE: &str = "data-style";

/// Registers every sheet with stylist (in the browser, stylist adds one `<style>` to `<head>`
/// for each). Returns them in order.
pub fn register() -> Vec<Style> {
    ALL.iter()
        .filter_map(|sheet| Style::new(sheet()).ok())
        .collect()
}

/// In the browser, before the first render: the prerendered page's copies of the sheets give way
/// to stylist's own (the same text, in the same task, so nothing repaints in between).
pub fn take_over() {
    crate::browser::remove_all(&format!("head > style[{STYLE_ATTRIBUTE}]"));
    register();
}
