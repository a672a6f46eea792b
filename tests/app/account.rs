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
    assert_eq!(res.status(), StatusCode::SEE_OTHER, "a proof first");
    assert_eq!(
        res.headers()[header::LOCATION],
        "/confirm?return_to=%2Faccount"
    );
    app.prove(&browser).await;
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

/// The user's rows in the own database's activity log.
async fn activity_rows(app: &TestApp, user_id: &str) -> i64 {
    let url = &app.database_url;
    let count = "select count(*) from activity where user_id = $1";
    if url.starts_with("postgres") {
        let pool = sqlx::PgPool::connect(url).await.unwrap();
        sqlx::query_scalar(count)
            .bind(user_id)
            .fetch_one(&pool)
            .await
            .unwrap()
    } else {
        let pool = sqlx::SqlitePool::connect(url).await.unwrap();
        sqlx::query_scalar(count)
            .bind(user_id)
            .fetch_one(&pool)
            .await
            .unwrap()
    }
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

    assert_eq!(export(&app, &browser).await.status(), StatusCode::OK);
    assert_eq!(activity_rows(&app, &id).await, 1);
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
    assert_eq!(
        activity_rows(&app, &id).await,
        0,
        "the activity log went with it"
    );
}

#[tokio::test]
async fn account_changes_are_listed_newest_first_without_any_secret() {
    let app = spawn_app(&[]).await;
    let browser = app.signed_in("/").await;
    let page = browser.page(&app, "/account").await;
    assert!(page.contains("Nothing yet."), "{page}");

    // A password change (its proof by the current password), and a download.
    let new_password = "Quartz-Meadow-8826";
    let (status, _, body) = app
        .post_form(
            &browser,
            "/security/password",
            &[
                ("current", crate::common::DEMO_PASSWORD),
                ("new", new_password),
                ("repeat", new_password),
            ],
        )
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER, "{body}");
    assert_eq!(export(&app, &browser).await.status(), StatusCode::OK);

    let page = browser.page(&app, "/account").await;
    let activity = page.split("id=\"activity\"").nth(1).unwrap();
    let downloaded = activity
        .find("Your data was downloaded")
        .expect("the download");
    let changed = activity.find("Password changed").expect("the change");
    assert!(downloaded < changed, "newest first: {activity}");
    assert!(
        activity.contains("Firefox on Linux · IP address 127.0.0.1"),
        "{activity}"
    );
    assert!(activity.contains(">This browser<"), "{activity}");

    // Nothing secret in the log, as stored.
    let file = app.database_url.trim_start_matches("sqlite://");
    if let Ok(raw) = std::fs::read(file) {
        let raw = String::from_utf8_lossy(&raw);
        for secret in [crate::common::DEMO_PASSWORD, new_password] {
            assert!(!raw.contains(secret), "{secret} in the database file");
        }
    }
    let res = export(&app, &browser).await;
    let data: Value = res.json().await.unwrap();
    let entries = data["thisApp"]["activity"].as_array().unwrap();
    assert_eq!(entries.len(), 2, "{entries:?}");
    assert_eq!(entries[1]["action"], "password.changed");
    assert_eq!(entries[1]["fields"], json!([]));
}

#[tokio::test]
async fn the_activity_log_pages_by_twenty() {
    let app = spawn_app(&[]).await;
    let browser = app.signed_in("/").await;
    app.prove(&browser).await;
    for _ in 0..5 {
        assert_eq!(export(&app, &browser).await.status(), StatusCode::OK);
    }
    // Five downloads an hour: more entries come from saving the profile.
    for n in 0..17 {
        let view = app.call(&browser, "profile/cached", json!({})).await.1;
        let mut edited = view["form"].clone();
        edited["name"] = json!(format!("Dana {n}"));
        let (status, body) = app
            .call(
                &browser,
                "profile/save",
                json!({ "original": view["form"], "edited": edited }),
            )
            .await;
        assert_eq!(status, StatusCode::OK, "{body}");
    }
    let first = browser.page(&app, "/account").await;
    assert_eq!(
        first.matches("Profile saved: Full name").count(),
        17,
        "newest first"
    );
    assert_eq!(first.matches("Your data was downloaded").count(), 3);
    assert!(
        first.contains("href=\"/account?page=2\" rel=\"next\""),
        "{first}"
    );
    let second = browser.page(&app, "/account?page=2").await;
    assert_eq!(second.matches("Your data was downloaded").count(), 2);
    assert!(second.contains("href=\"/account\" rel=\"prev\""));
    assert!(!second.contains("rel=\"next\""));
}

