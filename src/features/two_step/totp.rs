//! The authenticator-app setup: the `otpauth://` URI as an SVG QR code (the `qrcode` crate), the
//! key in groups of four, and the check of the first code (RFC 6238: SHA-1, 6 digits, 30 s, one
//! step either side) with `totp-rs`.

use qrcode::{render::svg, EcLevel, QrCode};
use totp_rs::{Algorithm, Builder, Secret};

/// A new key: 160 random bits in base32, as Logto makes its own (RFC 6238's recommendation).
pub fn new_secret() -> String {
    use ring::rand::{SecureRandom, SystemRandom};
    let mut bytes = [0u8; 20];
    SystemRandom::new()
        .fill(&mut bytes)
        .expect("the system random source works");
    Secret::new_stack(bytes).to_base32()
}

/// The URI authenticator apps read: the issuer names the service, the account the user.
pub fn otpauth_uri(issuer: &str, account: &str, secret: &str) -> String {
    let enc = |s: &str| url::form_urlencoded::byte_serialize(s.as_bytes()).collect::<String>();
    format!(
        "otpauth://totp/{}:{}?secret={secret}&issuer={}&algorithm=SHA1&digits=6&period=30",
        enc(issuer),
        enc(account),
        enc(issuer)
    )
}

/// An SVG of `text` as a QR code, sized by the page's CSS.
pub fn qr_svg(text: &str) -> Option<String> {
    let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M).ok()?;
    Some(
        code.render::<svg::Color>()
            .min_dimensions(200, 200)
            .quiet_zone(true)
            .build(),
    )
}

/// `JBSWY3DPEHPK3PXP` → `JBSW Y3DP EHPK 3PXP`, easier to type.
pub fn key_groups(secret: &str) -> Vec<String> {
    secret
        .as_bytes()
        .chunks(4)
        .map(|c| String::from_utf8_lossy(c).into_owned())
        .collect()
}

/// Whether `code` is the key's code now (or one step before or after, for slow typing and
/// clocks a little off).
pub fn accepts(secret: &str, code: &str) -> bool {
    let Ok(secret) = Secret::try_from_base32(secret) else {
        return false;
    };
    let digits: String = code.chars().filter(|c| !c.is_whitespace()).collect();
    // Logto's keys are 80 bits: below RFC 4226's recommended 128, so built "noncompliant".
    Builder::new()
        .with_algorithm(Algorithm::SHA1)
        .with_digits(6)
        .with_skew(1)
        .with_step_duration(30)
        .with_secret(secret)
        .build_noncompliant()
        .check_current(&digits)
        .is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_key_is_160_bits_of_base32_and_new_each_time() {
        let key = new_secret();
        assert_eq!(key.len(), 32, "{key}");
        assert!(key
            .bytes()
            .all(|b| b.is_ascii_uppercase() || (b'2'..=b'7').contains(&b)));
        assert_ne!(key, new_secret());
    }

    #[test]
    fn the_uri_names_issuer_and_account_and_draws_as_svg() {
        let uri = otpauth_uri("Logto profile", "dana@example.com", "JBSWY3DPEHPK3PXP");
        assert_eq!(
            uri,
            "otpauth://totp/Logto+profile:dana%40example.com?secret=JBSWY3DPEHPK3PXP\
             &issuer=Logto+profile&algorithm=SHA1&digits=6&period=30"
        );
        let svg = qr_svg(&uri).unwrap();
        assert!(svg.contains("<svg") && svg.contains("</svg>"));
        assert_eq!(
            key_groups("JBSWY3DPEHPK3PXP"),
            ["JBSW", "Y3DP", "EHPK", "3PXP"]
        );
    }

    #[test]
    fn the_current_code_is_accepted_and_others_not() {
        let secret = "JBSWY3DPEHPK3PXPJBSW";
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_secs();
        let totp = Builder::new()
            .with_secret(Secret::try_from_base32(secret).unwrap())
            .build_noncompliant();
        let code = totp.generate(now).to_string();
        assert!(accepts(secret, &code), "{code}");
        assert!(accepts(secret, &format!("{} {}", &code[..3], &code[3..])));
        let wrong = format!("{:06}", (code.parse::<u32>().unwrap() + 1) % 1_000_000);
        assert!(!accepts(secret, &wrong));
        assert!(!accepts("not base32!", &code));
    }
}
