//! An embedded Logto emulator: the OIDC provider and the Management API subset the profile app
//! uses, with Logto's paths, JSON shapes, status codes and error codes (see
//! `../shared/logto/CONTRACT.md`). Dev mailbox and fault injection live under `/__emulator`.
//!
//! ```no_run
//! # async fn run() -> std::io::Result<()> {
//! let emulator = logto_emulator::Emulator::start(logto_emulator::EmulatorConfig::default()).await?;
//! println!("Logto at {}", emulator.endpoint());
//! # Ok(()) }
//! ```

mod account;
mod admin;
pub mod authenticator;
mod ctx;
mod error;
mod faults;
mod hooks;
mod html;
mod ids;
mod keys;
mod mailbox;
mod management;
mod mime;
mod model;
mod oidc;
mod password;
mod seed;
mod server;
mod smtp;
mod store;

use std::{net::SocketAddr, path::PathBuf};

pub use model::AppType;
pub use seed::{Seed, SeedApp, SeedHook, SeedUser};

/// The Management API resource indicator of a Logto OSS instance.
pub const MANAGEMENT_RESOURCE: &str = "https://default.logto.app/api";

#[derive(Debug, Clone)]
pub struct EmulatorConfig {
    /// Where to listen; port 0 picks a free one.
    pub addr: SocketAddr,
    /// Directory for the state file; `None` keeps everything in memory.
    pub data_dir: Option<PathBuf>,
    pub seed: Seed,
    /// Exposes `/__emulator/faults` and friends. Off unless asked for.
    pub admin: bool,
    /// Whether Email/SMS connectors are "configured"; without them code sends answer 501.
    pub connectors: bool,
    /// Which Logto release to behave like where releases differ.
    pub version: LogtoVersion,
    /// Behave like a Logto that cannot reach its breach-list service (any offline deployment
    /// with the default policy): check-password answers 400 `request.invalid_input`.
    pub breach_check_offline: bool,
    /// The name the emulator is reached by (e.g. `localhost`), in its endpoint and issuer;
    /// `None`: its address. Passkeys need a name: WebAuthn takes no IP address as its domain.
    pub host: Option<String>,
    /// Where the dev SMTP server listens (port 0: a free one); `None`: no SMTP server.
    pub smtp_addr: Option<SocketAddr>,
}

/// The Logto releases the emulator can imitate (`../shared/logto/CONTRACT.md` §11). Where they differ:
/// 1.37 has no per-recipient send limit for verification codes and no
/// `GET/DELETE /api/users/:id/sessions` (404); 1.42 has both.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub enum LogtoVersion {
    V1_37,
    #[default]
    V1_42,
}

impl LogtoVersion {
    pub const ALL: [LogtoVersion; 2] = [LogtoVersion::V1_37, LogtoVersion::V1_42];

    /// 10 sends per recipient per 600 s, answered 429 `request.message_rate_limited`.
    pub fn limits_sends_per_recipient(self) -> bool {
        self >= LogtoVersion::V1_42
    }

    /// `GET/DELETE /api/users/:id/sessions` exist.
    pub fn has_session_routes(self) -> bool {
        self >= LogtoVersion::V1_42
    }

    /// `GET/DELETE /api/users/:id/grants` exist (since 1.38).
    pub fn has_grant_routes(self) -> bool {
        self >= LogtoVersion::V1_42
    }
}

impl std::fmt::Display for LogtoVersion {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            LogtoVersion::V1_37 => "1.37",
            LogtoVersion::V1_42 => "1.42",
        })
    }
}

impl std::str::FromStr for LogtoVersion {
    type Err = String;

    /// `1.37`, `1.37.1`, `1.42`, `1.42.0`.
    fn from_str(s: &str) -> Result<Self, String> {
        let minor = s
            .trim()
            .strip_prefix("1.")
            .map(|r| r.split('.').next().unwrap_or(""));
        match minor {
            Some("37") => Ok(LogtoVersion::V1_37),
            Some("42") => Ok(LogtoVersion::V1_42),
            _ => Err(format!("unsupported Logto version {s:?}: use 1.37 or 1.42")),
        }
    }
}

impl Default for EmulatorConfig {
    fn default() -> Self {
        EmulatorConfig {
            addr: SocketAddr::from(([127, 0, 0, 1], 0)),
            data_dir: None,
            seed: Seed::demo(),
            admin: false,
            connectors: true,
            version: LogtoVersion::default(),
            breach_check_offline: false,
            host: None,
            smtp_addr: None,
        }
    }
}

/// A running emulator. Dropping it stops the server.
pub struct Emulator {
    endpoint: String,
    addr: SocketAddr,
    seed: Seed,
    version: LogtoVersion,
    smtp_addr: Option<SocketAddr>,
    smtp_task: Option<tokio::task::JoinHandle<()>>,
    shutdown: Option<tokio::sync::oneshot::Sender<()>>,
    task: tokio::task::JoinHandle<()>,
}

impl Emulator {
    pub async fn start(config: EmulatorConfig) -> std::io::Result<Emulator> {
        let listener = tokio::net::TcpListener::bind(config.addr).await?;
        let addr = listener.local_addr()?;
        let endpoint = endpoint(addr, config.host.as_deref());
        let ctx = ctx::Ctx::new(addr, &config)?;
        let (smtp_addr, smtp_task) = match config.smtp_addr {
            Some(at) => {
                let smtp = tokio::net::TcpListener::bind(at).await?;
                let bound = smtp.local_addr()?;
                (
                    Some(bound),
                    Some(tokio::spawn(smtp::serve(smtp, ctx.clone()))),
                )
            }
            None => (None, None),
        };
        let (tx, rx) = tokio::sync::oneshot::channel();
        let task = tokio::spawn(server::serve(listener, ctx, rx));
        Ok(Emulator {
            endpoint,
            addr,
            seed: config.seed,
            version: config.version,
            smtp_addr,
            smtp_task,
            shutdown: Some(tx),
            task,
        })
    }

    /// The Logto endpoint, e.g. `http://127.0.0.1:41234` (the issuer is `{endpoint}/oidc`).
    pub fn endpoint(&self) -> &str {
        &self.endpoint
    }

    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    pub fn version(&self) -> LogtoVersion {
        self.version
    }

    /// Where its dev SMTP server listens, if it runs one.
    pub fn smtp_addr(&self) -> Option<SocketAddr> {
        self.smtp_addr
    }

    /// The applications and users it was seeded with.
    pub fn seed(&self) -> &Seed {
        &self.seed
    }

    /// Human-readable instructions: endpoint, credentials, demo sign-in.
    pub fn banner(&self) -> String {
        self.seed.banner(&self.endpoint)
    }

    /// Stops accepting connections and waits for the server task.
    pub async fn stop(mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
        let _ = (&mut self.task).await;
    }
}

impl Drop for Emulator {
    fn drop(&mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
        if let Some(smtp) = self.smtp_task.take() {
            smtp.abort();
        }
    }
}

/// `http://{host}:{port}`, or `http://{addr}` without a host name.
fn endpoint(addr: std::net::SocketAddr, host: Option<&str>) -> String {
    match host {
        Some(host) => format!("http://{host}:{}", addr.port()),
        None => format!("http://{addr}"),
    }
}

fn routes(ctx: ctx::Ctx) -> axum::Router {
    axum::Router::new()
        .merge(oidc::routes())
        .merge(management::routes(ctx.clone()))
        .merge(account::routes(ctx.clone()))
        .merge(admin::routes(ctx.admin))
        .with_state(ctx)
}
