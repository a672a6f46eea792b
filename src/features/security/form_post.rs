//! The security page's form post: unlinking a social account. Success redirects to the page
//! with a notice; a refusal renders it again with the message; without a fresh proof, the post
//! goes to "confirm it's you".

use axum::{
    extract::{Request, State},
    response::Response,
    routing::post,
    Router,
};
use tower_sessions::Session;

use super::{service, SecurityEcho, SECURITY_PATH};
use crate::features::form_post::Post;
use crate::server::AppState;

pub fn routes() -> Router<AppState> {
    Router::new().route("/security/identities/unlink", post(unlink))
}

async fn unlink(State(state): State<AppState>, session: Session, req: Request) -> Response {
    let post = match Post::read(state, session, req, SECURITY_PATH).await {
        Ok(post) => post,
        Err(res) => return res,
    };
    let done = service::unlink(&post.ctx, post.field("target")).await;
    let outcome = done.map(|()| format!("{SECURITY_PATH}?done=unlinked"));
    post.answer(outcome, None, |error| SecurityEcho { error })
        .await
}
