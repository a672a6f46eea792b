//! What the server keeps in a signed-in session. Tokens stay here: the browser holds only the
//! session cookie.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use tower_sessions::Session;

use crate::server::{crypto::Sealer, logto::LogtoSessionRef};

pub const AUTH_KEY: &str = "auth";
/// When the session was last written because it was used (seconds since the epoch).
pub const SEEN_KEY: &str = "seen";
pub const PENDING_KEY: &str = "oidc.pending";
/// On a session whose id was cycled by a proof: until when (seconds since the epoch) the old id
/// still opens the session as it was before the proof (see `SessionIndex::cycle`).
pub const SUPERSEDED_KEY: &str = "superseded_until";
/// On a browser whose session was ended from elsewhere: its next sign-in must ask for
/// credentials (see `auth::ended`).
pub const REAUTH_KEY: &str = "reauth";

#[derive(Clone, Serialize, Deserialize)]
pub struct AuthSession {
    /// Logto's user id (`sub`): the only source of "who is this" for every server function.
    pub user_id: String,
    /// The verified ID-token claims, for a first paint without an upstream call.
    pub claims: Map<String, Value>,
    pub id_token: String,
    pub access_token: String,
    /// Seconds since the epoch.
    pub access_expires_at: i64,
    pub refresh_token: Option<String>,
    pub signed_in_at: i64,
    /// When the user last proved who they are in this session, by password or code (seconds
    /// since the epoch); see [`super::proof`].
    #[serde(default)]
    pub proved_at: Option<i64>,
    /// The Logto session this one signed in with, as its ID token names it (`sid` where Logto
    /// gives one, `auth_time`): never by the session's `jti` (contract §12).
    #[serde(default)]
    pub logto: LogtoSessionRef,
    /// When the user entered credentials at Logto for a sign-in that asked for them (the ID
    /// token's `auth_time`); `None` for a sign-in Logto may have answered from its own session.
    #[serde(default)]
    pub authenticated_at: Option<i64>,
}

impl std::fmt::Debug for AuthSession {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AuthSession")
            .field("user_id", &self.user_id)
            .field("signed_in_at", &self.signed_in_at)
            .finish_non_exhaustive()
    }
}

/// An authorization request in flight, between `/sign-in` and `/callback`.
#[derive(Clone, Serialize, Deserialize)]
pub struct PendingSignIn {
    pub state: String,
    pub nonce: String,
    pub pkce_verifier: String,
    pub return_to: String,
    pub started_at: i64,
    /// Credentials were asked for (`prompt=login`): the ID token must show they were entered.
    #[serde(default)]
    pub fresh: bool,
}

pub fn now_secs() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or_default()
}

/// The signed-in user of this session, if any and within the absolute lifetime; a session past
/// it is ended here. The stored value is sealed (its tokens are encrypted at rest).
pub async fn current(
    session: &Session,
    absolute_lifetime_secs: i64,
    sealer: &Sealer,
) -> Option<AuthSession> {
    let sealed: String = session.get(AUTH_KEY).await.ok().flatten()?;
    let auth: AuthSession = serde_json::from_slice(&sealer.open(&sealed)?).ok()?;
    let superseded: Option<i64> = session.get(SUPERSEDED_KEY).await.ok().flatten();
    if now_secs() - auth.signed_in_at > absolute_lifetime_secs
        || superseded.is_some_and(|until| now_secs() >= until)
    {
        let _ = session.flush().await;
        return None;
    }
    Some(auth)
}

pub use crate::domain::safe_return_to;
