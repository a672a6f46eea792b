//! `GET/DELETE /api/users/:id/grants` (Logto ≥ 1.38; absent on 1.37): a sign-in leaves a grant
//! for the app, listed with its application; revoking it ends the refresh token issued through
//! it.

use logto_emulator::LogtoVersion;
use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

use crate::browser::web_app;
use crate::sessions::{sign_in_tokens, PASSWORD};
use crate::support::{assert_error, target, Target};

async fn refresh(t: &Target, token: &str) -> (StatusCode, Value) {
    let (id, secret) = web_app();
    let res = t
        .http
        .post(t.url("/oidc/token"))
        .basic_auth(id, Some(secret))
        .form(&[("grant_type", "refresh_token"), ("refresh_token", token)])
        .send()
        .await
        .unwrap();
    let status = res.status();
    (status, res.json().await.unwrap_or(Value::Null))
}

#[tokio::test]
async fn a_sign_in_leaves_a_grant_that_can_be_listed_and_revoked() {
    let t = target().await;
    let user = t.create_user(Some(PASSWORD)).await;
    let (id, username) = (
        user["id"].as_str().unwrap(),
        user["username"].as_str().unwrap(),
    );
    let path = format!("/api/users/{id}/grants");
    if t.version == LogtoVersion::V1_37 {
        let (status, _) = t.api(Method::GET, &path, None).await;
        assert_eq!(status, StatusCode::NOT_FOUND);
        return;
    }
    let (status, body) = t.api(Method::GET, &path, None).await;
    assert_eq!((status, body), (StatusCode::OK, json!({ "grants": [] })));

    let tokens = sign_in_tokens(&t, username, &[]).await;
    let refresh_token = tokens["refresh_token"].as_str().expect("a refresh token");
    let (status, body) = t.api(Method::GET, &path, None).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let grants = body["grants"].as_array().unwrap();
    assert_eq!(grants.len(), 1, "{body}");
    let grant = &grants[0];
    let client = web_app().0;
    let grant_id = grant["id"].as_str().unwrap();
    assert_eq!(grant["application"]["id"], client.as_str(), "{grant}");
    assert!(grant["application"]["name"].is_string(), "{grant}");
    assert_eq!(grant["payload"]["kind"], "Grant", "{grant}");
    assert_eq!(grant["payload"]["clientId"], client.as_str(), "{grant}");
    assert_eq!(grant["payload"]["accountId"], id, "{grant}");
    let (iat, exp) = (
        grant["payload"]["iat"].as_i64().unwrap(),
        grant["payload"]["exp"].as_i64().unwrap(),
    );
    // The row's expiry in milliseconds (measured on 1.42.0: sub-second digits, `exp` in seconds).
    assert_eq!(
        grant["expiresAt"].as_i64().map(|ms| ms / 1000),
        Some(exp),
        "{grant}"
    );
    assert_eq!(
        grant["payload"]["openid"]["scope"], "openid profile offline_access",
        "{grant}"
    );
    assert_eq!(
        exp - iat,
        180 * 24 * 3600,
        "Logto's grant lifetime: {grant}"
    );

    // The session names the same grant for the client.
    let (_, sessions) = t
        .api(Method::GET, &format!("/api/users/{id}/sessions"), None)
        .await;
    assert_eq!(
        sessions["sessions"][0]["payload"]["authorizations"][&client]["grantId"], grant_id,
        "{sessions}"
    );

    // The web app is first-party.
    let (_, first) = t
        .api(Method::GET, &format!("{path}?appType=firstParty"), None)
        .await;
    assert_eq!(first["grants"].as_array().unwrap().len(), 1, "{first}");
    let (_, third) = t
        .api(Method::GET, &format!("{path}?appType=thirdParty"), None)
        .await;
    assert_eq!(third, json!({ "grants": [] }));
    let (status, body) = t
        .api(Method::GET, &format!("{path}?appType=mine"), None)
        .await;
    assert_error(status, &body, 400, "guard.invalid_input");

    // Another user cannot reach it.
    let other = t.create_user(None).await;
    let (status, body) = t
        .api(
            Method::DELETE,
            &format!(
                "/api/users/{}/grants/{grant_id}",
                other["id"].as_str().unwrap()
            ),
            None,
        )
        .await;
    assert_error(status, &body, 404, "oidc.invalid_grant");

    let (status, _) = refresh(&t, refresh_token).await;
    assert_eq!(status, StatusCode::OK, "the refresh token works before");
    let (status, body) = t
        .api(Method::DELETE, &format!("{path}/{grant_id}"), None)
        .await;
    assert_eq!(status, StatusCode::NO_CONTENT, "{body}");
    let (status, body) = t.api(Method::GET, &path, None).await;
    assert_eq!((status, body), (StatusCode::OK, json!({ "grants": [] })));
    let (status, body) = refresh(&t, refresh_token).await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{body}");
    assert_eq!(body["error"], "invalid_grant", "{body}");
    let (status, body) = t
        .api(Method::DELETE, &format!("{path}/{grant_id}"), None)
        .await;
    assert_error(status, &body, 404, "oidc.invalid_grant");
}

/// `GET /api/applications` without paging lists every application with whether it is
/// third-party and its `oidcClientMetadata` (where a logo may be set).
#[tokio::test]
async fn applications_are_listed_with_party_and_metadata() {
    let t = target().await;
    let (status, body) = t.api(Method::GET, "/api/applications", None).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let apps = body.as_array().unwrap();
    let web = apps
        .iter()
        .find(|a| a["id"] == web_app().0.as_str())
        .expect("the web app is listed");
    assert_eq!(web["isThirdParty"], false, "{web}");
    assert!(web["name"].is_string(), "{web}");
    assert!(
        web["oidcClientMetadata"]["redirectUris"].is_array(),
        "{web}"
    );
    let (status, third) = t
        .api(Method::GET, "/api/applications?isThirdParty=true", None)
        .await;
    assert_eq!(status, StatusCode::OK, "{third}");
    assert!(
        third
            .as_array()
            .unwrap()
            .iter()
            .all(|a| a["isThirdParty"] == true),
        "{third}"
    );
}
