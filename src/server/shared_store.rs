//! What several app instances must agree on besides sessions: throttle counters and the index of
//! each user's sessions. It lives in the same SQLite file, Postgres database or Redis as the
//! sessions, so one setting (`SESSION_STORE_URL`) shares it all.

use std::{collections::HashMap, sync::Arc};

use fred::prelude::*;
use tower_sessions_redis_store::fred;
use tower_sessions_sqlx_store::sqlx::{self, PgPool, SqlitePool};

use super::clock::Clock;

#[derive(Debug, Clone)]
pub struct SharedStore {
    backend: Backend,
    /// Put before every key (`SESSION_STORE_NAMESPACE`): deployments, or test runs, that share
    /// one database or Redis keep their counters, marks and indexes apart.
    namespace: Arc<str>,
    /// The app's clock: what has expired is decided by it (Redis's own expiry aside).
    clock: Clock,
}

#[derive(Debug, Clone)]
pub enum Backend {
    Sqlite(SqlitePool),
    Postgres(PgPool),
    Redis(Pool),
}

/// A shared-store failure, with its cause.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("shared store (SQL)")]
    Sql(#[from] sqlx::Error),
    #[error("shared store (Redis)")]
    Redis(#[from] fred::error::Error),
}

/// A counter after one more hit: how many in the current window, and when the window ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Count {
    pub hits: i64,
    pub resets_at: i64,
}

const TABLES: [&str; 4] = [
    "create table if not exists app_counters \
     (key text primary key, hits bigint not null, resets_at bigint not null)",
    "create table if not exists app_session_index \
     (user_id text not null, session_id text not null, entry text not null, \
      expires_at bigint not null, primary key (user_id, session_id))",
    "create table if not exists app_marks \
     (key text primary key, value bigint not null, expires_at bigint not null)",
    "create table if not exists app_values \
     (key text primary key, value text not null, expires_at bigint not null)",
];

/// One more hit in a fixed window; a window that has ended starts again at 1.
const COUNT: &str = "insert into app_counters (key, hits, resets_at) values ($1, 1, $2 + $3) \
     on conflict (key) do update set \
       hits = case when app_counters.resets_at <= $2 then 1 else app_counters.hits + 1 end, \
       resets_at = case when app_counters.resets_at <= $2 then $2 + $3 \
                   else app_counters.resets_at end \
     returning hits, resets_at";

/// The same statement on either SQL pool (their sqlx types differ, the code does not), or the
/// Redis arm: `per_store!(store, |pool| sql, |redis| other)`.
macro_rules! per_store {
    ($store:expr, |$pool:ident| $sql:expr, |$redis:pat_param| $other:expr $(,)?) => {
        match &$store.backend {
            Backend::Sqlite($pool) => $sql,
            Backend::Postgres($pool) => $sql,
            Backend::Redis($redis) => $other,
        }
    };
}

impl SharedStore {
    pub fn new(backend: Backend) -> SharedStore {
        SharedStore {
            backend,
            namespace: "".into(),
            clock: Clock::default(),
        }
    }

    pub fn with_clock(self, clock: Clock) -> SharedStore {
        SharedStore { clock, ..self }
    }

    pub fn clock(&self) -> &Clock {
        &self.clock
    }

    pub fn with_namespace(self, namespace: &str) -> SharedStore {
        SharedStore {
            namespace: namespace.into(),
            ..self
        }
    }

    /// `key` in this store's namespace.
    fn ns(&self, key: &str) -> String {
        format!("{}{key}", self.namespace)
    }

    /// Creates its tables (SQL stores); Redis needs nothing.
    pub async fn prepare(&self) -> Result<(), StoreError> {
        match &self.backend {
            Backend::Sqlite(pool) => {
                for table in TABLES {
                    sqlx::query(table).execute(pool).await?;
                }
            }
            Backend::Postgres(pool) => {
                // Instances starting together would race on `create table if not exists`
                // (Postgres then fails on its catalog's unique index): one at a time.
                let mut tx = pool.begin().await?;
                sqlx::query("select pg_advisory_xact_lock(7283461)")
                    .execute(&mut *tx)
                    .await?;
                for table in TABLES {
                    sqlx::query(table).execute(&mut *tx).await?;
                }
                tx.commit().await?;
            }
            Backend::Redis(_) => {}
        }
        Ok(())
    }

