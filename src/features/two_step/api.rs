//! What the two-step pages show.

use leptos::prelude::*;
use leptos::server_fn::codec::Json;
use serde::{Deserialize, Serialize};

use crate::error::AppError;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TwoStepState {
    pub factors: Vec<FactorRow>,
    /// A fresh proof of identity covers changes now.
    pub proved: bool,
    /// An authenticator app whose setup was started in this session and not finished.
    pub totp_pending: bool,
    /// Whether Logto's sign-in asks for a second step, and whether the user may choose.
    pub at_sign_in: AtSignIn,
    /// Whether Logto lets this app add passkeys.
    pub passkey: crate::features::passkey::PasskeyAdding,
}

/// How Logto's sign-in treats the user's second steps.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub enum AtSignIn {
    /// The sign-in accepts no kind of second step (none is set up in Logto's sign-in experience).
    NotAsked,
    /// The user has no second step sign-in accepts.
    NothingToAsk,
    /// The policy asks every time: the user's switch is ignored.
    Always,
    /// Adaptive MFA: Logto asks when a sign-in looks unusual.
    ByRisk,
    /// The user's choice.
    Choice { ask: bool },
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FactorRow {
    /// Logto's id: names the factor in the remove form (checked against the user's own).
    pub id: String,
    /// `Totp`, `BackupCode` or `WebAuthn`.
    pub kind: String,
    /// `2026-11-30`.
    pub added: String,
    /// A passkey's browser, or how many backup codes are left, in words.
    pub detail: Option<String>,
}

/// The authenticator app being set up: what the user scans or types.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TotpSetup {
    /// An SVG QR code of the `otpauth://` URI, drawn by the server.
    pub qr_svg: String,
    /// The base32 key in groups of four, for typing.
    pub key_groups: Vec<String>,
    /// It replaces the authenticator app the user has.
    pub replacing: bool,
}

#[server(prefix = "/api", endpoint = "two-step/view", input = Json)]
pub async fn two_step_view() -> Result<TwoStepState, AppError> {
    crate::server::error::run(async {
        let ctx = crate::server::context::RequestCtx::get().await?;
        super::service::view(&ctx).await
    })
    .await
}

/// `None` when no setup is under way in this session.
#[server(prefix = "/api", endpoint = "two-step/totp", input = Json)]
pub async fn totp_view() -> Result<Option<TotpSetup>, AppError> {
    crate::server::error::run(async {
        let ctx = crate::server::context::RequestCtx::get().await?;
        super::service::totp_setup(&ctx).await
    })
    .await
}

/// The codes just made, once: taken from the session as they are shown.
#[server(prefix = "/api", endpoint = "two-step/backup-codes", input = Json)]
pub async fn backup_codes_view() -> Result<Option<Vec<String>>, AppError> {
    crate::server::error::run(async {
        let ctx = crate::server::context::RequestCtx::get().await?;
        super::service::take_backup_codes(&ctx).await
    })
    .await
}
