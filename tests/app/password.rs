//! The password page and the re-verification core: proof of identity for 10 minutes in one
//! session only, throttles that stop requests before they reach Logto (in SQLite and in Redis),
//! signing out the other sessions.

use std::time::Duration;

use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

use crate::common::{
    browser::Browser, logto_version, redis_url, spawn_app, with, TestApp, DEMO_PASSWORD,
};

const NEW_PASSWORD: &str = "Quiet-Harbor-4821";

/// Posts the password form: status, `Location`, and the page when it was refused.
async fn change(
    app: &TestApp,
    browser: &Browser,
    current: &str,
    new: &str,
    sign_out_others: bool,
) -> (StatusCode, Option<String>, String) {
    let mut fields = vec![("current", current), ("new", new), ("repeat", new)];
    if sign_out_others {
        fields.push(("sign_out_others", "on"));
    }
    app.post_form(browser, "/security/password", &fields).await
}

async fn password_is(app: &TestApp, password: &str) -> bool {
    app.password_is("demo", password).await
}

async fn rename(app: &TestApp, browser: &Browser, username: &str) -> (StatusCode, Value) {
    let (_, view) = app.call(browser, "profile/cached", json!({})).await;
    let form = view["form"].clone();
    let edited = with(&form, &[("username", username)]);
    app.call(
        browser,
        "profile/save",
        json!({ "original": form, "edited": edited }),
    )
    .await
}

#[tokio::test]
async fn the_password_changes_with_the_current_one_and_signs_in_with_the_new() {
    let app = spawn_app(&[]).await;
    let browser = app.signed_in("/security/password").await;
    let page = browser.page(&app, "/security/password").await;
    assert!(page.contains("Change password"), "{page}");
    assert!(page.contains("autocomplete=\"current-password\""));
    assert!(page.contains("autocomplete=\"new-password\""));

    let (status, _, page) = change(&app, &browser, "Wrong-Guess-77", NEW_PASSWORD, false).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        page.contains("That is not your current password."),
        "{page}"
    );
    assert!(
        !page.contains(NEW_PASSWORD),
        "passwords never go back into the page"
    );
    assert!(password_is(&app, DEMO_PASSWORD).await, "nothing changed");

    let (status, location, _) = change(&app, &browser, DEMO_PASSWORD, NEW_PASSWORD, false).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(location.as_deref(), Some("/security/password?done=changed"));
    assert!(password_is(&app, NEW_PASSWORD).await);
    let page = browser.page(&app, "/security/password?done=changed").await;
    assert!(page.contains("Your password was changed."));

    let other = Browser::new();
    let callback = other.until_callback(&app, "/", "demo", NEW_PASSWORD).await;
    let (status, _) = other.get(callback.as_str()).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(other.current_user(&app).await["username"], "demo");
}

#[tokio::test]
async fn every_failed_rule_of_the_policy_is_named() {
    let app = spawn_app(&[]).await;
    let browser = app.signed_in("/").await;
    let (status, _, page) = change(&app, &browser, DEMO_PASSWORD, "abc", false).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        page.contains("<title>Change password · Logto profile</title>"),
        "the page rendered again keeps its title: {page}"
    );
    let refused = page
        .split("id=\"password-new-error\"")
        .nth(1)
        .expect("the new password's refusal")
        .split("</div>")
        .next()
        .unwrap()
        .to_owned();
    assert!(refused.contains("It must:"), "{refused}");
    assert!(
        refused.contains("<li>be at least 8 characters long</li>"),
        "{refused}"
    );
    assert!(refused.contains("<li>not contain a sequence (like abc, 123 or qwe)</li>"));
    assert_eq!(refused.matches("<li>").count(), 2, "{refused}");
    // The proof from the first try stands: no current password now.
    let (_, _, page) = change(&app, &browser, "", "xdemoQ!z9demo", false).await;
    assert!(
        page.contains("<li>not contain your name, username"),
        "{page}"
    );
    let (_, _, page) = change(&app, &browser, "", "éàüöéàüöéà", false).await;
    assert!(page.contains("<li>use only letters a–z"), "{page}");
    let title = page.find("<title>").expect("a title");
    let body = page.find("<body").expect("a body");
    assert!(title < body, "the title is in the head: {page}");
    assert!(page.contains("<li>mix at least 1 of"), "{page}");
    assert!(password_is(&app, DEMO_PASSWORD).await, "nothing changed");

    // The two new passwords must match.
    let (status, _, page) = app
        .post_form(
            &browser,
            "/security/password",
            &[("new", NEW_PASSWORD), ("repeat", "other")],
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(page.contains("The two new passwords are not the same."));
}