    /// Counts one hit on `key` in a window of `window_secs`.
    pub async fn hit(&self, key: &str, window_secs: i64) -> Result<Count, StoreError> {
        let key = &self.ns(key);
        let now = self.clock.now_secs();
        let (hits, resets_at): (i64, i64) = per_store!(
            self,
            |pool| {
                sqlx::query_as(COUNT)
                    .bind(key)
                    .bind(now)
                    .bind(window_secs)
                    .fetch_one(pool)
                    .await?
            },
            |pool| {
                let key = format!("app:count:{key}");
                // Created with its expiry first, so the increment never leaves a key without one.
                let _: Option<String> = pool
                    .set(
                        &key,
                        0,
                        Some(Expiration::EX(window_secs)),
                        Some(SetOptions::NX),
                        false,
                    )
                    .await?;
                let hits: i64 = pool.incr(&key).await?;
                let ttl: i64 = pool.ttl(&key).await?;
                (hits, now + ttl.max(0))
            },
        );
        Ok(Count { hits, resets_at })
    }

    /// Forgets a counter (after a success that should not count against the user).
    pub async fn reset(&self, key: &str) -> Result<(), StoreError> {
        let key = &self.ns(key);
        per_store!(
            self,
            |pool| {
                sqlx::query("delete from app_counters where key = $1")
                    .bind(key)
                    .execute(pool)
                    .await
                    .map(drop)?
            },
            |pool| {
                let _: i64 = pool.del(format!("app:count:{key}")).await?;
            },
        );
        Ok(())
    }

    /// Records (or replaces) one entry of a user's index, kept until `expires_at`.
    pub async fn index_put(
        &self,
        user: &str,
        id: &str,
        entry: &str,
        expires_at: i64,
    ) -> Result<(), StoreError> {
        let user = &self.ns(user);
        const PUT: &str = "insert into app_session_index (user_id, session_id, entry, expires_at) \
             values ($1, $2, $3, $4) on conflict (user_id, session_id) \
             do update set entry = excluded.entry, expires_at = excluded.expires_at";
        per_store!(
            self,
            |pool| {
                sqlx::query(PUT)
                    .bind(user)
                    .bind(id)
                    .bind(entry)
                    .bind(expires_at)
                    .execute(pool)
                    .await
                    .map(drop)?
            },
            |pool| {
                let key = index_key(user);
                let wrapped = serde_json::json!({ "entry": entry, "expires_at": expires_at });
                let _: i64 = pool.hset(&key, (id, wrapped.to_string())).await?;
                // The hash lives as long as its longest-lived entry.
                let ttl: i64 = pool.ttl(&key).await?;
                let wanted = (expires_at - self.clock.now_secs()).max(1);
                if ttl < wanted {
                    let _: bool = pool.expire(&key, wanted, None).await?;
                }
            },
        );
        Ok(())
    }

    pub async fn index_remove(&self, user: &str, id: &str) -> Result<(), StoreError> {
        let user = &self.ns(user);
        const DELETE: &str = "delete from app_session_index where user_id = $1 and session_id = $2";
        per_store!(
            self,
            |pool| {
                sqlx::query(DELETE)
                    .bind(user)
                    .bind(id)
                    .execute(pool)
                    .await
                    .map(drop)?
            },
            |pool| {
                let _: i64 = pool.hdel(index_key(user), id).await?;
            },
        );
        Ok(())
    }

    /// A user's live entries: id → entry.
    pub async fn index_list(&self, user: &str) -> Result<HashMap<String, String>, StoreError> {
        let user = &self.ns(user);
        const LIST: &str = "select session_id, entry from app_session_index \
             where user_id = $1 and expires_at > $2";
        let now = self.clock.now_secs();
        let rows: Vec<(String, String)> = per_store!(
            self,
            |pool| sqlx::query_as(LIST)
                .bind(user)
                .bind(now)
                .fetch_all(pool)
                .await?,
            |pool| {
                let all: HashMap<String, String> = pool.hgetall(index_key(user)).await?;
                all.into_iter()
                    .filter_map(|(id, wrapped)| {
                        let v: serde_json::Value = serde_json::from_str(&wrapped).ok()?;
                        (v["expires_at"].as_i64()? > now)
                            .then(|| Some((id, v["entry"].as_str()?.to_owned())))
                            .flatten()
                    })
                    .collect()
            },
        );
        Ok(rows.into_iter().collect())
    }

    /// Remembers `value` under `key` until `expires_at` (a later mark of the key replaces it).
    pub async fn mark(&self, key: &str, value: i64, expires_at: i64) -> Result<(), StoreError> {
        let key = &self.ns(key);
        const MARK: &str = "insert into app_marks (key, value, expires_at) values ($1, $2, $3) \
             on conflict (key) do update set value = excluded.value, expires_at = excluded.expires_at";
        per_store!(
            self,
            |pool| {
                sqlx::query(MARK)
                    .bind(key)
                    .bind(value)
                    .bind(expires_at)
                    .execute(pool)
                    .await
                    .map(drop)?
            },
            |pool| {
                let ttl = (expires_at - self.clock.now_secs()).max(1);
                let _: Option<String> = pool
                    .set(mark_key(key), value, Some(Expiration::EX(ttl)), None, false)
                    .await?;
            },
        );
        Ok(())
    }

