//! The proofs of identity: a current password, or a code sent to the user's own email or phone.
//! Each is throttled (`server::throttle`) before Logto is asked.

use serde::{Deserialize, Serialize};

use super::{api::Sent, Channel, ConfirmOptions};
use crate::i18n;
use crate::server::{
    auth::AuthSession,
    context::RequestCtx,
    error::ServerError,
    logto::{LogtoError, LogtoUser, Recipient},
    throttle,
};

/// The code on its way in this session: where it went (the session is server-side).
const CODE_KEY: &str = "proof.code";
/// The wait before another code may be asked for the same address.
pub const RESEND_SECS: i64 = 60;
/// How long a sent code stays worth entering (Logto's default expiry).
const CODE_LIFETIME_SECS: i64 = 10 * 60;

#[derive(Debug, Clone, Serialize, Deserialize)]
struct CodeSent {
    channel: Channel,
    to: String,
    at: i64,
}

/// The key one session's counters go by: the same across the session's id cycles.
pub fn session_subject(auth: &AuthSession) -> String {
    format!("{}:{}", auth.user_id, auth.id_token)
}

// The code steps every flow shares (this proof, and the email/phone change).

pub fn recipient(channel: Channel, to: &str) -> Recipient {
    match channel {
        Channel::Email => Recipient::Email(to.to_owned()),
        Channel::Phone => Recipient::Phone(to.to_owned()),
    }
}

/// Refuses another send to the same address within 60 s of the last one (sent at `at`).
pub fn resend_wait(at: i64, now: i64) -> Result<(), ServerError> {
    let wait = at + RESEND_SECS - now;
    if wait > 0 {
        return Err(ServerError::Throttled {
            limit: "resend",
            retry_after_secs: wait as u64,
        });
    }
    Ok(())
}

/// Sends a code to `to`, within the limits of the session, the address, the user and the
/// request's IP (texts have their own, lower, daily limits).
pub async fn send_limited(
    ctx: &RequestCtx,
    auth: &AuthSession,
    channel: Channel,
    to: &str,
) -> Result<(), ServerError> {
    let session = session_subject(auth);
    let recipient_key = to.to_lowercase();
    let user = auth.user_id.as_str();
    let ip = ctx.client.ip_text();
    let mut limits = vec![
        (&throttle::CODE_SENDS_PER_SESSION, session.as_str()),
        (&throttle::CODE_SENDS_PER_RECIPIENT, recipient_key.as_str()),
        (&throttle::CODE_SENDS_PER_USER_HOUR, user),
        (&throttle::CODE_SENDS_PER_USER_DAY, user),
        (&throttle::CODE_SENDS_PER_IP_HOUR, ip.as_str()),
        (&throttle::CODE_SENDS_PER_IP_DAY, ip.as_str()),
    ];
    if channel == Channel::Phone {
        limits.push((&throttle::TEXTS_PER_USER_DAY, user));
        limits.push((&throttle::TEXTS_PER_IP_DAY, ip.as_str()));
    }
    throttle::take_all(&ctx.state.shared, &limits).await?;
    ctx.state
        .management
        .send_code(&recipient(channel, to))
        .await
        .map_err(|e| code_error(e, channel))
}

/// Counts one code tried by this session's user from this request's IP (for `recipient`, when it
/// was sent to one): refused past any of the limits, before Logto is asked.
pub async fn take_code_try(
    ctx: &RequestCtx,
    auth: &AuthSession,
    recipient: Option<&str>,
) -> Result<(), ServerError> {
    let session = session_subject(auth);
    let user = auth.user_id.as_str();
    let ip = ctx.client.ip_text();
    let recipient_key = recipient.map(str::to_lowercase);
    let mut limits = vec![
        (&throttle::CODE_TRIES_PER_SESSION, session.as_str()),
        (&throttle::CODE_TRIES_PER_USER_HOUR, user),
        (&throttle::CODE_TRIES_PER_USER_DAY, user),
        (&throttle::CODE_TRIES_PER_IP_HOUR, ip.as_str()),
        (&throttle::CODE_TRIES_PER_IP_DAY, ip.as_str()),
    ];
    if let Some(to) = recipient_key.as_deref() {
        limits.push((&throttle::CODE_TRIES_PER_RECIPIENT_HOUR, to));
        limits.push((&throttle::CODE_TRIES_PER_RECIPIENT_DAY, to));
    }
    throttle::take_all(&ctx.state.shared, &limits).await
}

