//! How Logto's sign-in treats second steps: the tenant's MFA settings (`mfa` and `adaptiveMfa`
//! of `GET /api/sign-in-exp`, read with the password policy) and the user's own switch
//! (`/api/users/:id/logto-configs`, `../shared/logto/CONTRACT.md` §14). Logto decides in
//! `routes/experience/classes/libraries/mfa-validator.ts` (`isMfaRequired`).

use std::sync::Arc;
use std::time::Instant;

use reqwest::Method;
use serde::Deserialize;
use serde_json::{json, Value};

use super::management::{seg, Retry};
use super::types::PasswordPolicy;
use super::{LogtoError, Management};

/// The parts of the sign-in experience the app reads; a missing part reads as Logto's default.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct SignInSettings {
    pub password_policy: PasswordPolicy,
    pub mfa: MfaSettings,
    pub adaptive_mfa: AdaptiveMfa,
    /// Logto ≥ 1.42: passkeys as a first step; with it on, passkeys may be added without being
    /// among the MFA factors.
    pub passkey_sign_in: PasskeySignInSetting,
    /// `GET /api/account-center`, read with the rest (not part of `/sign-in-exp`).
    #[serde(skip)]
    pub account_center: AccountCenter,
}

#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct PasskeySignInSetting {
    pub enabled: bool,
}

/// What Logto's Account API lets a user do (CONTRACT §7, §15).
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct AccountCenter {
    pub enabled: bool,
    /// Per field: `Off`, `ReadOnly` or `Edit` (absent: `Off`).
    pub fields: std::collections::BTreeMap<String, String>,
    /// Origins besides Logto's own a passkey may be made on.
    pub webauthn_related_origins: Vec<String>,
}

impl AccountCenter {
    /// 1.42 has a `passkey` setting of its own, falling back to `mfa` (1.37 has only `mfa`).
    pub fn passkeys_editable(&self) -> bool {
        let control = self
            .fields
            .get("passkey")
            .or_else(|| self.fields.get("mfa"));
        control.is_some_and(|c| c == "Edit")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct MfaSettings {
    /// The kinds of second step sign-in accepts (`Totp`, `WebAuthn`, `BackupCode`, …): a user's
    /// factor of another kind is never asked for.
    pub factors: Vec<String>,
    pub policy: String,
}

#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct AdaptiveMfa {
    pub enabled: bool,
}

impl MfaSettings {
    /// Policies under which the user's switch is ignored (`isNoSkipMfaPolicy`).
    pub fn always_asks(&self) -> bool {
        matches!(
            self.policy.as_str(),
            "Mandatory" | "PromptAtSignInAndSignUpMandatory" | "PromptOnlyAtSignInMandatory"
        )
    }
}

/// The user's own sign-in settings.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct UserSignInConfig {
    pub mfa: UserMfaConfig,
    pub passkey_sign_in: PasskeySignIn,
}

#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct UserMfaConfig {
    /// Logto ≥ 1.42 only; absent until the user (or this app) chose.
    pub enabled: Option<bool>,
    pub skipped: bool,
    pub skip_mfa_on_sign_in: bool,
}

#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct PasskeySignIn {
    pub skipped: bool,
}

impl UserSignInConfig {
    /// Whether sign-in asks this user for a second step (where the policy lets them choose).
    pub fn asks(&self) -> bool {
        !(self.mfa.skip_mfa_on_sign_in || self.mfa.enabled == Some(false))
    }
}

impl Management {
    /// The sign-in experience, read now and kept for the next readers.
    pub(super) async fn fetch_sign_in_settings(&self) -> Result<SignInSettings, LogtoError> {
        let body: Value = self
            .json(Method::GET, "/sign-in-exp", None, Retry::Idempotent)
            .await?;
        let mut settings: SignInSettings =
            serde_json::from_value(body).map_err(|e| LogtoError::InvalidResponse(e.to_string()))?;
        settings.account_center = self
            .json(Method::GET, "/account-center", None, Retry::Idempotent)
            .await?;
        if let Ok(mut cache) = self.settings.lock() {
            *cache = Some((Instant::now(), settings.clone()));
        }
        Ok(settings)
    }

    pub(super) fn cached_sign_in_settings(&self) -> Option<(bool, SignInSettings)> {
        let cached = self.settings.lock().ok()?.clone()?;
        let (at, settings) = cached;
        Some((at.elapsed() < self.settings_max_age, settings))
    }

    /// Reads the sign-in experience ahead of the first page that needs it.
    pub fn warm_sign_in_settings(self: &Arc<Self>) {
        let management = Arc::clone(self);
        tokio::spawn(async move {
            if let Err(e) = management.fetch_sign_in_settings().await {
                tracing::warn!(error = %e, "the sign-in experience could not be read ahead");
            }
        });
    }

    /// The sign-in experience for a page: a stale copy is answered at once and renewed in the
    /// background, so a page view spends no call on it once one was read.
    pub async fn sign_in_settings(self: &Arc<Self>) -> Result<SignInSettings, LogtoError> {
        match self.cached_sign_in_settings() {
            Some((true, settings)) => Ok(settings),
            Some((false, settings)) => {
                self.warm_sign_in_settings();
                Ok(settings)
            }
            None => self.fetch_sign_in_settings().await,
        }
    }

    pub async fn user_sign_in_config(&self, id: &str) -> Result<UserSignInConfig, LogtoError> {
        let path = format!("/users/{}/logto-configs", seg(id));
        self.json(Method::GET, &path, None, Retry::Idempotent).await
    }

    /// Asks (or stops asking) the user for a second step at sign-in. The whole body, with the
    /// other settings as they are: Logto 1.37 takes nothing less (and drops `enabled`, which
    /// 1.42 also checks).
    pub async fn set_second_step_at_sign_in(
        &self,
        id: &str,
        current: &UserSignInConfig,
        ask: bool,
    ) -> Result<(), LogtoError> {
        let path = format!("/users/{}/logto-configs", seg(id));
        let mut mfa = json!({ "skipped": current.mfa.skipped, "skipMfaOnSignIn": !ask });
        if ask {
            mfa["enabled"] = json!(true);
        }
        let body = json!({
            "mfa": mfa,
            "passkeySignIn": { "skipped": current.passkey_sign_in.skipped },
        });
        self.json::<Value>(Method::PATCH, &path, Some(body), Retry::Idempotent)
            .await
            .map(drop)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_users_switch_reads_as_logto_decides_it() {
        let config = |body: Value| -> UserSignInConfig { serde_json::from_value(body).unwrap() };
        let fresh = json!({ "mfa": { "skipped": false, "skipMfaOnSignIn": false }, "passkeySignIn": { "skipped": false } });
        assert!(config(fresh).asks(), "a 1.37 or untouched user is asked");
        assert!(!config(json!({ "mfa": { "skipMfaOnSignIn": true } })).asks());
        assert!(!config(json!({ "mfa": { "enabled": false, "skipMfaOnSignIn": false } })).asks());
        assert!(config(json!({ "mfa": { "enabled": true } })).asks());
    }

    #[test]
    fn mandatory_policies_ignore_the_switch() {
        let settings = |policy: &str| MfaSettings {
            factors: vec!["Totp".into()],
            policy: policy.into(),
        };
        assert!(settings("Mandatory").always_asks());
        assert!(settings("PromptOnlyAtSignInMandatory").always_asks());
        assert!(!settings("UserControlled").always_asks());
        assert!(!settings("NoPrompt").always_asks());
    }
}
