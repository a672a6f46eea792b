//! A deliberately misbehaving OpenID provider: it answers every authorization at once and then
//! issues the ID token a test asks for (wrong audience, expired, unsigned, ...).

use std::{
    collections::HashMap,
    net::SocketAddr,
    sync::{Arc, Mutex},
};

use axum::{
    extract::{Query, State},
    response::{IntoResponse, Redirect},
    routing::{get, post},
    Json, Router,
};
use base64::{engine::general_purpose::URL_SAFE_NO_PAD, Engine};
use jsonwebtoken::{Algorithm, EncodingKey, Header};
use ring::{
    rand::SystemRandom,
    signature::{EcdsaKeyPair, KeyPair, ECDSA_P384_SHA384_FIXED_SIGNING},
};
use serde_json::{json, Value};

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Mode {
    Good,
    WrongAudience,
    WrongIssuer,
    Expired,
    BadSignature,
    AlgNone,
    WrongNonce,
    MissingNonce,
    /// HS256, keyed with the provider's public key (the classic algorithm-confusion attack).
    HmacWithPublicKey,
    /// Two audiences, and `azp` names the other client.
    WrongAzp,
    IssuedInTheFuture,
    /// Signed with a key whose `kid` the provider never published.
    UnknownKid,
}

#[derive(Clone)]
struct Idp {
    base: String,
    mode: Arc<Mutex<Mode>>,
    nonce: Arc<Mutex<String>>,
    key: Arc<(EncodingKey, Value)>,
    other_key: Arc<EncodingKey>,
    /// The signing key is no longer published (rotated out, or compromised), though tokens
    /// signed with it still arrive.
    retired: Arc<Mutex<bool>>,
}

pub struct FakeIdp {
    pub endpoint: String,
    mode: Arc<Mutex<Mode>>,
    retired: Arc<Mutex<bool>>,
}

impl FakeIdp {
    pub fn set(&self, mode: Mode) {
        *self.mode.lock().unwrap() = mode;
    }

    /// Stops publishing the key its tokens are signed with.
    pub fn retire_key(&self) {
        *self.retired.lock().unwrap() = true;
    }
}

fn p384() -> (EncodingKey, Value) {
    let rng = SystemRandom::new();
    let pkcs8 = EcdsaKeyPair::generate_pkcs8(&ECDSA_P384_SHA384_FIXED_SIGNING, &rng).unwrap();
    let pair =
        EcdsaKeyPair::from_pkcs8(&ECDSA_P384_SHA384_FIXED_SIGNING, pkcs8.as_ref(), &rng).unwrap();
    let point = pair.public_key().as_ref();
    let jwk = json!({
        "kty": "EC", "crv": "P-384", "alg": "ES384", "use": "sig", "kid": "k1",
        "x": URL_SAFE_NO_PAD.encode(&point[1..49]),
        "y": URL_SAFE_NO_PAD.encode(&point[49..97]),
    });
    (EncodingKey::from_ec_der(pkcs8.as_ref()), jwk)
}

pub async fn start() -> FakeIdp {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr: SocketAddr = listener.local_addr().unwrap();
    let mode = Arc::new(Mutex::new(Mode::Good));
    let retired = Arc::new(Mutex::new(false));
    let idp = Idp {
        retired: retired.clone(),
        base: format!("http://{addr}"),
        mode: mode.clone(),
        nonce: Arc::default(),
        key: Arc::new(p384()),
        other_key: Arc::new(p384().0),
    };
    let router = Router::new()
        .route("/oidc/.well-known/openid-configuration", get(discovery))
        .route("/oidc/jwks", get(jwks))
        .route("/oidc/auth", get(authorize))
        .route("/oidc/token", post(token))
        .with_state(idp);
    tokio::spawn(async move { axum::serve(listener, router).await.unwrap() });
    FakeIdp {
        endpoint: format!("http://{addr}"),
        mode,
        retired,
    }
}

async fn discovery(State(idp): State<Idp>) -> Json<Value> {
    let iss = format!("{}/oidc", idp.base);
    Json(json!({
        "issuer": iss,
        "authorization_endpoint": format!("{iss}/auth"),
        "token_endpoint": format!("{iss}/token"),
        "userinfo_endpoint": format!("{iss}/me"),
        "jwks_uri": format!("{iss}/jwks"),
        "response_types_supported": ["code"],
        "subject_types_supported": ["public"],
        "id_token_signing_alg_values_supported": ["ES384"],
    }))
}

async fn jwks(State(idp): State<Idp>) -> Json<Value> {
    if *idp.retired.lock().unwrap() {
        return Json(json!({ "keys": [] }));
    }
    Json(json!({ "keys": [idp.key.1] }))
}

async fn authorize(
    State(idp): State<Idp>,
    Query(q): Query<HashMap<String, String>>,
) -> impl IntoResponse {
    *idp.nonce.lock().unwrap() = q.get("nonce").cloned().unwrap_or_default();
    let mut url = url::Url::parse(&q["redirect_uri"]).unwrap();
    url.query_pairs_mut()
        .append_pair("code", "fake-code")
        .append_pair("state", &q["state"]);
    Redirect::to(url.as_str())
}

async fn token(State(idp): State<Idp>) -> Json<Value> {
    let mode = *idp.mode.lock().unwrap();
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64;
    let nonce = idp.nonce.lock().unwrap().clone();
    let mut claims = json!({
        "iss": if mode == Mode::WrongIssuer { "https://evil.example/oidc".to_owned() } else { format!("{}/oidc", idp.base) },
        "aud": match mode {
            Mode::WrongAudience => json!("someone-else"),
            Mode::WrongAzp => json!(["profile-web", "someone-else"]),
            _ => json!("profile-web"),
        },
        "sub": "fake-user",
        "name": "Mallory",
        "iat": if mode == Mode::IssuedInTheFuture { now + 3600 } else { now - 10 },
        "exp": if mode == Mode::Expired { now - 5 } else { now + 7200 },
        "nonce": if mode == Mode::WrongNonce { "not-the-nonce".to_owned() } else { nonce },
    });
    if mode == Mode::MissingNonce {
        claims.as_object_mut().unwrap().remove("nonce");
    }
    if mode == Mode::WrongAzp {
        claims["azp"] = json!("someone-else");
    }
    let mut header = Header::new(Algorithm::ES384);
    header.kid = Some(
        if mode == Mode::UnknownKid {
            "k-unknown"
        } else {
            "k1"
        }
        .into(),
    );
    let id_token = match mode {
        Mode::AlgNone => {
            let head = URL_SAFE_NO_PAD.encode(br#"{"alg":"none","typ":"JWT"}"#);
            let body = URL_SAFE_NO_PAD.encode(claims.to_string());
            format!("{head}.{body}.")
        }
        Mode::BadSignature => jsonwebtoken::encode(&header, &claims, &idp.other_key).unwrap(),
        Mode::HmacWithPublicKey => {
            let mut header = Header::new(Algorithm::HS256);
            header.kid = Some("k1".into());
            let public = idp.key.1.to_string();
            let key = jsonwebtoken::EncodingKey::from_secret(public.as_bytes());
            jsonwebtoken::encode(&header, &claims, &key).unwrap()
        }
        _ => jsonwebtoken::encode(&header, &claims, &idp.key.0).unwrap(),
    };
    Json(json!({
        "access_token": "fake-access-token",
        "token_type": "Bearer",
        "expires_in": 3600,
        "id_token": id_token,
    }))
}
