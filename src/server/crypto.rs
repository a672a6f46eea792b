//! Encryption at rest for what the app stores about a user (everything a session keeps, the
//! sensitive profile fields): AES-256-GCM with a random nonce per value, from `ring`.
//!
//! The key is `FIELD_ENCRYPTION_KEY` (32 bytes, base64). With the embedded development emulator
//! and no key set, one is generated once into the data folder; with a real Logto it is required.
//! Each purpose seals with its own key, derived from that one with HKDF-SHA256 ([`Purpose`]), so
//! a value sealed for one purpose never opens as another's.
//!
//! Rotation: the new key in `FIELD_ENCRYPTION_KEY`, the old ones in `FIELD_ENCRYPTION_OLD_KEYS`
//! (comma-separated): values sealed with an old key still open, and are sealed again with the
//! new one when next written, or all at once by `logto-profile reseal`, which also says when the
//! old key may go. Values from before per-purpose keys (`enc1:`, sealed with the key itself)
//! still open the same way, and are sealed again as `enc2:`.

use std::path::Path;

use base64::{engine::general_purpose::STANDARD, Engine};
use ring::{
    aead::{Aad, LessSafeKey, Nonce, UnboundKey, AES_256_GCM, NONCE_LEN},
    digest, hkdf,
    rand::{SecureRandom, SystemRandom},
};
use secrecy::{ExposeSecret, SecretString};

/// Sealed with a purpose's derived key.
const PREFIX: &str = "enc2";
/// Sealed with the configured key itself (before per-purpose keys): opened, never written.
const LEGACY_PREFIX: &str = "enc1";

/// What a key seals. Each has its own key, derived from the configured one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    /// Everything the session store keeps.
    Sessions,
    /// The sensitive declared profile fields in the app's own database.
    Fields,
    /// The copies of users Logto's webhook pushed (in the shared store).
    Pushed,
    /// Security notices waiting in the outbox.
    Notices,
    /// "This wasn't me" links.
    NotMe,
}

impl Purpose {
    fn info(self) -> &'static [u8] {
        match self {
            Purpose::Sessions => b"logto-profile/sessions/v1",
            Purpose::Fields => b"logto-profile/fields/v1",
            Purpose::Pushed => b"logto-profile/pushed/v1",
            Purpose::Notices => b"logto-profile/notices/v1",
            Purpose::NotMe => b"logto-profile/not-me/v1",
        }
    }
}

/// The configured keys: the current one and those rotated out, as given.
pub struct Keys {
    current: (String, [u8; 32]),
    old: Vec<(String, [u8; 32])>,
}

impl std::fmt::Debug for Keys {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Keys({})", self.current.0)
    }
}

impl Keys {
    /// From a base64 key of 32 bytes.
    pub fn from_base64(key: &SecretString) -> Result<Keys, String> {
        Ok(Keys {
            current: key_from_base64(key, "FIELD_ENCRYPTION_KEY")?,
            old: Vec::new(),
        })
    }

    /// Also opens what `old` (base64 keys, comma-separated) sealed.
    pub fn with_old_keys(mut self, old: &SecretString) -> Result<Keys, String> {
        for key in old
            .expose_secret()
            .split(',')
            .filter(|k| !k.trim().is_empty())
        {
            let key = SecretString::from(key.to_owned());
            self.old
                .push(key_from_base64(&key, "FIELD_ENCRYPTION_OLD_KEYS")?);
        }
        Ok(self)
    }

    /// The development key in `dir`, made on first use. Created beside and linked into place, so
    /// two instances starting at once end up with the same key.
    pub fn development(dir: &Path) -> Result<Keys, String> {
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
        Keys::from_base64(&SecretString::from(text))
    }

    /// Seals and opens for one purpose, with keys derived for it.
    pub fn sealer(&self, purpose: Purpose) -> Sealer {
        let derived = |(kid, raw): &(String, [u8; 32])| (kid.clone(), derive(raw, purpose));
        let raw = |(kid, raw): &(String, [u8; 32])| (kid.clone(), aead_key(raw));
        Sealer {
            kid: self.current.0.clone(),
            key: derive(&self.current.1, purpose),
            old: self.old.iter().map(derived).collect(),
            legacy: std::iter::once(&self.current)
                .chain(&self.old)
                .map(raw)
                .collect(),
            legacy_writer: false,
            rng: SystemRandom::new(),
        }
    }

