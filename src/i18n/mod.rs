//! Every user-visible string, in English and German (`catalog.rs`), and how a request's language
//! is chosen.
//!
//! A small typed catalog rather than a crate: each message is a `const` [`Text`], so the WASM
//! carries only the messages its islands use (the linker drops the rest), in both languages,
//! with no runtime loader or format parser.

mod catalog;
mod languages;

pub use catalog::*;
pub use languages::LANGUAGES;
use serde::{Deserialize, Serialize};

/// A wait for a message: seconds up to two minutes, whole minutes (rounded up) up to two hours,
/// then whole hours (rounded up).
pub fn wait_time(lang: Lang, secs: u64) -> String {
    if secs < 120 {
        WAIT_SECONDS.fill(lang, &[&secs.max(1).to_string()])
    } else if secs < 2 * 3600 {
        WAIT_MINUTES.fill(lang, &[&secs.div_ceil(60).to_string()])
    } else {
        WAIT_HOURS.fill(lang, &[&secs.div_ceil(3600).to_string()])
    }
}

/// How long ago something happened, coarsely: "just now", "5 min ago", "3 h ago", "2 days ago".
pub fn time_ago(lang: Lang, secs: i64) -> String {
    let secs = secs.max(0);
    match secs {
        0..60 => AGO_NOW.get(lang).to_owned(),
        60..3600 => AGO_MINUTES.fill(lang, &[&(secs / 60).to_string()]),
        3600..86_400 => AGO_HOURS.fill(lang, &[&(secs / 3600).to_string()]),
        86_400..172_800 => AGO_DAY.get(lang).to_owned(),
        _ => AGO_DAYS.fill(lang, &[&(secs / 86_400).to_string()]),
    }
}

/// The languages the interface speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum Lang {
    #[default]
    En,
    De,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::De];

    /// The BCP 47 tag for `<html lang>` and the language cookie.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::De => "de",
        }
    }

    /// The language's own name, for the switcher.
    pub fn name(self) -> &'static str {
        match self {
            Lang::En => LANGUAGE_ENGLISH,
            Lang::De => LANGUAGE_GERMAN,
        }
        .get(self)
    }

    /// The interface language for a BCP 47 tag (`de`, `de-AT`, `en-US`), if it is one we speak.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next().unwrap_or_default();
        Lang::ALL
            .into_iter()
            .find(|l| l.tag().eq_ignore_ascii_case(primary))
    }

    /// The best match for an `Accept-Language` header, by its quality values.
    pub fn from_accept_language(header: &str) -> Option<Lang> {
        let mut best: Option<(Lang, f32)> = None;
        for part in header.split(',') {
            let mut pieces = part.split(';');
            let tag = pieces.next().unwrap_or_default();
            let q = pieces
                .find_map(|p| p.trim().strip_prefix("q="))
                .and_then(|q| q.trim().parse::<f32>().ok())
                .unwrap_or(1.0);
            if let Some(lang) = Lang::from_tag(tag) {
                if q > 0.0 && best.is_none_or(|(_, b)| q > b) {
                    best = Some((lang, q));
                }
            }
        }
        best.map(|(lang, _)| lang)
    }

    /// The choice for a request: the switcher's cookie, else the user's saved `locale`, else the
    /// browser's `Accept-Language`, else English.
    pub fn choose(cookie: Option<&str>, saved_locale: Option<&str>, accept: Option<&str>) -> Lang {
        cookie
            .and_then(Lang::from_tag)
            .or_else(|| saved_locale.and_then(Lang::from_tag))
            .or_else(|| accept.and_then(Lang::from_accept_language))
            .unwrap_or_default()
    }
}

/// One message in every language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Text {
    pub en: &'static str,
    pub de: &'static str,
}

impl Text {
    pub const fn new(en: &'static str, de: &'static str) -> Text {
        Text { en, de }
    }

    pub fn get(self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.en,
            Lang::De => self.de,
        }
    }

    /// The message with `{}` replaced by `args`, in order.
    pub fn fill(self, lang: Lang, args: &[&str]) -> String {
        let mut out = String::new();
        let mut args = args.iter();
        let mut rest = self.get(lang);
        while let Some(at) = rest.find("{}") {
            out.push_str(&rest[..at]);
            out.push_str(args.next().copied().unwrap_or_default());
            rest = &rest[at + 2..];
        }
        out.push_str(rest);
        out
    }
}

/// The request's language, provided as context to every render.
pub fn use_lang() -> Lang {
    leptos::prelude::use_context::<Lang>().unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn languages_are_negotiated_in_order() {
        assert_eq!(Lang::from_tag("de-AT"), Some(Lang::De));
        assert_eq!(Lang::from_tag("fr-FR"), None);
        assert_eq!(
            Lang::from_accept_language("fr;q=0.9, de;q=0.8, en;q=0.5"),
            Some(Lang::De)
        );
        assert_eq!(
            Lang::from_accept_language("en-US,en;q=0.9,de;q=0.8"),
            Some(Lang::En)
        );
        assert_eq!(Lang::from_accept_language("de;q=0"), None);
        assert_eq!(
            Lang::choose(Some("en"), Some("de-DE"), Some("de")),
            Lang::En
        );
        assert_eq!(Lang::choose(None, Some("de-DE"), Some("en")), Lang::De);
        assert_eq!(Lang::choose(None, Some("fr-FR"), Some("de")), Lang::De);
        assert_eq!(Lang::choose(None, None, None), Lang::En);
    }

    #[test]
    fn waits_are_said_in_the_largest_plain_unit() {
        assert_eq!(wait_time(Lang::En, 45), "45 seconds");
        assert_eq!(wait_time(Lang::En, 600), "10 minutes");
        assert_eq!(wait_time(Lang::En, 7199), "120 minutes");
        assert_eq!(wait_time(Lang::En, 20 * 3600 + 1), "21 hours");
        assert_eq!(wait_time(Lang::De, 5 * 3600), "5 Stunden");
    }

    #[test]
    fn placeholders_are_filled_in_order() {
        let t = Text::new("Wait {} s for {}.", "Warte {} s auf {}.");
        assert_eq!(t.fill(Lang::De, &["5", "x"]), "Warte 5 s auf x.");
        assert_eq!(t.fill(Lang::En, &["5"]), "Wait 5 s for .");
    }

    #[test]
    fn every_message_has_both_languages() {
        for (name, text) in catalog::ALL {
            assert!(!text.en.trim().is_empty(), "{name}: English missing");
            assert!(!text.de.trim().is_empty(), "{name}: German missing");
            assert_eq!(
                text.en.matches("{}").count(),
                text.de.matches("{}").count(),
                "{name}: placeholders differ"
            );
        }
    }
}
