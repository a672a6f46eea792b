//! "This wasn't me" (`features::not_me`): the link in a security notice, opened signed out,
//! ends every session, puts an email change back and lets the owner set a new password with a
//! code sent to the old address; once, and only with the link as sealed.

use std::time::Duration;

use reqwest::{header, StatusCode};

use crate::common::{browser::Browser, logto_version, spawn_app, TestApp};

const NEW_PASSWORD: &str = "Quiet-Harbor-4821";

/// The "This wasn't me" link of the newest notice to `to` with this subject (waits for it).
async fn not_me_link(app: &TestApp, to: &str, subject: &str) -> url::Url {
    let deadline = tokio::time::Instant::now() + Duration::from_secs(15);
    loop {
        let all = app.notices(to).await;
        let body = all
            .iter()
            .find(|m| m["subject"] == subject)
            .and_then(|m| m["body"].as_str());
        if let Some(body) = body {
            let link = body
                .split_whitespace()
                .find(|w| w.contains("/not-me?t="))
                .expect("a link in the notice");
            return url::Url::parse(link).unwrap();
        }
        assert!(
            tokio::time::Instant::now() < deadline,
            "no notice {subject:?}"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// The link of the notice the old address got about an email change.
async fn email_change_link(app: &TestApp) -> url::Url {
    not_me_link(
        app,
        "dana@example.com",
        "Security notice: Email address changed",
    )
    .await
}

fn token(link: &url::Url) -> String {
    link.query_pairs()
        .find(|(k, _)| k == "t")
        .map(|(_, v)| v.into_owned())
        .unwrap()
}

/// A browser without a session (the owner may be locked out), posting as a page of ours does.
async fn post(app: &TestApp, path: &str, form: &[(&str, &str)]) -> (StatusCode, String) {
    let res = reqwest::Client::new()
        .post(app.url(path))
        .header(header::ORIGIN, app.origin())
        .form(form)
        .send()
        .await
        .unwrap();
    (res.status(), res.text().await.unwrap())
}

async fn change_email(app: &TestApp, browser: &Browser, to: &str) {
    app.prove(browser).await;
    let (status, _, _) = app
        .post_form(browser, "/security/email/send", &[("address", to)])
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let code = app.latest_code(to).await;
    let (status, _, _) = app
        .post_form(browser, "/security/email/verify", &[("code", &code)])
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn this_wasnt_me_puts_the_email_back_ends_every_session_and_sets_a_new_password() {
    let app = spawn_app(&[]).await;
    let (old, new) = ("dana@example.com", "taken.over@example.com");
    let intruder = app.signed_in("/").await;
    let other = app.signed_in("/").await;
    change_email(&app, &intruder, new).await;
    let link = email_change_link(&app).await;
    let t = token(&link);

    let page = reqwest::get(link.as_str())
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(page.contains("Email address changed"), "{page}");
    assert!(
        page.contains(&format!("put your email address back to {old};")),
        "{page}"
    );
    assert!(page.contains("Secure my account"), "{page}");
    // The language switch comes back to this very page, query and all.
    assert!(
        page.contains("name=\"return_to\" value=\"/not-me?t="),
        "{page}"
    );

    let (status, page) = post(&app, "/not-me", &[("t", &t)]).await;
    assert_eq!(status, StatusCode::OK, "{page}");
    assert!(
        page.contains("Signed out everywhere in this app. Sessions ended: 2."),
        "{page}"
    );
    match logto_version() {
        logto_emulator::LogtoVersion::V1_42 => {
            assert!(page.contains("Your sign-ins at Logto were ended"), "{page}")
        }
        logto_emulator::LogtoVersion::V1_37 => {
            assert!(
                page.contains("This Logto cannot end its own sign-ins"),
                "{page}"
            )
        }
    }
    assert!(
        page.contains(&format!("Your email address is {old} again.")),
        "{page}"
    );
    assert!(
        page.contains(&format!("We sent a code to {old}.")),
        "{page}"
    );
    assert_eq!(app.logto_user("demo").await["primaryEmail"], old);
    for browser in [&intruder, &other] {
        assert!(browser.current_user(&app).await.is_null(), "signed out");
    }

    let code = app.latest_code(old).await;
    let form = [
        ("t", t.as_str()),
        ("code", "000000"),
        ("new", NEW_PASSWORD),
        ("repeat", NEW_PASSWORD),
    ];
    let (status, page) = post(&app, "/not-me/password", &form).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(page.contains("That code is not right."), "{page}");
    let form = [
        ("t", t.as_str()),
        ("code", &code),
        ("new", NEW_PASSWORD),
        ("repeat", NEW_PASSWORD),
    ];
    let (status, page) = post(&app, "/not-me/password", &form).await;
    assert_eq!(status, StatusCode::OK, "{page}");
    assert!(
        page.contains("Your new password is set. Sign in with it."),
        "{page}"
    );
    assert!(
        app.password_is("demo", NEW_PASSWORD).await,
        "the new password works"
    );

    // Used up: the page says so, and the posts change nothing.
    let page = reqwest::get(link.as_str())
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        page.contains("This link is not valid or has expired"),
        "{page}"
    );
    let (status, _) = post(&app, "/not-me", &[("t", &t)]).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn an_altered_or_foreign_link_does_nothing() {
    let app = spawn_app(&[]).await;
    let browser = app.signed_in("/").await;
    change_email(&app, &browser, "someone.else@example.com").await;
    let link = email_change_link(&app).await;
    let mut t = token(&link);
    t.pop();
    t.push('A');
    let mut altered = link.clone();
    altered.query_pairs_mut().clear().append_pair("t", &t);
    let page = reqwest::get(altered.as_str())
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        page.contains("This link is not valid or has expired"),
        "{page}"
    );
    for path in ["/not-me", "/not-me/password"] {
        let (status, _) = post(&app, path, &[("t", &t), ("code", "123456")]).await;
        assert!(status == StatusCode::NOT_FOUND, "{path}: {status}");
    }
    // Another app's link (sealed with another key) is as good as none.
    let other = spawn_app(&[(
        "FIELD_ENCRYPTION_KEY",
        "b3RoZXIta2V5LWZvci1pbnRlZ3JhdGlvbi10ZXN0cyE=",
    )])
    .await;
    let (status, _) = post(&other, "/not-me", &[("t", &token(&link))]).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert!(
        !browser.current_user(&app).await.is_null(),
        "nothing was ended"
    );
    assert_eq!(
        app.logto_user("demo").await["primaryEmail"],
        "someone.else@example.com"
    );
}

#[tokio::test]
async fn a_link_cannot_flood_the_address_with_codes() {
    let app = spawn_app(&[]).await;
    let browser = app.signed_in("/").await;
    change_email(&app, &browser, "flood@example.com").await;
    let link = email_change_link(&app).await;
    let t = token(&link);
    for _ in 0..5 {
        let (status, page) = post(&app, "/not-me", &[("t", &t)]).await;
        assert_eq!(status, StatusCode::OK);
        assert!(
            page.contains("We sent a code to dana@example.com."),
            "{page}"
        );
    }
    let sent = app.emulator_requests("/verification-codes").await;
    let (status, page) = post(&app, "/not-me", &[("t", &t)]).await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("Too many attempts."), "{page}");
    assert_eq!(app.emulator_requests("/verification-codes").await, sent);
}
