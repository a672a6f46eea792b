//! The data page: the user's data in one file (no secrets), and the account deleted for good —
//! only after a fresh proof and the typed confirmation, every session of it ended.

use reqwest::{header, Method, StatusCode};
use serde_json::{json, Value};

use crate::common::{browser::Browser, spawn_app, TestApp};

async fn export(app: &TestApp, browser: &Browser) -> reqwest::Response {
    browser
        .http
        .post(app.url("/account/export"))
        .header(header::ORIGIN, app.origin())
        .form(&[("", "")])
        .send()
        .await
        .unwrap()
}

#[tokio::test]
async fn the_download_holds_the_profile_factors_and_sessions_without_secrets() {
    let app = spawn_app(&[]).await;
    let browser = app.signed_in("/").await;
    let res = export(&app, &browser).await;
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(
        res.headers()[header::CONTENT_DISPOSITION],
        "attachment; filename=\"my-data.json\""
    );
    assert_eq!(res.headers()[header::CONTENT_TYPE], "application/json");
    let bytes = res.bytes().await.unwrap();
    println!("the demo user's export: {} bytes", bytes.len());
    let data: Value = serde_json::from_slice(&bytes).unwrap();
    let user = &data["logto"]["user"];
    assert_eq!(user["username"], "demo");
    assert_eq!(user["primaryEmail"], "dana@example.com");
    assert!(user["customData"].is_object());
    assert_eq!(user["identities"]["github"]["details"]["name"], "Dana Demo");
    assert_eq!(data["logto"]["secondSteps"][0]["type"], "WebAuthn");
    let sessions = data["thisApp"]["sessions"].as_array().unwrap();
    assert_eq!(sessions.len(), 1);
    assert_eq!(sessions[0]["current"], true);
    assert_eq!(sessions[0]["device"], "Firefox on Linux");
    let text = String::from_utf8_lossy(&bytes).to_lowercase();
    for secret in [
        "token",
        "secret",
        "\"password\"",
        crate::common::DEMO_PASSWORD,
    ] {
        assert!(
            !text.contains(&secret.to_lowercase()),
            "{secret} in the export"
        );
    }

    // Five downloads an hour.
    for _ in 0..4 {
        assert_eq!(export(&app, &browser).await.status(), StatusCode::OK);
    }
    let res = export(&app, &browser).await;
    assert_eq!(res.status(), StatusCode::TOO_MANY_REQUESTS);
    assert!(res.text().await.unwrap().contains("Too many attempts."));
}

async fn delete(
    app: &TestApp,
    browser: &Browser,
    confirm: &str,
) -> (StatusCode, Option<String>, String) {
    app.post_form(browser, "/account/delete", &[("confirm", confirm)])
        .await
}

#[tokio::test]
async fn an_account_is_deleted_after_a_proof_and_the_typed_confirmation() {
    let app = spawn_app(&[]).await;
    let (status, created) = app
        .management(
            Method::POST,
            "/users",
            Some(json!({ "username": "leaving", "password": "Parting-Words-2026", "primaryEmail": "leaving@example.com" })),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{created}");
    let id = created["id"].as_str().unwrap().to_owned();
    let sign_in = || async {
        let browser = Browser::new();
        let callback = browser
            .until_callback(&app, "/", "leaving", "Parting-Words-2026")
            .await;
        browser.get(callback.as_str()).await;
        browser
    };
    let browser = sign_in().await;
    let elsewhere = sign_in().await;

    let (status, location, _) = delete(&app, &browser, "leaving").await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(location.as_deref(), Some("/confirm?return_to=%2Faccount"));
    let (status, _, _) = app
        .post_form(
            &browser,
            "/confirm/password",
            &[
                ("password", "Parting-Words-2026"),
                ("return_to", "/account"),
            ],
        )
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let page = browser.page(&app, "/account").await;
    assert!(page.contains("Type leaving to confirm"), "{page}");

    let (status, _, page) = delete(&app, &browser, "leavin").await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(page.contains("nothing was deleted"), "{page}");
    assert_eq!(
        app.management(Method::GET, &format!("/users/{id}"), None)
            .await
            .0,
        StatusCode::OK
    );

    let (status, location, _) = delete(&app, &browser, "LEAVING").await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(location.as_deref(), Some("/goodbye"));
    assert_eq!(
        app.management(Method::GET, &format!("/users/{id}"), None)
            .await
            .0,
        StatusCode::NOT_FOUND
    );
    for b in [&browser, &elsewhere] {
        assert!(b.current_user(&app).await.is_null(), "every session ended");
    }
    let page = browser.page(&app, "/goodbye").await;
    assert!(page.contains("Your account was deleted"));
}