    /// A sealer that writes the format from before per-purpose keys (`enc1:`, the configured key
    /// itself): what a value stored by an earlier release looks like. Only for tests of reading
    /// such values.
    #[doc(hidden)]
    pub fn legacy_sealer(&self) -> Sealer {
        let mut sealer = self.sealer(Purpose::Fields);
        sealer.key = aead_key(&self.current.1);
        sealer.legacy_writer = true;
        sealer
    }
}

fn key_from_base64(key: &SecretString, name: &str) -> Result<(String, [u8; 32]), String> {
    let bytes = STANDARD
        .decode(key.expose_secret().trim())
        .map_err(|e| format!("{name} is not base64: {e}"))?;
    let bytes: [u8; 32] = bytes
        .as_slice()
        .try_into()
        .map_err(|_| format!("{name} must be 32 bytes, not {}", bytes.len()))?;
    let kid: String = digest::digest(&digest::SHA256, &bytes).as_ref()[..4]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    Ok((kid, bytes))
}

fn aead_key(raw: &[u8; 32]) -> LessSafeKey {
    LessSafeKey::new(UnboundKey::new(&AES_256_GCM, raw).expect("32 bytes make a key"))
}

/// HKDF-SHA256 of the configured key, for one purpose.
fn derive(raw: &[u8; 32], purpose: Purpose) -> LessSafeKey {
    let prk = hkdf::Salt::new(hkdf::HKDF_SHA256, b"logto-profile").extract(raw);
    let info = [purpose.info()];
    let okm = prk
        .expand(&info, &AES_256_GCM)
        .expect("an AES-256 key is a valid HKDF length");
    LessSafeKey::new(UnboundKey::from(okm))
}

pub struct Sealer {
    key: LessSafeKey,
    /// Names the configured key in each sealed value, so a later rotation knows which to open with.
    kid: String,
    /// The purpose's keys derived from the keys rotated out: opened with, never sealed with.
    old: Vec<(String, LessSafeKey)>,
    /// The configured keys themselves, for values from before per-purpose keys.
    legacy: Vec<(String, LessSafeKey)>,
    /// Writes the legacy format ([`Keys::legacy_sealer`]).
    legacy_writer: bool,
    rng: SystemRandom,
}

impl std::fmt::Debug for Sealer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Sealer({})", self.kid)
    }
}

impl Sealer {
    /// Whether `value` is sealed at all (in either format).
    pub fn is_sealed(value: &str) -> bool {
        [PREFIX, LEGACY_PREFIX].iter().any(|p| {
            value
                .strip_prefix(p)
                .is_some_and(|rest| rest.starts_with(':'))
        })
    }

    /// Whether `sealed` was sealed with the current key for this purpose (else it is sealed
    /// again on write, or by `reseal`).
    pub fn is_current(&self, sealed: &str) -> bool {
        sealed.starts_with(&format!("{PREFIX}:{}:", self.kid))
    }

    /// `enc2:{kid}:{base64(nonce ‖ ciphertext ‖ tag)}`.
    pub fn seal(&self, plain: &[u8]) -> String {
        self.seal_for(plain, "")
    }

