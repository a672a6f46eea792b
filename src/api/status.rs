use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::error::AppError;

/// What the home page shows about the service and its connection to Logto.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ServiceStatus {
    pub version: String,
    pub uptime_secs: u64,
    pub logto: LogtoStatus,
    /// When the check ran, in milliseconds since the Unix epoch.
    pub checked_at_ms: u64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum LogtoStatus {
    /// Logto's discovery document answered.
    Reachable {
        endpoint: String,
        latency_ms: u64,
        /// The embedded emulator rather than a real Logto.
        embedded: bool,
    },
    /// Logto could not be reached or answered with an error.
    Unreachable { endpoint: String, embedded: bool },
}

/// Checks the connection to Logto now.
#[server(prefix = "/api", endpoint = "status")]
pub async fn check_status() -> Result<ServiceStatus, AppError> {
    crate::server::health::service_status().await
}
