//! The app's own database (`DATABASE_URL`): a SQLite file in the data folder by default, Postgres
//! to scale. It holds what the app keeps about users that Logto does not (the activity log).
//! Migrations run at start (`migrations/sqlite`, `migrations/postgres`, embedded at build time).

use sqlx::{postgres::PgPoolOptions, sqlite::SqliteConnectOptions, PgPool, SqlitePool};

#[derive(Debug, Clone)]
pub enum Db {
    Sqlite(SqlitePool),
    Postgres(PgPool),
}

/// A failure of the app's own database, with its cause.
#[derive(Debug, thiserror::Error)]
pub enum DbError {
    #[error("database")]
    Sql(#[from] sqlx::Error),
    #[error("database migration")]
    Migrate(#[from] sqlx::migrate::MigrateError),
}

/// The same statement on either pool (their sqlx types differ, the code does not).
macro_rules! per_db {
    ($db:expr, |$pool:ident| $body:expr) => {
        match $db {
            Db::Sqlite($pool) => $body,
            Db::Postgres($pool) => $body,
        }
    };
}
pub(crate) use per_db;

impl Db {
    /// Connects and brings the schema up to date (twice in a row is a no-op).
    pub async fn connect(url: &str) -> Result<Db, DbError> {
        let db = if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Db::Postgres(
                PgPoolOptions::new()
                    .max_connections(10)
                    .connect(url)
                    .await?,
            )
        } else {
            let options: SqliteConnectOptions = url.parse()?;
            let options = options
                .create_if_missing(true)
                .journal_mode(sqlx::sqlite::SqliteJournalMode::Wal)
                .busy_timeout(std::time::Duration::from_secs(5));
            Db::Sqlite(SqlitePool::connect_with(options).await?)
        };
        db.migrate().await?;
        Ok(db)
    }

    async fn migrate(&self) -> Result<(), DbError> {
        match self {
            Db::Sqlite(pool) => sqlx::migrate!("migrations/sqlite").run(pool).await?,
            Db::Postgres(pool) => sqlx::migrate!("migrations/postgres").run(pool).await?,
        }
        Ok(())
    }
}
