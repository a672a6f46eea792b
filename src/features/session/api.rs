use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::error::AppError;
use crate::i18n::{self, Lang};

/// Who is signed in, as the header shows it (from the session's cached claims).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SessionUser {
    pub name: Option<String>,
    pub username: Option<String>,
    /// Only an http(s) URL; anything else is dropped before it reaches a page.
    pub picture: Option<String>,
    /// Shown under the name, so a changed address is seen at once.
    pub email: Option<String>,
}

impl SessionUser {
    pub fn display_name(&self, lang: Lang) -> String {
        self.name
            .clone()
            .filter(|n| !n.trim().is_empty())
            .or_else(|| self.username.clone())
            .unwrap_or_else(|| i18n::YOUR_ACCOUNT.get(lang).to_owned())
    }

    /// One or two letters for the avatar placeholder.
    pub fn initials(&self) -> String {
        self.initial_letters().to_uppercase()
    }

    /// The first letters of up to two words of the display name, in their own case.
    pub fn initial_letters(&self) -> String {
        self.display_name(Lang::En)
            .split_whitespace()
            .take(2)
            .filter_map(|w| w.chars().next())
            .collect()
    }
}

/// The signed-in user, or `None`.
#[server(prefix = "/api", endpoint = "me")]
pub async fn current_user() -> Result<Option<SessionUser>, AppError> {
    crate::server::error::run(super::service::session_user()).await
}

#[cfg(test)]
mod tests {
    use super::{Lang, SessionUser};

    #[test]
    fn initials_come_from_the_display_name() {
        let user = |name: Option<&str>, username: Option<&str>| SessionUser {
            email: None,
            name: name.map(String::from),
            username: username.map(String::from),
            picture: None,
        };
        assert_eq!(user(Some("élodie van Dam"), None).initials(), "ÉV");
        assert_eq!(user(Some("élodie van Dam"), None).initial_letters(), "év");
        assert_eq!(
            user(Some("  "), Some("demo")).display_name(Lang::En),
            "demo"
        );
        assert_eq!(user(None, None).initials(), "YA");
    }
}
