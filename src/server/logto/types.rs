//! Logto's JSON shapes the app reads and writes (camelCase, epoch milliseconds).

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct LogtoUser {
    pub id: String,
    pub username: Option<String>,
    pub primary_email: Option<String>,
    pub primary_phone: Option<String>,
    pub name: Option<String>,
    pub avatar: Option<String>,
    #[serde(default)]
    pub custom_data: Map<String, Value>,
    #[serde(default)]
    pub profile: Map<String, Value>,
    #[serde(default)]
    pub has_password: bool,
    /// Linked social accounts, by connector target (`github`, ...).
    #[serde(default)]
    pub identities: Map<String, Value>,
    pub last_sign_in_at: Option<i64>,
    pub created_at: i64,
    pub updated_at: i64,
}

/// A second step of the user's (`GET /api/users/:id/mfa-verifications`, contract §10).
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MfaFactor {
    pub id: String,
    /// ISO date.
    pub created_at: String,
    /// `Totp`, `WebAuthn` or `BackupCode`.
    #[serde(rename = "type")]
    pub kind: String,
    /// A passkey's user agent when it was registered.
    #[serde(default)]
    pub agent: Option<String>,
    /// Backup codes not used yet.
    #[serde(default)]
    pub remain_codes: Option<u32>,
}

/// A way a user signs in, for "is this the last one?" before one is removed.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum WayIn<'a> {
    Email,
    Phone,
    /// A linked social account, by connector target (`github`).
    Identity(&'a str),
}

impl LogtoUser {
    /// Whether the user can still sign in once `gone` is removed: an email or phone (codes,
    /// or with the password), a username with a password, or a linked social account.
    pub fn can_sign_in_without(&self, gone: WayIn) -> bool {
        let email = self.primary_email.is_some() && gone != WayIn::Email;
        let phone = self.primary_phone.is_some() && gone != WayIn::Phone;
        let username = self.username.is_some() && self.has_password;
        let social = self
            .identities
            .keys()
            .any(|target| gone != WayIn::Identity(target));
        email || phone || username || social
    }
}

/// A `PATCH /api/users/:id` body: only the keys set here are sent; `None` sends `null` (which
/// clears), never `""`.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct UserPatch {
    /// Basic fields by Logto's key (`name`, `username`, `avatar`, `primaryEmail`, ...).
    #[serde(flatten)]
    basics: Map<String, Value>,
    /// Replaces the whole profile (the only way to delete a claim).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub profile: Option<Map<String, Value>>,
}

impl UserPatch {
    /// Sets a basic field; `None` (or an empty text) clears it.
    pub fn set(&mut self, key: &str, value: Option<String>) {
        let value = value
            .filter(|v| !v.is_empty())
            .map_or(Value::Null, Value::from);
        self.basics.insert(key.to_owned(), value);
    }

    pub fn is_empty(&self) -> bool {
        *self == UserPatch::default()
    }
}

/// One failed rule of Logto's password policy.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PasswordIssue {
    pub code: String,
    #[serde(default)]
    pub interpolation: Option<Map<String, Value>>,
}

/// The sign-in experience's `passwordPolicy` (core-kit's `passwordPolicyGuard`); a missing part
/// reads as Logto's default.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct PasswordPolicy {
    pub length: PolicyLength,
    pub character_types: PolicyMin,
    pub rejects: PolicyRejects,
}

impl Default for PasswordPolicy {
    fn default() -> Self {
        PasswordPolicy {
            length: PolicyLength { min: 8, max: 256 },
            character_types: PolicyMin { min: 1 },
            rejects: PolicyRejects::default(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct PolicyLength {
    pub min: usize,
    pub max: usize,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct PolicyMin {
    pub min: usize,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct PolicyRejects {
    pub pwned: bool,
    pub repetition_and_sequence: bool,
    pub user_info: bool,
    pub words: Vec<String>,
}

impl Default for PolicyRejects {
    fn default() -> Self {
        PolicyRejects {
            pwned: true,
            repetition_and_sequence: true,
            user_info: true,
            words: Vec::new(),
        }
    }
}

/// One of the user's Logto sessions (`GET /api/users/:id/sessions`, contract §11): addressed by
/// `payload.uid`; `payload.jti` is the `sid` of the ID tokens issued in it.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct LogtoSession {
    pub payload: SessionPayload,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct SessionPayload {
    pub uid: String,
    #[serde(default)]
    pub jti: Option<String>,
    /// When the user signed in to Logto (epoch seconds).
    #[serde(default, rename = "loginTs")]
    pub login_ts: Option<i64>,
    /// The apps holding a grant through this session, by client id.
    #[serde(default)]
    pub authorizations: serde_json::Map<String, serde_json::Value>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_partial_password_policy_reads_with_logto_defaults() {
        let policy: PasswordPolicy = serde_json::from_value(serde_json::json!({
            "length": { "min": 12, "max": 64 },
            "rejects": { "userInfo": false }
        }))
        .unwrap();
        assert_eq!(policy.length.min, 12);
        assert_eq!(policy.character_types.min, 1);
        assert!(!policy.rejects.user_info && policy.rejects.repetition_and_sequence);
    }

    #[test]
    fn patches_send_only_what_changed_and_null_to_clear() {
        let mut patch = UserPatch::default();
        patch.set("name", Some("Ann".into()));
        patch.set("avatar", None);
        assert_eq!(
            serde_json::to_value(&patch).unwrap(),
            serde_json::json!({ "name": "Ann", "avatar": null })
        );
        assert!(UserPatch::default().is_empty());
        let mut cleared = UserPatch::default();
        cleared.set("name", Some(String::new()));
        assert_eq!(
            serde_json::to_value(&cleared).unwrap(),
            serde_json::json!({ "name": null }),
            "never \"\" to clear"
        );
    }
}
