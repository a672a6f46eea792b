//! Every user-visible string (`catalog.rs` names each message and gives its English words,
//! `words/` the other languages'), and how a request's language is chosen.
//!
//! A small typed catalog rather than a crate: each message is a `const` [`Text`] (an id), each
//! language a `match` over every id (a missing word does not compile), with no runtime loader
//! or format parser. The server holds every language; the browser is sent only the page's
//! language of the messages its WASM shows (`browser`).

#[macro_use]
mod macros;
pub mod browser;
mod catalog;
#[cfg(feature = "ssr")]
mod languages;
pub mod plural;
#[cfg(not(feature = "hydrate"))]
mod words;

pub use catalog::*;
#[cfg(feature = "ssr")]
pub use languages::LANGUAGES;
use serde::{Deserialize, Serialize};

/// A wait for a message: seconds up to two minutes, whole minutes (rounded up) up to two hours,
/// then whole hours (rounded up).
pub fn wait_time(lang: Lang, secs: u64) -> String {
    if secs < 120 {
        WAIT_SECONDS.count(lang, secs.max(1))
    } else if secs < 2 * 3600 {
        WAIT_MINUTES.count(lang, secs.div_ceil(60))
    } else {
        WAIT_HOURS.count(lang, secs.div_ceil(3600))
    }
}

/// How long ago something happened, coarsely: "just now", "5 min ago", "3 h ago", "2 days ago".
pub fn time_ago(lang: Lang, secs: i64) -> String {
    let secs = secs.max(0);
    match secs {
        0..60 => AGO_NOW.get(lang).to_owned(),
        60..3600 => AGO_MINUTES.count(lang, secs as u64 / 60),
        3600..86_400 => AGO_HOURS.count(lang, secs as u64 / 3600),
        86_400..172_800 => AGO_DAY.get(lang).to_owned(),
        _ => AGO_DAYS.count(lang, secs as u64 / 86_400),
    }
}

/// The languages the interface speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum Lang {
    #[default]
    En,
    De,
    Fr,
    Es,
    PtBr,
    Ja,
    ZhCn,
    Ko,
    Ar,
}

impl Lang {
    pub const ALL: [Lang; 9] = [
        Lang::En,
        Lang::De,
        Lang::Fr,
        Lang::Es,
        Lang::PtBr,
        Lang::Ja,
        Lang::ZhCn,
        Lang::Ko,
        Lang::Ar,
    ];

    /// The BCP 47 tag for `<html lang>` and the language cookie.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::De => "de",
            Lang::Fr => "fr",
            Lang::Es => "es",
            Lang::PtBr => "pt-BR",
            Lang::Ja => "ja",
            Lang::ZhCn => "zh-CN",
            Lang::Ko => "ko",
            Lang::Ar => "ar",
        }
    }

    /// The language's own name, for the switcher (the same whatever the interface language).
    pub fn name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::De => "Deutsch",
            Lang::Fr => "Français",
            Lang::Es => "Español",
            Lang::PtBr => "Português (Brasil)",
            Lang::Ja => "日本語",
            Lang::ZhCn => "简体中文",
            Lang::Ko => "한국어",
            Lang::Ar => "العربية",
        }
    }

    /// The writing direction, for `<html dir>`.
    pub fn dir(self) -> &'static str {
        match self {
            Lang::Ar => "rtl",
            _ => "ltr",
        }
    }

    /// Where its words are in a [`Text::Given`]'s list (the order of [`Lang::ALL`]).
    pub fn index(self) -> usize {
        Lang::ALL.iter().position(|l| *l == self).unwrap_or(0)
    }

    /// The interface language for a BCP 47 tag (`de`, `de-AT`, `en-US`, `pt` → `pt-BR`,
    /// `zh-Hans-CN` → `zh-CN`), if it is one we speak. Traditional Chinese (`zh-Hant`, `zh-TW`,
    /// `zh-HK`, `zh-MO`) is not Simplified: none.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let mut subtags = tag.trim().split(['-', '_']);
        let primary = subtags.next().unwrap_or_default();
        let traditional = |s: &str| {
            ["hant", "tw", "hk", "mo"]
                .iter()
                .any(|t| s.eq_ignore_ascii_case(t))
        };
        if primary.eq_ignore_ascii_case("zh") && subtags.any(traditional) {
            return None;
        }
        Lang::ALL.into_iter().find(|l| {
            l.tag()
                .split('-')
                .next()
                .is_some_and(|p| p.eq_ignore_ascii_case(primary))
        })
    }

    /// The locale dates are written in: the user's saved one when it is this language (its
    /// regional format, `en-GB`), else the language's own tag, so no date is in another language.
    pub fn date_locale(self, saved: &str) -> String {
        match Lang::from_tag(saved) {
            Some(lang) if lang == self => saved.trim().to_owned(),
            _ => self.tag().to_owned(),
        }
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

/// One message: a catalog entry, or (on the server) words given in every language by
/// configuration or a generated table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Text {
    Catalog(Id),
    /// In the order of [`Lang::ALL`]; an empty or missing one falls back to English.
    #[cfg(feature = "ssr")]
    Given(&'static [&'static str]),
}

