//! One typed method per Management API call (`../shared/logto/CONTRACT.md` §3, §4, check-password).

use std::{sync::Arc, time::Duration};

use reqwest::{Method, StatusCode};
use secrecy::ExposeSecret;
use serde::de::DeserializeOwned;
use serde_json::{json, Map, Value};

use super::{
    LogtoError, LogtoSession, LogtoUser, M2mTokens, MfaFactor, PasswordIssue, PasswordPolicy,
    UserPatch,
};

/// Where a verification code goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Recipient {
    Email(String),
    Phone(String),
}

impl Recipient {
    fn body(&self) -> Map<String, Value> {
        let mut map = Map::new();
        match self {
            Recipient::Email(e) => map.insert("email".into(), json!(e)),
            Recipient::Phone(p) => map.insert("phone".into(), json!(p)),
        };
        map
    }
}

/// Whether a call may be sent again after a transient failure: only when repeating it cannot
/// change the outcome (a repeated code send sends twice; a repeated verify burns a try).
#[derive(Clone, Copy, PartialEq)]
pub(super) enum Retry {
    Idempotent,
    Once,
}

const RETRY_PAUSE: Duration = Duration::from_millis(150);

pub struct Management {
    pub(super) http: reqwest::Client,
    pub(super) api: String,
    pub(super) tokens: M2mTokens,
    /// The sign-in experience (password policy, MFA settings) and when it was read.
    pub(super) settings: std::sync::Mutex<Option<(std::time::Instant, super::SignInSettings)>>,
    /// An admin's change of the sign-in experience shows within this long.
    pub(super) settings_max_age: Duration,
    pub(super) directory: super::directory::AppDirectory,
    /// Where pushed copies of users are kept: a write to a user forgets theirs.
    pushed: std::sync::OnceLock<crate::server::shared_store::SharedStore>,
}

impl Management {
    pub fn new(
        http: reqwest::Client,
        endpoint: &str,
        tokens: M2mTokens,
        settings_max_age: Duration,
    ) -> Management {
        Management {
            http,
            api: format!("{}/api", endpoint.trim_end_matches('/')),
            tokens,
            settings: Default::default(),
            settings_max_age,
            directory: Default::default(),
            pushed: Default::default(),
        }
    }

    /// After this, every write to a user forgets the user's pushed copy before it returns.
    pub fn forget_pushed_copies_in(&self, shared: crate::server::shared_store::SharedStore) {
        let _ = self.pushed.set(shared);
    }

    /// The webhooks, with their deliveries of the last day.
    pub async fn hooks(&self) -> Result<Vec<Value>, LogtoError> {
        self.json(
            Method::GET,
            "/hooks?includeExecutionStats=true",
            None,
            Retry::Idempotent,
        )
        .await
    }

    /// A write to `/users/{id}…` went through: the pushed copy of the user is stale.
    async fn user_written(&self, method: &Method, path: &str) {
        if matches!(*method, Method::GET | Method::POST) {
            return;
        }
        let (Some(shared), Some(id)) = (self.pushed.get(), path.strip_prefix("/users/")) else {
            return;
        };
        let id = id.split('/').next().unwrap_or_default();
        let id = url::form_urlencoded::parse(id.as_bytes())
            .next()
            .map(|(k, _)| k.into_owned())
            .unwrap_or_default();
        // Deliveries about earlier states may still come in: none of them is the user now.
        let now_ms = shared.clock().now_ms();
        let floor = crate::server::shared_store::pushed_floor_key(&id);
        let copy = crate::server::shared_store::pushed_user_key(&id);
        let forgotten = async {
            shared.mark(&floor, now_ms, now_ms / 1000 + 86_400).await?;
            shared.remove_value(&copy).await
        };
        if let Err(e) = forgotten.await {
            tracing::warn!(error = %e, "could not forget a pushed copy after a write");
        }
    }

