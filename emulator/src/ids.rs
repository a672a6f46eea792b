//! Random identifiers and tokens.

use base64::{engine::general_purpose::URL_SAFE_NO_PAD, Engine};
use ring::rand::{SecureRandom, SystemRandom};

const LOWER_ALNUM: &[u8] = b"0123456789abcdefghijklmnopqrstuvwxyz";
const ALNUM: &[u8] = b"0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

pub fn bytes<const N: usize>() -> [u8; N] {
    let mut buf = [0u8; N];
    SystemRandom::new()
        .fill(&mut buf)
        .expect("the system random source works");
    buf
}

/// Logto-style id: `len` characters of `[0-9a-z]`.
pub fn id(len: usize) -> String {
    from_alphabet(LOWER_ALNUM, len)
}

/// Logto's `generateStandardSecret` shape: `len` characters of `[0-9a-zA-Z]`.
pub fn secret(len: usize) -> String {
    from_alphabet(ALNUM, len)
}

fn from_alphabet(alphabet: &[u8], len: usize) -> String {
    // Reject the top of the byte range so every character is equally likely.
    let limit = 256 - 256 % alphabet.len();
    let mut out = String::with_capacity(len);
    while out.len() < len {
        for b in bytes::<32>() {
            if (b as usize) < limit && out.len() < len {
                out.push(alphabet[b as usize % alphabet.len()] as char);
            }
        }
    }
    out
}

/// An unguessable opaque token (256 bits, base64url).
pub fn token() -> String {
    URL_SAFE_NO_PAD.encode(bytes::<32>())
}

/// A six-digit one-time code.
pub fn digits6() -> String {
    let n = u32::from_le_bytes(bytes::<4>()) % 1_000_000;
    format!("{n:06}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_have_logto_shape() {
        let id = id(12);
        assert_eq!(id.len(), 12);
        assert!(id.bytes().all(|b| LOWER_ALNUM.contains(&b)));
        assert_ne!(token(), token());
        assert_eq!(digits6().len(), 6);
    }
}
