//! `/oidc/session/end`: RP-initiated logout, in two steps as Logto does it (`../shared/logto/CONTRACT.md` §11):
//! the end-session request answers 200 with a page whose form posts `xsrf` + `logout=yes` to
//! `/oidc/session/end/confirm` (submitted by a script, or by a "Continue" button without
//! JavaScript); the confirmation ends the session and redirects to the post-logout URI.

use std::collections::HashMap;

use axum::{
    extract::{Query, State},
    http::{header, HeaderMap, HeaderValue, StatusCode},
    response::{Html, IntoResponse, Redirect, Response},
    Form,
};
use jsonwebtoken::{Algorithm, Validation};
use serde_json::Value;
use url::Url;

use super::authorize::{cookie, error_page, SESSION_COOKIE};
use crate::{
    ctx::{Ctx, PendingLogout},
    html, ids,
    model::now_secs,
};

/// How long an end-session page may wait for its confirmation.
const LOGOUT_TTL: i64 = 600;

type Params = HashMap<String, String>;

pub async fn end(State(ctx): State<Ctx>, Query(params): Query<Params>) -> Response {
    end_session(&ctx, &params)
}

pub async fn end_form(State(ctx): State<Ctx>, Form(params): Form<Params>) -> Response {
    end_session(&ctx, &params)
}

fn end_session(ctx: &Ctx, params: &Params) -> Response {
    // The hint names the client; an expired hint is still a fine hint.
    let hinted_client = match params.get("id_token_hint") {
        Some(hint) => match audience_of(ctx, hint) {
            Some(aud) => Some(aud),
            None => {
                return error_page(
                    StatusCode::BAD_REQUEST,
                    "invalid_request",
                    "could not validate id_token_hint",
                )
            }
        },
        None => None,
    };
    let client_id = hinted_client.or_else(|| params.get("client_id").cloned());
    let redirect = match params.get("post_logout_redirect_uri") {
        None => None,
        Some(uri) => {
            let registered = client_id
                .as_deref()
                .and_then(|id| ctx.application(id))
                .is_some_and(|app| app.post_logout_redirect_uris.iter().any(|u| u == uri));
            if !registered {
                return error_page(
                    StatusCode::BAD_REQUEST,
                    "invalid_request",
                    "post_logout_redirect_uri not registered",
                );
            }
            Some(uri.clone())
        }
    };

    let xsrf = ids::token();
    {
        let mut eph = ctx.ephemeral();
        let now = now_secs();
        eph.logouts.retain(|_, p| p.expires_at > now);
        eph.logouts.insert(
            xsrf.clone(),
            PendingLogout {
                redirect,
                state: params.get("state").cloned(),
                expires_at: now + LOGOUT_TTL,
            },
        );
    }
    Html(format!(
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Submitting Callback</title>\
         <script>document.addEventListener('DOMContentLoaded', function () {{ \
         document.forms[0].submit(); }});</script></head><body>\
         <form method=\"post\" action=\"/oidc/session/end/confirm\">\
         <input type=\"hidden\" name=\"xsrf\" value=\"{}\"/>\
         <input type=\"hidden\" name=\"logout\" value=\"yes\"/>\
         <noscript><button type=\"submit\">Continue</button></noscript></form></body></html>",
        html::escape(&xsrf)
    ))
    .into_response()
}

/// `POST /oidc/session/end/confirm`: `logout=yes` ends the browser's session; either way the
/// browser goes on to the post-logout URI (or a "Signed out" page when there is none).
pub async fn confirm(
    State(ctx): State<Ctx>,
    headers: HeaderMap,
    Form(params): Form<Params>,
) -> Response {
    let pending = params
        .get("xsrf")
        .and_then(|x| ctx.ephemeral().logouts.remove(x))
        .filter(|p| p.expires_at > now_secs());
    let Some(pending) = pending else {
        return error_page(
            StatusCode::BAD_REQUEST,
            "invalid_request",
            "xsrf token invalid",
        );
    };
    let logout = params
        .get("logout")
        .is_some_and(|v| v == "yes" || v == "true");
    if logout {
        let ended =
            cookie(&headers, SESSION_COOKIE).and_then(|jti| ctx.ephemeral().sessions.remove(&jti));
        if let Some(session) = ended {
            super::backchannel::notify(&ctx, &session).await;
        }
    }
    let mut res = match pending.redirect {
        Some(uri) => {
            let mut url = match Url::parse(&uri) {
                Ok(url) => url,
                Err(_) => {
                    return error_page(
                        StatusCode::BAD_REQUEST,
                        "invalid_request",
                        "invalid post_logout_redirect_uri",
                    )
                }
            };
            if let Some(state) = &pending.state {
                url.query_pairs_mut().append_pair("state", state);
            }
            Redirect::to(url.as_str()).into_response()
        }
        None => Html(html::page(
            "Signed out",
            "<div class=\"card\"><p class=\"brand\">Logto · emulator</p><h1>Signed out</h1>\
             <p class=\"muted\">You have been signed out. You can close this window.</p></div>",
        ))
        .into_response(),
    };
    if logout {
        let clear = format!("{SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0");
        if let Ok(value) = HeaderValue::from_str(&clear) {
            res.headers_mut().append(header::SET_COOKIE, value);
        }
    }
    res
}

/// The `aud` of an ID token this provider signed (expiry not checked).
fn audience_of(ctx: &Ctx, token: &str) -> Option<String> {
    let mut validation = Validation::new(Algorithm::ES384);
    validation.validate_exp = false;
    validation.validate_aud = false;
    validation.set_issuer(&[&ctx.issuer]);
    validation.required_spec_claims.clear();
    let claims: Value = ctx.keys.verify_with(token, &validation).ok()?;
    claims.get("aud").and_then(Value::as_str).map(String::from)
}
