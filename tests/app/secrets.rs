//! No secret, token or password in any page or in the debug log of a whole journey (sign in,
//! every page, a save, sign out). The WASM and JS are scanned by `scripts/scan-secrets.sh`.

use std::sync::{Arc, Mutex};

use reqwest::header;
use serde_json::json;

use crate::common::spawn_app;

/// The emulator's demo secrets and passwords: what a leak would look like.
const SECRETS: &[&str] = &[
    "profile-web-dev-secret",
    "profile-m2m-dev-secret",
    "Profile-demo-2026",
    "Profile-alex-2026",
    // Typed into the password forms during the journey.
    "Wrong-Guess-For-The-Log-1",
    "Lantern-Quarry-6150",
    "Zq9!",
];

#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl std::io::Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[tokio::test]
async fn no_secret_token_or_password_in_pages_or_the_debug_log() {
    let captured = Captured::default();
    let sink = captured.clone();
    tracing_subscriber::fmt()
        .with_env_filter("debug")
        .with_ansi(false)
        .with_writer(move || sink.clone())
        .init();

    let app = spawn_app(&[]).await;
    let browser = app.signed_in("/profile").await;
    let mut pages = String::new();
    for path in ["/", "/profile", "/sign-in/failed?reason=state", "/nowhere"] {
        let res = browser.http.get(app.url(path)).send().await.unwrap();
        pages.push_str(&res.text().await.unwrap());
    }
    let (_, view) = app.call(&browser, "profile/cached", json!({})).await;
    let mut edited = view["form"].clone();
    edited["nickname"] = json!("Scanner");
    let (status, _) = app
        .call(
            &browser,
            "profile/save",
            json!({ "original": view["form"], "edited": edited }),
        )
        .await;
    assert!(status.is_success());
    let (_, fresh) = app.call(&browser, "profile/fresh", json!({})).await;
    pages.push_str(&fresh.to_string());
    // The password journey: a wrong proof, a refused password, a code proof, the change.
    for (path, fields) in [
        (
            "/confirm/password",
            vec![
                ("password", "Wrong-Guess-For-The-Log-1"),
                ("return_to", "/"),
            ],
        ),
        (
            "/security/password",
            vec![
                ("current", "Profile-demo-2026"),
                ("new", "Zq9!"),
                ("repeat", "Zq9!"),
            ],
        ),
        (
            "/confirm/send",
            vec![("channel", "email"), ("return_to", "/security/password")],
        ),
        (
            "/security/password",
            vec![
                ("new", "Lantern-Quarry-6150"),
                ("repeat", "Lantern-Quarry-6150"),
                ("sign_out_others", "on"),
            ],
        ),
    ] {
        let (status, _, body) = app.post_form(&browser, path, &fields).await;
        assert!(status.is_success() || status.is_redirection() || status.is_client_error());
        pages.push_str(&body);
    }
    pages.push_str(&browser.page(&app, "/security/password?done=changed").await);
    let res = browser
        .http
        .post(app.url("/sign-out"))
        .header(header::ORIGIN, app.origin())
        .send()
        .await
        .unwrap();
    let to_logto = res.headers()[header::LOCATION].to_str().unwrap().to_owned();
    browser.end_logto_session(&to_logto).await;

    let log = String::from_utf8(captured.0.lock().unwrap().clone()).unwrap();
    assert!(log.contains("signed in"), "the journey was logged: {log}");
    for secret in SECRETS {
        assert!(!pages.contains(secret), "{secret} in a page");
        // The development banner names the demo sign-ins on purpose, and only there.
        for line in log.lines().filter(|l| l.contains(secret)) {
            assert!(line.contains("sign in as"), "{secret} logged: {line}");
        }
    }
    // JWTs (ID, access, M2M tokens) start with `eyJ`; refresh tokens and codes never appear
    // in a page or a log line either.
    assert!(!pages.contains("eyJ"), "a JWT in a page");
    assert!(!log.contains("eyJ"), "a JWT in the log");
    assert!(
        !log.contains("code=") && !log.contains("refresh_token"),
        "{log}"
    );
}
