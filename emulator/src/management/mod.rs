//! The Management API subset at `{endpoint}/api` (`../shared/logto/CONTRACT.md` §1, §3, §4), behind an M2M JWT.

pub mod account_center;
mod applications;
mod codes;
mod data_hooks;
pub mod grants;
pub mod hooks;
mod identities;
pub mod logto_config;
mod mfa;
mod organizations;
mod sessions;
mod tokens;
pub mod user_assets;
mod users;
pub mod validate;

use axum::{
    body::Bytes,
    extract::{Request, State},
    http::header,
    middleware::{self, Next},
    response::{IntoResponse, Response},
    routing::{delete, get, patch, post, put},
    Router,
};
use serde::Deserialize;
use serde_json::Value;

use crate::{ctx::Ctx, error::ApiError};

pub fn routes(ctx: Ctx) -> Router<Ctx> {
    let mut router = Router::new();
    if ctx.version.has_session_routes() {
        router = router
            .route("/api/users/{id}/sessions", get(sessions::list))
            .route(
                "/api/users/{id}/sessions/{session_id}",
                delete(sessions::delete),
            );
    }
    if ctx.version.has_grant_routes() {
        router = router
            .route("/api/users/{id}/grants", get(grants::list))
            .route("/api/users/{id}/grants/{grant_id}", delete(grants::delete));
    }
    router
        .route("/api/users", get(users::list).post(users::create))
        .route(
            "/api/users/{id}",
            get(users::get).patch(users::update).delete(users::delete),
        )
        .route("/api/users/{id}/profile", patch(users::merge_profile))
        .route(
            "/api/users/{id}/custom-data",
            get(users::custom_data).patch(users::merge_custom_data),
        )
        .route("/api/users/{id}/password", patch(users::set_password))
        .route(
            "/api/users/{id}/password/verify",
            post(users::verify_password),
        )
        .route("/api/users/{id}/has-password", get(users::has_password))
        .route("/api/users/{id}/is-suspended", patch(users::set_suspended))
        .route(
            "/api/users/{id}/mfa-verifications",
            get(mfa::list).post(mfa::create),
        )
        .route(
            "/api/users/{id}/mfa-verifications/{verification_id}",
            delete(mfa::delete),
        )
        .route(
            "/api/users/{id}/identities/{target}",
            put(identities::link).delete(identities::unlink),
        )
        .route("/api/users/{id}/organizations", get(organizations::of_user))
        .route("/api/organizations", post(organizations::create))
        .route(
            "/api/organizations/{id}/users",
            post(organizations::add_members),
        )
        .route(
            "/api/organizations/{id}/users/{user_id}/roles",
            post(organizations::add_member_roles),
        )
        .route("/api/organization-roles", post(organizations::create_role))
        .route(
            "/api/users/{id}/personal-access-tokens",
            get(tokens::list).post(tokens::create),
        )
        .route(
            "/api/users/{id}/personal-access-tokens/delete",
            post(tokens::delete),
        )
        .route(
            "/api/users/{id}/personal-access-tokens/{name}",
            delete(tokens::delete_by_path),
        )
        .route(
            "/api/applications",
            get(applications::list).post(applications::create),
        )
        .route("/api/applications/{id}", delete(applications::delete))
        .route("/api/user-assets/service-status", get(user_assets::status))
        .route("/api/user-assets", post(user_assets::upload))
        .route(
            "/api/account-center",
            get(account_center::get).patch(account_center::patch),
        )
        .route("/api/verification-codes", post(codes::send))
        .route("/api/verification-codes/verify", post(codes::verify))
        .route(
            "/api/users/{id}/logto-configs",
            get(logto_config::get).patch(logto_config::patch),
        )
        .route(
            "/api/sign-in-exp",
            get(users::sign_in_experience).patch(logto_config::patch_sign_in_experience),
        )
        .route(
            "/api/sign-in-exp/default/check-password",
            post(users::check_password),
        )
        .route("/api/hooks", get(hooks::list).post(hooks::create))
        .route(
            "/api/hooks/{id}",
            get(hooks::get).patch(hooks::update).delete(hooks::delete),
        )
        .route_layer(middleware::from_fn_with_state(
            ctx.clone(),
            data_hooks::trigger,
        ))
        .route_layer(middleware::from_fn_with_state(ctx, authorize))
}

#[derive(Deserialize)]
struct M2mClaims {
    sub: Option<String>,
    #[serde(default)]
    scope: String,
    #[serde(default)]
    iat: i64,
}

/// Bearer JWT from client credentials: signature, `iss`, `aud` = the Management API, scope
/// `all`. Runs before any body guard, so a bad token wins over a bad body.
async fn authorize(State(ctx): State<Ctx>, mut req: Request, next: Next) -> Response {
    let Some(value) = req.headers().get(header::AUTHORIZATION) else {
        return ApiError::new(
            401,
            "auth.authorization_header_missing",
            "Authorization header is missing.",
        )
        .into_response();
    };
    let Some(token) = value.to_str().ok().and_then(|v| v.strip_prefix("Bearer ")) else {
        return ApiError::new(
            401,
            "auth.authorization_token_type_not_supported",
            "Authorization type is not supported. Only \"Bearer\" is supported.",
        )
        .into_response();
    };
    let claims: M2mClaims =
        match ctx
            .keys
            .verify(token.trim(), &ctx.issuer, &ctx.management_resource)
        {
            Ok(claims) => claims,
            Err(_) => return unauthorized(),
        };
    if claims.iat < ctx.store.read(|s| s.jwt_not_before) {
        return unauthorized();
    }
    if claims.sub.as_deref().is_none_or(str::is_empty) {
        return ApiError::new(401, "auth.jwt_sub_missing", "Missing `sub` in JWT.").into_response();
    }
    if !claims.scope.split_whitespace().any(|s| s == "all") {
        return ApiError::new(
            403,
            "auth.forbidden",
            "Forbidden. Please check your permissions.",
        )
        .into_response();
    }
    let caller = user_assets::Caller(claims.sub.unwrap_or_default());
    req.extensions_mut().insert(caller);
    next.run(req).await
}

fn unauthorized() -> Response {
    ApiError::new(
        401,
        "auth.unauthorized",
        "Unauthorized. Please check credentials and scope.",
    )
    .into_response()
}

/// A JSON body; an empty one counts as `{}`. Malformed JSON gets the generic handler's 400.
pub fn json_body(body: &Bytes) -> Result<Value, ApiError> {
    if body.iter().all(u8::is_ascii_whitespace) {
        return Ok(Value::Object(Default::default()));
    }
    serde_json::from_slice(body).map_err(ApiError::malformed_json)
}
