//! Security notices (`server::notices`): each change the user should hear about sends an email in
//! their language through SMTP — the embedded emulator's SMTP server, whose mailbox the tests
//! read — to the old address as well for an email change; none carries a code or password; a
//! mail server that is down delays the notice and never fails the change.

use std::time::Duration;

use reqwest::{header, StatusCode};
use serde_json::Value;

use crate::common::{browser::Browser, spawn_app, TestApp, DEMO_PASSWORD};

const NEW_PASSWORD: &str = "Quiet-Harbor-4821";
const CHROME_ON_WINDOWS: &str = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";

async fn notices(app: &TestApp, to: &str) -> Vec<Value> {
    app.notices(to).await
}

/// Waits (at most 15 s) until `to` has a notice with this subject; returns it.
async fn notice(app: &TestApp, to: &str, subject: &str) -> Value {
    let deadline = tokio::time::Instant::now() + Duration::from_secs(15);
    loop {
        let found = notices(app, to)
            .await
            .into_iter()
            .find(|m| m["subject"] == subject);
        if let Some(found) = found {
            return found;
        }
        let subjects: Vec<Value> = notices(app, to)
            .await
            .iter()
            .map(|m| m["subject"].clone())
            .collect();
        assert!(
            tokio::time::Instant::now() < deadline,
            "no notice {subject:?} to {to}; got {subjects:?}"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

async fn german(app: &TestApp, browser: &Browser) {
    let res = browser
        .http
        .post(app.url("/language"))
        .header(header::ORIGIN, app.origin())
        .form(&[("lang", "de")])
        .send()
        .await
        .unwrap();
    assert!(res.status().is_redirection(), "{}", res.status());
}

#[tokio::test]
async fn each_security_change_sends_a_notice_in_the_users_language() {
    let app = spawn_app(&[]).await;
    let dana = "dana@example.com";
    let browser = app.signed_in("/").await;
    german(&app, &browser).await;
    app.prove(&browser).await;

    let fields = [
        ("current", DEMO_PASSWORD),
        ("new", NEW_PASSWORD),
        ("repeat", NEW_PASSWORD),
    ];
    let (status, _, _) = app.post_form(&browser, "/security/password", &fields).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let mail = notice(&app, dana, "Sicherheitshinweis: Passwort geändert").await;
    let (raw, text) = (
        mail["raw"].as_str().unwrap(),
        mail["body"].as_str().unwrap(),
    );
    assert!(
        text.contains("Das war ich nicht: http"),
        "a link to undo it: {text}"
    );
    assert!(text.contains("/not-me?t="), "{text}");
    assert!(text.contains("Browser: Firefox auf Linux"), "{text}");
    assert!(text.contains("Adresse: 127.0.0.1"), "{text}");
    assert!(
        !raw.contains(NEW_PASSWORD) && !raw.contains(DEMO_PASSWORD),
        "no password"
    );
    assert!(raw.contains("multipart/alternative"), "plain text and HTML");

    let passkey = app.logto_user("demo").await["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let (_, factors) = app
        .management(
            reqwest::Method::GET,
            &format!("/users/{passkey}/mfa-verifications"),
            None,
        )
        .await;
    let factor = factors[0]["id"].as_str().unwrap();
    let (status, _, _) = app
        .post_form(&browser, "/security/two-step/remove", &[("factor", factor)])
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    notice(&app, dana, "Sicherheitshinweis: Zweiter Schritt entfernt").await;

    let (status, _, _) = app
        .post_form(
            &browser,
            "/security/identities/unlink",
            &[("target", "github")],
        )
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    notice(
        &app,
        dana,
        "Sicherheitshinweis: Ein verknüpftes Konto wurde entfernt",
    )
    .await;

    let (status, _, _) = app
        .post_form(&browser, "/security/sessions/end-others", &[])
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    notice(
        &app,
        dana,
        "Sicherheitshinweis: Alle anderen Sitzungen wurden abgemeldet",
    )
    .await;

    let (status, _, _) = app
        .post_form(
            &browser,
            "/security/phone/send",
            &[("address", "+44 20 7946 0958"), ("region", "US")],
        )
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let code = app.latest_code("442079460958").await;
    app.post_form(&browser, "/security/phone/verify", &[("code", &code)])
        .await;
    notice(&app, dana, "Sicherheitshinweis: Telefonnummer geändert").await;

    let (status, _, _) = app
        .post_form(&browser, "/security/two-step/totp/start", &[])
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let page = browser.page(&app, "/security/two-step/totp").await;
    let key: String = page
        .split("class=\"totp-key\">")
        .nth(1)
        .and_then(|rest| rest.split('<').next())
        .unwrap()
        .split_whitespace()
        .collect();
    let totp = totp_rs::Builder::new()
        .with_secret(totp_rs::Secret::try_from_base32(&key).unwrap())
        .build_noncompliant();
    let code = totp.generate_current().to_string();
    let (status, _, _) = app
        .post_form(
            &browser,
            "/security/two-step/totp/verify",
            &[("code", &code)],
        )
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let mail = notice(
        &app,
        dana,
        "Sicherheitshinweis: Authenticator-App hinzugefügt",
    )
    .await;
    assert!(
        !mail["raw"].as_str().unwrap().contains(&key),
        "no key in a notice"
    );

    // A second browser (not the first one ever): a new-browser notice, in that browser's
    // language (the German choice was the other browser's, and no locale is saved).
    let other = Browser::with_user_agent(CHROME_ON_WINDOWS);
    let (user, _) = app.credentials();
    let callback = other.until_callback(&app, "/", &user, NEW_PASSWORD).await;
    let (status, _) = other.get(callback.as_str()).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let mail = notice(&app, dana, "Security notice: Signed in from a new browser").await;
    assert!(
        mail["body"].as_str().unwrap().contains("Chrome on Windows"),
        "{mail}"
    );
}

#[tokio::test]
async fn an_email_change_is_told_to_the_old_address_and_the_new() {
    let app = spawn_app(&[]).await;
    let browser = app.signed_in("/").await;
    app.prove(&browser).await;
    let new = "dana.new@example.com";
    let (status, _, _) = app
        .post_form(&browser, "/security/email/send", &[("address", new)])
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let code = app.latest_code(new).await;
    let (status, _, _) = app
        .post_form(&browser, "/security/email/verify", &[("code", &code)])
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let subject = "Security notice: Email address changed";
    for to in ["dana@example.com", new] {
        let mail = notice(&app, to, subject).await;
        let text = mail["body"].as_str().unwrap();
        assert!(
            text.contains(&format!("From dana@example.com to {new}.")),
            "{text}"
        );
        assert!(
            !mail["raw"].as_str().unwrap().contains(&code),
            "no code in a notice"
        );
    }
}

#[tokio::test]
async fn with_smtp_down_the_change_succeeds_and_the_notice_follows() {
    let app = spawn_app(&[("NOTICE_RETRY_SECS", "1")]).await;
    let smtp = |down: bool| {
        let url = app.logto_url("/__emulator/smtp");
        async move {
            let res = reqwest::Client::new()
                .post(url)
                .json(&serde_json::json!({ "down": down }))
                .send()
                .await
                .unwrap();
            assert_eq!(res.status(), StatusCode::NO_CONTENT);
        }
    };
    smtp(true).await;
    let browser = app.signed_in("/").await;
    app.prove(&browser).await;
    // Apps in parallel may share one database: only this app's user counts.
    let id = app.user_id("demo").await;
    let queued = format!("select count(*) from notice_outbox where user_id = '{id}'");
    let fields = [
        ("current", DEMO_PASSWORD),
        ("new", NEW_PASSWORD),
        ("repeat", NEW_PASSWORD),
    ];
    let (status, location, _) = app.post_form(&browser, "/security/password", &fields).await;
    assert_eq!(
        status,
        StatusCode::SEE_OTHER,
        "the change does not wait for mail"
    );
    assert!(location.unwrap().starts_with("/security/password"));
    assert_eq!(app.db_count(&queued).await, 1);
    let readable = format!(
        "select count(*) from notice_outbox where user_id = '{id}' and message like '%dana@%'"
    );
    assert_eq!(app.db_count(&readable).await, 0, "sealed in the outbox");
    assert!(notices(&app, "dana@example.com").await.is_empty());

    smtp(false).await;
    notice(
        &app,
        "dana@example.com",
        "Security notice: Password changed",
    )
    .await;
    let deadline = tokio::time::Instant::now() + Duration::from_secs(15);
    while app.db_count(&queued).await > 0 {
        assert!(tokio::time::Instant::now() < deadline, "the outbox empties");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}
