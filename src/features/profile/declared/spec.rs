//! A declared field as the page needs it: its words already in the reader's language, its rules,
//! and the one check both the browser (as you type) and the server (before any write) run.
//! Built on the server from the declaration for each view; never holds another user's values.

use serde::{Deserialize, Serialize};

use crate::domain::{Birthdate, EmailAddress, Website};
use crate::i18n::{self, Lang, Text};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    Text,
    Multiline,
    Number,
    Date,
    Boolean,
    SingleChoice,
    MultipleChoice,
    Email,
    Url,
    Phone,
    Country,
}

impl Kind {
    /// The longest value when the declaration gives no `max_length`.
    pub fn default_max_len(self) -> u32 {
        match self {
            Kind::Multiline => 2000,
            _ => 256,
        }
    }
}

/// The browser gets what it checks with; the words and hints it shows are already in the
/// server's HTML (`serde(skip)`: less to send, and less deserializing code in the WASM).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FieldSpec {
    pub key: String,
    #[serde(skip)]
    pub label: String,
    #[serde(skip)]
    pub help: Option<String>,
    pub kind: Kind,
    /// A built-in card (`basic`, `personal`, `address`) or a declared section's key.
    pub section: String,
    #[serde(default)]
    pub required: bool,
    #[serde(default)]
    pub min_len: Option<u32>,
    pub max_len: u32,
    /// Numbers as declared (`18`, `2.5`); dates as `YYYY-MM-DD` (`today` already resolved).
    #[serde(default)]
    pub min: Option<String>,
    #[serde(default)]
    pub max: Option<String>,
    #[serde(default)]
    pub pattern: Option<String>,
    #[serde(default)]
    pub pattern_message: Option<String>,
    /// The choices' values; empty for countries, whose options the server renders.
    #[serde(default)]
    pub choices: Vec<String>,
    /// Their labels, in the same order.
    #[serde(skip)]
    pub choice_labels: Vec<String>,
    #[serde(skip)]
    pub autocomplete: Option<String>,
    pub editable: bool,
    #[serde(default)]
    pub sensitive: bool,
}

/// A declared card of its own, shown after the built-in ones.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SectionSpec {
    pub key: String,
    pub title: String,
}

/// Everything the profile page needs to draw and check the declared fields.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct CustomSpecs {
    pub sections: Vec<SectionSpec>,
    pub fields: Vec<FieldSpec>,
    /// Built-in fields the declaration hides (the page neither shows nor saves them).
    #[serde(default)]
    pub hidden: Vec<String>,
}

impl CustomSpecs {
    pub fn find(&self, key: &str) -> Option<&FieldSpec> {
        self.fields.iter().find(|f| f.key == key)
    }

    pub fn in_section<'a>(&'a self, section: &'a str) -> impl Iterator<Item = &'a FieldSpec> {
        self.fields.iter().filter(move |f| f.section == section)
    }
}

/// Why a value was refused.
#[derive(Debug, Clone, PartialEq)]
pub enum Problem {
    Required,
    TooShort(u32),
    TooLong(u32),
    Control,
    NotNumber,
    TooSmall(String),
    TooLarge(String),
    TooEarly(String),
    TooLate(String),
    NotPhone,
    NotChoice,
    Pattern,
    ReadOnly,
    /// A domain type's own message (dates, email addresses, web addresses).
    Said(Text),
}

impl Problem {
    pub fn message(&self, spec: &FieldSpec, lang: Lang) -> String {
        let text = match self {
            Problem::Required => i18n::CUSTOM_REQUIRED,
            Problem::TooShort(n) => return i18n::CUSTOM_TOO_SHORT.count(lang, u64::from(*n)),
            Problem::TooLong(n) => return i18n::CUSTOM_TOO_LONG.count(lang, u64::from(*n)),
            Problem::Control => i18n::CUSTOM_CONTROL,
            Problem::NotNumber => i18n::CUSTOM_NOT_NUMBER,
            Problem::TooSmall(n) => return i18n::CUSTOM_TOO_SMALL.fill(lang, &[n]),
            Problem::TooLarge(n) => return i18n::CUSTOM_TOO_LARGE.fill(lang, &[n]),
            Problem::TooEarly(d) => return i18n::CUSTOM_TOO_EARLY.fill(lang, &[d]),
            Problem::TooLate(d) => return i18n::CUSTOM_TOO_LATE.fill(lang, &[d]),
            Problem::NotPhone => i18n::CUSTOM_NOT_PHONE,
            Problem::NotChoice => i18n::CUSTOM_NOT_CHOICE,
            Problem::Pattern => match &spec.pattern_message {
                Some(message) => return message.clone(),
                None => i18n::CUSTOM_PATTERN,
            },
            Problem::ReadOnly => i18n::CUSTOM_READ_ONLY,
            Problem::Said(text) => *text,
        };
        text.get(lang).to_owned()
    }
}