    /// The value marked under `key`, unless there is none or it has expired.
    pub async fn marked(&self, key: &str) -> Result<Option<i64>, StoreError> {
        let key = &self.ns(key);
        const FIND: &str = "select value from app_marks where key = $1 and expires_at > $2";
        let now = self.clock.now_secs();
        Ok(per_store!(
            self,
            |pool| sqlx::query_scalar(FIND)
                .bind(key)
                .bind(now)
                .fetch_optional(pool)
                .await?,
            |pool| pool.get::<Option<i64>, _>(mark_key(key)).await?,
        ))
    }

    /// Marks `key` only if no live mark holds it: `true` for the first caller, `false` for every
    /// later one until the mark expires (at once for all instances sharing the store).
    pub async fn mark_new(&self, key: &str, expires_at: i64) -> Result<bool, StoreError> {
        let key = &self.ns(key);
        const MARK_NEW: &str = "insert into app_marks (key, value, expires_at) values ($1, 1, $2) \
             on conflict (key) do update set value = 1, expires_at = excluded.expires_at \
             where app_marks.expires_at <= $3 returning key";
        let now = self.clock.now_secs();
        Ok(per_store!(
            self,
            |pool| sqlx::query_scalar::<_, String>(MARK_NEW)
                .bind(key)
                .bind(expires_at)
                .bind(now)
                .fetch_optional(pool)
                .await?
                .is_some(),
            |pool| {
                let ttl = (expires_at - now).max(1);
                let set: Option<String> = pool
                    .set(
                        mark_key(key),
                        1,
                        Some(Expiration::EX(ttl)),
                        Some(SetOptions::NX),
                        false,
                    )
                    .await?;
                set.is_some()
            },
        ))
    }

    /// Keeps a text under `key` until `expires_at` (replacing what was there).
    pub async fn put_value(
        &self,
        key: &str,
        value: &str,
        expires_at: i64,
    ) -> Result<(), StoreError> {
        let key = &self.ns(key);
        const PUT: &str = "insert into app_values (key, value, expires_at) values ($1, $2, $3) \
             on conflict (key) do update set value = excluded.value, expires_at = excluded.expires_at";
        per_store!(
            self,
            |pool| sqlx::query(PUT)
                .bind(key)
                .bind(value)
                .bind(expires_at)
                .execute(pool)
                .await
                .map(drop)?,
            |pool| {
                let ttl = (expires_at - self.clock.now_secs()).max(1);
                let _: Option<String> = pool
                    .set(
                        value_key(key),
                        value,
                        Some(Expiration::EX(ttl)),
                        None,
                        false,
                    )
                    .await?;
            },
        );
        Ok(())
    }

    /// The text kept under `key`, unless there is none or it has expired.
    pub async fn value(&self, key: &str) -> Result<Option<String>, StoreError> {
        let key = &self.ns(key);
        const FIND: &str = "select value from app_values where key = $1 and expires_at > $2";
        let now = self.clock.now_secs();
        Ok(per_store!(
            self,
            |pool| sqlx::query_scalar(FIND)
                .bind(key)
                .bind(now)
                .fetch_optional(pool)
                .await?,
            |pool| pool.get::<Option<String>, _>(value_key(key)).await?,
        ))
    }

    pub async fn remove_value(&self, key: &str) -> Result<(), StoreError> {
        let key = &self.ns(key);
        per_store!(
            self,
            |pool| sqlx::query("delete from app_values where key = $1")
                .bind(key)
                .execute(pool)
                .await
                .map(drop)?,
            |pool| {
                let _: i64 = pool.del(value_key(key)).await?;
            },
        );
        Ok(())
    }

    /// Drops counters whose window ended and index entries past their expiry (Redis expires its
    /// own keys).
    pub async fn purge(&self) -> Result<(), StoreError> {
        const PURGE: [&str; 4] = [
            "delete from app_counters where resets_at <= $1",
            "delete from app_session_index where expires_at <= $1",
            "delete from app_marks where expires_at <= $1",
            "delete from app_values where expires_at <= $1",
        ];
        let now = self.clock.now_secs();
        for sql in PURGE {
            per_store!(
                self,
                |pool| sqlx::query(sql).bind(now).execute(pool).await.map(drop)?,
                |_redis| (),
            );
        }
        Ok(())
    }
}

/// Where the user's pushed copy (`server::push`) is kept: also forgotten by the Management client
/// after it writes to the user, so the app's own changes show at once.
pub fn pushed_user_key(user: &str) -> String {
    format!("pushed:{user}")
}

