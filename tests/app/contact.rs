//! Email and phone changes: proof first, a code to the new address, exactly that address saved,
//! once, from this session only.

use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

use crate::common::spawn_app;

fn new_email(tag: &str) -> String {
    format!("dana-{tag}-{}@example.com", std::process::id())
}

#[tokio::test]
async fn a_new_email_is_saved_after_its_code_exactly_and_once() {
    let app = spawn_app(&[]).await;
    let browser = app.signed_in("/").await;
    let email = new_email("new");

    // No proof yet: the post goes to "confirm it's you", nothing is sent.
    let (status, location, _) = app
        .post_form(&browser, "/security/email/send", &[("address", &email)])
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(
        location.as_deref(),
        Some("/confirm?return_to=%2Fsecurity%2Femail")
    );
    assert_eq!(app.emulator_requests("/verification-codes").await, 0);

    app.prove(&browser).await;
    let (status, _, page) = app
        .post_form(
            &browser,
            "/security/email/send",
            &[("address", "not an email")],
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(page.contains("Enter an email address like name@example.com."));
    assert!(
        page.contains("value=\"not an email\""),
        "the typed address is kept"
    );

    let (status, location, _) = app
        .post_form(&browser, "/security/email/send", &[("address", &email)])
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(location.as_deref(), Some("/security/email"));
    let page = browser.page(&app, "/security/email").await;
    assert!(
        page.contains(&format!("We sent a 6-digit code to {email}.")),
        "{page}"
    );

    let (status, _, page) = app
        .post_form(&browser, "/security/email/verify", &[("code", "000000")])
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(page.contains("That code is not right."));
    assert_eq!(
        app.logto_user("demo").await["primaryEmail"],
        "dana@example.com"
    );

    // The browser names another address: ignored, the session's is saved.
    let code = app.latest_code(&email).await;
    let (status, location, _) = app
        .post_form(
            &browser,
            "/security/email/verify",
            &[("code", &code), ("address", "mallory@example.com")],
        )
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(location.as_deref(), Some("/security/email?done=changed"));
    assert_eq!(app.logto_user("demo").await["primaryEmail"], email.as_str());
    let (_, view) = app.call(&browser, "profile/cached", json!({})).await;
    assert_eq!(
        view["email"],
        email.as_str(),
        "the session's claims follow at once"
    );

    // Once: the same code again finds nothing waiting.
    let (status, _, page) = app
        .post_form(&browser, "/security/email/verify", &[("code", &code)])
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(page.contains("There is no change waiting for a code here."));
}

#[tokio::test]
async fn a_change_waits_in_its_own_session_only() {
    let app = spawn_app(&[]).await;
    let mine = app.signed_in("/").await;
    let other = app.signed_in("/").await;
    app.prove(&mine).await;
    app.prove(&other).await;
    let email = new_email("mine");
    app.post_form(&mine, "/security/email/send", &[("address", &email)])
        .await;
    let code = app.latest_code(&email).await;
    let (status, _, page) = app
        .post_form(&other, "/security/email/verify", &[("code", &code)])
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(page.contains("There is no change waiting for a code here."));
    assert_eq!(
        app.logto_user("demo").await["primaryEmail"],
        "dana@example.com"
    );
}

#[tokio::test]
async fn an_address_of_another_account_is_refused_after_the_code() {
    let app = spawn_app(&[]).await;
    let browser = app.signed_in("/").await;
    app.prove(&browser).await;
    let taken = app.logto_user("alex").await["primaryEmail"]
        .as_str()
        .unwrap()
        .to_owned();
    let (status, _, _) = app
        .post_form(&browser, "/security/email/send", &[("address", &taken)])
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let code = app.latest_code(&taken).await;
    let (status, _, page) = app
        .post_form(&browser, "/security/email/verify", &[("code", &code)])
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(page.contains("That email address is already used by another account."));
    assert!(!page.contains("alex"), "without saying whose");
    assert_eq!(
        app.logto_user("demo").await["primaryEmail"],
        "dana@example.com"
    );
}

#[tokio::test]
async fn a_phone_is_typed_as_people_type_it_and_removed_while_email_remains() {
    let app = spawn_app(&[]).await;
    let browser = app.signed_in("/").await;
    app.prove(&browser).await;
    let (status, _, page) = app
        .post_form(
            &browser,
            "/security/phone/send",
            &[("address", "(415) 555-0100")],
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(page.contains("with its country code"));
    let (status, _, _) = app
        .post_form(
            &browser,
            "/security/phone/send",
            &[("address", "+44 20 7946 0958")],
        )
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let code = app.latest_code("442079460958").await;
    let (status, _, _) = app
        .post_form(&browser, "/security/phone/verify", &[("code", &code)])
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(app.logto_user("demo").await["primaryPhone"], "442079460958");

    let (status, location, _) = app.post_form(&browser, "/security/phone/remove", &[]).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(location.as_deref(), Some("/security/phone?done=removed"));
    assert_eq!(app.logto_user("demo").await["primaryPhone"], Value::Null);
    let id = app.user_id("demo").await;
    let (_, user) = app
        .management(Method::GET, &format!("/users/{id}"), None)
        .await;
    assert_eq!(user["primaryEmail"], "dana@example.com");
}
