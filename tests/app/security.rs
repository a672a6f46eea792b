//! The sessions page (`/security/sessions`): the user's sessions of this app and of Logto, each signed out only by its
//! owner after a fresh proof; a handle that is not one of theirs is not found and ends nothing.

use reqwest::{Method, StatusCode};

use crate::common::{browser::Browser, logto_version, spawn_app, TestApp};

/// The page's name for a session: the first 16 hex digits of its id's (its cookie's) SHA-256.
fn handle(app: &TestApp, browser: &Browser) -> String {
    let id = browser.session_cookie(app).expect("a session cookie");
    let digest = ring::digest::digest(&ring::digest::SHA256, id.as_bytes());
    digest.as_ref()[..8]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// How many Logto sessions the user has.
async fn logto_sessions(app: &TestApp, user_id: &str) -> usize {
    let path = format!("/users/{user_id}/sessions");
    let (_, body) = app.management(Method::GET, &path, None).await;
    body["sessions"].as_array().map_or(0, Vec::len)
}

/// Another browser holding this session cookie (a copy, or one that missed its new id).
fn holding(app: &TestApp, cookie: &str) -> Browser {
    let browser = Browser::new();
    browser.jar.add_cookie_str(
        &format!("profile_session={cookie}; Path=/"),
        &app.url("/").parse().unwrap(),
    );
    browser
}

async fn signed_in(app: &TestApp, browser: &Browser) -> bool {
    !browser.current_user(app).await.is_null()
}

#[tokio::test]
async fn the_user_sees_their_sessions_and_signs_one_out_after_a_proof() {
    let app = spawn_app(&[]).await;
    let mine = app.signed_in("/").await;
    let other = app.signed_in("/").await;
    let page = mine.page(&app, "/security/sessions").await;
    assert_eq!(page.matches("Firefox on Linux").count(), 2, "{page}");
    // This app's session in use, and Logto's where Logto lists its sessions.
    let marked = if logto_version() == logto_emulator::LogtoVersion::V1_37 {
        1
    } else {
        2
    };
    assert_eq!(page.matches(">This browser<").count(), marked, "{page}");
    assert!(page.contains("IP address 127.0.0.1"), "{page}");
    assert!(page.contains("Signed in just now"), "{page}");
    // Without a proof: the way to one instead of buttons, and a post is sent there.
    assert!(
        !page.contains("action=\"/security/sessions/end\""),
        "{page}"
    );
    assert!(page.contains("To sign a session out, confirm it's you first."));
    let theirs = handle(&app, &other);
    let (status, location, _) = app
        .post_form(&mine, "/security/sessions/end", &[("session", &theirs)])
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(
        location.as_deref(),
        Some("/confirm?return_to=%2Fsecurity%2Fsessions")
    );
    assert!(signed_in(&app, &other).await);

    app.prove(&mine).await;
    let page = mine.page(&app, "/security/sessions").await;
    assert!(page.contains(&format!("value=\"{theirs}\"")), "{page}");
    assert!(
        !page.contains(&format!("value=\"{}\"", handle(&app, &mine))),
        "no button for the session in use"
    );
    // Not one of the user's other sessions: this one, someone else's, a made-up one.
    let alex = Browser::new();
    let callback = alex
        .until_callback(&app, "/", "alex", "Profile-alex-2026")
        .await;
    alex.get(callback.as_str()).await;
    for crafted in [
        handle(&app, &mine),
        handle(&app, &alex),
        "0123456789abcdef".into(),
    ] {
        let (status, _, page) = app
            .post_form(&mine, "/security/sessions/end", &[("session", &crafted)])
            .await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{crafted}");
        assert!(page.contains("That was not found."), "{page}");
    }
    assert!(signed_in(&app, &alex).await, "another user's session stays");
    assert!(signed_in(&app, &mine).await);

    let newer = logto_version() != logto_emulator::LogtoVersion::V1_37;
    let dana = app.user_id("demo").await;
    if newer {
        assert_eq!(logto_sessions(&app, &dana).await, 2);
    }
    let (status, location, _) = app
        .post_form(&mine, "/security/sessions/end", &[("session", &theirs)])
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(location.as_deref(), Some("/security/sessions?done=ended"));
    assert!(!signed_in(&app, &other).await, "the other session is over");
    if newer {
        // The Logto session it signed in with ends too: no silent sign-in back.
        assert_eq!(logto_sessions(&app, &dana).await, 1);
    }
    assert!(signed_in(&app, &mine).await);
    let page = mine.page(&app, "/security/sessions?done=ended").await;
    assert!(page.contains("That session was signed out."));
    assert_eq!(page.matches("Firefox on Linux").count(), 1, "{page}");
}

#[tokio::test]
async fn all_other_sessions_sign_out_at_once() {
    let app = spawn_app(&[]).await;
    let mine = app.signed_in("/").await;
    let others = [app.signed_in("/").await, app.signed_in("/").await];
    let (status, location, _) = app
        .post_form(&mine, "/security/sessions/end-others", &[])
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(
        location.as_deref(),
        Some("/confirm?return_to=%2Fsecurity%2Fsessions")
    );
    app.prove(&mine).await;
    let (status, location, _) = app
        .post_form(&mine, "/security/sessions/end-others", &[])
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(location.as_deref(), Some("/security/sessions?done=others"));
    for other in &others {
        assert!(!signed_in(&app, other).await);
    }
    assert!(signed_in(&app, &mine).await);
}

#[tokio::test]
async fn logto_sessions_are_listed_where_logto_lists_them_and_end_one_by_one() {
    let app = spawn_app(&[]).await;
    let mine = app.signed_in("/").await;
    let _other = app.signed_in("/").await;
    let page = mine.page(&app, "/security/sessions").await;
    if logto_version() == logto_emulator::LogtoVersion::V1_37 {
        assert!(
            page.contains("This Logto server does not list its sessions"),
            "{page}"
        );
        return;
    }
    assert!(page.contains("Apps signed in through it: 1"), "{page}");
    app.prove(&mine).await;
    let page = mine.page(&app, "/security/sessions").await;
    let form = page
        .split("action=\"/security/sessions/logto/end\"")
        .nth(1)
        .expect("a sign-out for the other Logto session");
    let theirs = form
        .split("name=\"session\" value=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .unwrap()
        .to_owned();
    assert_eq!(
        page.matches("action=\"/security/sessions/logto/end\"")
            .count(),
        1,
        "none for the one in use"
    );
    let (status, _, _) = app
        .post_form(
            &mine,
            "/security/sessions/logto/end",
            &[("session", "0123456789abcdef")],
        )
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let id = app.user_id("demo").await;
    assert_eq!(logto_sessions(&app, &id).await, 2);
    let (status, location, _) = app
        .post_form(
            &mine,
            "/security/sessions/logto/end",
            &[("session", &theirs)],
        )
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(location.as_deref(), Some("/security/sessions?done=logto"));
    assert_eq!(logto_sessions(&app, &id).await, 1);
    assert!(signed_in(&app, &mine).await);
}

async fn unlink(
    app: &TestApp,
    browser: &Browser,
    target: &str,
) -> (StatusCode, Option<String>, String) {
    app.post_form(
        browser,
        "/security/identities/unlink",
        &[("target", target)],
    )
    .await
}

#[tokio::test]
async fn a_linked_account_is_unlinked_after_a_proof_unless_it_is_the_last_way_in() {
    let app = spawn_app(&[]).await;
    let browser = app.signed_in("/").await;
    let page = browser.page(&app, "/security").await;
    assert!(page.contains(">GitHub<"), "{page}");
    assert!(
        page.contains(">Dana Demo<"),
        "the account's name there: {page}"
    );
    assert!(page.contains("To unlink an account, confirm it's you first."));

    let (status, location, _) = unlink(&app, &browser, "github").await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(location.as_deref(), Some("/confirm?return_to=%2Fsecurity"));

    app.prove(&browser).await;
    let (status, _, _) = unlink(&app, &browser, "google").await;
    assert_eq!(
        status,
        StatusCode::NOT_FOUND,
        "not linked: nothing to unlink"
    );

    // With no email, phone or username left, GitHub is Dana's only way in.
    let id = app.user_id("demo").await;
    let clear = serde_json::json!({ "primaryEmail": null, "primaryPhone": null, "username": null });
    app.management(Method::PATCH, &format!("/users/{id}"), Some(clear))
        .await;
    let (status, _, page) = unlink(&app, &browser, "github").await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(page.contains("This is your only way to sign in"), "{page}");
    let (_, user) = app
        .management(Method::GET, &format!("/users/{id}"), None)
        .await;
    assert!(user["identities"]["github"].is_object(), "still linked");

    let restore = serde_json::json!({ "primaryEmail": "dana@example.com" });
    app.management(Method::PATCH, &format!("/users/{id}"), Some(restore))
        .await;
    let (status, location, _) = unlink(&app, &browser, "github").await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(location.as_deref(), Some("/security?done=unlinked"));
    let (_, user) = app
        .management(Method::GET, &format!("/users/{id}"), None)
        .await;
    assert_eq!(user["identities"], serde_json::json!({}));
    let page = browser.page(&app, "/security?done=unlinked").await;
    assert!(page.contains("The account was unlinked."));
    assert!(page.contains("No linked accounts."));
}

/// A proof gives the session a new id; a browser that never got the answer carrying it (a dropped
/// connection, an instance that died first) still holds the old one. It stays signed in for a
/// short grace, without the proof, is not listed as another device, and ends with the others.
#[tokio::test]
async fn a_browser_that_missed_its_new_id_stays_signed_in_without_the_proof() {
    let app = spawn_app(&[]).await;
    let browser = app.signed_in("/").await;
    let old = browser.session_cookie(&app).unwrap();
    let lost = holding(&app, &old);
    let old_handle = handle(&app, &lost);
    app.prove(&browser).await;
    assert_ne!(browser.session_cookie(&app).unwrap(), old);

    assert!(
        signed_in(&app, &lost).await,
        "the old id still opens the session"
    );
    let (status, location, _) = app
        .post_form(&lost, "/security/sessions/end-others", &[])
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(
        location.as_deref(),
        Some("/confirm?return_to=%2Fsecurity%2Fsessions"),
        "the proof stays with the new id"
    );
    let page = browser.page(&app, "/security/sessions").await;
    assert_eq!(page.matches("Firefox on Linux").count(), 1, "{page}");
    assert!(!page.contains(&old_handle), "{page}");

    let (status, location, _) = app
        .post_form(&browser, "/security/sessions/end-others", &[])
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(location.as_deref(), Some("/security/sessions?done=others"));
    assert!(!signed_in(&app, &lost).await, "ended with the others");
    assert!(signed_in(&app, &browser).await);
}

/// Signs `other` out from `mine`'s security page (after a proof).
async fn end_from_elsewhere(app: &TestApp, mine: &Browser, other: &Browser) {
    app.prove(mine).await;
    let theirs = handle(app, other);
    let (status, location, _) = app
        .post_form(mine, "/security/sessions/end", &[("session", &theirs)])
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(location.as_deref(), Some("/security/sessions?done=ended"));
}

/// A browser signed out from elsewhere gets back in only with its credentials, wherever its
/// Logto session lives on (Logto 1.37 cannot end it), and removing the demand from the
/// authorization URL does not help; the browser that signed it out stays, with its Logto session
/// still marked as the one in use.
#[tokio::test]
async fn a_browser_signed_out_from_elsewhere_must_enter_its_credentials_again() {
    let app = spawn_app(&[]).await;
    let mine = app.signed_in("/").await;
    let other = app.signed_in("/").await;
    end_from_elsewhere(&app, &mine, &other).await;
    assert!(!signed_in(&app, &other).await);
    assert!(
        other.asked_for_credentials(&app, "/profile").await,
        "signed straight back in"
    );
    // The same demand with `prompt=login` and `max_age` cut out of the URL: where Logto's
    // session lives on, it answers at once, and the app refuses the answer.
    let (_, to_logto) = other.get(&app.url("/sign-in?return_to=/profile")).await;
    let stripped = strip_fresh_demand(&to_logto.unwrap());
    if let Ok(callback) = other.authorize_silently(&stripped).await {
        let (status, location) = other.get(callback.as_str()).await;
        assert_eq!(status, StatusCode::SEE_OTHER);
        assert_eq!(
            location.unwrap().as_str(),
            app.url("/sign-in/failed?reason=not_fresh")
        );
        assert!(!signed_in(&app, &other).await);
        let page = other.page(&app, "/sign-in/failed?reason=not_fresh").await;
        assert!(
            page.contains("This sign-in needs your credentials"),
            "{page}"
        );
    }
    // With credentials it gets back in, and is not asked again next time.
    let (user, password) = app.credentials();
    let callback = other.until_callback(&app, "/", &user, &password).await;
    let (status, location) = other.get(callback.as_str()).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(location.unwrap().as_str(), app.url("/"));
    assert!(signed_in(&app, &other).await);

    assert!(
        signed_in(&app, &mine).await,
        "the browser that signed it out stays"
    );
    if logto_version() != logto_emulator::LogtoVersion::V1_37 {
        let page = mine.page(&app, "/security/sessions").await;
        assert_eq!(page.matches(">This browser<").count(), 2, "{page}");
    }
}

/// The authorization URL without `prompt=login` and `max_age` (what someone in the browser could
/// send instead).
fn strip_fresh_demand(url: &url::Url) -> url::Url {
    let mut stripped = url.clone();
    let pairs: Vec<(String, String)> = url
        .query_pairs()
        .filter(|(k, _)| k != "max_age")
        .map(|(k, v)| {
            let v = if k == "prompt" {
                v.split(' ')
                    .filter(|p| *p != "login")
                    .collect::<Vec<_>>()
                    .join(" ")
            } else {
                v.into_owned()
            };
            (k.into_owned(), v)
        })
        .collect();
    stripped.query_pairs_mut().clear().extend_pairs(pairs);
    stripped
}

/// A stale copy of the session written back under a proof's old id (by a request that loaded it
/// before the proof and saved after: the store upserts) opens nothing once the grace is over.
#[tokio::test]
async fn a_stale_write_under_the_old_id_does_not_bring_it_back() {
    use tower_sessions::SessionStore;
    // No grace: the old id is over the moment the proof is recorded.
    let app = spawn_app(&[("SESSION_PROOF_GRACE_MINUTES", "0.001")]).await;
    let browser = app.signed_in("/").await;
    let old = browser.session_cookie(&app).unwrap();
    let lost = holding(&app, &old);
    let id: tower_sessions::session::Id = old.parse().unwrap();
    let stale = app.sessions.load(&id).await.unwrap().expect("the record");
    app.prove(&browser).await;
    assert!(!signed_in(&app, &lost).await, "no grace");
    // Redis refuses to bring back a key it no longer has (its save only updates): the same end.
    let _ = app.sessions.save(&stale).await;
    assert!(
        !signed_in(&app, &lost).await,
        "the stale copy opens nothing"
    );
    assert!(signed_in(&app, &browser).await);
}

/// Signing out ends the id the proof replaced too, grace or not.
#[tokio::test]
async fn signing_out_ends_the_id_a_proof_replaced() {
    let app = spawn_app(&[]).await;
    let browser = app.signed_in("/").await;
    let old = browser.session_cookie(&app).unwrap();
    let lost = holding(&app, &old);
    app.prove(&browser).await;
    assert!(signed_in(&app, &lost).await, "within its grace");
    let (status, _, _) = app.post_form(&browser, "/sign-out", &[]).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert!(!signed_in(&app, &lost).await, "ended with the session");
}

/// A user Logto has suspended cannot act through the admin token: the next sensitive action ends
/// the session here and says why.
#[tokio::test]
async fn a_suspended_user_is_signed_out_at_the_next_sensitive_action() {
    let app = spawn_app(&[]).await;
    let browser = app.signed_in("/").await;
    let other = app.signed_in("/").await;
    app.prove(&browser).await;
    let id = app.user_id("demo").await;
    let (status, _) = app
        .management(
            Method::PATCH,
            &format!("/users/{id}/is-suspended"),
            Some(serde_json::json!({ "isSuspended": true })),
        )
        .await;
    assert!(status.is_success());
    let (status, location, _) = app
        .post_form(&browser, "/security/sessions/end-others", &[])
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let location = location.unwrap();
    assert_eq!(location, "/sign-in/failed?reason=suspended");
    let page = browser.page(&app, &location).await;
    assert!(page.contains("You were signed out"), "{page}");
    assert!(page.contains("Your account has been suspended"), "{page}");
    assert!(!signed_in(&app, &browser).await, "the session ended");
    assert!(signed_in(&app, &other).await, "nothing else was done");
}

/// A grant revoked at Logto (its session ended there, with its tokens) leaves nothing to act
/// with: the next sensitive action ends the session here too.
#[tokio::test]
async fn a_session_ended_at_logto_cannot_act_through_the_admin_token() {
    if logto_version() == logto_emulator::LogtoVersion::V1_37 {
        return; // no session routes to end it with
    }
    let app = spawn_app(&[]).await;
    let browser = app.signed_in("/").await;
    let other = app.signed_in("/").await;
    app.prove(&browser).await;
    let id = app.user_id("demo").await;
    let path = format!("/users/{id}/sessions");
    let (_, sessions) = app.management(Method::GET, &path, None).await;
    for session in sessions["sessions"].as_array().unwrap() {
        let uid = session["payload"]["uid"].as_str().unwrap();
        app.management(
            Method::DELETE,
            &format!("{path}/{uid}?revokeGrantsTarget=all"),
            None,
        )
        .await;
    }
    app.expire_tokens("access").await;
    let (status, location, page) = app
        .post_form(&browser, "/security/sessions/end-others", &[])
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER, "{page}");
    assert_eq!(
        location.as_deref(),
        Some("/sign-in?return_to=%2Fsecurity%2Fsessions")
    );
    assert!(!signed_in(&app, &browser).await);
    assert!(
        signed_in(&app, &other).await,
        "not signed out by the refused action"
    );
}
