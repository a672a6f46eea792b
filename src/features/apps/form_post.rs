//! The apps page's form post: revoking an app's access. Success redirects to the page with a
//! notice; without a fresh proof, the post goes to "confirm it's you".

use axum::{response::Response, routing::post, Router};

use super::{service, AppsEcho, APPS_PATH};
use crate::features::form_post::{FormPage, Post};
use crate::server::AppState;

/// The page these forms post from.
pub struct AppsPage;

impl FormPage for AppsPage {
    const PATH: &'static str = APPS_PATH;
}

pub fn routes() -> Router<AppState> {
    Router::new().route("/apps/revoke", post(revoke))
}

async fn revoke(post: Post<AppsPage>) -> Response {
    let outcome = service::revoke(&post.ctx, post.field("app"))
        .await
        .map(|_| format!("{APPS_PATH}?done=revoked"));
    post.answer(outcome, None, |error| AppsEcho { error }).await
}