    pub fn tokens(&self) -> &M2mTokens {
        &self.tokens
    }

    pub async fn get_user(&self, id: &str) -> Result<LogtoUser, LogtoError> {
        let path = format!("/users/{}", seg(id));
        self.json(Method::GET, &path, None, Retry::Idempotent).await
    }

    /// The user object as Logto sends it (for the user's own download of their data).
    pub async fn get_user_json(&self, id: &str) -> Result<Value, LogtoError> {
        let path = format!("/users/{}", seg(id));
        self.json(Method::GET, &path, None, Retry::Idempotent).await
    }

    /// Deletes the user; their tokens and grants stop working.
    pub async fn delete_user(&self, id: &str) -> Result<(), LogtoError> {
        let path = format!("/users/{}", seg(id));
        self.send(Method::DELETE, &path, None, Retry::Idempotent)
            .await
            .map(drop)
    }

    pub async fn update_user(&self, id: &str, patch: &UserPatch) -> Result<LogtoUser, LogtoError> {
        let body =
            serde_json::to_value(patch).map_err(|e| LogtoError::InvalidResponse(e.to_string()))?;
        let path = format!("/users/{}", seg(id));
        self.json(Method::PATCH, &path, Some(body), Retry::Idempotent)
            .await
    }

    /// Shallow merge into `profile`; returns the merged profile.
    pub async fn merge_profile(
        &self,
        id: &str,
        profile: Map<String, Value>,
    ) -> Result<Map<String, Value>, LogtoError> {
        let path = format!("/users/{}/profile", seg(id));
        self.json(
            Method::PATCH,
            &path,
            Some(json!({ "profile": profile })),
            Retry::Idempotent,
        )
        .await
    }

    pub async fn custom_data(&self, id: &str) -> Result<Map<String, Value>, LogtoError> {
        let path = format!("/users/{}/custom-data", seg(id));
        self.json(Method::GET, &path, None, Retry::Idempotent).await
    }

    /// Shallow merge into `customData`; returns the whole object.
    pub async fn merge_custom_data(
        &self,
        id: &str,
        data: Map<String, Value>,
    ) -> Result<Map<String, Value>, LogtoError> {
        let path = format!("/users/{}/custom-data", seg(id));
        self.json(
            Method::PATCH,
            &path,
            Some(json!({ "customData": data })),
            Retry::Idempotent,
        )
        .await
    }

    /// `Ok(false)` for a wrong password (and for a user without one: Logto does not tell).
    pub async fn verify_password(&self, id: &str, password: &str) -> Result<bool, LogtoError> {
        let path = format!("/users/{}/password/verify", seg(id));
        match self
            .send(
                Method::POST,
                &path,
                Some(json!({ "password": password })),
                Retry::Once,
            )
            .await
        {
            Ok(_) => Ok(true),
            Err(e) if e.code() == Some("session.invalid_credentials") => Ok(false),
            Err(e) => Err(e),
        }
    }

    /// Stores any non-empty password: check the policy first with [`Self::check_password`].
    pub async fn set_password(&self, id: &str, password: &str) -> Result<LogtoUser, LogtoError> {
        let path = format!("/users/{}/password", seg(id));
        self.json(
            Method::PATCH,
            &path,
            Some(json!({ "password": password })),
            Retry::Idempotent,
        )
        .await
    }

    pub async fn has_password(&self, id: &str) -> Result<bool, LogtoError> {
        let path = format!("/users/{}/has-password", seg(id));
        let body: Value = self
            .json(Method::GET, &path, None, Retry::Idempotent)
            .await?;
        Ok(body["hasPassword"].as_bool().unwrap_or(false))
    }

