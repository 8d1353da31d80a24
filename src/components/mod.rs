//! Reusable pieces of the interface.

pub mod layout;
pub mod notices;
pub mod page_heading;
pub mod raw_text;
pub mod save_status;
