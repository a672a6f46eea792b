//! Liveness, readiness and the status the home page shows.

use std::time::{Duration, Instant};

use axum::{extract::State, http::StatusCode, response::IntoResponse, Json};
use leptos::prelude::use_context;
use serde_json::json;

use super::AppState;
use crate::api::{LogtoState, LogtoStatus, ServiceStatus};
use crate::error::AppError;

const CHECK_TIMEOUT: Duration = Duration::from_secs(3);

/// `/healthz`: the process is up and serving.
pub async fn healthz() -> impl IntoResponse {
    Json(json!({ "status": "ok" }))
}

/// `/readyz`: the upstreams this app depends on answer.
pub async fn readyz(State(state): State<AppState>) -> impl IntoResponse {
    let logto = check_logto(&state).await;
    let ready = logto.state == LogtoState::Reachable;
    let status = if ready {
        StatusCode::OK
    } else {
        StatusCode::SERVICE_UNAVAILABLE
    };
    let body = json!({
        "status": if ready { "ready" } else { "unavailable" },
        "checks": { "logto": logto },
    });
    (status, Json(body))
}

/// The body of the `service_status` server function.
pub async fn service_status() -> Result<ServiceStatus, AppError> {
    let state = use_context::<AppState>().ok_or_else(|| {
        tracing::error!("AppState missing from the server-function context");
        AppError::Internal
    })?;
    Ok(ServiceStatus {
        version: env!("CARGO_PKG_VERSION").into(),
        uptime_secs: state.started.elapsed().as_secs(),
        logto: check_logto(&state).await,
        checked_at_ms: std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_millis() as u64)
            .unwrap_or_default(),
    })
}

/// Fetches Logto's discovery document, the cheapest request that proves the OIDC side works.
pub async fn check_logto(state: &AppState) -> LogtoStatus {
    let embedded = state.upstream.is_embedded();
    let endpoint = state
        .upstream
        .logto
        .endpoint
        .as_str()
        .trim_end_matches('/')
        .to_owned();
    let url = format!("{endpoint}/oidc/.well-known/openid-configuration");
    let started = Instant::now();
    let result = state.http.get(&url).timeout(CHECK_TIMEOUT).send().await;
    match result {
        Ok(res) if res.status().is_success() => LogtoStatus {
            state: LogtoState::Reachable,
            endpoint,
            latency_ms: Some(started.elapsed().as_millis() as u64),
            embedded,
        },
        Ok(res) => {
            tracing::warn!(status = %res.status(), "Logto discovery answered with an error");
            unreachable(endpoint, embedded)
        }
        Err(err) => {
            tracing::warn!(error = %err, "Logto discovery unreachable");
            unreachable(endpoint, embedded)
        }
    }
}

fn unreachable(endpoint: String, embedded: bool) -> LogtoStatus {
    LogtoStatus {
        state: LogtoState::Unreachable,
        endpoint,
        latency_ms: None,
        embedded,
    }
}
