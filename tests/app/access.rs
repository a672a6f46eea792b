//! Who else may use the account: apps the user authorised (Logto's grants), their
//! organisations, and their personal access tokens. Each change needs a fresh proof and reaches
//! only the signed-in user's own things.

use logto_emulator::LogtoVersion;
use reqwest::{Method, StatusCode};
use serde_json::json;
use url::Url;

use crate::common::{browser::Browser, logto_version, spawn_app, TestApp};

/// The emulator's seeded web app: this page.
const WEB_APP: &str = "profile-web";

/// Lets the seeded third-party app in through the browser's Logto session.
async fn authorise_notes(app: &TestApp, browser: &Browser) {
    let mut url = Url::parse(&app.logto_url("/oidc/auth")).unwrap();
    url.query_pairs_mut()
        .append_pair("client_id", "acme-notes")
        .append_pair("redirect_uri", "http://127.0.0.1:3900/callback")
        .append_pair("response_type", "code")
        .append_pair("scope", "openid profile")
        .append_pair("state", "s");
    let back = browser
        .authorize_silently(&url)
        .await
        .expect("signed straight in through the Logto session");
    assert!(
        back.as_str()
            .starts_with("http://127.0.0.1:3900/callback?code="),
        "{back}"
    );
}

fn app_handle(application_id: &str) -> String {
    let digest = ring::digest::digest(&ring::digest::SHA256, application_id.as_bytes());
    digest.as_ref()[..8]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

async fn grant_apps(app: &TestApp, user_id: &str) -> Vec<String> {
    let (_, body) = app
        .management(Method::GET, &format!("/users/{user_id}/grants"), None)
        .await;
    body["grants"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| g["application"]["id"].as_str().unwrap().to_owned())
        .collect()
}

#[tokio::test]
async fn authorised_apps_are_listed_apart_and_one_loses_access_after_a_proof() {
    let app = spawn_app(&[]).await;
    let mine = app.signed_in("/").await;
    if logto_version() == LogtoVersion::V1_37 {
        let page = mine.page(&app, "/apps").await;
        assert!(
            page.contains("This Logto server does not list the apps"),
            "{page}"
        );
        return;
    }
    authorise_notes(&app, &mine).await;
    let page = mine.page(&app, "/apps").await;
    let (first, third) = page.split_once("Third-party apps").expect("two groups");
    assert!(
        first.contains("Profile (web)") && first.contains(">This page<"),
        "{page}"
    );
    assert!(
        third.contains("Acme Notes") && third.contains("Access since just now"),
        "{page}"
    );
    assert!(
        page.contains("To remove an app's access, confirm it's you first."),
        "{page}"
    );
    assert!(!page.contains("action=\"/apps/revoke\""), "{page}");
    let notes = app_handle("acme-notes");
    let (status, location, _) = app
        .post_form(&mine, "/apps/revoke", &[("app", &notes)])
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(location.as_deref(), Some("/confirm?return_to=%2Fapps"));

    app.prove(&mine).await;
    let page = mine.page(&app, "/apps").await;
    assert_eq!(
        page.matches("action=\"/apps/revoke\"").count(),
        1,
        "only Notes: {page}"
    );
    assert!(page.contains(&format!("value=\"{notes}\"")), "{page}");
    // This page's own access, and something made up, are not found; nothing is revoked.
    let demo = app.user_id("demo").await;
    for handle in [app_handle(WEB_APP), "0123456789abcdef".to_owned()] {
        let (status, _, body) = app
            .post_form(&mine, "/apps/revoke", &[("app", &handle)])
            .await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{body}");
    }
    assert_eq!(grant_apps(&app, &demo).await.len(), 2);

    let (status, location, _) = app
        .post_form(&mine, "/apps/revoke", &[("app", &notes)])
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(location.as_deref(), Some("/apps?done=revoked"));
    assert_eq!(grant_apps(&app, &demo).await, [WEB_APP]);
    let page = mine.page(&app, "/apps?done=revoked").await;
    assert!(
        page.contains("That app no longer has access to your account."),
        "{page}"
    );
    assert!(!page.contains("Acme Notes"), "{page}");
    let page = mine.page(&app, "/account").await;
    assert!(page.contains("App access removed: Acme Notes"), "{page}");

    // Another user's app is theirs alone.
    let alex = Browser::new();
    let callback = alex
        .until_callback(&app, "/", "alex", "Profile-alex-2026")
        .await;
    alex.get(callback.as_str()).await;
    authorise_notes(&app, &alex).await;
    let (status, _, _) = app
        .post_form(&mine, "/apps/revoke", &[("app", &notes)])
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let alex_id = app.user_id("alex").await;
    assert!(grant_apps(&app, &alex_id)
        .await
        .contains(&"acme-notes".to_owned()));
}

#[tokio::test]
async fn the_data_page_lists_the_users_organisations_with_roles() {
    let app = spawn_app(&[]).await;
    let mine = app.signed_in("/").await;
    let page = mine.page(&app, "/account").await;
    assert!(
        page.contains("You don't belong to any organisation."),
        "{page}"
    );

    let demo = app.user_id("demo").await;
    let (_, org) = app
        .management(
            Method::POST,
            "/organizations",
            Some(json!({ "name": "Acme Inc.", "description": "Makers of notes" })),
        )
        .await;
    let (_, other) = app
        .management(
            Method::POST,
            "/organizations",
            Some(json!({ "name": "Beta Club" })),
        )
        .await;
    // Role names are unique in a tenant (a real Logto keeps them between runs).
    let editor = format!("Editor {}", std::process::id());
    let (_, role) = app
        .management(
            Method::POST,
            "/organization-roles",
            Some(json!({ "name": editor })),
        )
        .await;
    for org in [&org, &other] {
        let path = format!("/organizations/{}/users", org["id"].as_str().unwrap());
        let (status, _) = app
            .management(Method::POST, &path, Some(json!({ "userIds": [demo] })))
            .await;
        assert_eq!(status, StatusCode::CREATED);
    }
    let path = format!(
        "/organizations/{}/users/{demo}/roles",
        org["id"].as_str().unwrap()
    );
    let (status, _) = app
        .management(
            Method::POST,
            &path,
            Some(json!({ "organizationRoleIds": [role["id"]] })),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED);

    let page = mine.page(&app, "/account").await;
    let acme = page.find("Acme Inc.").expect("listed");
    let beta = page.find("Beta Club").expect("listed");
    assert!(acme < beta, "by name");
    assert!(
        page.contains(&format!("Makers of notes · Roles: {editor}")),
        "{page}"
    );
    assert!(page.contains("Member, no role"), "{page}");
}

#[tokio::test]
async fn personal_access_tokens_are_made_shown_once_and_deleted_after_a_proof() {
    let app = spawn_app(&[]).await;
    let mine = app.signed_in("/").await;
    let demo = app.user_id("demo").await;
    let page = mine.page(&app, "/security/tokens").await;
    assert!(
        page.contains("You have no personal access tokens."),
        "{page}"
    );
    assert!(
        page.contains("To create or delete tokens, confirm it's you first."),
        "{page}"
    );
    let (status, location, _) = app
        .post_form(
            &mine,
            "/security/tokens/create",
            &[("name", "CI"), ("expiry", "30")],
        )
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(
        location.as_deref(),
        Some("/confirm?return_to=%2Fsecurity%2Ftokens")
    );

    app.prove(&mine).await;
    // Refusals keep what was typed.
    let (status, _, page) = app
        .post_form(
            &mine,
            "/security/tokens/create",
            &[("name", "  "), ("expiry", "31")],
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{page}");
    assert!(
        page.contains("Give the token a name of 1 to 64 characters."),
        "{page}"
    );
    assert!(page.contains("Choose when the token expires."), "{page}");
    let (status, _, page) = app
        .post_form(
            &mine,
            "/security/tokens/create",
            &[("name", "Backup script"), ("expiry", "7")],
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{page}");
    let (_, listed) = app
        .management(
            Method::GET,
            &format!("/users/{demo}/personal-access-tokens"),
            None,
        )
        .await;
    let value = listed[0]["value"].as_str().unwrap().to_owned();
    assert!(page.contains(&value), "shown once, on the answer: {page}");
    assert!(page.contains("it is shown only this once"), "{page}");
    let expires = listed[0]["expiresAt"].as_i64().unwrap();
    let week = listed[0]["createdAt"].as_i64().unwrap() + 7 * 86_400_000;
    assert!((expires - week).abs() < 5_000, "{listed}");

    let page = mine.page(&app, "/security/tokens").await;
    assert!(!page.contains(&value), "never again: {page}");
    assert!(page.contains("Backup script"), "{page}");
    assert!(page.contains("Created just now · Expires 20"), "{page}");
    let (status, _, page) = app
        .post_form(
            &mine,
            "/security/tokens/create",
            &[("name", "Backup script"), ("expiry", "never")],
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{page}");
    assert!(
        page.contains("You already have a token with this name."),
        "{page}"
    );
    assert!(
        page.contains("value=\"Backup script\""),
        "typed value kept: {page}"
    );

    // Someone else's token of the same name is out of reach.
    let alex = app.user_id("alex").await;
    let (status, _) = app
        .management(
            Method::POST,
            &format!("/users/{alex}/personal-access-tokens"),
            Some(json!({ "name": "Alex's" })),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED);
    let (status, _, _) = app
        .post_form(&mine, "/security/tokens/delete", &[("name", "Alex's")])
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, location, _) = app
        .post_form(
            &mine,
            "/security/tokens/delete",
            &[("name", "Backup script")],
        )
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(location.as_deref(), Some("/security/tokens?done=deleted"));
    let (_, listed) = app
        .management(
            Method::GET,
            &format!("/users/{demo}/personal-access-tokens"),
            None,
        )
        .await;
    assert_eq!(listed, json!([]));
    let (_, listed) = app
        .management(
            Method::GET,
            &format!("/users/{alex}/personal-access-tokens"),
            None,
        )
        .await;
    assert_eq!(listed.as_array().unwrap().len(), 1);
    let page = mine.page(&app, "/account").await;
    assert!(
        page.contains("Personal access token created: Backup script"),
        "{page}"
    );
    assert!(
        page.contains("Personal access token deleted: Backup script"),
        "{page}"
    );
    assert!(!page.contains(&value));
}
