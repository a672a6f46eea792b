//! What the page shows of a link: nothing but the change it is about, and whether an email
//! address will be put back.

use leptos::prelude::*;
use leptos::server_fn::codec::Json;
use serde::{Deserialize, Serialize};

use crate::error::AppError;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum LinkState {
    /// Not sealed by this app, altered, expired, or already used.
    Invalid,
    Valid {
        /// The change, in words.
        what: String,
        /// The address an email change will be put back to.
        restore_email: Option<String>,
    },
}

#[server(prefix = "/api", endpoint = "not-me/view", input = Json)]
pub async fn not_me_view(token: String) -> Result<LinkState, AppError> {
    crate::server::error::run(super::service::view(token)).await
}
