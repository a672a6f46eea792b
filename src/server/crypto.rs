//! Encryption at rest for what the app stores about a user (the tokens in a session, later the
//! sensitive profile fields): AES-256-GCM with a random nonce per value, from `ring`.
//!
//! The key is `FIELD_ENCRYPTION_KEY` (32 bytes, base64). With the embedded development emulator
//! and no key set, one is generated once into the data folder; with a real Logto it is required.
//! Rotation: the new key in `FIELD_ENCRYPTION_KEY`, the old ones in `FIELD_ENCRYPTION_OLD_KEYS`
//! (comma-separated): values sealed with an old key still open, and are sealed again with the
//! new one when next written.

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
    /// Earlier keys: opened with, never sealed with.
    old: Vec<(String, LessSafeKey)>,
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
            old: Vec::new(),
            rng: SystemRandom::new(),
        })
    }

    /// Also opens what `old` (base64 keys, comma-separated) sealed.
    pub fn with_old_keys(mut self, old: &SecretString) -> Result<Sealer, String> {
        for key in old
            .expose_secret()
            .split(',')
            .filter(|k| !k.trim().is_empty())
        {
            let old = Sealer::from_base64(&SecretString::from(key.to_owned()))
                .map_err(|e| e.replace("FIELD_ENCRYPTION_KEY", "FIELD_ENCRYPTION_OLD_KEYS"))?;
            self.old.push((old.kid, old.key));
        }
        Ok(self)
    }

    /// Whether `sealed` was sealed with the current key (else it is sealed again on write).
    pub fn is_current(&self, sealed: &str) -> bool {
        sealed
            .strip_prefix(PREFIX)
            .and_then(|rest| rest.strip_prefix(':'))
            .is_some_and(|rest| rest.starts_with(&format!("{}:", self.kid)))
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
        self.seal_for(plain, "")
    }

    /// The plain bytes, or `None` for anything this key did not seal (or that was altered).
    pub fn open(&self, sealed: &str) -> Option<Vec<u8>> {
        self.open_for(sealed, "")
    }

    /// Sealed for one place (`{user id}/{field}`): it opens only there, so a value copied to
    /// another user's or field's row is refused.
    pub fn seal_for(&self, plain: &[u8], place: &str) -> String {
        let mut nonce = [0u8; NONCE_LEN];
        self.rng
            .fill(&mut nonce)
            .expect("the system's random source");
        let mut data = plain.to_vec();
        self.key
            .seal_in_place_append_tag(
                Nonce::assume_unique_for_key(nonce),
                Aad::from(place.as_bytes()),
                &mut data,
            )
            .expect("sealing cannot fail for in-memory data");
        let mut out = nonce.to_vec();
        out.extend_from_slice(&data);
        format!("{PREFIX}:{}:{}", self.kid, STANDARD.encode(out))
    }

    pub fn open_for(&self, sealed: &str, place: &str) -> Option<Vec<u8>> {
        let mut parts = sealed.splitn(3, ':');
        let (prefix, kid, body) = (parts.next()?, parts.next()?, parts.next()?);
        if prefix != PREFIX {
            return None;
        }
        let key = match kid == self.kid {
            true => &self.key,
            false => &self.old.iter().find(|(old, _)| old == kid)?.1,
        };
        let mut data = STANDARD.decode(body).ok()?;
        if data.len() < NONCE_LEN {
            return None;
        }
        let nonce = Nonce::try_assume_unique_for_key(&data[..NONCE_LEN]).ok()?;
        let mut rest = data.split_off(NONCE_LEN);
        let plain = key
            .open_in_place(nonce, Aad::from(place.as_bytes()), &mut rest)
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
    fn a_rotated_key_still_opens_what_it_sealed() {
        let old = sealer(1);
        let sealed = old.seal(b"DE123456789");
        let old_b64 = STANDARD.encode([1u8; 32]);
        let rotated = sealer(2)
            .with_old_keys(&SecretString::from(format!("{old_b64}, ")))
            .unwrap();
        assert_eq!(rotated.open(&sealed).unwrap(), b"DE123456789");
        assert!(!rotated.is_current(&sealed));
        assert!(rotated.is_current(&rotated.seal(b"x")));
        assert!(sealer(2).open(&sealed).is_none(), "not without the old key");
        let placed = rotated.seal_for(b"v", "user-a/tax_id");
        assert_eq!(rotated.open_for(&placed, "user-a/tax_id").unwrap(), b"v");
        assert!(rotated.open_for(&placed, "user-b/tax_id").is_none());
        assert!(rotated.open(&placed).is_none());
        assert!(sealer(2)
            .with_old_keys(&SecretString::from("c2hvcnQ="))
            .unwrap_err()
            .contains("FIELD_ENCRYPTION_OLD_KEYS"));
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
