//! Configuration from environment variables (and a `.env` file, see `.env.example`).
//! Secrets are held in [`SecretString`], whose `Debug` never prints the value.

use std::{net::SocketAddr, path::PathBuf, time::Duration};

use secrecy::SecretString;
use url::Url;

#[derive(Debug, Clone)]
pub struct Config {
    /// Where the server listens.
    pub bind: SocketAddr,
    /// The URL users reach the app at (used for redirects and cookie security).
    pub public_url: Url,
    /// A real Logto instance, or `None` to use the embedded emulator.
    pub logto: Option<LogtoConfig>,
    /// Time limit for any call to Logto.
    pub upstream_timeout: Duration,
    /// How long Logto's signing keys are trusted before they are read again.
    pub jwks_max_age: Duration,
    /// How long Logto's sign-in experience (password policy, MFA settings) is kept before it is
    /// read again (`LOGTO_SETTINGS_MAX_AGE_SECS`, 300).
    pub logto_settings_max_age: Duration,
    /// Encrypts what the app stores about users (base64, 32 bytes); required with a real Logto.
    pub field_key: Option<SecretString>,
    /// Keys rotated out (`FIELD_ENCRYPTION_OLD_KEYS`, comma-separated): read with, never written.
    pub field_old_keys: Option<SecretString>,
    /// The declared profile fields (`PROFILE_FIELDS_FILE`); `required` when named explicitly.
    pub profile_fields: (PathBuf, bool),
    /// Where the app keeps its files (the embedded emulator's state, later the database).
    pub data_dir: PathBuf,
    /// Where the app keeps profile photos when Logto has no storage provider: this directory
    /// (`PHOTO_DIR`), or its database when unset.
    pub photo_dir: Option<PathBuf>,
    /// Where the embedded emulator listens when no Logto is configured. A stable port keeps
    /// the issuer (and so everyone's session) the same across restarts.
    pub emulator_addr: SocketAddr,
    /// Exposes the embedded emulator's fault-injection endpoints (browser tests only).
    pub emulator_admin: bool,
    /// The embedded emulator answers like a Logto that cannot reach its breach list
    /// (`APP_EMULATOR_BREACH_CHECK_OFFLINE`).
    pub emulator_breach_offline: bool,
    /// The embedded emulator has no email or SMS connector (`APP_EMULATOR_NO_CONNECTORS`): code
    /// sends answer 501 `connector.not_found`, as a Logto set up without them.
    pub emulator_no_connectors: bool,
    /// The embedded emulator sends this app webhooks and back-channel logouts
    /// (`APP_EMULATOR_PUSH`, on unless `0`).
    pub emulator_push: bool,
    /// Which Logto release the embedded emulator imitates (`APP_EMULATOR_LOGTO_VERSION`).
    pub emulator_version: logto_emulator::LogtoVersion,
    pub sessions: SessionConfig,
    /// Behind a reverse proxy: take the client's address from the last `X-Forwarded-For` entry
    /// (the one the proxy added) rather than the connection's (`TRUST_FORWARDED_FOR=1`).
    pub trust_forwarded_for: bool,
    /// The app's own database: `sqlite://…` (default: `app.db` in the data folder) or
    /// `postgres://…` (`DATABASE_URL`).
    pub database_url: String,
    /// How long the activity log keeps an entry (`ACTIVITY_DAYS`, 180).
    pub activity_days: u64,
    /// How long a user's pushed copy stands in for asking Logto, while the webhook works
    /// (`PUSHED_MAX_AGE_MINUTES`, 60).
    pub pushed_max_age: Duration,
    /// How often Logto is asked whether its webhook still works (`WEBHOOK_CHECK_SECS`, 60).
    pub webhook_check_every: Duration,
    /// Where security notices are sent (`SMTP_URL`, e.g. `smtps://user:pass@mail.example:465`
    /// or `smtp://localhost:25?tls=required`); none: no notices (the embedded emulator's mailbox
    /// without a Logto configured).
    pub smtp_url: Option<SecretString>,
    /// Their sender (`NOTICE_FROM`, `Account <no-reply@{the public host}>`).
    pub notice_from: String,
    /// How often the outbox is tried again; doubled per failure (`NOTICE_RETRY_SECS`, 30).
    pub notice_retry_every: Duration,
}

