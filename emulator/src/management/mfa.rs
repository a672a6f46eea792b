//! `/api/users/:id/mfa-verifications` (`../shared/logto/CONTRACT.md` §10, checked on 1.37 and 1.42 in §11):
//! a TOTP factor is stored at once, unconfirmed; backup codes come in sets of 10; passkeys are
//! only listed and deleted.

use axum::{
    body::Bytes,
    extract::{Path, State},
    http::StatusCode,
    response::{IntoResponse, Response},
    Json,
};
use serde_json::{json, Value};

use super::{json_body, validate::Guard};
use crate::{
    ctx::Ctx,
    error::ApiError,
    ids,
    model::{now_ms, BackupCode, MfaFactor, MfaVerification, User},
};

const BACKUP_CODES: usize = 10;

pub async fn list(State(ctx): State<Ctx>, Path(id): Path<String>) -> Result<Response, ApiError> {
    let user = ctx.user(&id).ok_or_else(ApiError::not_found)?;
    let factors: Vec<Value> = user
        .mfa_verifications
        .iter()
        .map(MfaVerification::to_api)
        .collect();
    Ok(Json(factors).into_response())
}

pub async fn create(
    State(ctx): State<Ctx>,
    Path(id): Path<String>,
    body: Bytes,
) -> Result<Response, ApiError> {
    let body = json_body(&body)?;
    let mut guard = Guard::default();
    let kind = match guard.object(&body).map(|o| o.get("type")) {
        Some(Some(Value::String(t))) if t == "Totp" || t == "BackupCode" => Some(t.clone()),
        Some(_) => {
            guard.fail("type", "invalid_literal", "Invalid literal value");
            None
        }
        None => None,
    };
    // Backup codes may come with the request (`codes`, optional), checked only when given.
    let given_codes = match body.get("codes") {
        Some(Value::Array(items)) if kind.as_deref() == Some("BackupCode") => {
            let strings: Option<Vec<String>> =
                items.iter().map(|v| v.as_str().map(String::from)).collect();
            if strings.is_none() {
                guard.fail("codes", "invalid_type", "Expected string, received other");
            }
            strings
        }
        Some(_) if kind.as_deref() == Some("BackupCode") => {
            guard.fail("codes", "invalid_type", "Expected array, received other");
            None
        }
        _ => None,
    };
    // A TOTP factor may bring its own key (`secret`, optional); Logto checks it only when given.
    let given = match body.get("secret") {
        Some(Value::String(secret)) if kind.as_deref() == Some("Totp") => Some(secret.clone()),
        Some(_) if kind.as_deref() == Some("Totp") => {
            guard.fail("secret", "invalid_type", "Expected string, received other");
            None
        }
        _ => None,
    };
    guard.finish()?;
    let user = ctx.user(&id).ok_or_else(ApiError::not_found)?;
    let factors = &user.mfa_verifications;
    let (factor, answer) = if kind.as_deref() == Some("Totp") {
        if factors
            .iter()
            .any(|f| matches!(f.factor, MfaFactor::Totp { .. }))
        {
            return Err(ApiError::new(
                422,
                "user.totp_already_in_use",
                "TOTP is already in use.",
            ));
        }
        if given.as_deref().is_some_and(|g| !valid_totp_secret(g)) {
            return Err(ApiError::new(
                422,
                "user.totp_secret_invalid",
                "Invalid TOTP secret supplied.",
            ));
        }
        // otplib's `generateSecret(20)`: 160 bits, as RFC 6238 recommends.
        let secret = given.unwrap_or_else(|| base32(&ids::bytes::<20>()));
        let uri = key_uri(&user, &ctx.issuer, &secret);
        let answer = json!({
            "type": "Totp",
            "secret": secret,
            "secretQrCode": format!("data:image/png;base64,{}", qr_png_base64(&uri)),
        });
        (MfaFactor::Totp { secret }, answer)
    } else {
        let unused_set = factors.iter().any(|f| match &f.factor {
            MfaFactor::BackupCode { codes } => codes.iter().any(|c| c.used_at.is_none()),
            _ => false,
        });
        if unused_set {
            return Err(ApiError::new(
                422,
                "user.backup_code_already_in_use",
                "Backup code is already in use.",
            ));
        }
        if !factors
            .iter()
            .any(|f| !matches!(f.factor, MfaFactor::BackupCode { .. }))
        {
            return Err(ApiError::new(
                422,
                "session.mfa.backup_code_can_not_be_alone",
                "Backup code can not be the only MFA factor.",
            ));
        }
        if given_codes.as_ref().is_some_and(|c| !valid_backup_codes(c)) {
            return Err(ApiError::new(
                422,
                "user.wrong_backup_code_format",
                "Backup code format is invalid.",
            ));
        }
        let codes: Vec<String> = given_codes.unwrap_or_else(|| {
            (0..BACKUP_CODES)
                .map(|_| {
                    ids::bytes::<5>()
                        .iter()
                        .map(|b| format!("{b:02x}"))
                        .collect()
                })
                .collect()
        });
        let answer = json!({ "type": "BackupCode", "codes": codes });
        let codes = codes
            .into_iter()
            .map(|code| BackupCode {
                code,
                used_at: None,
            })
            .collect();
        (MfaFactor::BackupCode { codes }, answer)
    };
    ctx.store.write(|s| {
        if let Some(u) = s.users.get_mut(&id) {
            u.mfa_verifications.push(MfaVerification {
                id: ids::id(12),
                created_at: now_ms(),
                factor,
            });
            u.updated_at = now_ms();
        }
    });
    Ok(Json(answer).into_response())
}

