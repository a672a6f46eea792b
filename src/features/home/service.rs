//! The status card's facts.

use super::{LogtoState, LogtoStatus, ServiceStatus};
use crate::server::{context::RequestCtx, error::ServerError, health::check_logto};

pub async fn service_status() -> Result<ServiceStatus, ServerError> {
    let ctx = RequestCtx::get().await?;
    let check = check_logto(&ctx.state).await;
    // Public: no Logto endpoint and no version (nothing for a visitor to fingerprint).
    Ok(ServiceStatus {
        uptime_secs: ctx.state.started.elapsed().as_secs(),
        logto: LogtoStatus {
            state: if check.reachable {
                LogtoState::Reachable
            } else {
                LogtoState::Unreachable
            },
            latency_ms: check.latency_ms,
            embedded: check.embedded,
        },
        checked_at_ms: check.checked_at_ms,
    })
}
