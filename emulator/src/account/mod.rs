//! The part of Logto's Account API a passkey needs (`../shared/logto/CONTRACT.md` §15), called
//! with the user's own opaque access token (`middleware/koa-auth/koa-oidc-auth.ts`):
//!
//! - `POST /api/verifications/password`: proof of identity, a record living 10 minutes
//!   (`routes/verification/index.ts`);
//! - `POST /api/verifications/web-authn/registration` and `…/registration/verify`: a passkey's
//!   creation options and the check of what the browser made (`passkey`);
//! - `POST /api/my-account/mfa-verifications` with `logto-verification-id`: the passkey bound
//!   (`routes/account/mfa-verifications.ts`).
//!
//! Every route here passes Logto's account-center gate first (`koa-account-center.ts`, applied
//! with `router.use` to the whole user router): 400 `account_center.not_enabled` while it is off.

mod passkey;

use axum::{
    body::Bytes,
    extract::{Request, State},
    http::{header, HeaderMap, StatusCode},
    middleware::{self, Next},
    response::{IntoResponse, Response},
    routing::post,
    Extension, Json, Router,
};
use serde_json::{json, Value};

use crate::{
    ctx::Ctx,
    error::ApiError,
    ids,
    management::{account_center, json_body, validate::Guard},
    model::{now_ms, now_secs},
    password,
};

/// Logto's verification records expire after 10 minutes (`verificationRecordExpiresIn`… in
/// `libraries/verification.ts`: `expiresAt = now + 10 min`), used or not.
const RECORD_TTL_MS: i64 = 10 * 60 * 1000;

/// A verification record: whose, until when, and what it proves.
pub struct Record {
    pub user_id: String,
    pub expires_at: i64,
    pub kind: Kind,
}

pub enum Kind {
    /// The user's password, checked.
    Password,
    /// A passkey being registered.
    WebAuthn(passkey::Registration),
}

/// Who calls, from the access token, and whether `logto-verification-id` names a proof.
#[derive(Clone)]
pub struct UserAuth {
    pub user_id: String,
    pub scopes: Vec<String>,
    pub identity_verified: bool,
}

pub fn routes(ctx: Ctx) -> Router<Ctx> {
    Router::new()
        .route("/api/verifications/password", post(verify_password))
        .route(
            "/api/verifications/web-authn/registration",
            post(passkey::options),
        )
        .route(
            "/api/verifications/web-authn/registration/verify",
            post(passkey::verify),
        )
        .route("/api/my-account/mfa-verifications", post(passkey::bind))
        .route_layer(middleware::from_fn_with_state(ctx, authenticate))
}

/// `koaOidcAuth` then `koaAccountCenter`: 401 `auth.unauthorized` without a live token for a
/// user, 403 `auth.forbidden` without `openid`, 400 `account_center.not_enabled` while off.
async fn authenticate(State(ctx): State<Ctx>, mut req: Request, next: Next) -> Response {
    let unauthorized = || {
        ApiError::new(
            401,
            "auth.unauthorized",
            "Unauthorized. Please check credentials and its scope.",
        )
        .into_response()
    };
    let Some(token) = bearer(req.headers()) else {
        return unauthorized();
    };
    let grant = ctx
        .store
        .read(|s| s.access_tokens.get(&token).cloned())
        .filter(|g| g.expires_at > now_secs());
    let Some(grant) = grant else {
        return unauthorized();
    };
    if !grant.scopes.iter().any(|s| s == "openid") {
        return ApiError::new(
            403,
            "auth.forbidden",
            "Forbidden. Please check your user roles and permissions.",
        )
        .into_response();
    }
    if !account_center::enabled(&ctx) {
        return ApiError::new(
            400,
            "account_center.not_enabled",
            "Account center is not enabled.",
        )
        .into_response();
    }
    let identity_verified = req
        .headers()
        .get("logto-verification-id")
        .and_then(|v| v.to_str().ok())
        .is_some_and(|id| proves_identity(&ctx, id, &grant.user_id));
    req.extensions_mut().insert(UserAuth {
        user_id: grant.user_id,
        scopes: grant.scopes,
        identity_verified,
    });
    next.run(req).await
}

