//! The machine-to-machine access token for the Management API: fetched with client credentials,
//! cached until shortly before it expires, refreshed by one request however many callers wait.

use std::{
    sync::{
        atomic::{AtomicU64, Ordering},
        Arc, RwLock,
    },
    time::{Duration, Instant},
};

use secrecy::{ExposeSecret, SecretString};
use serde::Deserialize;

use super::LogtoError;

/// Refresh this long before Logto's expiry, so a token never dies mid-request.
const EARLY: Duration = Duration::from_secs(60);

#[derive(Clone)]
struct Cached {
    token: Arc<SecretString>,
    valid_until: Instant,
}

pub struct M2mTokens {
    http: reqwest::Client,
    token_url: String,
    client_id: String,
    client_secret: SecretString,
    resource: String,
    cached: RwLock<Option<Cached>>,
    /// Held while fetching: the single flight.
    fetching: tokio::sync::Mutex<()>,
    requests: AtomicU64,
}

#[derive(Deserialize)]
struct TokenResponse {
    access_token: String,
    expires_in: u64,
}

impl M2mTokens {
    pub fn new(
        http: reqwest::Client,
        endpoint: &str,
        client_id: String,
        client_secret: SecretString,
        resource: String,
    ) -> M2mTokens {
        M2mTokens {
            http,
            token_url: format!("{}/oidc/token", endpoint.trim_end_matches('/')),
            client_id,
            client_secret,
            resource,
            cached: RwLock::new(None),
            fetching: tokio::sync::Mutex::new(()),
            requests: AtomicU64::new(0),
        }
    }

    /// How many token requests were sent to Logto (for tests and metrics).
    pub fn requests(&self) -> u64 {
        self.requests.load(Ordering::Relaxed)
    }

    pub async fn get(&self) -> Result<Arc<SecretString>, LogtoError> {
        if let Some(token) = self.fresh() {
            return Ok(token);
        }
        let _flight = self.fetching.lock().await;
        // Whoever held the lock before us may have fetched one already.
        if let Some(token) = self.fresh() {
            return Ok(token);
        }
        let cached = self.fetch().await?;
        let token = cached.token.clone();
        *self.cached.write().unwrap_or_else(|e| e.into_inner()) = Some(cached);
        Ok(token)
    }

    /// Drops the cached token if it is still `stale` (Logto refused it); a newer one is kept.
    pub fn invalidate(&self, stale: &Arc<SecretString>) {
        let mut cached = self.cached.write().unwrap_or_else(|e| e.into_inner());
        if cached
            .as_ref()
            .is_some_and(|c| Arc::ptr_eq(&c.token, stale))
        {
            *cached = None;
        }
    }

    fn fresh(&self) -> Option<Arc<SecretString>> {
        let cached = self.cached.read().unwrap_or_else(|e| e.into_inner());
        cached
            .as_ref()
            .filter(|c| Instant::now() < c.valid_until)
            .map(|c| c.token.clone())
    }

    async fn fetch(&self) -> Result<Cached, LogtoError> {
        self.requests.fetch_add(1, Ordering::Relaxed);
        let started = Instant::now();
        let res = self
            .http
            .post(&self.token_url)
            .basic_auth(&self.client_id, Some(self.client_secret.expose_secret()))
            .form(&[
                ("grant_type", "client_credentials"),
                ("resource", self.resource.as_str()),
                ("scope", "all"),
            ])
            .send()
            .await
            .map_err(LogtoError::from_reqwest)?;
        if !res.status().is_success() {
            let status = res.status().as_u16();
            let body: serde_json::Value = res.json().await.unwrap_or_default();
            return Err(LogtoError::Api {
                status,
                code: body["code"].as_str().map(String::from),
                message: body["error_description"]
                    .as_str()
                    .or(body["message"].as_str())
                    .unwrap_or("token request failed")
                    .to_owned(),
            });
        }
        let body: TokenResponse = res.json().await.map_err(LogtoError::from_reqwest)?;
        let lifetime = Duration::from_secs(body.expires_in).saturating_sub(EARLY);
        tracing::debug!(
            took_ms = started.elapsed().as_millis() as u64,
            "fetched a Management API token"
        );
        Ok(Cached {
            token: Arc::new(body.access_token.into()),
            valid_until: started + lifetime,
        })
    }
}
