//! `POST /webhooks/logto`: Logto's webhook, authenticated by its signature (an HMAC-SHA256 of the
//! body with the hook's signing key, hex, in `logto-signature-sha-256`), never by a browser's
//! origin. A body seen before (a replay) is answered as done and changes nothing.

use axum::{
    body::Bytes,
    extract::State,
    http::{HeaderMap, StatusCode},
    response::{IntoResponse, Response},
};
use secrecy::ExposeSecret;
use serde_json::Value;

use crate::server::AppState;

/// A replayed body is recognised for this long; older deliveries are ignored.
const REPLAY_WINDOW_SECS: i64 = 24 * 3600;

pub async fn receive(State(state): State<AppState>, headers: HeaderMap, body: Bytes) -> Response {
    let Some(key) = state.upstream.logto.webhook_signing_key.as_ref() else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let signature = headers
        .get("logto-signature-sha-256")
        .and_then(|v| v.to_str().ok());
    if !signature.is_some_and(|s| signed_by(key.expose_secret(), &body, s)) {
        tracing::warn!("webhook refused: bad or missing signature");
        return StatusCode::UNAUTHORIZED.into_response();
    }
    let Ok(event) = serde_json::from_slice::<Value>(&body) else {
        return StatusCode::BAD_REQUEST.into_response();
    };
    let now = state.clock.now_secs();
    let created = event["createdAt"].as_str().and_then(iso_ms);
    if created.is_none_or(|at| at / 1000 <= now - REPLAY_WINDOW_SECS + 60) {
        // Older than replays are remembered (or undated): taken as a replay.
        tracing::info!("webhook too old: ignored");
        return StatusCode::NO_CONTENT.into_response();
    }
    let replay_key = format!("webhook:{}", crate::server::crypto::digest_hex(&body));
    let until = now + REPLAY_WINDOW_SECS;
    match state.shared.mark_new(&replay_key, until).await {
        Ok(true) => {}
        Ok(false) => {
            tracing::info!("webhook replayed: ignored");
            return StatusCode::NO_CONTENT.into_response();
        }
        Err(e) => {
            tracing::error!(error = %e, "could not check a webhook for replay");
            return StatusCode::SERVICE_UNAVAILABLE.into_response();
        }
    }
    match handle(&state, &event).await {
        Ok(()) => StatusCode::NO_CONTENT.into_response(),
        Err(e) => {
            tracing::error!(error = %e, event = %event["event"], "webhook not applied");
            StatusCode::SERVICE_UNAVAILABLE.into_response()
        }
    }
}

/// `2026-12-06T03:40:00.000Z` in milliseconds since the epoch.
fn iso_ms(iso: &str) -> Option<i64> {
    time::OffsetDateTime::parse(iso, &time::format_description::well_known::Rfc3339)
        .ok()
        .map(|at| (at.unix_timestamp_nanos() / 1_000_000) as i64)
}

/// When Logto made the event, in milliseconds (now, for an undated one).
fn created_ms(event: &Value, now_ms: i64) -> i64 {
    event["createdAt"]
        .as_str()
        .and_then(iso_ms)
        .unwrap_or(now_ms)
}

/// Constant-time check of the hex signature.
fn signed_by(key: &str, body: &[u8], hex: &str) -> bool {
    let Some(tag) = from_hex(hex) else {
        return false;
    };
    let key = ring::hmac::Key::new(ring::hmac::HMAC_SHA256, key.as_bytes());
    ring::hmac::verify(&key, body, &tag).is_ok()
}

fn from_hex(hex: &str) -> Option<Vec<u8>> {
    if !hex.len().is_multiple_of(2) {
        return None;
    }
    (0..hex.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(hex.get(i..i + 2)?, 16).ok())
        .collect()
}

/// Whose event it is: `params.userId` for Management API calls, `data.id` for user objects,
/// `userId` for sign-ins.
fn user_of(event: &Value) -> Option<&str> {
    event["params"]["userId"]
        .as_str()
        .or_else(|| event["data"]["id"].as_str())
        .or_else(|| event["userId"].as_str())
        .filter(|id| !id.is_empty())
}

async fn handle(state: &AppState, event: &Value) -> Result<(), crate::server::error::ServerError> {
    let Some(user) = user_of(event) else {
        return Ok(());
    };
    let data = &event["data"];
    match event["event"].as_str().unwrap_or_default() {
        "User.Data.Updated" if data.get("id").is_some() => user_updated(state, user, data).await?,
        // `PATCH …/custom-data` sends the custom data alone: the next view reads the user.
        "User.Data.Updated" => {
            state
                .pushed
                .forget(user, created_ms(event, state.clock.now_ms()))
                .await?
        }
        "User.SuspensionStatus.Updated" => {
            state.pushed.store(data).await?;
            if data["isSuspended"] == true {
                end_everywhere(state, user, "suspended").await?;
            }
        }
        "PostSignIn" => sign_in_seen(state, user, event).await,
        "User.Deleted" => {
            state
                .pushed
                .forget(user, created_ms(event, state.clock.now_ms()))
                .await?;
            end_everywhere(state, user, "deleted").await?;
        }
        _ => {}
    }
    Ok(())
}

