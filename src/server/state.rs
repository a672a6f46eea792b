use std::{sync::Arc, time::Instant};

use axum::extract::FromRef;
use leptos::config::LeptosOptions;

use crate::features::profile::declared::Declaration;

use super::{
    auth::{AnyStore, Auth, Lifetimes, Oidc, SessionIndex, SharedAuth},
    clock::Clock,
    config::Config,
    crypto::{Keys, Purpose, Sealer},
    db::Db,
    logto::{M2mTokens, Management},
    shared_store::SharedStore,
    upstream::Upstream,
};

/// Shared by every request: handlers get it from axum, server functions from Leptos context.
#[derive(Clone)]
pub struct AppState {
    pub leptos_options: LeptosOptions,
    pub config: Arc<Config>,
    /// The Logto this app talks to (configured, or the embedded emulator).
    pub upstream: Upstream,
    /// One pooled HTTP client for every upstream call.
    pub http: reqwest::Client,
    pub auth: SharedAuth,
    pub management: Arc<Management>,
    pub sessions: AnyStore,
    /// Throttle counters and the per-user session index, beside the sessions.
    pub shared: SharedStore,
    /// The app's own database (the activity log, declared profile fields).
    pub db: Db,
    /// The declared profile fields (`profile-fields.toml`), read once at start.
    pub fields: Arc<Declaration>,
    /// Seals the sensitive declared fields (their own key, `crypto::Purpose::Fields`).
    pub field_sealer: Arc<Sealer>,
    pub started: Instant,
    /// The one source of time (tests move it).
    pub clock: Clock,
    /// The last Logto check, shared by `/readyz` and the home page.
    pub logto_check: Arc<super::health::CachedCheck>,
    /// Users as Logto's webhook last pushed them (`server::push`).
    pub pushed: super::push::Pushed,
    /// Security notices by email (`server::notices`).
    pub notices: Arc<super::notices::Notices>,
}

impl AppState {
    pub async fn build(
        config: Config,
        upstream: Upstream,
        leptos_options: LeptosOptions,
    ) -> Result<Self, StartupError> {
        let http = reqwest::Client::builder()
            .connect_timeout(std::time::Duration::from_secs(3))
            .timeout(config.upstream_timeout)
            .user_agent(concat!("logto-profile/", env!("CARGO_PKG_VERSION")))
            .build()?;
        let logto = &upstream.logto;
        let endpoint = logto.endpoint.as_str();
        let tokens = M2mTokens::new(
            http.clone(),
            endpoint,
            logto.m2m_app_id.clone(),
            logto.m2m_app_secret.clone(),
            logto.management_resource.clone(),
        );
        let management = Arc::new(Management::new(
            http.clone(),
            endpoint,
            tokens,
            config.logto_settings_max_age,
        ));
        management.warm_sign_in_settings();
        // A configured key, or (only with the embedded development emulator, which config
        // guarantees) one kept in the data folder.
        let keys = keys(&config).map_err(StartupError::Keys)?;
        let sealer = Arc::new(keys.sealer(Purpose::Sessions));
        let field_sealer = Arc::new(keys.sealer(Purpose::Fields));
        let fields = Declaration::load(&config.profile_fields.0, config.profile_fields.1)?;
        let (sessions, shared) = AnyStore::connect(&config.sessions.store_url)
            .await
            .map_err(StartupError::SessionStore)?;
        let clock = Clock::default();
        let shared = shared
            .with_namespace(&config.sessions.namespace)
            .with_clock(clock.clone());
        let sessions = sessions.sealed_with(sealer.clone());
        sessions.purge_expired_every(shared.clone(), std::time::Duration::from_secs(600));
        let pushed = super::push::Pushed::new(
            shared.clone(),
            Arc::new(keys.sealer(Purpose::Pushed)),
            config.pushed_max_age.as_secs() as i64,
        );
        if upstream.logto.webhook_signing_key.is_some() {
            management.forget_pushed_copies_in(shared.clone());
            super::push::check_every(
                pushed.clone(),
                management.clone(),
                format!(
                    "{}{}",
                    config.public_url.as_str().trim_end_matches('/'),
                    super::push::WEBHOOK_PATH
                ),
                config.webhook_check_every,
            );
        }
        let db =
            Db::connect(&config.database_url)
                .await
                .map_err(|source| StartupError::Database {
                    url: redacted(&config.database_url),
                    source,
                })?;
        let smtp_url = config
            .smtp_url
            .as_ref()
            .map(|u| secrecy::ExposeSecret::expose_secret(u).to_owned())
            .or_else(|| upstream.dev_smtp_url.clone());
        let notices = Arc::new(super::notices::Notices::new(
            db.clone(),
            Arc::new(keys.sealer(Purpose::Notices)),
            Arc::new(keys.sealer(Purpose::NotMe)),
            super::notices::Settings {
                smtp_url: smtp_url.as_deref(),
                from: &config.notice_from,
                public_url: config.public_url.as_str(),
                retry_every: config.notice_retry_every,
                clock: clock.clone(),
            },
        )?);
        notices.clone().deliver_every();
        purge_activity_every(
            db.clone(),
            clock.clone(),
            config.activity_days,
            std::time::Duration::from_secs(3600),
        );
        let absolute_lifetime_secs = config.sessions.absolute_lifetime.as_secs() as i64;
        let auth = Arc::new(Auth {
            sealer: sealer.clone(),
            index: SessionIndex {
                shared: shared.clone(),
                sessions: sessions.clone(),
                sealer: sealer.clone(),
                lifetime_secs: absolute_lifetime_secs,
                grace_secs: config.sessions.proof_grace.as_secs() as i64,
            },
            oidc: Oidc::new(
                &logto.endpoint,
                logto.app_id.clone(),
                logto.app_secret.clone(),
                &config.public_url,
                config.jwks_max_age,
                clock.clone(),
            ),
            lifetimes: Lifetimes {
                absolute_secs: absolute_lifetime_secs,
                idle_secs: config.sessions.idle_timeout.as_secs() as i64,
            },
            clock: clock.clone(),
            proof_lifetime_secs: config.sessions.proof_lifetime.as_secs().max(1) as i64,
            post_logout_url: format!("{}/", config.public_url.as_str().trim_end_matches('/')),
        });
        Ok(AppState {
            leptos_options,
            config: Arc::new(config),
            upstream,
            http,
            auth,
            management,
            sessions,
            shared,
            db,
            fields: Arc::new(fields),
            field_sealer,
            started: Instant::now(),
            clock,
            logto_check: Default::default(),
            pushed,
            notices,
        })
    }
}

