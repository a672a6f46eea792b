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
}

#[server(prefix = "/api", endpoint = "account/view", input = Json)]
pub async fn account_view() -> Result<AccountState, AppError> {
    crate::server::error::run(async {
        let ctx = crate::server::context::RequestCtx::get().await?;
        super::service::view(&ctx).await
    })
    .await
}
