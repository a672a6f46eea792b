//! Sign-in with Logto (OIDC), server-side sessions and CSRF protection.

pub mod csrf;
mod ended;
mod idle;
mod index;
mod oidc;
mod routes;
mod session;
mod store;

use std::sync::Arc;

use tower_sessions::Session;

pub use ended::remember_ended;
pub use idle::slide;
pub use index::{session_handle, IndexEntry, LiveSession, SessionIndex};
pub use oidc::{Oidc, SignInError};
pub use routes::routes;
pub use session::{safe_return_to, AuthSession, Lifetimes, AUTH_KEY};
pub use store::AnyStore;

use super::{clock::Clock, crypto::Sealer, error::ServerError};

/// Everything sign-in needs, shared by all requests.
pub struct Auth {
    pub oidc: Oidc,
    pub lifetimes: Lifetimes,
    /// The app's clock (`AppState::clock`).
    pub clock: Clock,
    /// Where Logto sends the browser after sign-out.
    pub post_logout_url: String,
    /// Seals what the session store keeps (the user's tokens).
    pub sealer: Arc<Sealer>,
    /// Each user's sessions, in the shared store.
    pub index: SessionIndex,
    /// How long a proof of identity opens sensitive actions (`PROOF_MINUTES`, 10).
    pub proof_lifetime_secs: i64,
}

impl Auth {
    /// The signed-in user of this session (absolute lifetime enforced). An id a proof replaced
    /// opens nothing after its grace, whatever its record says (a stale write may have brought
    /// the record back).
    pub async fn user(&self, session: &Session) -> Option<AuthSession> {
        let auth = session::current(session, self.lifetimes, self.now(), &self.sealer).await?;
        let id = session.id()?;
        match self.index.superseded_until(&id).await {
            Ok(None) => Some(auth),
            Ok(Some(until)) if self.now() < until => Some(auth),
            Ok(Some(_)) => {
                let _ = session.flush().await;
                None
            }
            Err(e) => {
                tracing::warn!(error = %e, "could not check whether the session was superseded");
                None
            }
        }
    }

    fn now(&self) -> i64 {
        self.clock.now_secs()
    }

    /// Keeps the signed-in user in the session, sealed.
    pub async fn store(
        &self,
        session: &Session,
        auth: &AuthSession,
    ) -> Result<(), tower_sessions::session::Error> {
        let json = serde_json::to_vec(auth).map_err(tower_sessions::session::Error::SerdeJson)?;
        session.insert(AUTH_KEY, self.sealer.seal(&json)).await
    }

    /// A password or code proved who this is within the proof lifetime, in this session.
    pub fn has_fresh_proof(&self, user: &AuthSession) -> bool {
        user.proved_at
            .is_some_and(|at| self.within_proof_lifetime(at))
    }

    /// Entered credentials at Logto within the proof lifetime, in a sign-in that asked for them
    /// (`prompt=login`, checked by the ID token's `auth_time`): proof enough only where nothing
    /// better exists (a first password on an account without email or phone).
    pub fn reauthenticated_recently(&self, user: &AuthSession) -> bool {
        user.authenticated_at
            .is_some_and(|at| self.within_proof_lifetime(at))
    }

    fn within_proof_lifetime(&self, at: i64) -> bool {
        (0..self.proof_lifetime_secs).contains(&(self.now() - at))
    }

    /// Records that the user just proved who they are, and gives the session a new id (a session
    /// id seen before the proof is worth nothing after it).
    pub async fn record_proof(
        &self,
        session: &Session,
        auth: &mut AuthSession,
    ) -> Result<(), ServerError> {
        auth.proved_at = Some(self.now());
        self.store(session, auth).await?;
        self.index.cycle(&auth.user_id, session).await
    }

    /// Ends this session here (store and index), without a word to Logto: for a session Logto
    /// no longer stands behind.
    pub async fn end_here(&self, session: &Session, user: &str) {
        if let Some(id) = session.id() {
            if let Err(e) = self.index.remove(user, id).await {
                tracing::warn!(error = %e, "could not remove the session from the index");
            }
        }
        let _ = session.flush().await;
    }

    /// The signed-in user, with an access token valid for at least a minute: refreshed with the
    /// refresh token when needed. A failed refresh ends the session.
    pub async fn fresh(&self, session: &Session) -> Result<AuthSession, ServerError> {
        let auth = self
            .user(session)
            .await
            .ok_or(ServerError::Unauthenticated)?;
        if auth.access_expires_at - self.now() > 60 {
            return Ok(auth);
        }
        self.refresh(session, &auth).await
    }

    /// Trades the refresh token for new tokens now: when the access token is about to expire, or
    /// when Logto refused it early (revoked, clock skew). A failed refresh ends the session.
    pub async fn refresh(
        &self,
        session: &Session,
        auth: &AuthSession,
    ) -> Result<AuthSession, ServerError> {
        match self.oidc.refresh(auth).await {
            Some(refreshed) => {
                self.store(session, &refreshed).await?;
                Ok(refreshed)
            }
            None => {
                let _ = session.flush().await;
                Err(ServerError::Unauthenticated)
            }
        }
    }
}

pub type SharedAuth = Arc<Auth>;

pub fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}
