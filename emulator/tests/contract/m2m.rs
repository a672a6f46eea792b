use reqwest::{Method, StatusCode};
use serde_json::Value;

use crate::support::{assert_error, target};

#[tokio::test]
async fn client_credentials_issue_a_management_jwt() {
    let t = target().await;
    let (status, body) = t
        .token_request(&[
            ("grant_type", "client_credentials"),
            ("resource", &t.resource),
            ("scope", "all"),
        ])
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["token_type"], "Bearer");
    assert_eq!(body["expires_in"], 3600);
    assert_eq!(body["scope"], "all");
    let token = body["access_token"].as_str().unwrap();
    assert_eq!(token.split('.').count(), 3, "a JWT");
    let header = jsonwebtoken::decode_header(token).unwrap();
    assert_eq!(header.alg, jsonwebtoken::Algorithm::ES384);
}

#[tokio::test]
async fn token_endpoint_failures_use_the_oidc_shape_with_a_logto_code() {
    let t = target().await;
    // No resource.
    let (status, body) = t
        .token_request(&[("grant_type", "client_credentials"), ("scope", "all")])
        .await;
    assert_error(status, &body, 400, "oidc.invalid_target");
    assert_eq!(body["error"], "invalid_target");
    assert!(body["error_description"].is_string());

    // Unknown client: 400; known client, wrong secret: 401.
    let form = [
        ("grant_type", "client_credentials"),
        ("resource", t.resource.as_str()),
        ("scope", "all"),
    ];
    let res = t
        .http
        .post(t.url("/oidc/token"))
        .basic_auth("no-such-app", Some("x"))
        .form(&form)
        .send()
        .await
        .unwrap();
    let status = res.status();
    assert_error(
        status,
        &res.json().await.unwrap(),
        400,
        "oidc.invalid_client",
    );
    let res = t
        .http
        .post(t.url("/oidc/token"))
        .basic_auth(&t.m2m_id, Some("wrong"))
        .form(&form)
        .send()
        .await
        .unwrap();
    let status = res.status();
    assert_error(
        status,
        &res.json().await.unwrap(),
        401,
        "oidc.invalid_client",
    );

    // No client authentication at all; a malformed Basic header.
    let res = t
        .http
        .post(t.url("/oidc/token"))
        .form(&form)
        .send()
        .await
        .unwrap();
    let status = res.status();
    assert_error(
        status,
        &res.json().await.unwrap(),
        400,
        "oidc.invalid_request",
    );
    let res = t
        .http
        .post(t.url("/oidc/token"))
        .header("authorization", "Basic !!!not-base64")
        .form(&form)
        .send()
        .await
        .unwrap();
    let status = res.status();
    assert_error(
        status,
        &res.json().await.unwrap(),
        400,
        "oidc.invalid_request",
    );

    // parse_error=false: the raw OIDC body.
    let res = t
        .http
        .post(t.url("/oidc/token?parse_error=false"))
        .basic_auth(&t.m2m_id, Some("wrong"))
        .form(&form)
        .send()
        .await
        .unwrap();
    let body: Value = res.json().await.unwrap();
    assert_eq!(body["error"], "invalid_client");
    assert!(body.get("code").is_none());
}

#[tokio::test]
async fn client_credentials_secret_post_works_too() {
    let t = target().await;
    let res = t
        .http
        .post(t.url("/oidc/token"))
        .form(&[
            ("grant_type", "client_credentials"),
            ("resource", t.resource.as_str()),
            ("scope", "all"),
            ("client_id", t.m2m_id.as_str()),
            ("client_secret", t.m2m_secret.as_str()),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::OK);
}

#[tokio::test]
async fn a_token_without_scope_all_is_forbidden_not_refused_at_issue() {
    let t = target().await;
    // Omitting scope (or asking for one the app lacks) still issues a token...
    let (status, body) = t
        .token_request(&[
            ("grant_type", "client_credentials"),
            ("resource", &t.resource),
            ("scope", "nope"),
        ])
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert!(
        body.get("scope").is_none(),
        "unassigned scopes are dropped: {body}"
    );
    let token = body["access_token"].as_str().unwrap();
    // ...that every Management call then refuses.
    let res = t
        .http
        .get(t.url("/api/users"))
        .bearer_auth(token)
        .send()
        .await
        .unwrap();
    let status = res.status();
    assert_error(status, &res.json().await.unwrap(), 403, "auth.forbidden");
}

#[tokio::test]
async fn management_auth_errors() {
    let t = target().await;
    let res = t.http.get(t.url("/api/users")).send().await.unwrap();
    let status = res.status();
    assert_error(
        status,
        &res.json().await.unwrap(),
        401,
        "auth.authorization_header_missing",
    );

    let res = t
        .http
        .get(t.url("/api/users"))
        .basic_auth("a", Some("b"))
        .send()
        .await
        .unwrap();
    let status = res.status();
    assert_error(
        status,
        &res.json().await.unwrap(),
        401,
        "auth.authorization_token_type_not_supported",
    );

    let res = t
        .http
        .get(t.url("/api/users"))
        .bearer_auth("not.a.jwt")
        .send()
        .await
        .unwrap();
    let status = res.status();
    assert_error(status, &res.json().await.unwrap(), 401, "auth.unauthorized");

    // Auth runs before the body guard: a bad token wins over a bad body.
    let res = t
        .http
        .patch(t.url("/api/users/whatever"))
        .bearer_auth("not.a.jwt")
        .body("{broken")
        .send()
        .await
        .unwrap();
    let status = res.status();
    assert_error(status, &res.json().await.unwrap(), 401, "auth.unauthorized");

    // And a good token works.
    let (status, _) = t.api(Method::GET, "/api/users", None).await;
    assert_eq!(status, StatusCode::OK);
}
