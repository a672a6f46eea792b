//! Everything that runs only on the server: configuration, HTTP wiring, health checks.

pub mod activity;
pub mod auth;
pub mod client_ip;
pub mod clock;
mod compression;
pub mod config;
pub mod context;
pub mod crypto;
pub mod db;
pub mod device;
pub mod error;
pub mod forms;
pub mod health;
pub mod language;
pub mod logto;
pub mod notices;
pub mod push;
pub mod router;
mod security;
mod server_fns;
pub mod shared_store;
pub mod throttle;
pub use security::CspNonce;
mod state;
pub mod telemetry;
pub mod upstream;

pub use router::{serve, shutdown_signal, App, SHUTDOWN_GRACE};
pub use state::{keys, AppState, StartupError};

/// Whether the request being rendered has a signed-in user (provided to every page render).
#[derive(Debug, Clone, Copy)]
pub struct Viewer {
    pub signed_in: bool,
}

use leptos::config::LeptosOptions;

/// The Leptos options with one convenience: a release binary run by hand (not by cargo-leptos)
/// finds the hashed asset names written beside it.
pub fn leptos_options(mut options: LeptosOptions) -> LeptosOptions {
    if std::env::var_os("LEPTOS_HASH_FILES").is_none() {
        let beside_exe = std::env::current_exe()
            .ok()
            .and_then(|exe| exe.parent().map(|dir| dir.join(options.hash_file.as_ref())));
        if beside_exe.is_some_and(|path| path.exists()) {
            options.hash_files = true;
        }
    }
    options
}
