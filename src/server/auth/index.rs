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
    session::{AuthSession, AUTH_KEY},
    session::{SEEN_KEY, SUPERSEDED_KEY},
    store::SUPERSEDE,
    AnyStore,
};
use std::sync::Arc;

use crate::server::{
    crypto::Sealer, error::ServerError, logto::LogtoSessionRef, shared_store::SharedStore,
};

/// What the index knows of a session (shown on the security page; never sent whole).
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct IndexEntry {
    pub signed_in_at: i64,
    #[serde(default)]
    pub user_agent: String,
    /// Where the sign-in came from (`server::client_ip`); empty for entries from before.
    #[serde(default)]
    pub ip: String,
    /// The Logto session it signed in with: signing this session out ends that one too, where
    /// Logto can.
    #[serde(default)]
    pub logto: LogtoSessionRef,
    /// The id a proof replaced, alive for a short grace (not listed; ended with the others).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub superseded: bool,
    /// For a superseded id: the handle of the id that replaced it, so that signing out ends
    /// the whole line.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub superseded_by: Option<String>,
}

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
    /// Seals each entry: where a session was signed in from, and with which browser, is
    /// personal data.
    pub sealer: Arc<Sealer>,
    pub lifetime_secs: i64,
    /// How long a session's id from before a proof keeps working, in its state from before the
    /// proof (`SESSION_PROOF_GRACE_MINUTES`, 1). The answer carrying the new id can be lost (a
    /// dropped connection, an instance that dies before it answers); the browser then still
    /// holds the old id and would otherwise be signed out. A proof is not carried over, so a
    /// stolen old id gains nothing it did not have.
    pub grace_secs: i64,
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
        let expires_at = entry.signed_in_at + self.lifetime_secs;
        if let Some(sid) = &entry.logto.sid {
            // A back-channel logout may name the Logto session alone.
            self.shared
                .put_value(&sid_key(sid), user, expires_at)
                .await
                .map_err(ServerError::Store)?;
        }
        self.put(user, id, entry, expires_at).await
    }

    /// Rewrites the claims every live session of `user` keeps (a change Logto pushed), so each
    /// shows it on its next page without asking Logto. Returns how many were rewritten.
    pub async fn update_claims(
        &self,
        user: &str,
        update: impl Fn(&mut serde_json::Map<String, serde_json::Value>),
    ) -> Result<usize, ServerError> {
        let all = self
            .shared
            .index_list(user)
            .await
            .map_err(ServerError::Store)?;
        let mut updated = 0;
        for raw in all.keys() {
            let Ok(id) = Id::from_str(raw) else {
                continue;
            };
            let Some(mut record) = self.sessions.load(&id).await.map_err(store_error)? else {
                continue;
            };
            let sealed = record.data.get(AUTH_KEY).and_then(|v| v.as_str());
            let Some(mut auth) = sealed
                .and_then(|s| self.sealer.open(s))
                .and_then(|plain| serde_json::from_slice::<AuthSession>(&plain).ok())
            else {
                continue;
            };
            update(&mut auth.claims);
            let json = serde_json::to_vec(&auth).unwrap_or_default();
            record
                .data
                .insert(AUTH_KEY.into(), self.sealer.seal(&json).into());
            self.sessions.save(&record).await.map_err(store_error)?;
            updated += 1;
        }
        Ok(updated)
    }

    /// Ends this app's sessions that signed in with the Logto session `sid` (all of `sub`'s when
    /// no `sid` is named), with the ids proofs replaced in them. Returns how many.
    pub async fn end_logto_session(
        &self,
        sub: Option<&str>,
        sid: Option<&str>,
    ) -> Result<usize, ServerError> {
        let user = match (sub, sid) {
            (Some(sub), _) => Some(sub.to_owned()),
            (None, Some(sid)) => self
                .shared
                .value(&sid_key(sid))
                .await
                .map_err(ServerError::Store)?,
            (None, None) => None,
        };
        let Some(user) = user else {
            return Ok(0);
        };
        let Some(sid) = sid else {
            return self.end_others(&user, None).await;
        };
        let all = self
            .shared
            .index_list(&user)
            .await
            .map_err(ServerError::Store)?;
        let mut ended = 0;
        for (raw, json) in &all {
            let Ok(id) = Id::from_str(raw) else {
                continue;
            };
            if self.decode(json).logto.sid.as_deref() == Some(sid) {
                self.end_predecessors(&user, id).await?;
                self.end(&user, id).await?;
                ended += 1;
            }
        }
        Ok(ended)
    }

    async fn put(
        &self,
        user: &str,
        id: Id,
        entry: &IndexEntry,
        expires_at: i64,
    ) -> Result<(), ServerError> {
        let json = serde_json::to_vec(entry).unwrap_or_default();
        let sealed = self.sealer.seal(&json);
        self.shared
            .index_put(user, &id.to_string(), &sealed, expires_at)
            .await
            .map_err(ServerError::Store)
    }

    /// An entry as stored: sealed, or in plain JSON from before entries were sealed.
    fn decode(&self, raw: &str) -> IndexEntry {
        let plain = match Sealer::is_sealed(raw) {
            true => self.sealer.open(raw).unwrap_or_default(),
            false => raw.as_bytes().to_vec(),
        };
        serde_json::from_slice(&plain).unwrap_or_default()
    }

    pub async fn remove(&self, user: &str, id: Id) -> Result<(), ServerError> {
        self.shared
            .index_remove(user, &id.to_string())
            .await
            .map_err(ServerError::Store)
    }

    /// Gives the session a new id (written at once) and moves its index entry along. The old id
    /// keeps the session as it was stored before this request for the grace: its
    /// record is overwritten in place, never deleted first. The deadline is also marked in the
    /// shared store, where a request still holding the old id cannot write over it (its stale
    /// copy of the record may: the store upserts).
    pub async fn cycle(&self, user: &str, session: &Session) -> Result<(), ServerError> {
        let old = session.id();
        let until = self.shared.clock().now_secs() + self.grace_secs;
        if let Some(old) = old {
            self.shared
                .mark(
                    &superseded_key(&old),
                    until,
                    self.shared.clock().now_secs() + self.lifetime_secs,
                )
                .await
                .map_err(ServerError::Store)?;
        }
        let before = match old {
            Some(id) => self.sessions.load(&id).await.map_err(store_error)?,
            None => None,
        };
        let kept = before.is_some();
        session.remove_value(SUPERSEDED_KEY).await?;
        match before {
            Some(mut record) => {
                record.data.insert(SUPERSEDED_KEY.into(), until.into());
                record.expiry_date =
                    OffsetDateTime::now_utc() + time::Duration::seconds(self.grace_secs);
                SUPERSEDE.scope(record, session.cycle_id()).await?;
            }
            None => session.cycle_id().await?,
        }
        session.save().await?;
        let entry = match old {
            Some(old) => self.entry(user, old).await?,
            None => None,
        };
        let entry = IndexEntry {
            superseded: false,
            superseded_by: None,
            ..entry.unwrap_or(IndexEntry {
                signed_in_at: self.shared.clock().now_secs(),
                ..Default::default()
            })
        };
        // The old id's entry is marked in place (listed no more, still ended with the others),
        // or removed when there was no record to keep.
        if let Some(old) = old {
            if kept {
                let superseded = IndexEntry {
                    superseded: true,
                    superseded_by: session.id().map(|id| session_handle(&id)),
                    ..entry.clone()
                };
                self.put(user, old, &superseded, until).await?;
            } else {
                self.remove(user, old).await?;
            }
        }
        self.add(user, session, &entry).await
    }

    /// The Logto sessions (their `sid` for this app) the user's app sessions signed in with.
    pub async fn logto_sids(&self, user: &str) -> Result<Vec<String>, ServerError> {
        let all = self
            .shared
            .index_list(user)
            .await
            .map_err(ServerError::Store)?;
        Ok(all
            .values()
            .filter_map(|raw| self.decode(raw).logto.sid)
            .collect())
    }

    pub async fn entry(&self, user: &str, id: Id) -> Result<Option<IndexEntry>, ServerError> {
        let all = self
            .shared
            .index_list(user)
            .await
            .map_err(ServerError::Store)?;
        Ok(all.get(&id.to_string()).map(|raw| self.decode(raw)))
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
            let entry = self.decode(&json);
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

    /// Until when a proof's old id still opens its session (see [`SessionIndex::cycle`]);
    /// `None` for an id no proof replaced.
    pub async fn superseded_until(&self, id: &Id) -> Result<Option<i64>, ServerError> {
        self.shared
            .marked(&superseded_key(id))
            .await
            .map_err(ServerError::Store)
    }

    /// Ends one session of `user`: only one the index holds for that user. Its id is remembered
    /// as ended for the session's lifetime, so the browser holding it must enter its
    /// credentials to get back in (`auth::ended`).
    pub async fn end(&self, user: &str, id: Id) -> Result<(), ServerError> {
        self.shared
            .mark(
                &ended_key(&id),
                1,
                self.shared.clock().now_secs() + self.lifetime_secs,
            )
            .await
            .map_err(ServerError::Store)?;
        self.sessions.delete(&id).await.map_err(store_error)?;
        self.remove(user, id).await
    }

    /// Whether this id's session was ended from elsewhere (not expired, not signed out by the
    /// browser itself).
    pub async fn was_ended(&self, id: &Id) -> Result<bool, ServerError> {
        Ok(self
            .shared
            .marked(&ended_key(id))
            .await
            .map_err(ServerError::Store)?
            .is_some())
    }

    /// Ends the ids that proofs in this session replaced (each still in its grace): signing out
    /// must not leave an older id of the same browser working.
    pub async fn end_predecessors(&self, user: &str, id: Id) -> Result<(), ServerError> {
        let all = self
            .shared
            .index_list(user)
            .await
            .map_err(ServerError::Store)?;
        let mut successors = vec![session_handle(&id)];
        while let Some(successor) = successors.pop() {
            for (raw, json) in &all {
                let entry = self.decode(json);
                let Ok(old) = Id::from_str(raw) else {
                    continue;
                };
                if entry.superseded && entry.superseded_by.as_deref() == Some(&successor) {
                    self.end(user, old).await?;
                    successors.push(session_handle(&old));
                }
            }
        }
        Ok(())
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

fn sid_key(sid: &str) -> String {
    format!("logto-sid:{}", crate::server::crypto::short_digest(sid))
}

fn ended_key(id: &Id) -> String {
    format!("ended:{}", session_handle(id))
}

fn superseded_key(id: &Id) -> String {
    format!("superseded:{}", session_handle(id))
}

fn store_error(e: tower_sessions::session_store::Error) -> ServerError {
    ServerError::Session(tower_sessions::session::Error::Store(e))
}
