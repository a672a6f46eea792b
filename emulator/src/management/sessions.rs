//! `GET/DELETE /api/users/:id/sessions` (Logto 1.42; absent on 1.37): the user's OIDC sessions
//! with the shapes measured in `../shared/logto/CONTRACT.md` §11. A session is addressed by `payload.uid`.

use std::collections::HashMap;

use axum::{
    extract::{Path, Query, State},
    http::StatusCode,
    response::{IntoResponse, Response},
    Json,
};
use serde_json::{json, Map, Value};

use crate::{
    ctx::{BrowserSession, Ctx},
    error::ApiError,
    model::now_secs,
};

fn session_json(s: &BrowserSession) -> Value {
    let authorizations: Map<String, Value> = s
        .clients
        .iter()
        .map(|c| {
            (
                c.client_id.clone(),
                json!({ "sid": c.sid, "grantId": c.grant_id }),
            )
        })
        .collect();
    json!({
        "payload": {
            "exp": s.expires_at,
            "iat": s.auth_time,
            "jti": s.jti,
            "uid": s.uid,
            "kind": "Session",
            "loginTs": s.auth_time,
            "accountId": s.user_id,
            "authorizations": authorizations,
        },
        "lastSubmission": { "login": { "accountId": s.user_id, "ts": s.auth_time } },
        "clientId": s.clients.first().map(|c| &c.client_id),
        "accountId": s.user_id,
        "expiresAt": s.expires_at * 1000,
    })
}

/// A user id that names no user gets an empty list, not 404 (measured on 1.42.0, contract §12).
pub async fn list(State(ctx): State<Ctx>, Path(id): Path<String>) -> Result<Response, ApiError> {
    let now = now_secs();
    let mut sessions: Vec<BrowserSession> = ctx
        .ephemeral()
        .sessions
        .values()
        .filter(|s| s.user_id == id && s.expires_at > now)
        .cloned()
        .collect();
    sessions.sort_by(|a, b| b.auth_time.cmp(&a.auth_time).then(a.uid.cmp(&b.uid)));
    let sessions: Vec<Value> = sessions.iter().map(session_json).collect();
    Ok(Json(json!({ "sessions": sessions })).into_response())
}

/// `?revokeGrantsTarget=all|firstParty` also revokes the session's grants with their tokens
/// (every emulated application is first-party).
pub async fn delete(
    State(ctx): State<Ctx>,
    Path((id, uid)): Path<(String, String)>,
    Query(query): Query<HashMap<String, String>>,
) -> Result<Response, ApiError> {
    ctx.user(&id).ok_or_else(ApiError::not_found)?;
    let revoke = match query.get("revokeGrantsTarget").map(String::as_str) {
        None => false,
        Some("all" | "firstParty") => true,
        Some(_) => {
            return Err(ApiError::guard(vec![
                "Error in key path \"revokeGrantsTarget\": (invalid_enum_value) Invalid enum value"
                    .into(),
            ]))
        }
    };
    let removed = {
        let mut eph = ctx.ephemeral();
        let jti = eph
            .sessions
            .values()
            .find(|s| s.user_id == id && s.uid == uid)
            .map(|s| s.jti.clone());
        jti.and_then(|jti| eph.sessions.remove(&jti))
    };
    let Some(session) = removed else {
        return Err(ApiError::not_found());
    };
    if revoke {
        for grant_id in session.grant_ids() {
            crate::management::grants::revoke_chain(&ctx, grant_id);
        }
    }
    Ok(StatusCode::NO_CONTENT.into_response())
}
