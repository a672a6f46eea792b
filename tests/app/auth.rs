//! Sign-in, sessions and sign-out against the embedded emulator, and every way an ID token can be
//! wrong against a misbehaving provider.

use crate::common::{browser::Browser, fake_idp, spawn_app};
use reqwest::{header, StatusCode};
use serde_json::Value;

#[tokio::test]
async fn full_sign_in_round_trip_cycles_the_session_and_returns_to_the_page() {
    let app = spawn_app(&[]).await;
    let browser = Browser::new();
    assert_eq!(browser.current_user(&app).await, Value::Null);

    let callback = browser
        .until_callback(&app, "/somewhere?x=1", "demo", "Profile-demo-2026")
        .await;
    let before = browser
        .session_cookie(&app)
        .expect("a session holds the pending sign-in");
    let (status, back) = browser.get(callback.as_str()).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(back.unwrap().path(), "/somewhere");
    let after = browser.session_cookie(&app).expect("signed-in session");
    assert_ne!(before, after, "the session id changes at sign-in");

    let user = browser.current_user(&app).await;
    assert_eq!(user["name"], "Dana Demo");
    assert_eq!(user["username"], "demo");

    // The header shows the name on the server-rendered page.
    let html = browser.page(&app, "/").await;
    assert!(html.contains("Dana Demo"), "{html}");
    assert!(html.contains("Sign out"));
}

/// `APP_EMULATOR_LOGTO_VERSION` picks the embedded emulator's Logto release: 1.37 has no session
/// routes, 1.42 has them; sign-in works the same on both.
#[tokio::test]
async fn the_embedded_emulator_imitates_the_configured_logto_release() {
    for (version, sessions_status) in [("1.37", StatusCode::NOT_FOUND), ("1.42", StatusCode::OK)] {
        let app = spawn_app(&[("APP_EMULATOR_LOGTO_VERSION", version)]).await;
        let browser = Browser::new();
        browser.sign_in(&app, "/").await;
        assert_eq!(browser.current_user(&app).await["username"], "demo");
        let demo = app.user_id("demo").await;
        let (status, body) = app
            .management(
                reqwest::Method::GET,
                &format!("/users/{demo}/sessions"),
                None,
            )
            .await;
        assert_eq!(status, sessions_status, "{version}: {body}");
    }
}

#[tokio::test]
async fn sign_out_ends_the_server_session_and_logs_out_at_logto() {
    let app = spawn_app(&[]).await;
    let browser = Browser::new();
    browser.sign_in(&app, "/").await;
    let cookie = browser.session_cookie(&app).unwrap();

    let res = browser
        .http
        .post(app.url("/sign-out"))
        .header(header::ORIGIN, app.origin())
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let location = url::Url::parse(res.headers()[header::LOCATION].to_str().unwrap()).unwrap();
    assert_eq!(location.path(), "/oidc/session/end");
    let params: std::collections::HashMap<_, _> = location.query_pairs().into_owned().collect();
    // The ID token (email, phone, address) never goes into a URL: `client_id` names the app.
    assert!(!params.contains_key("id_token_hint"), "{location}");
    assert_eq!(params["client_id"], app.logto.app_id);
    assert_eq!(
        params["post_logout_redirect_uri"],
        format!("{}/", app.origin())
    );
    // Logto answers with its confirmation page; its form comes back to the app.
    assert_eq!(
        browser.end_logto_session(location.as_str()).await.as_str(),
        format!("{}/", app.origin())
    );

    // The session's refresh token was revoked at Logto.
    assert_eq!(app.emulator_requests("/oidc/token/revocation").await, 1);

    // The old cookie, replayed, grants nothing.
    let replay = reqwest::Client::new()
        .post(app.url("/api/me"))
        .header(header::ORIGIN, app.origin())
        .header(header::COOKIE, format!("profile_session={cookie}"))
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .send()
        .await
        .unwrap();
    assert_eq!(replay.json::<Value>().await.unwrap(), Value::Null);
}

#[tokio::test]
async fn a_tampered_state_is_refused_with_a_clear_page_and_no_session() {
    let app = spawn_app(&[]).await;
    let browser = Browser::new();
    let mut callback = browser
        .until_callback(&app, "/", "demo", "Profile-demo-2026")
        .await;
    let pairs: Vec<(String, String)> = callback
        .query_pairs()
        .map(|(k, v)| {
            let v = if k == "state" {
                "forged".into()
            } else {
                v.into_owned()
            };
            (k.into_owned(), v)
        })
        .collect();
    callback.query_pairs_mut().clear().extend_pairs(pairs);
    let (status, location) = browser.get(callback.as_str()).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let location = location.unwrap();
    assert_eq!(location.as_str(), app.url("/sign-in/failed?reason=state"));
    let html = browser
        .http
        .get(location.as_str())
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(html.contains("refused to protect your account"), "{html}");
    assert_eq!(browser.current_user(&app).await, Value::Null);
}

