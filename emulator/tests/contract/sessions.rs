//! `GET/DELETE /api/users/:id/sessions`: present on 1.42, absent (404) on 1.37 (`../shared/logto/CONTRACT.md`
//! §11). The shape of a listed session is checked with a real sign-in in `tests/oidc/sessions.rs`.

use logto_emulator::LogtoVersion;
use reqwest::{Method, StatusCode};
use serde_json::json;

use base64::{engine::general_purpose::URL_SAFE_NO_PAD, Engine};
use serde_json::Value;

use crate::browser::{self, auth_url, exchange, param, web_app, Browser, SignIn};
use crate::support::{target, targets, Target};

#[tokio::test]
async fn session_routes_exist_only_on_newer_logto() {
    for t in targets().await {
        let user = t.create_user(None).await;
        let id = user["id"].as_str().unwrap();
        let (status, body) = t
            .api(Method::GET, &format!("/api/users/{id}/sessions"), None)
            .await;
        match t.version {
            LogtoVersion::V1_37 => assert_eq!(status, StatusCode::NOT_FOUND, "{body}"),
            LogtoVersion::V1_42 => {
                assert_eq!(status, StatusCode::OK, "{body}");
                assert_eq!(body, json!({ "sessions": [] }));
                // Measured on 1.42.0 (contract §12): no 404 for a user that does not exist.
                let (status, body) = t
                    .api(Method::GET, "/api/users/nobody000000/sessions", None)
                    .await;
                assert_eq!(status, StatusCode::OK, "{body}");
                assert_eq!(body, json!({ "sessions": [] }));
            }
        }
        let (status, _) = t
            .api(
                Method::DELETE,
                &format!("/api/users/{id}/sessions/no-such-session"),
                None,
            )
            .await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{}", t.version);
    }
}

/// Signs a user in through the web app (code flow, PKCE) and returns the ID token's claims.
async fn id_token_claims(t: &Target, username: &str, extra: &[(&str, &str)]) -> Value {
    browser::id_token_claims(&sign_in_tokens(t, username, extra).await)
}

/// Signs a user in through the web app (code flow, PKCE, `offline_access`) and returns the
/// token response.
pub async fn sign_in_tokens(t: &Target, username: &str, extra: &[(&str, &str)]) -> Value {
    sign_in_tokens_for(t, username, "openid profile offline_access", extra).await
}

/// As [`sign_in_tokens`], asking for `scope`.
pub async fn sign_in_tokens_for(
    t: &Target,
    username: &str,
    scope: &str,
    extra: &[(&str, &str)],
) -> Value {
    let verifier = "a-verifier-that-is-long-enough-to-be-valid-0123456789";
    let digest = ring::digest::digest(&ring::digest::SHA256, verifier.as_bytes());
    let challenge = URL_SAFE_NO_PAD.encode(digest.as_ref());
    let mut params = vec![
        ("scope", scope),
        ("prompt", "consent"),
        ("code_challenge", challenge.as_str()),
        ("code_challenge_method", "S256"),
    ];
    params.extend_from_slice(extra);
    let browser = Browser::new();
    let url = match browser
        .sign_in(&auth_url(t, &params), username, PASSWORD)
        .await
    {
        SignIn::Callback(url) => url,
        SignIn::Page(status, html) => panic!("stayed on a page ({status}): {html}"),
    };
    let (status, tokens) = exchange(t, &param(&url, "code").unwrap(), Some(verifier)).await;
    assert_eq!(status, StatusCode::OK, "{tokens}");
    tokens
}

pub const PASSWORD: &str = "Contract-pass-2026";

/// Measured on 1.42.0: a Logto session has a `jti`, a `uid` and, per client, its own
/// `authorizations[<client id>].sid` (contract §12). The ID token carries that `sid` only for a
/// client with back-channel logout (node-oidc-provider's `includeSid`), so a default web app gets
/// none; and it carries `auth_time` only when asked (`max_age`, `prompt=login`), which is then
/// the listed session's `loginTs`: how an app finds its own session without a `sid`.
#[tokio::test]
async fn an_id_token_names_its_session_by_auth_time_and_never_by_jti() {
    let t = target().await;
    let other = t.create_user(Some(PASSWORD)).await;
    let plain = id_token_claims(&t, other["username"].as_str().unwrap(), &[]).await;
    assert!(plain.get("auth_time").is_none(), "{plain}");
    assert!(
        plain.get("sid").is_none(),
        "no back-channel logout, no sid: {plain}"
    );

    let user = t.create_user(Some(PASSWORD)).await;
    let (id, username) = (
        user["id"].as_str().unwrap(),
        user["username"].as_str().unwrap(),
    );
    let started = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64;
    let fresh = id_token_claims(&t, username, &[("max_age", "600")]).await;
    let auth_time = fresh["auth_time"].as_i64().expect("auth_time with max_age");
    assert!(auth_time >= started - 5, "{fresh}");
    if t.version == LogtoVersion::V1_37 {
        return;
    }
    let (status, body) = t
        .api(Method::GET, &format!("/api/users/{id}/sessions"), None)
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let sessions = body["sessions"].as_array().unwrap();
    assert_eq!(sessions.len(), 1, "{body}");
    let client = web_app().0;
    let payload = &sessions[0]["payload"];
    assert_eq!(payload["loginTs"], auth_time, "{payload}");
    let sid = payload["authorizations"][&client]["sid"]
        .as_str()
        .expect("the client's sid");
    assert_ne!(payload["jti"].as_str(), Some(sid), "{payload}");
    assert_ne!(payload["jti"], payload["uid"], "{payload}");
}
