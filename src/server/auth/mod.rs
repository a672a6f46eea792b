//! Sign-in with Logto (OIDC), server-side sessions and CSRF protection.

pub mod csrf;
mod idle;
mod oidc;
mod routes;
mod session;
mod store;

use std::sync::Arc;

use tower_sessions::Session;

pub use idle::slide;
pub use oidc::{Oidc, SignInError};
pub use routes::routes;
pub use session::{now_secs, safe_return_to, AuthSession, AUTH_KEY};
pub use store::AnyStore;

use super::{crypto::Sealer, error::ServerError};

/// Everything sign-in needs, shared by all requests.
pub struct Auth {
    pub oidc: Oidc,
    pub absolute_lifetime_secs: i64,
    /// Where Logto sends the browser after sign-out.
    pub post_logout_url: String,
    /// Seals what the session store keeps (the user's tokens).
    pub sealer: Arc<Sealer>,
}

impl Auth {
    /// The signed-in user of this session (absolute lifetime enforced).
    pub async fn user(&self, session: &Session) -> Option<AuthSession> {
        session::current(session, self.absolute_lifetime_secs, &self.sealer).await
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

    /// The signed-in user, with an access token valid for at least a minute: refreshed with the
    /// refresh token when needed. A failed refresh ends the session.
    pub async fn fresh(&self, session: &Session) -> Result<AuthSession, ServerError> {
        let auth = self
            .user(session)
            .await
            .ok_or(ServerError::Unauthenticated)?;
        if auth.access_expires_at - now_secs() > 60 {
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
