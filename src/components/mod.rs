//! Reusable pieces of the interface.

pub mod back_link;
pub mod checker_notes;
pub mod layout;
pub mod more;
pub mod notices;
pub mod page_heading;
pub mod private_link;
pub mod progress;
pub mod qr_view;
pub mod quick_exit;
pub mod raw_text;
pub mod safety_link;
pub mod save_status;
pub mod sheet;
pub mod step_marks;
pub mod text_field;
pub mod undo_status;
pub mod update_notice;