impl FieldSpec {
    /// The value as it is stored and compared: trimmed; numbers with `.` for decimals; choices
    /// in the declared order, once each.
    pub fn normalize(&self, raw: &str) -> String {
        let value = raw.trim();
        match self.kind {
            Kind::Number => value.replace(',', "."),
            Kind::MultipleChoice => self
                .choices
                .iter()
                .filter(|v| value.split(',').any(|p| p.trim() == *v))
                .map(String::as_str)
                .collect::<Vec<_>>()
                .join(","),
            Kind::Boolean if value == "false" => String::new(),
            _ => value.to_owned(),
        }
    }

    /// A value in words: a choice's label, Yes/No, "Not set".
    pub fn words(&self, value: &str, lang: Lang) -> String {
        let label = |v: &str| {
            let at = self.choices.iter().position(|c| c == v);
            at.and_then(|at| self.choice_labels.get(at))
                .map_or(v.to_owned(), Clone::clone)
        };
        match self.kind {
            Kind::Boolean if value == "true" => i18n::CUSTOM_YES.get(lang).to_owned(),
            Kind::Boolean => i18n::CUSTOM_NO.get(lang).to_owned(),
            _ if value.is_empty() => i18n::NOT_SET.get(lang).to_owned(),
            Kind::SingleChoice | Kind::MultipleChoice => {
                i18n::plural::list(lang, &value.split(',').map(label).collect::<Vec<_>>())
            }
            _ => value.to_owned(),
        }
    }

    /// Checks a value (as typed or posted); empty is allowed unless the field is required.
    pub fn check(&self, raw: &str) -> Result<(), Problem> {
        let value = raw.trim();
        if value.is_empty() || (self.kind == Kind::Boolean && value == "false") {
            return if self.required {
                Err(Problem::Required)
            } else {
                Ok(())
            };
        }
        let multiline = self.kind == Kind::Multiline;
        if value
            .chars()
            .any(|c| c.is_control() && !(multiline && (c == '\n' || c == '\r' || c == '\t')))
        {
            return Err(Problem::Control);
        }
        let chars = value.chars().count() as u32;
        if chars > self.max_len {
            return Err(Problem::TooLong(self.max_len));
        }
        if let Some(min) = self.min_len.filter(|min| chars < *min) {
            return Err(Problem::TooShort(min));
        }
        match self.kind {
            Kind::Number => self.check_number(value)?,
            Kind::Date => self.check_date(value)?,
            Kind::Email => drop(EmailAddress::parse(value).map_err(|i| Problem::Said(i.0))?),
            Kind::Url => drop(Website::parse(value).map_err(|i| Problem::Said(i.0))?),
            Kind::Phone => {
                let digits = value.chars().filter(char::is_ascii_digit).count();
                let allowed = value.char_indices().all(|(i, c)| {
                    c.is_ascii_digit() || " ()-./".contains(c) || (c == '+' && i == 0)
                });
                if !allowed || !(4..=15).contains(&digits) {
                    return Err(Problem::NotPhone);
                }
            }
            Kind::Boolean if value != "true" => return Err(Problem::NotChoice),
            Kind::SingleChoice if !self.choices.iter().any(|v| v == value) => {
                return Err(Problem::NotChoice)
            }
            Kind::MultipleChoice => {
                let parts = value.split(',').map(str::trim);
                if !parts.clone().all(|p| self.choices.iter().any(|v| v == p)) {
                    return Err(Problem::NotChoice);
                }
            }
            Kind::Country if !is_country(value) => return Err(Problem::NotChoice),
            _ => {}
        }
        match &self.pattern {
            Some(pattern) if !matches(pattern, value) => Err(Problem::Pattern),
            _ => Ok(()),
        }
    }