impl Text {
    pub fn get(self, lang: Lang) -> &'static str {
        match self {
            Text::Catalog(id) => catalog_word(lang, id),
            #[cfg(feature = "ssr")]
            Text::Given(words) => match words.get(lang.index()) {
                Some(word) if !word.is_empty() => word,
                _ => words.first().copied().unwrap_or_default(),
            },
        }
    }

    /// A counted message (`#[count]`) for `n`: the words of `n`'s plural form in the language,
    /// with `{}` the number as the language writes it.
    pub fn count(self, lang: Lang, n: u64) -> String {
        let words = plural::form(self.get(lang), plural::category(lang, n));
        fill_in(words, &[&plural::number(lang, n)], false)
    }

    /// The message with `{}` replaced by `args`, in order. In a right-to-left language each
    /// is isolated (U+2068 … U+2069), so an address, a number or a name in Latin letters keeps
    /// its own direction and does not carry the words around it along.
    pub fn fill(self, lang: Lang, args: &[&str]) -> String {
        fill_in(self.get(lang), args, lang.dir() == "rtl")
    }
}

/// `words` with each `{}` replaced by the next of `args`.
fn fill_in(words: &str, args: &[&str], isolated: bool) -> String {
    let mut out = String::new();
    let mut args = args.iter();
    let mut rest = words;
    while let Some(at) = rest.find("{}") {
        out.push_str(&rest[..at]);
        if isolated {
            out.push('\u{2068}');
        }
        out.push_str(args.next().copied().unwrap_or_default());
        if isolated {
            out.push('\u{2069}');
        }
        rest = &rest[at + 2..];
    }
    out.push_str(rest);
    out
}

/// The server (and tests) hold every language.
#[cfg(not(feature = "hydrate"))]
fn catalog_word(lang: Lang, id: Id) -> &'static str {
    match lang {
        Lang::En => ENGLISH[id as usize],
        Lang::De => words::de::word(id),
        Lang::Fr => words::fr::word(id),
        Lang::Es => words::es::word(id),
        Lang::PtBr => words::pt_br::word(id),
        Lang::Ja => words::ja::word(id),
        Lang::ZhCn => words::zh_cn::word(id),
        Lang::Ko => words::ko::word(id),
        Lang::Ar => words::ar::word(id),
    }
}

