//! The words the browser is sent: the page's language of the messages marked `#[browser]` in
//! the catalog, as `[[id, "words"], …]` in a `<script type="application/json">` that the WASM
//! reads once before hydrating. The other messages and languages stay on the server.

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
    let words: Vec<(u16, &str)> = super::IDS
        .iter()
        .zip(super::IN_BROWSER)
        .filter(|(_, sent)| **sent)
        .map(|(id, _)| (*id as u16, super::Text::Catalog(*id).get(lang)))
        .collect();
    serde_json::to_string(&words)
        .unwrap_or_default()
        .replace('<', "\\u003c")
}

#[cfg(feature = "hydrate")]
thread_local! {
    static WORDS: std::cell::RefCell<Vec<&'static str>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Reads the page's words (once, before the islands hydrate).
#[cfg(feature = "hydrate")]
pub fn load() {
    let json = leptos::prelude::document()
        .get_element_by_id(WORDS_ID)
        .and_then(|el| el.text_content())
        .unwrap_or_default();
    let pairs: Vec<(u16, String)> = serde_json::from_str(&json).unwrap_or_default();
    let mut table = vec![""; super::IDS.len()];
    for (id, words) in pairs {
        if let Some(slot) = table.get_mut(usize::from(id)) {
            *slot = Box::leak(words.into_boxed_str());
        }
    }
    WORDS.with(|w| *w.borrow_mut() = table);
}

/// A message's words on this page; one not sent says so in the console and shows nothing.
#[cfg(feature = "hydrate")]
pub fn word(id: super::Id) -> &'static str {
    let found = WORDS.with(|w| w.borrow().get(id as usize).copied().unwrap_or_default());
    if found.is_empty() {
        leptos::logging::error!("{id:?} is not sent to the browser: mark it #[browser]");
    }
    found
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;
    use crate::i18n::{Lang, PROFILE_SAVED, SIGN_OUT};

    #[test]
    fn only_the_marked_messages_go_in_the_pages_language() {
        let json = words_json(Lang::De);
        let words: Vec<(u16, String)> = serde_json::from_str(&json).unwrap();
        let saved = words
            .iter()
            .find(|(id, _)| *id == crate::i18n::Id::PROFILE_SAVED as u16);
        assert_eq!(
            saved.map(|(_, w)| w.as_str()),
            Some(PROFILE_SAVED.get(Lang::De))
        );
        assert!(!json.contains(SIGN_OUT.get(Lang::De)), "not marked");
        assert!(!json.contains(PROFILE_SAVED.get(Lang::En)), "one language");
        assert!(!json.contains('<'));
    }
}
