//! Two-step verification: an authenticator app kept only after its first code, backup codes shown
//! once, factors removed one by one — each change after a fresh proof, only the user's own.

use reqwest::{Method, StatusCode};
use serde_json::{json, Value};
use totp_rs::{Builder, Secret};

use crate::common::{browser::Browser, spawn_app, TestApp};

async fn factors(app: &TestApp, username: &str) -> Vec<Value> {
    let id = app.user_id(username).await;
    let (_, list) = app
        .management(Method::GET, &format!("/users/{id}/mfa-verifications"), None)
        .await;
    list.as_array().cloned().unwrap_or_default()
}

fn kinds(list: &[Value]) -> Vec<&str> {
    list.iter().filter_map(|f| f["type"].as_str()).collect()
}

/// The key on the setup page (shown in groups of four).
fn shown_key(page: &str) -> String {
    let key = page
        .split("class=\"totp-key\">")
        .nth(1)
        .and_then(|rest| rest.split('<').next())
        .expect("the key on the page");
    key.split_whitespace().collect()
}

fn code_now(key: &str) -> String {
    let totp = Builder::new()
        .with_secret(Secret::try_from_base32(key).unwrap())
        .build_noncompliant();
    totp.generate_current().to_string()
}

async fn post(
    app: &TestApp,
    browser: &Browser,
    path: &str,
    fields: &[(&str, &str)],
) -> (StatusCode, Option<String>, String) {
    app.post_form(browser, path, fields).await
}

