//! Shared state of a running emulator.

use std::{
    collections::{HashMap, VecDeque},
    sync::{Arc, Mutex, MutexGuard},
};

use serde_json::Value;

use crate::{
    faults::Faults,
    ids, keys,
    keys::KeySet,
    mailbox::Mailbox,
    model::{now_ms, Application, MfaFactor, MfaVerification, User},
    password,
    seed::Seed,
    store::Store,
    EmulatorConfig, MANAGEMENT_RESOURCE,
};

/// Lifetimes from the contract (§5).
pub const ID_TOKEN_TTL: i64 = 3600;
pub const ACCESS_TOKEN_TTL: i64 = 3600;
pub const REFRESH_TOKEN_TTL: i64 = 14 * 24 * 3600;
pub const AUTH_CODE_TTL: i64 = 60;
pub const INTERACTION_TTL: i64 = 3600;
pub const SESSION_TTL: i64 = 14 * 24 * 3600;
/// Logto's `Grant` lifetime (`core/src/oidc/init.ts`: 180 days).
pub const GRANT_TTL: i64 = 180 * 24 * 3600;

#[derive(Clone)]
pub struct Ctx(Arc<Inner>);

pub struct Inner {
    /// Where the emulator listens.
    pub addr: std::net::SocketAddr,
    pub issuer: String,
    pub management_resource: String,
    pub store: Store,
    pub keys: KeySet,
    pub mailbox: Mailbox,
    pub faults: Faults,
    pub stats: crate::faults::Stats,
    pub admin: bool,
    pub connectors: bool,
    pub version: crate::LogtoVersion,
    pub breach_check_offline: bool,
    /// The dev SMTP server refuses connections (`/__emulator/smtp`).
    pub smtp_down: std::sync::atomic::AtomicBool,
    ephemeral: Mutex<Ephemeral>,
}

impl std::ops::Deref for Ctx {
    type Target = Inner;
    fn deref(&self) -> &Inner {
        &self.0
    }
}

/// What a restart may forget: in-flight sign-ins, codes, browser sessions, counters.
#[derive(Default)]
pub struct Ephemeral {
    pub interactions: HashMap<String, Interaction>,
    pub auth_codes: HashMap<String, AuthCode>,
    pub sessions: HashMap<String, BrowserSession>,
    /// Verification codes by recipient key (`email:<lowercased>` / `phone:<digits>`).
    pub codes: HashMap<String, CodeRecord>,
    /// Send times (ms) per recipient key, for the 10-per-600-s limit.
    pub sends: HashMap<String, VecDeque<i64>>,
    /// End-session pages waiting for their confirmation, by xsrf token.
    pub logouts: HashMap<String, PendingLogout>,
    /// Account API verification records (10 minutes), by id.
    pub verifications: HashMap<String, crate::account::Record>,
    /// An administrator configured a storage provider (`/__emulator/storage`).
    pub storage_ready: bool,
    /// The files it keeps, by object key.
    pub assets: HashMap<String, crate::management::user_assets::Asset>,
    /// Webhook deliveries, for their execution stats.
    pub deliveries: Vec<crate::hooks::Delivery>,
}

#[derive(Debug, Clone)]
pub struct PendingLogout {
    pub redirect: Option<String>,
    pub state: Option<String>,
    pub expires_at: i64,
}

/// An authorization request waiting for the user to sign in.
#[derive(Debug, Clone)]
pub struct AuthRequest {
    pub client_id: String,
    pub redirect_uri: String,
    pub scopes: Vec<String>,
    pub state: Option<String>,
    pub nonce: Option<String>,
    pub code_challenge: Option<String>,
    /// `max_age` or `prompt=login` was asked for: only then do the ID tokens carry `auth_time`
    /// (node-oidc-provider's `assignClaims`).
    pub auth_time_claim: bool,
}

#[derive(Debug, Clone)]
pub struct Interaction {
    pub request: AuthRequest,
    pub login_hint: Option<String>,
    pub expires_at: i64,
}

#[derive(Debug, Clone)]
pub struct AuthCode {
    pub request: AuthRequest,
    pub user_id: String,
    /// The client's `sid` and grant in the session (see [`BrowserSession::authorize`]).
    pub sid: String,
    pub grant_id: String,
    pub auth_time: i64,
    pub expires_at: i64,
}

/// A client's authorization within a browser session (oidc-provider's
/// `session.authorizations[clientId]`).
#[derive(Debug, Clone)]
pub struct ClientAuth {
    pub client_id: String,
    /// The `sid` of its ID tokens: a random value per client (`Session#sidFor`), never the `jti`.
    pub sid: String,
    pub grant_id: String,
}

#[derive(Debug, Clone)]
pub struct BrowserSession {
    /// The session cookie's value (oidc-provider's `jti`): no application ever sees it.
    pub jti: String,
    /// The id the Management API's session routes use (`payload.uid`).
    pub uid: String,
    pub user_id: String,
    /// Each client that received a code in this session.
    pub clients: Vec<ClientAuth>,
    /// Seconds since the epoch.
    pub auth_time: i64,
    pub expires_at: i64,
}

impl BrowserSession {
    /// The client's authorization in this session, made on its first use; `None` means the
    /// grant id it names is new and must be stored.
    pub fn authorize(&mut self, client_id: &str) -> (ClientAuth, bool) {
        if let Some(found) = self.clients.iter().find(|c| c.client_id == client_id) {
            return (found.clone(), false);
        }
        let made = ClientAuth {
            client_id: client_id.to_owned(),
            sid: crate::ids::token(),
            grant_id: crate::ids::token(),
        };
        self.clients.push(made.clone());
        (made, true)
    }

