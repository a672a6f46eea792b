//! `/sign-in`, `/callback` and `/sign-out`.

use axum::{
    extract::{Query, State},
    http::{Extensions, HeaderMap},
    response::{IntoResponse, Redirect, Response},
    routing::{get, post},
    Router,
};
use serde::Deserialize;
use tower_sessions::Session;

use super::{
    session::{safe_return_to, PendingSignIn, PENDING_KEY, REAUTH_KEY},
    IndexEntry,
};
use crate::server::{client_ip::Client, AppState};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/sign-in", get(sign_in))
        .route("/callback", get(callback))
        .route("/sign-out", post(sign_out))
}

#[derive(Deserialize)]
struct SignInQuery {
    return_to: Option<String>,
    /// Asks for credentials even while signed in (a proof by signing in again).
    reauth: Option<String>,
}

/// Starts a sign-in at Logto. It asks for credentials when the user wants to prove it's them
/// (`reauth`), or when this browser's last session was ended from elsewhere.
async fn sign_in(
    State(state): State<AppState>,
    session: Session,
    Query(q): Query<SignInQuery>,
) -> Response {
    let return_to = safe_return_to(q.return_to.as_deref());
    let reauth = q.reauth.is_some();
    if !reauth && state.auth.user(&session).await.is_some() {
        return Redirect::to(&return_to).into_response();
    }
    let ended: bool = session
        .get(REAUTH_KEY)
        .await
        .ok()
        .flatten()
        .unwrap_or(false);
    match state.auth.oidc.authorize(return_to, reauth || ended).await {
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
        Ok(mut auth) => {
            pin_logto_session(&state, &mut auth).await;
            // A new id for the signed-in session: a fixated id from before is worth nothing.
            let client = Client::of(&headers, &extensions, state.config.trust_forwarded_for);
            let entry = IndexEntry {
                signed_in_at: auth.signed_in_at,
                ip: client.ip_text(),
                user_agent: client.user_agent,
                logto: auth.logto.clone(),
                ..Default::default()
            };
            let stored = async {
                session.remove_value(REAUTH_KEY).await?;
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
            let lang = crate::server::language::for_request(&headers, Some(&auth));
            let seen = crate::server::notices::Change::of_session(
                &auth,
                "sign_in",
                auth.signed_in_at,
                &entry.user_agent,
                &entry.ip,
                lang,
            );
            state.notices.sign_in_seen(&seen).await;
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

/// Finds which of the user's Logto sessions this sign-in came from, where Logto lists them and
/// the ID token did not say (Logto gives `sid` only to clients with back-channel logout): the
/// one that logged in at the ID token's `auth_time` and that no other session of ours claims. Left
/// unknown when that is not one session (two browsers that logged in within the same second):
/// the login time alone then names both, and neither is ended as "another" session.
async fn pin_logto_session(state: &AppState, auth: &mut super::AuthSession) {
    let Some(at) = auth.logto.login_ts.filter(|_| auth.logto.sid.is_none()) else {
        return;
    };
    let sessions = match state.management.sessions(&auth.user_id).await {
        Ok(Some(sessions)) => sessions,
        Ok(None) => return,
        Err(e) => {
            tracing::info!(error = %e, "could not list Logto's sessions at sign-in");
            return;
        }
    };
    let client = state.auth.oidc.client_id();
    let candidates: Vec<&str> = sessions
        .iter()
        .filter(|s| s.payload.login_ts == Some(at))
        .filter_map(|s| s.sid_for(client))
        .collect();
    let claimed = state
        .auth
        .index
        .logto_sids(&auth.user_id)
        .await
        .unwrap_or_default();
    let unclaimed: Vec<&str> = candidates
        .iter()
        .copied()
        .filter(|sid| !claimed.iter().any(|c| c == sid))
        .collect();
    auth.logto.sid = match (candidates.as_slice(), unclaimed.as_slice()) {
        ([only], _) | (_, [only]) => Some((*only).to_owned()),
        _ => None,
    };
}

/// Deletes the server session and revokes its refresh token, then lets Logto end its own
/// session (RP-initiated logout).
async fn sign_out(State(state): State<AppState>, session: Session) -> Response {
    let auth = state.auth.user(&session).await;
    if let (Some(auth), Some(id)) = (&auth, session.id()) {
        let index = &state.auth.index;
        let removed = async {
            index.end_predecessors(&auth.user_id, id).await?;
            index.remove(&auth.user_id, id).await
        };
        if let Err(e) = removed.await {
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
