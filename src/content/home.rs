//! The start page.

pub const INTRO: &str = "“I’m sorry” is a start. Mend walks you through the four parts of a true apology, privately, in your own words, and helps the person receiving one take the time they need.";
pub const WRITE_APOLOGY: &str = "Write an apology";
pub const RECEIVED_APOLOGY: &str = "I received an apology";
pub const MOVING_FORWARD: &str = "Moving forward together";
pub const SAFETY_LINK: &str = "If an apology doesn't feel safe";
