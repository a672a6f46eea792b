//! `/api/users/:id/identities/:target` (`../shared/logto/CONTRACT.md` §10): link (PUT) and unlink (DELETE) a
//! social identity.

use axum::{
    body::Bytes,
    extract::{Path, State},
    http::StatusCode,
    response::{IntoResponse, Response},
    Json,
};
use serde_json::{Map, Value};

use super::{json_body, validate::Guard};
use crate::{ctx::Ctx, error::ApiError, model::now_ms};

/// Body `{ "userId": string, "details"?: object }` → the user's identities; 201 when new, 422
/// `user.identity_already_in_use` when another user has it.
pub async fn link(
    State(ctx): State<Ctx>,
    Path((id, target)): Path<(String, String)>,
    body: Bytes,
) -> Result<Response, ApiError> {
    let body = json_body(&body)?;
    let mut guard = Guard::default();
    let obj = guard.object(&body).cloned().unwrap_or_default();
    let social_id = guard.required_string(&obj, "userId");
    let details = guard.object_field(&obj, "details");
    guard.finish()?;
    let social_id = social_id.ok_or_else(ApiError::internal)?;
    let user = ctx.user(&id).ok_or_else(ApiError::not_found)?;
    let taken = ctx.store.read(|s| {
        s.users.values().any(|u| {
            u.id != id
                && u.identities
                    .get(&target)
                    .and_then(|i| i.get("userId"))
                    .and_then(Value::as_str)
                    == Some(social_id.as_str())
        })
    });
    if taken {
        return Err(ApiError::new(
            422,
            "user.identity_already_in_use",
            "The social account has been associated with another user.",
        ));
    }
    let created = !user.identities.contains_key(&target);
    let mut identity = Map::new();
    identity.insert("userId".into(), Value::String(social_id));
    if let Some(details) = details {
        identity.insert("details".into(), Value::Object(details));
    }
    let identities = ctx.store.write(|s| {
        let u = s.users.get_mut(&id)?;
        u.identities.insert(target.clone(), Value::Object(identity));
        u.updated_at = now_ms();
        Some(u.identities.clone())
    });
    let status = if created {
        StatusCode::CREATED
    } else {
        StatusCode::OK
    };
    let identities = identities.ok_or_else(ApiError::not_found)?;
    Ok((status, Json(Value::Object(identities))).into_response())
}

/// → 200 with the user object; 404 `user.identity_not_exist` when not linked.
pub async fn unlink(
    State(ctx): State<Ctx>,
    Path((id, target)): Path<(String, String)>,
) -> Result<Response, ApiError> {
    let user = ctx.user(&id).ok_or_else(ApiError::not_found)?;
    if !user.identities.contains_key(&target) {
        return Err(ApiError::new(
            404,
            "user.identity_not_exist",
            "The identity does not exist.",
        ));
    }
    let user = ctx.store.write(|s| {
        let u = s.users.get_mut(&id)?;
        u.identities.remove(&target);
        u.updated_at = now_ms();
        Some(u.to_api())
    });
    Ok(Json(user.ok_or_else(ApiError::not_found)?).into_response())
}