pub async fn delete(
    State(ctx): State<Ctx>,
    Path((id, verification_id)): Path<(String, String)>,
) -> Result<Response, ApiError> {
    ctx.user(&id).ok_or_else(ApiError::not_found)?;
    let removed = ctx.store.write(|s| {
        let user = s.users.get_mut(&id)?;
        let at = user
            .mfa_verifications
            .iter()
            .position(|f| f.id == verification_id)?;
        user.mfa_verifications.remove(at);
        user.updated_at = now_ms();
        Some(())
    });
    removed.ok_or_else(ApiError::not_found)?;
    Ok(StatusCode::NO_CONTENT.into_response())
}

/// otplib's `authenticator.keyuri(user, service, secret)`, the service being Logto's host name.
fn key_uri(user: &User, issuer: &str, secret: &str) -> String {
    let service = url::Url::parse(issuer)
        .ok()
        .and_then(|u| u.host_str().map(String::from))
        .unwrap_or_default();
    let account = [
        &user.primary_email,
        &user.primary_phone,
        &user.username,
        &user.name,
    ]
    .into_iter()
    .flatten()
    .next()
    .cloned()
    .unwrap_or_else(|| "Unnamed User".into());
    let enc = |s: &str| url::form_urlencoded::byte_serialize(s.as_bytes()).collect::<String>();
    format!(
        "otpauth://totp/{}:{}?secret={secret}&period=30&digits=6&algorithm=SHA1&issuer={}",
        enc(&service),
        enc(&account),
        enc(&service)
    )
}

/// Logto's `validateBackupCodes`: ten codes of ten hexadecimal digits.
fn valid_backup_codes(codes: &[String]) -> bool {
    codes.len() == BACKUP_CODES
        && codes
            .iter()
            .all(|c| c.len() == 10 && c.bytes().all(|b| b.is_ascii_hexdigit()))
}

