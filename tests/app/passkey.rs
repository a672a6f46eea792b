//! Adding a passkey through Logto's Account API: the page says what Logto's administrator must
//! switch on; once on, the password proves it to Logto, the browser's answer (a software
//! authenticator's here) is checked by Logto and the passkey is bound, named, and logged.

use logto_emulator::authenticator;
use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

use crate::common::{spawn_app, TestApp, DEMO_PASSWORD};

/// What an administrator switches on in Logto's console for this app. Never prompting: on a real
/// Logto, a policy that prompts would ask every later sign-in to set up a second step.
async fn allow_passkeys(app: &TestApp) {
    let center = json!({
        "enabled": true,
        "fields": { "mfa": "Edit", "passkey": "Edit" },
        "webauthnRelatedOrigins": [app.origin()],
    });
    let (status, body) = app
        .management(Method::PATCH, "/account-center", Some(center))
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    set_factors(
        app,
        json!({ "factors": ["Totp", "WebAuthn"], "policy": "NoPrompt" }),
    )
    .await;
}

/// As a fresh Logto has them: the real Logto a run shares stays as it was.
async fn no_factors(app: &TestApp) {
    set_factors(app, json!({ "factors": [], "policy": "UserControlled" })).await;
}

async fn set_factors(app: &TestApp, mfa: Value) {
    let body = json!({ "mfa": mfa });
    let (status, body) = app
        .management(Method::PATCH, "/sign-in-exp", Some(body))
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
}

/// The settings are kept and renewed in the background: the page shows the form once the app
/// has read them again.
async fn until_allowed(app: &TestApp, browser: &crate::common::browser::Browser) -> String {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    loop {
        let page = browser.page(app, "/security/two-step").await;
        if page.contains("id=\"passkey-add\"") || std::time::Instant::now() > deadline {
            return page;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
}

/// The section's first call: the password, and Logto's creation options back.
async fn start(
    app: &TestApp,
    browser: &crate::common::browser::Browser,
    password: &str,
) -> (StatusCode, Value) {
    app.call(browser, "passkey/start", json!({ "password": password }))
        .await
}

async fn passkey_names(app: &TestApp) -> Vec<Value> {
    let id = app.user_id("demo").await;
    let (_, list) = app
        .management(Method::GET, &format!("/users/{id}/mfa-verifications"), None)
        .await;
    list.as_array()
        .unwrap()
        .iter()
        .filter(|f| f["type"] == "WebAuthn")
        .map(|f| f["name"].clone())
        .collect()
}

#[tokio::test]
async fn the_page_says_what_logtos_administrator_must_switch_on() {
    // Settings read at most a second ago: the change below shows on the next view.
    let app = spawn_app(&[("LOGTO_SETTINGS_MAX_AGE_SECS", "0")]).await;
    let browser = app.signed_in("/").await;
    let page = browser.page(&app, "/security/two-step").await;
    assert!(
        page.contains("Passkeys can&#x27;t be added here yet")
            || page.contains("Passkeys can't be added here yet"),
        "{page}"
    );
    assert!(page.contains("your Logto administrator must:"), "{page}");
    assert!(
        page.contains(&format!("add {} to the Account Center", app.origin())),
        "{page}"
    );
    assert!(!page.contains("id=\"passkey-add\""), "{page}");

    allow_passkeys(&app).await;
    let page = until_allowed(&app, &browser).await;
    assert!(page.contains("id=\"passkey-add\""), "{page}");
    assert!(page.contains("src=\"/scripts/passkey."), "{page}");
    assert!(
        page.contains("id=\"passkey-needs-js\""),
        "without JavaScript the page says why: {page}"
    );
}

#[tokio::test]
async fn a_passkey_is_added_with_the_password_and_logtos_check() {
    let app = spawn_app(&[("LOGTO_SETTINGS_MAX_AGE_SECS", "0")]).await;
    let browser = app.signed_in("/").await;
    allow_passkeys(&app).await;
    until_allowed(&app, &browser).await;
    let before = passkey_names(&app).await.len();

    let (status, body) = start(&app, &browser, "not-it").await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    assert_eq!(body["field"], "password", "{body}");
    assert_eq!(body["message"], "That is not your current password.");

    let (status, options) = start(&app, &browser, DEMO_PASSWORD).await;
    assert_eq!(status, StatusCode::OK, "{options}");
    assert_eq!(
        options["rp"]["id"], "127.0.0.1",
        "Logto's host as the app reaches it: {options}"
    );
    // 1.42 asks for a discoverable passkey with the user verified; 1.37 for neither.
    let verified = crate::common::logto_version() >= logto_emulator::LogtoVersion::V1_42;
    let asked = options["authenticatorSelection"]["userVerification"] == "required";
    assert_eq!(asked, verified, "{options}");

    // Made on a page Logto does not know: Logto refuses it, nothing is bound.
    let elsewhere = authenticator::register(&options, "http://127.0.0.1:9");
    let finish = |credential: Value| json!({ "credential": credential, "name": "  Work laptop " });
    let (status, body) = app
        .call(&browser, "passkey/finish", finish(elsewhere))
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    assert_eq!(
        body["message"],
        "Logto did not accept this passkey. Try again, or use another device."
    );
    assert_eq!(passkey_names(&app).await.len(), before);

    let credential = authenticator::register(&options, &app.origin());
    let (status, body) = app
        .call(&browser, "passkey/finish", finish(credential.clone()))
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let names = passkey_names(&app).await;
    assert_eq!(names.len(), before + 1);
    assert!(names.contains(&json!("Work laptop")), "trimmed: {names:?}");

    let page = browser.page(&app, "/security/two-step?done=passkey").await;
    assert!(page.contains("Passkey added."), "{page}");
    assert!(page.contains("Work laptop"), "{page}");
    let activity = browser.page(&app, "/account").await;
    assert!(activity.contains("Passkey added"), "{activity}");

    // The records were used: a second answer needs a new start.
    let (status, body) = app
        .call(&browser, "passkey/finish", finish(credential))
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    assert_eq!(
        body["message"],
        "That took too long. Start adding the passkey again."
    );
    no_factors(&app).await;
}

#[tokio::test]
async fn nothing_reaches_logto_while_it_does_not_allow_passkeys_or_the_name_is_too_long() {
    let app = spawn_app(&[("LOGTO_SETTINGS_MAX_AGE_SECS", "0")]).await;
    let browser = app.signed_in("/").await;
    let (status, body) = start(&app, &browser, DEMO_PASSWORD).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    assert_eq!(body["message"], "Passkeys can't be added here yet.");

    allow_passkeys(&app).await;
    until_allowed(&app, &browser).await;
    let (status, options) = start(&app, &browser, DEMO_PASSWORD).await;
    assert_eq!(status, StatusCode::OK, "{options}");
    let credential = authenticator::register(&options, &app.origin());
    let long = json!({ "credential": credential, "name": "n".repeat(65) });
    let (status, body) = app.call(&browser, "passkey/finish", long).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    assert_eq!(body["field"], "name");
}
