//! What the section shows, and the calls its script makes.

use leptos::prelude::*;
use leptos::server_fn::codec::Json;
use serde::{Deserialize, Serialize};

use crate::error::AppError;

/// Whether Logto lets this app add passkeys for its users.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum PasskeyAdding {
    Ready,
    /// What Logto's administrator must switch on first, every part at once.
    Blocked(Vec<Blocker>),
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Blocker {
    /// The Account Center is off: Logto answers no Account API call.
    AccountCenter,
    /// Passkeys (1.42; MFA on 1.37) are not editable in the Account Center.
    Field,
    /// Passkeys are not among the sign-in experience's second steps.
    Factor,
    /// This app's origin is not among the Account Center's WebAuthn related origins.
    Origin(String),
}

/// Proves the password to Logto and answers the passkey's creation options
/// (`PublicKeyCredentialCreationOptionsJSON`) for the browser.
#[server(prefix = "/api", endpoint = "passkey/start", input = Json)]
pub async fn passkey_start(password: String) -> Result<serde_json::Value, AppError> {
    crate::server::error::run(async {
        let ctx = crate::server::context::RequestCtx::get().await?;
        super::service::start(&ctx, &password).await
    })
    .await
}

/// Hands Logto what the browser made (`PublicKeyCredential.toJSON()`) and binds the passkey.
#[server(prefix = "/api", endpoint = "passkey/finish", input = Json)]
pub async fn passkey_finish(credential: serde_json::Value, name: String) -> Result<(), AppError> {
    crate::server::error::run(async {
        let ctx = crate::server::context::RequestCtx::get().await?;
        super::service::finish(&ctx, credential, &name).await
    })
    .await
}
