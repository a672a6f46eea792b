//! What the data page shows.

use leptos::prelude::*;
use leptos::server_fn::codec::Json;
use serde::{Deserialize, Serialize};

use crate::error::AppError;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AccountState {
    /// A fresh proof of identity covers deleting the account now.
    pub proved: bool,
    /// What the user types to confirm the deletion: their username, else their email.
    pub confirm_with: Option<String>,
    /// One page of the activity log, newest first.
    pub activity: Vec<ActivityRow>,
    /// The page shown (1 is the newest), and whether older entries follow.
    pub page: u32,
    pub more: bool,
    /// How long entries are kept.
    pub keep_days: u64,
    /// The organisations the user belongs to, by name.
    pub organizations: Vec<OrgRow>,
}

/// An organisation the user belongs to, with their roles there.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OrgRow {
    pub name: String,
    pub description: Option<String>,
    pub roles: Vec<String>,
}

/// An account change, in words for the page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ActivityRow {
    /// "Profile saved: Full name, Given name".
    pub what: String,
    /// "5 min ago".
    pub when: String,
    /// `2026-11-30T14:05Z`, for `<time datetime>`.
    pub at: String,
    /// "Firefox on Linux · IP address 127.0.0.1".
    pub from: String,
    /// Made from the session in use.
    pub here: bool,
}

#[server(prefix = "/api", endpoint = "account/view", input = Json)]
pub async fn account_view(page: u32) -> Result<AccountState, AppError> {
    crate::server::error::run(async {
        let ctx = crate::server::context::RequestCtx::get().await?;
        super::service::view(&ctx, page).await
    })
    .await
}
