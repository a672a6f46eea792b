//! The emulator's state. Durable parts (users, applications, keys, refresh and access tokens) are
//! written to `state.json` under the data directory after every change, atomically (temporary
//! file, fsync, rename), so a crash mid-write leaves the previous state intact.

use std::{
    collections::{BTreeMap, HashMap},
    fs,
    io::{self, Write},
    path::{Path, PathBuf},
    sync::Mutex,
};

use serde::{Deserialize, Serialize};

use crate::model::{
    AccessGrant, Application, Grant, Organization, OrganizationRole, PersonalAccessToken,
    RefreshGrant, StoredKey, User,
};

#[derive(Debug, Default, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct State {
    #[serde(default)]
    pub users: BTreeMap<String, User>,
    #[serde(default)]
    pub applications: BTreeMap<String, Application>,
    /// Signing keys, oldest first; the last one signs.
    #[serde(default)]
    pub keys: Vec<StoredKey>,
    #[serde(default)]
    pub refresh_tokens: HashMap<String, RefreshGrant>,
    #[serde(default)]
    pub access_tokens: HashMap<String, AccessGrant>,
    /// JWT access tokens issued before this time (seconds) are refused: the "expire issued
    /// tokens early" fault.
    #[serde(default)]
    pub jwt_not_before: i64,
    #[serde(default)]
    pub organizations: BTreeMap<String, Organization>,
    #[serde(default)]
    pub organization_roles: BTreeMap<String, OrganizationRole>,
    #[serde(default)]
    pub personal_access_tokens: Vec<PersonalAccessToken>,
    /// Grant id → grant.
    #[serde(default)]
    pub grants: BTreeMap<String, Grant>,
    /// The sign-in experience's `mfa` once patched (else a fresh Logto's).
    #[serde(default)]
    pub sign_in_mfa: Option<serde_json::Value>,
    /// The sign-in experience's `adaptiveMfa` once written (`None`: the fresh `{}`).
    #[serde(default)]
    pub adaptive_mfa: Option<serde_json::Value>,
    /// `PATCH /api/account-center` as stored (`None`: a fresh Logto's row).
    #[serde(default)]
    pub account_center: Option<serde_json::Value>,
    /// Webhooks (`/api/hooks`), by id.
    #[serde(default)]
    pub hooks: BTreeMap<String, crate::hooks::Hook>,
}

pub struct Store {
    state: Mutex<State>,
    file: Option<PathBuf>,
}

impl Store {
    pub fn in_memory() -> Store {
        Store {
            state: Mutex::new(State::default()),
            file: None,
        }
    }

    /// Opens (or creates) the state under `dir`.
    pub fn open(dir: &Path) -> io::Result<Store> {
        fs::create_dir_all(dir)?;
        let file = dir.join("state.json");
        let state = match fs::read(&file) {
            Ok(bytes) => serde_json::from_slice(&bytes).map_err(|e| {
                io::Error::new(
                    io::ErrorKind::InvalidData,
                    format!("{}: {e}", file.display()),
                )
            })?,
            Err(e) if e.kind() == io::ErrorKind::NotFound => State::default(),
            Err(e) => return Err(e),
        };
        Ok(Store {
            state: Mutex::new(state),
            file: Some(file),
        })
    }

    pub fn read<R>(&self, f: impl FnOnce(&State) -> R) -> R {
        f(&self.lock())
    }

    /// Changes the state and persists it before returning. A failed write is logged and the
    /// in-memory change kept: the emulator is a development tool and should keep answering.
    pub fn write<R>(&self, f: impl FnOnce(&mut State) -> R) -> R {
        let mut state = self.lock();
        let result = f(&mut state);
        if let Some(file) = &self.file {
            if let Err(e) = persist(file, &state) {
                tracing::error!(error = %e, file = %file.display(), "could not save emulator state");
            }
        }
        result
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, State> {
        // A panic while holding the lock leaves plain data behind; keep serving it.
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }
}

fn persist(file: &Path, state: &State) -> io::Result<()> {
    let bytes = serde_json::to_vec_pretty(state).map_err(io::Error::other)?;
    let tmp = file.with_extension("json.tmp");
    {
        let mut out = fs::File::create(&tmp)?;
        out.write_all(&bytes)?;
        out.sync_all()?;
    }
    fs::rename(&tmp, file)?;
    if let Some(dir) = file.parent() {
        // Make the rename itself durable.
        if let Ok(dir) = fs::File::open(dir) {
            let _ = dir.sync_all();
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn state_survives_a_reopen_and_ignores_a_torn_temporary_file() {
        let dir = std::env::temp_dir().join(format!("emu-store-{}", crate::ids::token()));
        let store = Store::open(&dir).unwrap();
        store.write(|s| s.jwt_not_before = 42);
        // A crash mid-write leaves a partial temporary file behind; it must not matter.
        fs::write(dir.join("state.json.tmp"), b"{\"users\": {").unwrap();
        let reopened = Store::open(&dir).unwrap();
        assert_eq!(reopened.read(|s| s.jwt_not_before), 42);
        fs::remove_dir_all(dir).unwrap();
    }
}
