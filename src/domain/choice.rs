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

    /// How the picker's list writes this zone as an option's value: `~`, two characters that
    /// stand for the list itself, then the zone's place in it, base 36 (`~k7a5`). As the zone's
    /// Latin name, which its label cannot predict, a value on every one of 419 options cost
    /// /profile in Japanese 2.0 KB on the wire (browser bench). The chosen option
    /// keeps the name, so a page and a form post without changes read as before.
    #[cfg(feature = "ssr")]
    pub fn code(&self) -> String {
        let at = TIME_ZONES.binary_search(&self.0).unwrap_or_default();
        format!("~{}{}", list_tag(), base36(at))
    }

    /// The zone an option's code stands for. A code from another list (a page rendered before
    /// the list changed) is none, and so refused like any zone not on the list.
    #[cfg(feature = "ssr")]
    pub fn from_code(code: &str) -> Option<TimeZone> {
        let rest = code.strip_prefix('~')?.strip_prefix(list_tag())?;
        let at = usize::from_str_radix(rest, 36).ok()?;
        TIME_ZONES.get(at).map(|zone| TimeZone(zone))
    }
}

/// Two base-36 characters from a fingerprint of the zone list (FNV-1a): a code made for one
/// list is not read against another.
#[cfg(feature = "ssr")]
fn list_tag() -> &'static str {
    static TAG: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    TAG.get_or_init(|| {
        let hash = TIME_ZONES
            .iter()
            .flat_map(|zone| zone.bytes().chain([0]))
            .fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
                (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
            });
        format!("{:0>2}", base36((hash % (36 * 36)) as usize))
    })
}

#[cfg(feature = "ssr")]
fn base36(mut n: usize) -> String {
    const DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut out = Vec::new();
    loop {
        out.push(DIGITS[n % 36]);
        n /= 36;
        if n == 0 {
            break;
        }
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
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
    fn a_zones_code_reads_back_as_the_zone_for_this_list_only() {
        for zone in TIME_ZONES {
            let zone = TimeZone::parse(zone).unwrap();
            let code = zone.code();
            assert!(code.len() <= 6 && code.starts_with('~'), "{code}");
            assert_eq!(TimeZone::from_code(&code), Some(zone));
        }
        let amsterdam = TimeZone::parse("Europe/Amsterdam").unwrap().code();
        let other_list = format!("~zz{}", &amsterdam[3..]);
        if other_list != amsterdam {
            assert_eq!(TimeZone::from_code(&other_list), None);
        }
        assert_eq!(
            TimeZone::from_code(&format!("~{}zzzz", &amsterdam[1..3])),
            None
        );
        assert_eq!(TimeZone::from_code("Europe/Amsterdam"), None);
        assert_eq!(TimeZone::from_code("~"), None);
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
