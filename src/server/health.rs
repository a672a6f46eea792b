//! Liveness, readiness, and the Logto check the home page's status uses.

use std::time::{Duration, Instant};

use axum::{extract::State, http::StatusCode, response::IntoResponse, Json};
use serde_json::json;

use super::AppState;

const CHECK_TIMEOUT: Duration = Duration::from_secs(3);
/// How long a check's answer is reused: anonymous visitors (and load balancers) cannot make the
/// app call Logto on every hit.
const CHECK_REUSE: Duration = Duration::from_secs(2);

/// The last check and when it ran. The lock is held while a check runs, so a burst of callers
/// waits for that one check instead of starting their own.
#[derive(Default)]
pub struct CachedCheck(tokio::sync::Mutex<Option<(Instant, LogtoCheck)>>);

/// `/healthz`: the process is up and serving.
pub async fn healthz() -> impl IntoResponse {
    Json(json!({ "status": "ok" }))
}

/// `/readyz`: the upstreams this app depends on answer.
pub async fn readyz(State(state): State<AppState>) -> impl IntoResponse {
    let logto = check_logto(&state).await;
    let status = if logto.reachable {
        StatusCode::OK
    } else {
        StatusCode::SERVICE_UNAVAILABLE
    };
    let body = json!({
        "status": if logto.reachable { "ready" } else { "unavailable" },
        "checks": { "logto": {
            "state": if logto.reachable { "reachable" } else { "unreachable" },
            "endpoint": logto.endpoint,
            "latency_ms": logto.latency_ms,
            "embedded": logto.embedded,
        } },
    });
    (status, Json(body))
}

/// Whether Logto answers, and how fast.
#[derive(Debug, Clone)]
pub struct LogtoCheck {
    /// When the check ran, in milliseconds since the Unix epoch.
    pub checked_at_ms: u64,
    pub reachable: bool,
    pub endpoint: String,
    /// How long the discovery document took, when it answered.
    pub latency_ms: Option<u64>,
    /// The embedded emulator rather than a real Logto.
    pub embedded: bool,
}

/// Whether Logto answers: a check at most [`CHECK_REUSE`] old.
pub async fn check_logto(state: &AppState) -> LogtoCheck {
    let mut last = state.logto_check.0.lock().await;
    if let Some((at, check)) = last.as_ref() {
        if at.elapsed() < CHECK_REUSE {
            return check.clone();
        }
    }
    let check = fetch_discovery(state).await;
    *last = Some((Instant::now(), check.clone()));
    check
}

/// Fetches Logto's discovery document, the cheapest request that proves the OIDC side works.
async fn fetch_discovery(state: &AppState) -> LogtoCheck {
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
    let latency_ms = match result {
        Ok(res) if res.status().is_success() => Some(started.elapsed().as_millis() as u64),
        Ok(res) => {
            tracing::warn!(status = %res.status(), "Logto discovery answered with an error");
            None
        }
        Err(err) => {
            tracing::warn!(error = %err, "Logto discovery unreachable");
            None
        }
    };
    LogtoCheck {
        checked_at_ms: std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_millis() as u64)
            .unwrap_or_default(),
        reachable: latency_ms.is_some(),
        endpoint,
        latency_ms,
        embedded,
    }
}
