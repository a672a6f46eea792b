//! Webhooks (`/api/hooks`, contract §17): what an administrator creates, and what Logto sends to
//! it — the payload, its headers and its signature — for the user events an account page
//! listens to. A receiver on a free port of this machine stands in for the app.

use std::time::Duration;

use axum::{body::Bytes, extract::State, http::HeaderMap, routing::post, Router};
use reqwest::{Method, StatusCode};
use serde_json::{json, Value};
use tokio::sync::mpsc;

use crate::browser::{auth_url, Browser, SignIn};
use crate::support::{target, Target};

/// One request the receiver got.
pub struct Received {
    pub headers: HeaderMap,
    pub body: Bytes,
}

impl Received {
    pub fn json(&self) -> Value {
        serde_json::from_slice(&self.body).unwrap()
    }
}

/// Listens on a free port; every `POST` to any path is handed over.
pub async fn receiver() -> (String, mpsc::UnboundedReceiver<Received>) {
    let (tx, rx) = mpsc::unbounded_channel();
    let app = Router::new()
        .route(
            "/{*path}",
            post(
                |State(tx): State<mpsc::UnboundedSender<Received>>,
                 headers: HeaderMap,
                 body: Bytes| async move {
                    let _ = tx.send(Received { headers, body });
                    StatusCode::OK
                },
            ),
        )
        .with_state(tx);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await });
    (format!("http://{addr}"), rx)
}

/// The next request that passes `wanted` (others, e.g. for other tests' users, are skipped).
pub async fn next_matching(
    rx: &mut mpsc::UnboundedReceiver<Received>,
    wanted: impl Fn(&Value) -> bool,
) -> Received {
    let wait = async {
        loop {
            let got = rx.recv().await.expect("receiver open");
            if wanted(&got.json()) {
                return got;
            }
        }
    };
    tokio::time::timeout(Duration::from_secs(20), wait)
        .await
        .expect("the webhook arrived")
}

