//! The scripts that load the WASM and hydrate islands, on the pages that have islands only: a
//! page without one (confirm it's you, not found, sign-in failed) sends no JavaScript or WASM.

use leptos::prelude::*;

/// Put once in every page that renders an `#[island]`.
#[component]
pub fn IslandScripts() -> impl IntoView {
    use_context::<LeptosOptions>()
        .map(|options| view! { <HydrationScripts options islands=true /> })
}