    fn check_number(&self, value: &str) -> Result<(), Problem> {
        let n = decimal(value).ok_or(Problem::NotNumber)?;
        let bound = |b: &Option<String>| b.as_deref().and_then(decimal);
        if let Some(min) = bound(&self.min).filter(|min| n < *min) {
            return Err(Problem::TooSmall(show_decimal(min)));
        }
        if let Some(max) = bound(&self.max).filter(|max| n > *max) {
            return Err(Problem::TooLarge(show_decimal(max)));
        }
        Ok(())
    }

    fn check_date(&self, value: &str) -> Result<(), Problem> {
        Birthdate::parse(value).map_err(|i| Problem::Said(i.0))?;
        // ISO dates order as text.
        if let Some(min) = self.min.as_ref().filter(|min| value < min.as_str()) {
            return Err(Problem::TooEarly(min.clone()));
        }
        if let Some(max) = self.max.as_ref().filter(|max| value > max.as_str()) {
            return Err(Problem::TooLate(max.clone()));
        }
        Ok(())
    }
}

/// Millionths: `-12.5` → `-12_500_000`. Plain decimals only (`,` read as `.`), at most twelve
/// digits before the point and six after: no floating point, so the browser and the server
/// agree to the digit (and the WASM carries no float parser).
pub fn decimal(text: &str) -> Option<i64> {
    let text = text.trim();
    let (negative, digits) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let (whole, fraction) = match digits.split_once(['.', ',']) {
        Some((w, f)) => (w, f),
        None => (digits, ""),
    };
    let plain = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if whole.is_empty()
        || whole.len() > 12
        || fraction.len() > 6
        || !plain(whole)
        || !plain(fraction)
    {
        return None;
    }
    if digits.contains(['.', ',']) && fraction.is_empty() {
        return None;
    }
    let mut n: i64 = 0;
    for b in whole.bytes().chain(fraction.bytes()) {
        n = n * 10 + i64::from(b - b'0');
    }
    for _ in fraction.len()..6 {
        n *= 10;
    }
    Some(if negative { -n } else { n })
}

pub fn show_decimal(millionths: i64) -> String {
    let sign = if millionths < 0 { "-" } else { "" };
    let n = millionths.unsigned_abs();
    let (whole, fraction) = (n / 1_000_000, n % 1_000_000);
    if fraction == 0 {
        return format!("{sign}{whole}");
    }
    let fraction = format!("{fraction:06}");
    format!("{sign}{whole}.{}", fraction.trim_end_matches('0'))
}

/// The same rule on both sides: the browser's own `RegExp` (no regex engine in the WASM), the
/// `regex` crate on the server; the declaration is refused at start if `regex` cannot read it.
#[cfg(feature = "hydrate")]
fn matches(pattern: &str, value: &str) -> bool {
    js_sys::RegExp::new(&format!("^(?:{pattern})$"), "u").test(value)
}

#[cfg(all(feature = "ssr", not(feature = "hydrate")))]
fn matches(pattern: &str, value: &str) -> bool {
    super::patterns::matches(pattern, value)
}

#[cfg(not(any(feature = "ssr", feature = "hydrate")))]
fn matches(_pattern: &str, _value: &str) -> bool {
    true
}

/// The browser only ever offers the server's own list, so only the server checks it (the list
/// stays out of the WASM).
#[cfg(feature = "hydrate")]
fn is_country(_code: &str) -> bool {
    true
}

#[cfg(all(feature = "ssr", not(feature = "hydrate")))]
fn is_country(code: &str) -> bool {
    crate::domain::REGIONS.iter().any(|(c, _)| *c == code)
}

