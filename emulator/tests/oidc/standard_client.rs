//! A standard OIDC library, configured only from the discovery document, accepts the emulator's
//! ID tokens.

use openidconnect::{
    core::{CoreAuthenticationFlow, CoreClient, CoreProviderMetadata},
    AuthorizationCode, ClientId, ClientSecret, CsrfToken, IssuerUrl, Nonce, PkceCodeChallenge,
    RedirectUrl, Scope, TokenResponse,
};

use crate::browser::{param, Browser, SignIn, REDIRECT, WEB_APP, WEB_SECRET};
use crate::support::target;

#[tokio::test]
async fn openidconnect_verifies_id_tokens_from_discovery_alone() {
    let t = target().await;
    let http = openidconnect::reqwest::ClientBuilder::new()
        .redirect(openidconnect::reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let provider =
        CoreProviderMetadata::discover_async(IssuerUrl::new(t.url("/oidc")).unwrap(), &http)
            .await
            .expect("discovery");
    let algs = provider.id_token_signing_alg_values_supported().clone();
    let client = CoreClient::from_provider_metadata(
        provider,
        ClientId::new(WEB_APP.into()),
        Some(ClientSecret::new(WEB_SECRET.into())),
    )
    .set_redirect_uri(RedirectUrl::new(REDIRECT.into()).unwrap());

    let (challenge, verifier) = PkceCodeChallenge::new_random_sha256();
    let (auth_url, csrf, nonce) = client
        .authorize_url(
            CoreAuthenticationFlow::AuthorizationCode,
            CsrfToken::new_random,
            Nonce::new_random,
        )
        .add_scope(Scope::new("profile".into()))
        .add_scope(Scope::new("email".into()))
        .set_pkce_challenge(challenge)
        .url();

    let url = match Browser::new()
        .sign_in(auth_url.as_str(), "demo", "Profile-demo-2026")
        .await
    {
        SignIn::Callback(url) => url,
        SignIn::Page(status, html) => panic!("{status}: {html}"),
    };
    assert_eq!(
        param(&url, "state").as_deref(),
        Some(csrf.secret().as_str())
    );
    let tokens = client
        .exchange_code(AuthorizationCode::new(param(&url, "code").unwrap()))
        .unwrap()
        .set_pkce_verifier(verifier)
        .request_async(&http)
        .await
        .expect("token exchange");
    let id_token = tokens.id_token().expect("an ID token");
    let verifier = client.id_token_verifier().set_allowed_algs(algs);
    let claims = id_token
        .claims(&verifier, &nonce)
        .expect("a valid ID token");
    assert_eq!(claims.email().map(|e| e.as_str()), Some("dana@example.com"));
    assert_eq!(claims.issuer().as_str(), t.url("/oidc"));

    // A nonce mismatch is caught by the library too.
    assert!(id_token
        .claims(&verifier, &Nonce::new("other".into()))
        .is_err());
}
