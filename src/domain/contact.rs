//! Addresses a user signs in with and receives codes at.

use super::Invalid;
use crate::i18n;

/// An email address as Logto accepts one: something before an `@`, a domain with a dot inside
/// after it, no spaces or control characters, at most 128 characters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EmailAddress(String);

impl EmailAddress {
    pub fn parse(input: &str) -> Result<EmailAddress, Invalid> {
        const BAD: Invalid = Invalid(i18n::INVALID_EMAIL);
        let s = input.trim();
        if s.is_empty() || s.chars().count() > 128 {
            return Err(BAD);
        }
        if s.chars().any(|c| c.is_whitespace() || c.is_control()) {
            return Err(BAD);
        }
        let (local, domain) = s.rsplit_once('@').ok_or(BAD)?;
        let dotted = domain.split_once('.').is_some_and(|(name, rest)| {
            !name.is_empty() && !rest.is_empty() && !rest.ends_with('.')
        });
        if local.is_empty() || !dotted {
            return Err(BAD);
        }
        Ok(EmailAddress(s.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails_are_checked_like_logto_checks_them() {
        assert_eq!(
            EmailAddress::parse(" dana@example.com ").unwrap().as_str(),
            "dana@example.com"
        );
        for bad in [
            "",
            "dana",
            "dana@",
            "@example.com",
            "da na@example.com",
            "dana@example",
            "dana@.com",
            "dana@example.",
        ] {
            assert!(EmailAddress::parse(bad).is_err(), "{bad}");
        }
    }
}
