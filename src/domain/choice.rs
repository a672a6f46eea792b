//! Fields chosen from a list: the time zone (IANA) and the language (BCP 47).

use super::zones::TIME_ZONES;
use super::Invalid;
use crate::i18n;

/// An IANA time zone from the picker's list, e.g. `Europe/Amsterdam`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimeZone(&'static str);

impl TimeZone {
    pub fn parse(input: &str) -> Result<TimeZone, Invalid> {
        let s = input.trim();
        TIME_ZONES
            .binary_search(&s)
            .map(|i| TimeZone(TIME_ZONES[i]))
            .map_err(|_| Invalid(i18n::INVALID_ZONE))
    }

    pub fn as_str(&self) -> &'static str {
        self.0
    }
}

/// A well-formed BCP 47 language tag (`en`, `pt-BR`, `zh-Hant-TW`, `es-419`): the language, then
/// subtags of 1–8 letters or digits.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Locale(String);

impl Locale {
    pub fn parse(input: &str) -> Result<Locale, Invalid> {
        const BAD: Invalid = Invalid(i18n::INVALID_LOCALE);
        let s = input.trim();
        if s.len() > 35 {
            return Err(BAD);
        }
        let mut parts = s.split('-');
        let language = parts.next().unwrap_or_default();
        // ISO 639 codes; BCP 47's 5–8 letter language subtags are reserved and never assigned.
        if !(2..=3).contains(&language.len()) {
            return Err(BAD);
        }
        if !language.bytes().all(|b| b.is_ascii_alphabetic()) {
            return Err(BAD);
        }
        if !parts
            .all(|p| (1..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()))
        {
            return Err(BAD);
        }
        Ok(Locale(s.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn time_zones_come_from_the_list() {
        assert_eq!(
            TimeZone::parse(" Europe/Amsterdam ").unwrap().as_str(),
            "Europe/Amsterdam"
        );
        assert!(TimeZone::parse("UTC").is_ok());
        assert!(TimeZone::parse("Mars/Olympus").is_err());
        assert!(TimeZone::parse("europe/amsterdam").is_err());
        assert!(
            TIME_ZONES.windows(2).all(|w| w[0] < w[1]),
            "sorted for binary search"
        );
    }

    #[test]
    fn locales_are_bcp47_tags() {
        for ok in ["en", "pt-BR", "zh-Hant-TW", "es-419", "fil-PH"] {
            assert!(Locale::parse(ok).is_ok(), "{ok}");
        }
        for bad in [
            "", "e", "French", "english!", "en_US", "en--US", "en-", "abcd",
        ] {
            assert!(Locale::parse(bad).is_err(), "{bad}");
        }
        assert!(crate::i18n::LANGUAGES
            .iter()
            .all(|(tag, _)| Locale::parse(tag).is_ok()));
    }
}