    /// The password policy's verdict: empty when the password passes.
    pub async fn check_password(
        &self,
        user_id: &str,
        password: &str,
    ) -> Result<Vec<PasswordIssue>, LogtoError> {
        let body = json!({ "password": password, "userId": user_id });
        match self
            .send(
                Method::POST,
                "/sign-in-exp/default/check-password",
                Some(body),
                Retry::Idempotent,
            )
            .await
        {
            Ok(_) => Ok(Vec::new()),
            // Not the standard error body: {"result": false, "issues": [...]}.
            Err(LogtoError::Api {
                status: 400,
                code: None,
                message,
            }) => {
                let body: Value = serde_json::from_str(&message).unwrap_or_default();
                serde_json::from_value(body["issues"].clone())
                    .map_err(|e| LogtoError::InvalidResponse(e.to_string()))
            }
            Err(e) => Err(e),
        }
    }

    /// The sign-in experience's password policy (`GET /api/sign-in-exp`): never older than the
    /// settings' max age, since a password is checked against it.
    pub async fn password_policy(&self) -> Result<PasswordPolicy, LogtoError> {
        match self.cached_sign_in_settings() {
            Some((true, settings)) => Ok(settings.password_policy),
            _ => Ok(self.fetch_sign_in_settings().await?.password_policy),
        }
    }

