//! The app against a real Logto (`TEST_REAL_LOGTO=1`, the environment of
//! `../shared/real-logto/`'s env file): `scripts/real-logto.sh` registers the redirect URIs of
//! the ports in `TEST_REAL_LOGTO_PORTS` (e.g. `3100-3199`) on the web app, and runs the tests one
//! at a time, each with the emulator's seeded users made anew there (what Logto's Management API
//! can make of them: not the linked GitHub account or the passkey).

use std::ops::RangeInclusive;

use reqwest::Method;
use serde_json::{json, Value};
use tokio::net::TcpListener;

use super::{try_spawn_app_on, TestApp};

pub async fn spawn(vars: &[(&str, &str)]) -> TestApp {
    spawn_on(registered_port().await, vars).await
}

/// The name of the webhooks these tests make at the real Logto (earlier ones are removed).
const TEST_HOOK: &str = "account page (test)";

/// Like [`spawn`], with a webhook made at this Logto for the app's address (as an administrator
/// makes it in the console), its signing key given to the app.
pub async fn spawn_pushing(vars: &[(&str, &str)]) -> TestApp {
    let listener = registered_port().await;
    let url = format!("http://{}/webhooks/logto", listener.local_addr().unwrap());
    let (_, hooks) = logto_api(Method::GET, "/hooks", None).await;
    for old in hooks.as_array().cloned().unwrap_or_default() {
        if old["name"] == TEST_HOOK {
            let id = old["id"].as_str().unwrap();
            logto_api(Method::DELETE, &format!("/hooks/{id}"), None).await;
        }
    }
    let mut events = logto_profile::server::push::EVENTS.to_vec();
    events.push("PostSignIn");
    let body = json!({ "name": TEST_HOOK, "events": events, "config": { "url": url } });
    let (status, hook) = logto_api(Method::POST, "/hooks", Some(body)).await;
    assert!(status.is_success(), "{hook}");
    let key = hook["signingKey"].as_str().unwrap().to_owned();
    let mut all = vec![("LOGTO_WEBHOOK_SIGNING_KEY", key.as_str())];
    all.extend_from_slice(vars);
    spawn_on(listener, &all).await
}

/// A Management API call to the real Logto before any app exists.
async fn logto_api(
    method: Method,
    path: &str,
    body: Option<Value>,
) -> (reqwest::StatusCode, Value) {
    let env = |key: &str| std::env::var(key).unwrap_or_else(|_| panic!("{key} must be set"));
    let endpoint = env("LOGTO_ENDPOINT");
    let http = reqwest::Client::new();
    let token: Value = http
        .post(format!("{endpoint}/oidc/token"))
        .basic_auth(env("LOGTO_M2M_APP_ID"), Some(env("LOGTO_M2M_APP_SECRET")))
        .form(&[
            ("grant_type", "client_credentials"),
            ("resource", "https://default.logto.app/api"),
            ("scope", "all"),
        ])
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let mut req = http
        .request(method, format!("{endpoint}/api{path}"))
        .bearer_auth(token["access_token"].as_str().unwrap());
    if let Some(body) = body {
        req = req.json(&body);
    }
    let res = req.send().await.unwrap();
    let status = res.status();
    (status, res.json().await.unwrap_or_default())
}

async fn spawn_on(listener: TcpListener, vars: &[(&str, &str)]) -> TestApp {
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
    let mut app = try_spawn_app_on(listener, &all).await.expect("state");
    app.real_logto = true;
    for user in logto_emulator::Seed::demo().users {
        seed_again(&app, &user).await;
    }
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

/// Deletes whoever holds the seeded user's username, email or phone, and makes the user again
/// as the emulator seeds it, so every test starts from the same account.
async fn seed_again(app: &TestApp, user: &logto_emulator::SeedUser) {
    let holders = [
        Some(user.username.as_str()),
        user.primary_email.as_deref(),
        user.primary_phone.as_deref(),
    ];
    for search in holders.into_iter().flatten() {
        let (_, found) = app
            .management(Method::GET, &format!("/users?search={search}"), None)
            .await;
        for old in found.as_array().cloned().unwrap_or_default() {
            let holds = ["username", "primaryEmail", "primaryPhone"]
                .iter()
                .any(|key| old[*key].as_str() == Some(search));
            if holds {
                let id = old["id"].as_str().unwrap();
                app.management(Method::DELETE, &format!("/users/{id}"), None)
                    .await;
            }
        }
    }
    let (status, made) = app
        .management(
            Method::POST,
            "/users",
            Some(without_nulls(json!({
                "username": user.username,
                "password": user.password,
                "name": user.name,
                "primaryEmail": user.primary_email,
                "primaryPhone": user.primary_phone,
            }))),
        )
        .await;
    assert!(
        status.is_success(),
        "{} not made: {status} {made}",
        user.username
    );
    let id = made["id"].as_str().unwrap();
    if !user.profile.is_empty() {
        let body = json!({ "profile": Value::Object(user.profile.clone()) });
        app.management(Method::PATCH, &format!("/users/{id}/profile"), Some(body))
            .await;
    }
}

/// Logto's user creation refuses `null` for what a user does not have: such keys are left out.
fn without_nulls(mut body: Value) -> Value {
    if let Some(object) = body.as_object_mut() {
        object.retain(|_, v| !v.is_null());
    }
    body
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
    let record: Value = serde_json::from_str(text.trim()).expect("one JSON record");
    let digits = |s: &str| {
        s.chars()
            .filter(char::is_ascii_alphanumeric)
            .collect::<String>()
    };
    let sent_to = record["address"].as_str().or(record["phone"].as_str());
    assert_eq!(
        sent_to.map(digits),
        Some(digits(to)),
        "the last code went elsewhere"
    );
    record["code"].as_str().expect("a code").to_owned()
}
