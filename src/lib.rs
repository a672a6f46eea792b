//! A self-service profile page for Logto users.
//!
//! - `app`: the HTML shell and the routes.
//! - `features`: one folder per feature (types, server functions, page, islands, service).
//! - `ui`, `domain`, `i18n`: shared UI pieces, valid-only domain types, the string catalog.
//! - `error`: the client-safe error server functions return.
//! - `server` (feature `ssr`): plumbing: configuration, HTTP wiring, sign-in, the Logto client.
//!
//! Only the `#[island]` (the profile editor) is hydrated and shipped as WASM; other pages load a
//! small script at most (`ui::scripts`).

// Leptos views are deeply nested types; the release wasm build needs the headroom.
#![recursion_limit = "256"]

pub mod app;
pub mod domain;
pub mod error;
pub mod features;
pub mod i18n;
#[cfg(feature = "ssr")]
pub mod server;
pub mod ui;

#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    // Readable panics in development; release builds leave the formatting out of the WASM.
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    i18n::browser::load();
    leptos::mount::hydrate_islands();
    // Every island on the page has taken over: the benchmark times hydration by this mark.
    if let Some(root) = leptos::prelude::document().document_element() {
        let _ = root.set_attribute("data-hydrated", "");
    }
}
