use std::{sync::Arc, time::Instant};

use axum::extract::FromRef;
use leptos::config::LeptosOptions;

use super::config::Config;

/// Shared by every request: handlers get it from axum, server functions from Leptos context.
#[derive(Clone)]
pub struct AppState {
    pub leptos_options: LeptosOptions,
    pub config: Arc<Config>,
    /// One pooled HTTP client for every upstream call.
    pub http: reqwest::Client,
    pub started: Instant,
}

impl AppState {
    pub fn new(config: Config, leptos_options: LeptosOptions) -> Self {
        let http = reqwest::Client::builder()
            .connect_timeout(std::time::Duration::from_secs(3))
            .timeout(config.upstream_timeout)
            .user_agent(concat!("logto-profile/", env!("CARGO_PKG_VERSION")))
            .build()
            .expect("the HTTP client configuration is static and valid");
        AppState {
            leptos_options,
            config: Arc::new(config),
            http,
            started: Instant::now(),
        }
    }
}

impl FromRef<AppState> for LeptosOptions {
    fn from_ref(state: &AppState) -> Self {
        state.leptos_options.clone()
    }
}
