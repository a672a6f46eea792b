//! Code throttles that hold across sign-ins and addresses: per user and per IP over an hour and
//! a day, besides the session's and the recipient's (`server::throttle`). A refused send or check
//! never reaches Logto and says how long to wait.

use reqwest::{Method, StatusCode};
use serde_json::json;

use crate::common::{browser::Browser, spawn_app, TestApp};

fn address(tag: &str) -> String {
    format!("t-{tag}-{}@example.com", std::process::id())
}

/// A fresh session of `user`, with a proof.
async fn session_of(app: &TestApp, user: &str, password: &str) -> Browser {
    let browser = Browser::new();
    let callback = browser.until_callback(app, "/", user, password).await;
    browser.get(callback.as_str()).await;
    app.prove_with(&browser, password).await;
    browser
}

async fn demo(app: &TestApp) -> Browser {
    let (user, password) = app.credentials();
    session_of(app, &user, &password).await
}

async fn send_email(app: &TestApp, browser: &Browser, to: &str) -> (StatusCode, String) {
    let (status, _, page) = app
        .post_form(browser, "/security/email/send", &[("address", to)])
        .await;
    (status, page)
}

/// A code that is not the one sent to `to`.
async fn wrong_code(app: &TestApp, to: &str) -> String {
    let right: u32 = app.latest_code(to).await.parse().unwrap();
    format!("{:06}", (right + 1) % 1_000_000)
}

async fn try_code(app: &TestApp, browser: &Browser, code: &str) -> StatusCode {
    app.post_form(browser, "/security/email/verify", &[("code", code)])
        .await
        .0
}

#[tokio::test]
async fn code_sends_are_counted_per_user_across_sign_ins() {
    let app = spawn_app(&[]).await;
    let first = demo(&app).await;
    for n in 0..8 {
        let (status, page) = send_email(&app, &first, &address(&format!("a{n}"))).await;
        assert_eq!(status, StatusCode::SEE_OTHER, "{page}");
    }
    // A new sign-in is a new session, not a new count for the user: 10 an hour.
    let second = demo(&app).await;
    for n in 0..2 {
        let (status, page) = send_email(&app, &second, &address(&format!("b{n}"))).await;
        assert_eq!(status, StatusCode::SEE_OTHER, "{page}");
    }
    let sent = app.emulator_requests("/verification-codes").await;
    let third = demo(&app).await;
    let (status, page) = send_email(&app, &third, &address("c")).await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS);
    assert!(
        page.contains("Too many attempts. Please wait 60 minutes"),
        "{page}"
    );
    assert_eq!(
        app.emulator_requests("/verification-codes").await,
        sent,
        "Logto not asked"
    );
}

#[tokio::test]
async fn text_messages_are_capped_per_user_per_day() {
    let app = spawn_app(&[]).await;
    let first = demo(&app).await;
    for n in 0..5 {
        let number = format!("+1 415 555 01{:02}", n + 10);
        let (status, _, page) = app
            .post_form(
                &first,
                "/security/phone/send",
                &[("address", &number), ("region", "US")],
            )
            .await;
        assert_eq!(status, StatusCode::SEE_OTHER, "{page}");
    }
    let second = demo(&app).await;
    let (status, _, page) = app
        .post_form(
            &second,
            "/security/phone/send",
            &[("address", "+1 415 555 0199"), ("region", "US")],
        )
        .await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS);
    assert!(
        page.contains("Too many attempts. Please wait 24 hours"),
        "{page}"
    );
    // Email codes are not texts: still allowed.
    let (status, page) = send_email(&app, &second, &address("mail")).await;
    assert_eq!(status, StatusCode::SEE_OTHER, "{page}");
}

#[tokio::test]
async fn code_guesses_are_counted_per_user_and_per_ip_across_sessions() {
    let app = spawn_app(&[]).await;
    // The demo user guesses from three sessions: 10 each (the session's limit), 20 an hour.
    for round in 0..2 {
        let browser = demo(&app).await;
        let to = address(&format!("guess{round}"));
        send_email(&app, &browser, &to).await;
        let code = wrong_code(&app, &to).await;
        for _ in 0..10 {
            assert_eq!(
                try_code(&app, &browser, &code).await,
                StatusCode::UNPROCESSABLE_ENTITY
            );
        }
        assert_eq!(
            try_code(&app, &browser, &code).await,
            StatusCode::TOO_MANY_REQUESTS
        );
    }
    let browser = demo(&app).await;
    let to = address("guess2");
    send_email(&app, &browser, &to).await;
    let checks = app.emulator_requests("/verification-codes/verify").await;
    let code = wrong_code(&app, &to).await;
    assert_eq!(
        try_code(&app, &browser, &code).await,
        StatusCode::TOO_MANY_REQUESTS,
        "the user's 21st guess in an hour, in a new session"
    );
    assert_eq!(
        app.emulator_requests("/verification-codes/verify").await,
        checks
    );

    // Another user from the same address: 30 guesses an hour from one IP.
    let alex = session_of(&app, "alex", "Profile-alex-2026").await;
    let to = address("alex");
    send_email(&app, &alex, &to).await;
    let code = wrong_code(&app, &to).await;
    for _ in 0..10 {
        assert_eq!(
            try_code(&app, &alex, &code).await,
            StatusCode::UNPROCESSABLE_ENTITY
        );
    }
    let again = session_of(&app, "alex", "Profile-alex-2026").await;
    let to = address("alex2");
    send_email(&app, &again, &to).await;
    let code = wrong_code(&app, &to).await;
    assert_eq!(
        try_code(&app, &again, &code).await,
        StatusCode::TOO_MANY_REQUESTS,
        "the address's 31st guess in an hour"
    );
    // Nothing was changed by any of it.
    let id = app.user_id("alex").await;
    let (_, alex) = app
        .management(Method::GET, &format!("/users/{id}"), None)
        .await;
    assert_eq!(alex["primaryEmail"], json!("alex@example.com"));
}
