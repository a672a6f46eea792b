//! The server-side session store, chosen by URL: a SQLite file by default, Postgres or Redis when
//! several app instances share sessions behind a load balancer. Every record is sealed whole
//! (`crypto::Sealer`, the sessions' key): no value a session keeps (tokens, claims, a pending
//! address, a draft, the throttle's subject) is in the store in plain text, nor are its keys.

use async_trait::async_trait;
use tower_sessions::{
    session::{Id, Record},
    session_store::{self, SessionStore},
};
use tower_sessions_redis_store::{fred::prelude::*, RedisStore};
use tower_sessions_sqlx_store::{sqlx, PostgresStore, SqliteStore};

use std::sync::Arc;

use crate::server::{
    crypto::Sealer,
    shared_store::{Backend as SharedBackend, SharedStore},
};

tokio::task_local! {
    /// While set: what the session's old record becomes when the session's id is cycled.
    pub static SUPERSEDE: Record;
}

#[derive(Debug, Clone)]
enum Backend {
    Sqlite(SqliteStore),
    Postgres(PostgresStore),
    Redis(RedisStore<Pool>),
}

#[derive(Debug, Clone)]
pub struct AnyStore {
    backend: Backend,
    /// Seals each record's data; `None` only until [`AnyStore::sealed_with`].
    sealer: Option<Arc<Sealer>>,
}

/// The one key a sealed record's data holds.
const SEALED: &str = "sealed";

impl AnyStore {
    /// Seals every record written from now on, and opens what it reads.
    pub fn sealed_with(self, sealer: Arc<Sealer>) -> AnyStore {
        AnyStore {
            sealer: Some(sealer),
            ..self
        }
    }

    fn seal(&self, record: &Record) -> Record {
        let Some(sealer) = &self.sealer else {
            return record.clone();
        };
        let json = serde_json::to_vec(&record.data).unwrap_or_default();
        let mut sealed = record.clone();
        sealed.data = [(SEALED.to_owned(), sealer.seal(&json).into())]
            .into_iter()
            .collect();
        sealed
    }

    /// The record as written, or `None` when it cannot be opened (another key, altered). A
    /// record from before sealing (its data not one sealed value) is read as it is, and sealed
    /// when next written.
    fn unseal(&self, mut record: Record) -> Option<Record> {
        let (Some(sealer), Some(sealed)) = (&self.sealer, record.data.get(SEALED)) else {
            return Some(record);
        };
        let plain = sealer.open(sealed.as_str()?)?;
        record.data = serde_json::from_slice(&plain).ok()?;
        Some(record)
    }
}

impl AnyStore {
    /// `sqlite://path/to/file.db`, `postgres://...` or `redis://...`: the session store, and the
    /// shared store on the same connections.
    pub async fn connect(url: &str) -> Result<(AnyStore, SharedStore), String> {
        let (sessions, shared) = Self::open(url).await?;
        shared
            .prepare()
            .await
            .map_err(|e| format!("shared store migration: {e}"))?;
        Ok((sessions, shared))
    }

    async fn open(url: &str) -> Result<(AnyStore, SharedStore), String> {
        if url.starts_with("sqlite:") {
            let options: sqlx::sqlite::SqliteConnectOptions = url
                .parse::<sqlx::sqlite::SqliteConnectOptions>()
                .map_err(|e| format!("session store URL: {e}"))?
                .create_if_missing(true)
                .journal_mode(sqlx::sqlite::SqliteJournalMode::Wal)
                // Sessions and counters need not survive a power cut (an app crash loses
                // nothing); without a sync per write a save waits for one disk flush, not two.
                .synchronous(sqlx::sqlite::SqliteSynchronous::Normal)
                .busy_timeout(std::time::Duration::from_secs(5));
            if let Some(dir) = options.get_filename().parent() {
                std::fs::create_dir_all(dir)
                    .map_err(|e| format!("session store directory: {e}"))?;
            }
            let pool = sqlx::sqlite::SqlitePoolOptions::new()
                .max_connections(4)
                .connect_with(options)
                .await
                .map_err(|e| format!("session store: {e}"))?;
            let store = SqliteStore::new(pool.clone());
            store
                .migrate()
                .await
                .map_err(|e| format!("session store migration: {e}"))?;
            Ok((
                AnyStore::unsealed(Backend::Sqlite(store)),
                SharedStore::new(SharedBackend::Sqlite(pool)),
            ))
        } else if url.starts_with("postgres:") || url.starts_with("postgresql:") {
            let pool = sqlx::postgres::PgPoolOptions::new()
                .max_connections(8)
                .connect(url)
                .await
                .map_err(|e| format!("session store: {e}"))?;
            let store = PostgresStore::new(pool.clone());
            store
                .migrate()
                .await
                .map_err(|e| format!("session store migration: {e}"))?;
            Ok((
                AnyStore::unsealed(Backend::Postgres(store)),
                SharedStore::new(SharedBackend::Postgres(pool)),
            ))
        } else if url.starts_with("redis:") || url.starts_with("rediss:") {
            let config = Config::from_url(url).map_err(|e| format!("session store URL: {e}"))?;
            let pool = Builder::from_config(config)
                .build_pool(2)
                .map_err(|e| format!("session store: {e}"))?;
            pool.init()
                .await
                .map_err(|e| format!("session store: {e}"))?;
            Ok((
                AnyStore::unsealed(Backend::Redis(RedisStore::new(pool.clone()))),
                SharedStore::new(SharedBackend::Redis(pool)),
            ))
        } else {
            Err("SESSION_STORE_URL must start with sqlite:, postgres: or redis:".into())
        }
    }
}