    /// The plain bytes, or `None` for anything these keys did not seal (or that was altered).
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
        let prefix = if self.legacy_writer {
            LEGACY_PREFIX
        } else {
            PREFIX
        };
        format!("{prefix}:{}:{}", self.kid, STANDARD.encode(out))
    }

    pub fn open_for(&self, sealed: &str, place: &str) -> Option<Vec<u8>> {
        let mut parts = sealed.splitn(3, ':');
        let (prefix, kid, body) = (parts.next()?, parts.next()?, parts.next()?);
        let key = match prefix {
            PREFIX if kid == self.kid && !self.legacy_writer => &self.key,
            PREFIX => &self.old.iter().find(|(old, _)| old == kid)?.1,
            LEGACY_PREFIX => &self.legacy.iter().find(|(old, _)| old == kid)?.1,
            _ => return None,
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

/// 32 random bytes in hex: a fresh secret (e.g. a development webhook's signing key).
pub fn random_token() -> String {
    let mut bytes = [0u8; 32];
    SystemRandom::new()
        .fill(&mut bytes)
        .expect("the system's random source");
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The whole SHA-256 of `bytes` in hex: a name for a body that was seen.
pub fn digest_hex(bytes: &[u8]) -> String {
    ring::digest::digest(&ring::digest::SHA256, bytes)
        .as_ref()
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

    fn keys(byte: u8) -> Keys {
        Keys::from_base64(&SecretString::from(STANDARD.encode([byte; 32]))).unwrap()
    }

    fn sealer(byte: u8) -> Sealer {
        keys(byte).sealer(Purpose::Fields)
    }

    #[test]
    fn sealed_values_open_only_with_their_key_and_unaltered() {
        let s = sealer(7);
        let sealed = s.seal(b"refresh-token-value");
        assert!(!sealed.contains("refresh"));
        assert!(sealed.starts_with("enc2:"));
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
        assert!(Keys::from_base64(&SecretString::from("c2hvcnQ=")).is_err());
    }

    #[test]
    fn each_purpose_has_its_own_key() {
        let keys = keys(7);
        let sessions = keys.sealer(Purpose::Sessions);
        let fields = keys.sealer(Purpose::Fields);
        let sealed = sessions.seal(b"x");
        assert_eq!(sessions.open(&sealed).unwrap(), b"x");
        assert!(
            fields.open(&sealed).is_none(),
            "a session value is no field value"
        );
        assert!(fields.open(&fields.seal(b"y")).is_some());
    }

    #[test]
    fn values_from_before_per_purpose_keys_still_open_and_are_not_current() {
        let keys = keys(5);
        let legacy = keys.legacy_sealer().seal_for(b"DE1", "u/tax_id");
        assert!(legacy.starts_with("enc1:"));
        let fields = keys.sealer(Purpose::Fields);
        assert_eq!(fields.open_for(&legacy, "u/tax_id").unwrap(), b"DE1");
        assert!(!fields.is_current(&legacy));
        assert!(Sealer::is_sealed(&legacy) && Sealer::is_sealed(&fields.seal(b"z")));
        assert!(!Sealer::is_sealed("enc1") && !Sealer::is_sealed("plain"));
    }

    #[test]
    fn a_rotated_key_still_opens_what_it_sealed() {
        let old = sealer(1);
        let sealed = old.seal(b"DE123456789");
        let old_b64 = STANDARD.encode([1u8; 32]);
        let rotated = keys(2)
            .with_old_keys(&SecretString::from(format!("{old_b64}, ")))
            .unwrap()
            .sealer(Purpose::Fields);
        assert_eq!(rotated.open(&sealed).unwrap(), b"DE123456789");
        assert!(!rotated.is_current(&sealed));
        assert!(rotated.is_current(&rotated.seal(b"x")));
        assert!(sealer(2).open(&sealed).is_none(), "not without the old key");
        let placed = rotated.seal_for(b"v", "user-a/tax_id");
        assert_eq!(rotated.open_for(&placed, "user-a/tax_id").unwrap(), b"v");
        assert!(rotated.open_for(&placed, "user-b/tax_id").is_none());
        assert!(rotated.open(&placed).is_none());
        assert!(keys(2)
            .with_old_keys(&SecretString::from("c2hvcnQ="))
            .unwrap_err()
            .contains("FIELD_ENCRYPTION_OLD_KEYS"));
    }

    #[test]
    fn the_development_key_is_made_once() {
        let dir = std::env::temp_dir().join(format!("sealer-{}", uuid::Uuid::new_v4()));
        let first = Keys::development(&dir).unwrap().sealer(Purpose::Sessions);
        let second = Keys::development(&dir).unwrap().sealer(Purpose::Sessions);
        assert_eq!(second.open(&first.seal(b"x")).unwrap(), b"x");
        let _ = std::fs::remove_dir_all(dir);
    }
}