    pub fn grant_ids(&self) -> impl Iterator<Item = &str> {
        self.clients.iter().map(|c| c.grant_id.as_str())
    }
}

#[derive(Debug, Clone)]
pub struct CodeRecord {
    pub code: String,
    pub created_at: i64,
    pub tries: u32,
}

impl Ctx {
    pub fn new(addr: std::net::SocketAddr, config: &EmulatorConfig) -> std::io::Result<Ctx> {
        let endpoint = crate::endpoint(addr, config.host.as_deref());
        let store = match &config.data_dir {
            Some(dir) => Store::open(dir)?,
            None => Store::in_memory(),
        };
        if store.read(|s| s.keys.is_empty()) {
            let key = keys::generate().map_err(std::io::Error::other)?;
            store.write(|s| s.keys.push(key));
        }
        let keys = store
            .read(|s| KeySet::load(&s.keys))
            .map_err(std::io::Error::other)?;
        apply_seed(&store, &config.seed);
        Ok(Ctx(Arc::new(Inner {
            addr,
            issuer: format!("{endpoint}/oidc"),
            management_resource: MANAGEMENT_RESOURCE.to_owned(),
            store,
            keys,
            mailbox: Mailbox::default(),
            faults: Faults::default(),
            stats: Default::default(),
            admin: config.admin,
            connectors: config.connectors,
            version: config.version,
            breach_check_offline: config.breach_check_offline,
            smtp_down: Default::default(),
            ephemeral: Mutex::new(Ephemeral::default()),
        })))
    }

    /// `http://host:port`, as the issuer names it.
    pub fn endpoint(&self) -> &str {
        self.issuer.trim_end_matches("/oidc")
    }

    pub fn ephemeral(&self) -> MutexGuard<'_, Ephemeral> {
        self.ephemeral.lock().unwrap_or_else(|e| e.into_inner())
    }

    pub fn application(&self, id: &str) -> Option<Application> {
        self.store.read(|s| s.applications.get(id).cloned())
    }

    pub fn user(&self, id: &str) -> Option<User> {
        self.store.read(|s| s.users.get(id).cloned())
    }

    /// Generates a new signing key, publishes it beside the old ones and persists it.
    pub fn rotate_keys(&self) -> Result<String, String> {
        let stored = self.keys.rotate()?;
        let kid = stored.kid.clone();
        self.store.write(|s| s.keys.push(stored));
        Ok(kid)
    }
}

fn apply_seed(store: &Store, seed: &Seed) {
    store.write(|state| {
        for app in &seed.applications {
            let mut resource_scopes = std::collections::BTreeMap::new();
            if app.management_api_access {
                resource_scopes.insert(MANAGEMENT_RESOURCE.to_owned(), vec!["all".to_owned()]);
            }
            state.applications.insert(
                app.id.clone(),
                Application {
                    id: app.id.clone(),
                    name: app.name.clone(),
                    secret: app.secret.clone(),
                    app_type: app.app_type,
                    redirect_uris: app.redirect_uris.clone(),
                    post_logout_redirect_uris: app.post_logout_redirect_uris.clone(),
                    resource_scopes,
                    backchannel_logout_uri: app.backchannel_logout_uri.clone(),
                    backchannel_logout_session_required: app.backchannel_logout_session_required,
                    is_third_party: app.is_third_party,
                    logo_uri: app.logo_uri.clone(),
                },
            );
        }
        for seed_user in &seed.users {
            let taken = state
                .users
                .values()
                .any(|u| u.username.as_deref() == Some(seed_user.username.as_str()));
            if taken {
                continue;
            }
            let now = now_ms();
            let user = User {
                id: ids::id(12),
                username: Some(seed_user.username.clone()),
                primary_email: seed_user.primary_email.clone(),
                primary_phone: seed_user.primary_phone.clone(),
                name: seed_user.name.clone(),
                avatar: None,
                custom_data: seed_user.custom_data.clone(),
                identities: seed_user.identities.clone(),
                profile: seed_user.profile.clone(),
                application_id: None,
                is_suspended: false,
                last_sign_in_at: None,
                created_at: now,
                updated_at: now,
                password_digest: seed_user.password.as_deref().map(password::hash),
                password_updated_at: seed_user.password.as_ref().map(|_| now),
                mfa_verifications: seed_user
                    .passkeys
                    .iter()
                    .map(|agent| MfaVerification {
                        id: ids::id(12),
                        created_at: now,
                        factor: MfaFactor::WebAuthn {
                            agent: agent.clone(),
                            name: None,
                            credential_id: None,
                            rp_id: None,
                            transports: Vec::new(),
                        },
                    })
                    .collect(),
                logto_config: Default::default(),
            };
            state.users.insert(user.id.clone(), user);
        }
        for seed_hook in &seed.hooks {
            let url = Value::from(seed_hook.url.clone());
            state.hooks.retain(|_, h| h.config.get("url") != Some(&url));
            let hook = crate::hooks::Hook {
                id: ids::id(21),
                name: "Account page".into(),
                events: seed_hook.events.clone(),
                config: [("url".to_owned(), url)].into_iter().collect(),
                signing_key: seed_hook.signing_key.clone(),
                enabled: true,
                created_at: now_ms(),
            };
            state.hooks.insert(hook.id.clone(), hook);
        }
    });
}
