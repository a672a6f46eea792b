//! Changing, adding and removing the email or phone: proof of identity first, a code to the new
//! address, then exactly that address saved, once.

use serde::{Deserialize, Serialize};
use serde_json::json;

use super::{region, ContactState, Pending};
use crate::domain::EmailAddress;
use crate::features::confirm::{
    service::{check_code, resend_wait, send_limited, typed_code, RESEND_SECS},
    Channel,
};
use crate::i18n;
use crate::server::{
    auth::AuthSession,
    context::RequestCtx,
    error::ServerError,
    logto::{LogtoError, LogtoUser, UserPatch, WayIn},
};

/// The new address waiting for its code, bound to this session.
const PENDING_KEY: &str = "contact.pending";

#[derive(Debug, Clone, Serialize, Deserialize)]
struct PendingChange {
    channel: Channel,
    /// Exactly as Logto will store it (an email as typed and trimmed, a phone as digits).
    to: String,
    at: i64,
}

fn current(user: &LogtoUser, channel: Channel) -> Option<String> {
    match channel {
        Channel::Email => user.primary_email.clone(),
        Channel::Phone => user.primary_phone.clone(),
    }
}

/// A change waits as long as the proof it rests on lasts (10 minutes).
async fn pending(ctx: &RequestCtx, channel: Channel) -> Result<Option<PendingChange>, ServerError> {
    let pending: Option<PendingChange> = ctx.session.get(PENDING_KEY).await?;
    let lifetime = ctx.state.auth.proof_lifetime_secs;
    Ok(pending.filter(|p| p.channel == channel && ctx.now() - p.at < lifetime))
}

pub async fn view(ctx: &RequestCtx, channel: Channel) -> Result<ContactState, ServerError> {
    let auth = ctx.user().await?;
    let user = ctx.state.management.get_user(&auth.user_id).await?;
    let pending = pending(ctx, channel).await?.map(|p| Pending {
        to: display(channel, &p.to),
        resend_in: (p.at + RESEND_SECS - ctx.now()).max(0) as u64,
    });
    let (regions, region) = match channel {
        Channel::Email => (Vec::new(), None),
        Channel::Phone => {
            let parts = leptos::prelude::use_context::<axum::http::request::Parts>();
            let accept = parts
                .as_ref()
                .and_then(|p| p.headers.get(axum::http::header::ACCEPT_LANGUAGE))
                .and_then(|v| v.to_str().ok());
            let current = user.primary_phone.as_deref();
            (
                region::choices(ctx.lang),
                region::preselected(current, accept),
            )
        }
    };
    Ok(ContactState {
        current: current(&user, channel).map(|c| display(channel, &c)),
        proved: ctx.state.auth.has_fresh_proof(&auth),
        pending,
        mailbox: ctx.state.upstream.mailbox_url(),
        regions,
        region,
    })
}

/// An address as people read it: Logto's phone digits `442079460958` as `+44 20 7946 0958`.
pub fn display(channel: Channel, stored: &str) -> String {
    match channel {
        Channel::Email => stored.to_owned(),
        Channel::Phone => phonenumber::parse(None, format!("+{stored}"))
            .map(|n| {
                n.format()
                    .mode(phonenumber::Mode::International)
                    .to_string()
            })
            .unwrap_or_else(|_| stored.to_owned()),
    }
}

/// What Logto stores for a typed address: a trimmed email, or a phone's digits with its country
/// code (`+1 (415) 555-0100`, or `(415) 555-0100` typed for the US → `14155550100`). A number
/// that starts with `+` says its own country; others need the region chosen beside it.
pub fn normalize(channel: Channel, input: &str, region: &str) -> Result<String, ServerError> {
    match channel {
        Channel::Email => EmailAddress::parse(input)
            .map(|e| e.as_str().to_owned())
            .map_err(|invalid| ServerError::invalid("address", invalid.0)),
        Channel::Phone => {
            let bad = || ServerError::invalid("address", i18n::INVALID_PHONE);
            let typed = input.trim();
            let country =
                if typed.starts_with('+') {
                    None
                } else {
                    Some(region::parse(region).ok_or_else(|| {
                        ServerError::invalid("address", i18n::PHONE_REGION_NEEDED)
                    })?)
                };
            let number = phonenumber::parse(country, typed).map_err(|_| bad())?;
            if !phonenumber::is_valid(&number) {
                return Err(bad());
            }
            Ok(number
                .format()
                .mode(phonenumber::Mode::E164)
                .to_string()
                .trim_start_matches('+')
                .to_owned())
        }
    }
}

