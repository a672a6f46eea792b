//! `/oidc/me`: userinfo for the opaque access token, every claim of the granted scopes.

use axum::{
    extract::State,
    http::{header, HeaderMap, HeaderValue},
    response::{IntoResponse, Response},
    Json,
};
use serde_json::Value;

use super::claims::{self, Target};
use crate::{ctx::Ctx, error::OidcError, model::now_secs};

pub async fn me(State(ctx): State<Ctx>, headers: HeaderMap) -> Response {
    match userinfo(&ctx, &headers) {
        Ok(body) => {
            let mut res = Json(body).into_response();
            res.headers_mut()
                .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
            res
        }
        Err(e) => e.into_response(),
    }
}

fn userinfo(ctx: &Ctx, headers: &HeaderMap) -> Result<Value, OidcError> {
    let token = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| {
            v.strip_prefix("Bearer ")
                .or_else(|| v.strip_prefix("bearer "))
        })
        .ok_or_else(|| OidcError::new(400, "invalid_request", "no access token provided"))?;
    let grant = ctx
        .store
        .read(|s| s.access_tokens.get(token.trim()).cloned())
        .filter(|g| g.expires_at > now_secs())
        .ok_or_else(|| OidcError::invalid_token("invalid token provided"))?;
    if !grant.scopes.iter().any(|s| s == "openid") {
        return Err(OidcError::new(
            403,
            "insufficient_scope",
            "access token missing 'openid' scope",
        ));
    }
    let user = ctx
        .user(&grant.user_id)
        .filter(|u| !u.is_suspended)
        .ok_or_else(|| OidcError::invalid_token("invalid token provided"))?;
    Ok(Value::Object(claims::for_scopes(
        &user,
        &grant.scopes,
        Target::Userinfo,
    )))
}