/// Logto's `validateTotpSecret`: 16 to 32 characters of RFC 4648 base32 (padding allowed).
fn valid_totp_secret(secret: &str) -> bool {
    let body = secret.trim_end_matches('=');
    let padding = secret.len() - body.len();
    (16..=32).contains(&secret.len())
        && body
            .bytes()
            .all(|b| b.is_ascii_uppercase() || (b'2'..=b'7').contains(&b))
        && matches!(
            (body.len() % 8, padding),
            (0, 0) | (2, 6) | (4, 4) | (5, 3) | (7, 1)
        )
}

/// RFC 4648 base32 without padding, as authenticator apps read TOTP secrets.
fn base32(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 32] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    let mut out = String::new();
    let (mut buffer, mut bits) = (0u32, 0u32);
    for &b in bytes {
        buffer = (buffer << 8) | u32::from(b);
        bits += 8;
        while bits >= 5 {
            bits -= 5;
            out.push(ALPHABET[((buffer >> bits) & 31) as usize] as char);
        }
    }
    if bits > 0 {
        out.push(ALPHABET[((buffer << (5 - bits)) & 31) as usize] as char);
    }
    out
}

/// The QR code of `text` as a black-and-white PNG (4 px per module, a 4-module quiet zone), as
/// `qrcode.toDataURL` gives Logto.
fn qr_png_base64(text: &str) -> String {
    use base64::{engine::general_purpose::STANDARD, Engine};
    let Ok(code) = qrcode::QrCode::new(text.as_bytes()) else {
        return String::new();
    };
    let modules = code.width();
    let colors = code.to_colors();
    let (scale, quiet) = (4, 4);
    let size = (modules + 2 * quiet) * scale;
    let mut raw = Vec::with_capacity(size * (size + 1));
    for y in 0..size {
        raw.push(0); // filter type: none
        for x in 0..size {
            let (mx, my) = (
                (x / scale).wrapping_sub(quiet),
                (y / scale).wrapping_sub(quiet),
            );
            let dark =
                mx < modules && my < modules && colors[my * modules + mx] == qrcode::Color::Dark;
            raw.push(if dark { 0 } else { 255 });
        }
    }
    STANDARD.encode(png_gray(size as u32, &raw))
}

/// A minimal 8-bit greyscale PNG around already filtered scanlines.
fn png_gray(size: u32, scanlines: &[u8]) -> Vec<u8> {
    use std::io::Write;
    fn chunk(out: &mut Vec<u8>, kind: &[u8; 4], data: &[u8]) {
        out.extend_from_slice(&(data.len() as u32).to_be_bytes());
        let mut crc = flate2::Crc::new();
        crc.update(kind);
        crc.update(data);
        out.extend_from_slice(kind);
        out.extend_from_slice(data);
        out.extend_from_slice(&crc.sum().to_be_bytes());
    }
    let mut ihdr = Vec::new();
    ihdr.extend_from_slice(&size.to_be_bytes());
    ihdr.extend_from_slice(&size.to_be_bytes());
    ihdr.extend_from_slice(&[8, 0, 0, 0, 0]); // depth 8, greyscale, deflate, no filter, no interlace
    let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
    let _ = z.write_all(scanlines);
    let idat = z.finish().unwrap_or_default();
    let mut out = b"\x89PNG\r\n\x1a\n".to_vec();
    chunk(&mut out, b"IHDR", &ihdr);
    chunk(&mut out, b"IDAT", &idat);
    chunk(&mut out, b"IEND", &[]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base32_matches_rfc_4648() {
        assert_eq!(base32(b"foobar"), "MZXW6YTBOI");
        assert_eq!(base32(&[0u8; 10]).len(), 16);
    }

    #[test]
    fn qr_codes_are_png_images() {
        use base64::{engine::general_purpose::STANDARD, Engine};
        let png = STANDARD
            .decode(qr_png_base64("otpauth://totp/x:y?secret=ABC"))
            .unwrap();
        assert!(png.starts_with(b"\x89PNG\r\n\x1a\n"));
        assert!(png.ends_with(&[0xAE, 0x42, 0x60, 0x82]), "IEND's CRC");
    }
}
