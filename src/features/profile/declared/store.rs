//! Declared fields in the app's own database (`profile_values`): one row per user and field,
//! a version per row so a save only replaces the value its page showed.

use crate::server::db::{per_db, Db, DbError};

/// A stored value (sealed when the field is sensitive) and its version.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub field: String,
    pub value: String,
    pub version: i64,
}

/// One write: the value to store, and the version the page showed (0: no row yet).
#[derive(Debug, Clone)]
pub struct Write {
    pub field: String,
    pub value: String,
    pub expected: i64,
}

/// Every sealed row of every user whose seal is not `current` (`reseal`): user id and row.
pub async fn sealed_rows(db: &Db) -> Result<Vec<(String, Row)>, DbError> {
    const SELECT: &str = "select user_id, field, value, version from profile_values \
         where value like 'enc%:%'";
    let rows: Vec<(String, String, String, i64)> =
        per_db!(db, |pool| { sqlx::query_as(SELECT).fetch_all(pool).await? });
    Ok(rows
        .into_iter()
        .map(|(user, field, value, version)| {
            (
                user,
                Row {
                    field,
                    value,
                    version,
                },
            )
        })
        .collect())
}

pub async fn rows(db: &Db, user: &str) -> Result<Vec<Row>, DbError> {
    const SELECT: &str = "select field, value, version from profile_values where user_id = $1";
    let rows: Vec<(String, String, i64)> = per_db!(db, |pool| {
        sqlx::query_as(SELECT).bind(user).fetch_all(pool).await?
    });
    Ok(rows
        .into_iter()
        .map(|(field, value, version)| Row {
            field,
            value,
            version,
        })
        .collect())
}

/// Writes all or nothing: `Ok(Err(fields))` names the fields whose row moved past the version
/// the page showed (and nothing was written).
pub async fn write(
    db: &Db,
    user: &str,
    writes: &[Write],
    now: i64,
) -> Result<Result<(), Vec<String>>, DbError> {
    const INSERT: &str = "insert into profile_values (user_id, field, value, version, updated_at) \
         values ($1, $2, $3, 1, $4) on conflict (user_id, field) do nothing";
    const UPDATE: &str = "update profile_values set value = $1, version = version + 1, \
         updated_at = $2 where user_id = $3 and field = $4 and version = $5";
    per_db!(db, |pool| {
        let mut tx = pool.begin().await?;
        let mut moved = Vec::new();
        for w in writes {
            let done = if w.expected == 0 {
                sqlx::query(INSERT)
                    .bind(user)
                    .bind(&w.field)
                    .bind(&w.value)
                    .bind(now)
                    .execute(&mut *tx)
                    .await?
            } else {
                sqlx::query(UPDATE)
                    .bind(&w.value)
                    .bind(now)
                    .bind(user)
                    .bind(&w.field)
                    .bind(w.expected)
                    .execute(&mut *tx)
                    .await?
            };
            if done.rows_affected() == 0 {
                moved.push(w.field.clone());
            }
        }
        if moved.is_empty() {
            tx.commit().await?;
            Ok(Ok(()))
        } else {
            tx.rollback().await?;
            Ok(Err(moved))
        }
    })
}

/// Replaces a sealed value with the same value sealed under the current key, unless the row
/// changed meanwhile (the version stays: the value did not change).
pub async fn reseal(db: &Db, user: &str, row: &Row, sealed: &str) -> Result<(), DbError> {
    const UPDATE: &str = "update profile_values set value = $1 \
         where user_id = $2 and field = $3 and version = $4";
    per_db!(db, |pool| {
        sqlx::query(UPDATE)
            .bind(sealed)
            .bind(user)
            .bind(&row.field)
            .bind(row.version)
            .execute(pool)
            .await
            .map(drop)?
    });
    Ok(())
}

pub async fn delete_all(db: &Db, user: &str) -> Result<(), DbError> {
    per_db!(db, |pool| {
        sqlx::query("delete from profile_values where user_id = $1")
            .bind(user)
            .execute(pool)
            .await
            .map(drop)?
    });
    Ok(())
}