#[cfg(not(any(feature = "ssr", feature = "hydrate")))]
fn is_country(_code: &str) -> bool {
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    pub fn spec(kind: Kind) -> FieldSpec {
        FieldSpec {
            key: "k".into(),
            label: "K".into(),
            help: None,
            kind,
            section: "personal".into(),
            required: false,
            min_len: None,
            max_len: kind.default_max_len(),
            min: None,
            max: None,
            pattern: None,
            pattern_message: None,
            choices: vec!["a".into(), "b".into()],
            choice_labels: vec!["A".into(), "B".into()],
            autocomplete: None,
            editable: true,
            sensitive: false,
        }
    }

    #[test]
    fn decimals_without_floating_point() {
        assert_eq!(decimal("12.5"), Some(12_500_000));
        assert_eq!(decimal("-0,25"), Some(-250_000));
        assert_eq!(decimal("7"), Some(7_000_000));
        for bad in [
            "",
            "-",
            "1.",
            ".5",
            "1e3",
            "1.2345678",
            "0x10",
            "1 000",
            "NaN",
        ] {
            assert_eq!(decimal(bad), None, "{bad}");
        }
        assert_eq!(show_decimal(12_500_000), "12.5");
        assert_eq!(show_decimal(-7_000_000), "-7");
    }

    #[test]
    fn each_kind_checks_its_values() {
        let mut number = spec(Kind::Number);
        number.min = Some("0".into());
        number.max = Some("150".into());
        assert_eq!(number.check("151"), Err(Problem::TooLarge("150".into())));
        assert_eq!(number.check("-1"), Err(Problem::TooSmall("0".into())));
        assert_eq!(number.check("4,5"), Ok(()));
        assert_eq!(number.check("four"), Err(Problem::NotNumber));

        let mut date = spec(Kind::Date);
        date.max = Some("2026-11-30".into());
        assert!(date.check("2026-12-01").is_err());
        assert!(date.check("1990-02-30").is_err());
        assert_eq!(date.check("1990-04-23"), Ok(()));

        let choice = spec(Kind::SingleChoice);
        assert_eq!(choice.check("a"), Ok(()));
        assert_eq!(choice.check("c"), Err(Problem::NotChoice));
        let many = spec(Kind::MultipleChoice);
        assert_eq!(many.check("b,a"), Ok(()));
        assert_eq!(many.normalize("b, a,a"), "a,b");
        assert_eq!(many.check("a,z"), Err(Problem::NotChoice));

        let phone = spec(Kind::Phone);
        assert_eq!(phone.check("+31 (0)20 123-4567"), Ok(()));
        assert_eq!(phone.check("call me"), Err(Problem::NotPhone));
        assert_eq!(phone.check("12+3"), Err(Problem::NotPhone));

        let boolean = spec(Kind::Boolean);
        assert_eq!(boolean.check("true"), Ok(()));
        assert_eq!(boolean.check("yes"), Err(Problem::NotChoice));
        assert_eq!(boolean.normalize("false"), "");

        assert_eq!(spec(Kind::Country).check("NL"), Ok(()));
        assert_eq!(spec(Kind::Country).check("XX"), Err(Problem::NotChoice));
        assert!(spec(Kind::Email).check("not-an-address").is_err());
        assert!(spec(Kind::Url).check("javascript:alert(1)").is_err());
    }

    #[test]
    fn lengths_lines_and_required() {
        let mut text = spec(Kind::Text);
        text.required = true;
        text.min_len = Some(3);
        assert_eq!(text.check("  "), Err(Problem::Required));
        assert_eq!(text.check("ab"), Err(Problem::TooShort(3)));
        assert_eq!(text.check("a\nb c"), Err(Problem::Control));
        assert_eq!(text.check(&"x".repeat(257)), Err(Problem::TooLong(256)));
        let lines = spec(Kind::Multiline);
        assert_eq!(lines.check("1 Main St\nSpringfield"), Ok(()));
        assert_eq!(lines.check("a\u{7}"), Err(Problem::Control));
    }

    #[test]
    fn patterns_and_their_messages() {
        let mut text = spec(Kind::Text);
        text.pattern = Some("[A-Z]{2}[0-9]{4}".into());
        assert_eq!(text.check("AB1234"), Ok(()));
        assert_eq!(text.check("AB12345"), Err(Problem::Pattern));
        assert_eq!(
            Problem::Pattern.message(&text, Lang::De),
            i18n::CUSTOM_PATTERN.get(Lang::De)
        );
        text.pattern_message = Some("Two letters, four digits.".into());
        assert_eq!(
            Problem::Pattern.message(&text, Lang::En),
            "Two letters, four digits."
        );
    }
}