#[derive(Debug, Clone)]
pub struct SessionConfig {
    /// `sqlite://...` (default, under the data directory), `postgres://...` or `redis://...`.
    pub store_url: String,
    /// Sliding: a session unused this long ends.
    pub idle_timeout: Duration,
    /// A session ends this long after sign-in, however active.
    pub absolute_lifetime: Duration,
    /// How long a proof of identity opens sensitive actions (10 minutes).
    pub proof_lifetime: Duration,
    /// How long a session's id from before a proof still opens it (1 minute; see
    /// `SessionIndex::cycle`).
    pub proof_grace: Duration,
    /// Put before the shared store's keys (`SESSION_STORE_NAMESPACE`, empty by default): for
    /// deployments that share one database or Redis.
    pub namespace: String,
}

#[derive(Debug, Clone)]
pub struct LogtoConfig {
    /// e.g. `https://your-tenant.logto.app` (no trailing `/oidc`).
    pub endpoint: Url,
    pub app_id: String,
    pub app_secret: SecretString,
    pub m2m_app_id: String,
    pub m2m_app_secret: SecretString,
    /// The Management API resource indicator.
    pub management_resource: String,
    /// The signing key of the Logto webhook aimed at `/webhooks/logto`
    /// (`LOGTO_WEBHOOK_SIGNING_KEY`); without it the route answers 404 and every view asks Logto.
    pub webhook_signing_key: Option<SecretString>,
}

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("{name} is not valid: {reason}")]
    Invalid { name: &'static str, reason: String },
    #[error("{name} must be set when LOGTO_ENDPOINT is set")]
    Missing { name: &'static str },
    #[error(
        "LOGTO_ENDPOINT is not set, and the app is reachable beyond this machine (a non-loopback \
         bind address or an https public URL): configure a real Logto (see .env.example), or set \
         APP_DEV_EMULATOR=1 to run the embedded development emulator anyway"
    )]
    NoLogto,
}

