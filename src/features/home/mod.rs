//! `/`: what this service is, and whether it can reach Logto.

mod api;
mod page;
#[cfg(feature = "ssr")]
mod service;

pub use api::{check_status, CheckStatus, LogtoState, LogtoStatus, ServiceStatus};
pub use page::HomePage;
