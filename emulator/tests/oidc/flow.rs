use base64::{engine::general_purpose::URL_SAFE_NO_PAD, Engine};
use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

use crate::browser::{auth_url, exchange, param, Browser, SignIn, REDIRECT, WEB_APP, WEB_SECRET};
use crate::support::{assert_error, target};

const DEMO: (&str, &str) = ("demo", "Profile-demo-2026");

fn callback(result: SignIn) -> url::Url {
    match result {
        SignIn::Callback(url) => url,
        SignIn::Page(status, html) => panic!("stayed on a page ({status}): {html}"),
    }
}

fn claims(jwt: &str) -> Value {
    let payload = jwt.split('.').nth(1).unwrap();
    serde_json::from_slice(&URL_SAFE_NO_PAD.decode(payload).unwrap()).unwrap()
}

#[tokio::test]
async fn discovery_document_follows_the_contract() {
    let t = target().await;
    let doc: Value = t
        .http
        .get(t.url("/oidc/.well-known/openid-configuration"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let iss = t.url("/oidc");
    assert_eq!(doc["issuer"], iss);
    assert_eq!(doc["authorization_endpoint"], format!("{iss}/auth"));
    assert_eq!(doc["token_endpoint"], format!("{iss}/token"));
    assert_eq!(doc["userinfo_endpoint"], format!("{iss}/me"));
    assert_eq!(doc["end_session_endpoint"], format!("{iss}/session/end"));
    assert_eq!(doc["jwks_uri"], format!("{iss}/jwks"));
    assert_eq!(doc["code_challenge_methods_supported"], json!(["S256"]));
    assert_eq!(
        doc["id_token_signing_alg_values_supported"],
        json!(["ES384"])
    );
    let jwks = t.http.get(t.url("/oidc/jwks")).send().await.unwrap();
    assert_eq!(jwks.headers()["cache-control"], "no-cache");
    let jwks: Value = jwks.json().await.unwrap();
    assert_eq!(jwks["keys"][0]["crv"], "P-384");
    assert_eq!(jwks["keys"][0]["alg"], "ES384");
}

#[tokio::test]
async fn sign_in_page_refuses_a_wrong_password_then_accepts_the_right_one() {
    let t = target().await;
    let browser = Browser::new();
    match browser
        .sign_in(&auth_url(&t, &[("nonce", "n1")]), "demo", "wrong password")
        .await
    {
        SignIn::Page(status, html) => {
            assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
            assert!(
                html.contains("Incorrect username, email or password."),
                "{html}"
            );
            assert!(html.contains("value=\"demo\""), "keeps what was typed");
        }
        SignIn::Callback(url) => panic!("signed in with a wrong password: {url}"),
    }
    // Email works as identifier too, case-insensitively.
    let url = callback(
        browser
            .sign_in(
                &auth_url(&t, &[("nonce", "n1")]),
                "DANA@example.com",
                DEMO.1,
            )
            .await,
    );
    assert!(url.as_str().starts_with(REDIRECT));
    assert_eq!(param(&url, "state").as_deref(), Some("st4te"));
    assert_eq!(param(&url, "iss"), Some(t.url("/oidc")));
    let code = param(&url, "code").unwrap();

    let (status, tokens) = exchange(&t, &code, None).await;
    assert_eq!(status, StatusCode::OK, "{tokens}");
    assert!(
        tokens.get("refresh_token").is_none(),
        "no offline_access, no refresh token"
    );
    let id = claims(tokens["id_token"].as_str().unwrap());
    assert_eq!(id["iss"], t.url("/oidc"));
    assert_eq!(id["aud"], WEB_APP);
    assert_eq!(id["nonce"], "n1");
    assert_eq!(id["name"], "Dana Demo");
    assert_eq!(id["username"], "demo");
    assert_eq!(id["email"], "dana@example.com");
    assert!(
        id["created_at"].as_i64().unwrap() > 1_600_000_000_000,
        "epoch ms"
    );
    for claim in ["exp", "iat", "at_hash"] {
        assert!(id.get(claim).is_some(), "missing {claim}");
    }
    assert!(
        id.get("auth_time").is_none(),
        "auth_time only when max_age or prompt=login asked for it"
    );
    assert!(
        id.get("sid").is_none(),
        "sid only for a client with back-channel logout (its session required)"
    );

    // Codes are single use.
    let (status, body) = exchange(&t, &code, None).await;
    assert_error(status, &body, 400, "oidc.invalid_grant");
}

#[tokio::test]
async fn pkce_is_verified_and_required_for_public_clients() {
    let t = target().await;
    let verifier = "a-verifier-that-is-long-enough-to-be-valid-0123456789";
    let challenge = URL_SAFE_NO_PAD.encode(ring_sha256(verifier));
    let pkce = [
        ("code_challenge", challenge.as_str()),
        ("code_challenge_method", "S256"),
    ];

    let code = |url: url::Url| param(&url, "code").unwrap();
    let browser = Browser::new();
    let c = code(callback(
        browser.sign_in(&auth_url(&t, &pkce), DEMO.0, DEMO.1).await,
    ));
    let (status, body) = exchange(
        &t,
        &c,
        Some("the-wrong-verifier-the-wrong-verifier-the-wrong"),
    )
    .await;
    assert_error(status, &body, 400, "oidc.invalid_grant");

    let c = code(callback(
        browser.sign_in(&auth_url(&t, &pkce), DEMO.0, DEMO.1).await,
    ));
    let (status, body) = exchange(&t, &c, None).await;
    assert_error(status, &body, 400, "oidc.invalid_grant");

    let c = code(callback(
        browser.sign_in(&auth_url(&t, &pkce), DEMO.0, DEMO.1).await,
    ));
    let (status, body) = exchange(&t, &c, Some(verifier)).await;
    assert_eq!(status, StatusCode::OK, "{body}");

    // `plain` is not supported.
    let (status, location, _) = browser
        .authorize(&auth_url(
            &t,
            &[
                ("code_challenge", &challenge),
                ("code_challenge_method", "plain"),
            ],
        ))
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(
        param(&location.unwrap(), "error").as_deref(),
        Some("invalid_request")
    );
}

fn ring_sha256(s: &str) -> Vec<u8> {
    ring::digest::digest(&ring::digest::SHA256, s.as_bytes())
        .as_ref()
        .to_vec()
}

#[tokio::test]
async fn authorization_errors_never_redirect_to_unregistered_uris() {
    let t = target().await;
    let browser = Browser::new();
    let bad = auth_url(&t, &[]).replace("3000%2Fcallback", "3000%2Fevil");
    let (status, location, html) = browser.authorize(&bad).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(location.is_none());
    assert!(html.contains("invalid_redirect_uri"));

    let (status, location, _) = browser
        .authorize(&auth_url(&t, &[("scope", "profile")]))
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let location = location.unwrap();
    assert!(location.as_str().starts_with(REDIRECT));
    assert_eq!(param(&location, "error").as_deref(), Some("invalid_scope"));
    assert_eq!(param(&location, "state").as_deref(), Some("st4te"));

    let (_, location, _) = browser
        .authorize(&auth_url(&t, &[("prompt", "none")]))
        .await;
    assert_eq!(
        param(&location.unwrap(), "error").as_deref(),
        Some("login_required")
    );
}

#[tokio::test]
async fn sessions_sign_in_silently_unless_prompt_login_or_max_age() {
    let t = target().await;
    let browser = Browser::new();
    callback(browser.sign_in(&auth_url(&t, &[]), DEMO.0, DEMO.1).await);
    // Same browser: straight back with a code.
    let (_, location, _) = browser.authorize(&auth_url(&t, &[])).await;
    assert!(param(&location.unwrap(), "code").is_some());
    let (_, location, _) = browser
        .authorize(&auth_url(&t, &[("prompt", "none")]))
        .await;
    assert!(param(&location.unwrap(), "code").is_some());
    // prompt=login and max_age=0 ask again; login_hint prefills the page.
    let (_, location, _) = browser
        .authorize(&auth_url(
            &t,
            &[("prompt", "login"), ("login_hint", "dana@example.com")],
        ))
        .await;
    let location = location.unwrap();
    assert_eq!(location.path(), "/sign-in");
    let html = browser
        .http
        .get(location.as_str())
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(html.contains("value=\"dana@example.com\""), "{html}");
    t.pass(std::time::Duration::from_millis(1100)).await;
    let (_, location, _) = browser.authorize(&auth_url(&t, &[("max_age", "0")])).await;
    assert_eq!(location.unwrap().path(), "/sign-in");
}

#[tokio::test]
async fn refresh_tokens_need_offline_access_and_consent() {
    let t = target().await;
    let browser = Browser::new();
    let scope = [("scope", "openid profile offline_access")];
    let url = callback(browser.sign_in(&auth_url(&t, &scope), DEMO.0, DEMO.1).await);
    let (_, tokens) = exchange(&t, &param(&url, "code").unwrap(), None).await;
    assert!(
        tokens.get("refresh_token").is_none(),
        "offline_access dropped without prompt=consent"
    );
    assert!(!tokens["scope"].as_str().unwrap().contains("offline_access"));

    let url = callback(
        browser
            .sign_in(
                &auth_url(
                    &t,
                    &[
                        ("scope", "openid profile offline_access"),
                        ("prompt", "consent"),
                    ],
                ),
                DEMO.0,
                DEMO.1,
            )
            .await,
    );
    let (_, tokens) = exchange(&t, &param(&url, "code").unwrap(), None).await;
    let refresh = tokens["refresh_token"]
        .as_str()
        .expect("refresh token")
        .to_owned();

    let res = t
        .http
        .post(t.url("/oidc/token"))
        .basic_auth(WEB_APP, Some(WEB_SECRET))
        .form(&[
            ("grant_type", "refresh_token"),
            ("refresh_token", refresh.as_str()),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    let again: Value = res.json().await.unwrap();
    assert!(again["id_token"].is_string());
    assert_ne!(again["access_token"], tokens["access_token"]);
    // A confidential client keeps its refresh token until 70% of its lifetime has passed.
    assert_eq!(again["refresh_token"], refresh.as_str());

    // Revoked: refused afterwards.
    let res = t
        .http
        .post(t.url("/oidc/token/revocation"))
        .basic_auth(WEB_APP, Some(WEB_SECRET))
        .form(&[("token", refresh.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    let res = t
        .http
        .post(t.url("/oidc/token"))
        .basic_auth(WEB_APP, Some(WEB_SECRET))
        .form(&[
            ("grant_type", "refresh_token"),
            ("refresh_token", refresh.as_str()),
        ])
        .send()
        .await
        .unwrap();
    let status = res.status();
    assert_error(
        status,
        &res.json().await.unwrap(),
        400,
        "oidc.invalid_grant",
    );
}

#[tokio::test]
async fn userinfo_returns_the_claims_of_the_granted_scopes() {
    let t = target().await;
    let (_, users) = t.api(Method::GET, "/api/users?search=demo", None).await;
    let demo_id = users[0]["id"].as_str().unwrap().to_owned();
    t.api(
        Method::PATCH,
        &format!("/api/users/{demo_id}/custom-data"),
        Some(json!({ "customData": { "plan": "pro" } })),
    )
    .await;

    let browser = Browser::new();
    let scope = "openid profile email phone address custom_data identities";
    let url = callback(
        browser
            .sign_in(&auth_url(&t, &[("scope", scope)]), DEMO.0, DEMO.1)
            .await,
    );
    let (_, tokens) = exchange(&t, &param(&url, "code").unwrap(), None).await;
    let access = tokens["access_token"].as_str().unwrap();

    let res = t
        .http
        .get(t.url("/oidc/me"))
        .bearer_auth(access)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    let info: Value = res.json().await.unwrap();
    assert_eq!(info["sub"], demo_id.as_str());
    assert_eq!(info["phone_number"], "14155550100");
    assert_eq!(info["custom_data"], json!({ "plan": "pro" }));
    assert_eq!(
        info["identities"]["github"]["userId"], "4021337",
        "the seeded identity"
    );
    assert_eq!(info["given_name"], "Dana");

    let id = claims(tokens["id_token"].as_str().unwrap());
    assert!(
        id.get("custom_data").is_none(),
        "custom_data stays out of the ID token"
    );

    let res = t
        .http
        .get(t.url("/oidc/me"))
        .bearer_auth("nope")
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::UNAUTHORIZED);
    assert!(res.headers().contains_key("www-authenticate"));
}

/// Logto answers the end-session request with a page whose form confirms the logout (submitted by
/// a script, or by a "Continue" button without JavaScript); the confirmation ends the session and
/// redirects (`../shared/logto/CONTRACT.md` §11).
#[tokio::test]
async fn end_session_confirms_on_a_page_then_redirects_only_to_registered_uris() {
    let t = target().await;
    let browser = Browser::new();
    let url = callback(browser.sign_in(&auth_url(&t, &[]), DEMO.0, DEMO.1).await);
    let (_, tokens) = exchange(&t, &param(&url, "code").unwrap(), None).await;
    let id_token = tokens["id_token"].as_str().unwrap();

    let evil = browser
        .http
        .get(t.url("/oidc/session/end"))
        .query(&[
            ("id_token_hint", id_token),
            ("post_logout_redirect_uri", "https://evil.example/"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(evil.status(), StatusCode::BAD_REQUEST);

    // `client_id` names the client as well as a hint does, without putting the ID token in a URL.
    let res = browser
        .http
        .get(t.url("/oidc/session/end"))
        .query(&[
            ("client_id", WEB_APP),
            ("post_logout_redirect_uri", "http://127.0.0.1:3000/"),
            ("state", "bye"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    let page = res.text().await.unwrap();
    assert!(
        page.contains("<form method=\"post\" action=\"/oidc/session/end/confirm\">"),
        "{page}"
    );
    assert!(page.contains("name=\"logout\" value=\"yes\""), "{page}");
    assert!(
        page.contains("<noscript><button type=\"submit\">Continue</button></noscript>"),
        "{page}"
    );
    assert!(page.contains("document.forms[0].submit()"), "{page}");
    let xsrf = page
        .split("name=\"xsrf\" value=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .unwrap()
        .to_owned();

    // Still signed in until the confirmation.
    let (_, location, _) = browser.authorize(&auth_url(&t, &[])).await;
    assert_eq!(location.unwrap().path(), "/callback");

    let forged = browser
        .http
        .post(t.url("/oidc/session/end/confirm"))
        .form(&[("xsrf", "forged"), ("logout", "yes")])
        .send()
        .await
        .unwrap();
    assert_eq!(forged.status(), StatusCode::BAD_REQUEST);

    let res = browser
        .http
        .post(t.url("/oidc/session/end/confirm"))
        .form(&[("xsrf", xsrf.as_str()), ("logout", "yes")])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        res.headers()["location"],
        "http://127.0.0.1:3000/?state=bye"
    );
    // The Logto session is gone: the next authorization asks to sign in.
    let (_, location, _) = browser.authorize(&auth_url(&t, &[])).await;
    assert_eq!(location.unwrap().path(), "/sign-in");
    // A confirmation is one-shot.
    let again = browser
        .http
        .post(t.url("/oidc/session/end/confirm"))
        .form(&[("xsrf", xsrf.as_str()), ("logout", "yes")])
        .send()
        .await
        .unwrap();
    assert_eq!(again.status(), StatusCode::BAD_REQUEST);
}
