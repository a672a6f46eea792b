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
