//! The security page's form post: unlinking a social account. Success redirects to the page
//! with a notice; a refusal renders it again with the message; without a fresh proof, the post
//! goes to "confirm it's you".

use axum::{response::Response, routing::post, Router};

use super::{service, SecurityEcho, SECURITY_PATH};
use crate::features::form_post::{FormPage, Post};
use crate::server::AppState;

/// The page these forms post from.
pub struct SecurityPage;

impl FormPage for SecurityPage {
    const PATH: &'static str = SECURITY_PATH;
}

pub fn routes() -> Router<AppState> {
    Router::new().route("/security/identities/unlink", post(unlink))
}

async fn unlink(post: Post<SecurityPage>) -> Response {
    let done = service::unlink(&post.ctx, post.field("target")).await;
    let outcome = done.map(|()| format!("{SECURITY_PATH}?done=unlinked"));
    post.answer(outcome, None, |error| SecurityEcho { error })
        .await
}
