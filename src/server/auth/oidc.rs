//! The OpenID Connect relying party (confidential client, code flow with PKCE S256, state and
//! nonce), built on the `openidconnect` crate. Discovery is lazy, so the app starts while Logto
//! is down; an ID token signed by an unknown key re-reads the JWKS (at most every 30 s).

use std::{sync::Arc, time::Duration};

use base64::{engine::general_purpose::URL_SAFE_NO_PAD, Engine};
use openidconnect::{
    core::{
        CoreAuthPrompt, CoreAuthenticationFlow, CoreClient, CoreJsonWebKeySet,
        CoreJwsSigningAlgorithm, CoreProviderMetadata,
    },
    AuthorizationCode, ClaimsVerificationError, ClientId, ClientSecret, CsrfToken,
    EndpointMaybeSet, EndpointNotSet, EndpointSet, IssuerUrl, Nonce, OAuth2TokenResponse,
    PkceCodeChallenge, PkceCodeVerifier, RedirectUrl, RefreshToken, Scope,
    SignatureVerificationError, TokenResponse,
};
use secrecy::{ExposeSecret, SecretString};
use serde_json::{Map, Value};
use url::Url;

use super::session::{AuthSession, PendingSignIn};
use crate::server::clock::Clock;
use crate::server::logto::LogtoSessionRef;

type Client = CoreClient<
    EndpointSet,
    EndpointNotSet,
    EndpointNotSet,
    EndpointNotSet,
    EndpointMaybeSet,
    EndpointMaybeSet,
>;

pub const SCOPES: &[&str] = &[
    "profile",
    "email",
    "phone",
    "address",
    "custom_data",
    "identities",
    "offline_access",
];
const JWKS_REFRESH_EVERY: Duration = Duration::from_secs(30);
/// A pending sign-in older than this is refused (the user left the tab open).
const PENDING_TTL_SECS: i64 = 600;
/// Tolerated clock difference for `iat`.
const CLOCK_SKEW_SECS: i64 = 60;
/// Tolerated clock difference between Logto and us for a fresh sign-in's `auth_time`: small,
/// since a Logto session from just before the sign-in started would pass as fresh.
const AUTH_TIME_SKEW_SECS: i64 = 5;
/// `max_age` of a sign-in that must ask for credentials: besides `prompt=login`, it makes Logto
/// put `auth_time` in the ID token (node-oidc-provider adds it only when asked).
const FRESH_MAX_AGE: Duration = Duration::from_secs(600);
/// `max_age` of every other sign-in: longer than Logto keeps a session (14 days by default), so
/// it never asks for credentials by itself, yet makes Logto say `auth_time`.
const SIGN_IN_MAX_AGE: Duration = Duration::from_secs(30 * 24 * 3600);

/// Why a sign-in was refused; each has its own page text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SignInError {
    /// No sign-in in progress in this session (or it expired).
    NoPending,
    StateMismatch,
    /// Logto answered the authorization request with an error (e.g. the user cancelled).
    Denied,
    /// The code could not be exchanged.
    Exchange,
    /// The ID token failed validation (signature, iss, aud, exp, iat, nonce).
    InvalidIdToken,
    Unavailable,
    /// Credentials were asked for, and the ID token says they were not entered just now (no
    /// `auth_time`, or one from before the sign-in started).
    NotFresh,
}

impl SignInError {
    pub fn reason(self) -> &'static str {
        match self {
            SignInError::NoPending => "expired",
            SignInError::StateMismatch => "state",
            SignInError::Denied => "denied",
            SignInError::Exchange => "exchange",
            SignInError::InvalidIdToken => "id_token",
            SignInError::Unavailable => "unavailable",
            SignInError::NotFresh => "not_fresh",
        }
    }
}

pub struct Oidc {
    http: openidconnect::reqwest::Client,
    issuer: String,
    client_id: String,
    client_secret: SecretString,
    redirect_url: String,
    /// The discovered metadata with its key set. A plain lock, never held across a fetch.
    metadata: std::sync::Mutex<Option<Discovered>>,
    /// How long a key set is trusted before it is read again: a key Logto removed (rotated out,
    /// or compromised) stops being accepted within this time.
    key_lifetime: Duration,
    clock: Clock,
}

#[derive(Clone)]
struct Discovered {
    meta: Arc<CoreProviderMetadata>,
    /// When the key set was last read (or a re-read was claimed).
    keys_read_at_ms: i64,
    /// The last re-read asked for by an unknown `kid`.
    forced_at_ms: Option<i64>,
}

