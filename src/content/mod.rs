//! Every sentence a person reads in Mend, kept out of the markup so the words can be reviewed in one place.

pub mod home;
pub mod shell;
pub mod titles;
