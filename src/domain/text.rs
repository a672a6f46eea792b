use super::Invalid;
use crate::i18n;

const SHORT_MAX: usize = 128;
const URL_MAX: usize = 2048;
const CLAIM_MAX: usize = 256;

/// A Logto username: `^[A-Z_a-z]\w*$`, at most 128 characters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Username(String);

impl Username {
    pub fn parse(input: &str) -> Result<Username, Invalid> {
        let s = input.trim();
        if s.is_empty() {
            return Err(Invalid(i18n::INVALID_USERNAME_EMPTY));
        }
        if s.chars().count() > SHORT_MAX {
            return Err(Invalid(i18n::INVALID_MAX_128));
        }
        let mut chars = s.chars();
        let first_ok = chars
            .next()
            .is_some_and(|c| c.is_ascii_alphabetic() || c == '_');
        if !first_ok {
            return Err(Invalid(i18n::INVALID_USERNAME_START));
        }
        if !chars.all(|c| c.is_ascii_alphanumeric() || c == '_') {
            return Err(Invalid(i18n::INVALID_USERNAME_CHARS));
        }
        Ok(Username(s.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The name shown to others; at most 128 characters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DisplayName(String);

impl DisplayName {
    pub fn parse(input: &str) -> Result<DisplayName, Invalid> {
        let s = input.trim();
        if s.chars().count() > SHORT_MAX {
            return Err(Invalid(i18n::INVALID_MAX_128));
        }
        if s.chars().any(char::is_control) {
            return Err(Invalid(i18n::INVALID_SINGLE_LINE));
        }
        Ok(DisplayName(s.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// An http(s) URL without spaces, with a host. Anything else is never used as a link or image.
fn http_url(input: &str, max: usize) -> Result<String, Invalid> {
    let s = input.trim();
    if s.chars().count() > max {
        return Err(Invalid(i18n::INVALID_URL_LONG));
    }
    let rest = s
        .strip_prefix("https://")
        .or_else(|| s.strip_prefix("http://"))
        .ok_or(Invalid(i18n::INVALID_URL_SCHEME))?;
    let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
    let host_ok = !host.is_empty()
        && !host.starts_with('@')
        && host
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-.:[]@_%".contains(c));
    if !host_ok
        || s.chars()
            .any(|c| c.is_whitespace() || c.is_control() || c == '"' || c == '<' || c == '>')
    {
        return Err(Invalid(i18n::INVALID_URL));
    }
    Ok(s.to_owned())
}

/// The avatar: an http(s) image URL, at most 2048 characters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AvatarUrl(String);

impl AvatarUrl {
    pub fn parse(input: &str) -> Result<AvatarUrl, Invalid> {
        http_url(input, URL_MAX).map(AvatarUrl)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A personal website: an http(s) URL.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Website(String);

impl Website {
    pub fn parse(input: &str) -> Result<Website, Invalid> {
        http_url(input, URL_MAX).map(Website)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A birthdate as `YYYY-MM-DD`, a real calendar day, not in the future's far side.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Birthdate(String);

impl Birthdate {
    pub fn parse(input: &str) -> Result<Birthdate, Invalid> {
        let s = input.trim();
        let bad = Invalid(i18n::INVALID_DATE);
        let parts: Vec<&str> = s.split('-').collect();
        let [y, m, d] = parts.as_slice() else {
            return Err(bad);
        };
        if y.len() != 4 || m.len() != 2 || d.len() != 2 {
            return Err(bad);
        }
        let (Ok(y), Ok(m), Ok(d)) = (y.parse::<u32>(), m.parse::<u32>(), d.parse::<u32>()) else {
            return Err(bad);
        };
        let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
        let days = match m {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => return Err(bad),
        };
        if !(1..=days).contains(&d) {
            return Err(Invalid(i18n::INVALID_DAY));
        }
        if !(1900..=2100).contains(&y) {
            return Err(Invalid(i18n::INVALID_YEAR));
        }
        Ok(Birthdate(s.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Free text for a profile claim: trimmed, single line, at most 256 characters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OptionalText(String);

impl OptionalText {
    pub fn parse(input: &str) -> Result<OptionalText, Invalid> {
        let s = input.trim();
        if s.chars().count() > CLAIM_MAX {
            return Err(Invalid(i18n::INVALID_MAX_256));
        }
        if s.chars().any(char::is_control) {
            return Err(Invalid(i18n::INVALID_SINGLE_LINE));
        }
        Ok(OptionalText(s.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn usernames_follow_logto_rules() {
        assert_eq!(Username::parse(" dana_1 ").unwrap().as_str(), "dana_1");
        assert!(Username::parse("_x").is_ok());
        assert_eq!(
            Username::parse("1dana")
                .unwrap_err()
                .0
                .get(crate::i18n::Lang::En),
            "Start with a letter or an underscore."
        );
        assert!(Username::parse("da na").is_err());
        assert!(Username::parse("dané").is_err());
        assert!(Username::parse(&"a".repeat(129)).is_err());
        assert!(Username::parse("").is_err());
    }

    #[test]
    fn urls_must_be_http_with_a_host() {
        assert!(AvatarUrl::parse("https://example.com/a.png").is_ok());
        assert!(AvatarUrl::parse("http://127.0.0.1:8080/x").is_ok());
        for bad in [
            "javascript:alert(1)",
            "data:image/png;base64,AA",
            "https://",
            "ftp://x",
            "https://a b",
            "//x.y",
        ] {
            assert!(AvatarUrl::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn birthdates_are_real_days() {
        assert!(Birthdate::parse("2000-02-29").is_ok());
        assert!(Birthdate::parse("1900-02-29").is_err());
        assert!(Birthdate::parse("1990-13-01").is_err());
        assert!(Birthdate::parse("1990-4-1").is_err());
    }

    #[test]
    fn names_are_bounded_single_lines() {
        assert_eq!(
            DisplayName::parse("  Ann Lee ").unwrap().as_str(),
            "Ann Lee"
        );
        assert!(DisplayName::parse("a\nb").is_err());
        assert!(DisplayName::parse(&"x".repeat(129)).is_err());
        assert!(OptionalText::parse(&"x".repeat(256)).is_ok());
    }
}