impl Oidc {
    pub fn new(
        endpoint: &Url,
        client_id: String,
        client_secret: SecretString,
        public_url: &Url,
        key_lifetime: Duration,
        clock: Clock,
    ) -> Oidc {
        let http = openidconnect::reqwest::ClientBuilder::new()
            .redirect(openidconnect::reqwest::redirect::Policy::none())
            .connect_timeout(Duration::from_secs(3))
            .timeout(Duration::from_secs(10))
            .build()
            .expect("static HTTP client configuration");
        Oidc {
            http,
            issuer: format!("{}/oidc", endpoint.as_str().trim_end_matches('/')),
            client_id,
            client_secret,
            redirect_url: format!("{}/callback", public_url.as_str().trim_end_matches('/')),
            metadata: std::sync::Mutex::new(None),
            key_lifetime,
            clock,
        }
    }

    fn now_secs(&self) -> i64 {
        self.clock.now_secs()
    }

    /// This app's client id at Logto: the key of its entry in a Logto session's `authorizations`.
    pub fn client_id(&self) -> &str {
        &self.client_id
    }

    /// Logto's issuer and its signing keys as a JWK set (JSON); `refresh` re-reads the keys (an
    /// unknown `kid`), as often as [`Oidc::metadata`] allows.
    pub async fn signing_keys(
        &self,
        refresh: bool,
    ) -> Result<(String, serde_json::Value), SignInError> {
        let meta = self.metadata(refresh).await?;
        let keys = serde_json::to_value(meta.jwks()).map_err(|_| SignInError::Unavailable)?;
        Ok((meta.issuer().to_string(), keys))
    }

    /// The provider metadata, discovered once, with a key set at most `key_lifetime` old.
    /// `refresh_jwks` (an unknown `kid`) re-reads the keys at once, but at most once per
    /// [`JWKS_REFRESH_EVERY`], so a flood of unknown `kid`s cannot hammer Logto.
    async fn metadata(&self, refresh_jwks: bool) -> Result<Arc<CoreProviderMetadata>, SignInError> {
        let lock = || self.metadata.lock().unwrap_or_else(|e| e.into_inner());
        let Some(known) = lock().clone() else {
            let issuer =
                IssuerUrl::new(self.issuer.clone()).map_err(|_| SignInError::Unavailable)?;
            let meta = CoreProviderMetadata::discover_async(issuer, &self.http)
                .await
                .map_err(|e| {
                    tracing::warn!(error = %e, "OIDC discovery failed");
                    SignInError::Unavailable
                })?;
            let meta = Arc::new(meta);
            *lock() = Some(Discovered {
                meta: meta.clone(),
                keys_read_at_ms: self.clock.now_ms(),
                forced_at_ms: None,
            });
            return Ok(meta);
        };
        let stale = !self.clock.within(known.keys_read_at_ms, self.key_lifetime);
        let forced = refresh_jwks
            && known
                .forced_at_ms
                .is_none_or(|at| !self.clock.within(at, JWKS_REFRESH_EVERY));
        if !stale && !forced {
            return Ok(known.meta);
        }
        // Claim the re-read, so concurrent requests use the current keys meanwhile.
        if let Some(current) = lock().as_mut() {
            current.keys_read_at_ms = self.clock.now_ms();
            if forced {
                current.forced_at_ms = Some(self.clock.now_ms());
            }
        }
        match CoreJsonWebKeySet::fetch_async(known.meta.jwks_uri(), &self.http).await {
            Ok(jwks) => {
                tracing::info!("re-read Logto's signing keys");
                let meta = Arc::new((*known.meta).clone().set_jwks(jwks));
                if let Some(current) = lock().as_mut() {
                    current.meta = meta.clone();
                }
                Ok(meta)
            }
            Err(e) if forced => {
                tracing::warn!(error = %e, "could not re-read Logto's JWKS");
                Err(SignInError::Unavailable)
            }
            // Logto unreachable is not a key removed: keep what we have, try again later.
            Err(e) => {
                tracing::warn!(error = %e, "could not re-read Logto's JWKS; keeping the known keys");
                Ok(known.meta)
            }
        }
    }

    fn client(&self, meta: &CoreProviderMetadata) -> Result<Client, SignInError> {
        let redirect =
            RedirectUrl::new(self.redirect_url.clone()).map_err(|_| SignInError::Unavailable)?;
        Ok(CoreClient::from_provider_metadata(
            meta.clone(),
            ClientId::new(self.client_id.clone()),
            Some(ClientSecret::new(
                self.client_secret.expose_secret().to_owned(),
            )),
        )
        .set_redirect_uri(redirect))
    }