#[tokio::test]
async fn an_authenticator_app_is_kept_only_after_its_first_code() {
    let app = spawn_app(&[]).await;
    let browser = app.signed_in("/").await;
    let page = browser.page(&app, "/security/two-step").await;
    assert!(page.contains(">Passkey<"), "the seeded passkey: {page}");
    assert!(page.contains("Safari on macOS"), "{page}");
    assert!(page.contains("To change your second steps, confirm it's you first."));
    let (status, location, _) = post(&app, &browser, "/security/two-step/totp/start", &[]).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(
        location.as_deref(),
        Some("/confirm?return_to=%2Fsecurity%2Ftwo-step")
    );
    assert_eq!(kinds(&factors(&app, "demo").await), ["WebAuthn"]);

    app.prove(&browser).await;
    let (status, location, _) = post(&app, &browser, "/security/two-step/totp/start", &[]).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(location.as_deref(), Some("/security/two-step/totp"));
    let page = browser.page(&app, "/security/two-step/totp").await;
    assert!(page.contains("<svg"), "a QR code drawn on the server");
    let key = shown_key(&page);
    assert!(key.len() >= 16, "{key}");
    assert_eq!(
        kinds(&factors(&app, "demo").await),
        ["WebAuthn"],
        "nothing reaches Logto before the app's first code"
    );

    let (status, _, page) = post(
        &app,
        &browser,
        "/security/two-step/totp/verify",
        &[("code", "000000")],
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(page.contains("That code is not right."), "{page}");
    assert_eq!(kinds(&factors(&app, "demo").await), ["WebAuthn"]);
    let code = code_now(&key);
    let (status, location, _) = post(
        &app,
        &browser,
        "/security/two-step/totp/verify",
        &[("code", &code)],
    )
    .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(location.as_deref(), Some("/security/two-step?done=totp"));
    let page = browser.page(&app, "/security/two-step?done=totp").await;
    assert!(page.contains("Your authenticator app is set up."));
    assert!(page.contains(">Authenticator app<"));
    assert!(!page.contains("Add an authenticator app"), "one at a time");
    let (status, _, page) = post(&app, &browser, "/security/two-step/totp/start", &[]).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(page.contains("You already have an authenticator app."));

    // Removing: only one of the user's own factors.
    let alex = app.user_id("alex").await;
    let (_, theirs) = app
        .management(
            Method::POST,
            &format!("/users/{alex}/mfa-verifications"),
            Some(json!({"type": "Totp"})),
        )
        .await;
    assert_eq!(theirs["type"], "Totp");
    let alex_factor = factors(&app, "alex").await[0]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    for crafted in [alex_factor.as_str(), "nope"] {
        let (status, _, _) = post(
            &app,
            &browser,
            "/security/two-step/remove",
            &[("factor", crafted)],
        )
        .await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{crafted}");
    }
    assert_eq!(factors(&app, "alex").await.len(), 1, "Alex's factor stays");
    let totp = factors(&app, "demo")
        .await
        .into_iter()
        .find(|f| f["type"] == "Totp")
        .unwrap();
    let (status, location, _) = post(
        &app,
        &browser,
        "/security/two-step/remove",
        &[("factor", totp["id"].as_str().unwrap())],
    )
    .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(location.as_deref(), Some("/security/two-step?done=removed"));
    assert_eq!(kinds(&factors(&app, "demo").await), ["WebAuthn"]);
}

#[tokio::test]
async fn a_setup_given_up_leaves_no_factor() {
    let app = spawn_app(&[]).await;
    let browser = app.signed_in("/").await;
    app.prove(&browser).await;
    post(&app, &browser, "/security/two-step/totp/start", &[]).await;
    assert_eq!(
        kinds(&factors(&app, "demo").await),
        ["WebAuthn"],
        "an unconfirmed key never reaches Logto"
    );
    let page = browser.page(&app, "/security/two-step").await;
    assert!(page.contains("Setting up an authenticator app was not finished."));
    let (status, location, _) = post(&app, &browser, "/security/two-step/totp/cancel", &[]).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(
        location.as_deref(),
        Some("/security/two-step?done=cancelled")
    );
    assert_eq!(kinds(&factors(&app, "demo").await), ["WebAuthn"]);
    let page = browser.page(&app, "/security/two-step/totp").await;
    assert!(page.contains("No authenticator app is being set up."));
}

#[tokio::test]
async fn backup_codes_are_shown_once_and_renewed() {
    let app = spawn_app(&[]).await;
    let browser = app.signed_in("/").await;
    app.prove(&browser).await;
    let (status, location, _) =
        post(&app, &browser, "/security/two-step/backup-codes/new", &[]).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(location.as_deref(), Some("/security/two-step/backup-codes"));
    let page = browser.page(&app, "/security/two-step/backup-codes").await;
    let codes: Vec<&str> = page
        .split("<li><code>")
        .skip(1)
        .filter_map(|rest| rest.split('<').next())
        .collect();
    assert_eq!(codes.len(), 10, "{page}");
    assert!(page.contains("download=\"backup-codes.txt\""));
    assert!(page.contains(codes[0]), "in the file too");
    let again = browser.page(&app, "/security/two-step/backup-codes").await;
    assert!(again.contains("Backup codes are shown only once."));
    assert!(!again.contains(codes[0]));
    let list = factors(&app, "demo").await;
    let set = list.iter().find(|f| f["type"] == "BackupCode").unwrap();
    assert_eq!(set["remainCodes"], 10);

    // New codes replace the set.
    post(&app, &browser, "/security/two-step/backup-codes/new", &[]).await;
    let page = browser.page(&app, "/security/two-step/backup-codes").await;
    assert!(!page.contains(codes[0]), "new codes");
    let sets = factors(&app, "demo")
        .await
        .into_iter()
        .filter(|f| f["type"] == "BackupCode")
        .count();
    assert_eq!(sets, 1);
}

#[tokio::test]
async fn backup_codes_need_another_second_step() {
    let app = spawn_app(&[]).await;
    let alex = Browser::new();
    let callback = alex
        .until_callback(&app, "/", "alex", "Profile-alex-2026")
        .await;
    alex.get(callback.as_str()).await;
    let (status, _, _) = post(
        &app,
        &alex,
        "/confirm/password",
        &[
            ("password", "Profile-alex-2026"),
            ("return_to", "/security/two-step"),
        ],
    )
    .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let (status, _, page) = post(&app, &alex, "/security/two-step/backup-codes/new", &[]).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        page.contains("Backup codes need another second step"),
        "{page}"
    );
    assert!(factors(&app, "alex").await.is_empty());
}

