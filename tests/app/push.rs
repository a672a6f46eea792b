//! What Logto pushes (`server::push`): its webhook keeps a copy of the user that `/profile` trusts
//! instead of asking, and ends sessions of deleted and suspended users; its back-channel logout
//! ends the app's sessions of a Logto session that signed out. Signatures, tokens and replays
//! that are wrong change nothing. The embedded emulator sends both as Logto does
//! (`emulator/tests/contract/{hooks,backchannel}.rs`, checked on a real Logto).

use std::time::Duration;

use reqwest::{Method, StatusCode};
use secrecy::ExposeSecret;
use serde_json::{json, Value};

use crate::common::{spawn_app, TestApp};

/// The app with Logto pushing to it (the embedded emulator, or a webhook made at the real
/// Logto), and the webhook checked every second.
async fn pushing_app() -> TestApp {
    if std::env::var("TEST_REAL_LOGTO").is_ok() {
        return crate::common::real::spawn_pushing(&[("WEBHOOK_CHECK_SECS", "1")]).await;
    }
    spawn_app(&[("APP_EMULATOR_PUSH", "1"), ("WEBHOOK_CHECK_SECS", "1")]).await
}

/// Calls a `/profile` view makes to Logto (userinfo, the user): the emulator counts them by
/// route.
async fn profile_calls(app: &TestApp) -> u64 {
    app.emulator_requests("/oidc/me").await + app.emulator_requests("/api/users/:id").await
}