    /// The URL to send the browser to, and what to remember until it comes back. A `fresh`
    /// sign-in makes Logto ask for credentials even while its own session lives.
    pub async fn authorize(
        &self,
        return_to: String,
        fresh: bool,
    ) -> Result<(Url, PendingSignIn), SignInError> {
        let meta = self.metadata(false).await?;
        let client = self.client(&meta)?;
        let (challenge, verifier) = PkceCodeChallenge::new_random_sha256();
        let mut request = client
            .authorize_url(
                CoreAuthenticationFlow::AuthorizationCode,
                CsrfToken::new_random,
                Nonce::new_random,
            )
            .set_pkce_challenge(challenge)
            // Logto keeps offline_access (a refresh token) only with prompt=consent.
            .add_prompt(CoreAuthPrompt::Consent);
        // `max_age` always: only then does Logto put `auth_time` in the ID token, and that is
        // how this session finds its Logto session (`LogtoSessionRef`).
        request = if fresh {
            request
                .add_prompt(CoreAuthPrompt::Login)
                .set_max_age(FRESH_MAX_AGE)
        } else {
            request.set_max_age(SIGN_IN_MAX_AGE)
        };
        for scope in SCOPES {
            request = request.add_scope(Scope::new((*scope).to_owned()));
        }
        let (url, state, nonce) = request.url();
        Ok((
            url,
            PendingSignIn {
                state: state.secret().clone(),
                nonce: nonce.secret().clone(),
                pkce_verifier: verifier.secret().clone(),
                return_to,
                started_at: self.now_secs(),
                fresh,
            },
        ))
    }

    /// Checks state, exchanges the code and validates the ID token fully.
    pub async fn finish(
        &self,
        pending: Option<PendingSignIn>,
        code: Option<&str>,
        state: Option<&str>,
        error: Option<&str>,
    ) -> Result<AuthSession, SignInError> {
        let pending = pending
            .filter(|p| self.now_secs() - p.started_at <= PENDING_TTL_SECS)
            .ok_or(SignInError::NoPending)?;
        let state_ok =
            state.is_some_and(|s| super::constant_time_eq(s.as_bytes(), pending.state.as_bytes()));
        if !state_ok {
            return Err(SignInError::StateMismatch);
        }
        if error.is_some() {
            return Err(SignInError::Denied);
        }
        let code = code.ok_or(SignInError::Exchange)?;

        let meta = self.metadata(false).await?;
        let client = self.client(&meta)?;
        let tokens = client
            .exchange_code(AuthorizationCode::new(code.to_owned()))
            .map_err(|_| SignInError::Unavailable)?
            .set_pkce_verifier(PkceCodeVerifier::new(pending.pkce_verifier.clone()))
            .request_async(&self.http)
            .await
            .map_err(|e| {
                tracing::warn!(error = %e, "authorization code exchange failed");
                SignInError::Exchange
            })?;
        let id_token = tokens.id_token().ok_or(SignInError::InvalidIdToken)?;
        let nonce = Nonce::new(pending.nonce.clone());

        let verify = |client: &Client| {
            let verifier = client
                .id_token_verifier()
                .set_allowed_algs(vec![
                    CoreJwsSigningAlgorithm::EcdsaP384Sha384,
                    CoreJwsSigningAlgorithm::RsaSsaPkcs1V15Sha256,
                ])
                .set_issue_time_verifier_fn(|iat| {
                    if iat.timestamp() > self.now_secs() + CLOCK_SKEW_SECS {
                        Err("issued in the future".to_owned())
                    } else {
                        Ok(())
                    }
                });
            id_token
                .claims(&verifier, &nonce)
                .map(|c| c.subject().to_string())
        };
        let subject = match verify(&client) {
            Err(ClaimsVerificationError::SignatureVerification(
                SignatureVerificationError::NoMatchingKey,
            )) => {
                // Logto may have rotated its keys since discovery.
                let meta = self.metadata(true).await?;
                verify(&self.client(&meta)?)
            }
            other => other,
        }
        .map_err(|e| {
            tracing::warn!(error = %e, "ID token refused");
            SignInError::InvalidIdToken
        })?;

        let raw_id_token = id_token.to_string();
        let claims = payload(&raw_id_token).ok_or(SignInError::InvalidIdToken)?;
        let logto = LogtoSessionRef {
            sid: claims.get("sid").and_then(Value::as_str).map(String::from),
            login_ts: claims.get("auth_time").and_then(Value::as_i64),
        };
        let authenticated_at = fresh_auth_time(&pending, &claims)?;
        let now = self.now_secs();
        Ok(AuthSession {
            user_id: subject,
            claims: profile_claims(claims),
            id_token: raw_id_token,
            access_token: tokens.access_token().secret().clone(),
            access_expires_at: now
                + tokens
                    .expires_in()
                    .map(|d| d.as_secs() as i64)
                    .unwrap_or(3600),
            refresh_token: tokens.refresh_token().map(|t| t.secret().clone()),
            signed_in_at: now,
            proved_at: None,
            logto,
            authenticated_at,
        })
    }

