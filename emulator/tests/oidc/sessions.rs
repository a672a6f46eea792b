//! Logto 1.42's session routes over real sign-ins: the list's shape (`../shared/logto/CONTRACT.md` §11) and
//! revoking one session by `payload.uid`.

use logto_emulator::{EmulatorConfig, LogtoVersion};
use reqwest::{Method, StatusCode};
use serde_json::Value;

use crate::browser::{auth_url, exchange, id_token_claims, param, Browser, SignIn, WEB_APP};
use crate::support::{target_with, Target};

async fn signed_in(t: &Target) -> (Browser, Value) {
    let browser = Browser::new();
    let url = match browser
        .sign_in(&auth_url(t, &[]), "demo", "Profile-demo-2026")
        .await
    {
        SignIn::Callback(url) => url,
        SignIn::Page(status, html) => panic!("stayed on a page ({status}): {html}"),
    };
    let (_, tokens) = exchange(t, &param(&url, "code").unwrap(), None).await;
    (browser, id_token_claims(&tokens))
}

#[tokio::test]
async fn sessions_are_listed_with_logto_shape_and_revoked_by_uid() {
    // With back-channel logout (its session required), so the ID tokens name their session.
    let mut seed = logto_emulator::Seed::demo();
    seed.applications[0].backchannel_logout_uri = Some("http://127.0.0.1:3000/bcl".into());
    seed.applications[0].backchannel_logout_session_required = true;
    let t = target_with(EmulatorConfig {
        version: LogtoVersion::V1_42,
        seed,
        ..EmulatorConfig::default()
    })
    .await;
    let (first, first_claims) = signed_in(&t).await;
    let (second, _) = signed_in(&t).await;
    let user_id = first_claims["sub"].as_str().unwrap();
    let path = format!("/api/users/{user_id}/sessions");

    let (status, body) = t.api(Method::GET, &path, None).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let sessions = body["sessions"].as_array().unwrap();
    assert_eq!(sessions.len(), 2, "{body}");
    let mine = sessions
        .iter()
        .find(|s| s["payload"]["authorizations"][WEB_APP]["sid"] == first_claims["sid"])
        .expect("the first browser's session");
    for key in [
        "payload",
        "lastSubmission",
        "clientId",
        "accountId",
        "expiresAt",
    ] {
        assert!(mine.get(key).is_some(), "{key} in {mine}");
    }
    for key in [
        "exp",
        "iat",
        "jti",
        "uid",
        "kind",
        "loginTs",
        "accountId",
        "authorizations",
    ] {
        assert!(
            mine["payload"].get(key).is_some(),
            "payload.{key} in {mine}"
        );
    }
    assert_ne!(
        mine["payload"]["jti"], mine["payload"]["authorizations"][WEB_APP]["sid"],
        "the client's sid is not the session's jti (contract §12)"
    );
    assert_ne!(mine["payload"]["jti"], mine["payload"]["uid"]);
    assert_eq!(mine["accountId"], user_id);
    assert_eq!(mine["clientId"], WEB_APP);
    let grant = &mine["payload"]["authorizations"][WEB_APP];
    assert!(
        grant["sid"].is_string() && grant["grantId"].is_string(),
        "{mine}"
    );

    let uid = mine["payload"]["uid"].as_str().unwrap();
    let (status, _) = t.api(Method::DELETE, &format!("{path}/{uid}"), None).await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let (_, body) = t.api(Method::GET, &path, None).await;
    assert_eq!(body["sessions"].as_array().unwrap().len(), 1, "{body}");
    let (status, _) = t.api(Method::DELETE, &format!("{path}/{uid}"), None).await;
    assert_eq!(status, StatusCode::NOT_FOUND, "a session is revoked once");

    // The revoked browser must sign in again; the other one is still signed in.
    let (_, location, _) = first.authorize(&auth_url(&t, &[])).await;
    assert_eq!(location.unwrap().path(), "/sign-in");
    let (_, location, _) = second.authorize(&auth_url(&t, &[])).await;
    assert_eq!(location.unwrap().path(), "/callback");
}

#[tokio::test]
async fn logto_1_37_has_no_session_routes() {
    let t = target_with(EmulatorConfig {
        version: LogtoVersion::V1_37,
        ..EmulatorConfig::default()
    })
    .await;
    let (_, claims) = signed_in(&t).await;
    let path = format!("/api/users/{}/sessions", claims["sub"].as_str().unwrap());
    let (status, _) = t.api(Method::GET, &path, None).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}
