//! What Logto keeps around a user beyond the user record: the apps they authorised (grants),
//! their organisations, their personal access tokens, and the applications' directory that names
//! and pictures the apps (`../shared/logto/CONTRACT.md` §13).

use std::time::{Duration, Instant};

use reqwest::Method;
use serde::Deserialize;
use serde_json::{json, Value};

use super::management::{seg, Retry};
use super::{LogtoError, Management};

/// One app's authorisation by the user (Logto ≥ 1.38).
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Grant {
    pub id: String,
    pub payload: GrantPayload,
    pub application: GrantApp,
}

#[derive(Debug, Clone, Deserialize)]
pub struct GrantPayload {
    /// Seconds since the epoch.
    pub iat: i64,
    pub exp: i64,
    #[serde(rename = "clientId")]
    pub client_id: String,
}

#[derive(Debug, Clone, Deserialize)]
pub struct GrantApp {
    pub id: String,
    pub name: String,
}

/// An application as the directory lists it: only what names and pictures it (the listing
/// also carries secrets, which are never read into this type).
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AppEntry {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub is_third_party: bool,
    #[serde(default)]
    pub oidc_client_metadata: AppMetadata,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AppMetadata {
    pub logo_uri: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Organization {
    pub id: String,
    pub name: String,
    pub description: Option<String>,
    #[serde(default)]
    pub organization_roles: Vec<OrganizationRole>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct OrganizationRole {
    pub name: String,
}

/// A personal access token as listed: its value is left unread (Logto sends it on every
/// listing; the app shows it once, when made).
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TokenInfo {
    pub name: String,
    /// Milliseconds since the epoch.
    pub created_at: i64,
    pub expires_at: Option<i64>,
}

/// A token just made: the one time its value is shown.
#[derive(Deserialize)]
pub struct NewToken {
    pub value: secrecy::SecretString,
}

impl std::fmt::Debug for NewToken {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("NewToken(…)")
    }
}

/// The applications' directory is read at most once per this long (names and logos change
/// rarely; an app's grants are listed fresh on every view).
const DIRECTORY_LIFETIME: Duration = Duration::from_secs(300);

#[derive(Default)]
pub struct AppDirectory(std::sync::Mutex<Option<(Instant, std::sync::Arc<Vec<AppEntry>>)>>);

impl Management {
    /// The user's grants; `None` where Logto does not list them (1.37: the route is absent).
    pub async fn grants(&self, id: &str) -> Result<Option<Vec<Grant>>, LogtoError> {
        let path = format!("/users/{}/grants", seg(id));
        match self
            .json::<Value>(Method::GET, &path, None, Retry::Idempotent)
            .await
        {
            Ok(body) => serde_json::from_value(body["grants"].clone())
                .map(Some)
                .map_err(|e| LogtoError::InvalidResponse(e.to_string())),
            Err(e) if e.status() == Some(404) => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// Revokes one of the user's grants with every token issued through it.
    pub async fn revoke_grant(&self, id: &str, grant: &str) -> Result<(), LogtoError> {
        let path = format!("/users/{}/grants/{}", seg(id), seg(grant));
        self.send(Method::DELETE, &path, None, Retry::Idempotent)
            .await
            .map(drop)
    }

    /// Every application, from a copy at most [`DIRECTORY_LIFETIME`] old.
    pub async fn app_directory(&self) -> Result<std::sync::Arc<Vec<AppEntry>>, LogtoError> {
        if let Some((at, apps)) = self.directory.0.lock().map(|g| g.clone()).ok().flatten() {
            if at.elapsed() < DIRECTORY_LIFETIME {
                return Ok(apps);
            }
        }
        let apps: Vec<AppEntry> = self
            .json(Method::GET, "/applications", None, Retry::Idempotent)
            .await?;
        let apps = std::sync::Arc::new(apps);
        if let Ok(mut slot) = self.directory.0.lock() {
            *slot = Some((Instant::now(), apps.clone()));
        }
        Ok(apps)
    }

    pub async fn organizations(&self, id: &str) -> Result<Vec<Organization>, LogtoError> {
        let path = format!("/users/{}/organizations", seg(id));
        self.json(Method::GET, &path, None, Retry::Idempotent).await
    }

    pub async fn access_tokens(&self, id: &str) -> Result<Vec<TokenInfo>, LogtoError> {
        let path = format!("/users/{}/personal-access-tokens", seg(id));
        self.json(Method::GET, &path, None, Retry::Idempotent).await
    }

    /// Makes a token; `expires_at` in milliseconds since the epoch, `None` for never.
    pub async fn create_access_token(
        &self,
        id: &str,
        name: &str,
        expires_at: Option<i64>,
    ) -> Result<NewToken, LogtoError> {
        let path = format!("/users/{}/personal-access-tokens", seg(id));
        let mut body = json!({ "name": name });
        if let Some(at) = expires_at {
            body["expiresAt"] = json!(at);
        }
        self.json(Method::POST, &path, Some(body), Retry::Once)
            .await
    }

    pub async fn delete_access_token(&self, id: &str, name: &str) -> Result<(), LogtoError> {
        let path = format!("/users/{}/personal-access-tokens/delete", seg(id));
        self.send(
            Method::POST,
            &path,
            Some(json!({ "name": name })),
            Retry::Idempotent,
        )
        .await
        .map(drop)
    }
}
