//! `/__emulator/...`: the dev mailbox (always), and fault injection, early token expiry and key
//! rotation (only when started with `admin: true`). Nothing here exists in a real Logto.

use axum::{
    extract::State,
    http::StatusCode,
    response::{Html, IntoResponse, Response},
    routing::{get, post},
    Json, Router,
};
use serde::Deserialize;
use serde_json::json;

use crate::{ctx::Ctx, faults::Rule, html, mailbox, model::now_secs};

pub fn routes(admin: bool) -> Router<Ctx> {
    let mut router = Router::new()
        .route("/", get(index))
        .route("/__emulator/mailbox", get(mailbox::page))
        .route(
            "/__emulator/mailbox.json",
            get(mailbox::json).delete(mailbox::clear),
        )
        .route(
            "/__emulator/assets/{*key}",
            get(crate::management::user_assets::serve),
        );
    if admin {
        router = router
            .route(
                "/__emulator/faults",
                get(list_faults).post(add_fault).delete(clear_faults),
            )
            .route("/__emulator/expire-tokens", post(expire_tokens))
            .route("/__emulator/clock", post(advance_clock))
            .route("/__emulator/rotate-keys", post(rotate_keys))
            .route("/__emulator/users/{id}/drop-password", post(drop_password))
            .route("/__emulator/stats", get(stats))
            .route("/__emulator/sign", post(sign))
            .route("/__emulator/smtp", post(smtp_switch))
            .route(
                "/__emulator/storage",
                post(crate::management::user_assets::configure),
            );
    }
    router
}

#[derive(Deserialize)]
struct SmtpSwitch {
    down: bool,
}

/// `{"down": true}`: the dev SMTP server refuses connections until `{"down": false}`.
async fn smtp_switch(State(ctx): State<Ctx>, Json(switch): Json<SmtpSwitch>) -> StatusCode {
    ctx.smtp_down
        .store(switch.down, std::sync::atomic::Ordering::Relaxed);
    StatusCode::NO_CONTENT
}

#[derive(Deserialize)]
struct SignRequest {
    typ: String,
    claims: serde_json::Value,
}

/// Signs any claims with the current key: tests build logout tokens that are wrong in one way
/// (audience, nonce, event, age) and check that the app refuses them.
async fn sign(State(ctx): State<Ctx>, Json(req): Json<SignRequest>) -> impl IntoResponse {
    Json(json!({ "token": ctx.keys.sign(&req.typ, &req.claims), "issuer": ctx.issuer }))
}

async fn index(State(ctx): State<Ctx>) -> Html<String> {
    let body = format!(
        "<div class=\"card\"><p class=\"brand\">Logto · emulator</p><h1>Logto emulator</h1>\
         <p class=\"muted\">A development stand-in for Logto. Issuer: <code>{issuer}</code></p>\
         <ul><li><a href=\"/oidc/.well-known/openid-configuration\">Discovery document</a></li>\
         <li><a href=\"/__emulator/mailbox\">Dev mailbox</a></li></ul></div>",
        issuer = html::escape(&ctx.issuer)
    );
    Html(html::page("Logto emulator", &body))
}

/// Makes a user passwordless, as one who signed up with a social account or a code is: the
/// Management API has no such route.
async fn drop_password(
    State(ctx): State<Ctx>,
    axum::extract::Path(id): axum::extract::Path<String>,
) -> StatusCode {
    let found = ctx.store.write(|s| {
        s.users
            .get_mut(&id)
            .map(|u| u.password_digest = None)
            .is_some()
    });
    if found {
        StatusCode::NO_CONTENT
    } else {
        StatusCode::NOT_FOUND
    }
}

async fn stats(State(ctx): State<Ctx>) -> Json<serde_json::Value> {
    Json(json!({ "requests": ctx.stats.snapshot() }))
}

async fn list_faults(State(ctx): State<Ctx>) -> Json<Vec<Rule>> {
    Json(ctx.faults.list())
}

async fn add_fault(State(ctx): State<Ctx>, Json(rule): Json<Rule>) -> Response {
    (StatusCode::CREATED, Json(ctx.faults.add(rule))).into_response()
}

async fn clear_faults(State(ctx): State<Ctx>) -> StatusCode {
    ctx.faults.clear();
    StatusCode::NO_CONTENT
}

#[derive(Deserialize)]
#[serde(rename_all = "lowercase")]
enum TokenKind {
    /// Client-credentials JWTs (the Management API refuses them from now on).
    M2m,
    /// Opaque user access tokens (userinfo).
    Access,
    Refresh,
    All,
}

#[derive(Deserialize)]
struct Expire {
    kind: TokenKind,
}

#[derive(Deserialize)]
struct Advance {
    ms: i64,
}

/// Moves the emulator's time forward: tests see a session age without sleeping.
async fn advance_clock(Json(req): Json<Advance>) -> StatusCode {
    crate::model::advance_clock(req.ms);
    StatusCode::NO_CONTENT
}

/// Expires tokens already issued, as if their lifetime had run out.
async fn expire_tokens(State(ctx): State<Ctx>, Json(req): Json<Expire>) -> StatusCode {
    let now = now_secs();
    ctx.store.write(|s| {
        if matches!(req.kind, TokenKind::M2m | TokenKind::All) {
            // Tokens issued in this same second are covered too (later ones count from the next).
            s.jwt_not_before = now + 1;
        }
        if matches!(req.kind, TokenKind::Access | TokenKind::All) {
            s.access_tokens
                .values_mut()
                .for_each(|g| g.expires_at = now);
        }
        if matches!(req.kind, TokenKind::Refresh | TokenKind::All) {
            s.refresh_tokens
                .values_mut()
                .for_each(|g| g.expires_at = now);
        }
    });
    StatusCode::NO_CONTENT
}

async fn rotate_keys(State(ctx): State<Ctx>) -> Response {
    match ctx.rotate_keys() {
        Ok(kid) => Json(json!({ "kid": kid })).into_response(),
        Err(e) => {
            tracing::error!(error = %e, "key rotation failed");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}
