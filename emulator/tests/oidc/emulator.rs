use std::time::{Duration, Instant};

use logto_emulator::{Emulator, EmulatorConfig};
use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

use crate::emulator_only;
use crate::support::{assert_error, target, target_with, unique};

#[tokio::test]
async fn a_restart_keeps_users_keys_and_edits() {
    let dir = std::env::temp_dir().join(format!("emulator-restart-{}", unique()));
    let config = EmulatorConfig {
        data_dir: Some(dir.clone()),
        ..EmulatorConfig::default()
    };
    let t = target_with(config.clone()).await;
    let user = t.create_user(Some("Sturdy-pass-93")).await;
    let id = user["id"].as_str().unwrap().to_owned();
    t.api(
        Method::PATCH,
        &format!("/api/users/{id}"),
        Some(json!({ "name": "Edited" })),
    )
    .await;
    let jwks_before: Value = t
        .http
        .get(t.url("/oidc/jwks"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    if let Some(emulator) = t.emulator {
        emulator.stop().await;
    }

    let t = target_with(config).await;
    let (status, got) = t.api(Method::GET, &format!("/api/users/{id}"), None).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(got["name"], "Edited");
    let (status, _) = t
        .api(
            Method::POST,
            &format!("/api/users/{id}/password/verify"),
            Some(json!({ "password": "Sturdy-pass-93" })),
        )
        .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let jwks_after: Value = t
        .http
        .get(t.url("/oidc/jwks"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(jwks_before, jwks_after, "same signing keys");
    // Seeded users are not duplicated by a second seeding.
    let (_, demos) = t.api(Method::GET, "/api/users?search=demo", None).await;
    assert_eq!(
        demos
            .as_array()
            .unwrap()
            .iter()
            .filter(|u| u["username"] == "demo")
            .count(),
        1
    );
    drop(t);
    std::fs::remove_dir_all(dir).unwrap();
}

#[tokio::test]
async fn key_rotation_publishes_the_new_key_beside_the_old_one() {
    let t = target().await;
    let old_token = t.m2m_token().await;
    assert_eq!(
        t.admin("/__emulator/rotate-keys", json!({})).await,
        StatusCode::OK
    );
    let jwks: Value = t
        .http
        .get(t.url("/oidc/jwks"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(jwks["keys"].as_array().unwrap().len(), 2);
    // Tokens signed by the old key still work; new ones carry the new kid.
    let res = t
        .http
        .get(t.url("/api/users"))
        .bearer_auth(&old_token)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    let (_, body) = t
        .token_request(&[
            ("grant_type", "client_credentials"),
            ("resource", &t.resource),
            ("scope", "all"),
        ])
        .await;
    let new_kid = jsonwebtoken::decode_header(body["access_token"].as_str().unwrap())
        .unwrap()
        .kid;
    assert_eq!(
        new_kid.as_deref(),
        jwks["keys"][0]["kid"].as_str(),
        "newest key listed first"
    );
}

#[tokio::test]
async fn faults_add_latency_force_statuses_and_drop_connections() {
    let t = target().await;
    let token = t.m2m_token().await;
    let status = t
        .admin(
            "/__emulator/faults",
            json!({ "path": "/api/users", "latencyMs": 300, "times": 1 }),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED);
    let started = Instant::now();
    let res = t
        .http
        .get(t.url("/api/users"))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    assert!(started.elapsed() >= Duration::from_millis(300));

    t.admin(
        "/__emulator/faults",
        json!({ "path": "/api/users", "method": "PATCH", "status": 503, "times": 1 }),
    )
    .await;
    let (status, _) = t
        .api(
            Method::PATCH,
            "/api/users/nosuchuser00",
            Some(json!({ "name": "x" })),
        )
        .await;
    assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE);
    let (status, _) = t
        .api(
            Method::PATCH,
            "/api/users/nosuchuser00",
            Some(json!({ "name": "x" })),
        )
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND, "the fault was used up");

    t.admin(
        "/__emulator/faults",
        json!({ "path": "/api/users", "status": 429 }),
    )
    .await;
    let res = t
        .http
        .get(t.url("/api/users"))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::TOO_MANY_REQUESTS);
    assert!(res.headers().contains_key("retry-after"));
    let cleared = t
        .http
        .delete(t.url("/__emulator/faults"))
        .send()
        .await
        .unwrap();
    assert_eq!(cleared.status(), StatusCode::NO_CONTENT);

    t.admin(
        "/__emulator/faults",
        json!({ "path": "/oidc/token", "drop": true, "times": 1 }),
    )
    .await;
    let dropped = t
        .http
        .post(t.url("/oidc/token"))
        .basic_auth(&t.m2m_id, Some(&t.m2m_secret))
        .form(&[("grant_type", "client_credentials")])
        .send()
        .await;
    assert!(
        dropped.is_err(),
        "the connection was closed without an answer"
    );
}

#[tokio::test]
async fn expired_m2m_tokens_are_refused_until_a_new_one_is_fetched() {
    let t = target().await;
    let token = t.m2m_token().await;
    assert_eq!(
        t.admin("/__emulator/expire-tokens", json!({ "kind": "m2m" }))
            .await,
        StatusCode::NO_CONTENT
    );
    let res = t
        .http
        .get(t.url("/api/users"))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    let status = res.status();
    assert_error(status, &res.json().await.unwrap(), 401, "auth.unauthorized");
    let (_, body) = t
        .token_request(&[
            ("grant_type", "client_credentials"),
            ("resource", &t.resource),
            ("scope", "all"),
        ])
        .await;
    let res = t
        .http
        .get(t.url("/api/users"))
        .bearer_auth(body["access_token"].as_str().unwrap())
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::OK);
}

#[tokio::test]
async fn admin_endpoints_are_off_unless_enabled() {
    let emulator = Emulator::start(EmulatorConfig::default()).await.unwrap();
    let http = reqwest::Client::new();
    let res = http
        .post(format!("{}/__emulator/faults", emulator.endpoint()))
        .json(&json!({ "path": "/", "status": 500 }))
        .send()
        .await
        .unwrap();
    assert!(res.status().is_client_error(), "{}", res.status());
}

#[tokio::test]
async fn the_mailbox_shows_sent_codes_to_people_and_tests() {
    let t = target().await;
    let to = format!("mail_{}@example.com", unique());
    t.api(
        Method::POST,
        "/api/verification-codes",
        Some(json!({ "email": to })),
    )
    .await;
    let code = t.latest_code(&to).await;
    let html = t
        .http
        .get(t.url("/__emulator/mailbox"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(html.contains(&to) && html.contains(&code), "{html}");
    let messages: Value = t
        .http
        .get(t.url("/__emulator/mailbox.json"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(messages[0]["type"], "Generic");
    assert_eq!(messages[0]["channel"], "email");
}

/// On loopback the emulator answers only to its own address: a page elsewhere that points a
/// name it controls at this port (DNS rebinding) gets nothing.
#[tokio::test]
async fn only_its_own_host_name_is_answered() {
    let t = target().await;
    emulator_only!(t);
    let url = t.url("/oidc/.well-known/openid-configuration");
    let res = t
        .http
        .get(&url)
        .header("host", "evil.example")
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::MISDIRECTED_REQUEST);
    let port = t.emulator.as_ref().unwrap().addr().port();
    let res = t
        .http
        .get(&url)
        .header("host", format!("localhost:{port}"))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(
        t.http.get(&url).send().await.unwrap().status(),
        StatusCode::OK
    );
}
