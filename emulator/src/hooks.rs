//! Webhooks as Logto sends them (`core/src/libraries/hook`, contract §17): a JSON `POST` to the
//! hook's URL with `user-agent: Logto (https://logto.io/)`, the hook's own headers, and
//! `logto-signature-sha-256` = hex HMAC-SHA256 of the body with the hook's signing key. One
//! attempt (ky retries no `POST`), 10 s timeout; each delivery logged for `executionStats`.

use std::time::Duration;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::{
    ctx::Ctx,
    model::{now_ms, User},
};

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Hook {
    pub id: String,
    pub name: String,
    pub events: Vec<String>,
    pub config: Map<String, Value>,
    pub signing_key: String,
    pub enabled: bool,
    pub created_at: i64,
}

impl Hook {
    /// `Hooks.guard` as the Management API answers it.
    pub fn to_api(&self) -> Value {
        serde_json::json!({
            "tenantId": "default",
            "id": self.id,
            "name": self.name,
            "event": null,
            "events": self.events,
            "config": self.config,
            "signingKey": self.signing_key,
            "enabled": self.enabled,
            "createdAt": self.created_at,
        })
    }

    fn url(&self) -> Option<&str> {
        self.config.get("url").and_then(Value::as_str)
    }
}

/// One delivery, for `executionStats` (Logto counts its logs of the last 24 hours).
#[derive(Debug, Clone)]
pub struct Delivery {
    pub hook_id: String,
    pub at_ms: i64,
    pub success: bool,
}

/// `{requestCount, successCount}` of the last day.
pub fn stats(ctx: &Ctx, hook_id: &str) -> Value {
    let since = now_ms() - 24 * 3600 * 1000;
    let eph = ctx.ephemeral();
    let recent = eph
        .deliveries
        .iter()
        .filter(|d| d.hook_id == hook_id && d.at_ms > since);
    let (requests, successes) = recent.fold((0, 0), |(r, s), d| (r + 1, s + d.success as i64));
    serde_json::json!({ "requestCount": requests, "successCount": successes })
}

/// `pick(user, ...userInfoSelectFields)`: the user as hooks carry it.
pub fn user_info(user: &User) -> Value {
    let mut api = user.to_api();
    if let Some(obj) = api.as_object_mut() {
        obj.remove("hasPassword");
        obj.remove("cimdClientId");
    }
    api
}

/// Sends `payload` (without `hookId`) to every enabled hook that subscribes to `event`, in the
/// background: a hook never holds up or fails the request that caused it.
pub fn trigger(ctx: &Ctx, event: &str, payload: Map<String, Value>) {
    let hooks: Vec<Hook> = ctx.store.read(|s| {
        s.hooks
            .values()
            .filter(|h| h.enabled && h.events.iter().any(|e| e == event))
            .cloned()
            .collect()
    });
    for hook in hooks {
        let ctx = ctx.clone();
        let mut json = payload.clone();
        json.insert("hookId".into(), hook.id.clone().into());
        tokio::spawn(async move {
            let success = send(&hook, &Value::Object(json)).await;
            ctx.ephemeral().deliveries.push(Delivery {
                hook_id: hook.id.clone(),
                at_ms: now_ms(),
                success,
            });
        });
    }
}

/// The payload's opening, as `buildWebhooks` puts it together for a data hook.
pub fn data_payload(event: &str, user_agent: Option<&str>, ip: &str) -> Map<String, Value> {
    let mut payload = Map::new();
    payload.insert("event".into(), event.into());
    payload.insert("createdAt".into(), iso_now().into());
    if let Some(agent) = user_agent {
        payload.insert("userAgent".into(), agent.into());
    }
    payload.insert("ip".into(), ip.into());
    payload
}

/// `new Date().toISOString()`: milliseconds, `Z`.
pub fn iso_now() -> String {
    let format = time::macros::format_description!(
        "[year]-[month]-[day]T[hour]:[minute]:[second].[subsecond digits:3]Z"
    );
    time::OffsetDateTime::now_utc()
        .format(format)
        .unwrap_or_default()
}

/// Hex HMAC-SHA256 of `body` (Logto's `sign`).
pub fn signature(key: &str, body: &[u8]) -> String {
    let key = ring::hmac::Key::new(ring::hmac::HMAC_SHA256, key.as_bytes());
    ring::hmac::sign(&key, body)
        .as_ref()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

async fn send(hook: &Hook, payload: &Value) -> bool {
    let Some(url) = hook.url() else {
        return false;
    };
    let body = serde_json::to_vec(payload).unwrap_or_default();
    let client = reqwest::Client::new();
    let mut req = client
        .post(url)
        .timeout(Duration::from_secs(10))
        .header("user-agent", "Logto (https://logto.io/)")
        .header("content-type", "application/json");
    if let Some(Value::Object(headers)) = hook.config.get("headers") {
        for (name, value) in headers {
            if let Some(value) = value.as_str() {
                req = req.header(name.as_str(), value);
            }
        }
    }
    if !hook.signing_key.is_empty() {
        req = req.header(
            "logto-signature-sha-256",
            signature(&hook.signing_key, &body),
        );
    }
    match req.body(body).send().await {
        Ok(res) if res.status().is_success() => true,
        Ok(res) => {
            tracing::info!(hook = %hook.id, status = %res.status(), "webhook refused");
            false
        }
        Err(e) => {
            tracing::info!(hook = %hook.id, error = %e, "webhook not delivered");
            false
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_iso_with_milliseconds() {
        let now = iso_now();
        assert_eq!(now.len(), "2026-12-06T03:40:00.123Z".len(), "{now}");
        assert!(now.ends_with('Z') && now.as_bytes()[10] == b'T', "{now}");
    }

    #[test]
    fn signature_is_hex_hmac() {
        // RFC 4231 test case 2.
        assert_eq!(
            signature("Jefe", b"what do ya want for nothing?"),
            "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
        );
    }
}
