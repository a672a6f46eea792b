//! Signing in on a real Logto without a browser: what its hosted sign-in page does, through the
//! Experience API (`PUT /api/experience`, password verification, identification, submit), then
//! the redirects back to the client. Shared by the contract suite and the app's tests (`#[path]`),
//! so both drive a real Logto the same way; the emulator has a plain form instead.

use reqwest::{header::LOCATION, Client, StatusCode};
use serde_json::{json, Value};
use url::Url;

/// Whether `location` (where Logto's `/oidc/auth` sent the browser) is Logto's own sign-in page,
/// as opposed to the emulator's (`/sign-in?uid=…`).
pub fn is_experience(location: &Url) -> bool {
    location.path().starts_with("/sign-in") && !location.query_pairs().any(|(k, _)| k == "uid")
}

/// Signs in with a username (or email) and password on the interaction the browser's cookies
/// hold, and follows Logto's redirects until they leave Logto: the client's callback URL.
pub async fn sign_in(http: &Client, logto: &Url, identifier: &str, password: &str) -> Url {
    let api = |path: &str| logto.join(path).unwrap();
    let res = http
        .put(api("/api/experience"))
        .json(&json!({ "interactionEvent": "SignIn" }))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::NO_CONTENT, "PUT /api/experience");
    let kind = if identifier.contains('@') {
        "email"
    } else {
        "username"
    };
    let res = http
        .post(api("/api/experience/verification/password"))
        .json(&json!({ "identifier": { "type": kind, "value": identifier }, "password": password }))
        .send()
        .await
        .unwrap();
    let status = res.status();
    let body: Value = res.json().await.unwrap_or_default();
    assert_eq!(status, StatusCode::OK, "password verification: {body}");
    let res = http
        .post(api("/api/experience/identification"))
        .json(&json!({ "verificationId": body["verificationId"] }))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::NO_CONTENT, "identification");
    let res = http
        .post(api("/api/experience/submit"))
        .send()
        .await
        .unwrap();
    let body: Value = res.json().await.unwrap();
    let mut next = Url::parse(body["redirectTo"].as_str().expect("redirectTo")).unwrap();
    // /oidc/auth/:uid → /consent (granted at once for first-party apps) → /oidc/auth/:uid → client
    for _ in 0..8 {
        if next.origin() != logto.origin() {
            return next;
        }
        next = follow(http, &next)
            .await
            .expect("Logto redirects back to the client");
    }
    panic!("Logto did not send the browser back: {next}");
}

/// GET, and where it redirects to (resolved), if anywhere.
pub async fn follow(http: &Client, url: &Url) -> Option<Url> {
    let res = http.get(url.as_str()).send().await.unwrap();
    let location = res.headers().get(LOCATION)?.to_str().ok()?;
    url.join(location).ok()
}