#[tokio::test]
async fn without_the_breach_list_the_other_rules_still_apply() {
    let app = spawn_app(&[("APP_EMULATOR_BREACH_CHECK_OFFLINE", "1")]).await;
    let browser = app.signed_in("/").await;
    let (status, _, page) = change(&app, &browser, DEMO_PASSWORD, "abc", false).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        page.contains("<li>be at least 8 characters long</li>"),
        "{page}"
    );
    let (_, location, _) = change(&app, &browser, "", NEW_PASSWORD, false).await;
    assert!(password_is(&app, NEW_PASSWORD).await);
    assert_eq!(
        location.as_deref(),
        Some("/security/password?done=changed&breach=unchecked")
    );
    let page = browser
        .page(&app, "/security/password?done=changed&breach=unchecked")
        .await;
    assert!(page.contains("The check against leaked passwords is unavailable"));
}

#[tokio::test]
async fn a_stale_proof_is_refused_for_password_and_username() {
    // Proofs last 6 s here (PROOF_MINUTES, 10 by default): counted in whole seconds, so a shorter
    // one could lapse between the proof and the first rename on a busy machine.
    let app = spawn_app(&[("PROOF_MINUTES", "0.1")]).await;
    let browser = app.signed_in("/").await;
    app.prove(&browser).await;
    let (status, saved) = rename(&app, &browser, "dana_fresh").await;
    assert_eq!(
        status,
        StatusCode::OK,
        "a fresh proof opens the rename: {saved}"
    );

    app.advance(Duration::from_millis(7100));
    let (status, err) = rename(&app, &browser, "dana_stale").await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert_eq!(err["kind"], "proof_needed");
    let (status, _, page) = change(&app, &browser, "", NEW_PASSWORD, false).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(page.contains("Enter your current password."), "{page}");
    assert_eq!(app.logto_user("dana_fresh").await["username"], "dana_fresh");
}

#[tokio::test]
async fn a_proof_opens_only_its_own_session() {
    let app = spawn_app(&[]).await;
    let proved = app.signed_in("/").await;
    let other = app.signed_in("/").await;
    let before = proved.session_cookie(&app).unwrap();
    app.prove(&proved).await;
    assert_ne!(
        proved.session_cookie(&app).unwrap(),
        before,
        "the session id is cycled when the proof is recorded"
    );
    let (status, err) = rename(&app, &other, "someone_else").await;
    assert_eq!(status, StatusCode::FORBIDDEN, "{err}");
    let (status, _, _) = change(&app, &other, "", NEW_PASSWORD, false).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(password_is(&app, DEMO_PASSWORD).await);

    // The proved session needs no current password.
    let (status, _, _) = change(&app, &proved, "", NEW_PASSWORD, false).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn a_username_change_waits_for_the_proof_and_comes_back() {
    let app = spawn_app(&[]).await;
    let browser = app.signed_in("/").await;
    let (status, err) = rename(&app, &browser, "dana_later").await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert_eq!(err["kind"], "proof_needed");
    assert_eq!(app.logto_user("demo").await["username"], "demo");
    app.prove(&browser).await;
    let page = browser.page(&app, "/profile?confirmed=1").await;
    assert!(page.contains("value=\"dana_later\""), "the edit is back");
    assert!(page.contains("Your changes are back in the form"));
    let again = browser.page(&app, "/profile").await;
    assert!(!again.contains("dana_later"), "handed back once");

    // Without JavaScript the form post goes straight to "confirm it's you".
    let other = app.signed_in("/").await;
    let (_, view) = app.call(&other, "profile/cached", json!({})).await;
    let mut fields: Vec<(String, String)> = Vec::new();
    for (key, value) in view["form"].as_object().unwrap() {
        let value = value.as_str().unwrap().to_owned();
        fields.push((format!("original.{key}"), value.clone()));
        let typed = if key == "username" {
            "dana_plain".to_owned()
        } else {
            value
        };
        fields.push((key.clone(), typed));
    }
    let fields: Vec<(&str, &str)> = fields
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let (status, location, _) = app.post_form(&other, "/profile", &fields).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(location.as_deref(), Some("/confirm?return_to=%2Fprofile"));
    assert_eq!(app.logto_user("demo").await["username"], "demo");
}

async fn sixth_wrong_password_is_refused_unasked(app: &TestApp) {
    let browser = app.signed_in("/").await;
    for _ in 0..5 {
        let (status, _, body) = app
            .post_form(
                &browser,
                "/confirm/password",
                &[("password", "Wrong-Guess-77"), ("return_to", "/profile")],
            )
            .await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(body.contains("That is not your current password."));
    }
    let asked = app.emulator_requests("/password/verify").await;
    assert_eq!(asked, 5);
    let (status, _, body) = app
        .post_form(
            &browser,
            "/confirm/password",
            &[("password", DEMO_PASSWORD), ("return_to", "/profile")],
        )
        .await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS);
    assert!(
        body.contains("Too many attempts. Please wait 15 minutes"),
        "{body}"
    );
    // Also from another session, and through the password form.
    let other = app.signed_in("/").await;
    let (status, _, _) = change(app, &other, DEMO_PASSWORD, NEW_PASSWORD, false).await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(
        app.emulator_requests("/password/verify").await,
        5,
        "Logto was not asked"
    );
}

