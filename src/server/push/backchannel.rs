//! `POST /backchannel-logout` (OpenID Connect Back-Channel Logout 1.0, §2.6): Logto says a
//! session ended there (the user signed out in another app of the same Logto session). The
//! `logout_token` is checked as the specification asks — signed by one of Logto's keys, `iss`,
//! `aud` = this app, `iat` recent, `exp` if present, the back-channel event, `sub` and/or `sid`,
//! no `nonce`, a `jti` not seen before — and the matching sessions of this app end.

use std::collections::HashSet;

use axum::{
    extract::State,
    http::{header, StatusCode},
    response::{IntoResponse, Response},
    Form, Json,
};
use jsonwebtoken::{jwk::JwkSet, Algorithm, DecodingKey, Validation};
use serde::Deserialize;
use serde_json::{json, Value};

use crate::server::AppState;

const EVENT: &str = "http://schemas.openid.net/event/backchannel-logout";
/// How old (or how far ahead, for clock skew) a token's `iat` may be.
const MAX_AGE_SECS: i64 = 600;
const SKEW_SECS: i64 = 60;

#[derive(Deserialize)]
pub struct LogoutForm {
    logout_token: Option<String>,
}

/// What a valid token names.
#[derive(Debug, PartialEq)]
pub struct Logout {
    pub sub: Option<String>,
    pub sid: Option<String>,
    pub jti: String,
}

pub async fn receive(State(state): State<AppState>, Form(form): Form<LogoutForm>) -> Response {
    let Some(token) = form.logout_token.filter(|t| !t.is_empty()) else {
        return refused("logout_token missing");
    };
    let logout = match verify(&state, &token).await {
        Ok(logout) => logout,
        Err(reason) => return refused(reason),
    };
    let fresh = state
        .shared
        .mark_new(
            &format!("logout-jti:{}", logout.jti),
            state.clock.now_secs() + MAX_AGE_SECS + SKEW_SECS,
        )
        .await;
    match fresh {
        Ok(true) => {}
        Ok(false) => return refused("jti already used"),
        Err(e) => {
            tracing::error!(error = %e, "could not check a logout token's jti");
            return StatusCode::SERVICE_UNAVAILABLE.into_response();
        }
    }
    match state
        .auth
        .index
        .end_logto_session(logout.sub.as_deref(), logout.sid.as_deref())
        .await
    {
        Ok(ended) => {
            tracing::info!(ended, "sessions ended by Logto's back-channel logout");
            ([(header::CACHE_CONTROL, "no-store")], StatusCode::OK).into_response()
        }
        Err(e) => {
            tracing::error!(error = %e, "back-channel logout not applied");
            StatusCode::SERVICE_UNAVAILABLE.into_response()
        }
    }
}

/// 400 with the specification's error body; the reason goes to the log, not to the caller.
fn refused(reason: &'static str) -> Response {
    tracing::warn!(reason, "back-channel logout refused");
    (
        StatusCode::BAD_REQUEST,
        [(header::CACHE_CONTROL, "no-store")],
        Json(json!({ "error": "invalid_request" })),
    )
        .into_response()
}

async fn verify(state: &AppState, token: &str) -> Result<Logout, &'static str> {
    let header = jsonwebtoken::decode_header(token).map_err(|_| "not a JWT")?;
    if !matches!(
        header.typ.as_deref(),
        None | Some("JWT") | Some("logout+jwt")
    ) {
        return Err("wrong typ");
    }
    let kid = header.kid.as_deref().ok_or("no kid")?;
    let oidc = &state.auth.oidc;
    let (issuer, keys) = oidc
        .signing_keys(false)
        .await
        .map_err(|_| "keys unavailable")?;
    let key = match find_key(&keys, kid) {
        Some(key) => key,
        None => {
            let (_, keys) = oidc
                .signing_keys(true)
                .await
                .map_err(|_| "keys unavailable")?;
            find_key(&keys, kid).ok_or("unknown kid")?
        }
    };
    let claims = decode(token, &key, header.alg, &issuer, oidc.client_id())?;
    check_claims(&claims, state.clock.now_secs())
}

