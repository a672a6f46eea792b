//! ES384 (P-384) signing keys: generation, JWKS, signing and verifying JWTs.

use std::{
    collections::HashSet,
    sync::{Arc, Mutex, RwLock},
};

use base64::{
    engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD},
    Engine,
};
use jsonwebtoken::{Algorithm, DecodingKey, EncodingKey, Header, Validation};
use ring::{
    rand::SystemRandom,
    signature::{EcdsaKeyPair, KeyPair, ECDSA_P384_SHA384_FIXED_SIGNING},
};
use serde::{de::DeserializeOwned, Serialize};
use serde_json::{json, Value};

use crate::{
    ids,
    model::{now_ms, StoredKey},
};

struct Signer {
    kid: String,
    encoding: EncodingKey,
    decoding: DecodingKey,
    x: String,
    y: String,
}

/// The published keys; the last one signs. Cheap to clone.
#[derive(Clone)]
pub struct KeySet {
    inner: Arc<RwLock<Arc<Vec<Signer>>>>,
    /// Tokens whose signature was already checked. A P-384 verification was an eighth of a
    /// signed-in page view's CPU (two Management API calls each); keys are only ever added, so a
    /// signature once valid stays valid, while the claims (`exp` above all) are checked every time.
    verified: Arc<Mutex<HashSet<String>>>,
}

/// Past this many the remembered tokens are forgotten at once (M2M tokens live an hour).
const VERIFIED_MAX: usize = 4096;

impl KeySet {
    pub fn load(stored: &[StoredKey]) -> Result<KeySet, String> {
        let signers = stored.iter().map(signer).collect::<Result<Vec<_>, _>>()?;
        Ok(KeySet {
            inner: Arc::new(RwLock::new(Arc::new(signers))),
            verified: Arc::default(),
        })
    }

    fn current(&self) -> Arc<Vec<Signer>> {
        self.inner.read().unwrap_or_else(|e| e.into_inner()).clone()
    }

    /// Adds a freshly generated key that signs from now on; the old ones stay published.
    pub fn rotate(&self) -> Result<StoredKey, String> {
        let stored = generate()?;
        let new = signer(&stored)?;
        let mut guard = self.inner.write().unwrap_or_else(|e| e.into_inner());
        let mut next: Vec<Signer> = Vec::with_capacity(guard.len() + 1);
        for s in guard.iter() {
            next.push(Signer {
                kid: s.kid.clone(),
                encoding: s.encoding.clone(),
                decoding: s.decoding.clone(),
                x: s.x.clone(),
                y: s.y.clone(),
            });
        }
        next.push(new);
        *guard = Arc::new(next);
        Ok(stored)
    }

    pub fn jwks(&self) -> Value {
        let keys: Vec<Value> = self
            .current()
            .iter()
            .rev()
            .map(|s| {
                json!({
                    "kty": "EC", "crv": "P-384", "x": s.x, "y": s.y,
                    "kid": s.kid, "alg": "ES384", "use": "sig",
                })
            })
            .collect();
        json!({ "keys": keys })
    }

    pub fn sign<T: Serialize>(&self, typ: &str, claims: &T) -> String {
        let signers = self.current();
        let signer = signers.last().expect("a signing key exists");
        let mut header = Header::new(Algorithm::ES384);
        header.kid = Some(signer.kid.clone());
        header.typ = Some(typ.to_owned());
        jsonwebtoken::encode(&header, claims, &signer.encoding).expect("ES384 signing works")
    }

    /// Verifies signature, `exp`, `iss` and `aud`; returns the claims.
    pub fn verify<T: DeserializeOwned>(
        &self,
        token: &str,
        issuer: &str,
        audience: &str,
    ) -> Result<T, jsonwebtoken::errors::Error> {
        let mut validation = Validation::new(Algorithm::ES384);
        validation.set_issuer(&[issuer]);
        validation.set_audience(&[audience]);
        validation.leeway = 0;
        self.verify_with(token, &validation)
    }

    /// Verifies the signature with the key named by `kid`, then `validation`'s checks.
    pub fn verify_with<T: DeserializeOwned>(
        &self,
        token: &str,
        validation: &Validation,
    ) -> Result<T, jsonwebtoken::errors::Error> {
        let header = jsonwebtoken::decode_header(token)?;
        if self.lock_verified().contains(token) {
            let mut claims_only = validation.clone();
            claims_only.insecure_disable_signature_validation();
            let key = DecodingKey::from_secret(&[]);
            return Ok(jsonwebtoken::decode::<T>(token, &key, &claims_only)?.claims);
        }
        let signers = self.current();
        let signer = signers
            .iter()
            .find(|s| Some(&s.kid) == header.kid.as_ref())
            .ok_or(jsonwebtoken::errors::ErrorKind::InvalidSignature)?;
        let claims = jsonwebtoken::decode::<T>(token, &signer.decoding, validation)?.claims;
        let mut verified = self.lock_verified();
        if verified.len() >= VERIFIED_MAX {
            verified.clear();
        }
        verified.insert(token.to_owned());
        Ok(claims)
    }

