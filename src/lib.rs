//! Mend: a private, offline guide to apologizing well and to receiving an apology.
//!
//! The pure core (`model`, `checker`, `content`, `persist`, `state`, `route`, `sorting`) has no browser
//! code and is tested natively; `app`, `pages`, `components` and `storage` are the browser edge.

pub mod checker;
pub mod content;
pub mod model;
pub mod persist;
pub mod route;
pub mod sorting;
pub mod state;

pub mod app;
mod browser;
mod components;
mod pages;
mod pwa;
mod sealing;
mod storage;
