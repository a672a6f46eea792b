//! The profile page and its saves, against the embedded emulator.

use crate::common::{browser::Browser, spawn_app, with, TestApp};
use reqwest::{header, Method, StatusCode};
use serde_json::{json, Value};

async fn signed_in() -> (TestApp, Browser) {
    let app = spawn_app(&[]).await;
    let browser = app.signed_in("/profile").await;
    (app, browser)
}

/// The page's baseline form, as the cached-profile server function gives it.
async fn cached_form(app: &TestApp, browser: &Browser) -> Value {
    let (status, view) = app.call(browser, "profile/cached", json!({})).await;
    assert_eq!(status, StatusCode::OK);
    view["form"].clone()
}

async fn save(app: &TestApp, browser: &Browser, body: Value) -> (StatusCode, Value) {
    app.call(browser, "profile/save", body).await
}

/// `POST /profile` as a browser without JavaScript sends it.
async fn post_profile(
    app: &TestApp,
    browser: &Browser,
    fields: &[(String, String)],
) -> reqwest::Response {
    browser
        .http
        .post(app.url("/profile"))
        .header(header::ORIGIN, app.origin())
        .form(fields)
        .send()
        .await
        .unwrap()
}

async fn fresh_status(app: &TestApp, browser: &Browser) -> (StatusCode, Value) {
    app.call(browser, "profile/fresh", json!({})).await
}

#[tokio::test]
async fn the_page_needs_a_session_and_comes_back_after_sign_in() {
    let app = spawn_app(&[]).await;
    let browser = Browser::new();
    let (status, location) = browser.get(&app.url("/profile")).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(
        location.unwrap().as_str(),
        app.url("/sign-in?return_to=%2Fprofile")
    );

    let landed = browser.sign_in(&app, "/profile").await;
    assert_eq!(landed.as_str(), app.url("/profile"));
    // A slow Logto must not hold back the form.
    app.fault(json!({ "path": "/oidc/me", "latencyMs": 300 }))
        .await;
    let res = browser.http.get(app.url("/profile")).send().await.unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(res.headers()[header::CACHE_CONTROL], "no-store");
    let html = res.text().await.unwrap();
    assert!(
        html.contains("value=\"Dana Demo\""),
        "pre-filled from the claims: {html}"
    );
    assert!(html.contains("value=\"Dana\""), "given name pre-filled");
    assert!(
        !html.contains("Loading your profile"),
        "the form is in the HTML itself, not swapped in by JavaScript"
    );
}

#[tokio::test]
async fn fresh_profile_reads_userinfo_and_the_management_api() {
    let (app, browser) = signed_in().await;
    let (status, view) = fresh_status(&app, &browser).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(view["fresh"], true);
    assert_eq!(view["email"], "dana@example.com");
    assert!(
        view["last_sign_in_at"].as_i64().unwrap() > 0,
        "from GET /api/users/:id"
    );
}

