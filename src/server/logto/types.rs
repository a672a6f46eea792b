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
    /// Suspended by an administrator: Logto refuses the user's sign-ins and tokens.
    #[serde(default)]
    pub is_suspended: bool,
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
    /// A passkey's name, when it was given one.
    #[serde(default)]
    pub name: Option<String>,
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
/// `payload.uid`. The ID tokens issued in it to a client carry that client's own `sid`,
/// `payload.authorizations[<client id>].sid` (never `payload.jti`, contract §12).
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct LogtoSession {
    pub payload: SessionPayload,
}

impl LogtoSession {
    /// The `sid` this session gave `client_id`'s ID tokens, if that client signed in through it.
    pub fn sid_for(&self, client_id: &str) -> Option<&str> {
        self.payload.authorizations.get(client_id)?["sid"].as_str()
    }

    /// Whether this is the Logto session an app session of `client_id` signed in with: by the
    /// ID token's `sid` where Logto gave one (only to clients with back-channel logout), else
    /// by its login time (the ID token's `auth_time` is the session's `loginTs`). Two sessions
    /// that logged in within the same second both match: callers then end neither.
    pub fn is(&self, client_id: &str, signed_in_with: &LogtoSessionRef) -> bool {
        let Some(sid) = self.sid_for(client_id) else {
            return false;
        };
        match (&signed_in_with.sid, signed_in_with.login_ts) {
            (Some(known), _) => known == sid,
            (None, Some(at)) => self.payload.login_ts == Some(at),
            (None, None) => false,
        }
    }
}

/// What an app session knows of the Logto session it signed in with (from its ID token).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct LogtoSessionRef {
    /// The ID token's `sid`: `authorizations[<client id>].sid`, never the session's `jti`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sid: Option<String>,
    /// The ID token's `auth_time`: the session's `loginTs`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub login_ts: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct SessionPayload {
    pub uid: String,
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

    /// Sessions as a real Logto 1.42.0 lists them (contract §12): `jti` and the app's `sid`
    /// differ; a default web app's ID tokens have no `sid`, and `auth_time` names the session.
    #[test]
    fn a_logto_session_is_matched_by_its_client_sid_or_login_time_never_its_jti() {
        let session: LogtoSession = serde_json::from_value(serde_json::json!({
            "payload": {
                "uid": "u1",
                "jti": "XVivWk",
                "loginTs": 1_700_000_000,
                "authorizations": {
                    "app": { "sid": "Wue1kq", "grantId": "g1" },
                    "other-app": { "sid": "Zz9", "grantId": "g2" }
                }
            }
        }))
        .unwrap();
        let by = |sid: Option<&str>, login_ts: Option<i64>| LogtoSessionRef {
            sid: sid.map(String::from),
            login_ts,
        };
        assert!(session.is("app", &by(Some("Wue1kq"), None)));
        assert!(
            !session.is("app", &by(Some("XVivWk"), None)),
            "the jti is not a sid"
        );
        assert!(
            !session.is("app", &by(Some("Zz9"), None)),
            "another client's sid"
        );
        assert!(
            !session.is("app", &by(Some("other"), Some(1_700_000_000))),
            "a sid, when known, decides"
        );
        assert!(session.is("app", &by(None, Some(1_700_000_000))));
        assert!(!session.is("app", &by(None, Some(1_700_000_001))));
        assert!(!session.is("app", &by(None, None)));
        assert!(
            !session.is("none", &by(None, Some(1_700_000_000))),
            "a session this client never signed in through"
        );
    }

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