fn bearer(headers: &HeaderMap) -> Option<String> {
    let value = headers.get(header::AUTHORIZATION)?.to_str().ok()?;
    let token = value
        .strip_prefix("Bearer ")
        .or_else(|| value.strip_prefix("bearer "))?;
    Some(token.trim().to_owned())
}

/// A live record of this user that proves who they are. 1.42: a password record
/// (`isUserPermissionVerificationRecord`; code records for the user's own address count too, and
/// are not emulated). 1.37: any verified record, a checked passkey registration too
/// (`instance.isVerified`, measured on 1.37.1).
fn proves_identity(ctx: &Ctx, id: &str, user_id: &str) -> bool {
    let eph = ctx.ephemeral();
    eph.verifications.get(id).is_some_and(|r| {
        let proves = match &r.kind {
            Kind::Password => true,
            Kind::WebAuthn(registration) => {
                ctx.version < crate::LogtoVersion::V1_42 && registration.is_verified()
            }
        };
        r.user_id == user_id && r.expires_at > now_ms() && proves
    })
}

/// Stores a record for 10 minutes; answers its id and ISO expiry.
fn insert(ctx: &Ctx, user_id: &str, kind: Kind) -> (String, String) {
    let id = ids::id(21);
    let expires_at = now_ms() + RECORD_TTL_MS;
    let mut eph = ctx.ephemeral();
    eph.verifications.retain(|_, r| r.expires_at > now_ms());
    eph.verifications.insert(
        id.clone(),
        Record {
            user_id: user_id.to_owned(),
            expires_at,
            kind,
        },
    );
    (id, crate::html::iso(expires_at))
}

fn record_not_found() -> ApiError {
    ApiError::new(
        400,
        "verification_record.not_found",
        "Verification record not found.",
    )
}

/// `POST /api/verifications/password` `{password}` → 201 `{verificationRecordId, expiresAt}`;
/// a wrong password (or none set) → 422 `session.invalid_credentials`.
async fn verify_password(
    State(ctx): State<Ctx>,
    Extension(auth): Extension<UserAuth>,
    body: Bytes,
) -> Result<Response, ApiError> {
    let body = json_body(&body)?;
    let mut guard = Guard::default();
    let password = guard
        .object(&body)
        .and_then(|obj| guard.required_string(obj, "password"));
    if password.as_deref() == Some("") {
        guard.fail(
            "password",
            "too_small",
            "String must contain at least 1 character(s)",
        );
    }
    guard.finish()?;
    let password = password.ok_or_else(ApiError::internal)?;
    let digest = ctx
        .user(&auth.user_id)
        .ok_or_else(ApiError::not_found)?
        .password_digest;
    // Hashing is slow on purpose: keep it off the async workers.
    let matched =
        tokio::task::spawn_blocking(move || password::verify(&password, digest.as_deref()))
            .await
            .map_err(|_| ApiError::internal())?;
    if !matched {
        return Err(ApiError::new(
            422,
            "session.invalid_credentials",
            "Wrong account credentials.",
        ));
    }
    let (id, expires_at) = insert(&ctx, &auth.user_id, Kind::Password);
    let body = json!({ "verificationRecordId": id, "expiresAt": expires_at });
    Ok((StatusCode::CREATED, Json(body)).into_response())
}

/// The `Host` the request named, as Logto reads `ctx.URL`.
fn host(headers: &HeaderMap) -> String {
    headers
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .unwrap_or_default()
        .to_owned()
}

fn field<'a>(body: &'a Value, key: &str) -> Option<&'a str> {
    body.get(key).and_then(Value::as_str)
}