    /// The user's Logto sessions; `None` on a Logto without the route (1.37 answers 404).
    pub async fn sessions(&self, id: &str) -> Result<Option<Vec<LogtoSession>>, LogtoError> {
        let path = format!("/users/{}/sessions", seg(id));
        match self
            .json::<Value>(Method::GET, &path, None, Retry::Idempotent)
            .await
        {
            Ok(body) => serde_json::from_value(body["sessions"].clone())
                .map(Some)
                .map_err(|e| LogtoError::InvalidResponse(e.to_string())),
            Err(e) if e.status() == Some(404) => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// Ends one Logto session and revokes the tokens issued in it.
    pub async fn revoke_session(&self, id: &str, uid: &str) -> Result<(), LogtoError> {
        let path = format!(
            "/users/{}/sessions/{}?revokeGrantsTarget=all",
            seg(id),
            seg(uid)
        );
        self.send(Method::DELETE, &path, None, Retry::Idempotent)
            .await
            .map(drop)
    }

    /// The user's second steps.
    pub async fn mfa_factors(&self, id: &str) -> Result<Vec<MfaFactor>, LogtoError> {
        let path = format!("/users/{}/mfa-verifications", seg(id));
        self.json(Method::GET, &path, None, Retry::Idempotent).await
    }

    /// Stores an authenticator-app factor with the key the app made (and the user's app
    /// confirmed): Logto takes it as `secret` and makes none of its own.
    pub async fn create_totp(&self, id: &str, secret: &str) -> Result<(), LogtoError> {
        let path = format!("/users/{}/mfa-verifications", seg(id));
        let body = json!({ "type": "Totp", "secret": secret });
        self.json::<Value>(Method::POST, &path, Some(body), Retry::Once)
            .await
            .map(drop)
    }

    /// Stores a set of backup codes the app made (10 codes of 10 hex digits). One attempt: the
    /// caller decides about another (a repeat that finds its own set answers 422
    /// `user.backup_code_already_in_use`).
    pub async fn store_backup_codes(&self, id: &str, codes: &[String]) -> Result<(), LogtoError> {
        let path = format!("/users/{}/mfa-verifications", seg(id));
        let body = json!({ "type": "BackupCode", "codes": codes });
        self.json::<Value>(Method::POST, &path, Some(body), Retry::Once)
            .await
            .map(drop)
    }

    pub async fn delete_factor(&self, id: &str, factor: &str) -> Result<(), LogtoError> {
        let path = format!("/users/{}/mfa-verifications/{}", seg(id), seg(factor));
        self.send(Method::DELETE, &path, None, Retry::Idempotent)
            .await
            .map(drop)
    }

    /// Unlinks a social account; 404 `user.identity_not_exist` when none is linked for `target`.
    pub async fn unlink_identity(&self, id: &str, target: &str) -> Result<LogtoUser, LogtoError> {
        let path = format!("/users/{}/identities/{}", seg(id), seg(target));
        self.json(Method::DELETE, &path, None, Retry::Idempotent)
            .await
    }

    pub async fn send_code(&self, to: &Recipient) -> Result<(), LogtoError> {
        let body = Value::Object(to.body());
        self.send(Method::POST, "/verification-codes", Some(body), Retry::Once)
            .await
            .map(drop)
    }

    pub async fn verify_code(&self, to: &Recipient, code: &str) -> Result<(), LogtoError> {
        let mut body = to.body();
        body.insert("verificationCode".into(), json!(code));
        self.send(
            Method::POST,
            "/verification-codes/verify",
            Some(Value::Object(body)),
            Retry::Once,
        )
        .await
        .map(drop)
    }

    pub(super) async fn json<T: DeserializeOwned>(
        &self,
        method: Method,
        path: &str,
        body: Option<Value>,
        retry: Retry,
    ) -> Result<T, LogtoError> {
        let bytes = self.send(method, path, body, retry).await?;
        serde_json::from_slice(&bytes).map_err(|e| LogtoError::InvalidResponse(e.to_string()))
    }

    /// Sends with the M2M token. A 401 fetches a fresh token and tries once more (Logto may
    /// have rotated keys or the token expired early); transient failures of idempotent calls
    /// are tried once more after a short pause.
    pub(super) async fn send(
        &self,
        method: Method,
        path: &str,
        body: Option<Value>,
        retry: Retry,
    ) -> Result<bytes::Bytes, LogtoError> {
        let mut refreshed = false;
        let mut retried = false;
        loop {
            let token = self.tokens.get().await?;
            match self.attempt(&method, path, body.as_ref(), &token).await {
                Ok(bytes) => {
                    self.user_written(&method, path).await;
                    return Ok(bytes);
                }
                Err(LogtoError::Api { status: 401, .. }) if !refreshed => {
                    self.tokens.invalidate(&token);
                    refreshed = true;
                }
                Err(e) if e.is_transient() && retry == Retry::Idempotent && !retried => {
                    tracing::warn!(error = %e, %path, "retrying an idempotent Logto call");
                    retried = true;
                    tokio::time::sleep(RETRY_PAUSE).await;
                }
                other => return other,
            }
        }
    }

    async fn attempt(
        &self,
        method: &Method,
        path: &str,
        body: Option<&Value>,
        token: &Arc<secrecy::SecretString>,
    ) -> Result<bytes::Bytes, LogtoError> {
        let mut req = self
            .http
            .request(method.clone(), format!("{}{path}", self.api))
            .bearer_auth(token.expose_secret());
        if let Some(body) = body {
            req = req.json(body);
        }
        let res = req.send().await.map_err(LogtoError::from_reqwest)?;
        let status = res.status();
        let bytes = res.bytes().await.map_err(LogtoError::from_reqwest)?;
        if status.is_success() {
            return Ok(bytes);
        }
        Err(api_error(status, &bytes))
    }
}

pub(super) fn api_error(status: StatusCode, bytes: &[u8]) -> LogtoError {
    let body: Value = serde_json::from_slice(bytes).unwrap_or_default();
    let code = body["code"].as_str().map(String::from);
    // Bodies without a code (check-password's verdict, generic errors) are kept whole.
    let message = match (&code, body["message"].as_str()) {
        (Some(_), Some(m)) => m.to_owned(),
        _ => String::from_utf8_lossy(bytes).chars().take(2000).collect(),
    };
    LogtoError::Api {
        status: status.as_u16(),
        code,
        message,
    }
}

/// A path segment: user ids are `[0-9a-z]`, but never trust that for URL building.
pub(super) fn seg(s: &str) -> String {
    url::form_urlencoded::byte_serialize(s.as_bytes()).collect()
}