#[tokio::test]
async fn the_sixth_wrong_password_is_refused_without_asking_logto() {
    sixth_wrong_password_is_refused_unasked(&spawn_app(&[]).await).await;
}

#[tokio::test]
#[ignore = "needs Redis (TEST_REDIS_URL): scripts/test.sh runs it"]
async fn the_sixth_wrong_password_is_refused_without_asking_logto_with_redis() {
    {
        let url = redis_url();
        sixth_wrong_password_is_refused_unasked(&spawn_app(&[("SESSION_STORE_URL", &url)]).await)
            .await;
    }
}

/// Gives the demo user an email and phone of this test's own (returns the email): send counters
/// in a shared store (Redis, Postgres) outlive a test.
async fn own_email(app: &TestApp) -> String {
    let pid = std::process::id();
    let email = format!("dana-{pid}@example.com");
    let phone = format!("1415555{:04}", pid % 10_000);
    let id = app.user_id("demo").await;
    app.management(
        Method::PATCH,
        &format!("/users/{id}"),
        Some(json!({ "primaryEmail": email, "primaryPhone": phone })),
    )
    .await;
    email
}

async fn code_sends_stop_at_the_limit(app: &TestApp) {
    own_email(app).await;
    let send = |browser: &Browser| {
        let browser = browser.http.clone();
        let url = app.url("/confirm/send");
        let origin = app.origin();
        async move {
            browser
                .post(url)
                .header(reqwest::header::ORIGIN, origin)
                .form(&[("channel", "email"), ("return_to", "/profile")])
                .send()
                .await
                .unwrap()
                .status()
        }
    };
    let first = app.signed_in("/").await;
    assert_eq!(send(&first).await, StatusCode::SEE_OTHER);
    // Again at once: the 60-second wait, without a call.
    assert_eq!(send(&first).await, StatusCode::TOO_MANY_REQUESTS);
    for _ in 0..4 {
        let browser = app.signed_in("/").await;
        assert_eq!(send(&browser).await, StatusCode::SEE_OTHER);
    }
    let late = app.signed_in("/").await;
    assert_eq!(send(&late).await, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(
        app.emulator_requests("/verification-codes").await,
        5,
        "sends past the limit never reached Logto"
    );
}

#[tokio::test]
async fn code_sends_past_the_limit_never_reach_logto() {
    code_sends_stop_at_the_limit(&spawn_app(&[]).await).await;
}

#[tokio::test]
#[ignore = "needs Redis (TEST_REDIS_URL): scripts/test.sh runs it"]
async fn code_sends_past_the_limit_never_reach_logto_with_redis() {
    {
        let url = redis_url();
        code_sends_stop_at_the_limit(&spawn_app(&[("SESSION_STORE_URL", &url)]).await).await;
    }
}

#[tokio::test]
async fn a_forgotten_password_is_replaced_after_a_code() {
    let app = spawn_app(&[]).await;
    let browser = app.signed_in("/").await;
    let email = own_email(&app).await;
    let page = browser
        .page(&app, "/confirm?return_to=/security/password&by=code")
        .await;
    assert!(page.contains("d***@example.com"), "{page}");
    assert!(page.contains("+1 *** *** "), "{page}");
    assert!(
        !page.contains("autocomplete=\"current-password\""),
        "by code only"
    );
    let (status, location, _) = app
        .post_form(
            &browser,
            "/confirm/send",
            &[
                ("channel", "email"),
                ("return_to", "/security/password"),
                ("by", "code"),
            ],
        )
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let page = browser.page(&app, location.as_deref().unwrap()).await;
    assert!(page.contains("We sent a 6-digit code to d***@example.com."));
    assert!(page.contains("autocomplete=\"one-time-code\""));

    let (status, _, body) = app
        .post_form(
            &browser,
            "/confirm/code",
            &[("code", "000000"), ("return_to", "/security/password")],
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(body.contains("That code is not right."), "{body}");
    let code = app.latest_code(&email).await;
    let (status, location, _) = app
        .post_form(
            &browser,
            "/confirm/code",
            &[("code", &code), ("return_to", "/security/password")],
        )
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(location.as_deref(), Some("/security/password?confirmed=1"));
    let page = browser.page(&app, "/security/password?confirmed=1").await;
    assert!(
        !page.contains("current-password"),
        "no current password asked"
    );
    let (status, location, _) = app
        .post_form(
            &browser,
            "/security/password",
            &[("new", NEW_PASSWORD), ("repeat", NEW_PASSWORD)],
        )
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(location.as_deref(), Some("/security/password?done=changed"));
    assert!(password_is(&app, NEW_PASSWORD).await);
}

#[tokio::test]
async fn signing_out_the_other_sessions_ends_them_here_and_at_logto() {
    let app = spawn_app(&[]).await;
    let mine = app.signed_in("/").await;
    let other = app.signed_in("/").await;
    let id = app.user_id("demo").await;
    let newer = logto_version() != logto_emulator::LogtoVersion::V1_37;
    if newer {
        let (_, sessions) = app
            .management(Method::GET, &format!("/users/{id}/sessions"), None)
            .await;
        assert_eq!(sessions["sessions"].as_array().unwrap().len(), 2);
    }
    let (status, location, _) = change(&app, &mine, DEMO_PASSWORD, NEW_PASSWORD, true).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let done = location.unwrap();
    let others = if newer { "others=all" } else { "others=app" };
    assert_eq!(done, format!("/security/password?done=changed&{others}"));

    assert_eq!(other.current_user(&app).await, Value::Null, "signed out");
    assert!(
        other.asked_for_credentials(&app, "/profile").await,
        "the other browser is not signed straight back in"
    );
    assert_eq!(
        mine.current_user(&app).await["username"],
        app.credentials().0,
        "this one stays"
    );
    if newer {
        let (_, sessions) = app
            .management(Method::GET, &format!("/users/{id}/sessions"), None)
            .await;
        assert_eq!(
            sessions["sessions"].as_array().unwrap().len(),
            1,
            "only this session's Logto session is left"
        );
        let page = mine.page(&app, "/security/sessions").await;
        assert_eq!(
            page.matches(">This browser<").count(),
            2,
            "the Logto session left is this browser's: {page}"
        );
    }
    // Its grant still works: the session survives a refresh at Logto (the emulator can expire
    // the access token early; a real Logto's lives an hour).
    if !app.real_logto {
        app.expire_tokens("access").await;
    }
    assert!(mine
        .page(&app, "/security/sessions")
        .await
        .contains("Firefox on Linux"));
    assert_eq!(
        mine.current_user(&app).await["username"],
        app.credentials().0
    );
    let page = mine.page(&app, &done).await;
    let expected = if newer {
        "Your other sessions, in this app and in Logto, were signed out."
    } else {
        "Your other sessions in this app were signed out."
    };
    assert!(page.contains(expected), "{page}");
}

#[tokio::test]
async fn proof_throttle_and_index_data_stay_on_the_server() {
    let app = spawn_app(&[]).await;
    let browser = app.signed_in("/").await;
    app.prove(&browser).await;
    let cookie = browser.session_cookie(&app).unwrap();
    let mut seen = String::new();
    for path in [
        "/security/password",
        "/confirm?return_to=/profile",
        "/profile",
    ] {
        seen.push_str(&browser.page(&app, path).await);
    }
    for endpoint in ["password/view", "confirm/view", "profile/cached"] {
        seen.push_str(&app.call(&browser, endpoint, json!({})).await.1.to_string());
    }
    for secret in [
        cookie.as_str(),
        "proved_at",
        "proof",
        "login_ts",
        "password-tries",
        "signed_in_at",
    ] {
        assert!(!seen.contains(secret), "{secret} reached the browser");
    }
}

#[tokio::test]
async fn a_user_without_email_or_phone_is_told_what_to_do() {
    let app = spawn_app(&[]).await;
    let browser = app.signed_in("/").await;
    let id = app.user_id("demo").await;
    app.management(
        Method::PATCH,
        &format!("/users/{id}"),
        Some(json!({ "primaryEmail": null, "primaryPhone": null })),
    )
    .await;
    let page = browser
        .page(&app, "/confirm?return_to=/security/password&by=code")
        .await;
    assert!(
        page.contains("Your account has no email address or phone number"),
        "{page}"
    );
    assert!(!page.contains("Send code"));
    let (status, _, page) = app
        .post_form(
            &browser,
            "/confirm/send",
            &[("channel", "email"), ("return_to", "/security/password")],
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(page.contains("Your account has no email address or phone number"));
    assert_eq!(app.emulator_requests("/verification-codes").await, 0);
}

#[tokio::test]
async fn without_a_connector_the_user_is_told_codes_are_not_set_up() {
    let app = spawn_app(&[("APP_EMULATOR_NO_CONNECTORS", "1")]).await;
    let browser = app.signed_in("/").await;
    own_email(&app).await;
    let (status, _, page) = app
        .post_form(
            &browser,
            "/confirm/send",
            &[("channel", "email"), ("return_to", "/security/password")],
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(page.contains("Codes by email aren"), "{page}");
    let (_, _, page) = app
        .post_form(
            &browser,
            "/confirm/send",
            &[("channel", "phone"), ("return_to", "/security/password")],
        )
        .await;
    assert!(page.contains("Codes by text message aren"), "{page}");
}

/// Makes the demo user passwordless (as after signing up with a code or a social account),
/// optionally without email and phone too.
async fn passwordless(app: &TestApp, without_address: bool) {
    let id = app.user_id("demo").await;
    let res = reqwest::Client::new()
        .post(app.logto_url(&format!("/__emulator/users/{id}/drop-password")))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::NO_CONTENT);
    if without_address {
        app.management(
            Method::PATCH,
            &format!("/users/{id}"),
            Some(json!({ "primaryEmail": null, "primaryPhone": null })),
        )
        .await;
    }
}

/// A sign-in Logto may answer from its own session proves nothing: a first password on an
/// account with an email or phone needs a code, however recent the sign-in.
#[tokio::test]
async fn a_first_password_needs_a_code_when_the_account_has_an_address() {
    let app = spawn_app(&[]).await;
    let browser = app.signed_in("/").await;
    passwordless(&app, false).await;
    let page = browser.page(&app, "/security/password").await;
    assert!(page.contains("please confirm it"), "{page}");
    assert!(
        page.contains("/confirm?return_to=%2Fsecurity%2Fpassword&amp;by=code"),
        "{page}"
    );
    let (status, _, page) = change(&app, &browser, "", NEW_PASSWORD, false).await;
    assert_eq!(
        status,
        StatusCode::FORBIDDEN,
        "a recent sign-in is not a proof"
    );
    assert!(page.contains("please confirm it"), "{page}");
    assert!(!password_is(&app, NEW_PASSWORD).await, "nothing was set");
}

/// Without email or phone, the proof is a sign-in that asked for credentials: the page sends the
/// user through one, Logto asks even though its own session lives, and the password can be set.
#[tokio::test]
async fn a_first_password_without_an_address_needs_a_fresh_sign_in() {
    let app = spawn_app(&[]).await;
    let browser = app.signed_in("/").await;
    passwordless(&app, true).await;
    let page = browser.page(&app, "/security/password").await;
    assert!(page.contains("please sign in again"), "{page}");
    assert!(
        page.contains("href=\"/sign-in?reauth=1&amp;return_to=%2Fsecurity%2Fpassword\""),
        "{page}"
    );
    let (status, _, _) = change(&app, &browser, "", NEW_PASSWORD, false).await;
    assert_eq!(
        status,
        StatusCode::FORBIDDEN,
        "a recent sign-in is not enough"
    );
    assert!(!password_is(&app, NEW_PASSWORD).await);

    let (_, to_logto) = browser
        .get(&app.url("/sign-in?reauth=1&return_to=/security/password"))
        .await;
    let to_logto = to_logto.unwrap();
    assert!(
        browser.authorize_silently(&to_logto).await.is_err(),
        "Logto asks for credentials although its session lives"
    );
    // The emulator signs in by password only: give the sign-in one, then take it away again.
    let id = app.user_id("demo").await;
    app.management(
        Method::PATCH,
        &format!("/users/{id}/password"),
        Some(json!({ "password": DEMO_PASSWORD })),
    )
    .await;
    let callback = browser
        .sign_in_at_logto(to_logto, "demo", DEMO_PASSWORD)
        .await;
    passwordless(&app, true).await;
    let (status, location) = browser.get(callback.as_str()).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(location.unwrap().as_str(), app.url("/security/password"));
    let (status, location, page) = change(&app, &browser, "", NEW_PASSWORD, false).await;
    assert_eq!(status, StatusCode::SEE_OTHER, "{page}");
    assert_eq!(location.as_deref(), Some("/security/password?done=set"));
    assert!(password_is(&app, NEW_PASSWORD).await);
}
