//! Each user's sessions of this app, so one of them can end the others (after a password change,
//! from the security page). Written at sign-in, moved when a session's id is cycled, removed at
//! sign-out; an entry outlives its session at most until the absolute lifetime ends.

use std::str::FromStr;

use serde::{Deserialize, Serialize};
use tower_sessions::{
    cookie::time::{self, OffsetDateTime},
    session::Id,
    Session, SessionStore,
};

use super::{
    now_secs,
    session::{SEEN_KEY, SUPERSEDED_KEY},
    store::SUPERSEDE,
    AnyStore,
};
use crate::server::{error::ServerError, shared_store::SharedStore};

/// What the index knows of a session (shown on the security page; never sent whole).
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct IndexEntry {
    pub signed_in_at: i64,
    #[serde(default)]
    pub user_agent: String,
    /// Where the sign-in came from (`server::client_ip`); empty for entries from before.
    #[serde(default)]
    pub ip: String,
    /// The Logto session it signed in with (the ID token's `sid`): signing this session out
    /// ends that one too, or the browser would be signed straight back in.
    #[serde(default)]
    pub logto_sid: Option<String>,
    /// The id a proof replaced, alive for a short grace (not listed; ended with the others).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub superseded: bool,
}

/// How long a session's id from before a proof keeps working, in its state from before the proof.
/// The answer carrying the new id can be lost (a dropped connection, an instance that dies before
/// it answers); the browser then still holds the old id and would otherwise be signed out. A proof
/// is not carried over, so a stolen old id gains nothing it did not have.
pub const SUPERSEDED_GRACE_SECS: i64 = 60;

/// A live session of the user, for the security page.
#[derive(Debug, Clone)]
pub struct LiveSession {
    pub id: Id,
    pub entry: IndexEntry,
    /// When it was last used (to the idle timeout's half), if it says.
    pub last_seen: Option<i64>,
}

/// A name for a session that can be shown and posted back without revealing its id (which is
/// its cookie).
pub fn session_handle(id: &Id) -> String {
    crate::server::crypto::short_digest(&id.to_string())
}

#[derive(Debug, Clone)]
pub struct SessionIndex {
    pub shared: SharedStore,
    pub sessions: AnyStore,
    pub lifetime_secs: i64,
}

impl SessionIndex {
    /// Records the session (after it was saved, so it has its id).
    pub async fn add(
        &self,
        user: &str,
        session: &Session,
        entry: &IndexEntry,
    ) -> Result<(), ServerError> {
        let Some(id) = session.id() else {
            return Ok(());
        };
        self.put(user, id, entry, entry.signed_in_at + self.lifetime_secs)
            .await
    }

    async fn put(
        &self,
        user: &str,
        id: Id,
        entry: &IndexEntry,
        expires_at: i64,
    ) -> Result<(), ServerError> {
        let json = serde_json::to_string(entry).unwrap_or_default();
        self.shared
            .index_put(user, &id.to_string(), &json, expires_at)
            .await
            .map_err(ServerError::Store)
    }

    pub async fn remove(&self, user: &str, id: Id) -> Result<(), ServerError> {
        self.shared
            .index_remove(user, &id.to_string())
            .await
            .map_err(ServerError::Store)
    }

    /// Gives the session a new id (written at once) and moves its index entry along. The old id
    /// keeps the session as it was stored before this request for `SUPERSEDED_GRACE_SECS`: its
    /// record is overwritten in place, never deleted first.
    pub async fn cycle(&self, user: &str, session: &Session) -> Result<(), ServerError> {
        let old = session.id();
        let before = match old {
            Some(id) => self.sessions.load(&id).await.map_err(store_error)?,
            None => None,
        };
        let kept = before.is_some();
        let until = now_secs() + SUPERSEDED_GRACE_SECS;
        session.remove_value(SUPERSEDED_KEY).await?;
        match before {
            Some(mut record) => {
                record.data.insert(SUPERSEDED_KEY.into(), until.into());
                record.expiry_date =
                    OffsetDateTime::now_utc() + time::Duration::seconds(SUPERSEDED_GRACE_SECS);
                SUPERSEDE.scope(record, session.cycle_id()).await?;
            }
            None => session.cycle_id().await?,
        }
        session.save().await?;
        let entry = match old {
            Some(old) => self.entry(user, old).await?,
            None => None,
        };
        let entry = entry.unwrap_or(IndexEntry {
            signed_in_at: now_secs(),
            ..Default::default()
        });
        // The old id's entry is marked in place (listed no more, still ended with the others),
        // or removed when there was no record to keep.
        if let Some(old) = old {
            if kept {
                let superseded = IndexEntry {
                    superseded: true,
                    ..entry.clone()
                };
                self.put(user, old, &superseded, until).await?;
            } else {
                self.remove(user, old).await?;
            }
        }
        self.add(user, session, &entry).await
    }

    pub async fn entry(&self, user: &str, id: Id) -> Result<Option<IndexEntry>, ServerError> {
        let all = self
            .shared
            .index_list(user)
            .await
            .map_err(ServerError::Store)?;
        Ok(all
            .get(&id.to_string())
            .and_then(|json| serde_json::from_str(json).ok()))
    }

    /// The user's sessions that still exist in the store, oldest sign-in first. Entries whose
    /// session has ended (expired, signed out elsewhere) are dropped from the index on the way.
    pub async fn live(&self, user: &str) -> Result<Vec<LiveSession>, ServerError> {
        let all = self
            .shared
            .index_list(user)
            .await
            .map_err(ServerError::Store)?;
        let mut live = Vec::new();
        for (raw, json) in all {
            let Ok(id) = Id::from_str(&raw) else {
                continue;
            };
            let record = self.sessions.load(&id).await.map_err(store_error)?;
            let Some(record) = record else {
                self.remove(user, id).await?;
                continue;
            };
            let entry: IndexEntry = serde_json::from_str(&json).unwrap_or_default();
            if entry.superseded {
                continue;
            }
            live.push(LiveSession {
                id,
                entry,
                last_seen: record.data.get(SEEN_KEY).and_then(|v| v.as_i64()),
            });
        }
        live.sort_by_key(|s| s.entry.signed_in_at);
        Ok(live)
    }

    /// Ends one session of `user`: only one the index holds for that user.
    pub async fn end(&self, user: &str, id: Id) -> Result<(), ServerError> {
        self.sessions.delete(&id).await.map_err(store_error)?;
        self.remove(user, id).await
    }

    /// Ends every session of `user` but `keep`, in the session store itself: their next request
    /// finds no session. Returns how many were ended.
    pub async fn end_others(&self, user: &str, keep: Option<Id>) -> Result<usize, ServerError> {
        let all = self
            .shared
            .index_list(user)
            .await
            .map_err(ServerError::Store)?;
        let mut ended = 0;
        for raw in all.keys() {
            let Ok(id) = Id::from_str(raw) else {
                continue;
            };
            if Some(id) == keep {
                continue;
            }
            self.end(user, id).await?;
            ended += 1;
        }
        Ok(ended)
    }
}

fn store_error(e: tower_sessions::session_store::Error) -> ServerError {
    ServerError::Session(tower_sessions::session::Error::Store(e))
}
