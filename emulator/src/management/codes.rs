//! `/api/verification-codes` and `/verify` (`../shared/logto/CONTRACT.md` §4): 6 digits, 600 s, 10 tries checked
//! before comparing, one-shot, a new code replaces the old, 10 sends per recipient per 600 s
//! (Logto 1.42; 1.37 has no such limit).

use axum::{
    body::Bytes,
    extract::State,
    http::StatusCode,
    response::{IntoResponse, Response},
};
use serde_json::{Map, Value};

use super::{
    json_body,
    validate::{is_digits, is_email, Guard},
};
use crate::{
    ctx::{CodeRecord, Ctx},
    error::ApiError,
    ids,
    model::now_ms,
};

const CODE_TTL_MS: i64 = 600_000;
const MAX_TRIES: u32 = 10;
const SEND_WINDOW_MS: i64 = 600_000;
const SENDS_PER_WINDOW: usize = 10;

/// The identifier in a body: exactly one of `email` / `phone`.
enum Recipient {
    Email(String),
    Phone(String),
}

impl Recipient {
    /// Codes are looked up by the exact string.
    fn code_key(&self) -> String {
        match self {
            Recipient::Email(e) => format!("email:{e}"),
            Recipient::Phone(p) => format!("phone:{p}"),
        }
    }

    /// The rate limit counts per case-folded email.
    fn rate_key(&self) -> String {
        match self {
            Recipient::Email(e) => format!("email:{}", e.to_lowercase()),
            Recipient::Phone(p) => format!("phone:{p}"),
        }
    }
}

/// Logto's guard is a union tried in order, `{email}` then `{phone}`, with other keys dropped: a
/// body with a valid email and a phone sends to the email (measured, `../shared/logto/CONTRACT.md` §11).
fn recipient(guard: &mut Guard, obj: &Map<String, Value>) -> Option<Recipient> {
    let email = obj.get("email");
    let phone = obj.get("phone");
    if let Some(Value::String(e)) = email {
        if is_email(e) {
            return Some(Recipient::Email(e.clone()));
        }
    }
    if let Some(Value::String(p)) = phone {
        if is_digits(p) {
            return Some(Recipient::Phone(p.clone()));
        }
    }
    match (email, phone) {
        (None, None) => guard.fail("", "invalid_union", "Invalid input"),
        (Some(_), _) => guard.fail("email", "invalid_string", "Invalid"),
        (None, Some(_)) => guard.fail("phone", "invalid_string", "Invalid"),
    }
    None
}

pub async fn send(State(ctx): State<Ctx>, body: Bytes) -> Result<Response, ApiError> {
    let body = json_body(&body)?;
    let mut guard = Guard::default();
    let to = guard
        .object(&body)
        .and_then(|obj| recipient(&mut guard, obj));
    guard.finish()?;
    let Some(to) = to else {
        return Err(ApiError::internal());
    };

    let now = now_ms();
    let code = ids::digits6();
    {
        let mut eph = ctx.ephemeral();
        if ctx.version.limits_sends_per_recipient() {
            let sends = eph.sends.entry(to.rate_key()).or_default();
            while sends.front().is_some_and(|t| now - t >= SEND_WINDOW_MS) {
                sends.pop_front();
            }
            if sends.len() >= SENDS_PER_WINDOW {
                return Err(ApiError::new(
                    429,
                    "request.message_rate_limited",
                    "Too many messages sent. Please try again later.",
                ));
            }
            sends.push_back(now);
        }
        // Written before the connector lookup, as Logto does (hence `code_mismatch` after a 501).
        eph.codes.insert(
            to.code_key(),
            CodeRecord {
                code: code.clone(),
                created_at: now,
                tries: 0,
            },
        );
    }
    if !ctx.connectors {
        return Err(ApiError::new(
            501,
            "connector.not_found",
            "Cannot find any available connector of the requested type.",
        ));
    }
    match &to {
        Recipient::Email(e) => ctx.mailbox.send_code("email", e, &code),
        Recipient::Phone(p) => ctx.mailbox.send_code("sms", p, &code),
    }
    Ok(StatusCode::NO_CONTENT.into_response())
}

pub async fn verify(State(ctx): State<Ctx>, body: Bytes) -> Result<Response, ApiError> {
    let body = json_body(&body)?;
    let mut guard = Guard::default();
    let obj = guard.object(&body).cloned().unwrap_or_default();
    let mut identifier = obj.clone();
    identifier.remove("verificationCode");
    let to = recipient(&mut guard, &identifier);
    let code = guard.required_string(&obj, "verificationCode");
    guard.finish()?;
    let (Some(to), Some(code)) = (to, code) else {
        return Err(ApiError::internal());
    };

    let mut eph = ctx.ephemeral();
    let key = to.code_key();
    let Some(record) = eph.codes.get_mut(&key) else {
        return Err(ApiError::new(
            400,
            "verification_code.not_found",
            "Passcode not found. Please send passcode first.",
        ));
    };
    if now_ms() - record.created_at > CODE_TTL_MS {
        return Err(ApiError::new(
            400,
            "verification_code.expired",
            "Passcode has expired. Please resend the passcode.",
        ));
    }
    if record.tries >= MAX_TRIES {
        return Err(ApiError::new(
            400,
            "verification_code.exceed_max_try",
            "Passcode verification attempts limitation exceeded. Please resend the passcode.",
        ));
    }
    if record.code != code {
        record.tries += 1;
        return Err(ApiError::new(
            400,
            "verification_code.code_mismatch",
            "Invalid passcode.",
        ));
    }
    eph.codes.remove(&key);
    Ok(StatusCode::NO_CONTENT.into_response())
}

#[cfg(test)]
mod tests {
    use axum::response::IntoResponse;

    use super::*;
    use crate::EmulatorConfig;

    /// Expiry needs ten minutes of waiting, so it is checked here with an aged code rather than
    /// in the contract suite.
    #[tokio::test]
    async fn a_code_older_than_600_s_is_expired() {
        let addr = std::net::SocketAddr::from(([127, 0, 0, 1], 1));
        let ctx = Ctx::new(addr, &EmulatorConfig::default()).unwrap();
        ctx.ephemeral().codes.insert(
            "email:old@example.com".into(),
            CodeRecord {
                code: "123456".into(),
                created_at: now_ms() - CODE_TTL_MS - 1_000,
                tries: 0,
            },
        );
        let body = Bytes::from(r#"{"email":"old@example.com","verificationCode":"123456"}"#);
        let res = verify(State(ctx), body).await.unwrap_err().into_response();
        assert_eq!(res.status(), StatusCode::BAD_REQUEST);
        let body = axum::body::to_bytes(res.into_body(), 4096).await.unwrap();
        let body: serde_json::Value = serde_json::from_slice(&body).unwrap();
        assert_eq!(body["code"], "verification_code.expired");
    }
}
