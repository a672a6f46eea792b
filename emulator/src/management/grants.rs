//! `/api/users/:id/grants` (Logto ≥ 1.38, `packages/core/src/routes/admin-user/grants.ts`): the
//! user's live OIDC grants with their application, and revoking one with every token issued
//! through it.

use std::collections::HashMap;

use axum::{
    extract::{Path, Query, State},
    http::StatusCode,
    response::{IntoResponse, Response},
    Json,
};
use serde_json::{json, Value};

use crate::{ctx::Ctx, error::ApiError, model::now_secs};

/// 200 `{grants: [{id, payload: {exp, iat, jti, kind, clientId, accountId}, expiresAt,
/// application: {id, name}}]}`, optionally only first- or third-party applications. An unknown
/// user has none (no 404: Logto does not look the user up).
pub async fn list(
    State(ctx): State<Ctx>,
    Path(user_id): Path<String>,
    Query(query): Query<HashMap<String, String>>,
) -> Result<Response, ApiError> {
    let third_party = match query.get("appType").map(String::as_str) {
        None => None,
        Some("firstParty") => Some(false),
        Some("thirdParty") => Some(true),
        Some(_) => {
            return Err(ApiError::guard(vec![
                "Error in key path \"appType\": (invalid_enum_value) Invalid enum value. Expected 'firstParty' | 'thirdParty'".into(),
            ]))
        }
    };
    let now = now_secs();
    let grants: Vec<Value> = ctx.store.read(|s| {
        s.grants
            .iter()
            .filter(|(_, g)| g.user_id == user_id && g.expires_at > now)
            .filter_map(|(id, g)| {
                let app = s.applications.get(&g.client_id)?;
                if third_party.is_some_and(|want| want != app.is_third_party) {
                    return None;
                }
                Some(json!({
                    "id": id,
                    "payload": {
                        "exp": g.expires_at,
                        "iat": g.issued_at,
                        "jti": id,
                        "kind": "Grant",
                        "clientId": g.client_id,
                        "accountId": g.user_id,
                        "openid": { "scope": g.scope },
                    },
                    "expiresAt": g.expires_at * 1000,
                    "application": { "id": app.id, "name": app.name },
                }))
            })
            .collect()
    });
    Ok(Json(json!({ "grants": grants })).into_response())
}

/// 204; 404 `oidc.invalid_grant` for a grant that is not the user's (or gone).
pub async fn delete(
    State(ctx): State<Ctx>,
    Path((user_id, grant_id)): Path<(String, String)>,
) -> Result<Response, ApiError> {
    let theirs = ctx.store.read(|s| {
        s.grants
            .get(&grant_id)
            .is_some_and(|g| g.user_id == user_id)
    });
    if !theirs {
        return Err(ApiError::new(
            404,
            "oidc.invalid_grant",
            "Grant request is invalid.",
        ));
    }
    revoke_chain(&ctx, &grant_id);
    let mut eph = ctx.ephemeral();
    for session in eph.sessions.values_mut() {
        session.clients.retain(|c| c.grant_id != grant_id);
    }
    Ok(StatusCode::NO_CONTENT.into_response())
}

/// The grant and every token issued through it (`revokeGrantChain`).
pub fn revoke_chain(ctx: &Ctx, grant_id: &str) {
    ctx.store.write(|s| {
        s.grants.remove(grant_id);
        s.refresh_tokens.retain(|_, g| g.grant_id != grant_id);
        s.access_tokens.retain(|_, g| g.grant_id != grant_id);
    });
}
