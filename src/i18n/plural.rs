//! Words that depend on a number: CLDR's plural forms, the number in the language's own format,
//! and lists.
//!
//! A counted message's words come in forms, `one:{} minute|other:{} minutes`, named by CLDR's
//! categories; the language's rules pick one for the number (on the server `intl_pluralrules`,
//! in the browser its own `Intl.PluralRules`, so the WASM carries no rules). The crate has
//! CLDR 37's rules, before French, Spanish and Portuguese gained `many` (for millions, "1 000 000
//! de secondes"): no counted message comes near a million, so none has that form.

use super::Lang;

/// CLDR's plural categories, as the forms of a counted message name them.
pub const CATEGORIES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

/// Whether a message's words come in plural forms.
pub fn has_forms(words: &str) -> bool {
    CATEGORIES.iter().any(|c| {
        words
            .strip_prefix(c)
            .is_some_and(|rest| rest.starts_with(':'))
    })
}

/// The forms of a message's words, by category; one text without forms is `other`.
#[cfg(test)]
pub fn forms(words: &str) -> Vec<(&str, &str)> {
    if !has_forms(words) {
        return vec![("other", words)];
    }
    words
        .split('|')
        .filter_map(|form| form.split_once(':'))
        .collect()
}

/// The words for a number in the given category: its own form, else `other`.
pub fn form<'a>(words: &'a str, category: &str) -> &'a str {
    if !has_forms(words) {
        return words;
    }
    let mut other = words;
    for (name, text) in words.split('|').filter_map(|f| f.split_once(':')) {
        if name == category {
            return text;
        }
        if name == "other" {
            other = text;
        }
    }
    other
}

/// The number's plural category in the language (cardinal).
#[cfg(feature = "ssr")]
pub fn category(lang: Lang, n: u64) -> &'static str {
    use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
    use std::sync::OnceLock;

    static RULES: OnceLock<Vec<Option<PluralRules>>> = OnceLock::new();
    let rules = RULES.get_or_init(|| {
        Lang::ALL
            .iter()
            .map(|l| {
                // By language alone: the crate knows `pt` and `zh`, not `pt-BR` or `zh-CN`.
                let language = l.tag().split('-').next().unwrap_or_default();
                let id: unic_langid::LanguageIdentifier = language.parse().ok()?;
                PluralRules::create(id, PluralRuleType::CARDINAL).ok()
            })
            .collect()
    });
    let chosen = rules
        .get(lang.index())
        .and_then(Option::as_ref)
        .and_then(|r| r.select(n).ok());
    match chosen {
        Some(PluralCategory::ZERO) => "zero",
        Some(PluralCategory::ONE) => "one",
        Some(PluralCategory::TWO) => "two",
        Some(PluralCategory::FEW) => "few",
        Some(PluralCategory::MANY) => "many",
        _ => "other",
    }
}

/// The number's plural category, from the browser's `Intl.PluralRules` for the page's language.
#[cfg(not(feature = "ssr"))]
pub fn category(lang: Lang, n: u64) -> &'static str {
    use js_sys::{Array, Intl::PluralRules, Object};

    let rules = PluralRules::new(&Array::of1(&lang.tag().into()), &Object::new());
    let chosen = rules.select(n as f64).as_string().unwrap_or_default();
    CATEGORIES
        .into_iter()
        .find(|c| *c == chosen)
        .unwrap_or("other")
}

/// A whole number as the language writes it: digits grouped by thousands (French with a narrow
/// space, Spanish only from five digits on, CLDR's minimum grouping).
pub fn number(lang: Lang, n: u64) -> String {
    let digits = n.to_string();
    let (separator, shortest_grouped) = match lang {
        Lang::De | Lang::PtBr => (".", 4),
        Lang::Es => (".", 5),
        Lang::Fr => ("\u{202F}", 4),
        Lang::En | Lang::Ja | Lang::ZhCn | Lang::Ko | Lang::Ar => (",", 4),
    };
    if digits.len() < shortest_grouped {
        return digits;
    }
    let mut out = String::new();
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(separator);
        }
        out.push(digit);
    }
    out
}

/// Items in a list as the language separates them ("a, b, c"; "a、b、c").
pub fn list<S: AsRef<str>>(lang: Lang, items: &[S]) -> String {
    let separator = match lang {
        Lang::Ja | Lang::ZhCn => "、",
        Lang::Ar => "، ",
        _ => ", ",
    };
    items
        .iter()
        .map(AsRef::as_ref)
        .collect::<Vec<_>>()
        .join(separator)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_form_follows_the_languages_rules() {
        let words = "one:{} minute|other:{} minutes";
        assert_eq!(form(words, category(Lang::En, 1)), "{} minute");
        assert_eq!(form(words, category(Lang::En, 0)), "{} minutes");
        assert_eq!(form(words, category(Lang::En, 2)), "{} minutes");
        assert_eq!(form(words, category(Lang::Ja, 1)), "{} minutes");
        assert_eq!(form("{} Min.", "one"), "{} Min.");
        assert_eq!(category(Lang::De, 1), "one");
        assert_eq!(category(Lang::Ja, 1), "other");
        assert_eq!(category(Lang::PtBr, 0), "one");
        assert_eq!(category(Lang::PtBr, 1), "one");
        assert_eq!(category(Lang::PtBr, 2), "other");
        assert_eq!(category(Lang::Fr, 1), "one");
        assert_eq!(category(Lang::Es, 0), "other");
        assert_eq!(category(Lang::ZhCn, 1), "other");
        assert_eq!(category(Lang::Ko, 1), "other");
    }

    #[test]
    fn numbers_are_grouped_as_the_language_does() {
        assert_eq!(number(Lang::En, 7), "7");
        assert_eq!(number(Lang::En, 1234), "1,234");
        assert_eq!(number(Lang::De, 1_234_567), "1.234.567");
        assert_eq!(number(Lang::Ja, 12_345), "12,345");
        assert_eq!(number(Lang::Fr, 12_345), "12\u{202F}345");
        assert_eq!(number(Lang::Es, 1_234), "1234");
        assert_eq!(number(Lang::Es, 12_345), "12.345");
        assert_eq!(number(Lang::PtBr, 1_234), "1.234");
    }

    #[test]
    fn lists_use_the_languages_separator() {
        assert_eq!(list(Lang::En, &["a", "b"]), "a, b");
        assert_eq!(list(Lang::Ja, &["名", "姓"]), "名、姓");
        assert_eq!(list(Lang::ZhCn, &["名", "姓"]), "名、姓");
        assert_eq!(list(Lang::Ko, &["이름", "성"]), "이름, 성");
        assert_eq!(list(Lang::Ar, &["أ", "ب"]), "أ، ب");
    }
}