/// Sends a code to the new address and keeps it, bound to this session, for `confirm`.
pub async fn start(
    ctx: &RequestCtx,
    channel: Channel,
    input: &str,
    region: &str,
) -> Result<(), ServerError> {
    let auth = ctx.proven().await?;
    let to = normalize(channel, input, region)?;
    if let Some(waiting) = pending(ctx, channel).await?.filter(|w| w.to == to) {
        resend_wait(waiting.at, ctx.now())?;
    }
    let user = ctx.state.management.get_user(&auth.user_id).await?;
    if current(&user, channel).as_deref() == Some(to.as_str()) {
        return Err(ServerError::invalid("address", i18n::CONTACT_SAME));
    }
    send_limited(ctx, &auth, channel, &to).await?;
    let change = PendingChange {
        channel,
        to,
        at: ctx.now(),
    };
    ctx.session.insert(PENDING_KEY, &change).await?;
    Ok(())
}

/// Checks the code and saves the address it was sent to (the session's, never the browser's);
/// the waiting change is used up either way once Logto accepted the code.
pub async fn confirm(ctx: &RequestCtx, channel: Channel, code: &str) -> Result<(), ServerError> {
    let mut auth = ctx.proven().await?;
    let code = typed_code(code)?;
    let change = pending(ctx, channel)
        .await?
        .ok_or_else(|| ServerError::invalid("code", i18n::CONTACT_NO_PENDING))?;
    check_code(ctx, &auth, channel, &change.to, &code).await?;
    let management = &ctx.state.management;
    ctx.session.remove::<PendingChange>(PENDING_KEY).await?;
    let mut patch = UserPatch::default();
    patch.set(logto_key(channel), Some(change.to.clone()));
    management
        .update_user(&auth.user_id, &patch)
        .await
        .map_err(|e| taken(e, channel))?;
    tracing::info!(user = %auth.user_id, channel = channel.key(), "address changed");
    // The address it replaced hears of the change too (it may be the only one the owner reads).
    let old_email = email_before(&auth, channel);
    set_claims(&mut auth, channel, Some(&change.to));
    ctx.save_user(&auth).await?;
    let action = format!("{}.changed", channel.key());
    ctx.record_change(&auth, &action, &[], old_email.as_deref())
        .await;
    Ok(())
}

/// The email address the session knew before an email change (it hears of the change too).
fn email_before(auth: &AuthSession, channel: Channel) -> Option<String> {
    match channel {
        Channel::Email => auth
            .claims
            .get("email")
            .and_then(|v| v.as_str())
            .map(String::from),
        Channel::Phone => None,
    }
}

/// Removes the address, unless it is the last way to sign in.
pub async fn remove(ctx: &RequestCtx, channel: Channel) -> Result<(), ServerError> {
    let mut auth = ctx.proven().await?;
    let user = ctx.state.management.get_user(&auth.user_id).await?;
    if current(&user, channel).is_none() {
        return Ok(());
    }
    if !other_way_in(&user, channel) {
        return Err(ServerError::invalid("address", i18n::CONTACT_LAST_WAY));
    }
    let mut patch = UserPatch::default();
    patch.set(logto_key(channel), None);
    ctx.state
        .management
        .update_user(&auth.user_id, &patch)
        .await?;
    tracing::info!(user = %auth.user_id, channel = channel.key(), "address removed");
    let removed_email = email_before(&auth, channel);
    set_claims(&mut auth, channel, None);
    ctx.save_user(&auth).await?;
    let action = format!("{}.removed", channel.key());
    ctx.record_change(&auth, &action, &[], removed_email.as_deref())
        .await;
    Ok(())
}

