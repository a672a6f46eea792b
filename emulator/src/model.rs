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
    /// Logto's `users.logto_config`: the user's own sign-in settings (`mfa`, `passkey_sign_in`).
    #[serde(default)]
    pub logto_config: Object,
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
    /// Passkeys: from a seed, or registered through the Account API (`crate::account`).
    WebAuthn {
        agent: String,
        #[serde(default)]
        name: Option<String>,
        #[serde(default)]
        credential_id: Option<String>,
        #[serde(default)]
        rp_id: Option<String>,
        #[serde(default)]
        transports: Vec<String>,
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
            MfaFactor::WebAuthn { agent, name, .. } => {
                v["type"] = "WebAuthn".into();
                v["agent"] = agent.as_str().into();
                if let Some(name) = name {
                    v["name"] = name.as_str().into();
                }
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
    /// A third-party app (its users consent to what it may read).
    #[serde(default)]
    pub is_third_party: bool,
    /// `oidcClientMetadata.logoUri`.
    #[serde(default)]
    pub logo_uri: Option<String>,
}

impl Application {
    /// As `GET /api/applications` lists it (the secret included, as Logto does).
    pub fn to_api(&self) -> Value {
        let mut metadata = serde_json::json!({
            "redirectUris": self.redirect_uris,
            "postLogoutRedirectUris": self.post_logout_redirect_uris,
        });
        if let Some(uri) = &self.backchannel_logout_uri {
            metadata["backchannelLogoutUri"] = uri.clone().into();
            metadata["backchannelLogoutSessionRequired"] =
                self.backchannel_logout_session_required.into();
        }
        if let Some(uri) = &self.logo_uri {
            metadata["logoUri"] = uri.clone().into();
        }
        serde_json::json!({
            "tenantId": "default",
            "id": self.id,
            "name": self.name,
            "secret": self.secret,
            "description": null,
            "type": self.app_type,
            "oidcClientMetadata": metadata,
            "customClientMetadata": {},
            "protectedAppMetadata": null,
            "customData": {},
            "isThirdParty": self.is_third_party,
            "createdAt": 0,
        })
    }

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
    /// The OIDC grant it was issued through; revoking the grant ends it.
    #[serde(default)]
    pub grant_id: String,
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
    #[serde(default)]
    pub grant_id: String,
    pub scopes: Vec<String>,
    pub expires_at: i64,
}

/// How far tests moved the emulator's time (`POST /__emulator/clock`), in milliseconds. One per
/// process: every emulator a test process runs moves together.
static CLOCK_OFFSET_MS: std::sync::atomic::AtomicI64 = std::sync::atomic::AtomicI64::new(0);

pub fn now_ms() -> i64 {
    let system = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_millis() as i64)
        .unwrap_or_default();
    system + CLOCK_OFFSET_MS.load(std::sync::atomic::Ordering::Relaxed)
}

/// Moves the emulator's time forward (tests, instead of sleeping).
pub fn advance_clock(ms: i64) {
    CLOCK_OFFSET_MS.fetch_add(ms.max(0), std::sync::atomic::Ordering::Relaxed);
}

pub fn now_secs() -> i64 {
    now_ms() / 1000
}

/// An organisation (`organizations` table); members with their organisation roles.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Organization {
    pub id: String,
    pub name: String,
    pub description: Option<String>,
    pub created_at: i64,
    /// User id → the organisation role ids they hold here.
    #[serde(default)]
    pub members: BTreeMap<String, Vec<String>>,
}

impl Organization {
    /// The organisation as Logto's API returns it (every column but the members).
    pub fn to_api(&self) -> Value {
        serde_json::json!({
            "tenantId": "default",
            "id": self.id,
            "name": self.name,
            "description": self.description,
            "customData": {},
            "isMfaRequired": false,
            "color": {},
            "branding": {},
            "customCss": null,
            "createdAt": self.created_at,
        })
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct OrganizationRole {
    pub id: String,
    pub name: String,
    pub description: Option<String>,
}

/// A personal access token (`personal_access_tokens` table): unique by name per user.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PersonalAccessToken {
    pub user_id: String,
    pub name: String,
    pub value: String,
    pub created_at: i64,
    pub expires_at: Option<i64>,
}

impl PersonalAccessToken {
    /// As Logto returns it: the value too, on every read.
    pub fn to_api(&self) -> Value {
        serde_json::json!({
            "tenantId": "default",
            "userId": self.user_id,
            "name": self.name,
            "value": self.value,
            "createdAt": self.created_at,
            "expiresAt": self.expires_at,
        })
    }
}

/// An OIDC grant (node-oidc-provider's `Grant` model): one per browser session and client,
/// made at the first authorization; refresh and access tokens issued through it die with it.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Grant {
    pub client_id: String,
    pub user_id: String,
    /// The OIDC scopes granted, space-separated (`payload.openid.scope`).
    #[serde(default)]
    pub scope: String,
    /// Seconds since the epoch.
    pub issued_at: i64,
    pub expires_at: i64,
}
