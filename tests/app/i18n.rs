//! The interface in the user's language: the switcher's choice, else the saved `locale`, else
//! `Accept-Language`; the server's messages follow it too.

use reqwest::{header, StatusCode};
use serde_json::json;

use crate::common::{browser::Browser, spawn_app, TestApp};

/// Posts the header's language switcher from `origin`.
async fn choose(
    app: &TestApp,
    browser: &Browser,
    origin: &str,
    form: &[(&str, &str)],
) -> reqwest::Response {
    browser
        .http
        .post(app.url("/language"))
        .header(header::ORIGIN, origin)
        .form(form)
        .send()
        .await
        .unwrap()
}

#[tokio::test]
async fn accept_language_picks_german_pages() {
    let app = spawn_app(&[]).await;
    let html = reqwest::Client::new()
        .get(app.url("/"))
        .header(header::ACCEPT_LANGUAGE, "de-DE,de;q=0.9,en;q=0.5")
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(html.contains("<html lang=\"de\""), "{html}");
    assert!(html.contains("Ihr Konto in Ihrer Hand"), "{html}");
    assert!(html.contains("Anmelden"), "{html}");
    assert!(html.contains("Willkommen · Logto-Profil"), "{html}");

    let english = reqwest::get(app.url("/"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(english.contains("<html lang=\"en\""));
    assert!(english.contains("Your account, in your hands"));
}

#[tokio::test]
async fn the_switcher_remembers_the_choice_over_the_browser_and_the_saved_locale() {
    let app = spawn_app(&[]).await;
    let browser = app.signed_in("/profile").await;
    let page = browser.page(&app, "/profile").await;
    assert!(
        page.contains("Given name"),
        "the demo user's saved locale is en-US"
    );

    let res = choose(
        &app,
        &browser,
        &app.origin(),
        &[("lang", "de"), ("return_to", "/profile")],
    )
    .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert_eq!(res.headers()[header::LOCATION], "/profile");
    let cookie = res.headers()[header::SET_COOKIE].to_str().unwrap();
    assert!(
        cookie.starts_with("lang=de;") && cookie.contains("SameSite=Lax"),
        "{cookie}"
    );

    let page = browser.page(&app, "/profile").await;
    assert!(page.contains("<html lang=\"de\""), "{page}");
    for german in [
        "Englisch (Vereinigte Staaten) · en-US",
        "Ihr Profil",
        "Vorname",
        "Grunddaten",
        "Änderungen speichern",
        "Abmelden",
    ] {
        assert!(page.contains(german), "{german} in {page}");
    }

    // Somewhere else than this site: back to the home page.
    let res = choose(
        &app,
        &browser,
        &app.origin(),
        &[("lang", "en"), ("return_to", "//evil.example/")],
    )
    .await;
    assert_eq!(res.headers()[header::LOCATION], "/");

    // Not from this site: refused.
    let res = choose(
        &app,
        &Browser::new(),
        "https://evil.example",
        &[("lang", "de")],
    )
    .await;
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn the_saved_locale_wins_over_the_browser() {
    let app = spawn_app(&[]).await;
    let browser = app.signed_in("/profile").await;
    let (_, view) = app.call(&browser, "profile/cached", json!({})).await;
    let form = view["form"].clone();
    let mut edited = form.clone();
    edited["locale"] = json!("de-DE");
    let (status, body) = app
        .call(
            &browser,
            "profile/save",
            json!({ "original": form, "edited": edited }),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let page = browser
        .http
        .get(app.url("/profile"))
        .header(header::ACCEPT_LANGUAGE, "en")
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(page.contains("<html lang=\"de\""), "{page}");
}

#[tokio::test]
async fn the_server_reports_every_invalid_field_at_once_in_the_users_language() {
    let app = spawn_app(&[]).await;
    let browser = app.signed_in("/profile").await;
    let (_, view) = app.call(&browser, "profile/cached", json!({})).await;
    let form = view["form"].clone();
    let mut edited = form.clone();
    edited["username"] = json!("1bad");
    edited["website"] = json!("not a url");
    // A declared field (`profile-fields.toml`) is refused in the same answer.
    edited["custom.date_of_birth"] = json!("2001-02-30");
    choose(&app, &browser, &app.origin(), &[("lang", "de")]).await;
    let res = browser
        .http
        .post(app.url("/api/profile/save"))
        .header(header::ORIGIN, app.origin())
        .json(&json!({ "original": form, "edited": edited }))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let err: serde_json::Value = res.json().await.unwrap();
    assert_eq!(err["kind"], "invalid");
    assert_eq!(err["field"], "username");
    assert_eq!(
        err["message"],
        "Beginnen Sie mit einem Buchstaben oder einem Unterstrich."
    );
    let others: Vec<&str> = err["others"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["field"].as_str().unwrap())
        .collect();
    assert_eq!(others, ["website", "custom.date_of_birth"]);
    assert_eq!(
        err["others"][1]["message"],
        "Diesen Tag gibt es in diesem Monat nicht."
    );
}