/// Polls `check` (each poll may look at the app) until it holds; fails after 15 s.
async fn until<F, Fut>(what: &str, mut check: F)
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = bool>,
{
    let deadline = tokio::time::Instant::now() + Duration::from_secs(15);
    while !check().await {
        assert!(
            tokio::time::Instant::now() < deadline,
            "timed out waiting for: {what}"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

#[tokio::test]
async fn a_pushed_change_shows_on_the_profile_without_asking_logto() {
    let app = pushing_app().await;
    let browser = app.signed_in("/profile").await;
    let other = app.signed_in("/").await;
    let id = app.user_id("demo").await;
    // The first view asks Logto (no copy yet) and keeps what it read.
    let before = profile_calls(&app).await;
    browser.page(&app, "/profile").await;
    assert_eq!(profile_calls(&app).await, before + 2);

    let (status, _) = app
        .management(
            Method::PATCH,
            &format!("/users/{id}"),
            Some(json!({ "name": "Pushed Dana" })),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    let calls = profile_calls(&app).await;
    until("the pushed name on the profile", || async {
        browser.page(&app, "/profile").await.contains("Pushed Dana")
    })
    .await;
    assert_eq!(
        profile_calls(&app).await,
        calls,
        "no call to Logto for a view"
    );
    // Every session keeps the pushed claims: another browser's header has the new name.
    let seen = other.current_user(&app).await;
    assert_eq!(seen["name"], "Pushed Dana", "{seen}");

    // The app's own save forgets the copy before it answers: the very next view shows what
    // was saved, whether or not the webhook about it has arrived yet.
    let (_, view) = app.call(&browser, "profile/cached", json!({})).await;
    let original = view["form"].clone();
    let mut edited = original.clone();
    edited["name"] = json!("Saved Dana");
    edited["given_name"] = json!("Savedgiven");
    let delivered = deliveries(&app).await;
    let (status, body) = app
        .call(
            &browser,
            "profile/save",
            json!({ "original": original, "edited": edited }),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let fresh = || async {
        let (status, view) = app.call(&browser, "profile/fresh", json!({})).await;
        assert_eq!(status, StatusCode::OK);
        (
            view["form"]["name"].clone(),
            view["form"]["given_name"].clone(),
        )
    };
    let saved = (json!("Saved Dana"), json!("Savedgiven"));
    assert_eq!(fresh().await, saved);
    // The save's two writes are pushed back in either order; neither brings an older user back.
    until("the save's webhooks delivered", || async {
        deliveries(&app).await >= delivered + 2
    })
    .await;
    assert_eq!(fresh().await, saved);
}

/// Webhook deliveries the emulator has made (Logto's execution stats of the app's hook).
async fn deliveries(app: &TestApp) -> i64 {
    let (_, hooks) = app
        .management(Method::GET, "/hooks?includeExecutionStats=true", None)
        .await;
    hooks
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["executionStats"]["requestCount"].as_i64().unwrap_or(0))
        .sum()
}

#[tokio::test]
async fn without_a_working_webhook_every_view_asks_logto() {
    let app = pushing_app().await;
    let browser = app.signed_in("/profile").await;
    browser.page(&app, "/profile").await;
    // An administrator switches the hook off: the next check distrusts the copies.
    let (_, hooks) = app.management(Method::GET, "/hooks", None).await;
    let hook = hooks[0]["id"].as_str().unwrap().to_owned();
    let (status, _) = app
        .management(
            Method::PATCH,
            &format!("/hooks/{hook}"),
            Some(json!({ "enabled": false })),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    until("views asking Logto again", || async {
        let before = profile_calls(&app).await;
        browser.page(&app, "/profile").await;
        profile_calls(&app).await == before + 2
    })
    .await;

    let plain = spawn_app(&[]).await;
    let browser = plain.signed_in("/profile").await;
    for _ in 0..2 {
        let before = profile_calls(&plain).await;
        browser.page(&plain, "/profile").await;
        assert_eq!(profile_calls(&plain).await, before + 2);
    }
    let res = reqwest::Client::new()
        .post(plain.url("/webhooks/logto"))
        .body("{}")
        .send()
        .await
        .unwrap();
    assert_eq!(
        res.status(),
        StatusCode::NOT_FOUND,
        "no key, no webhook route"
    );
}

#[tokio::test]
async fn a_suspended_or_deleted_user_is_signed_out_everywhere() {
    let app = pushing_app().await;
    let first = app.signed_in("/profile").await;
    let second = app.signed_in("/profile").await;
    let id = app.user_id("demo").await;
    let (status, _) = app
        .management(
            Method::PATCH,
            &format!("/users/{id}/is-suspended"),
            Some(json!({ "isSuspended": true })),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    for browser in [&first, &second] {
        until("the session ended", || async {
            browser.current_user(&app).await.is_null()
        })
        .await;
    }

    let (status, _) = app
        .management(
            Method::PATCH,
            &format!("/users/{id}/is-suspended"),
            Some(json!({ "isSuspended": false })),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    let third = app.signed_in("/profile").await;
    let (status, _) = app
        .management(Method::DELETE, &format!("/users/{id}"), None)
        .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    until("the session ended", || async {
        third.current_user(&app).await.is_null()
    })
    .await;
}

fn sign(key: &str, body: &[u8]) -> String {
    let tag = ring::hmac::sign(
        &ring::hmac::Key::new(ring::hmac::HMAC_SHA256, key.as_bytes()),
        body,
    );
    tag.as_ref().iter().map(|b| format!("{b:02x}")).collect()
}

async fn post_webhook(app: &TestApp, body: &[u8], signature: Option<&str>) -> StatusCode {
    let mut req = reqwest::Client::new()
        .post(app.url("/webhooks/logto"))
        .header("content-type", "application/json")
        .header("user-agent", "Logto (https://logto.io/)")
        .body(body.to_vec());
    if let Some(signature) = signature {
        req = req.header("logto-signature-sha-256", signature);
    }
    req.send().await.unwrap().status()
}

/// Logto calls without `Origin` or `Sec-Fetch-Site`: the browser guard does not stand in front;
/// the signature does, over the exact body. A replayed body is answered and ignored.
#[tokio::test]
async fn webhooks_are_authenticated_by_their_signature_and_taken_once() {
    let app = pushing_app().await;
    let key = app
        .logto
        .webhook_signing_key
        .as_ref()
        .unwrap()
        .expose_secret()
        .to_owned();
    let browser = app.signed_in("/profile").await;
    let id = app.user_id("demo").await;
    let created = iso(now());
    let body = serde_json::to_vec(&json!({
        "event": "User.Deleted", "createdAt": created,
        "params": { "userId": id }, "data": { "id": id }, "hookId": "h1",
    }))
    .unwrap();

    assert_eq!(
        post_webhook(&app, &body, None).await,
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        post_webhook(&app, &body, Some(&sign("wrong key", &body))).await,
        StatusCode::UNAUTHORIZED
    );
    let mut altered = body.clone();
    altered.push(b' ');
    assert_eq!(
        post_webhook(&app, &altered, Some(&sign(&key, &body))).await,
        StatusCode::UNAUTHORIZED
    );
    let huge = vec![b' '; 300 * 1024];
    assert_eq!(
        post_webhook(&app, &huge, Some(&sign(&key, &huge))).await,
        StatusCode::PAYLOAD_TOO_LARGE
    );
    // A day-old delivery, signed or not, is taken for a replay.
    let stale = String::from_utf8(body.clone())
        .unwrap()
        .replace(&created, &iso(now() - 86_400));
    let stale = stale.into_bytes();
    assert_eq!(
        post_webhook(&app, &stale, Some(&sign(&key, &stale))).await,
        StatusCode::NO_CONTENT
    );
    assert!(
        !browser.current_user(&app).await.is_null(),
        "nothing changed"
    );

    assert_eq!(
        post_webhook(&app, &body, Some(&sign(&key, &body))).await,
        StatusCode::NO_CONTENT
    );
    assert!(
        browser.current_user(&app).await.is_null(),
        "a signed deletion ends the session"
    );
    let again = app.signed_in("/profile").await;
    assert_eq!(
        post_webhook(&app, &body, Some(&sign(&key, &body))).await,
        StatusCode::NO_CONTENT
    );
    assert!(
        !again.current_user(&app).await.is_null(),
        "the replay changed nothing"
    );
}

/// The emulator's key signs what a test asks: logout tokens that are wrong in one way.
async fn signed(app: &TestApp, claims: Value) -> String {
    let res: Value = reqwest::Client::new()
        .post(app.logto_url("/__emulator/sign"))
        .json(&json!({ "typ": "logout+jwt", "claims": claims }))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    res["token"].as_str().unwrap().to_owned()
}

async fn post_logout(app: &TestApp, token: &str) -> StatusCode {
    reqwest::Client::new()
        .post(app.url("/backchannel-logout"))
        .form(&[("logout_token", token)])
        .send()
        .await
        .unwrap()
        .status()
}

/// `2026-12-06T03:40:00Z`: a webhook's date.
fn iso(secs: i64) -> String {
    time::OffsetDateTime::from_unix_timestamp(secs)
        .unwrap()
        .format(&time::format_description::well_known::Rfc3339)
        .unwrap()
}

fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64
}

#[tokio::test]
async fn signing_out_at_logto_ends_the_app_session_through_the_back_channel() {
    let app = pushing_app().await;
    let browser = app.signed_in("/profile").await;
    let other = app.signed_in("/profile").await;
    // Another application of the same Logto session signs the user out there.
    let mut end = url::Url::parse(&app.logto_url("/oidc/session/end")).unwrap();
    end.query_pairs_mut()
        .append_pair("client_id", &app.logto.app_id)
        .append_pair("post_logout_redirect_uri", &app.url("/"));
    browser.end_logto_session(end.as_str()).await;
    until("this browser's session ended", || async {
        browser.current_user(&app).await.is_null()
    })
    .await;
    assert!(
        !other.current_user(&app).await.is_null(),
        "another Logto session's stays"
    );
}

#[tokio::test]
async fn wrong_logout_tokens_change_nothing() {
    let app = pushing_app().await;
    let browser = app.signed_in("/profile").await;
    let sub = app.user_id("demo").await;
    let client = app.logto.app_id.clone();
    let good = |jti: &str| {
        json!({
            "iss": app.logto_url("/oidc"), "aud": client, "iat": now(), "exp": now() + 120,
            "jti": jti, "sub": sub,
            "events": { "http://schemas.openid.net/event/backchannel-logout": {} },
        })
    };
    let with = |jti: &str, key: &str, value: Value| {
        let mut c = good(jti);
        c[key] = value;
        c
    };
    let without = |jti: &str, key: &str| {
        let mut c = good(jti);
        c.as_object_mut().unwrap().remove(key);
        c
    };
    let wrong = [
        with("a", "aud", json!("someone-else")),
        with("b", "iss", json!("https://evil.example/oidc")),
        with("c", "nonce", json!("n")),
        with("d", "iat", json!(now() - 3600)),
        with("e", "exp", json!(now() - 3600)),
        with("f", "events", json!({})),
        without("g", "sub"),
        without("h", "jti"),
    ];
    for claims in wrong {
        let token = signed(&app, claims.clone()).await;
        assert_eq!(
            post_logout(&app, &token).await,
            StatusCode::BAD_REQUEST,
            "{claims}"
        );
    }
    assert_eq!(
        post_logout(&app, "not.a.jwt").await,
        StatusCode::BAD_REQUEST
    );
    let forged = {
        let token = signed(&app, good("i")).await;
        let mut parts: Vec<&str> = token.split('.').collect();
        let other = signed(&app, good("j")).await;
        parts[2] = other.split('.').nth(2).unwrap();
        parts.join(".")
    };
    assert_eq!(post_logout(&app, &forged).await, StatusCode::BAD_REQUEST);
    let res = reqwest::Client::new()
        .post(app.url("/backchannel-logout"))
        .form(&[("logout_token", "x".repeat(20 * 1024))])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::PAYLOAD_TOO_LARGE);
    assert!(
        !browser.current_user(&app).await.is_null(),
        "nothing changed"
    );

    let token = signed(&app, good("k")).await;
    assert_eq!(post_logout(&app, &token).await, StatusCode::OK);
    assert!(
        browser.current_user(&app).await.is_null(),
        "a valid token for sub ends its sessions"
    );
    let again = app.signed_in("/profile").await;
    assert_eq!(
        post_logout(&app, &token).await,
        StatusCode::BAD_REQUEST,
        "a jti is used once"
    );
    assert!(!again.current_user(&app).await.is_null());
}
