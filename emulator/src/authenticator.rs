//! A software passkey for tests, as Chromium's virtual authenticator makes one: a new P-256 key,
//! user present and verified, `none` attestation. It answers a registration's options with the
//! JSON a browser's `PublicKeyCredential.toJSON()` gives, so a test without a browser can add a
//! passkey through the app, and the emulator's (or a real Logto's) checks run on it.

use base64::{engine::general_purpose::URL_SAFE_NO_PAD, Engine};
use ring::{
    digest,
    rand::SystemRandom,
    signature::{EcdsaKeyPair, KeyPair, ECDSA_P256_SHA256_ASN1_SIGNING},
};
use serde_json::{json, Value};

/// Flags: user present, user verified, attested credential data included.
const FLAGS: u8 = 0x01 | 0x04 | 0x40;

/// The browser's answer to `navigator.credentials.create({publicKey: options})` made at
/// `origin`, for the options' `challenge` and `rp.id`.
pub fn register(options: &Value, origin: &str) -> Value {
    let challenge = options["challenge"].as_str().unwrap_or_default();
    let rp_id = options["rp"]["id"].as_str().unwrap_or_default();
    let client_data = json!({
        "type": "webauthn.create",
        "challenge": challenge,
        "origin": origin,
        "crossOrigin": false,
    })
    .to_string();
    let credential_id = crate::ids::bytes::<16>();
    let auth_data = auth_data(rp_id, &credential_id, &public_key());
    let id = URL_SAFE_NO_PAD.encode(credential_id);
    json!({
        "id": id,
        "rawId": id,
        "type": "public-key",
        "response": {
            "clientDataJSON": URL_SAFE_NO_PAD.encode(client_data),
            "attestationObject": URL_SAFE_NO_PAD.encode(attestation_object(&auth_data)),
            "transports": ["internal"],
        },
        "authenticatorAttachment": "platform",
        "clientExtensionResults": { "credProps": { "rk": true } },
    })
}

/// A fresh key's public point, uncompressed (`04 || x || y`).
fn public_key() -> Vec<u8> {
    let rng = SystemRandom::new();
    let pkcs8 = EcdsaKeyPair::generate_pkcs8(&ECDSA_P256_SHA256_ASN1_SIGNING, &rng)
        .expect("a P-256 key can be made");
    EcdsaKeyPair::from_pkcs8(&ECDSA_P256_SHA256_ASN1_SIGNING, pkcs8.as_ref(), &rng)
        .expect("the key just made reads back")
        .public_key()
        .as_ref()
        .to_vec()
}

/// `rpIdHash || flags || signCount || aaguid || credentialIdLength || credentialId ||
/// credentialPublicKey` (WebAuthn §6.1).
fn auth_data(rp_id: &str, credential_id: &[u8], point: &[u8]) -> Vec<u8> {
    let mut data = digest::digest(&digest::SHA256, rp_id.as_bytes())
        .as_ref()
        .to_vec();
    data.push(FLAGS);
    data.extend_from_slice(&0u32.to_be_bytes());
    data.extend_from_slice(&[0; 16]);
    data.extend_from_slice(&(credential_id.len() as u16).to_be_bytes());
    data.extend_from_slice(credential_id);
    data.extend_from_slice(&cose_key(point));
    data
}

/// The COSE_Key of an ES256 public key: `{1: 2, 3: -7, -1: 1, -2: x, -3: y}` in CBOR.
fn cose_key(point: &[u8]) -> Vec<u8> {
    let (x, y) = point[1..].split_at(32);
    let mut key = vec![0xa5, 0x01, 0x02, 0x03, 0x26, 0x20, 0x01, 0x21, 0x58, 0x20];
    key.extend_from_slice(x);
    key.extend_from_slice(&[0x22, 0x58, 0x20]);
    key.extend_from_slice(y);
    key
}

/// `{"fmt": "none", "attStmt": {}, "authData": <bytes>}` in CBOR.
fn attestation_object(auth_data: &[u8]) -> Vec<u8> {
    let mut object = vec![0xa3, 0x63];
    object.extend_from_slice(b"fmt");
    object.push(0x64);
    object.extend_from_slice(b"none");
    object.push(0x67);
    object.extend_from_slice(b"attStmt");
    object.push(0xa0);
    object.push(0x68);
    object.extend_from_slice(b"authData");
    // The shortest length form, as CBOR's canonical encoding wants.
    match u8::try_from(auth_data.len()) {
        Ok(len) => object.extend_from_slice(&[0x58, len]),
        Err(_) => {
            let len = u16::try_from(auth_data.len()).expect("authData is short");
            object.push(0x59);
            object.extend_from_slice(&len.to_be_bytes());
        }
    }
    object.extend_from_slice(auth_data);
    object
}
