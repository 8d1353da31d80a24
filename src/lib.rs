//! Mend: a private, offline guide to apologizing well and to receiving an apology.
//!
//! The pure core (`model`, `checker`, `content`, `persist`, `state`, `route`, `sorting`) has no browser
//! code and is tested natively; `storage`, `browser` and `pwa` are the browser's adapters; `context` is the
//! state as pages reach it, `hooks` and `components` shared pieces, `pages` one per route, and
//! `app` the root that wires them: each uses only those before it (tests/layers.rs).

pub mod checker;
pub mod content;
pub mod model;
pub mod persist;
pub mod route;
pub mod sorting;
pub mod state;

pub mod app;
mod browser;
mod checking;
mod components;
mod context;
mod hooks;
mod pages;
mod pwa;
mod sealing;
mod storage;
