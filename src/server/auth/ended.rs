//! A browser whose session was ended from elsewhere (the security page, a password change, the
//! account's deletion) must not get back in without its credentials: Logto's own session in that
//! browser may live on (Logto 1.37 cannot end it; a revocation may fail), and a plain sign-in
//! would be answered from it without a question. The ended id is remembered for the session's
//! lifetime (`SessionIndex::end`); the first request that presents it gets a fresh session that
//! says so, and `/sign-in` then asks Logto for credentials and checks that they were entered.

use axum::{
    extract::{Request, State},
    middleware::Next,
    response::Response,
};
use tower_sessions::{session::Id, Session};

use super::{session::REAUTH_KEY, AUTH_KEY};
use crate::server::AppState;

pub async fn remember_ended(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let Some(session) = req.extensions().get::<Session>().cloned() else {
        return next.run(req).await;
    };
    let Some(presented) = session.id() else {
        return next.run(req).await;
    };
    // `/sign-in` reads the mark, so it must be there before the handler runs.
    if req.uri().path() == "/sign-in" {
        let _ = session.get::<serde_json::Value>(AUTH_KEY).await;
        flag_if_ended(&state, &session, presented).await;
        return next.run(req).await;
    }
    let res = next.run(req).await;
    flag_if_ended(&state, &session, presented).await;
    res
}

/// Only when the presented id did not stay (its record was not found, or it was cycled) is the
/// shared store asked: a request on a live session costs nothing here.
async fn flag_if_ended(state: &AppState, session: &Session, presented: Id) {
    if session.id() == Some(presented) {
        return;
    }
    match state.auth.index.was_ended(&presented).await {
        Ok(true) => {
            if let Err(e) = session.insert(REAUTH_KEY, true).await {
                tracing::warn!(error = %e, "could not remember that this browser's session was ended");
            }
        }
        Ok(false) => {}
        Err(e) => tracing::warn!(error = %e, "could not check whether the session was ended"),
    }
}
