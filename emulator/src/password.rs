//! Password hashing (Argon2i, as Logto stores it) and Logto's default password policy.

use std::sync::OnceLock;

use argon2::{
    password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString},
    Algorithm, Argon2, Params, Version,
};
use serde_json::{json, Value};

use crate::{ids, model::User};

fn argon2() -> Argon2<'static> {
    let params = Params::new(4096, 3, 1, None).expect("static Argon2 parameters are valid");
    Argon2::new(Algorithm::Argon2i, Version::V0x13, params)
}

pub fn hash(password: &str) -> String {
    let salt = SaltString::encode_b64(&ids::bytes::<16>()).expect("16 bytes make a valid salt");
    argon2()
        .hash_password(password.as_bytes(), &salt)
        .expect("Argon2 hashing works")
        .to_string()
}

/// Constant-effort check: a user without a password still costs one Argon2 run, so timing
/// does not tell "wrong password" from "no password".
pub fn verify(password: &str, digest: Option<&str>) -> bool {
    static DECOY: OnceLock<String> = OnceLock::new();
    let decoy = DECOY.get_or_init(|| hash("decoy password that never matches"));
    let (digest, real) = match digest {
        Some(d) => (d, true),
        None => (decoy.as_str(), false),
    };
    let Ok(parsed) = PasswordHash::new(digest) else {
        return false;
    };
    let matched = argon2()
        .verify_password(password.as_bytes(), &parsed)
        .is_ok();
    real && matched
}

const MIN_LENGTH: usize = 8;
const MAX_LENGTH: usize = 256;
const MIN_CHARACTER_TYPES: usize = 1;
const RUN: usize = 3;
const SYMBOLS: &str = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~ ";
const SEQUENCES: &[&str] = &[
    "abcdefghijklmnopqrstuvwxyz",
    "0123456789",
    "qwertyuiop",
    "asdfghjkl",
    "zxcvbnm",
];

/// Stands in for the HaveIBeenPwned check, which needs the internet.
const COMMON_PASSWORDS: &[&str] = &[
    "123456",
    "123456789",
    "12345678",
    "password",
    "qwerty123",
    "qwerty1",
    "111111",
    "12345",
    "secret",
    "123123",
    "1234567890",
    "1234567",
    "000000",
    "qwerty",
    "abc123",
    "password1",
    "iloveyou",
    "11111111",
    "dragon",
    "monkey",
    "123123123",
    "123321",
    "qwertyuiop",
    "00000000",
    "password123",
    "654321",
    "666666",
    "1q2w3e4r",
    "superman",
    "1qaz2wsx",
    "baseball",
    "7777777",
    "football",
    "princess",
    "letmein",
    "welcome",
    "welcome1",
    "sunshine",
    "shadow",
    "master",
    "trustno1",
    "passw0rd",
    "p@ssw0rd",
    "p@ssword",
    "admin",
    "admin123",
    "administrator",
    "login",
    "starwars",
    "whatever",
    "zaq12wsx",
    "charlie",
    "michael",
    "jennifer",
    "hunter2",
    "freedom",
    "mustang",
    "batman",
    "access",
    "flower",
    "hello123",
    "loveme",
    "ashley",
    "bailey",
    "solo",
    "abcd1234",
    "1234qwer",
    "qazwsx",
    "changeme",
    "letmein1",
    "q1w2e3r4",
    "asdfghjkl",
    "asdf1234",
    "zxcvbnm",
    "computer",
    "internet",
    "summer2024",
    "winter2024",
    "spring2025",
    "autumn2025",
    "Password1",
    "Password123",
    "Passw0rd!",
    "P@ssw0rd",
    "Welcome1!",
    "Qwerty123!",
    "logto123",
];

/// The policy `check` applies, as Logto's sign-in experience states it (`passwordPolicy`).
pub fn policy() -> Value {
    json!({
        "length": { "min": MIN_LENGTH, "max": MAX_LENGTH },
        "characterTypes": { "min": MIN_CHARACTER_TYPES },
        "rejects": {
            "pwned": true,
            "repetitionAndSequence": true,
            "userInfo": true,
            "words": [],
        },
    })
}

