//! What the confirm page shows.

use leptos::prelude::*;
use leptos::server_fn::codec::Json;
use serde::{Deserialize, Serialize};

use super::Channel;
use crate::error::AppError;

/// The user's ways to prove who they are; addresses masked (`d***@example.com`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ConfirmOptions {
    pub has_password: bool,
    pub email: Option<String>,
    pub phone: Option<String>,
    /// A code on its way, if one was sent in this session.
    pub sent: Option<Sent>,
    /// The embedded emulator's mailbox, where development codes arrive (never with a real Logto).
    pub mailbox: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Sent {
    pub channel: Channel,
    /// Masked.
    pub to: String,
    /// Seconds until another code may be asked for.
    pub resend_in: u64,
}

#[server(prefix = "/api", endpoint = "confirm/view", input = Json)]
pub async fn confirm_view() -> Result<ConfirmOptions, AppError> {
    use crate::server::{context::RequestCtx, error::run};
    run(async {
        let ctx = RequestCtx::get().await?;
        super::service::view(&ctx).await
    })
    .await
}
