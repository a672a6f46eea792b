//! Marks an island once it runs in the browser.

use leptos::prelude::*;

/// For `data-hydrated`: `Some("true")` once the island's WASM has taken over, so tests (and
/// curious people) can tell a live page from its server HTML.
pub fn hydrated_flag() -> impl Fn() -> Option<&'static str> + Copy + Send + Sync + 'static {
    let live = RwSignal::new(false);
    Effect::new(move |_| live.set(true));
    move || live.get().then_some("true")
}
