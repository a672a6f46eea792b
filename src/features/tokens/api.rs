//! What the tokens page shows, and the two things a user chooses for a new token.

use leptos::prelude::*;
use leptos::server_fn::codec::Json;
use serde::{Deserialize, Serialize};

use crate::domain::Invalid;
use crate::error::AppError;
use crate::i18n;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TokensState {
    /// A fresh proof of identity covers creating and deleting now.
    pub proved: bool,
    /// Newest first.
    pub tokens: Vec<TokenRow>,
    /// No more can be made until one is deleted.
    pub full: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TokenRow {
    pub name: String,
    /// "3 days ago".
    pub created: String,
    /// `2027-01-04` (UTC), or `None` for never.
    pub expires: Option<String>,
    pub expired: bool,
}

/// A token's name: what it is for, 1–64 characters on one line, unique per user (Logto checks
/// that).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TokenName(String);

pub const TOKEN_NAME_MAX: usize = 64;

impl TokenName {
    pub fn parse(input: &str) -> Result<TokenName, Invalid> {
        let s = input.trim();
        if s.is_empty() || s.chars().count() > TOKEN_NAME_MAX || s.chars().any(char::is_control) {
            return Err(Invalid(i18n::TOKENS_NAME_INVALID));
        }
        Ok(TokenName(s.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// When a new token expires: one of a few choices, so nobody makes a never-ending token by a
/// typo.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenExpiry {
    Days(u16),
    Never,
}

impl TokenExpiry {
    /// The choices, in the form's order; the first is the default.
    pub const CHOICES: [TokenExpiry; 5] = [
        TokenExpiry::Days(30),
        TokenExpiry::Days(7),
        TokenExpiry::Days(90),
        TokenExpiry::Days(365),
        TokenExpiry::Never,
    ];

    pub fn parse(input: &str) -> Result<TokenExpiry, Invalid> {
        TokenExpiry::CHOICES
            .into_iter()
            .find(|c| c.value() == input.trim())
            .ok_or(Invalid(i18n::TOKENS_EXPIRY_INVALID))
    }

    /// The form value: `30`, `never`.
    pub fn value(self) -> String {
        match self {
            TokenExpiry::Days(days) => days.to_string(),
            TokenExpiry::Never => "never".to_owned(),
        }
    }

    /// Milliseconds since the epoch at which a token made at `now_ms` expires.
    pub fn at(self, now_ms: i64) -> Option<i64> {
        match self {
            TokenExpiry::Days(days) => Some(now_ms + i64::from(days) * 86_400_000),
            TokenExpiry::Never => None,
        }
    }
}

#[server(prefix = "/api", endpoint = "tokens/view", input = Json)]
pub async fn tokens_view() -> Result<TokensState, AppError> {
    crate::server::error::run(async {
        let ctx = crate::server::context::RequestCtx::get().await?;
        super::service::view(&ctx).await
    })
    .await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_one_line_of_1_to_64_characters() {
        assert_eq!(
            TokenName::parse("  Backup script ").unwrap().as_str(),
            "Backup script"
        );
        assert!(TokenName::parse("   ").is_err());
        assert!(TokenName::parse(&"ü".repeat(64)).is_ok());
        assert!(TokenName::parse(&"ü".repeat(65)).is_err());
        assert!(TokenName::parse("two\nlines").is_err());
    }

    #[test]
    fn only_the_offered_expiries_are_taken() {
        assert_eq!(TokenExpiry::parse("30"), Ok(TokenExpiry::Days(30)));
        assert_eq!(TokenExpiry::parse("never"), Ok(TokenExpiry::Never));
        assert!(TokenExpiry::parse("31").is_err());
        assert!(TokenExpiry::parse("").is_err());
        assert_eq!(TokenExpiry::Days(7).at(1_000), Some(1_000 + 7 * 86_400_000));
        assert_eq!(TokenExpiry::Never.at(1_000), None);
    }
}