fn hex_hmac(key: &str, body: &[u8]) -> String {
    let key = ring::hmac::Key::new(ring::hmac::HMAC_SHA256, key.as_bytes());
    ring::hmac::sign(&key, body)
        .as_ref()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

async fn create_hook(t: &Target, url: &str, events: &[&str]) -> Value {
    let (status, hook) = t
        .api(
            Method::POST,
            "/api/hooks",
            Some(json!({ "name": "contract", "events": events, "config": { "url": url } })),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{hook}");
    hook
}

#[tokio::test]
async fn a_hook_is_created_with_a_signing_key_and_needs_events() {
    let t = target().await;
    let (status, body) = t
        .api(
            Method::POST,
            "/api/hooks",
            Some(json!({ "name": "no events", "config": { "url": "http://127.0.0.1:9/x" } })),
        )
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{body}");
    assert_eq!(body["code"], "hook.missing_events");

    let hook = create_hook(&t, "http://127.0.0.1:9/x", &["User.Data.Updated"]).await;
    let id = hook["id"].as_str().unwrap();
    assert_eq!(hook["events"], json!(["User.Data.Updated"]));
    assert_eq!(hook["enabled"], true);
    assert_eq!(hook["config"], json!({ "url": "http://127.0.0.1:9/x" }));
    assert_eq!(hook["signingKey"].as_str().unwrap().len(), 32, "{hook}");
    assert!(hook["createdAt"].is_i64(), "{hook}");

    let (status, listed) = t
        .api(Method::GET, "/api/hooks?includeExecutionStats=true", None)
        .await;
    assert_eq!(status, StatusCode::OK, "{listed}");
    let ours = listed
        .as_array()
        .unwrap()
        .iter()
        .find(|h| h["id"] == id)
        .unwrap();
    assert_eq!(
        ours["executionStats"],
        json!({ "requestCount": 0, "successCount": 0 })
    );
    let (status, _) = t
        .api(Method::DELETE, &format!("/api/hooks/{id}"), None)
        .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let (status, _) = t.api(Method::GET, &format!("/api/hooks/{id}"), None).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

/// `User.Data.Updated`, `User.SuspensionStatus.Updated` and `User.Deleted` after Management API
/// calls: signed over the exact body, `data` the response body (the custom data alone for
/// `PATCH …/custom-data`; the user as it was for a deletion).
#[tokio::test]
async fn user_changes_are_pushed_signed_with_the_response_as_data() {
    let t = target().await;
    let (url, mut rx) = receiver().await;
    let hook = create_hook(
        &t,
        &format!("{url}/hook"),
        &[
            "User.Data.Updated",
            "User.SuspensionStatus.Updated",
            "User.Deleted",
        ],
    )
    .await;
    let key = hook["signingKey"].as_str().unwrap().to_owned();
    let user = t.create_user(None).await;
    let id = user["id"].as_str().unwrap().to_owned();
    let about = |id: String| move |p: &Value| p["params"]["userId"] == id.as_str();

    let (status, _) = t
        .api(
            Method::PATCH,
            &format!("/api/users/{id}"),
            Some(json!({ "name": "Pushed Name" })),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    let got = next_matching(&mut rx, about(id.clone())).await;
    assert_eq!(
        got.headers["logto-signature-sha-256"].to_str().unwrap(),
        hex_hmac(&key, &got.body)
    );
    assert_eq!(got.headers["user-agent"], "Logto (https://logto.io/)");
    let p = got.json();
    assert_eq!(p["event"], "User.Data.Updated");
    assert_eq!(p["hookId"], hook["id"]);
    assert_eq!(p["matchedRoute"], "/users/:userId");
    assert_eq!(p["method"], "PATCH");
    assert_eq!(p["status"], 200);
    assert_eq!(p["path"], format!("/users/{id}"), "{p}");
    assert_eq!(p["data"]["id"], id.as_str());
    assert_eq!(p["data"]["name"], "Pushed Name");
    assert!(p["data"]["updatedAt"].is_i64(), "{p}");
    assert!(p["createdAt"].as_str().unwrap().ends_with('Z'), "{p}");
    assert!(p.get("ip").is_some(), "{p}");

    let (status, _) = t
        .api(
            Method::PATCH,
            &format!("/api/users/{id}/custom-data"),
            Some(json!({ "customData": { "plan": "pro" } })),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    let p = next_matching(&mut rx, about(id.clone())).await.json();
    assert_eq!(p["matchedRoute"], "/users/:userId/custom-data");
    assert_eq!(p["data"], json!({ "plan": "pro" }), "{p}");

    let (status, _) = t
        .api(
            Method::PATCH,
            &format!("/api/users/{id}/is-suspended"),
            Some(json!({ "isSuspended": true })),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    let p = next_matching(&mut rx, about(id.clone())).await.json();
    assert_eq!(p["event"], "User.SuspensionStatus.Updated");
    assert_eq!(p["data"]["isSuspended"], true, "{p}");

    let (status, _) = t
        .api(Method::DELETE, &format!("/api/users/{id}"), None)
        .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let p = next_matching(&mut rx, about(id.clone())).await.json();
    assert_eq!(p["event"], "User.Deleted");
    assert_eq!(p["data"]["id"], id.as_str(), "{p}");
    assert!(p["data"].get("hasPassword").is_none(), "{p}");

    let (status, listed) = t
        .api(
            Method::GET,
            &format!(
                "/api/hooks/{}?includeExecutionStats=true",
                hook["id"].as_str().unwrap()
            ),
            None,
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{listed}");
    let stats = &listed["executionStats"];
    assert!(stats["successCount"].as_i64().unwrap() >= 4, "{listed}");
    assert_eq!(stats["requestCount"], stats["successCount"], "{listed}");
    t.api(
        Method::DELETE,
        &format!("/api/hooks/{}", hook["id"].as_str().unwrap()),
        None,
    )
    .await;
}

/// `PostSignIn` after a sign-in: the user, the browser and the application.
#[tokio::test]
async fn a_sign_in_is_pushed_with_its_browser() {
    let t = target().await;
    let (url, mut rx) = receiver().await;
    let hook = create_hook(&t, &format!("{url}/hook"), &["PostSignIn"]).await;
    let password = crate::sessions::PASSWORD;
    let user = t.create_user(Some(password)).await;
    let id = user["id"].as_str().unwrap().to_owned();
    let browser = Browser::new();
    let signed_in = browser
        .sign_in(
            &auth_url(&t, &[]),
            user["username"].as_str().unwrap(),
            password,
        )
        .await;
    assert!(matches!(signed_in, SignIn::Callback(_)));
    let want = id.clone();
    let p = next_matching(&mut rx, move |p| p["userId"] == want.as_str())
        .await
        .json();
    assert_eq!(p["event"], "PostSignIn");
    assert_eq!(p["interactionEvent"], "SignIn");
    assert_eq!(p["user"]["id"], id.as_str());
    assert!(p["sessionId"].is_string(), "{p}");
    assert!(p.get("userIp").is_some(), "{p}");
    assert_eq!(p["application"]["id"], crate::browser::web_app().0, "{p}");
    t.api(
        Method::DELETE,
        &format!("/api/hooks/{}", hook["id"].as_str().unwrap()),
        None,
    )
    .await;
}