impl AnyStore {
    fn unsealed(backend: Backend) -> AnyStore {
        AnyStore {
            backend,
            sealer: None,
        }
    }

    /// Deletes sessions past their expiry (Redis expires its own keys).
    pub async fn delete_expired(&self) -> session_store::Result<()> {
        use tower_sessions::session_store::ExpiredDeletion;
        match &self.backend {
            Backend::Sqlite(s) => s.delete_expired().await,
            Backend::Postgres(s) => s.delete_expired().await,
            Backend::Redis(_) => Ok(()),
        }
    }

    /// Purges expired sessions (and the shared store's stale rows) every `period`, for as long
    /// as the process runs.
    pub fn purge_expired_every(&self, shared: SharedStore, period: std::time::Duration) {
        let store = self.clone();
        tokio::spawn(async move {
            let mut tick = tokio::time::interval(period);
            loop {
                tick.tick().await;
                if let Err(e) = store.delete_expired().await {
                    tracing::warn!(error = %e, "could not purge expired sessions");
                }
                if let Err(e) = shared.purge().await {
                    tracing::warn!(error = %e, "could not purge the shared store");
                }
            }
        });
    }
}

#[async_trait]
impl SessionStore for AnyStore {
    async fn create(&self, record: &mut Record) -> session_store::Result<()> {
        let mut sealed = self.seal(record);
        match &self.backend {
            Backend::Sqlite(s) => s.create(&mut sealed).await,
            Backend::Postgres(s) => s.create(&mut sealed).await,
            Backend::Redis(s) => s.create(&mut sealed).await,
        }?;
        // The store may have given it another id (a collision).
        record.id = sealed.id;
        Ok(())
    }

    async fn save(&self, record: &Record) -> session_store::Result<()> {
        let sealed = self.seal(record);
        match &self.backend {
            Backend::Sqlite(s) => s.save(&sealed).await,
            Backend::Postgres(s) => s.save(&sealed).await,
            Backend::Redis(s) => s.save(&sealed).await,
        }
    }

    async fn load(&self, id: &Id) -> session_store::Result<Option<Record>> {
        let found = match &self.backend {
            Backend::Sqlite(s) => s.load(id).await,
            Backend::Postgres(s) => s.load(id).await,
            Backend::Redis(s) => s.load(id).await,
        }?;
        Ok(found.and_then(|record| self.unseal(record)))
    }

    async fn delete(&self, id: &Id) -> session_store::Result<()> {
        // A proof's cycle replaces the old record in one write instead of deleting it, so there
        // is no moment in which the old id opens nothing (`SessionIndex::cycle`).
        // (Should it be gone already, Redis' save, which only updates, fails: then delete as asked.)
        if let Ok(Some(record)) = SUPERSEDE.try_with(|r| (r.id == *id).then(|| r.clone())) {
            if self.save(&record).await.is_ok() {
                return Ok(());
            }
        }
        match &self.backend {
            Backend::Sqlite(s) => s.delete(id).await,
            Backend::Postgres(s) => s.delete(id).await,
            Backend::Redis(s) => s.delete(id).await,
        }
    }
}

#[cfg(test)]
mod tests {
    use tower_sessions::cookie::time::{Duration, OffsetDateTime};

    use super::*;

    #[tokio::test]
    async fn expired_sessions_are_purged_and_live_ones_kept() {
        let file = std::env::temp_dir().join(format!("purge-{}.db", uuid::Uuid::new_v4()));
        let url = format!("sqlite://{}", file.display());
        let (store, _) = AnyStore::connect(&url).await.unwrap();
        let record = |minutes: i64| Record {
            id: Id::default(),
            data: Default::default(),
            expiry_date: OffsetDateTime::now_utc() + Duration::minutes(minutes),
        };
        let (mut old, mut live) = (record(-5), record(30));
        store.create(&mut old).await.unwrap();
        store.create(&mut live).await.unwrap();
        store.delete_expired().await.unwrap();
        let rows: i64 = sqlx::query_scalar("select count(*) from tower_sessions")
            .fetch_one(&sqlx::SqlitePool::connect(&url).await.unwrap())
            .await
            .unwrap();
        assert_eq!(rows, 1, "only the live session is left");
        assert!(store.load(&live.id).await.unwrap().is_some());
        let _ = std::fs::remove_file(file);
    }
}
