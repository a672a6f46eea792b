//! The sessions page's lists and its sign-outs. Every sign-out needs a fresh proof of identity,
//! and reaches only the signed-in user's own sessions: a handle that is not one of theirs is
//! "not found", whoever's it is.

use super::{AppSessionRow, LogtoSessionRow, SessionsState, STALE_DAYS};
use crate::i18n::{self, Lang};
use crate::server::device;
use crate::server::{
    auth::{session_handle, AuthSession, LiveSession},
    context::RequestCtx,
    crypto::short_digest,
    error::ServerError,
    logto::{LogtoSession, LogtoSessionRef},
};

/// One upstream call (Logto's sessions); this app's come from the own session index.
pub async fn view(ctx: &RequestCtx) -> Result<SessionsState, ServerError> {
    let auth = ctx.user().await?;
    let logto = ctx.state.management.sessions(&auth.user_id).await?;
    let sessions = ctx.state.auth.index.live(&auth.user_id).await?;
    let now = ctx.now();
    let lang = ctx.lang;
    Ok(SessionsState {
        proved: ctx.state.auth.has_fresh_proof(&auth),
        sessions: sessions
            .iter()
            .map(|s| app_row(s, ctx.session.id() == Some(s.id), now, lang))
            .collect(),
        logto: logto.map(|list| {
            list.iter()
                .map(|s| logto_row(s, is_current(ctx, s, &auth), now, lang))
                .collect()
        }),
    })
}

fn app_row(session: &LiveSession, current: bool, now: i64, lang: Lang) -> AppSessionRow {
    AppSessionRow {
        handle: session_handle(&session.id),
        device: device::describe(&session.entry.user_agent, lang),
        ip: Some(session.entry.ip.clone()).filter(|ip| !ip.is_empty()),
        signed_in: i18n::time_ago(lang, now - session.entry.signed_in_at),
        active: session.last_seen.map(|at| i18n::time_ago(lang, now - at)),
        current,
    }
}

fn logto_row(session: &LogtoSession, current: bool, now: i64, lang: Lang) -> LogtoSessionRow {
    let login = session.payload.login_ts;
    LogtoSessionRow {
        handle: logto_handle(session),
        signed_in: login.map(|at| i18n::time_ago(lang, now - at)),
        stale: login.is_some_and(|at| now - at > STALE_DAYS * 86_400),
        apps: session.payload.authorizations.len(),
        current,
    }
}

/// Logto's session this browser signed in with.
fn is_current(ctx: &RequestCtx, session: &LogtoSession, auth: &AuthSession) -> bool {
    session.is(ctx.state.auth.oidc.client_id(), &auth.logto)
}

fn logto_handle(session: &LogtoSession) -> String {
    short_digest(&session.payload.uid)
}

/// Signs out one of the user's other sessions of this app.
pub async fn end(ctx: &RequestCtx, handle: &str) -> Result<(), ServerError> {
    let auth = ctx.proven().await?;
    let index = &ctx.state.auth.index;
    let found = index
        .live(&auth.user_id)
        .await?
        .into_iter()
        .find(|s| session_handle(&s.id) == handle && ctx.session.id() != Some(s.id))
        .ok_or(ServerError::NotFound("no such session of this user"))?;
    index.end(&auth.user_id, found.id).await?;
    end_logto_sessions(ctx, &auth, &[found]).await?;
    tracing::info!("a session of the user was signed out");
    ctx.record(&auth, "session.ended", &[]).await;
    Ok(())
}

/// Ends the Logto sessions the given app sessions signed in with, where Logto lists sessions:
/// otherwise the next visit of that browser would be signed straight back in.
async fn end_logto_sessions(
    ctx: &RequestCtx,
    auth: &AuthSession,
    ended: &[LiveSession],
) -> Result<(), ServerError> {
    let signed_in_with: Vec<&LogtoSessionRef> = ended.iter().map(|s| &s.entry.logto).collect();
    let management = &ctx.state.management;
    let Some(sessions) = management.sessions(&auth.user_id).await? else {
        return Ok(());
    };
    let client = ctx.state.auth.oidc.client_id();
    for session in sessions {
        let theirs = signed_in_with.iter().any(|r| session.is(client, r));
        if theirs && !is_current(ctx, &session, auth) {
            management
                .revoke_session(&auth.user_id, &session.payload.uid)
                .await?;
        }
    }
    Ok(())
}

/// Signs out every other session of the user of this app.
pub async fn end_others(ctx: &RequestCtx) -> Result<usize, ServerError> {
    let auth = ctx.proven().await?;
    let index = &ctx.state.auth.index;
    let others: Vec<LiveSession> = index
        .live(&auth.user_id)
        .await?
        .into_iter()
        .filter(|s| ctx.session.id() != Some(s.id))
        .collect();
    let ended = index.end_others(&auth.user_id, ctx.session.id()).await?;
    end_logto_sessions(ctx, &auth, &others).await?;
    tracing::info!(ended, "the user's other sessions were signed out");
    ctx.record(&auth, "sessions.ended_others", &[]).await;
    Ok(ended)
}

/// Ends one of the user's Logto sessions (not the one this browser signed in with) and the
/// grants made through it.
pub async fn end_logto(ctx: &RequestCtx, handle: &str) -> Result<(), ServerError> {
    let auth = ctx.proven().await?;
    let management = &ctx.state.management;
    let found = management
        .sessions(&auth.user_id)
        .await?
        .unwrap_or_default()
        .into_iter()
        .find(|s| logto_handle(s) == handle && !is_current(ctx, s, &auth))
        .ok_or(ServerError::NotFound("no such Logto session of this user"))?;
    management
        .revoke_session(&auth.user_id, &found.payload.uid)
        .await?;
    tracing::info!("a Logto session of the user was ended");
    ctx.record(&auth, "logto_session.ended", &[]).await;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn session(login_ts: i64) -> LogtoSession {
        serde_json::from_value(serde_json::json!({
            "payload": { "uid": "u1", "loginTs": login_ts, "authorizations": {} }
        }))
        .unwrap()
    }

    #[test]
    fn a_logto_session_signed_in_over_30_days_ago_is_flagged() {
        let now = 100 * 86_400;
        let row = |days: i64| logto_row(&session(now - days * 86_400), false, now, Lang::En);
        assert!(!row(29).stale);
        assert!(row(31).stale);
        assert_eq!(row(31).signed_in.as_deref(), Some("31 days ago"));
    }
}
