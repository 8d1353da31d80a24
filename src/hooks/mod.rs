//! Hooks that several pages share: the checker's notes, the clock, the text at the last pause in typing, status
//! lines that repeat audibly, and moving focus after the next render.

mod checked;
mod clock;
mod focus_later;
mod settled;
mod status;

pub use checked::{use_checks, Notes};
pub use clock::{use_clock, Clock};
pub use focus_later::{remove_button_id, use_focus_later};
pub use settled::use_settled;
pub use status::use_status;