/// The 6 digits of a typed code (spaces allowed: pasted codes often have one).
pub fn typed_code(typed: &str) -> Result<String, ServerError> {
    let code: String = typed.chars().filter(|c| !c.is_whitespace()).collect();
    if code.len() != 6 || !code.bytes().all(|b| b.is_ascii_digit()) {
        return Err(ServerError::invalid("code", i18n::CODE_FORMAT));
    }
    Ok(code)
}

/// Checks a code (from [`typed_code`]) for `to`, within the limits of [`take_code_try`].
pub async fn check_code(
    ctx: &RequestCtx,
    auth: &AuthSession,
    channel: Channel,
    to: &str,
    code: &str,
) -> Result<(), ServerError> {
    take_code_try(ctx, auth, Some(to)).await?;
    ctx.state
        .management
        .verify_code(&recipient(channel, to), code)
        .await
        .map_err(|e| code_error(e, channel))
}

async fn code_sent(ctx: &RequestCtx) -> Result<Option<CodeSent>, ServerError> {
    let sent: Option<CodeSent> = ctx.session.get(CODE_KEY).await?;
    Ok(sent.filter(|s| ctx.now() - s.at < CODE_LIFETIME_SECS))
}

pub async fn view(ctx: &RequestCtx) -> Result<ConfirmOptions, ServerError> {
    let auth = ctx.user().await?;
    let user = ctx.state.management.get_user(&auth.user_id).await?;
    let sent = code_sent(ctx).await?.map(|s| Sent {
        channel: s.channel,
        to: mask(s.channel, &s.to),
        resend_in: (s.at + RESEND_SECS - ctx.now()).max(0) as u64,
    });
    Ok(ConfirmOptions {
        has_password: user.has_password,
        email: user.primary_email.as_deref().map(mask_email),
        phone: user.primary_phone.as_deref().map(mask_phone),
        sent,
        mailbox: ctx.state.upstream.mailbox_url(),
    })
}

/// The current password proves it: 5 tries per user per quarter of an hour.
pub async fn by_password(ctx: &RequestCtx, password: &str) -> Result<(), ServerError> {
    let mut auth = ctx.user().await?;
    check_password(ctx, &auth, password).await?;
    ctx.state.auth.record_proof(&ctx.session, &mut auth).await
}

/// Checks the user's current password against Logto, throttled per user.
pub async fn check_password(
    ctx: &RequestCtx,
    auth: &AuthSession,
    password: &str,
) -> Result<(), ServerError> {
    if password.is_empty() {
        return Err(ServerError::invalid(
            "current",
            i18n::PASSWORD_CURRENT_REQUIRED,
        ));
    }
    let shared = &ctx.state.shared;
    throttle::take(shared, &throttle::PASSWORD_TRIES, &auth.user_id).await?;
    // Longer than any password Logto stores (its policy's maximum is 256): wrong, unasked.
    if password.len() > 1024
        || !ctx
            .state
            .management
            .verify_password(&auth.user_id, password)
            .await?
    {
        return Err(ServerError::invalid("current", i18n::PASSWORD_WRONG));
    }
    throttle::clear(shared, &throttle::PASSWORD_TRIES, &auth.user_id).await
}

/// Sends a code to the user's current email or phone (never to an address the browser names).
pub async fn send_code(ctx: &RequestCtx, channel: Channel) -> Result<(), ServerError> {
    let auth = ctx.user().await?;
    if let Some(sent) = code_sent(ctx).await?.filter(|s| s.channel == channel) {
        resend_wait(sent.at, ctx.now())?;
    }
    let user = ctx.state.management.get_user(&auth.user_id).await?;
    let to = address(&user, channel)
        .ok_or_else(|| ServerError::invalid("channel", i18n::CODE_NO_ADDRESS))?;
    send_limited(ctx, &auth, channel, &to).await?;
    let sent = CodeSent {
        channel,
        to,
        at: ctx.now(),
    };
    ctx.session.insert(CODE_KEY, &sent).await?;
    Ok(())
}

