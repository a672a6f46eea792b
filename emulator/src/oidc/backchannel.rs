//! OpenID Connect Back-Channel Logout 1.0 as node-oidc-provider sends it (`Client#backchannelLogout`):
//! when a browser's session ends at `/oidc/session/end/confirm`, every client of that session with
//! a `backchannelLogoutUri` gets a form `POST` of `logout_token`, a JWT typed `logout+jwt` signed
//! like the ID tokens: `iss`, `aud` (the client), `iat`, `exp` (`iat` + 120 on 1.42.0; none on
//! 1.37.1, measured),
//! `jti`, `sub`, the back-channel event, and `sid` when the client asks for it; no `nonce`.
//! Answers other than 200/204 are errors the provider only logs.

use std::time::Duration;

use serde_json::json;

use crate::{
    ctx::{BrowserSession, Ctx},
    ids,
    model::now_secs,
};

/// Seconds a logout token is valid (measured on 1.42.0).
const LOGOUT_TOKEN_TTL: i64 = 120;

pub const EVENT: &str = "http://schemas.openid.net/event/backchannel-logout";

/// Sends the logout tokens of `session`'s clients and waits for their answers (as the provider
/// does before it redirects the browser on).
pub async fn notify(ctx: &Ctx, session: &BrowserSession) {
    let mut sends = Vec::new();
    for client in &session.clients {
        let Some(app) = ctx.application(&client.client_id) else {
            continue;
        };
        let Some(uri) = app.backchannel_logout_uri.clone() else {
            continue;
        };
        let iat = now_secs();
        let mut claims = json!({
            "sub": session.user_id,
            "events": { EVENT: {} },
            "jti": ids::token(),
            "iat": iat,
            "aud": app.id,
            "iss": ctx.issuer,
        });
        if ctx.version >= crate::LogtoVersion::V1_42 {
            claims["exp"] = (iat + LOGOUT_TOKEN_TTL).into();
        }
        if app.backchannel_logout_session_required {
            claims["sid"] = client.sid.clone().into();
        }
        let token = ctx.keys.sign("logout+jwt", &claims);
        sends.push(tokio::spawn(send(uri, token)));
    }
    for sent in sends {
        let _ = sent.await;
    }
}

async fn send(uri: String, token: String) {
    let res = reqwest::Client::new()
        .post(&uri)
        .timeout(Duration::from_secs(10))
        .header("content-type", "application/x-www-form-urlencoded")
        // A JWT is base64url and dots: nothing in it needs escaping in a form.
        .body(format!("logout_token={token}"))
        .send()
        .await;
    match res {
        Ok(r) if matches!(r.status().as_u16(), 200 | 204) => {}
        Ok(r) => tracing::info!(%uri, status = %r.status(), "back-channel logout refused"),
        Err(e) => tracing::info!(%uri, error = %e, "back-channel logout not delivered"),
    }
}
