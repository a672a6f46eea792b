//! What the sessions page shows.

use leptos::prelude::*;
use leptos::server_fn::codec::Json;
use serde::{Deserialize, Serialize};

use crate::error::AppError;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SessionsState {
    /// A fresh proof of identity covers signing sessions out now.
    pub proved: bool,
    /// This app's sessions of the user, oldest sign-in first.
    pub sessions: Vec<AppSessionRow>,
    /// Logto's sessions of the user; `None` where Logto does not list them (1.37).
    pub logto: Option<Vec<LogtoSessionRow>>,
}

/// One session of this app, in words for the page (never its id: that is its cookie).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AppSessionRow {
    /// Names the session in a sign-out form (`auth::session_handle`).
    pub handle: String,
    /// "Chrome on Linux".
    pub device: String,
    pub ip: Option<String>,
    /// "5 min ago".
    pub signed_in: String,
    pub active: Option<String>,
    pub current: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LogtoSessionRow {
    pub handle: String,
    pub signed_in: Option<String>,
    /// Signed in more than [`super::STALE_DAYS`] days ago.
    pub stale: bool,
    /// How many apps hold a grant through it.
    pub apps: usize,
    pub current: bool,
}

#[server(prefix = "/api", endpoint = "security/sessions", input = Json)]
pub async fn sessions_view() -> Result<SessionsState, AppError> {
    crate::server::error::run(async {
        let ctx = crate::server::context::RequestCtx::get().await?;
        super::service::view(&ctx).await
    })
    .await
}
