//! What Logto tells the app without being asked (`../shared/logto/CONTRACT.md` §17–§18): its
//! webhooks (user changes, deletions, suspensions) and back-channel logouts. These routes stand
//! outside the browser guards — Logto sends no `Origin` and no cookie — and are authenticated by
//! a signature instead.

mod backchannel;
mod hook;
mod pushed;
mod webhook;

use axum::{extract::DefaultBodyLimit, routing::post, Router};

pub use hook::{BACKCHANNEL_PATH, EVENTS, WEBHOOK_PATH};
pub use pushed::{check_every, Pushed};

use super::AppState;

/// Logto's payloads carry one user (its custom data included); anything larger is refused.
const WEBHOOK_BODY_LIMIT: usize = 256 * 1024;
const LOGOUT_BODY_LIMIT: usize = 16 * 1024;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route(
            WEBHOOK_PATH,
            post(webhook::receive).layer(DefaultBodyLimit::max(WEBHOOK_BODY_LIMIT)),
        )
        .route(
            BACKCHANNEL_PATH,
            post(backchannel::receive).layer(DefaultBodyLimit::max(LOGOUT_BODY_LIMIT)),
        )
}
