//! OpenID Connect Back-Channel Logout (contract §18): when a browser signs out at Logto, each
//! application of that session with a `backchannelLogoutUri` gets a form `POST` of a
//! `logout_token`. On 1.42 the receiver must not be a private address unless Logto runs with
//! `OIDC_PROVIDER_SSRF_PROTECTION_DISABLED=true` (the real-Logto setup starts it so).

use base64::{engine::general_purpose::URL_SAFE_NO_PAD, Engine};
use reqwest::{Method, StatusCode};
use serde_json::{json, Value};
use url::Url;

use crate::browser::{Browser, SignIn};
use crate::hooks::receiver;
use crate::support::target;

const REDIRECT: &str = "http://127.0.0.1:3000/backchannel-callback";

fn jwt_part(token: &str, i: usize) -> Value {
    let part = token.split('.').nth(i).unwrap();
    serde_json::from_slice(&URL_SAFE_NO_PAD.decode(part).unwrap()).unwrap()
}

fn logout_token(body: &[u8]) -> String {
    let form = std::str::from_utf8(body).unwrap();
    url::form_urlencoded::parse(form.as_bytes())
        .find(|(k, _)| k == "logout_token")
        .map(|(_, v)| v.into_owned())
        .expect("a logout_token field")
}

#[tokio::test]
async fn signing_out_at_logto_posts_a_logout_token_to_each_application_of_the_session() {
    let t = target().await;
    let (url, mut rx) = receiver().await;
    let (status, app) = t
        .api(
            Method::POST,
            "/api/applications",
            Some(json!({
                "name": "back-channel contract",
                "type": "Traditional",
                "oidcClientMetadata": {
                    "redirectUris": [REDIRECT],
                    "postLogoutRedirectUris": [],
                    "backchannelLogoutUri": format!("{url}/backchannel-logout"),
                    "backchannelLogoutSessionRequired": true,
                },
            })),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{app}");
    let client_id = app["id"].as_str().unwrap().to_owned();
    let password = crate::sessions::PASSWORD;
    let user = t.create_user(Some(password)).await;

    let mut auth = Url::parse(&t.url("/oidc/auth")).unwrap();
    auth.query_pairs_mut()
        .append_pair("client_id", &client_id)
        .append_pair("redirect_uri", REDIRECT)
        .append_pair("response_type", "code")
        .append_pair("scope", "openid profile")
        .append_pair("state", "bc");
    let browser = Browser::new();
    let signed_in = browser
        .sign_in(auth.as_str(), user["username"].as_str().unwrap(), password)
        .await;
    assert!(matches!(signed_in, SignIn::Callback(_)));

    let page = browser
        .http
        .get(t.url("/oidc/session/end"))
        .query(&[("client_id", client_id.as_str())])
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let xsrf = page
        .split("name=\"xsrf\" value=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("the confirmation form")
        .to_owned();
    let res = browser
        .http
        .post(t.url("/oidc/session/end/confirm"))
        .form(&[("xsrf", xsrf.as_str()), ("logout", "yes")])
        .send()
        .await
        .unwrap();
    assert!(res.status().is_success() || res.status().is_redirection());

    let sub = user["id"].as_str().unwrap().to_owned();
    let got = next_matching_form(&mut rx, &sub).await;
    let header = jwt_part(&got, 0);
    assert_eq!(header["typ"], "logout+jwt", "{header}");
    assert!(header["kid"].is_string(), "{header}");
    let claims = jwt_part(&got, 1);
    assert_eq!(claims["aud"], client_id.as_str(), "{claims}");
    assert_eq!(claims["iss"], t.url("/oidc"), "{claims}");
    assert_eq!(
        claims["events"],
        json!({ "http://schemas.openid.net/event/backchannel-logout": {} })
    );
    assert!(
        claims["jti"].is_string() && claims["iat"].is_i64(),
        "{claims}"
    );
    assert!(claims["sid"].is_string(), "session required: {claims}");
    assert!(claims.get("nonce").is_none(), "{claims}");
    // Measured: two minutes on 1.42.0; no `exp` at all on 1.37.1.
    let exp = claims["exp"].as_i64();
    match t.version {
        logto_emulator::LogtoVersion::V1_37 => assert_eq!(exp, None, "{claims}"),
        logto_emulator::LogtoVersion::V1_42 => {
            assert_eq!(exp, claims["iat"].as_i64().map(|i| i + 120))
        }
    }

    let (status, _) = t
        .api(
            Method::DELETE,
            &format!("/api/applications/{client_id}"),
            None,
        )
        .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
}

/// The logout token for `sub` (the receiver gets forms here, not JSON).
async fn next_matching_form(
    rx: &mut tokio::sync::mpsc::UnboundedReceiver<crate::hooks::Received>,
    sub: &str,
) -> String {
    let wait = async {
        loop {
            let got = rx.recv().await.expect("receiver open");
            let token = logout_token(&got.body);
            if jwt_part(&token, 1)["sub"] == sub {
                return token;
            }
        }
    };
    tokio::time::timeout(std::time::Duration::from_secs(20), wait)
        .await
        .expect("the logout token arrived")
}
