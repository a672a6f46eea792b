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
    static PANICS: std::sync::Once = std::sync::Once::new();
    PANICS.call_once(log_panics);
}

/// Panics go to the log as one event, with where they happened. One kind is expected: when a
/// reader leaves mid-page, Leptos goes on resolving the streamed part against reactive state it
/// has already disposed (leptos-rs/leptos#3595, #4698) and that task panics. Nobody is harmed (the
/// connection is gone), so it is logged at debug level, without the backtrace whose symbolizing
/// cost tens of megabytes and a stack of stderr per aborted page.
fn log_panics() {
    let default = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let payload = info.payload();
        let message = payload
            .downcast_ref::<&str>()
            .copied()
            .or_else(|| payload.downcast_ref::<String>().map(String::as_str))
            .unwrap_or("");
        let file = info.location().map(|l| l.file()).unwrap_or("");
        let location = info.location().map(ToString::to_string).unwrap_or_default();
        if after_reader_left(message, file) {
            tracing::debug!(%location, "page render went on after its reader left: {message}");
            return;
        }
        tracing::error!(%location, "panic: {message}");
        default(info);
    }));
}

fn after_reader_left(message: &str, file: &str) -> bool {
    file.contains("reactive_graph") && message.contains("has already been disposed")
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

#[cfg(test)]
mod tests {
    use super::after_reader_left;

    #[test]
    fn only_leptos_disposed_state_counts_as_a_reader_who_left() {
        let disposed = "Tried to access a reactive value that has already been disposed.";
        let leptos = "/root/.cargo/registry/src/x/reactive_graph-0.2.16/src/traits.rs";
        assert!(after_reader_left(disposed, leptos));
        assert!(!after_reader_left(
            disposed,
            "src/features/profile/editor.rs"
        ));
        assert!(!after_reader_left("index out of bounds", leptos));
    }
}
