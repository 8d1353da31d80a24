//! Every sentence a person reads in Mend, kept out of the markup so the words can be reviewed in one place.

pub mod dates;
pub mod home;
pub mod review;
pub mod shell;
pub mod steps;
pub mod titles;
