//! Logto's data shapes: camelCase JSON, timestamps in epoch milliseconds.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

pub type Object = Map<String, Value>;

/// A user as stored. `passwordDigest` never leaves the emulator except in this file.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct User {
    pub id: String,
    pub username: Option<String>,
    pub primary_email: Option<String>,
    pub primary_phone: Option<String>,
    pub name: Option<String>,
    pub avatar: Option<String>,
    pub custom_data: Object,
    pub identities: Object,
    pub profile: Object,
    pub application_id: Option<String>,
    pub is_suspended: bool,
    pub last_sign_in_at: Option<i64>,
    pub created_at: i64,
    pub updated_at: i64,
    pub password_digest: Option<String>,
    #[serde(default)]
    pub password_updated_at: Option<i64>,
    #[serde(default)]
    pub mfa_verifications: Vec<MfaVerification>,
}

/// A second factor as Logto stores it in `users.mfa_verifications`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MfaVerification {
    pub id: String,
    pub created_at: i64,
    pub factor: MfaFactor,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum MfaFactor {
    Totp {
        secret: String,
    },
    BackupCode {
        codes: Vec<BackupCode>,
    },
    /// Passkeys: made through Logto's own pages only (WebAuthn binds them to its origin), so here
    /// they come from a seed.
    WebAuthn {
        agent: String,
    },
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct BackupCode {
    pub code: String,
    pub used_at: Option<i64>,
}

impl MfaVerification {
    /// Logto's `transpileUserMfaVerifications`: no secrets, an ISO date, counts for code sets.
    pub fn to_api(&self) -> Value {
        let mut v = serde_json::json!({
            "id": self.id,
            "createdAt": crate::html::iso(self.created_at),
        });
        match &self.factor {
            MfaFactor::Totp { .. } => v["type"] = "Totp".into(),
            MfaFactor::BackupCode { codes } => {
                v["type"] = "BackupCode".into();
                v["remainCodes"] = codes.iter().filter(|c| c.used_at.is_none()).count().into();
            }
            MfaFactor::WebAuthn { agent } => {
                v["type"] = "WebAuthn".into();
                v["agent"] = agent.as_str().into();
            }
        }
        v
    }
}

impl User {
    /// The Management API view of a user (`userInfoSelectFields` + `hasPassword`).
    pub fn to_api(&self) -> Value {
        serde_json::json!({
            "id": self.id,
            "username": self.username,
            "primaryEmail": self.primary_email,
            "primaryPhone": self.primary_phone,
            "name": self.name,
            "avatar": self.avatar,
            "customData": self.custom_data,
            "identities": self.identities,
            "profile": self.profile,
            "applicationId": self.application_id,
            "cimdClientId": Value::Null,
            "isSuspended": self.is_suspended,
            "hasPassword": self.password_digest.is_some(),
            "lastSignInAt": self.last_sign_in_at,
            "createdAt": self.created_at,
            "updatedAt": self.updated_at,
        })
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum AppType {
    /// A confidential web app (client_secret_basic); PKCE optional.
    Traditional,
    /// A public browser app (auth method `none`); PKCE required.
    SPA,
    /// A public native app; PKCE required.
    Native,
    /// Client credentials only.
    MachineToMachine,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Application {
    pub id: String,
    pub name: String,
    pub secret: String,
    #[serde(rename = "type")]
    pub app_type: AppType,
    #[serde(default)]
    pub redirect_uris: Vec<String>,
    #[serde(default)]
    pub post_logout_redirect_uris: Vec<String>,
    /// API resource indicator → scopes this M2M app holds through its roles.
    #[serde(default)]
    pub resource_scopes: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    pub backchannel_logout_uri: Option<String>,
    #[serde(default)]
    pub backchannel_logout_session_required: bool,
}

impl Application {
    pub fn is_public(&self) -> bool {
        matches!(self.app_type, AppType::SPA | AppType::Native)
    }

    /// Whether its ID tokens carry `sid`: only with back-channel logout and its session
    /// requirement (node-oidc-provider's `Client#includeSid`; Logto enables no claims parameter
    /// that could ask for it otherwise).
    pub fn includes_sid(&self) -> bool {
        self.backchannel_logout_uri.is_some() && self.backchannel_logout_session_required
    }
}

/// The private half of an ES384 signing key, PKCS#8 DER in base64.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct StoredKey {
    pub kid: String,
    pub pkcs8: String,
    pub created_at: i64,
}

/// A refresh token's grant, persisted so sessions survive a restart.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RefreshGrant {
    pub client_id: String,
    pub user_id: String,
    pub scopes: Vec<String>,
    pub sid: String,
    pub auth_time: i64,
    /// The ID tokens carry `auth_time` (the authorization request asked for it).
    #[serde(default)]
    pub auth_time_claim: bool,
    pub issued_at: i64,
    pub expires_at: i64,
    /// The grant's first issue; rotation stops a year after it.
    pub family_started_at: i64,
}

/// An opaque access token for `/oidc/me`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AccessGrant {
    pub client_id: String,
    pub user_id: String,
    pub scopes: Vec<String>,
    pub expires_at: i64,
}

pub fn now_ms() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_millis() as i64)
        .unwrap_or_default()
}

pub fn now_secs() -> i64 {
    now_ms() / 1000
}
