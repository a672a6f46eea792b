//! Notices waiting to be sent, in the app's own database: a change never waits for (or fails
//! with) the mail server. Each instance claims a due row before sending it, so two never send
//! the same notice; a failed send is tried again later, backing off.

use crate::server::db::{per_db, Db, DbError};

/// A notice to send: its id and its sealed email.
#[derive(Debug, Clone)]
pub struct Queued {
    pub id: String,
    pub message: String,
    pub attempts: i64,
}

/// How long a claimed row is left alone by other instances while it is being sent.
const LEASE_SECS: i64 = 120;

impl Db {
    pub async fn queue_notice(
        &self,
        sender: &str,
        id: &str,
        user: &str,
        message: &str,
        now: i64,
    ) -> Result<(), DbError> {
        const INSERT: &str = "insert into notice_outbox \
             (id, user_id, message, attempts, next_at, created_at, sender) \
             values ($1, $2, $3, 0, $4, $4, $5)";
        per_db!(self, |pool| sqlx::query(INSERT)
            .bind(id)
            .bind(user)
            .bind(message)
            .bind(now)
            .bind(sender)
            .execute(pool)
            .await
            .map(drop)?);
        Ok(())
    }

    /// `sender`'s notices due at `now`, each claimed for this instance (others skip it for a
    /// while).
    pub async fn claim_due_notices(
        &self,
        sender: &str,
        now: i64,
        limit: i64,
    ) -> Result<Vec<Queued>, DbError> {
        const DUE: &str = "select id, message, attempts from notice_outbox \
             where sender = $3 and next_at <= $1 order by next_at limit $2";
        const CLAIM: &str = "update notice_outbox set next_at = $1 where id = $2 and next_at <= $3";
        let rows: Vec<(String, String, i64)> = per_db!(self, |pool| sqlx::query_as(DUE)
            .bind(now)
            .bind(limit)
            .bind(sender)
            .fetch_all(pool)
            .await?);
        let mut claimed = Vec::new();
        for (id, message, attempts) in rows {
            let done = per_db!(self, |pool| sqlx::query(CLAIM)
                .bind(now + LEASE_SECS)
                .bind(&id)
                .bind(now)
                .execute(pool)
                .await?
                .rows_affected());
            if done == 1 {
                claimed.push(Queued {
                    id,
                    message,
                    attempts,
                });
            }
        }
        Ok(claimed)
    }

    pub async fn notice_sent(&self, id: &str) -> Result<(), DbError> {
        per_db!(self, |pool| sqlx::query(
            "delete from notice_outbox where id = $1"
        )
        .bind(id)
        .execute(pool)
        .await
        .map(drop)?);
        Ok(())
    }

    /// Tries again at `next_at`.
    pub async fn notice_failed(&self, id: &str, next_at: i64) -> Result<(), DbError> {
        const RETRY: &str =
            "update notice_outbox set attempts = attempts + 1, next_at = $1 where id = $2";
        per_db!(self, |pool| sqlx::query(RETRY)
            .bind(next_at)
            .bind(id)
            .execute(pool)
            .await
            .map(drop)?);
        Ok(())
    }

    /// Drops `sender`'s notices older than `before` that still could not be sent; returns how
    /// many.
    pub async fn drop_stale_notices(&self, sender: &str, before: i64) -> Result<u64, DbError> {
        Ok(per_db!(self, |pool| sqlx::query(
            "delete from notice_outbox where sender = $2 and created_at < $1"
        )
        .bind(before)
        .bind(sender)
        .execute(pool)
        .await?
        .rows_affected()))
    }

    /// Remembers the browser (a hashed description) for the user; `true` when it is new.
    pub async fn remember_browser(
        &self,
        user: &str,
        browser: &str,
        now: i64,
    ) -> Result<bool, DbError> {
        const INSERT: &str =
            "insert into known_browsers (user_id, browser, first_seen) values ($1, $2, $3) \
             on conflict (user_id, browser) do nothing";
        Ok(per_db!(self, |pool| sqlx::query(INSERT)
            .bind(user)
            .bind(browser)
            .bind(now)
            .execute(pool)
            .await?
            .rows_affected())
            == 1)
    }

    /// How many browsers the user is known to have signed in with.
    pub async fn known_browsers(&self, user: &str) -> Result<i64, DbError> {
        Ok(per_db!(self, |pool| sqlx::query_scalar(
            "select count(*) from known_browsers where user_id = $1"
        )
        .bind(user)
        .fetch_one(pool)
        .await?))
    }

    /// With the account: its waiting notices and known browsers.
    pub async fn delete_notices(&self, user: &str) -> Result<(), DbError> {
        for sql in [
            "delete from notice_outbox where user_id = $1",
            "delete from known_browsers where user_id = $1",
        ] {
            per_db!(self, |pool| sqlx::query(sql)
                .bind(user)
                .execute(pool)
                .await
                .map(drop)?);
        }
        Ok(())
    }
}