#[tokio::test]
async fn saving_sends_only_changes_and_updates_the_session() {
    let (app, browser) = signed_in().await;
    let form = cached_form(&app, &browser).await;
    let edited = with(
        &form,
        &[
            ("name", "Dana Q. Demo"),
            ("given_name", "Danielle"),
            ("locality", "Utrecht"),
        ],
    );
    let (status, saved) = save(
        &app,
        &browser,
        json!({ "original": form, "edited": edited }),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{saved}");
    assert_eq!(saved["name"], "Dana Q. Demo");

    let id = app.user_id("demo").await;
    let (_, user) = app
        .management(Method::GET, &format!("/users/{id}"), None)
        .await;
    assert_eq!(user["name"], "Dana Q. Demo");
    assert_eq!(user["profile"]["givenName"], "Danielle");
    assert_eq!(
        user["profile"]["familyName"], "Demo",
        "untouched claims stay"
    );
    assert_eq!(user["profile"]["address"], json!({ "locality": "Utrecht" }));
    assert_eq!(user["username"], "demo");

    // The header and the next first paint read the session's claims: already up to date.
    assert_eq!(browser.current_user(&app).await["name"], "Dana Q. Demo");
    let again = cached_form(&app, &browser).await;
    assert_eq!(again["locality"], "Utrecht");
}

#[tokio::test]
async fn clearing_a_claim_removes_it_and_keeps_the_others() {
    let (app, browser) = signed_in().await;
    let form = cached_form(&app, &browser).await;
    let edited = with(&form, &[("given_name", ""), ("avatar", "")]);
    let (status, body) = save(
        &app,
        &browser,
        json!({ "original": form, "edited": edited }),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let id = app.user_id("demo").await;
    let (_, user) = app
        .management(Method::GET, &format!("/users/{id}"), None)
        .await;
    assert!(user["profile"].get("givenName").is_none(), "{user}");
    assert_eq!(user["profile"]["familyName"], "Demo");
    assert_eq!(user["profile"]["locale"], "en-US");

    // Clearing the name sends null, never "".
    let form = cached_form(&app, &browser).await;
    let edited = with(&form, &[("name", "")]);
    save(
        &app,
        &browser,
        json!({ "original": form, "edited": edited }),
    )
    .await;
    let (_, user) = app
        .management(Method::GET, &format!("/users/{id}"), None)
        .await;
    assert_eq!(user["name"], Value::Null);
}

#[tokio::test]
async fn a_taken_username_is_a_field_error_and_nothing_is_saved() {
    let (app, browser) = signed_in().await;
    app.prove(&browser).await;
    let form = cached_form(&app, &browser).await;
    let edited = with(&form, &[("username", "alex"), ("name", "Not Saved")]);
    let (status, err) = save(
        &app,
        &browser,
        json!({ "original": form, "edited": edited }),
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        err,
        json!({ "kind": "invalid", "field": "username", "message": "That username is taken." })
    );
    let id = app.user_id("demo").await;
    let (_, user) = app
        .management(Method::GET, &format!("/users/{id}"), None)
        .await;
    assert_eq!(user["name"], "Dana Demo");
}

#[tokio::test]
async fn the_server_validates_again() {
    let (app, browser) = signed_in().await;
    let form = cached_form(&app, &browser).await;
    for (field, value, message) in [
        ("username", "1bad", "Start with a letter or an underscore."),
        (
            "avatar",
            "javascript:alert(1)",
            "Use an address that starts with https:// (or http://).",
        ),
        (
            "custom.date_of_birth",
            "1990-02-30",
            "That day does not exist in that month.",
        ),
        // Hidden by the declaration: not changed through this app.
        (
            "birthdate",
            "1990-01-01",
            "This field cannot be changed here.",
        ),
    ] {
        let edited = with(&form, &[(field, value)]);
        let (status, err) = save(
            &app,
            &browser,
            json!({ "original": form, "edited": edited }),
        )
        .await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{field}");
        assert_eq!(err["field"], field);
        assert_eq!(err["message"], message);
    }
}

#[tokio::test]
async fn a_request_naming_another_user_changes_only_the_session_user() {
    let (app, browser) = signed_in().await;
    let alex = app.user_id("alex").await;
    let form = cached_form(&app, &browser).await;
    let edited = with(&form, &[("name", "Hijacked")]);
    // Extra keys that name a user are not parameters of the server function.
    let (status, _) = save(
        &app,
        &browser,
        json!({ "original": form, "edited": edited, "user_id": alex, "id": alex, "userId": alex }),
    )
    .await;
    assert!(
        status == StatusCode::OK || status.is_client_error(),
        "{status}"
    );
    let (_, alex_user) = app
        .management(Method::GET, &format!("/users/{alex}"), None)
        .await;
    assert_eq!(
        alex_user["name"], "Alex Rivera",
        "the other user is untouched"
    );

    // Without a session nothing happens at all.
    let anonymous = Browser::new();
    let (status, err) = save(
        &app,
        &anonymous,
        json!({ "original": form, "edited": with(&form, &[("name", "X")]) }),
    )
    .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert_eq!(err["kind"], "unauthenticated");
}

#[tokio::test]
async fn without_javascript_the_form_posts_and_keeps_edits_on_refusal() {
    let (app, browser) = signed_in().await;
    app.prove(&browser).await;
    let form = cached_form(&app, &browser).await;
    let mut fields: Vec<(String, String)> = Vec::new();
    for (key, value) in form.as_object().unwrap() {
        fields.push((
            format!("original.{key}"),
            value.as_str().unwrap().to_owned(),
        ));
        let typed = match key.as_str() {
            "username" => "alex".to_owned(),
            "nickname" => "Dee".to_owned(),
            _ => value.as_str().unwrap().to_owned(),
        };
        fields.push((key.clone(), typed));
    }
    let res = post_profile(&app, &browser, &fields).await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = res.text().await.unwrap();
    assert!(html.contains("That username is taken."), "{html}");
    assert!(html.contains("value=\"Dee\""), "the typed nickname is kept");

    // Fix the username and post again: saved, then redirected to the page.
    for (key, value) in fields.iter_mut() {
        if key == "username" {
            *value = "dana_demo".into();
        }
    }
    let res = post_profile(&app, &browser, &fields).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert_eq!(res.headers()[header::LOCATION], "/profile?saved=1");
    let html = browser.page(&app, "/profile?saved=1").await;
    assert!(html.contains("Your profile was saved."));
    assert!(html.contains("value=\"dana_demo\""));
}

/// The value of the picker option labelled `label` (the options are written `<option value=…>label`).
fn option_value<'a>(html: &'a str, label: &str) -> &'a str {
    let before = html
        .split(&format!(">{label}<"))
        .next()
        .expect("the option");
    before
        .rsplit("value=")
        .next()
        .unwrap()
        .split([' ', '>'])
        .next()
        .unwrap()
}

