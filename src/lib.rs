//! A self-service profile page for Logto users.
//!
//! - `app`, `pages`, `components`: the UI, rendered on the server; only the `#[island]`s
//!   (the profile editor, the status card) are hydrated and shipped as WASM.
//! - `api`: server functions, the browser's only way into the server.
//! - `error`: the error type those server functions return.
//! - `server` (feature `ssr`): configuration, HTTP wiring, upstream calls.

// Leptos views are deeply nested types; the release wasm build needs the headroom.
#![recursion_limit = "256"]

pub mod api;
pub mod app;
pub mod components;
pub mod domain;
pub mod error;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod server;

#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_islands();
}
