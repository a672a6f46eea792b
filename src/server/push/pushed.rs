//! The user as Logto last pushed them (webhooks), one sealed copy per user in the shared store
//! that every session and instance reads. A view may trust it instead of asking Logto only while
//! the webhook is known to work: Logto's own record of the hook (`GET /api/hooks` with its
//! execution stats, read in the background) shows it enabled, aimed at this app, subscribed to
//! the user events, and without a failed delivery since the copy was written.

use std::sync::Arc;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::EVENTS;
use crate::server::{
    crypto::Sealer,
    logto::Management,
    shared_store::{pushed_floor_key, pushed_user_key, SharedStore, StoreError},
};

/// Deliveries of the last day (Logto's `executionStats`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct HookStats {
    pub requests: i64,
    pub successes: i64,
}

/// A user as pushed (or as the app last read them), and when that was (milliseconds: a failed
/// delivery seen in the same second must not vouch for a copy written just before it).
#[derive(Debug, Clone, Serialize, Deserialize)]
struct Copy {
    user: Value,
    written_at_ms: i64,
}

fn updated_at(user: &Value) -> i64 {
    user.get("updatedAt").and_then(Value::as_i64).unwrap_or(0)
}

#[derive(Clone)]
pub struct Pushed {
    shared: SharedStore,
    sealer: Arc<Sealer>,
    /// A copy is read again from Logto once it is this old, whatever the hook says.
    max_age_secs: i64,
}

/// Until when the last good check of the hook vouches for it.
const HEALTHY_KEY: &str = "push:healthy_until";
/// Copies written before this time (ms) are not trusted (a delivery failed after them).
const EPOCH_KEY: &str = "push:epoch";
/// Failed deliveries of the last day, at the last check.
const FAILURES_KEY: &str = "push:failures";
/// How long one good check vouches (three missed checks end the trust).
const CHECK_VALID_SECS: i64 = 180;

impl Pushed {
    pub fn new(shared: SharedStore, sealer: Arc<Sealer>, max_age_secs: i64) -> Pushed {
        Pushed {
            shared,
            sealer,
            max_age_secs,
        }
    }

    /// Whether a pushed `user` is news: at least as recent as the copy held, and not older than
    /// a change known to have come after it (deliveries come in any order, or late, or as old
    /// ones replayed).
    pub async fn is_current(&self, user: &Value) -> Result<bool, StoreError> {
        let Some(id) = user.get("id").and_then(Value::as_str) else {
            return Ok(false);
        };
        let floor = self
            .shared
            .marked(&pushed_floor_key(id))
            .await?
            .unwrap_or(0);
        Ok(updated_at(user) >= floor && self.not_older_than_held(id, user).await?)
    }

    async fn not_older_than_held(&self, id: &str, user: &Value) -> Result<bool, StoreError> {
        Ok(self
            .copy(id)
            .await?
            .is_none_or(|held| updated_at(&held.user) <= updated_at(user)))
    }

    /// Keeps a pushed `user` (a Management API user object) when it is news.
    pub async fn store(&self, user: &Value) -> Result<(), StoreError> {
        if self.is_current(user).await? {
            self.write(user).await?;
        }
        Ok(())
    }

    /// Keeps `user` as a view just read it from Logto (the truth of that moment, whatever came
    /// before), unless a newer one was pushed meanwhile.
    pub async fn store_read(&self, user: &Value) -> Result<(), StoreError> {
        let Some(id) = user.get("id").and_then(Value::as_str) else {
            return Ok(());
        };
        if self.not_older_than_held(id, user).await? {
            self.write(user).await?;
        }
        Ok(())
    }

    async fn write(&self, user: &Value) -> Result<(), StoreError> {
        let Some(id) = user.get("id").and_then(Value::as_str) else {
            return Ok(());
        };
        let copy = Copy {
            user: user.clone(),
            written_at_ms: self.shared.clock().now_ms(),
        };
        let sealed = self
            .sealer
            .seal_for(&serde_json::to_vec(&copy).unwrap_or_default(), id);
        self.shared
            .put_value(
                &pushed_user_key(id),
                &sealed,
                self.shared.clock().now_secs() + self.max_age_secs,
            )
            .await
    }

