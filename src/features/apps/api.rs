//! What the apps page shows.

use leptos::prelude::*;
use leptos::server_fn::codec::Json;
use serde::{Deserialize, Serialize};

use crate::error::AppError;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AppsState {
    /// A fresh proof of identity covers revoking now.
    pub proved: bool,
    /// The authorised apps, most recent first; `None` where Logto does not list them (1.37).
    pub apps: Option<Vec<AppRow>>,
}

/// One authorised app (all its grants: one per browser it was used in).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AppRow {
    /// Names the app in the revoke form.
    pub handle: String,
    pub name: String,
    /// An `https:` logo, where the app has one.
    pub logo: Option<String>,
    pub third_party: bool,
    /// "3 days ago": the first authorisation.
    pub since: String,
    /// This account page itself (signing out is how its access ends).
    pub this_app: bool,
}

#[server(prefix = "/api", endpoint = "apps/view", input = Json)]
pub async fn apps_view() -> Result<AppsState, AppError> {
    crate::server::error::run(async {
        let ctx = crate::server::context::RequestCtx::get().await?;
        super::service::view(&ctx).await
    })
    .await
}
