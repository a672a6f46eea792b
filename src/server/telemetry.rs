//! Logs through `tracing`, filtered by `RUST_LOG`. Request spans carry the request id and the
//! path only: query strings can hold OAuth codes and state, so they are never logged.

use axum::{body::Body, http::Request};
use tower_http::request_id::RequestId;
use tracing::Span;
use tracing_subscriber::{fmt, EnvFilter};

pub fn init() {
    let filter = EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| EnvFilter::new("info,tower_http=info"));
    // try_init: tests may install a subscriber more than once per process.
    let _ = fmt().with_env_filter(filter).with_target(false).try_init();
}

pub fn request_span(req: &Request<Body>) -> Span {
    let request_id = req
        .extensions()
        .get::<RequestId>()
        .and_then(|id| id.header_value().to_str().ok())
        .unwrap_or("-");
    tracing::info_span!(
        "request",
        id = %request_id,
        method = %req.method(),
        path = %req.uri().path(),
    )
}