/// Logto takes new backup codes only after the old set is gone. When storing the new set fails
/// after that (Logto down mid-change), the user is not left without codes: a failure Logto may
/// not have seen through is tried again at once, and a longer outage is repaired on the next
/// visit of the page, with the codes shown then.
#[tokio::test]
async fn new_backup_codes_survive_a_failure_after_the_old_set_went() {
    let app = spawn_app(&[]).await;
    let browser = app.signed_in("/").await;
    app.prove(&browser).await;
    let (status, _, _) = post(&app, &browser, "/security/two-step/backup-codes/new", &[]).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    browser.page(&app, "/security/two-step/backup-codes").await;

    // One lost answer: tried again, done.
    let fault = |times: u32| {
        serde_json::json!({
            "path": "/api/users/", "method": "POST", "status": 503, "times": times
        })
    };
    app.fault(fault(1)).await;
    let (status, location, page) =
        post(&app, &browser, "/security/two-step/backup-codes/new", &[]).await;
    assert_eq!(status, StatusCode::SEE_OTHER, "{page}");
    assert_eq!(location.as_deref(), Some("/security/two-step/backup-codes"));
    assert_eq!(
        kinds(&factors(&app, "demo").await),
        ["WebAuthn", "BackupCode"]
    );
    browser.page(&app, "/security/two-step/backup-codes").await;

    // Logto down for longer: the user hears it, and the page stores the set once Logto is back.
    app.fault(fault(10)).await;
    let (status, _, page) = post(&app, &browser, "/security/two-step/backup-codes/new", &[]).await;
    assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE, "{page}");
    assert_eq!(
        kinds(&factors(&app, "demo").await),
        ["WebAuthn"],
        "the old set went"
    );
    app.clear_faults().await;
    browser.page(&app, "/security/two-step").await;
    assert_eq!(
        kinds(&factors(&app, "demo").await),
        ["WebAuthn", "BackupCode"],
        "stored on the next visit"
    );
    let page = browser.page(&app, "/security/two-step/backup-codes").await;
    let shown: Vec<&str> = page
        .split("<li><code>")
        .skip(1)
        .filter_map(|rest| rest.split('<').next())
        .collect();
    assert_eq!(shown.len(), 10, "the codes Logto now has are shown: {page}");
}

/// Sets up an authenticator app through the pages: the key shown, its first code confirmed.
async fn set_up_totp(
    app: &TestApp,
    browser: &Browser,
    start: &str,
) -> (StatusCode, Option<String>) {
    let (status, location, _) = post(app, browser, start, &[]).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(location.as_deref(), Some("/security/two-step/totp"));
    let page = browser.page(app, "/security/two-step/totp").await;
    let code = code_now(&shown_key(&page));
    let (status, location, _) = post(
        app,
        browser,
        "/security/two-step/totp/verify",
        &[("code", &code)],
    )
    .await;
    (status, location)
}

fn totp_ids(list: &[Value]) -> Vec<String> {
    list.iter()
        .filter(|f| f["type"] == "Totp")
        .map(|f| f["id"].as_str().unwrap().to_owned())
        .collect()
}

/// Replacing the authenticator app: the old one works until the new one's first code is
/// confirmed; a replacement given up or mistyped leaves the old one.
#[tokio::test]
async fn an_authenticator_app_is_replaced_only_after_the_new_ones_first_code() {
    let app = spawn_app(&[]).await;
    let browser = app.signed_in("/").await;
    app.prove(&browser).await;
    set_up_totp(&app, &browser, "/security/two-step/totp/start").await;
    let old = totp_ids(&factors(&app, "demo").await);
    assert_eq!(old.len(), 1);
    let page = browser.page(&app, "/security/two-step").await;
    assert!(
        page.contains("action=\"/security/two-step/totp/replace\""),
        "{page}"
    );

    let (status, location, _) = post(&app, &browser, "/security/two-step/totp/replace", &[]).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(location.as_deref(), Some("/security/two-step/totp"));
    let page = browser.page(&app, "/security/two-step/totp").await;
    assert!(
        page.contains("Your current authenticator app keeps working"),
        "{page}"
    );
    let (status, _, _) = post(
        &app,
        &browser,
        "/security/two-step/totp/verify",
        &[("code", "000000")],
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        totp_ids(&factors(&app, "demo").await),
        old,
        "a wrong code changes nothing"
    );
    post(&app, &browser, "/security/two-step/totp/cancel", &[]).await;
    assert_eq!(
        totp_ids(&factors(&app, "demo").await),
        old,
        "given up: the old one stays"
    );

    let (status, location) = set_up_totp(&app, &browser, "/security/two-step/totp/replace").await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(
        location.as_deref(),
        Some("/security/two-step?done=replaced")
    );
    let new = totp_ids(&factors(&app, "demo").await);
    assert_eq!(new.len(), 1, "one authenticator app");
    assert_ne!(new, old, "the new one");
    let page = browser.page(&app, "/security/two-step?done=replaced").await;
    assert!(
        page.contains("Your new authenticator app is set up"),
        "{page}"
    );
    let page = browser.page(&app, "/account").await;
    assert!(page.contains("Authenticator app replaced"), "{page}");
}

