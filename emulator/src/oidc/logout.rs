//! `/oidc/session/end`: RP-initiated logout.

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
use crate::{ctx::Ctx, html};

type Params = HashMap<String, String>;

pub async fn end(
    State(ctx): State<Ctx>,
    headers: HeaderMap,
    Query(params): Query<Params>,
) -> Response {
    end_session(&ctx, &headers, &params)
}

pub async fn end_form(
    State(ctx): State<Ctx>,
    headers: HeaderMap,
    Form(params): Form<Params>,
) -> Response {
    end_session(&ctx, &headers, &params)
}

fn end_session(ctx: &Ctx, headers: &HeaderMap, params: &Params) -> Response {
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

    if let Some(sid) = cookie(headers, SESSION_COOKIE) {
        ctx.ephemeral().sessions.remove(&sid);
    }
    let mut res = match redirect {
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
            if let Some(state) = params.get("state") {
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
    let clear = format!("{SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0");
    if let Ok(value) = HeaderValue::from_str(&clear) {
        res.headers_mut().append(header::SET_COOKIE, value);
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