    /// Forgets the copy (the next view asks Logto), and any pushed user older than `since_ms`
    /// (Logto's time of the change that made it stale) that still comes in.
    pub async fn forget(&self, id: &str, since_ms: i64) -> Result<(), StoreError> {
        let key = pushed_floor_key(id);
        let floor = self.shared.marked(&key).await?.unwrap_or(0).max(since_ms);
        self.shared
            .mark(
                &key,
                floor,
                self.shared.clock().now_secs() + self.max_age_secs,
            )
            .await?;
        self.shared.remove_value(&pushed_user_key(id)).await
    }

    async fn copy(&self, id: &str) -> Result<Option<Copy>, StoreError> {
        let Some(sealed) = self.shared.value(&pushed_user_key(id)).await? else {
            return Ok(None);
        };
        Ok(self
            .sealer
            .open_for(&sealed, id)
            .and_then(|plain| serde_json::from_slice(&plain).ok()))
    }

    /// The user as last pushed (Logto's user object), when the hook vouches for the copy;
    /// `None`: ask Logto.
    pub async fn trusted(&self, id: &str) -> Result<Option<Value>, StoreError> {
        let now = self.shared.clock().now_secs();
        if self
            .shared
            .marked(HEALTHY_KEY)
            .await?
            .is_none_or(|until| until <= now)
        {
            return Ok(None);
        }
        let Some(copy) = self.copy(id).await? else {
            return Ok(None);
        };
        let epoch_ms = self.shared.marked(EPOCH_KEY).await?.unwrap_or(0);
        let age_secs = (self.shared.clock().now_ms() - copy.written_at_ms) / 1000;
        if copy.written_at_ms <= epoch_ms || age_secs > self.max_age_secs {
            return Ok(None);
        }
        Ok(Some(copy.user))
    }

    /// Records one check of the hook: `None` when no fitting hook was found (or Logto could not
    /// be asked). A failed delivery since the last check distrusts every copy written before.
    pub async fn checked(&self, stats: Option<HookStats>) -> Result<(), StoreError> {
        let now = self.shared.clock().now_secs();
        let Some(stats) = stats else {
            return self
                .shared
                .mark(HEALTHY_KEY, 0, now + CHECK_VALID_SECS)
                .await;
        };
        let failures = stats.requests - stats.successes;
        let before = self.shared.marked(FAILURES_KEY).await?;
        if failures > before.unwrap_or(0) || (before.is_none() && failures > 0) {
            self.shared
                .mark(EPOCH_KEY, self.shared.clock().now_ms(), now + 2 * 86_400)
                .await?;
        }
        self.shared
            .mark(FAILURES_KEY, failures, now + 2 * 86_400)
            .await?;
        self.shared
            .mark(HEALTHY_KEY, now + CHECK_VALID_SECS, now + CHECK_VALID_SECS)
            .await
    }
}

/// The hook aimed at `url` with every event a copy needs, enabled: its delivery counts.
pub fn fitting_hook(hooks: &[Value], url: &str) -> Option<HookStats> {
    hooks
        .iter()
        .find(|h| {
            h["enabled"] == true
                && h["config"]["url"] == url
                && EVENTS.iter().all(|e| {
                    h["events"]
                        .as_array()
                        .is_some_and(|list| list.iter().any(|x| x == e))
                })
        })
        .map(|h| HookStats {
            requests: count(&h["executionStats"]["requestCount"]),
            successes: count(&h["executionStats"]["successCount"]),
        })
}

/// A count as a number, or as the text Postgres may hand over for a `bigint`.
fn count(v: &Value) -> i64 {
    v.as_i64()
        .or_else(|| v.as_str().and_then(|s| s.parse().ok()))
        .unwrap_or(0)
}