/// A zone picked from the list travels as its option's code and is saved by its name, without
/// JavaScript and through the server function alike; the page then shows it chosen by name.
#[tokio::test]
async fn a_zone_picked_by_its_code_is_saved_by_name() {
    let (app, browser) = signed_in().await;
    let html = browser.page(&app, "/profile").await;
    let tokyo = option_value(&html, "Tokyo").to_owned();
    assert!(tokyo.starts_with('~'), "{tokyo}");

    let form = cached_form(&app, &browser).await;
    let mut fields = Vec::new();
    for (key, value) in form.as_object().unwrap() {
        let value = value.as_str().unwrap().to_owned();
        fields.push((format!("original.{key}"), value.clone()));
        fields.push((
            key.clone(),
            if key == "zoneinfo" {
                tokyo.clone()
            } else {
                value
            },
        ));
    }
    let res = post_profile(&app, &browser, &fields).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let id = app.user_id("demo").await;
    let (_, user) = app
        .management(reqwest::Method::GET, &format!("/users/{id}"), None)
        .await;
    assert_eq!(user["profile"]["zoneinfo"], "Asia/Tokyo");
    let html = browser.page(&app, "/profile").await;
    assert!(
        html.contains("<option value=Asia/Tokyo selected>Tokyo<"),
        "{html}"
    );

    let form = cached_form(&app, &browser).await;
    assert_eq!(form["zoneinfo"], "Asia/Tokyo");
    let amsterdam = option_value(&html, "Amsterdam").to_owned();
    let (status, saved) = save(
        &app,
        &browser,
        json!({ "original": form, "edited": with(&form, &[("zoneinfo", &amsterdam)]) }),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{saved}");
    assert_eq!(saved["zoneinfo"], "Europe/Amsterdam");
}

#[tokio::test]
async fn when_logto_is_down_the_save_fails_clearly_and_keeps_edits() {
    let (app, browser) = signed_in().await;
    let form = cached_form(&app, &browser).await;
    app.fault(json!({ "path": "/api/users", "status": 503 }))
        .await;
    let edited = with(&form, &[("name", "During Outage")]);
    let (status, err) = save(
        &app,
        &browser,
        json!({ "original": form, "edited": edited }),
    )
    .await;
    assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(err["kind"], "unavailable");

    app.clear_faults().await;
    let (status, _) = save(
        &app,
        &browser,
        json!({ "original": form, "edited": edited }),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "works again once Logto is back");
}

#[tokio::test]
async fn pickers_offer_listed_choices_and_keep_an_unlisted_saved_value() {
    let app = spawn_app(&[]).await;
    let id = app.user_id("demo").await;
    let (status, _) = app
        .management(
            reqwest::Method::PATCH,
            &format!("/users/{id}/profile"),
            Some(json!({ "profile": { "zoneinfo": "US/Eastern", "locale": "nl-NL" } })),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    let browser = Browser::new();
    browser.sign_in(&app, "/profile").await;
    let html = browser.page(&app, "/profile").await;

    // A legacy zone Logto holds stays selected instead of silently becoming "Not set".
    assert!(
        html.contains(r#"<option value="US/Eastern" selected>US/Eastern</option>"#),
        "{html}"
    );
    assert!(html.contains(r#"<optgroup label="Europe">"#));
    // The listed options, written short (unquoted values, no end tags; zones by their code).
    assert!(option_value(&html, "Amsterdam").starts_with('~'));
    assert!(html.contains(">Argentina / Buenos Aires<"));
    assert!(html.contains(r#"<option value=nl-NL selected>Dutch (Netherlands) · nl-NL<"#));

    // The server refuses a zone that is not on the list, with the picker's message.
    let form = cached_form(&app, &browser).await;
    let (status, err) = save(
        &app,
        &browser,
        json!({ "original": form, "edited": with(&form, &[("zoneinfo", "Mars/Olympus")]) }),
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(err["field"], "zoneinfo");
    assert_eq!(err["message"], "Choose a time zone from the list.");
}

#[tokio::test]
async fn an_access_token_logto_refuses_is_refreshed_once() {
    let (app, browser) = signed_in().await;
    // Warm the M2M token cache, so the token endpoint counts user refreshes alone.
    assert_eq!(fresh_status(&app, &browser).await.0, StatusCode::OK);
    app.expire_tokens("access").await;
    let (userinfo_before, tokens_before) = (
        app.emulator_requests("/oidc/me").await,
        app.emulator_requests("/oidc/token").await,
    );

    let (status, view) = fresh_status(&app, &browser).await;
    assert_eq!(status, StatusCode::OK, "{view}");
    assert_eq!(view["form"]["username"], "demo");
    assert_eq!(app.emulator_requests("/oidc/me").await - userinfo_before, 2);
    assert_eq!(
        app.emulator_requests("/oidc/token").await - tokens_before,
        1
    );

    // The renewed tokens are kept in the session: the next view needs no refresh.
    let (status, _) = fresh_status(&app, &browser).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(app.emulator_requests("/oidc/me").await - userinfo_before, 3);
    assert_eq!(
        app.emulator_requests("/oidc/token").await - tokens_before,
        1
    );
}

#[tokio::test]
async fn when_the_refresh_token_is_refused_too_the_session_ends() {
    let (app, browser) = signed_in().await;
    app.expire_tokens("access").await;
    app.expire_tokens("refresh").await;

    let (status, err) = fresh_status(&app, &browser).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert_eq!(err["kind"], "unauthenticated");
    assert_eq!(browser.current_user(&app).await, Value::Null);
}

/// Every value the server writes or caches is checked, not only the ones the browser says
/// changed: an address part sent along with a changed one, say.
#[tokio::test]
async fn unchanged_values_that_would_be_written_are_validated_too() {
    let (app, browser) = signed_in().await;
    let form = cached_form(&app, &browser).await;
    let junk = "x\u{7}".repeat(200);
    let original = with(&form, &[("country", junk.as_str())]);
    let edited = with(&original, &[("locality", "Utrecht")]);
    let (status, err) = save(
        &app,
        &browser,
        json!({ "original": original, "edited": edited }),
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{err}");
    assert_eq!(err["field"], "country");
    let user = app.logto_user("demo").await;
    assert!(user["profile"].get("address").is_none(), "{user}");

    // Unchanged values the browser sends are never copied into the session's claims.
    let name = with(&form, &[("nickname", "Dee")]);
    let original = with(&form, &[("family_name", "Forged")]);
    let edited = with(&name, &[("family_name", "Forged")]);
    let (status, _) = save(
        &app,
        &browser,
        json!({ "original": original, "edited": edited }),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    let cached = cached_form(&app, &browser).await;
    assert_eq!(cached["nickname"], "Dee");
    assert_eq!(cached["family_name"], form["family_name"]);
}

/// Bodies the server cannot read are the client's mistake: 4xx, never 5xx.
#[tokio::test]
async fn unreadable_server_function_bodies_are_refused_with_4xx() {
    let (app, browser) = signed_in().await;
    let post = |body: Vec<u8>| {
        browser
            .http
            .post(app.url("/api/profile/save"))
            .header(header::ORIGIN, app.origin())
            .header(header::CONTENT_TYPE, "application/json")
            .body(body)
            .send()
    };
    let huge = format!(
        "{{\"original\":{{}},\"edited\":{{\"name\":\"{}\"}}}}",
        "x".repeat(3 << 20)
    );
    let res = post(huge.into_bytes()).await.unwrap();
    assert_eq!(res.status(), StatusCode::PAYLOAD_TOO_LARGE);
    let deep = format!("{}{}", "[".repeat(5000), "]".repeat(5000));
    for body in [
        b"{\"original\": {\"name\": \"\xff\xfe\"}, \"edited\": {}}".to_vec(),
        b"{bad json".to_vec(),
        deep.into_bytes(),
        b"".to_vec(),
    ] {
        let res = post(body.clone()).await.unwrap();
        let status = res.status();
        assert!(
            status.is_client_error(),
            "{status} for {:?}",
            String::from_utf8_lossy(&body[..body.len().min(40)])
        );
    }
}

/// "Sign-in details" shows the phone as people read it, as the phone page does, not Logto's
/// digits.
#[tokio::test]
async fn the_phone_in_the_sign_in_details_is_formatted() {
    let app = spawn_app(&[]).await;
    let browser = app.signed_in("/profile").await;
    let page = browser.page(&app, "/profile").await;
    let details = page
        .split("id=\"account-title\"")
        .nth(1)
        .expect("the sign-in details");
    let details = details.split("</dl>").next().unwrap();
    assert!(details.contains("+1 415-555-0100"), "{details}");
    assert!(!details.contains("14155550100"), "{details}");
}