/// The old app went but Logto did not take the new one: the confirmed key is stored on the next
/// visit, so the user is not left without the app they just set up.
#[tokio::test]
async fn a_replacement_that_failed_half_way_is_finished_on_the_next_visit() {
    let app = spawn_app(&[]).await;
    let browser = app.signed_in("/").await;
    app.prove(&browser).await;
    set_up_totp(&app, &browser, "/security/two-step/totp/start").await;
    let old = totp_ids(&factors(&app, "demo").await);
    let (status, _, _) = post(&app, &browser, "/security/two-step/totp/replace", &[]).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let page = browser.page(&app, "/security/two-step/totp").await;
    let code = code_now(&shown_key(&page));
    app.fault(json!({ "path": "/api/users/", "method": "POST", "status": 503, "times": 10 }))
        .await;
    let (status, _, page) = post(
        &app,
        &browser,
        "/security/two-step/totp/verify",
        &[("code", &code)],
    )
    .await;
    assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE, "{page}");
    assert!(
        totp_ids(&factors(&app, "demo").await).is_empty(),
        "the old one went"
    );
    app.clear_faults().await;
    browser.page(&app, "/security/two-step").await;
    let now = totp_ids(&factors(&app, "demo").await);
    assert_eq!(now.len(), 1, "stored on the next visit");
    assert_ne!(now, old);
}

/// Reads `path` until it shows `text`: the app renews Logto's settings in the background.
async fn page_showing(app: &TestApp, browser: &Browser, path: &str, text: &str) -> String {
    for _ in 0..100 {
        let page = browser.page(app, path).await;
        if page.contains(text) {
            return page;
        }
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    panic!("{path} never showed {text:?}");
}

async fn set_sign_in_mfa(app: &TestApp, policy: &str) {
    let mfa = json!({ "mfa": { "factors": ["Totp", "WebAuthn", "BackupCode"], "policy": policy } });
    let (status, body) = app
        .management(Method::PATCH, "/sign-in-exp", Some(mfa))
        .await;
    assert!(status.is_success(), "{body}");
}

/// The user's own switch for the second step at sign-in, offered only where Logto's sign-in
/// experience leaves it to them, changed after a proof, and kept at Logto.
#[tokio::test]
async fn the_second_step_at_sign_in_is_the_users_choice_where_logto_leaves_it() {
    let app = spawn_app(&[("LOGTO_SETTINGS_MAX_AGE_SECS", "0")]).await;
    if app.real_logto {
        return; // changing the tenant's MFA settings would ask other tests' users too
    }
    let browser = app.signed_in("/").await;
    let path = "/security/two-step";
    page_showing(&app, &browser, path, "does not ask for a second step yet").await;

    set_sign_in_mfa(&app, "UserControlled").await;
    let page = page_showing(
        &app,
        &browser,
        path,
        "You are asked for a second step every time",
    )
    .await;
    assert!(
        !page.contains("/security/two-step/at-sign-in"),
        "no switch without a proof"
    );
    let (status, location, _) = post(
        &app,
        &browser,
        "/security/two-step/at-sign-in",
        &[("ask", "off")],
    )
    .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(
        location.as_deref(),
        Some("/confirm?return_to=%2Fsecurity%2Ftwo-step")
    );

    app.prove(&browser).await;
    let id = app.user_id("demo").await;
    let configs = format!("/users/{id}/logto-configs");
    let (status, location, _) = post(
        &app,
        &browser,
        "/security/two-step/at-sign-in",
        &[("ask", "off")],
    )
    .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(
        location.as_deref(),
        Some("/security/two-step?done=not_asked")
    );
    let (_, config) = app.management(Method::GET, &configs, None).await;
    assert_eq!(config["mfa"]["skipMfaOnSignIn"], true, "{config}");
    let page = browser
        .page(&app, "/security/two-step?done=not_asked")
        .await;
    assert!(page.contains("You will no longer be asked"), "{page}");
    assert!(
        page.contains("your password alone lets anyone in"),
        "{page}"
    );

    let (status, _, _) = post(
        &app,
        &browser,
        "/security/two-step/at-sign-in",
        &[("ask", "on")],
    )
    .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let (_, config) = app.management(Method::GET, &configs, None).await;
    assert_eq!(config["mfa"]["skipMfaOnSignIn"], false, "{config}");
    let account = browser.page(&app, "/account").await;
    assert!(
        account.contains("Second step at sign-in turned off"),
        "{account}"
    );
    assert!(
        account.contains("Second step at sign-in turned on"),
        "{account}"
    );

    // A mandatory policy is not the user's to change.
    set_sign_in_mfa(&app, "Mandatory").await;
    page_showing(
        &app,
        &browser,
        path,
        "asks for your second step every time you sign in",
    )
    .await;
    let (status, _, page) = post(
        &app,
        &browser,
        "/security/two-step/at-sign-in",
        &[("ask", "off")],
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(page.contains("sign-in settings decide this"), "{page}");
    let (_, config) = app.management(Method::GET, &configs, None).await;
    assert_eq!(config["mfa"]["skipMfaOnSignIn"], false);
}
