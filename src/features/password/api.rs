//! The password page's server functions (the user is always the session's).

use leptos::prelude::*;
use leptos::server_fn::codec::Json;
use serde::{Deserialize, Serialize};

use super::rules::Policy;
use crate::error::AppError;

/// What the page needs to choose its form.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PasswordState {
    pub has_password: bool,
    /// The current password is not asked for: a fresh proof (or, for a first password on an
    /// account without email or phone, a sign-in with credentials just now) covers the change.
    pub proved: bool,
    /// The account has an email or phone a code can prove it with.
    pub has_address: bool,
    pub policy: Policy,
    /// The user's own words the new password must not contain (lowercase).
    pub user_words: Vec<String>,
}

/// Which other sessions a change signed out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum OthersEnded {
    None,
    /// This app's sessions; the Logto in use cannot list its own (1.37).
    AppOnly,
    /// This app's sessions and the user's other Logto sessions.
    All,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Changed {
    /// A first password (rather than a changed one).
    pub first: bool,
    pub others: OthersEnded,
    /// Logto could not reach its breach list; the other rules were applied.
    pub breach_unchecked: bool,
}

impl Changed {
    /// The page that tells the user it is done (post/redirect/get).
    pub fn done_href(&self) -> String {
        let mut href = format!(
            "{}?done={}",
            super::PASSWORD_PATH,
            if self.first { "set" } else { "changed" }
        );
        match self.others {
            OthersEnded::None => {}
            OthersEnded::AppOnly => href.push_str("&others=app"),
            OthersEnded::All => href.push_str("&others=all"),
        }
        if self.breach_unchecked {
            href.push_str("&breach=unchecked");
        }
        href
    }
}

#[server(prefix = "/api", endpoint = "password/view", input = Json)]
pub async fn password_view() -> Result<PasswordState, AppError> {
    crate::server::error::run(async {
        let ctx = crate::server::context::RequestCtx::get().await?;
        super::service::view(&ctx).await
    })
    .await
}
