//! The idle timeout slides with use. The session layer writes a session (and renews its expiry
//! and cookie) only when its data changes, so reading pages alone would end a signed-in session
//! the idle timeout after sign-in. Each use therefore marks the session as seen, but writes that
//! mark only when half the idle timeout has passed since the last one: an active user costs at
//! most one session write per half-timeout, not one per request.

use axum::{
    extract::{Request, State},
    middleware::Next,
    response::Response,
};
use tower_sessions::Session;

use super::{session::SEEN_KEY, AUTH_KEY};
use crate::server::AppState;

pub async fn slide(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let path = req.uri().path();
    // Files and probes neither need a session nor count as use.
    let counts = !(path.starts_with("/pkg/")
        || path.contains('.')
        || path == "/healthz"
        || path == "/readyz"
        || path == "/sign-out");
    let session = req.extensions().get::<Session>().cloned();
    let res = next.run(req).await;
    let Some(session) = session.filter(|_| counts) else {
        return res;
    };
    if session.id().is_none() {
        return res;
    }
    let signed_in = matches!(
        session.get::<serde_json::Value>(AUTH_KEY).await,
        Ok(Some(_))
    );
    if !signed_in {
        return res;
    }
    let half = (state.config.sessions.idle_timeout.as_secs_f64() / 2.0) as i64;
    let seen: i64 = session.get(SEEN_KEY).await.ok().flatten().unwrap_or(0);
    let now = state.clock.now_secs();
    if now - seen >= half.max(1) {
        if let Err(e) = session.insert(SEEN_KEY, now).await {
            tracing::warn!(error = %e, "could not mark the session as used");
        }
    }
    res
}
