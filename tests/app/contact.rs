//! Email and phone changes: proof first, a code to the new address, exactly that address saved,
//! once, from this session only.

use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

use crate::common::{browser::Browser, spawn_app, TestApp};

fn new_email(tag: &str) -> String {
    format!("dana-{tag}-{}@example.com", std::process::id())
}

/// A code sent for a change this session does not have (any more): refused, Logto unchanged.
async fn nothing_waits(app: &TestApp, browser: &Browser, code: &str) {
    let (status, _, page) = app
        .post_form(browser, "/security/email/verify", &[("code", code)])
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(page.contains("There is no change waiting for a code here."));
    assert_eq!(
        app.logto_user("demo").await["primaryEmail"],
        "dana@example.com"
    );
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
    nothing_waits(&app, &other, &code).await;
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
    assert!(page.contains("Choose the country, or start the number with +"));
    assert!(
        page.contains("value=\"(415) 555-0100\""),
        "the typed number is kept"
    );
    // The browser says nothing of a region here (no Accept-Language region): none preselected.
    assert!(page.contains("<option value=\"\" selected"), "{page}");
    let (status, _, page) = app
        .post_form(
            &browser,
            "/security/phone/send",
            &[("address", "(415) 555-01"), ("region", "US")],
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(page.contains("This is not a valid phone number."));
    assert!(
        page.contains("<option value=\"US\" selected"),
        "the region is kept"
    );
    let (status, _, _) = app
        .post_form(
            &browser,
            "/security/phone/send",
            &[("address", "(415) 555-0123"), ("region", "US")],
        )
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let page = browser.page(&app, "/security/phone").await;
    assert!(
        page.contains("We sent a 6-digit code to +1 415-555-0123."),
        "{page}"
    );
    let code = app.latest_code("14155550123").await;
    let (status, _, _) = app
        .post_form(&browser, "/security/phone/verify", &[("code", &code)])
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(app.logto_user("demo").await["primaryPhone"], "14155550123");
    // The current phone's country is chosen for the next number.
    let page = browser.page(&app, "/security/phone").await;
    assert!(page.contains("<option value=\"US\" selected"), "{page}");

    // A number with + says its own country, whatever is chosen.
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

#[tokio::test]
async fn a_background_post_gets_its_redirect_as_a_header_with_its_cookies() {
    let app = spawn_app(&[]).await;
    let browser = app.signed_in("/").await;
    let post = |path: &str, fields: Vec<(&'static str, String)>| {
        browser
            .http
            .post(app.url(path))
            .header(reqwest::header::ORIGIN, app.origin())
            .header("x-enhanced", "1")
            .form(&fields)
    };
    // Without a proof: "confirm it's you" is another page, named in the header.
    let res = post("/security/email/send", vec![("address", new_email("bg"))])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::NO_CONTENT);
    assert!(res.headers().get(reqwest::header::LOCATION).is_none());
    assert_eq!(
        res.headers()["x-redirect-to"],
        "/confirm?return_to=%2Fsecurity%2Femail"
    );
    // The proof cycles the session id: its cookie comes with the header-borne redirect.
    let res = post(
        "/confirm/password",
        vec![
            ("password", crate::common::DEMO_PASSWORD.to_owned()),
            ("return_to", "/security/email".to_owned()),
        ],
    )
    .send()
    .await
    .unwrap();
    assert_eq!(res.status(), StatusCode::NO_CONTENT);
    assert_eq!(
        res.headers()["x-redirect-to"],
        "/security/email?confirmed=1"
    );
    assert!(res.headers().contains_key(reqwest::header::SET_COOKIE));
    // A refusal is the page itself, as for a plain post.
    let res = post("/security/email/send", vec![("address", "nope".to_owned())])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.text().await.unwrap().contains("Enter an email address"));
}

#[tokio::test]
async fn a_waiting_change_lapses_with_its_proof() {
    // Proofs (and the changes resting on them) last 6 s here; 10 minutes by default.
    let app = spawn_app(&[("PROOF_MINUTES", "0.1")]).await;
    let browser = app.signed_in("/").await;
    app.prove(&browser).await;
    let email = new_email("late");
    app.post_form(&browser, "/security/email/send", &[("address", &email)])
        .await;
    let code = app.latest_code(&email).await;
    app.advance(std::time::Duration::from_millis(7100));
    let (status, location, _) = app
        .post_form(&browser, "/security/email/verify", &[("code", &code)])
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(
        location.as_deref(),
        Some("/confirm?return_to=%2Fsecurity%2Femail"),
        "a new proof is asked for"
    );
    app.prove(&browser).await;
    nothing_waits(&app, &browser, &code).await;
}

#[tokio::test]
async fn sends_past_the_session_limit_never_reach_logto() {
    let app = spawn_app(&[]).await;
    let browser = app.signed_in("/").await;
    app.prove(&browser).await;
    // Eight codes an hour from one session (each to a new address: the 60 s wait is per address).
    for n in 0..8 {
        let (status, _, page) = app
            .post_form(
                &browser,
                "/security/email/send",
                &[("address", &new_email(&format!("limit{n}")))],
            )
            .await;
        assert_eq!(status, StatusCode::SEE_OTHER, "{page}");
    }
    let sent = app.emulator_requests("/verification-codes").await;
    let (status, _, page) = app
        .post_form(
            &browser,
            "/security/email/send",
            &[("address", &new_email("limit8"))],
        )
        .await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS);
    assert!(page.contains("Too many attempts."), "{page}");
    assert_eq!(app.emulator_requests("/verification-codes").await, sent);
}
