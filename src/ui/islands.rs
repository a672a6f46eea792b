//! The scripts that load the WASM and hydrate islands, on the pages that have islands only: a
//! page without one (confirm it's you, not found, sign-in failed) sends no JavaScript or WASM.

use leptos::prelude::*;

/// Put once in every page that renders an `#[island]`: the scripts, and the words the islands
/// show in the page's language.
#[component]
pub fn IslandScripts() -> impl IntoView {
    let words = crate::i18n::browser::words_json(crate::i18n::use_lang());
    let scripts = use_context::<LeptosOptions>()
        .map(|options| view! { <HydrationScripts options islands=true /> });
    view! {
        <script type="application/json" id=crate::i18n::browser::WORDS_ID inner_html=words></script>
        {scripts}
    }
}