/// The browser holds the page's language of the messages sent to it.
#[cfg(feature = "hydrate")]
fn catalog_word(_lang: Lang, id: Id) -> &'static str {
    browser::word(id)
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
        assert_eq!(Lang::from_tag("sv-SE"), None);
        assert_eq!(Lang::from_tag("fr-CA"), Some(Lang::Fr));
        assert_eq!(Lang::from_tag("es-419"), Some(Lang::Es));
        assert_eq!(Lang::from_tag("pt"), Some(Lang::PtBr));
        assert_eq!(Lang::from_tag("pt-PT"), Some(Lang::PtBr));
        assert_eq!(Lang::from_tag("zh-Hans-CN"), Some(Lang::ZhCn));
        assert_eq!(Lang::from_tag("zh_SG"), Some(Lang::ZhCn));
        assert_eq!(Lang::from_tag("zh-TW"), None);
        assert_eq!(Lang::from_tag("ko-KR"), Some(Lang::Ko));
        assert_eq!(
            Lang::from_accept_language("zh-Hant;q=0.9, pt;q=0.8, en;q=0.5"),
            Some(Lang::PtBr)
        );
        assert_eq!(
            Lang::from_accept_language("sv;q=0.9, de;q=0.8, en;q=0.5"),
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
        assert_eq!(Lang::choose(None, Some("sv-SE"), Some("de")), Lang::De);
        assert_eq!(Lang::choose(None, Some("fr-FR"), Some("de")), Lang::Fr);
        assert_eq!(Lang::choose(None, None, None), Lang::En);
    }

    #[test]
    fn waits_are_said_in_the_largest_plain_unit() {
        assert_eq!(wait_time(Lang::En, 45), "45 seconds");
        assert_eq!(wait_time(Lang::Ja, 45), "45 秒");
        assert_eq!(wait_time(Lang::En, 600), "10 minutes");
        assert_eq!(wait_time(Lang::En, 7199), "120 minutes");
        assert_eq!(wait_time(Lang::En, 20 * 3600 + 1), "21 hours");
        assert_eq!(wait_time(Lang::De, 5 * 3600), "5 Stunden");
    }

    #[test]
    fn placeholders_are_filled_in_order() {
        assert_eq!(
            CODE_SENT.fill(Lang::De, &["x@example.com"]),
            CODE_SENT.get(Lang::De).replace("{}", "x@example.com")
        );
        assert_eq!(
            STATUS_CONNECTED.fill(Lang::En, &["Logto"]),
            "Connected to Logto ( ms)."
        );
    }

    #[test]
    fn given_words_fall_back_to_english() {
        let t = Text::Given(&["Tax number", ""]);
        assert_eq!(t.get(Lang::De), "Tax number");
        assert_eq!(
            Text::Given(&["Tax number", "Steuernummer"]).get(Lang::De),
            "Steuernummer"
        );
    }

    /// The categories a language's rules give whole numbers (CLDR), from its rules themselves.
    fn categories_of(lang: Lang) -> Vec<&'static str> {
        let mut seen: Vec<_> = (0..=1_000)
            .chain([1_000_000, 2_000_000])
            .map(|n| plural::category(lang, n))
            .collect();
        seen.sort_unstable();
        seen.dedup();
        seen
    }

    #[test]
    fn counted_messages_have_the_languages_forms_and_no_others_do() {
        for (i, (name, text)) in catalog::ALL.iter().enumerate() {
            let english = plural::forms(text.get(Lang::En));
            let holes = english[0].1.matches("{}").count();
            for lang in Lang::ALL {
                let words = text.get(lang);
                if !catalog::COUNTED[i] {
                    assert!(!plural::has_forms(words), "{name}: forms, but not #[count]");
                    continue;
                }
                let forms = plural::forms(words);
                let allowed = categories_of(lang);
                assert!(forms.iter().any(|(c, _)| *c == "other"), "{name}: no other");
                for (category, form) in forms {
                    assert!(
                        allowed.contains(&category),
                        "{name}: {} has no {category} form",
                        lang.tag()
                    );
                    // A form may say its number in words (Arabic's "حرفان", two letters).
                    let own = form.matches("{}").count();
                    assert!(own <= holes, "{name} {category}: {own} placeholders");
                    if category == "other" {
                        assert_eq!(own, holes, "{name}: other leaves the number out");
                    }
                }
            }
        }
    }

    /// How many columns the words take: Chinese, Japanese and Korean characters are about twice
    /// as wide as a Latin letter (East Asian Wide and Fullwidth), the rest one.
    fn columns(words: &str) -> usize {
        let wide = |c: char| {
            matches!(c as u32,
                0x1100..=0x115F | 0x2E80..=0xA4CF | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF
                | 0xFE30..=0xFE4F | 0xFF00..=0xFF60 | 0xFFE0..=0xFFE6)
        };
        words.chars().map(|c| if wide(c) { 2 } else { 1 }).sum()
    }

    /// A button's label stays on one line of a button on a 360 px phone (about 32 Latin letters
    /// at the page's 16 px), a header link's shares a line with its neighbours (14).
    #[test]
    fn labels_fit_their_space() {
        let mut too_long = Vec::new();
        for (i, (name, text)) in catalog::ALL.iter().enumerate() {
            let room = match (catalog::BUTTON[i], catalog::NAV[i]) {
                (_, true) => 14,
                (true, _) => 32,
                _ => continue,
            };
            for lang in Lang::ALL {
                let words = text.get(lang);
                if columns(words) > room {
                    too_long.push(format!(
                        "{name} {}: {words} ({})",
                        lang.tag(),
                        columns(words)
                    ));
                }
            }
        }
        assert!(
            too_long.is_empty(),
            "longer than their space: {too_long:#?}"
        );
        assert_eq!(columns("サインアウト"), 12);
        assert_eq!(columns("Sign out"), 8);
    }

    #[test]
    fn a_count_takes_its_form_and_the_languages_digits() {
        assert_eq!(WAIT_SECONDS.count(Lang::En, 1), "1 second");
        assert_eq!(WAIT_SECONDS.count(Lang::En, 2), "2 seconds");
        assert_eq!(WAIT_MINUTES.count(Lang::De, 1), "1 Minute");
        assert_eq!(TOKENS_IN_DAYS.count(Lang::Ja, 1), "1 日後");
        // Arabic's six forms: the dual in the word, 3–10 and 11–99 each their own.
        assert_eq!(WAIT_MINUTES.count(Lang::Ar, 1), "دقيقة واحدة");
        assert_eq!(WAIT_MINUTES.count(Lang::Ar, 2), "دقيقتين");
        assert_eq!(WAIT_MINUTES.count(Lang::Ar, 5), "5 دقائق");
        assert_eq!(WAIT_MINUTES.count(Lang::Ar, 15), "15 دقيقة");
        assert_eq!(WAIT_MINUTES.count(Lang::Ar, 100), "100 دقيقة");
        assert_eq!(
            CODE_SENT.fill(Lang::Ar, &["a@example.com"]),
            "أرسلنا رمزًا من 6 أرقام إلى \u{2068}a@example.com\u{2069}."
        );
        assert_eq!(wait_time(Lang::En, 1), "1 second");
    }

    #[test]
    fn regional_and_script_tags_find_their_language() {
        assert_eq!(Lang::from_tag("ja-JP"), Some(Lang::Ja));
        assert_eq!(Lang::from_tag("ar-EG"), Some(Lang::Ar));
        assert_eq!(Lang::Ar.dir(), "rtl");
        assert_eq!(Lang::from_tag("JA"), Some(Lang::Ja));
        assert_eq!(Lang::from_tag("en_GB"), Some(Lang::En));
        assert_eq!(Lang::from_tag("zh-Hant-TW"), None);
        assert_eq!(Lang::from_tag("zh-TW"), None);
        assert_eq!(Lang::from_tag(""), None);
        assert_eq!(Lang::En.date_locale("en-GB"), "en-GB");
        assert_eq!(Lang::Ja.date_locale("en-GB"), "ja");
        assert_eq!(Lang::De.date_locale(""), "de");
    }

    #[test]
    fn every_message_has_every_language_with_its_placeholders() {
        for (name, text) in catalog::ALL {
            let english = text.get(Lang::En);
            for lang in Lang::ALL {
                let words = text.get(lang);
                assert!(!words.trim().is_empty(), "{name}: {} missing", lang.tag());
                assert_eq!(
                    plural::form(english, "other").matches("{}").count(),
                    plural::form(words, "other").matches("{}").count(),
                    "{name}: placeholders differ in {}",
                    lang.tag()
                );
            }
        }
    }
}
