//! The Management API client against the emulator: one token for a burst of callers, a fresh
//! token after Logto stops accepting the old one, Logto's codes surfaced as typed errors.

use std::sync::Arc;

use logto_emulator::{AppType, Emulator, EmulatorConfig};

use crate::common::logto_version;
use logto_profile::server::logto::{M2mTokens, Management, UserPatch};

async fn emulator_and_client() -> (Emulator, Arc<Management>) {
    let emulator = Emulator::start(EmulatorConfig {
        admin: true,
        version: logto_version(),
        ..EmulatorConfig::default()
    })
    .await
    .unwrap();
    let m2m = emulator
        .seed()
        .app(AppType::MachineToMachine)
        .unwrap()
        .clone();
    let http = reqwest::Client::new();
    let tokens = M2mTokens::new(
        http.clone(),
        emulator.endpoint(),
        m2m.id,
        m2m.secret.into(),
        logto_emulator::MANAGEMENT_RESOURCE.into(),
    );
    let max_age = std::time::Duration::from_secs(300);
    let client = Arc::new(Management::new(http, emulator.endpoint(), tokens, max_age));
    (emulator, client)
}

async fn demo_id(emulator: &Emulator) -> String {
    let http = reqwest::Client::new();
    let m2m = emulator.seed().app(AppType::MachineToMachine).unwrap();
    let token: serde_json::Value = http
        .post(format!("{}/oidc/token", emulator.endpoint()))
        .basic_auth(&m2m.id, Some(&m2m.secret))
        .form(&[
            ("grant_type", "client_credentials"),
            ("resource", logto_emulator::MANAGEMENT_RESOURCE),
            ("scope", "all"),
        ])
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let users: serde_json::Value = http
        .get(format!("{}/api/users?search=demo", emulator.endpoint()))
        .bearer_auth(token["access_token"].as_str().unwrap())
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    users[0]["id"].as_str().unwrap().to_owned()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_hundred_concurrent_calls_on_a_cold_cache_make_one_token_request() {
    let (emulator, client) = emulator_and_client().await;
    let id = demo_id(&emulator).await;
    let calls = (0..100).map(|_| {
        let client = client.clone();
        let id = id.clone();
        tokio::spawn(async move { client.get_user(&id).await })
    });
    for call in calls {
        assert_eq!(
            call.await.unwrap().unwrap().username.as_deref(),
            Some("demo")
        );
    }
    assert_eq!(client.tokens().requests(), 1);
}

#[tokio::test]
async fn a_token_logto_stops_accepting_is_replaced_after_one_401() {
    let (emulator, client) = emulator_and_client().await;
    let id = demo_id(&emulator).await;
    client.get_user(&id).await.unwrap();
    assert_eq!(client.tokens().requests(), 1);

    let res = reqwest::Client::new()
        .post(format!("{}/__emulator/expire-tokens", emulator.endpoint()))
        .json(&serde_json::json!({ "kind": "m2m" }))
        .send()
        .await
        .unwrap();
    assert!(res.status().is_success());

    let user = client
        .get_user(&id)
        .await
        .expect("retried with a fresh token");
    assert_eq!(user.username.as_deref(), Some("demo"));
    assert_eq!(client.tokens().requests(), 2);
}

#[tokio::test]
async fn logto_codes_come_back_as_typed_errors() {
    let (emulator, client) = emulator_and_client().await;
    let id = demo_id(&emulator).await;
    let mut patch = UserPatch::default();
    patch.set("username", Some("alex".into()));
    let err = client.update_user(&id, &patch).await.unwrap_err();
    assert_eq!(err.status(), Some(422));
    assert_eq!(err.code(), Some("user.username_already_in_use"));

    assert!(!client.verify_password(&id, "wrong").await.unwrap());
    assert!(client
        .verify_password(&id, "Profile-demo-2026")
        .await
        .unwrap());
    let issues = client.check_password(&id, "short").await.unwrap();
    assert_eq!(issues[0].code, "password_rejected.too_short");
    assert!(client
        .check_password(&id, "Vt9!mzQ2pL")
        .await
        .unwrap()
        .is_empty());
}

#[tokio::test]
async fn transient_failures_of_idempotent_calls_are_retried_once() {
    let (emulator, client) = emulator_and_client().await;
    let id = demo_id(&emulator).await;
    let http = reqwest::Client::new();
    http.post(format!("{}/__emulator/faults", emulator.endpoint()))
        .json(&serde_json::json!({ "path": "/api/users", "method": "GET", "status": 503, "times": 1 }))
        .send()
        .await
        .unwrap();
    assert!(client.get_user(&id).await.is_ok(), "a GET survives one 503");

    http.post(format!("{}/__emulator/faults", emulator.endpoint()))
        .json(&serde_json::json!({ "path": "/api/verification-codes", "status": 503, "times": 1 }))
        .send()
        .await
        .unwrap();
    let to = logto_profile::server::logto::Recipient::Email("x@example.com".into());
    let err = client.send_code(&to).await.unwrap_err();
    assert_eq!(err.status(), Some(503), "a code send is never repeated");
}
