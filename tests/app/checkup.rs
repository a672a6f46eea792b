//! The security check-up on `/security`: each point from what Logto and the app know, scored,
//! with its fix a click away, and updated as the user fixes things — in two upstream calls.

use reqwest::Method;

use crate::common::{spawn_app, TestApp, DEMO_PASSWORD};

/// The check-up's rows, as "status: title: detail" lines.
fn check_rows(page: &str) -> Vec<String> {
    page.split("<li class=\"check ")
        .skip(1)
        .map(|row| {
            let text = |class: &str| {
                row.split(class)
                    .nth(1)
                    .and_then(|rest| rest.split('<').next())
                    .unwrap_or_default()
                    .to_owned()
            };
            format!(
                "{}: {}: {}",
                text("class=\"check-status\">"),
                text("<strong>"),
                text("<span class=\"muted\">")
            )
        })
        .collect()
}

async fn passkeys(app: &TestApp, user: &str) -> Vec<String> {
    let path = format!("/users/{user}/mfa-verifications");
    let (_, list) = app.management(Method::GET, &path, None).await;
    list.as_array()
        .unwrap()
        .iter()
        .filter(|f| f["type"] == "WebAuthn")
        .map(|f| f["id"].as_str().unwrap().to_owned())
        .collect()
}

#[tokio::test]
async fn the_check_up_scores_what_protects_the_account_and_follows_the_fixes() {
    let app = spawn_app(&[]).await;
    let browser = app.signed_in("/").await;
    let before = app.api_requests().await;
    let page = browser.page(&app, "/security").await;
    assert!(app.api_requests().await - before <= 2, "two upstream calls");
    assert!(page.contains("Security check-up"), "{page}");
    assert_eq!(
        check_rows(&page),
        [
            "Done: Two-step verification: On: Passkey",
            "To do: Backup codes: None: without your second step you would be locked out.",
            "Done: Recovery email or phone: dana@example.com",
            "Done: Password: Set; no change in this page's activity log",
            "Worth a look: Sessions: Only this browser is signed in here.",
            "Worth a look: Linked accounts: GitHub",
        ],
        "{page}"
    );
    assert!(page.contains("3 of 4 done"), "{page}");
    assert!(
        page.contains("href=\"/security/two-step\">Make backup codes"),
        "the fix, a click away"
    );

    // Fixed: backup codes made, a second browser signed in.
    app.prove(&browser).await;
    let (status, _, _) = app
        .post_form(&browser, "/security/two-step/backup-codes/new", &[])
        .await;
    assert!(status.is_redirection());
    let _other = app.signed_in("/").await;
    let page = browser.page(&app, "/security").await;
    assert!(page.contains("4 of 4 done"), "{page}");
    assert!(page.contains("Everything that protects your account is in place."));
    let rows = check_rows(&page);
    assert_eq!(rows[1], "Done: Backup codes: 10 unused");
    assert_eq!(
        rows[4],
        "Worth a look: Sessions: Other browsers signed in here: 1"
    );

    // The passkey removed at Logto (by an admin): two-step is off again, codes no longer count.
    let id = app.user_id("demo").await;
    for passkey in passkeys(&app, &id).await {
        let path = format!("/users/{id}/mfa-verifications/{passkey}");
        app.management(Method::DELETE, &path, None).await;
    }
    let page = browser.page(&app, "/security").await;
    let rows = check_rows(&page);
    assert_eq!(
        rows[0],
        "To do: Two-step verification: Off: your password alone lets anyone in."
    );
    assert_eq!(
        rows[1],
        "Worth a look: Backup codes: They come with two-step verification."
    );
    assert!(page.contains("2 of 3 done"), "{page}");
}

#[tokio::test]
async fn the_last_password_change_comes_from_the_activity_log() {
    let app = spawn_app(&[]).await;
    let browser = app.signed_in("/").await;
    let new = "A-fresh-passphrase-2026";
    let fields = [("current", DEMO_PASSWORD), ("new", new), ("repeat", new)];
    let (status, _, page) = app.post_form(&browser, "/security/password", &fields).await;
    assert!(status.is_redirection(), "{page}");
    let page = browser.page(&app, "/security").await;
    assert!(
        check_rows(&page).contains(&"Done: Password: Changed just now".to_owned()),
        "{page}"
    );
}
