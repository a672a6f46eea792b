//! The activity log: every account change the app makes, kept in the own database for
//! `ACTIVITY_DAYS` (180 by default), shown newest first, deleted with the account. An entry
//! names what changed (an action, field names) — never a value, password, code or key.

use super::db::{per_db, Db, DbError};

/// One change, as stored.
#[derive(Debug, Clone, PartialEq)]
pub struct Activity {
    pub at: i64,
    /// A stable key: `profile.saved`, `password.changed`, …
    pub action: String,
    /// Field names (`name`, `given_name`) or a kind (`Totp`); never values.
    pub fields: Vec<String>,
    /// The session's handle (`auth::session_handle`), its sign-in address and browser.
    pub session: String,
    pub ip: String,
    pub user_agent: String,
}

type Row = (i64, String, String, String, String, String);

/// An action in words, for those that need no field names.
pub fn action_text(action: &str) -> Option<crate::i18n::Text> {
    use crate::i18n;
    Some(match action {
        "password.changed" => i18n::ACT_PASSWORD_CHANGED,
        "password.set" => i18n::ACT_PASSWORD_SET,
        "email.changed" => i18n::ACT_EMAIL_CHANGED,
        "email.removed" => i18n::ACT_EMAIL_REMOVED,
        "phone.changed" => i18n::ACT_PHONE_CHANGED,
        "phone.removed" => i18n::ACT_PHONE_REMOVED,
        "session.ended" => i18n::ACT_SESSION_ENDED,
        "sessions.ended_others" => i18n::ACT_SESSIONS_ENDED,
        "logto_session.ended" => i18n::ACT_LOGTO_SESSION_ENDED,
        "totp.added" => i18n::ACT_TOTP_ADDED,
        "totp.replaced" => i18n::ACT_TOTP_REPLACED,
        "passkey.added" => i18n::ACT_PASSKEY_ADDED,
        "sign_in_step.on" => i18n::ACT_SIGN_IN_STEP_ON,
        "sign_in_step.off" => i18n::ACT_SIGN_IN_STEP_OFF,
        "backup_codes.created" => i18n::ACT_BACKUP_CODES,
        "factor.removed" => i18n::ACT_FACTOR_REMOVED,
        "data.exported" => i18n::ACT_DATA_EXPORTED,
        "photo.changed" => i18n::ACT_PHOTO_CHANGED,
        "photo.removed" => i18n::ACT_PHOTO_REMOVED,
        "sign_in.new_browser" => i18n::ACT_NEW_BROWSER,
        "identity.unlinked" => i18n::ACT_LINK_REMOVED,
        _ => return None,
    })
}

fn from_row((at, action, fields, session, ip, user_agent): Row) -> Activity {
    Activity {
        at,
        action,
        fields: fields
            .split(',')
            .filter(|f| !f.is_empty())
            .map(String::from)
            .collect(),
        session,
        ip,
        user_agent,
    }
}

impl Db {
    pub async fn record(&self, user: &str, a: &Activity) -> Result<(), DbError> {
        const INSERT: &str = "insert into activity \
             (user_id, at, action, fields, session, ip, user_agent) \
             values ($1, $2, $3, $4, $5, $6, $7)";
        per_db!(self, |pool| {
            sqlx::query(INSERT)
                .bind(user)
                .bind(a.at)
                .bind(&a.action)
                .bind(a.fields.join(","))
                .bind(&a.session)
                .bind(&a.ip)
                .bind(&a.user_agent)
                .execute(pool)
                .await
                .map(drop)?
        });
        Ok(())
    }

    /// Newest first: `limit` entries after skipping `offset`.
    pub async fn activity(
        &self,
        user: &str,
        offset: i64,
        limit: i64,
    ) -> Result<Vec<Activity>, DbError> {
        const PAGE: &str = "select at, action, fields, session, ip, user_agent from activity \
             where user_id = $1 order by at desc, id desc limit $2 offset $3";
        let rows: Vec<Row> = per_db!(self, |pool| {
            sqlx::query_as(PAGE)
                .bind(user)
                .bind(limit)
                .bind(offset)
                .fetch_all(pool)
                .await?
        });
        Ok(rows.into_iter().map(from_row).collect())
    }

    /// When the user last did one of `actions` (within what the log keeps).
    pub async fn last_activity(
        &self,
        user: &str,
        actions: &[&str],
    ) -> Result<Option<i64>, DbError> {
        const LAST: &str = "select max(at) from activity where user_id = $1 and action = $2";
        let mut last = None;
        for action in actions {
            let at: Option<i64> = per_db!(self, |pool| {
                sqlx::query_scalar(LAST)
                    .bind(user)
                    .bind(*action)
                    .fetch_one(pool)
                    .await?
            });
            last = last.max(at);
        }
        Ok(last)
    }

    pub async fn delete_activity(&self, user: &str) -> Result<(), DbError> {
        per_db!(self, |pool| {
            sqlx::query("delete from activity where user_id = $1")
                .bind(user)
                .execute(pool)
                .await
                .map(drop)?
        });
        Ok(())
    }

    /// Drops entries older than `before` (epoch seconds).
    pub async fn purge_activity(&self, before: i64) -> Result<u64, DbError> {
        let done = per_db!(self, |pool| {
            sqlx::query("delete from activity where at < $1")
                .bind(before)
                .execute(pool)
                .await?
                .rows_affected()
        });
        Ok(done)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(at: i64, action: &str) -> Activity {
        Activity {
            at,
            action: action.into(),
            fields: vec!["name".into(), "given_name".into()],
            session: "0123456789abcdef".into(),
            ip: "127.0.0.1".into(),
            user_agent: "Firefox".into(),
        }
    }

    #[tokio::test]
    async fn entries_page_newest_first_purge_and_go_with_the_user() {
        let dir = std::env::temp_dir().join(format!("activity-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let url = format!("sqlite://{}", dir.join("app.db").display());
        let db = Db::connect(&url).await.unwrap();
        // Migrations run once: connecting again finds them applied.
        let db2 = Db::connect(&url).await.unwrap();
        for at in 1..=5 {
            db.record("u1", &entry(at * 100, &format!("a{at}")))
                .await
                .unwrap();
        }
        db2.record("u2", &entry(1, "other")).await.unwrap();
        let page = db.activity("u1", 0, 2).await.unwrap();
        assert_eq!(
            page.iter().map(|a| a.action.as_str()).collect::<Vec<_>>(),
            ["a5", "a4"]
        );
        assert_eq!(page[0].fields, ["name", "given_name"]);
        assert_eq!(
            db.last_activity("u1", &["a2", "a4", "none"]).await.unwrap(),
            Some(400)
        );
        assert_eq!(db.last_activity("u2", &["a2"]).await.unwrap(), None);
        let next = db.activity("u1", 2, 2).await.unwrap();
        assert_eq!(next[0].action, "a3");
        assert_eq!(
            db.purge_activity(250).await.unwrap(),
            3,
            "100, 200 and u2's 1"
        );
        assert_eq!(db.activity("u1", 0, 10).await.unwrap().len(), 3);
        db.delete_activity("u1").await.unwrap();
        assert!(db.activity("u1", 0, 10).await.unwrap().is_empty());
        let _ = std::fs::remove_dir_all(dir);
    }
}