/// Why the app could not start, with its cause (printed by `main` and the test harness).
#[derive(Debug, thiserror::Error)]
pub enum StartupError {
    #[error("the HTTP client: {0}")]
    Http(#[from] reqwest::Error),
    #[error("the encryption keys: {0}")]
    Keys(String),
    #[error("the profile fields declaration: {0}")]
    Declaration(#[from] crate::features::profile::declared::DeclarationError),
    #[error("the session store: {0}")]
    SessionStore(String),
    #[error("the database ({url}): {source}")]
    Database {
        url: String,
        #[source]
        source: super::db::DbError,
    },
    #[error("security notices: {0}")]
    Notices(#[from] super::notices::NoticeError),
}

/// The configured encryption keys: `FIELD_ENCRYPTION_KEY` (or, only with the embedded
/// development emulator, which config guarantees, one kept in the data folder) and those rotated
/// out.
pub fn keys(config: &Config) -> Result<Keys, String> {
    let keys = match &config.field_key {
        Some(key) => Keys::from_base64(key)?,
        None => Keys::development(&config.data_dir)?,
    };
    match &config.field_old_keys {
        Some(old) => keys.with_old_keys(old),
        None => Ok(keys),
    }
}

/// Keeps the activity log to its configured age.
fn purge_activity_every(db: Db, clock: Clock, days: u64, every: std::time::Duration) {
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(every);
        loop {
            tick.tick().await;
            let before = clock.now_secs() - (days * 86_400) as i64;
            if let Err(e) = db.purge_activity(before).await {
                tracing::warn!(error = %e, "could not purge the activity log");
            }
        }
    });
}

/// A database URL without its password, for messages.
fn redacted(url: &str) -> String {
    match url::Url::parse(url) {
        Ok(mut parsed) if parsed.password().is_some() => {
            let _ = parsed.set_password(Some("***"));
            parsed.to_string()
        }
        _ => url.to_owned(),
    }
}

impl FromRef<AppState> for LeptosOptions {
    fn from_ref(state: &AppState) -> Self {
        state.leptos_options.clone()
    }
}