    fn lock_verified(&self) -> std::sync::MutexGuard<'_, HashSet<String>> {
        self.verified.lock().unwrap_or_else(|e| e.into_inner())
    }
}

pub fn generate() -> Result<StoredKey, String> {
    let pkcs8 =
        EcdsaKeyPair::generate_pkcs8(&ECDSA_P384_SHA384_FIXED_SIGNING, &SystemRandom::new())
            .map_err(|_| "could not generate a P-384 key".to_owned())?;
    Ok(StoredKey {
        kid: ids::id(16),
        pkcs8: STANDARD.encode(pkcs8.as_ref()),
        created_at: now_ms(),
    })
}

fn signer(stored: &StoredKey) -> Result<Signer, String> {
    let der = STANDARD
        .decode(&stored.pkcs8)
        .map_err(|e| format!("key {}: {e}", stored.kid))?;
    let pair =
        EcdsaKeyPair::from_pkcs8(&ECDSA_P384_SHA384_FIXED_SIGNING, &der, &SystemRandom::new())
            .map_err(|e| format!("key {}: {e}", stored.kid))?;
    // Uncompressed point: 0x04 || X (48 bytes) || Y (48 bytes).
    let point = pair.public_key().as_ref();
    let (x, y) = (&point[1..49], &point[49..97]);
    let x = URL_SAFE_NO_PAD.encode(x);
    let y = URL_SAFE_NO_PAD.encode(y);
    let decoding = DecodingKey::from_ec_components(&x, &y).map_err(|e| e.to_string())?;
    Ok(Signer {
        kid: stored.kid.clone(),
        encoding: EncodingKey::from_ec_der(&der),
        decoding,
        x,
        y,
    })
}

/// `at_hash`: the left half of the SHA-384 of the access token, base64url (ES384 → SHA-384).
pub fn at_hash(access_token: &str) -> String {
    let digest = ring::digest::digest(&ring::digest::SHA384, access_token.as_bytes());
    URL_SAFE_NO_PAD.encode(&digest.as_ref()[..24])
}

/// PKCE S256: base64url(SHA-256(verifier)).
pub fn pkce_s256(verifier: &str) -> String {
    let digest = ring::digest::digest(&ring::digest::SHA256, verifier.as_bytes());
    URL_SAFE_NO_PAD.encode(digest.as_ref())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Serialize, serde::Deserialize)]
    struct Claims {
        iss: String,
        aud: String,
        exp: i64,
        sub: String,
    }

    #[test]
    fn signs_and_verifies_across_a_rotation() {
        let keys = KeySet::load(&[generate().unwrap()]).unwrap();
        let claims = Claims {
            iss: "http://x/oidc".into(),
            aud: "api".into(),
            exp: crate::model::now_secs() + 60,
            sub: "u".into(),
        };
        let old = keys.sign("JWT", &claims);
        keys.rotate().unwrap();
        let new = keys.sign("JWT", &claims);
        assert_ne!(
            jsonwebtoken::decode_header(&old).unwrap().kid,
            jsonwebtoken::decode_header(&new).unwrap().kid
        );
        for token in [&old, &new] {
            let back: Claims = keys.verify(token, "http://x/oidc", "api").unwrap();
            assert_eq!(back.sub, "u");
        }
        assert!(keys
            .verify::<Claims>(&new, "http://other/oidc", "api")
            .is_err());
        assert!(keys
            .verify::<Claims>(&new, "http://x/oidc", "other")
            .is_err());
        // Remembering a valid token does not let another signature (or none) through.
        let (body, _) = new.rsplit_once('.').unwrap();
        let (_, other_signature) = old.rsplit_once('.').unwrap();
        for forged in [format!("{body}.{other_signature}"), format!("{body}.")] {
            assert!(keys
                .verify::<Claims>(&forged, "http://x/oidc", "api")
                .is_err());
        }
        assert_eq!(keys.jwks()["keys"].as_array().unwrap().len(), 2);
    }

    #[test]
    fn pkce_is_base64url_sha256_of_the_verifier() {
        // Expected value computed independently with Python's hashlib + base64.
        assert_eq!(
            pkce_s256("dBjftJeZ4CVP-mB92K9uhvtwbnUgEnwSS1tjV73-Yz8"),
            "8hNd-knrU6Gf_gIN066mukKjlu6pD6ntlUKzpmEk7c4"
        );
    }
}