/// Reads variables through a lookup function so tests need not touch the process environment.
pub fn from_lookup(
    default_bind: SocketAddr,
    get: impl Fn(&str) -> Option<String>,
) -> Result<Config, ConfigError> {
    let get = |name: &str| get(name).filter(|v| !v.trim().is_empty());

    let bind = match get("APP_BIND") {
        Some(v) => v.parse().map_err(|e| invalid("APP_BIND", e))?,
        None => default_bind,
    };
    let public_url = match get("APP_PUBLIC_URL") {
        Some(v) => Url::parse(&v).map_err(|e| invalid("APP_PUBLIC_URL", e))?,
        None => Url::parse(&format!("http://{bind}")).map_err(|e| invalid("APP_BIND", e))?,
    };
    let upstream_timeout = match get("APP_UPSTREAM_TIMEOUT_MS") {
        Some(v) => Duration::from_millis(
            v.parse()
                .map_err(|e| invalid("APP_UPSTREAM_TIMEOUT_MS", e))?,
        ),
        None => Duration::from_secs(10),
    };

    let logto = match get("LOGTO_ENDPOINT") {
        None => None,
        Some(endpoint) => {
            let mut endpoint = Url::parse(&endpoint).map_err(|e| invalid("LOGTO_ENDPOINT", e))?;
            if !matches!(endpoint.scheme(), "http" | "https") {
                return Err(invalid("LOGTO_ENDPOINT", "must be an http(s) URL"));
            }
            let trimmed = endpoint.path().trim_end_matches('/').to_owned();
            endpoint.set_path(&trimmed);
            let required = |name: &'static str| get(name).ok_or(ConfigError::Missing { name });
            Some(LogtoConfig {
                endpoint,
                app_id: required("LOGTO_APP_ID")?,
                app_secret: required("LOGTO_APP_SECRET")?.into(),
                m2m_app_id: required("LOGTO_M2M_APP_ID")?,
                m2m_app_secret: required("LOGTO_M2M_APP_SECRET")?.into(),
                management_resource: get("LOGTO_MANAGEMENT_RESOURCE")
                    .unwrap_or_else(|| "https://default.logto.app/api".into()),
                webhook_signing_key: get("LOGTO_WEBHOOK_SIGNING_KEY")
                    .filter(|k| !k.is_empty())
                    .map(SecretString::from),
            })
        }
    };

    let data_dir = PathBuf::from(get("APP_DATA_DIR").unwrap_or_else(|| "data".into()));
    let emulator_addr: SocketAddr = match get("APP_EMULATOR_ADDR") {
        Some(v) => v.parse().map_err(|e| invalid("APP_EMULATOR_ADDR", e))?,
        None => SocketAddr::from(([127, 0, 0, 1], 3301)),
    };
    let flag = |name: &str| get(name).is_some_and(|v| v == "1" || v == "true");
    if logto.is_none() {
        // The emulator signs anyone in as the demo users: it must never start by accident where
        // real people reach the app.
        let local = bind.ip().is_loopback() && public_url.scheme() != "https";
        if !local && !flag("APP_DEV_EMULATOR") {
            return Err(ConfigError::NoLogto);
        }
        if !emulator_addr.ip().is_loopback() && !flag("APP_EMULATOR_ALLOW_REMOTE") {
            return Err(invalid(
                "APP_EMULATOR_ADDR",
                "the embedded emulator listens on loopback only (set APP_EMULATOR_ALLOW_REMOTE=1 \
                 to allow another address)",
            ));
        }
    }

    // Minutes, fractions allowed (0.5 is thirty seconds).
    let minutes = |name: &'static str, default: u64| -> Result<Duration, ConfigError> {
        match get(name) {
            Some(v) => {
                let minutes = v.parse::<f64>().map_err(|e| invalid(name, e))?;
                if !(minutes.is_finite() && minutes > 0.0) {
                    return Err(invalid(name, "must be a positive number of minutes"));
                }
                Ok(Duration::from_secs_f64(minutes * 60.0))
            }
            None => Ok(Duration::from_secs(default * 60)),
        }
    };
    let sessions = SessionConfig {
        store_url: get("SESSION_STORE_URL")
            .unwrap_or_else(|| format!("sqlite://{}", data_dir.join("sessions.db").display())),
        idle_timeout: minutes("SESSION_IDLE_MINUTES", 30)?,
        absolute_lifetime: minutes("SESSION_ABSOLUTE_MINUTES", 12 * 60)?,
        proof_lifetime: minutes("PROOF_MINUTES", 10)?,
        proof_grace: minutes("SESSION_PROOF_GRACE_MINUTES", 1)?,
        namespace: get("SESSION_STORE_NAMESPACE").unwrap_or_default(),
    };

    let field_key = match get("FIELD_ENCRYPTION_KEY") {
        Some(key) => {
            let key = SecretString::from(key);
            crate::server::crypto::Keys::from_base64(&key)
                .map_err(|e| invalid("FIELD_ENCRYPTION_KEY", e))?;
            Some(key)
        }
        None if logto.is_some() => {
            return Err(ConfigError::Missing {
                name: "FIELD_ENCRYPTION_KEY",
            })
        }
        None => None,
    };

    let pushed_max_age = minutes("PUSHED_MAX_AGE_MINUTES", 60)?;
    let database_url = get("DATABASE_URL")
        .unwrap_or_else(|| format!("sqlite://{}", data_dir.join("app.db").display()));
    let field_old_keys = get("FIELD_ENCRYPTION_OLD_KEYS").map(SecretString::from);
    let profile_fields = match get("PROFILE_FIELDS_FILE") {
        Some(path) => (PathBuf::from(path), true),
        None => (PathBuf::from("profile-fields.toml"), false),
    };
    let seconds = |name: &'static str, default: u64| -> Result<Duration, ConfigError> {
        match get(name) {
            Some(v) => match v.parse::<u64>() {
                Ok(secs) if secs > 0 => Ok(Duration::from_secs(secs)),
                _ => Err(invalid(name, "must be a positive number of seconds")),
            },
            None => Ok(Duration::from_secs(default)),
        }
    };
    let webhook_check_every = seconds("WEBHOOK_CHECK_SECS", 60)?;
    let notice_retry_every = seconds("NOTICE_RETRY_SECS", 30)?;
    let notice_from = get("NOTICE_FROM").unwrap_or_else(|| {
        format!(
            "Account <no-reply@{}>",
            public_url
                .host_str()
                .filter(|h| h.contains('.') && !h.starts_with(|c: char| c.is_ascii_digit()))
                .unwrap_or("localhost.localdomain")
        )
    });
    Ok(Config {
        smtp_url: get("SMTP_URL")
            .filter(|u| !u.is_empty())
            .map(SecretString::from),
        notice_from,
        notice_retry_every,
        webhook_check_every,
        pushed_max_age,
        field_old_keys,
        profile_fields,
        bind,
        public_url,
        logto,
        upstream_timeout,
        field_key,
        jwks_max_age: Duration::from_secs(match get("APP_JWKS_MAX_AGE_SECS") {
            Some(v) => v.parse().map_err(|e| invalid("APP_JWKS_MAX_AGE_SECS", e))?,
            None => 3600,
        }),
        logto_settings_max_age: Duration::from_secs(match get("LOGTO_SETTINGS_MAX_AGE_SECS") {
            Some(v) => v
                .parse()
                .map_err(|e| invalid("LOGTO_SETTINGS_MAX_AGE_SECS", e))?,
            None => 300,
        }),
        data_dir,
        photo_dir: get("PHOTO_DIR")
            .filter(|d| !d.is_empty())
            .map(PathBuf::from),
        emulator_addr,
        emulator_admin: flag("APP_EMULATOR_ADMIN"),
        emulator_breach_offline: flag("APP_EMULATOR_BREACH_CHECK_OFFLINE"),
        emulator_no_connectors: flag("APP_EMULATOR_NO_CONNECTORS"),
        emulator_push: get("APP_EMULATOR_PUSH").is_none_or(|v| v != "0" && v != "false"),
        emulator_version: match get("APP_EMULATOR_LOGTO_VERSION") {
            Some(v) => v
                .parse()
                .map_err(|e| invalid("APP_EMULATOR_LOGTO_VERSION", e))?,
            None => Default::default(),
        },
        sessions,
        trust_forwarded_for: flag("TRUST_FORWARDED_FOR"),
        database_url,
        activity_days: match get("ACTIVITY_DAYS") {
            Some(v) => match v.parse() {
                Ok(days) if days > 0 => days,
                _ => {
                    return Err(invalid(
                        "ACTIVITY_DAYS",
                        "must be a positive number of days",
                    ))
                }
            },
            None => 180,
        },
    })
}