#[tokio::test]
async fn a_callback_without_a_pending_sign_in_is_refused() {
    let app = spawn_app(&[]).await;
    let browser = Browser::new();
    let (_, location) = browser.get(&app.url("/callback?code=x&state=y")).await;
    assert_eq!(
        location.unwrap().as_str(),
        app.url("/sign-in/failed?reason=expired")
    );
}

#[tokio::test]
async fn return_to_never_leaves_the_site() {
    let app = spawn_app(&[]).await;
    let browser = Browser::new();
    let back = browser.sign_in(&app, "//evil.example/x").await;
    assert_eq!(back.as_str(), app.url("/"));
}

#[tokio::test]
async fn bad_id_tokens_are_refused() {
    use fake_idp::Mode;
    let idp = fake_idp::start().await;
    let app = spawn_app(&[
        ("LOGTO_ENDPOINT", idp.endpoint.as_str()),
        ("LOGTO_APP_ID", "profile-web"),
        ("LOGTO_APP_SECRET", "secret"),
        ("LOGTO_M2M_APP_ID", "m2m"),
        ("LOGTO_M2M_APP_SECRET", "secret"),
    ])
    .await;
    let attempt = |mode| {
        idp.set(mode);
        let browser = Browser::new();
        let app = &app;
        async move {
            let (_, to_idp) = browser.get(&app.url("/sign-in")).await;
            let (_, callback) = browser.get(to_idp.unwrap().as_str()).await;
            let (_, landed) = browser.get(callback.unwrap().as_str()).await;
            (landed.unwrap(), browser.current_user(app).await)
        }
    };

    let (landed, user) = attempt(Mode::Good).await;
    assert_eq!(
        landed.as_str(),
        app.url("/"),
        "the fake provider works when it behaves"
    );
    assert_eq!(user["name"], "Mallory");

    for mode in [
        Mode::WrongNonce,
        Mode::MissingNonce,
        Mode::WrongAudience,
        Mode::WrongAzp,
        Mode::WrongIssuer,
        Mode::Expired,
        Mode::IssuedInTheFuture,
        Mode::BadSignature,
        Mode::HmacWithPublicKey,
        Mode::AlgNone,
        Mode::UnknownKid,
    ] {
        let (landed, user) = attempt(mode).await;
        assert_eq!(
            landed.as_str(),
            app.url("/sign-in/failed?reason=id_token"),
            "{mode:?}"
        );
        assert_eq!(user, Value::Null, "{mode:?} left a session");
    }
}

/// A key Logto stops publishing (rotated out, or compromised) stops being trusted once the
/// cached key set is older than `APP_JWKS_MAX_AGE_SECS` (an hour by default).
#[tokio::test]
async fn a_key_removed_from_the_jwks_stops_being_trusted() {
    let idp = fake_idp::start().await;
    let app = spawn_app(&[
        ("LOGTO_ENDPOINT", idp.endpoint.as_str()),
        ("LOGTO_APP_ID", "profile-web"),
        ("LOGTO_APP_SECRET", "secret"),
        ("LOGTO_M2M_APP_ID", "m2m"),
        ("LOGTO_M2M_APP_SECRET", "secret"),
        ("APP_JWKS_MAX_AGE_SECS", "1"),
    ])
    .await;
    let attempt = || async {
        let browser = Browser::new();
        let (_, to_idp) = browser.get(&app.url("/sign-in")).await;
        let (_, callback) = browser.get(to_idp.unwrap().as_str()).await;
        let (_, landed) = browser.get(callback.unwrap().as_str()).await;
        landed.unwrap()
    };
    assert_eq!(attempt().await.as_str(), app.url("/"));
    idp.retire_key();
    // Within the key set's lifetime the known key still works.
    assert_eq!(attempt().await.as_str(), app.url("/"));
    app.advance(std::time::Duration::from_millis(1100));
    assert_eq!(
        attempt().await.as_str(),
        app.url("/sign-in/failed?reason=id_token")
    );
}

