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

/// The signed-in user of this session, if any, within the absolute lifetime and not idle for
/// longer than the idle timeout (by the app's clock: the store's own expiry follows the system
/// clock); a session past either is ended here. The stored value is sealed (its tokens are
/// encrypted at rest).
pub async fn current(
    session: &Session,
    lifetimes: Lifetimes,
    now: i64,
    sealer: &Sealer,
) -> Option<AuthSession> {
    let sealed: String = session.get(AUTH_KEY).await.ok().flatten()?;
    let auth: AuthSession = serde_json::from_slice(&sealer.open(&sealed)?).ok()?;
    let superseded: Option<i64> = session.get(SUPERSEDED_KEY).await.ok().flatten();
    let seen: Option<i64> = session.get(SEEN_KEY).await.ok().flatten();
    let last_use = seen.unwrap_or(auth.signed_in_at).max(auth.signed_in_at);
    if now - auth.signed_in_at > lifetimes.absolute_secs
        || now - last_use > lifetimes.idle_secs
        || superseded.is_some_and(|until| now >= until)
    {
        let _ = session.flush().await;
        return None;
    }
    Some(auth)
}

/// How long a signed-in session lasts: from sign-in, and from its last use.
#[derive(Debug, Clone, Copy)]
pub struct Lifetimes {
    pub absolute_secs: i64,
    pub idle_secs: i64,
}

pub use crate::domain::safe_return_to;
