//! The status card's facts.

use super::{LogtoState, LogtoStatus, ServiceStatus};
use crate::server::{context::RequestCtx, error::ServerError, health::check_logto};

pub async fn service_status() -> Result<ServiceStatus, ServerError> {
    let ctx = RequestCtx::get().await?;
    let check = check_logto(&ctx.state).await;
    Ok(ServiceStatus {
        version: env!("CARGO_PKG_VERSION").into(),
        uptime_secs: ctx.state.started.elapsed().as_secs(),
        logto: LogtoStatus {
            state: if check.reachable {
                LogtoState::Reachable
            } else {
                LogtoState::Unreachable
            },
            endpoint: check.endpoint,
            latency_ms: check.latency_ms,
            embedded: check.embedded,
        },
        checked_at_ms: std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_millis() as u64)
            .unwrap_or_default(),
    })
}