fn find_key(keys: &Value, kid: &str) -> Option<DecodingKey> {
    let set: JwkSet = serde_json::from_value(keys.clone()).ok()?;
    DecodingKey::from_jwk(set.find(kid)?).ok()
}

fn decode(
    token: &str,
    key: &DecodingKey,
    alg: Algorithm,
    issuer: &str,
    audience: &str,
) -> Result<Value, &'static str> {
    if matches!(alg, Algorithm::HS256 | Algorithm::HS384 | Algorithm::HS512) {
        return Err("symmetric algorithm");
    }
    let mut validation = Validation::new(alg);
    validation.set_issuer(&[issuer]);
    validation.set_audience(&[audience]);
    validation.required_spec_claims = HashSet::from(["iss".to_owned(), "aud".to_owned()]);
    validation.leeway = SKEW_SECS as u64;
    jsonwebtoken::decode::<Value>(token, key, &validation)
        .map(|data| data.claims)
        .map_err(|_| "signature, iss, aud or exp")
}

/// The claims §2.6 asks for beyond the signature, `iss`, `aud` and `exp`.
pub fn check_claims(claims: &Value, now: i64) -> Result<Logout, &'static str> {
    let iat = claims["iat"].as_i64().ok_or("no iat")?;
    if iat < now - MAX_AGE_SECS || iat > now + SKEW_SECS {
        return Err("iat out of range");
    }
    if !claims["events"][EVENT].is_object() {
        return Err("no back-channel logout event");
    }
    if claims.get("nonce").is_some() {
        return Err("nonce present");
    }
    let text = |k: &str| {
        claims[k]
            .as_str()
            .filter(|s| !s.is_empty())
            .map(String::from)
    };
    let (sub, sid) = (text("sub"), text("sid"));
    if sub.is_none() && sid.is_none() {
        return Err("neither sub nor sid");
    }
    let jti = text("jti").ok_or("no jti")?;
    Ok(Logout { sub, sid, jti })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn claims() -> Value {
        json!({
            "iss": "https://logto", "aud": "app", "iat": 1000, "jti": "j1",
            "sub": "u1", "sid": "s1", "events": { EVENT: {} },
        })
    }

    #[test]
    fn a_logout_token_names_its_session_and_once() {
        let ok = check_claims(&claims(), 1000).unwrap();
        assert_eq!(
            ok,
            Logout {
                sub: Some("u1".into()),
                sid: Some("s1".into()),
                jti: "j1".into()
            }
        );
        let without = |key: &str| {
            let mut c = claims();
            c.as_object_mut().unwrap().remove(key);
            check_claims(&c, 1000)
        };
        assert_eq!(without("jti"), Err("no jti"));
        assert_eq!(without("events"), Err("no back-channel logout event"));
        assert_eq!(without("iat"), Err("no iat"));
        assert!(without("sid").is_ok() && without("sub").is_ok());
        let mut neither = claims();
        neither.as_object_mut().unwrap().remove("sub");
        neither.as_object_mut().unwrap().remove("sid");
        assert_eq!(check_claims(&neither, 1000), Err("neither sub nor sid"));
        let mut nonce = claims();
        nonce["nonce"] = json!("n");
        assert_eq!(check_claims(&nonce, 1000), Err("nonce present"));
        assert_eq!(check_claims(&claims(), 1000 + 601), Err("iat out of range"));
        assert_eq!(check_claims(&claims(), 1000 - 61), Err("iat out of range"));
        let mut event_as_text = claims();
        event_as_text["events"] = json!({ EVENT: "yes" });
        assert_eq!(
            check_claims(&event_as_text, 1000),
            Err("no back-channel logout event")
        );
    }
}
