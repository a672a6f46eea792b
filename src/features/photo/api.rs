//! What the photo page shows.

use leptos::prelude::*;
use leptos::server_fn::codec::Json;
use serde::{Deserialize, Serialize};

use crate::error::AppError;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PhotoState {
    /// The photo now (Logto's `avatar`), if any.
    pub current: Option<String>,
    /// "DD", shown where there is no photo.
    pub initials: String,
}

#[server(prefix = "/api", endpoint = "photo/view", input = Json)]
pub async fn photo_view() -> Result<PhotoState, AppError> {
    crate::server::error::run(async {
        let ctx = crate::server::context::RequestCtx::get().await?;
        super::service::view(&ctx).await
    })
    .await
}
