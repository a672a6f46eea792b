//! The words the browser is sent: the page's language of the messages marked `#[browser]` in
//! the catalog, as a JSON list in catalog order (empty for the others) in a
//! `<script type="application/json">` that the WASM reads once before hydrating. The other
//! messages and languages stay on the server.

/// The element the words travel in.
pub const WORDS_ID: &str = "words";

/// The words for a page in `lang`, as JSON safe inside a `<script>` element (rendered by the
/// server only).
#[cfg(not(feature = "ssr"))]
pub fn words_json(_lang: super::Lang) -> String {
    String::new()
}

/// The words for a page in `lang`, as JSON safe inside a `<script>` element.
#[cfg(feature = "ssr")]
pub fn words_json(lang: super::Lang) -> String {
    let words: Vec<&str> = super::IDS
        .iter()
        .zip(super::IN_BROWSER)
        .map(|(id, sent)| match sent {
            true => super::Text::Catalog(*id).get(lang),
            false => "",
        })
        .collect();
    serde_json::to_string(&words)
        .unwrap_or_default()
        .replace('<', "\\u003c")
}

#[cfg(feature = "hydrate")]
static WORDS: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();

/// Reads the page's words (once, before the islands hydrate), with the browser's own JSON
/// parser: no deserialising code in the WASM.
#[cfg(feature = "hydrate")]
pub fn load() {
    let text = leptos::prelude::document()
        .get_element_by_id(WORDS_ID)
        .and_then(|el| el.text_content())
        .unwrap_or_default();
    let list = js_sys::JSON::parse(&text)
        .map(|v| js_sys::Array::from(&v))
        .unwrap_or_default();
    let words = list
        .iter()
        .map(|w| -> &'static str { Box::leak(w.as_string().unwrap_or_default().into_boxed_str()) })
        .collect();
    let _ = WORDS.set(words);
}

/// A message's words on this page; one not sent says so in the console and shows nothing.
#[cfg(feature = "hydrate")]
#[inline(never)]
pub fn word(id: super::Id) -> &'static str {
    let found = WORDS
        .get()
        .and_then(|w| w.get(id as usize))
        .copied()
        .unwrap_or_default();
    if found.is_empty() {
        leptos::logging::error!("{id:?} is not sent to the browser: mark it #[browser]");
    }
    found
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;
    use crate::i18n::{Id, Lang, IDS, PROFILE_SAVED, SIGN_OUT};

    #[test]
    fn only_the_marked_messages_go_in_the_pages_language() {
        let json = words_json(Lang::De);
        let words: Vec<String> = serde_json::from_str(&json).unwrap();
        assert_eq!(words.len(), IDS.len(), "one per message, in catalog order");
        assert_eq!(
            words[Id::PROFILE_SAVED as usize],
            PROFILE_SAVED.get(Lang::De)
        );
        assert_eq!(words[Id::SIGN_OUT as usize], "", "not marked");
        assert!(!json.contains(SIGN_OUT.get(Lang::De)));
        assert!(!json.contains(PROFILE_SAVED.get(Lang::En)), "one language");
        assert!(!json.contains('<'));
    }
}
