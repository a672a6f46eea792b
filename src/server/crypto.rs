//! Encryption at rest for what the app stores about a user (the tokens in a session, later the
//! sensitive profile fields): AES-256-GCM with a random nonce per value, from `ring`.
//!
//! The key is `FIELD_ENCRYPTION_KEY` (32 bytes, base64). With the embedded development emulator
//! and no key set, one is generated once into the data folder; with a real Logto it is required.

use std::path::Path;

use base64::{engine::general_purpose::STANDARD, Engine};
use ring::{
    aead::{Aad, LessSafeKey, Nonce, UnboundKey, AES_256_GCM, NONCE_LEN},
    digest,
    rand::{SecureRandom, SystemRandom},
};
use secrecy::{ExposeSecret, SecretString};

const PREFIX: &str = "enc1";

pub struct Sealer {
    key: LessSafeKey,
    /// Names the key in each sealed value, so a later key rotation knows which one to open with.
    kid: String,
    rng: SystemRandom,
}

impl std::fmt::Debug for Sealer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Sealer({})", self.kid)
    }
}

impl Sealer {
    /// From a base64 key of 32 bytes.
    pub fn from_base64(key: &SecretString) -> Result<Sealer, String> {
        let bytes = STANDARD
            .decode(key.expose_secret().trim())
            .map_err(|e| format!("FIELD_ENCRYPTION_KEY is not base64: {e}"))?;
        Sealer::from_bytes(&bytes)
    }

    fn from_bytes(bytes: &[u8]) -> Result<Sealer, String> {
        if bytes.len() != 32 {
            return Err(format!(
                "FIELD_ENCRYPTION_KEY must be 32 bytes, not {}",
                bytes.len()
            ));
        }
        let key = UnboundKey::new(&AES_256_GCM, bytes).map_err(|_| "unusable key".to_owned())?;
        let kid: String = digest::digest(&digest::SHA256, bytes).as_ref()[..4]
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        Ok(Sealer {
            key: LessSafeKey::new(key),
            kid,
            rng: SystemRandom::new(),
        })
    }

    /// The development key in `dir`, made on first use. Created beside and linked into place, so
    /// two instances starting at once end up with the same key.
    pub fn development(dir: &Path) -> Result<Sealer, String> {
        let path = dir.join("field-encryption.key");
        if !path.exists() {
            let mut fresh = [0u8; 32];
            SystemRandom::new()
                .fill(&mut fresh)
                .map_err(|_| "no randomness".to_owned())?;
            std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
            let tmp = dir.join(format!("field-encryption.key.{}", std::process::id()));
            std::fs::write(&tmp, STANDARD.encode(fresh)).map_err(|e| format!("{e}"))?;
            restrict(&tmp);
            let _ = std::fs::hard_link(&tmp, &path);
            let _ = std::fs::remove_file(&tmp);
        }
        let text =
            std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        Sealer::from_base64(&SecretString::from(text))
    }

    /// `enc1:{kid}:{base64(nonce ‖ ciphertext ‖ tag)}`.
    pub fn seal(&self, plain: &[u8]) -> String {
        let mut nonce = [0u8; NONCE_LEN];
        self.rng
            .fill(&mut nonce)
            .expect("the system's random source");
        let mut data = plain.to_vec();
        self.key
            .seal_in_place_append_tag(Nonce::assume_unique_for_key(nonce), Aad::empty(), &mut data)
            .expect("sealing cannot fail for in-memory data");
        let mut out = nonce.to_vec();
        out.extend_from_slice(&data);
        format!("{PREFIX}:{}:{}", self.kid, STANDARD.encode(out))
    }

    /// The plain bytes, or `None` for anything this key did not seal (or that was altered).
    pub fn open(&self, sealed: &str) -> Option<Vec<u8>> {
        let mut parts = sealed.splitn(3, ':');
        let (prefix, kid, body) = (parts.next()?, parts.next()?, parts.next()?);
        if prefix != PREFIX || kid != self.kid {
            return None;
        }
        let mut data = STANDARD.decode(body).ok()?;
        if data.len() < NONCE_LEN {
            return None;
        }
        let nonce = Nonce::try_assume_unique_for_key(&data[..NONCE_LEN]).ok()?;
        let mut rest = data.split_off(NONCE_LEN);
        let plain = self
            .key
            .open_in_place(nonce, Aad::empty(), &mut rest)
            .ok()?;
        Some(plain.to_vec())
    }
}

#[cfg(unix)]
/// A short name for a secret identifier that can be shown and posted back without revealing
/// it: the first 16 hex digits of its SHA-256.
pub fn short_digest(secret: &str) -> String {
    let digest = ring::digest::digest(&ring::digest::SHA256, secret.as_bytes());
    digest.as_ref()[..8]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

fn restrict(path: &Path) {
    use std::os::unix::fs::PermissionsExt;
    let _ = std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600));
}

#[cfg(not(unix))]
fn restrict(_path: &Path) {}

#[cfg(test)]
mod tests {
    use super::*;

    fn sealer(byte: u8) -> Sealer {
        Sealer::from_bytes(&[byte; 32]).unwrap()
    }

    #[test]
    fn sealed_values_open_only_with_their_key_and_unaltered() {
        let s = sealer(7);
        let sealed = s.seal(b"refresh-token-value");
        assert!(!sealed.contains("refresh"));
        assert_ne!(
            sealed,
            s.seal(b"refresh-token-value"),
            "a fresh nonce each time"
        );
        assert_eq!(s.open(&sealed).unwrap(), b"refresh-token-value");
        assert!(sealer(8).open(&sealed).is_none());
        let mut altered = sealed.clone();
        altered.pop();
        altered.push(if sealed.ends_with('A') { 'B' } else { 'A' });
        assert!(s.open(&altered).is_none());
        assert!(s.open("plain text").is_none());
        assert!(Sealer::from_base64(&SecretString::from("c2hvcnQ=")).is_err());
    }

    #[test]
    fn the_development_key_is_made_once() {
        let dir = std::env::temp_dir().join(format!("sealer-{}", uuid::Uuid::new_v4()));
        let first = Sealer::development(&dir).unwrap();
        let second = Sealer::development(&dir).unwrap();
        assert_eq!(second.open(&first.seal(b"x")).unwrap(), b"x");
        let _ = std::fs::remove_dir_all(dir);
    }
}