/// Logto's default policy (`core-kit` password policy with the seeded `{}`): returns the issues
/// in Logto's shape, empty when the password passes.
pub fn check(password: &str, user: Option<&User>) -> Vec<Value> {
    let mut issues = Vec::new();
    let length = password.chars().count();
    if length < MIN_LENGTH {
        issues.push(json!({ "code": "password_rejected.too_short", "interpolation": { "min": MIN_LENGTH } }));
    } else if length > MAX_LENGTH {
        issues.push(
            json!({ "code": "password_rejected.too_long", "interpolation": { "max": MAX_LENGTH } }),
        );
    }

    let mut types = [false; 4];
    let mut unsupported = false;
    for c in password.chars() {
        match c {
            'a'..='z' => types[0] = true,
            'A'..='Z' => types[1] = true,
            '0'..='9' => types[2] = true,
            c if SYMBOLS.contains(c) => types[3] = true,
            _ => unsupported = true,
        }
    }
    if unsupported {
        issues.push(json!({ "code": "password_rejected.unsupported_characters" }));
    }
    if types.iter().filter(|t| **t).count() < MIN_CHARACTER_TYPES {
        issues.push(json!({ "code": "password_rejected.character_types", "interpolation": { "min": MIN_CHARACTER_TYPES } }));
    }
    if has_repetition(password) {
        issues.push(json!({ "code": "password_rejected.restricted.repetition" }));
    }
    if has_sequence(password) {
        issues.push(json!({ "code": "password_rejected.restricted.sequence" }));
    }
    let lower = password.to_lowercase();
    if COMMON_PASSWORDS.iter().any(|p| p.to_lowercase() == lower) {
        issues.push(json!({ "code": "password_rejected.pwned" }));
    }
    if let Some(user) = user {
        if contains_user_info(&lower, user) {
            issues.push(json!({ "code": "password_rejected.restricted.user_info" }));
        }
    }
    issues
}

fn has_repetition(password: &str) -> bool {
    let chars: Vec<char> = password.chars().collect();
    chars.windows(RUN).any(|w| w.iter().all(|c| *c == w[0]))
}

fn has_sequence(password: &str) -> bool {
    let lower: Vec<char> = password.to_lowercase().chars().collect();
    lower.windows(RUN).any(|w| {
        let run: String = w.iter().collect();
        let reversed: String = w.iter().rev().collect();
        SEQUENCES
            .iter()
            .any(|seq| seq.contains(&run) || seq.contains(&reversed))
    })
}

fn contains_user_info(lower_password: &str, user: &User) -> bool {
    let mut values: Vec<String> = Vec::new();
    if let Some(name) = &user.name {
        values.push(name.to_lowercase().replace(' ', ""));
        values.extend(name.split_whitespace().map(str::to_lowercase));
    }
    if let Some(username) = &user.username {
        values.push(username.to_lowercase());
    }
    if let Some(email) = &user.primary_email {
        if let Some(local) = email.split('@').next() {
            values.push(local.to_lowercase());
        }
    }
    if let Some(phone) = &user.primary_phone {
        values.push(phone.clone());
    }
    values
        .iter()
        .filter(|v| v.chars().count() >= RUN)
        .any(|v| lower_password.contains(v.as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn codes(password: &str, user: Option<&User>) -> Vec<String> {
        check(password, user)
            .iter()
            .map(|i| i["code"].as_str().unwrap().to_owned())
            .collect()
    }

    #[test]
    fn hashes_verify_and_decoy_never_matches() {
        let digest = hash("correct horse");
        assert!(digest.starts_with("$argon2i$"));
        assert!(verify("correct horse", Some(&digest)));
        assert!(!verify("wrong horse", Some(&digest)));
        assert!(!verify("decoy password that never matches", None));
    }

    #[test]
    fn policy_reports_each_failed_rule() {
        assert_eq!(codes("Gx7#kq", None), ["password_rejected.too_short"]);
        assert!(codes("Vt9!mzQ2pL", None).is_empty());
        assert_eq!(
            codes("Vt9!mzQ2pLaaa", None),
            ["password_rejected.restricted.repetition"]
        );
        assert_eq!(
            codes("Vt9!mzQ2pLabc", None),
            ["password_rejected.restricted.sequence"]
        );
        assert_eq!(
            codes("Vt9!mzQ2pL321", None),
            ["password_rejected.restricted.sequence"]
        );
        assert_eq!(
            codes("Vt9!mzQ2pLé", None),
            ["password_rejected.unsupported_characters"]
        );
        assert!(codes("password", None).contains(&"password_rejected.pwned".to_owned()));
        assert_eq!(
            codes(&"Ab1!".repeat(65), None),
            ["password_rejected.too_long"]
        );
    }

    #[test]
    fn policy_rejects_user_info() {
        let user: User = serde_json::from_value(json!({
            "id": "u1", "username": "alice_w", "primaryEmail": "alice@example.com",
            "primaryPhone": null, "name": "Alice Wonder", "avatar": null, "customData": {},
            "identities": {}, "profile": {}, "applicationId": null, "isSuspended": false,
            "lastSignInAt": null, "createdAt": 0, "updatedAt": 0, "passwordDigest": null
        }))
        .unwrap();
        assert_eq!(
            codes("xWonder!92", Some(&user)),
            ["password_rejected.restricted.user_info"]
        );
        assert!(codes("Vt9!mzQ2pL", Some(&user)).is_empty());
    }
}
