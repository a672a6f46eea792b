use leptos::prelude::*;
use leptos::server_fn::codec::Json;
use serde::{Deserialize, Serialize};

use crate::error::AppError;

/// What the home page shows about the service and its connection to Logto.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ServiceStatus {
    pub uptime_secs: u64,
    pub logto: LogtoStatus,
    /// When the check ran, in milliseconds since the Unix epoch.
    pub checked_at_ms: u64,
}

/// On the wire: `{"state": "reachable", "latency_ms": 12, "embedded": true}`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LogtoStatus {
    pub state: LogtoState,
    /// How long the discovery document took, when it answered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub latency_ms: Option<u64>,
    /// The embedded emulator rather than a real Logto.
    pub embedded: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LogtoState {
    /// Logto's discovery document answered.
    Reachable,
    /// Logto could not be reached or answered with an error.
    Unreachable,
}

/// Checks the connection to Logto now.
#[server(prefix = "/api", endpoint = "status", input = Json)]
pub async fn check_status() -> Result<ServiceStatus, AppError> {
    crate::server::error::run(super::service::service_status()).await
}
