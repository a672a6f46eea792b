//! A scripted person: follows the authorization redirect, fills in the sign-in page.

use reqwest::{header::LOCATION, StatusCode};
use url::Url;

use crate::support::Target;

pub const WEB_APP: &str = "profile-web";
pub const WEB_SECRET: &str = "profile-web-dev-secret";
pub const REDIRECT: &str = "http://127.0.0.1:3000/callback";

pub struct Browser {
    pub http: reqwest::Client,
}

pub enum SignIn {
    /// Redirected back to the client: the callback URL.
    Callback(Url),
    /// The sign-in page answered again (status, HTML).
    Page(StatusCode, String),
}

impl Browser {
    pub fn new() -> Browser {
        Browser {
            http: reqwest::Client::builder()
                .cookie_store(true)
                .redirect(reqwest::redirect::Policy::none())
                .build()
                .unwrap(),
        }
    }

    /// GET the authorization URL; returns where it redirects to.
    pub async fn authorize(&self, url: &str) -> (StatusCode, Option<Url>, String) {
        let res = self.http.get(url).send().await.unwrap();
        let status = res.status();
        let location = res
            .headers()
            .get(LOCATION)
            .map(|l| Url::parse(url).unwrap().join(l.to_str().unwrap()).unwrap());
        (status, location, res.text().await.unwrap())
    }

    /// Authorize, and sign in on the page if one is shown.
    pub async fn sign_in(&self, url: &str, identifier: &str, password: &str) -> SignIn {
        let (status, location, body) = self.authorize(url).await;
        let location = match location {
            Some(l) => l,
            None => return SignIn::Page(status, body),
        };
        if !location.path().starts_with("/sign-in") {
            return SignIn::Callback(location);
        }
        if crate::experience::is_experience(&location) {
            let back =
                crate::experience::sign_in(&self.http, &location, identifier, password).await;
            return SignIn::Callback(back);
        }
        let page = self.http.get(location.as_str()).send().await.unwrap();
        assert_eq!(page.status(), StatusCode::OK);
        let html = page.text().await.unwrap();
        assert!(html.contains("<form"), "{html}");
        let uid = location
            .query_pairs()
            .find(|(k, _)| k == "uid")
            .map(|(_, v)| v.into_owned())
            .unwrap();
        let res = self
            .http
            .post(location.join("/sign-in").unwrap())
            .form(&[
                ("uid", uid.as_str()),
                ("identifier", identifier),
                ("password", password),
            ])
            .send()
            .await
            .unwrap();
        match res.headers().get(LOCATION) {
            Some(l) => SignIn::Callback(Url::parse(l.to_str().unwrap()).unwrap()),
            None => {
                let status = res.status();
                SignIn::Page(status, res.text().await.unwrap())
            }
        }
    }
}

/// The web application signing in: the emulator's seeded one, or on a real Logto
/// `LOGTO_CONTRACT_APP_ID` / `LOGTO_CONTRACT_APP_SECRET` (its redirect URIs must hold [`REDIRECT`]).
pub fn web_app() -> (String, String) {
    match (
        std::env::var("LOGTO_CONTRACT_APP_ID"),
        std::env::var("LOGTO_CONTRACT_APP_SECRET"),
    ) {
        (Ok(id), Ok(secret)) => (id, secret),
        _ => (WEB_APP.into(), WEB_SECRET.into()),
    }
}

/// The claims of the ID token in a token response (unverified: the tests read what Logto said).
pub fn id_token_claims(tokens: &serde_json::Value) -> serde_json::Value {
    use base64::{engine::general_purpose::URL_SAFE_NO_PAD, Engine};
    let payload = tokens["id_token"]
        .as_str()
        .expect("an ID token")
        .split('.')
        .nth(1)
        .expect("a JWT");
    serde_json::from_slice(&URL_SAFE_NO_PAD.decode(payload).unwrap()).unwrap()
}

pub fn param(url: &Url, key: &str) -> Option<String> {
    url.query_pairs()
        .find(|(k, _)| k == key)
        .map(|(_, v)| v.into_owned())
}

/// An authorization URL for the seeded web app.
pub fn auth_url(t: &Target, extra: &[(&str, &str)]) -> String {
    let mut url = Url::parse(&t.url("/oidc/auth")).unwrap();
    {
        let mut q = url.query_pairs_mut();
        q.append_pair("client_id", &web_app().0)
            .append_pair("redirect_uri", REDIRECT)
            .append_pair("response_type", "code")
            .append_pair("state", "st4te");
        let has_scope = extra.iter().any(|(k, _)| *k == "scope");
        if !has_scope {
            q.append_pair("scope", "openid profile email");
        }
        for (k, v) in extra {
            q.append_pair(k, v);
        }
    }
    url.to_string()
}

/// Exchanges a code at the token endpoint with the web app's credentials.
pub async fn exchange(
    t: &Target,
    code: &str,
    verifier: Option<&str>,
) -> (StatusCode, serde_json::Value) {
    let mut form = vec![
        ("grant_type", "authorization_code"),
        ("code", code),
        ("redirect_uri", REDIRECT),
    ];
    if let Some(v) = verifier {
        form.push(("code_verifier", v));
    }
    let res = t
        .http
        .post(t.url("/oidc/token"))
        .basic_auth(web_app().0, Some(web_app().1))
        .form(&form)
        .send()
        .await
        .unwrap();
    let status = res.status();
    (status, res.json().await.unwrap())
}
