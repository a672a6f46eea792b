//! The app against a real Logto (`TEST_REAL_LOGTO=1`, the environment of
//! `../shared/real-logto/`'s env file): `scripts/real-logto.sh` registers the redirect URIs of
//! the ports in `TEST_REAL_LOGTO_PORTS` (e.g. `3100-3199`) on the web app, and each test makes a
//! user of its own, since all tests share that Logto.

use std::ops::RangeInclusive;

use reqwest::Method;
use serde_json::json;
use tokio::net::TcpListener;

use super::{try_spawn_app_on, TestApp};

const PASSWORD: &str = "Profile-test-2026";

pub async fn spawn(vars: &[(&str, &str)]) -> TestApp {
    let env = |key: &str| std::env::var(key).unwrap_or_else(|_| panic!("{key} must be set"));
    let settings = [
        ("LOGTO_ENDPOINT", env("LOGTO_ENDPOINT")),
        ("LOGTO_APP_ID", env("LOGTO_APP_ID")),
        ("LOGTO_APP_SECRET", env("LOGTO_APP_SECRET")),
        ("LOGTO_M2M_APP_ID", env("LOGTO_M2M_APP_ID")),
        ("LOGTO_M2M_APP_SECRET", env("LOGTO_M2M_APP_SECRET")),
    ];
    let mut all: Vec<(&str, &str)> = settings.iter().map(|(k, v)| (*k, v.as_str())).collect();
    all.extend_from_slice(vars);
    let listener = registered_port().await;
    let mut app = try_spawn_app_on(listener, &all).await.expect("state");
    app.real_user = Some(own_user(&app).await);
    app
}

/// A free port among those Logto accepts redirects to.
async fn registered_port() -> TcpListener {
    for port in ports() {
        if let Ok(listener) = TcpListener::bind(("127.0.0.1", port)).await {
            return listener;
        }
    }
    panic!("no free port in TEST_REAL_LOGTO_PORTS");
}

fn ports() -> RangeInclusive<u16> {
    let range = std::env::var("TEST_REAL_LOGTO_PORTS").unwrap_or_else(|_| "3100-3199".into());
    let (from, to) = range
        .split_once('-')
        .expect("TEST_REAL_LOGTO_PORTS: FROM-TO");
    from.parse().unwrap()..=to.parse().unwrap()
}

/// A user for this test alone, like the emulator's demo user (name, email, password).
async fn own_user(app: &TestApp) -> (String, String) {
    let tag = format!(
        "{:x}",
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_nanos()
    );
    let username = format!("t_{tag}");
    let (status, body) = app
        .management(
            Method::POST,
            "/users",
            Some(json!({
                "username": username,
                "password": PASSWORD,
                "primaryEmail": format!("{username}@example.com"),
                "name": "Dana Demo",
            })),
        )
        .await;
    assert!(status.is_success(), "user not created: {status} {body}");
    (username, PASSWORD.into())
}

/// The code a mock connector of the real Logto last "sent" to `to` (each send overwrites its
/// record file with one JSON line).
pub fn latest_code(to: &str) -> String {
    let var = if to.contains('@') {
        "LOGTO_MOCK_EMAIL_FILE"
    } else {
        "LOGTO_MOCK_SMS_FILE"
    };
    let file = std::env::var(var).unwrap_or_else(|_| panic!("{var} must be set"));
    let text = std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("{file}: {e}"));
    let record: serde_json::Value = serde_json::from_str(text.trim()).expect("one JSON record");
    let sent_to = record["address"].as_str().or(record["phone"].as_str());
    assert_eq!(
        sent_to,
        Some(to.trim_start_matches('+')),
        "the last code went elsewhere"
    );
    record["code"].as_str().expect("a code").to_owned()
}