/// Logto's time (ms) of the newest change known for the user; a pushed user older than it is
/// stale (set with [`pushed_user_key`]'s forgetting).
pub fn pushed_floor_key(user: &str) -> String {
    format!("pushed-floor:{user}")
}

fn mark_key(key: &str) -> String {
    format!("app:mark:{key}")
}

fn value_key(key: &str) -> String {
    format!("app:value:{key}")
}

fn index_key(user: &str) -> String {
    format!("app:sessions:{user}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn now_secs() -> i64 {
        Clock::default().now_secs()
    }
    use crate::server::auth::AnyStore;

    async fn sqlite() -> (SharedStore, std::path::PathBuf) {
        let file = std::env::temp_dir().join(format!("shared-{}.db", uuid::Uuid::new_v4()));
        let (_, shared) = AnyStore::connect(&format!("sqlite://{}", file.display()))
            .await
            .unwrap();
        (shared, file)
    }

    #[tokio::test]
    async fn counters_count_within_their_window_and_start_again_after() {
        let (store, file) = sqlite().await;
        let first = store.hit("k", 60).await.unwrap();
        assert_eq!(first.hits, 1);
        assert!(first.resets_at > now_secs());
        assert_eq!(store.hit("k", 60).await.unwrap().hits, 2);
        assert_eq!(store.hit("other", 60).await.unwrap().hits, 1);
        // A window that has already ended (0 s) starts again.
        assert_eq!(store.hit("short", 0).await.unwrap().hits, 1);
        assert_eq!(store.hit("short", 0).await.unwrap().hits, 1);
        store.reset("k").await.unwrap();
        assert_eq!(store.hit("k", 60).await.unwrap().hits, 1);
        let _ = std::fs::remove_file(file);
    }

    #[tokio::test]
    async fn the_index_keeps_live_entries_per_user() {
        let (store, file) = sqlite().await;
        let later = now_secs() + 60;
        store.index_put("u1", "a", "{}", later).await.unwrap();
        store.index_put("u1", "b", "{}", later).await.unwrap();
        store
            .index_put("u1", "old", "{}", now_secs() - 1)
            .await
            .unwrap();
        store.index_put("u2", "c", "{}", later).await.unwrap();
        let mut ids: Vec<_> = store.index_list("u1").await.unwrap().into_keys().collect();
        ids.sort();
        assert_eq!(ids, ["a", "b"]);
        store.index_remove("u1", "a").await.unwrap();
        assert_eq!(store.index_list("u1").await.unwrap().len(), 1);
        store.purge().await.unwrap();
        assert_eq!(store.index_list("u2").await.unwrap().len(), 1);
        let _ = std::fs::remove_file(file);
    }

    #[tokio::test]
    async fn marks_hold_until_they_expire() {
        let (store, file) = sqlite().await;
        assert_eq!(store.marked("m").await.unwrap(), None);
        store.mark("m", 7, now_secs() + 60).await.unwrap();
        store.mark("gone", 1, now_secs() - 1).await.unwrap();
        assert_eq!(store.marked("m").await.unwrap(), Some(7));
        assert_eq!(store.marked("gone").await.unwrap(), None);
        assert_eq!(store.marked("other").await.unwrap(), None);
        store.mark("m", 9, now_secs() + 60).await.unwrap();
        store.purge().await.unwrap();
        assert_eq!(store.marked("m").await.unwrap(), Some(9));
        let _ = std::fs::remove_file(file);
    }

    #[tokio::test]
    async fn a_new_mark_is_taken_once_until_it_expires() {
        let (store, file) = sqlite().await;
        assert!(store.mark_new("once", now_secs() + 60).await.unwrap());
        assert!(!store.mark_new("once", now_secs() + 60).await.unwrap());
        store.mark("stale", 1, now_secs() - 1).await.unwrap();
        assert!(store.mark_new("stale", now_secs() + 60).await.unwrap());
        let _ = std::fs::remove_file(file);
    }

    #[tokio::test]
    async fn values_hold_until_they_expire_or_are_removed() {
        let (store, file) = sqlite().await;
        store.put_value("v", "one", now_secs() + 60).await.unwrap();
        store.put_value("v", "two", now_secs() + 60).await.unwrap();
        store.put_value("old", "x", now_secs() - 1).await.unwrap();
        assert_eq!(store.value("v").await.unwrap().as_deref(), Some("two"));
        assert_eq!(store.value("old").await.unwrap(), None);
        store.remove_value("v").await.unwrap();
        assert_eq!(store.value("v").await.unwrap(), None);
        let _ = std::fs::remove_file(file);
    }
}