/// Whether the user can still sign in without this address.
fn other_way_in(user: &LogtoUser, channel: Channel) -> bool {
    user.can_sign_in_without(match channel {
        Channel::Email => WayIn::Email,
        Channel::Phone => WayIn::Phone,
    })
}

fn logto_key(channel: Channel) -> &'static str {
    match channel {
        Channel::Email => "primaryEmail",
        Channel::Phone => "primaryPhone",
    }
}

fn taken(err: LogtoError, channel: Channel) -> ServerError {
    let message = match (err.code(), channel) {
        (Some("user.email_already_in_use"), _) => i18n::CONTACT_EMAIL_TAKEN,
        (Some("user.phone_already_in_use"), _) => i18n::CONTACT_PHONE_TAKEN,
        (Some("user.invalid_phone"), Channel::Phone) => i18n::INVALID_PHONE,
        _ => return ServerError::Logto(err),
    };
    ServerError::Refused {
        field: Some("address"),
        message,
        cause: err,
    }
}

/// The session's cached claims follow at once (the header, the profile's facts).
fn set_claims(auth: &mut AuthSession, channel: Channel, to: Option<&str>) {
    let (claim, verified) = match channel {
        Channel::Email => ("email", "email_verified"),
        Channel::Phone => ("phone_number", "phone_number_verified"),
    };
    match to {
        Some(to) => {
            auth.claims.insert(claim.into(), json!(to));
            auth.claims.insert(verified.into(), json!(true));
        }
        None => {
            auth.claims.remove(claim);
            auth.claims.remove(verified);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_last_way_to_sign_in_stays() {
        let user: LogtoUser = serde_json::from_value(json!({
            "id": "u1", "username": null, "primaryEmail": "a@b.co", "primaryPhone": null,
            "name": null, "avatar": null, "hasPassword": false, "lastSignInAt": null,
            "createdAt": 0, "updatedAt": 0
        }))
        .unwrap();
        assert!(!other_way_in(&user, Channel::Email), "email only");
        let with_phone = LogtoUser {
            primary_phone: Some("14155550100".into()),
            ..user.clone()
        };
        assert!(other_way_in(&with_phone, Channel::Email));
        assert!(other_way_in(&with_phone, Channel::Phone));
        let with_password = LogtoUser {
            username: Some("ann".into()),
            has_password: true,
            ..user.clone()
        };
        assert!(other_way_in(&with_password, Channel::Email));
        let password_without_username = LogtoUser {
            has_password: true,
            ..user.clone()
        };
        assert!(!other_way_in(&password_without_username, Channel::Email));
        let mut social = user.clone();
        social
            .identities
            .insert("github".into(), json!({ "userId": "1" }));
        assert!(other_way_in(&social, Channel::Email));
    }

    #[test]
    fn typed_phones_become_logto_digits() {
        assert_eq!(
            normalize(Channel::Phone, "+1 (415) 555-0100", "").unwrap(),
            "14155550100"
        );
        assert_eq!(
            normalize(Channel::Phone, "+49 30 901820", "US").unwrap(),
            "4930901820"
        );
        assert_eq!(
            normalize(Channel::Phone, "(415) 555-0100", "us").unwrap(),
            "14155550100"
        );
        assert_eq!(
            normalize(Channel::Phone, "030 901820", "DE").unwrap(),
            "4930901820"
        );
        assert!(normalize(Channel::Phone, "(415) 555-0100", "").is_err());
        assert!(normalize(Channel::Phone, "(415) 555-0100", "XX").is_err());
        assert!(normalize(Channel::Phone, "+1 123", "").is_err());
        assert_eq!(
            normalize(Channel::Email, " dana@example.com ", "").unwrap(),
            "dana@example.com"
        );
        assert_eq!(display(Channel::Phone, "442079460958"), "+44 20 7946 0958");
        assert_eq!(display(Channel::Phone, "999"), "999");
    }
}