/// The code sent in this session proves it (10 tries per session per 10 minutes).
pub async fn by_code(ctx: &RequestCtx, code: &str) -> Result<(), ServerError> {
    let mut auth = ctx.user().await?;
    let code = typed_code(code)?;
    let sent = code_sent(ctx)
        .await?
        .ok_or_else(|| ServerError::invalid("code", i18n::CODE_NOT_FOUND))?;
    check_code(ctx, &auth, sent.channel, &sent.to, &code).await?;
    ctx.session.remove::<CodeSent>(CODE_KEY).await?;
    ctx.state.auth.record_proof(&ctx.session, &mut auth).await
}

fn address(user: &LogtoUser, channel: Channel) -> Option<String> {
    match channel {
        Channel::Email => user.primary_email.clone(),
        Channel::Phone => user.primary_phone.clone(),
    }
}

/// Logto's answers to sending and checking codes, in plain words (contract §4).
pub fn code_error(err: LogtoError, channel: Channel) -> ServerError {
    let (field, message) = match err.code() {
        Some("verification_code.code_mismatch") => ("code", i18n::CODE_MISMATCH),
        Some("verification_code.expired") => ("code", i18n::CODE_EXPIRED),
        Some("verification_code.exceed_max_try") => ("code", i18n::CODE_TOO_MANY_TRIES),
        Some("verification_code.not_found") => ("code", i18n::CODE_NOT_FOUND),
        Some("request.message_rate_limited") => ("channel", i18n::CODE_SEND_LIMITED),
        Some("connector.not_found") => (
            "channel",
            match channel {
                Channel::Email => i18n::CODE_NO_EMAIL_CONNECTOR,
                Channel::Phone => i18n::CODE_NO_SMS_CONNECTOR,
            },
        ),
        _ => return ServerError::Logto(err),
    };
    ServerError::Refused {
        field: Some(field),
        message,
        cause: err,
    }
}

fn mask(channel: Channel, to: &str) -> String {
    match channel {
        Channel::Email => mask_email(to),
        Channel::Phone => mask_phone(to),
    }
}

/// `dana@example.com` → `d***@example.com`.
pub fn mask_email(email: &str) -> String {
    match email.split_once('@') {
        Some((local, domain)) => {
            let first: String = local.chars().take(1).collect();
            format!("{first}***@{domain}")
        }
        None => "***".into(),
    }
}

/// Logto's digits-only `14155550100` → `+1 *** *** 0100`: the country code and the last four
/// digits stay.
pub fn mask_phone(digits: &str) -> String {
    let (code, national) = match phonenumber::parse(None, format!("+{digits}")) {
        Ok(number) => {
            let code = number.code().value().to_string();
            let national = digits.strip_prefix(code.as_str()).unwrap_or(digits);
            (code, national.to_owned())
        }
        Err(_) => (String::new(), digits.to_owned()),
    };
    let keep = national.len().min(4);
    let hidden = national.len() - keep;
    // Groups of three, whatever the count: the mask need not tell the number's length.
    let stars = std::iter::repeat_n("***".to_owned(), hidden.div_ceil(3));
    let mut parts = Vec::new();
    if !code.is_empty() {
        parts.push(format!("+{code}"));
    }
    parts.extend(stars);
    parts.push(national[hidden..].to_owned());
    parts.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_are_masked_to_what_the_owner_recognises() {
        assert_eq!(mask_email("dana@example.com"), "d***@example.com");
        assert_eq!(mask_phone("14155550100"), "+1 *** *** 0100");
        assert_eq!(mask_phone("4930901820"), "+49 *** *** 1820");
        assert_eq!(mask_phone("999"), "999");
    }
}
