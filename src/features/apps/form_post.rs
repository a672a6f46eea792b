//! The apps page's form post: revoking an app's access. Success redirects to the page with a
//! notice; without a fresh proof, the post goes to "confirm it's you".

use axum::{
    extract::{Request, State},
    response::Response,
    routing::post,
    Router,
};
use tower_sessions::Session;

use super::{service, AppsEcho, APPS_PATH};
use crate::features::form_post::Post;
use crate::server::AppState;

pub fn routes() -> Router<AppState> {
    Router::new().route("/apps/revoke", post(revoke))
}

async fn revoke(State(state): State<AppState>, session: Session, req: Request) -> Response {
    let post = match Post::read(state, session, req, APPS_PATH).await {
        Ok(post) => post,
        Err(res) => return res,
    };
    let outcome = service::revoke(&post.ctx, post.field("app"))
        .await
        .map(|_| format!("{APPS_PATH}?done=revoked"));
    post.answer(outcome, None, |error| AppsEcho { error }).await
}