/// Reads `.env` (if present) and then the process environment.
pub fn from_env(default_bind: SocketAddr) -> Result<Config, ConfigError> {
    // A missing .env is normal; a malformed one is worth knowing about.
    if let Err(e) = dotenvy::dotenv() {
        if !e.not_found() {
            return Err(invalid(".env", e));
        }
    }
    from_lookup(default_bind, |name| std::env::var(name).ok())
}

fn invalid(name: &'static str, reason: impl ToString) -> ConfigError {
    ConfigError::Invalid {
        name,
        reason: reason.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use secrecy::ExposeSecret;

    use super::*;

    fn load(vars: &[(&str, &str)]) -> Result<Config, ConfigError> {
        let vars: HashMap<String, String> = vars
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        from_lookup("127.0.0.1:3000".parse().unwrap(), |k| vars.get(k).cloned())
    }

    #[test]
    fn defaults_need_no_configuration() {
        let config = load(&[]).unwrap();
        assert_eq!(config.bind.port(), 3000);
        assert_eq!(config.public_url.as_str(), "http://127.0.0.1:3000/");
        assert!(config.logto.is_none());
    }

    #[test]
    fn a_real_logto_needs_all_its_credentials() {
        let err = load(&[("LOGTO_ENDPOINT", "https://t.logto.app")]).unwrap_err();
        assert!(matches!(
            err,
            ConfigError::Missing {
                name: "LOGTO_APP_ID"
            }
        ));

        let creds = [
            ("LOGTO_ENDPOINT", "https://t.logto.app/"),
            ("LOGTO_APP_ID", "web"),
            ("LOGTO_APP_SECRET", "s3cret-web"),
            ("LOGTO_M2M_APP_ID", "m2m"),
            ("LOGTO_M2M_APP_SECRET", "s3cret-m2m"),
        ];
        // With a real Logto there are real users: their tokens are stored encrypted.
        assert!(matches!(
            load(&creds),
            Err(ConfigError::Missing {
                name: "FIELD_ENCRYPTION_KEY"
            })
        ));
        let mut with_key = creds.to_vec();
        with_key.push(("FIELD_ENCRYPTION_KEY", KEY));
        let config = load(&with_key).unwrap();
        let logto = config.logto.unwrap();
        assert_eq!(logto.endpoint.as_str(), "https://t.logto.app/");
        assert_eq!(logto.management_resource, "https://default.logto.app/api");
        assert_eq!(logto.m2m_app_secret.expose_secret(), "s3cret-m2m");
    }

    #[test]
    fn secrets_never_print() {
        let config = load(&[
            ("LOGTO_ENDPOINT", "https://t.logto.app"),
            ("LOGTO_APP_ID", "web"),
            ("LOGTO_APP_SECRET", "s3cret-web"),
            ("LOGTO_M2M_APP_ID", "m2m"),
            ("LOGTO_M2M_APP_SECRET", "s3cret-m2m"),
            ("FIELD_ENCRYPTION_KEY", KEY),
        ])
        .unwrap();
        let printed = format!("{config:?}");
        assert!(!printed.contains("s3cret"), "{printed}");
        assert!(!printed.contains(KEY), "{printed}");
        let err = load(&[("FIELD_ENCRYPTION_KEY", "dG9vIHNob3J0")]).unwrap_err();
        assert!(err.to_string().contains("32 bytes"), "{err}");
    }

    /// 32 zero bytes, base64.
    const KEY: &str = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";

    #[test]
    fn the_embedded_emulator_never_starts_by_accident_where_people_can_reach_it() {
        for vars in [
            &[("APP_BIND", "0.0.0.0:3000")][..],
            &[("APP_PUBLIC_URL", "https://profile.example.com")][..],
        ] {
            assert!(matches!(load(vars), Err(ConfigError::NoLogto)), "{vars:?}");
            let mut explicit = vars.to_vec();
            explicit.push(("APP_DEV_EMULATOR", "1"));
            assert!(load(&explicit).is_ok(), "{vars:?} with APP_DEV_EMULATOR");
        }
        let err = load(&[("APP_EMULATOR_ADDR", "0.0.0.0:3301")]).unwrap_err();
        assert!(err.to_string().contains("loopback"), "{err}");
        assert!(load(&[
            ("APP_EMULATOR_ADDR", "0.0.0.0:3301"),
            ("APP_EMULATOR_ALLOW_REMOTE", "1")
        ])
        .is_ok());
    }

    #[test]
    fn rejects_a_non_http_endpoint() {
        let err = load(&[("LOGTO_ENDPOINT", "ftp://x")]).unwrap_err();
        assert!(err.to_string().contains("LOGTO_ENDPOINT"));
    }
}
