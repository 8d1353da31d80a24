//! Every sentence a person reads in Mend, kept out of the markup so the words can be reviewed in one place.

pub mod checker;
pub mod checker_rules;
pub mod data;
pub mod dates;
pub mod forward;
pub mod home;
pub mod pwa;
pub mod receive;
pub mod review;
pub mod shell;
pub mod steps;
pub mod titles;