    /// Revokes a refresh token at Logto (`/oidc/token/revocation`), so a copy of it is worth
    /// nothing after sign-out. A failure is logged: the sign-out goes on.
    pub async fn revoke(&self, refresh_token: &str) {
        use secrecy::ExposeSecret;
        let res = self
            .http
            .post(format!("{}/token/revocation", self.issuer))
            .basic_auth(&self.client_id, Some(self.client_secret.expose_secret()))
            .form(&[
                ("token", refresh_token),
                ("token_type_hint", "refresh_token"),
            ])
            .timeout(std::time::Duration::from_secs(2))
            .send()
            .await;
        match res {
            Ok(res) if res.status().is_success() => {}
            Ok(res) => tracing::warn!(status = %res.status(), "refresh token revocation refused"),
            Err(e) => tracing::warn!(error = %e.without_url(), "refresh token revocation failed"),
        }
    }

    /// A fresh access token from the refresh token; `None` when the user must sign in again.
    pub async fn refresh(&self, auth: &AuthSession) -> Option<AuthSession> {
        let refresh = auth.refresh_token.clone()?;
        let meta = self.metadata(false).await.ok()?;
        let client = self.client(&meta).ok()?;
        let tokens = client
            .exchange_refresh_token(&RefreshToken::new(refresh.clone()))
            .ok()?
            .request_async(&self.http)
            .await
            .map_err(|e| tracing::info!(error = %e, "token refresh refused"))
            .ok()?;
        let now = self.now_secs();
        Some(AuthSession {
            access_token: tokens.access_token().secret().clone(),
            access_expires_at: now
                + tokens
                    .expires_in()
                    .map(|d| d.as_secs() as i64)
                    .unwrap_or(3600),
            refresh_token: Some(
                tokens
                    .refresh_token()
                    .map(|t| t.secret().clone())
                    .unwrap_or(refresh),
            ),
            ..auth.clone()
        })
    }

    /// Logto's end-session URL for RP-initiated logout (`{issuer}/session/end`, `../shared/logto/CONTRACT.md` §5).
    /// `client_id` names the app; no `id_token_hint`, so the ID token (email, phone, address)
    /// never travels in a URL where history, logs and `Referer` could keep it.
    pub fn end_session_url(&self, post_logout: &str) -> Url {
        let mut end =
            Url::parse(&format!("{}/session/end", self.issuer)).expect("the issuer is a URL");
        end.query_pairs_mut()
            .append_pair("post_logout_redirect_uri", post_logout)
            .append_pair("client_id", &self.client_id);
        end
    }
}

/// The JSON payload of a JWT whose signature was already verified.
fn payload(jwt: &str) -> Option<Map<String, Value>> {
    let part = jwt.split('.').nth(1)?;
    let bytes = URL_SAFE_NO_PAD.decode(part).ok()?;
    match serde_json::from_slice(&bytes).ok()? {
        Value::Object(map) => Some(map),
        _ => None,
    }
}

/// The user's claims without the protocol ones.
/// For a sign-in that asked for credentials: when they were entered (the ID token's
/// `auth_time`), refused unless that was after the sign-in started. `None` for other sign-ins,
/// whose `auth_time` (if any) may be an old Logto session's.
fn fresh_auth_time(
    pending: &PendingSignIn,
    claims: &Map<String, Value>,
) -> Result<Option<i64>, SignInError> {
    if !pending.fresh {
        return Ok(None);
    }
    match claims.get("auth_time").and_then(Value::as_i64) {
        Some(at) if at >= pending.started_at - AUTH_TIME_SKEW_SECS => Ok(Some(at)),
        other => {
            tracing::warn!(auth_time = ?other, "a sign-in that asked for credentials came back without them");
            Err(SignInError::NotFresh)
        }
    }
}

fn profile_claims(mut claims: Map<String, Value>) -> Map<String, Value> {
    for key in [
        "iss",
        "aud",
        "exp",
        "iat",
        "nonce",
        "at_hash",
        "sid",
        "auth_time",
        "azp",
        "jti",
    ] {
        claims.remove(key);
    }
    claims
}
