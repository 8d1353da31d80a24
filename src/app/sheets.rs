//! Every component's stylist sheet, in one list, for the build.
//!
//! The prerender step (src/bin/prerender.rs) has stylist write each sheet's CSS under its class,
//! puts them all, in this order, in one `<style>` in every page's `<head>` (so a panel that opens
//! later, or a page reached inside the app, is styled too) and its sha256 in the CSP's
//! `style-src`. The browser registers nothing: the components carry their classes as fixed
//! strings.
//!
//! A new `sheet!` goes in [`ALL`] (tests/sheets.rs fails otherwise).

pub use crate::components::sheet::Sheet;
use crate::components::{
    back_link, checker_notes, layout, more, private_link, progress, qr_view, quick_exit,
    safety_link, save_status, step_marks, undo_status,
};
use crate::pages::{apology, data, forward, home, open, receive};

/// Every sheet in the app, in the order the pages' `<head>` carries them.
pub const ALL: &[&Sheet] = &[
    &layout::SKIP_LINK_SHEET,
    &layout::HEADER_SHEET,
    &layout::FOOTER_SHEET,
    &save_status::SHEET,
    &back_link::SHEET,
    &step_marks::SHEET,
    &home::SHEET,
    &apology::prepare::SHEET,
    &apology::guidance::SHEET,
    &apology::own_notes::SHEET,
    &apology::change_fields::SHEET,
    &data::backups::SHEET,
    &data::transfer::SHEET,
    &checker_notes::SHEET,
    &apology::rehearse::SHEET,
    &apology::deliver::SHEET,
    &forward::SHEET,
    &forward::trust::SHEET,
    &forward::row::SHEET,
    &forward::check_in::SHEET,
    &forward::reminder::SHEET,
    &forward::dots::SHEET,
    &forward::entries::COMPACT_FORM_SHEET,
    &forward::entries::ADD_ENTRY_SHEET,
    &forward::entries::TIMELINE_SHEET,
    &more::SHEET,
    &safety_link::SHEET,
    &undo_status::SHEET,
    &private_link::SHEET,
    &qr_view::SHEET,
    &apology::said::SHEET,
    &open::SHEET,
    &receive::reply_link::SHEET,
    &receive::received_notes::SHEET,
    &receive::script::SHEET,
    &receive::boundaries::SHEET,
    &receive::safety::SHEET,
    &receive::weigh::SHEET,
    &progress::SHEET,
    &quick_exit::SHEET,
    &apology::review::CHECKLIST_SHEET,
    &apology::review::SHEET,
    &receive::needs::SHEET,
    &receive::intro::SHEET,
    &receive::forgiveness::SHEET,
];

/// The attribute the sheets' one `<style>` is marked with, and its value.
pub const STYLE_ATTRIBUTE: &str = "data-style";
pub const STYLE_NAME: &str = "stylist";
