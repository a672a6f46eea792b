//! `/api/users/:id/personal-access-tokens` (`packages/core/src/routes/admin-user/
//! personal-access-token.ts`): list (values included, as Logto does), create, rename and delete
//! by name.

use axum::{
    body::Bytes,
    extract::{Path, State},
    http::StatusCode,
    response::{IntoResponse, Response},
    Json,
};
use serde_json::Value;

use super::{json_body, validate::Guard};
use crate::{
    ctx::Ctx,
    error::ApiError,
    ids,
    model::{now_ms, PersonalAccessToken},
};

/// 200 the user's tokens; 404 for an unknown user.
pub async fn list(State(ctx): State<Ctx>, Path(id): Path<String>) -> Result<Response, ApiError> {
    ctx.user(&id).ok_or_else(ApiError::not_found)?;
    let list: Vec<Value> = ctx.store.read(|s| {
        s.personal_access_tokens
            .iter()
            .filter(|t| t.user_id == id)
            .map(PersonalAccessToken::to_api)
            .collect()
    });
    Ok(Json(list).into_response())
}

/// `{name, expiresAt?}` → 201 with the value (`pat_` + 32 characters). 400
/// `request.invalid_input` for an expiry not in the future; 422
/// `user.personal_access_token_name_exists`; 404 `entity.relation_foreign_key_not_found` for an
/// unknown user.
pub async fn create(
    State(ctx): State<Ctx>,
    Path(id): Path<String>,
    body: Bytes,
) -> Result<Response, ApiError> {
    let body = json_body(&body)?;
    let mut guard = Guard::default();
    let obj = guard.object(&body).cloned().unwrap_or_default();
    let name = guard.required_string(&obj, "name");
    if name.as_ref().is_some_and(|n| n.chars().count() > 256) {
        guard.fail(
            "name",
            "too_big",
            "String must contain at most 256 character(s)",
        );
    }
    let expires_at = match obj.get("expiresAt") {
        None | Some(Value::Null) => None,
        Some(Value::Number(n)) if n.as_i64().is_some() => n.as_i64(),
        Some(_) => {
            guard.fail("expiresAt", "invalid_type", "Expected number");
            None
        }
    };
    guard.finish()?;
    let name = name.ok_or_else(ApiError::internal)?;
    let now = now_ms();
    if expires_at.is_some_and(|at| at <= now) {
        let mut err = ApiError::new(
            400,
            "request.invalid_input",
            "Input is invalid. The value of `expiresAt` must be in the future.",
        );
        err.details = Some("The value of `expiresAt` must be in the future.".into());
        return Err(err);
    }
    let token = PersonalAccessToken {
        user_id: id.clone(),
        name,
        value: format!("pat_{}", ids::secret(32)),
        created_at: now,
        expires_at,
    };
    let body = token.to_api();
    ctx.store.write(|s| {
        if !s.users.contains_key(&id) {
            return Err(ApiError::new(
                404,
                "entity.relation_foreign_key_not_found",
                "Cannot find one or more foreign keys. Please check the input and ensure that all referenced entities exist.",
            ));
        }
        let taken = s
            .personal_access_tokens
            .iter()
            .any(|t| t.user_id == id && t.name == token.name);
        if taken {
            return Err(ApiError::new(
                422,
                "user.personal_access_token_name_exists",
                "Personal access token name already exists.",
            ));
        }
        s.personal_access_tokens.push(token);
        Ok(())
    })?;
    Ok((StatusCode::CREATED, Json(body)).into_response())
}

/// `POST …/personal-access-tokens/delete` `{name}` → 204; 404 `entity.not_found`.
pub async fn delete(
    State(ctx): State<Ctx>,
    Path(id): Path<String>,
    body: Bytes,
) -> Result<Response, ApiError> {
    let body = json_body(&body)?;
    let mut guard = Guard::default();
    let obj = guard.object(&body).cloned().unwrap_or_default();
    let name = match obj.get("name") {
        Some(Value::String(s)) => Some(s.clone()),
        _ => {
            guard.fail("name", "invalid_type", "Required");
            None
        }
    };
    guard.finish()?;
    remove(&ctx, &id, &name.unwrap_or_default())
}

/// `DELETE …/personal-access-tokens/:name` (the older form) → 204; 404 `entity.not_found`.
pub async fn delete_by_path(
    State(ctx): State<Ctx>,
    Path((id, name)): Path<(String, String)>,
) -> Result<Response, ApiError> {
    remove(&ctx, &id, &name)
}

fn remove(ctx: &Ctx, id: &str, name: &str) -> Result<Response, ApiError> {
    let removed = ctx.store.write(|s| {
        let before = s.personal_access_tokens.len();
        s.personal_access_tokens
            .retain(|t| !(t.user_id == id && t.name == name));
        before != s.personal_access_tokens.len()
    });
    if !removed {
        return Err(ApiError::not_found());
    }
    Ok(StatusCode::NO_CONTENT.into_response())
}