/// Sessions first: once the copy is there, everything that shows the user agrees. An older user
/// than the one held (a late delivery) changes nothing.
async fn user_updated(
    state: &AppState,
    user: &str,
    data: &Value,
) -> Result<(), crate::server::error::ServerError> {
    if state.pushed.is_current(data).await? {
        refresh_sessions(state, user, data).await?;
        state.pushed.store(data).await?;
    }
    Ok(())
}

/// Every session of the user keeps the claims the pushed user means (and its custom data):
/// the header and the first paint of each show the change without asking Logto.
async fn refresh_sessions(
    state: &AppState,
    user: &str,
    data: &Value,
) -> Result<(), crate::server::error::ServerError> {
    let fresh = crate::server::logto::claims_from_user(data);
    let updated = state
        .auth
        .index
        .update_claims(user, |claims| {
            for key in crate::server::logto::USER_CLAIMS {
                match fresh.get(*key) {
                    Some(value) => claims.insert((*key).to_owned(), value.clone()),
                    None => claims.remove(*key),
                };
            }
            if let Some(custom) = data.get("customData").filter(|c| c.is_object()) {
                claims.insert("custom_data".into(), custom.clone());
            }
        })
        .await?;
    tracing::debug!(updated, "sessions given the pushed claims");
    Ok(())
}

/// A sign-in at Logto (to any of its applications): the new-browser notice.
async fn sign_in_seen(state: &AppState, user: &str, event: &Value) {
    let text = |v: &Value| v.as_str().map(String::from);
    let person = &event["user"];
    let lang = text(&person["profile"]["locale"])
        .and_then(|l| crate::i18n::Lang::from_tag(&l))
        .unwrap_or_default();
    let (agent, ip) = (
        text(&event["userAgent"]).unwrap_or_default(),
        text(&event["userIp"]).unwrap_or_default(),
    );
    let (email, name) = (text(&person["primaryEmail"]), text(&person["name"]));
    let change = crate::server::notices::Change {
        user_id: user,
        action: "sign_in",
        name: name.as_deref(),
        email: email.as_deref(),
        old_email: None,
        at: state.clock.now_secs(),
        user_agent: &agent,
        ip: &ip,
        lang,
    };
    state.notices.sign_in_seen(&change).await;
}

/// Ends every session the user has in this app (Logto has already ended theirs).
async fn end_everywhere(
    state: &AppState,
    user: &str,
    why: &str,
) -> Result<(), crate::server::error::ServerError> {
    let ended = state.auth.index.end_others(user, None).await?;
    tracing::info!(ended, reason = why, "sessions ended by Logto's webhook");
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signatures_are_checked_over_the_exact_body() {
        let key = "k3y";
        let body = br#"{"event":"User.Deleted"}"#;
        let tag = ring::hmac::sign(
            &ring::hmac::Key::new(ring::hmac::HMAC_SHA256, key.as_bytes()),
            body,
        );
        let hex: String = tag.as_ref().iter().map(|b| format!("{b:02x}")).collect();
        assert!(signed_by(key, body, &hex));
        assert!(!signed_by(key, br#"{"event":"User.Deleted" }"#, &hex));
        assert!(!signed_by("other", body, &hex));
        assert!(!signed_by(key, body, &hex[..63]));
        assert!(!signed_by(key, body, "zz"));
    }

    #[test]
    fn dates_are_read_as_logto_writes_them() {
        assert_eq!(iso_ms("1970-01-01T00:00:00.000Z"), Some(0));
        assert_eq!(iso_ms("2026-12-06T03:40:05.123Z"), Some(1_796_528_405_123));
        assert_eq!(iso_ms("2000-02-29T12:00:00Z"), Some(951_825_600_000));
        assert_eq!(iso_ms("yesterday"), None);
    }

    #[test]
    fn the_user_comes_from_the_route_then_the_data_then_the_sign_in() {
        let e = serde_json::json!({ "params": { "userId": "a" }, "data": { "id": "b" } });
        assert_eq!(user_of(&e), Some("a"));
        assert_eq!(
            user_of(&serde_json::json!({ "data": { "id": "b" } })),
            Some("b")
        );
        assert_eq!(user_of(&serde_json::json!({ "userId": "c" })), Some("c"));
        assert_eq!(user_of(&serde_json::json!({ "params": {} })), None);
    }
}