/// An action taken with a copy of the session cookie (another browser, another address) is
/// logged with *that* request's browser and address, not the sign-in's.
#[tokio::test]
async fn the_activity_log_names_the_request_that_acted_not_the_sign_in() {
    let app = spawn_app(&[("TRUST_FORWARDED_FOR", "1")]).await;
    let owner = app.signed_in("/").await;
    app.prove(&owner).await;
    let cookie = owner.session_cookie(&app).unwrap();
    let thief = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .user_agent(
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) \
             Chrome/131.0.0.0 Safari/537.36",
        )
        .build()
        .unwrap();
    let res = thief
        .post(app.url("/account/export"))
        .header(header::ORIGIN, app.origin())
        .header(header::COOKIE, format!("profile_session={cookie}"))
        .header("x-forwarded-for", "203.0.113.9")
        .form(&[("", "")])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    let page = owner.page(&app, "/account").await;
    let activity = page.split("id=\"activity\"").nth(1).unwrap();
    let downloaded = activity
        .split("Your data was downloaded")
        .nth(1)
        .expect("the download");
    let entry = downloaded.split("</li>").next().unwrap();
    assert!(
        entry.contains("Chrome on Windows") && entry.contains("IP address 203.0.113.9"),
        "the request's browser and address: {entry}"
    );
}

/// The download holds everything: the user's own custom data whatever its keys are called (only
/// a sign-in provider's raw data and tokens are left out), values of fields no longer declared,
/// and the names of values no configured key can open (never an empty string in their place).
#[tokio::test]
async fn the_download_leaves_out_only_provider_secrets_and_names_what_it_cannot_open() {
    let app = spawn_app(&[]).await;
    let id = app.user_id("demo").await;
    let (status, _) = app
        .management(
            Method::PATCH,
            &format!("/users/{id}/custom-data"),
            Some(serde_json::json!({ "customData": { "apiTokenLabel": "laptop", "secretQuestion": "first pet" } })),
        )
        .await;
    assert!(status.is_success());
    // A field declared once and since removed, and a value sealed with a key long gone.
    let other_key = {
        use base64::{engine::general_purpose::STANDARD, Engine};
        use secrecy::SecretString;
        logto_profile::server::crypto::Keys::from_base64(&SecretString::from(
            STANDARD.encode([3u8; 32]),
        ))
        .unwrap()
        .sealer(logto_profile::server::crypto::Purpose::Fields)
    };
    let lost = other_key.seal_for(b"NL-00000000", &format!("{id}/tax_id"));
    let insert = "insert into profile_values (user_id, field, value, version, updated_at) values ($1, $2, $3, 1, 0)";
    for (field, value) in [
        ("retired_field", "kept from before"),
        ("tax_id", lost.as_str()),
    ] {
        app.db_execute(insert, &[&id, field, value]).await;
    }
    let browser = app.signed_in("/").await;
    app.prove(&browser).await;
    let data: Value = export(&app, &browser).await.json().await.unwrap();
    let user = &data["logto"]["user"];
    assert_eq!(user["customData"]["apiTokenLabel"], "laptop", "{user}");
    assert_eq!(user["customData"]["secretQuestion"], "first pet");
    assert!(user["identities"]["github"]["details"]
        .get("rawData")
        .is_none());
    let this_app = &data["thisApp"];
    assert_eq!(
        this_app["undeclaredFields"]["retired_field"],
        "kept from before"
    );
    assert_eq!(this_app["unreadableFields"], serde_json::json!(["tax_id"]));
    assert!(
        this_app["profileFields"].get("tax_id").is_none(),
        "not as an empty value"
    );
}
