//! What the security page shows.

use leptos::prelude::*;
use leptos::server_fn::codec::Json;
use serde::{Deserialize, Serialize};

use crate::error::AppError;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SecurityState {
    pub has_password: bool,
    pub email: Option<String>,
    /// As people read it: `+44 20 7946 0958`.
    pub phone: Option<String>,
    /// A fresh proof of identity covers unlinking now.
    pub proved: bool,
    /// Linked social accounts.
    pub identities: Vec<IdentityRow>,
    /// What protects the account, point by point.
    pub checkup: Vec<CheckPoint>,
}

/// One point of the security check-up, in the user's words.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CheckPoint {
    pub status: CheckStatus,
    /// "Two-step verification".
    pub title: String,
    /// "On: authenticator app" / "Off".
    pub detail: String,
    /// The fix (or the place to review it), a click away.
    pub href: String,
    pub action: String,
}

/// Points done and points scored.
pub fn score(points: &[CheckPoint]) -> (usize, usize) {
    let good = points
        .iter()
        .filter(|p| p.status == CheckStatus::Good)
        .count();
    let fix = points
        .iter()
        .filter(|p| p.status == CheckStatus::Fix)
        .count();
    (good, good + fix)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum CheckStatus {
    /// Done: counts towards the score.
    Good,
    /// Worth fixing: counts against the score.
    Fix,
    /// Worth a look, not scored (it depends on how the user signs in).
    Info,
}

/// A linked social account.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct IdentityRow {
    /// Logto's connector target (`github`): names it in the unlink form.
    pub target: String,
    /// "GitHub".
    pub provider: String,
    /// The account's name or email there, as the connector reported it.
    pub account: Option<String>,
    /// False when it is the user's only way to sign in.
    pub can_unlink: bool,
}

#[server(prefix = "/api", endpoint = "security/view", input = Json)]
pub async fn security_view() -> Result<SecurityState, AppError> {
    crate::server::error::run(async {
        let ctx = crate::server::context::RequestCtx::get().await?;
        super::service::view(&ctx).await
    })
    .await
}
