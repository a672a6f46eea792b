//! `/sign-in`, `/callback` and `/sign-out`.

use axum::{
    extract::{Query, State},
    http::{header, Extensions, HeaderMap},
    response::{IntoResponse, Redirect, Response},
    routing::{get, post},
    Router,
};
use serde::Deserialize;
use tower_sessions::Session;

use super::{
    session::{safe_return_to, PendingSignIn, PENDING_KEY},
    IndexEntry,
};
use crate::server::{client_ip::client_ip, AppState};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/sign-in", get(sign_in))
        .route("/callback", get(callback))
        .route("/sign-out", post(sign_out))
}

#[derive(Deserialize)]
struct SignInQuery {
    return_to: Option<String>,
}

async fn sign_in(
    State(state): State<AppState>,
    session: Session,
    Query(q): Query<SignInQuery>,
) -> Response {
    let return_to = safe_return_to(q.return_to.as_deref());
    if state.auth.user(&session).await.is_some() {
        return Redirect::to(&return_to).into_response();
    }
    match state.auth.oidc.authorize(return_to).await {
        Ok((url, pending)) => {
            if session.insert(PENDING_KEY, &pending).await.is_err() {
                return failed(super::SignInError::Unavailable);
            }
            Redirect::to(url.as_str()).into_response()
        }
        Err(e) => failed(e),
    }
}

#[derive(Deserialize)]
struct CallbackQuery {
    code: Option<String>,
    state: Option<String>,
    error: Option<String>,
}

async fn callback(
    State(state): State<AppState>,
    session: Session,
    headers: HeaderMap,
    extensions: Extensions,
    Query(q): Query<CallbackQuery>,
) -> Response {
    let pending: Option<PendingSignIn> = session.remove(PENDING_KEY).await.ok().flatten();
    // A stray or cross-site visit with no sign-in in progress: nothing to finish, and a
    // signed-in user stays signed in.
    if pending.is_none() && state.auth.user(&session).await.is_some() {
        return Redirect::to("/").into_response();
    }
    let return_to = pending.as_ref().map(|p| p.return_to.clone());
    let result = state
        .auth
        .oidc
        .finish(
            pending,
            q.code.as_deref(),
            q.state.as_deref(),
            q.error.as_deref(),
        )
        .await;
    match result {
        Ok(auth) => {
            // A new id for the signed-in session: a fixated id from before is worth nothing.
            let entry = IndexEntry {
                signed_in_at: auth.signed_in_at,
                user_agent: headers
                    .get(header::USER_AGENT)
                    .and_then(|v| v.to_str().ok())
                    .unwrap_or_default()
                    .chars()
                    .take(256)
                    .collect(),
                ip: client_ip(&headers, &extensions, state.config.trust_forwarded_for)
                    .map(|ip| ip.to_string())
                    .unwrap_or_default(),
                logto_sid: auth.logto_sid.clone(),
                superseded: false,
            };
            let stored = async {
                session.cycle_id().await?;
                state.auth.store(&session, &auth).await?;
                // Saved now, so the index can name the session by its id.
                session.save().await?;
                state.auth.index.add(&auth.user_id, &session, &entry).await
            }
            .await;
            if stored.is_err() {
                let _ = session.flush().await;
                return failed(super::SignInError::Unavailable);
            }
            tracing::info!(user = %auth.user_id, "signed in");
            Redirect::to(&safe_return_to(return_to.as_deref())).into_response()
        }
        Err(e) => {
            // Only the pending sign-in goes (removed above): a session that was signed in
            // before stays.
            tracing::warn!(reason = e.reason(), "sign-in refused");
            failed(e)
        }
    }
}

/// Deletes the server session and revokes its refresh token, then lets Logto end its own
/// session (RP-initiated logout).
async fn sign_out(State(state): State<AppState>, session: Session) -> Response {
    let auth = state.auth.user(&session).await;
    if let (Some(auth), Some(id)) = (&auth, session.id()) {
        if let Err(e) = state.auth.index.remove(&auth.user_id, id).await {
            // The entry ends with the absolute lifetime anyway.
            tracing::warn!(error = %e, "could not remove the session from the index");
        }
    }
    let _ = session.flush().await;
    if let Some(token) = auth.as_ref().and_then(|a| a.refresh_token.as_deref()) {
        state.auth.oidc.revoke(token).await;
    }
    match auth {
        Some(_) => Redirect::to(
            state
                .auth
                .oidc
                .end_session_url(&state.auth.post_logout_url)
                .as_str(),
        )
        .into_response(),
        None => Redirect::to("/").into_response(),
    }
}

fn failed(e: super::SignInError) -> Response {
    Redirect::to(&format!("/sign-in/failed?reason={}", e.reason())).into_response()
}