#[tokio::test]
async fn a_key_rotation_at_logto_is_followed_by_re_reading_the_jwks() {
    use logto_emulator::{AppType, Emulator, EmulatorConfig, Seed};
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let origin = format!("http://{}", listener.local_addr().unwrap());
    let mut seed = Seed::demo();
    seed.allow_origin(&origin);
    let emulator = Emulator::start(EmulatorConfig {
        admin: true,
        seed,
        ..EmulatorConfig::default()
    })
    .await
    .unwrap();
    let web = emulator.seed().app(AppType::Traditional).unwrap().clone();
    let m2m = emulator
        .seed()
        .app(AppType::MachineToMachine)
        .unwrap()
        .clone();
    let app = crate::common::spawn_app_on(
        listener,
        &[
            ("LOGTO_ENDPOINT", emulator.endpoint()),
            ("LOGTO_APP_ID", &web.id),
            ("LOGTO_APP_SECRET", &web.secret),
            ("LOGTO_M2M_APP_ID", &m2m.id),
            ("LOGTO_M2M_APP_SECRET", &m2m.secret),
        ],
    )
    .await;

    // The first sign-in caches the discovery document and its keys.
    let first = Browser::new();
    first.sign_in(&app, "/").await;
    assert_eq!(first.current_user(&app).await["username"], "demo");

    let rotated = reqwest::Client::new()
        .post(format!("{}/__emulator/rotate-keys", emulator.endpoint()))
        .send()
        .await
        .unwrap();
    assert!(rotated.status().is_success());

    // ID tokens now carry a kid the cached JWKS lacks.
    let second = Browser::new();
    let landed = second.sign_in(&app, "/").await;
    assert_eq!(landed.as_str(), app.url("/"));
    assert_eq!(second.current_user(&app).await["username"], "demo");
}

/// A stray or cross-site `GET /callback` (no sign-in in progress) must not sign anyone out.
#[tokio::test]
async fn a_stray_callback_keeps_the_signed_in_session() {
    let app = spawn_app(&[]).await;
    let browser = app.signed_in("/").await;
    let res = browser
        .http
        .get(app.url("/callback?code=x&state=y"))
        .header("sec-fetch-site", "cross-site")
        .send()
        .await
        .unwrap();
    assert!(res.status().is_redirection());
    assert_eq!(browser.current_user(&app).await["username"], "demo");
}

/// The idle timeout slides with use: reading pages keeps a signed-in session alive, and only
/// idleness ends it. (A minute here; 30 minutes by default.)
#[tokio::test]
async fn the_idle_timeout_slides_with_use() {
    let app = spawn_app(&[("SESSION_IDLE_MINUTES", "1")]).await;
    let browser = app.signed_in("/").await;
    let pause = |ms| app.advance(std::time::Duration::from_millis(ms));
    pause(40_000);
    assert_eq!(browser.current_user(&app).await["username"], "demo");
    pause(40_000);
    // 80 s after sign-in: alive because it was used 40 s ago.
    assert_eq!(browser.current_user(&app).await["username"], "demo");
    pause(70_000);
    assert_eq!(
        browser.current_user(&app).await,
        Value::Null,
        "idle too long"
    );
}

/// The session store keeps the user's tokens and claims sealed (AES-256-GCM): a copy of the
/// database holds no token, ID token or personal data in plain text.
#[tokio::test]
async fn the_session_store_holds_no_token_or_claim_in_plain_text() {
    let file = std::env::temp_dir().join(format!("sealed-{}.db", uuid_like()));
    let url = format!("sqlite://{}", file.display());
    let app = spawn_app(&[("SESSION_STORE_URL", &url)]).await;
    let browser = app.signed_in("/profile").await;
    assert_eq!(browser.current_user(&app).await["username"], "demo");
    // What a session keeps besides tokens: a proof's code on its way to the current address,
    // a new address waiting for its code.
    let (status, _, _) = app
        .post_form(
            &browser,
            "/confirm/send",
            &[("channel", "email"), ("return_to", "/profile")],
        )
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    app.prove(&browser).await;
    let pending = "pending-new-address@example.com";
    let (status, _, _) = app
        .post_form(&browser, "/security/email/send", &[("address", pending)])
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let mut raw = Vec::new();
    for path in [file.clone(), file.with_extension("db-wal")] {
        raw.extend(std::fs::read(path).unwrap_or_default());
    }
    assert!(!raw.is_empty());
    let text = String::from_utf8_lossy(&raw);
    for plain in [
        // A JWT's header in base64 (`{"alg"`, `{"typ"`, `{"kid"`), whichever comes first: three
        // characters alone turn up by chance in that much sealed base64.
        "eyJhbGci",
        "eyJ0eXAi",
        "eyJraWQi",
        "dana@example.com",
        "Dana Demo",
        "access_token",
        "refresh_token",
        pending,
        "proof.code",
        "oidc.pending",
        // The session index: where and with which browser the session signed in.
        "Firefox",
        "127.0.0.1",
    ] {
        assert!(!text.contains(plain), "{plain} in the session store");
    }
    assert!(text.contains("enc2:"), "the sealed value is there");
}

fn uuid_like() -> String {
    format!(
        "{}-{}",
        std::process::id(),
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_nanos()
    )
}