/// Asks Logto about the hook every `every`, for as long as the app runs.
pub fn check_every(
    pushed: Pushed,
    management: Arc<Management>,
    url: String,
    every: std::time::Duration,
) {
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(every);
        loop {
            tick.tick().await;
            let stats = match management.hooks().await {
                Ok(hooks) => fitting_hook(&hooks, &url),
                Err(e) => {
                    tracing::warn!(error = %e, "could not read Logto's webhooks");
                    None
                }
            };
            if stats.is_none() {
                tracing::debug!(%url, "no working Logto webhook: profiles are read from Logto");
            }
            if let Err(e) = pushed.checked(stats).await {
                tracing::warn!(error = %e, "could not record the webhook check");
            }
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn only_an_enabled_hook_at_our_url_with_every_user_event_fits() {
        let url = "https://profile.example/webhooks/logto";
        let hook = |enabled: bool, at: &str, events: &[&str]| {
            json!({
                "enabled": enabled, "config": { "url": at }, "events": events,
                "executionStats": { "requestCount": "5", "successCount": 4 },
            })
        };
        let all = EVENTS.to_vec();
        assert_eq!(
            fitting_hook(&[hook(true, url, &all)], url),
            Some(HookStats {
                requests: 5,
                successes: 4
            })
        );
        assert_eq!(fitting_hook(&[hook(false, url, &all)], url), None);
        assert_eq!(
            fitting_hook(&[hook(true, "https://other/", &all)], url),
            None
        );
        assert_eq!(
            fitting_hook(&[hook(true, url, &["User.Data.Updated"])], url),
            None
        );
    }

    async fn pushed() -> Pushed {
        let file = std::env::temp_dir().join(format!("pushed-{}.db", uuid::Uuid::new_v4()));
        let (_, shared) =
            crate::server::auth::AnyStore::connect(&format!("sqlite://{}", file.display()))
                .await
                .unwrap();
        let keys = crate::server::crypto::Keys::from_base64(&secrecy::SecretString::from(
            "dGVzdC1rZXktZm9yLWludGVncmF0aW9uLXRlc3RzISE=",
        ))
        .unwrap();
        Pushed::new(
            shared,
            Arc::new(keys.sealer(crate::server::crypto::Purpose::Pushed)),
            3600,
        )
    }

    fn user(updated_at: i64, name: &str) -> Value {
        json!({ "id": "u1", "name": name, "updatedAt": updated_at })
    }

    #[tokio::test]
    async fn a_copy_is_trusted_only_while_the_hook_vouches_and_after_its_last_failure() {
        let pushed = pushed().await;
        pushed.store(&user(2, "new")).await.unwrap();
        pushed
            .store(&user(1, "older, delivered late"))
            .await
            .unwrap();
        assert_eq!(pushed.trusted("u1").await.unwrap(), None, "no check yet");
        let ok = HookStats {
            requests: 3,
            successes: 3,
        };
        pushed.checked(Some(ok)).await.unwrap();
        assert_eq!(pushed.trusted("u1").await.unwrap(), Some(user(2, "new")));
        pushed.checked(None).await.unwrap();
        assert_eq!(pushed.trusted("u1").await.unwrap(), None, "hook gone");
        pushed.checked(Some(ok)).await.unwrap();
        assert!(pushed.trusted("u1").await.unwrap().is_some());
        // A delivery failed since: copies from before may have missed it.
        let failed = HookStats {
            requests: 4,
            successes: 3,
        };
        pushed.checked(Some(failed)).await.unwrap();
        assert_eq!(pushed.trusted("u1").await.unwrap(), None);
        tokio::time::sleep(std::time::Duration::from_millis(5)).await;
        pushed.store(&user(3, "after")).await.unwrap();
        pushed.checked(Some(failed)).await.unwrap();
        assert_eq!(pushed.trusted("u1").await.unwrap(), Some(user(3, "after")));
        // A change seen without its user (custom data alone): gone, and an older user that still
        // comes in is not taken; one read from Logto is.
        pushed.forget("u1", 10).await.unwrap();
        assert_eq!(pushed.trusted("u1").await.unwrap(), None);
        pushed.store(&user(4, "late")).await.unwrap();
        assert_eq!(pushed.trusted("u1").await.unwrap(), None);
        pushed.store_read(&user(4, "read")).await.unwrap();
        assert_eq!(pushed.trusted("u1").await.unwrap(), Some(user(4, "read")));
        pushed.store(&user(11, "newer")).await.unwrap();
        assert_eq!(pushed.trusted("u1").await.unwrap(), Some(user(11, "newer")));
    }
}
