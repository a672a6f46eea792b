//! The OIDC provider at `{endpoint}/oidc` (`../shared/logto/CONTRACT.md` §5).

mod authorize;
mod backchannel;
mod claims;
mod client_auth;
mod logout;
mod token;
mod userinfo;

use axum::{
    extract::State,
    http::{header, HeaderValue},
    response::{IntoResponse, Response},
    routing::{get, post},
    Json, Router,
};
use serde_json::json;

use crate::ctx::Ctx;

pub fn routes() -> Router<Ctx> {
    Router::new()
        .route("/oidc/.well-known/openid-configuration", get(discovery))
        .route(
            "/oidc/.well-known/oauth-authorization-server",
            get(discovery),
        )
        .route("/oidc/jwks", get(jwks))
        .route(
            "/oidc/auth",
            get(authorize::start).post(authorize::start_form),
        )
        .route("/sign-in", get(authorize::page).post(authorize::submit))
        .route("/oidc/token", post(token::exchange))
        .route("/oidc/token/revocation", post(token::revoke))
        .route("/oidc/me", get(userinfo::me).post(userinfo::me))
        .route("/oidc/session/end", get(logout::end).post(logout::end_form))
        .route("/oidc/session/end/confirm", post(logout::confirm))
}

async fn discovery(State(ctx): State<Ctx>) -> Json<serde_json::Value> {
    let iss = &ctx.issuer;
    Json(json!({
        "issuer": iss,
        "authorization_endpoint": format!("{iss}/auth"),
        "token_endpoint": format!("{iss}/token"),
        "userinfo_endpoint": format!("{iss}/me"),
        "end_session_endpoint": format!("{iss}/session/end"),
        "jwks_uri": format!("{iss}/jwks"),
        "revocation_endpoint": format!("{iss}/token/revocation"),
        "response_types_supported": ["code", "id_token", "code id_token", "none"],
        "response_modes_supported": ["form_post", "fragment", "query"],
        "grant_types_supported": ["authorization_code", "refresh_token", "client_credentials"],
        "subject_types_supported": ["public"],
        "id_token_signing_alg_values_supported": ["ES384"],
        "token_endpoint_auth_methods_supported": [
            "client_secret_basic", "client_secret_post", "client_secret_jwt", "private_key_jwt", "none"
        ],
        "code_challenge_methods_supported": ["S256"],
        "scopes_supported": [
            "openid", "offline_access", "profile", "email", "phone", "address", "custom_data",
            "identities", "roles", "urn:logto:scope:organizations",
            "urn:logto:scope:organization_roles"
        ],
        "claims_supported": [
            "sub", "name", "picture", "username", "email", "email_verified", "phone_number",
            "phone_number_verified", "roles", "organizations", "organization_roles",
            "custom_data", "identities", "sso_identities", "created_at", "updated_at",
            "family_name", "given_name", "middle_name", "nickname", "preferred_username",
            "profile", "website", "gender", "birthdate", "zoneinfo", "locale", "address",
            "sid", "auth_time", "iss"
        ],
        "claims_parameter_supported": false,
        "request_parameter_supported": false,
        "request_uri_parameter_supported": false,
        "authorization_response_iss_parameter_supported": true,
        "claim_types_supported": ["normal"],
    }))
}

async fn jwks(State(ctx): State<Ctx>) -> Response {
    let mut res = Json(ctx.keys.jwks()).into_response();
    res.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    res
}
