//! What the email and phone pages show.

use leptos::prelude::*;
use leptos::server_fn::codec::Json;
use serde::{Deserialize, Serialize};

use crate::error::AppError;
use crate::features::confirm::Channel;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ContactState {
    /// The user's own current address (shown in full to its owner).
    pub current: Option<String>,
    /// A fresh proof of identity covers a change now.
    pub proved: bool,
    /// A new address waiting for its code.
    pub pending: Option<Pending>,
    /// The embedded emulator's mailbox, where development codes arrive (never with a real Logto).
    pub mailbox: Option<String>,
    /// Phone only: the countries a number may be typed for, and the one preselected.
    pub regions: Vec<RegionChoice>,
    pub region: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RegionChoice {
    /// ISO 3166 code: `US`.
    pub code: String,
    /// In the interface language, with the calling code: "United States (+1)".
    pub label: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Pending {
    pub to: String,
    /// Seconds until another code may be asked for.
    pub resend_in: u64,
}

#[server(prefix = "/api", endpoint = "contact/view", input = Json)]
pub async fn contact_view(channel: Channel) -> Result<ContactState, AppError> {
    crate::server::error::run(async {
        let ctx = crate::server::context::RequestCtx::get().await?;
        super::service::view(&ctx, channel).await
    })
    .await
}
