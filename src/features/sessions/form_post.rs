//! The sessions page's form posts. Success redirects to the page with a notice; a refusal (a
//! session that is not the user's, or gone) renders it again with the message; without a fresh
//! proof, the post goes to "confirm it's you".

use axum::{response::Response, routing::post, Router};

use super::{service, SessionsEcho, SESSIONS_PATH};
use crate::features::form_post::{FormPage, Post};
use crate::server::AppState;

#[derive(Clone, Copy)]
enum Step {
    End,
    EndOthers,
    EndLogto,
}

/// The page these forms post from.
pub struct SessionsPage;

impl FormPage for SessionsPage {
    const PATH: &'static str = SESSIONS_PATH;
}

pub fn routes() -> Router<AppState> {
    let route = |step: Step| post(move |post: Post<SessionsPage>| handle(post, step));
    Router::new()
        .route("/security/sessions/end", route(Step::End))
        .route("/security/sessions/end-others", route(Step::EndOthers))
        .route("/security/sessions/logto/end", route(Step::EndLogto))
}

async fn handle(post: Post<SessionsPage>, step: Step) -> Response {
    let ctx = &post.ctx;
    let done = match step {
        Step::End => service::end(ctx, post.field("session"))
            .await
            .map(|()| "ended"),
        Step::EndOthers => service::end_others(ctx).await.map(|_| "others"),
        Step::EndLogto => service::end_logto(ctx, post.field("session"))
            .await
            .map(|()| "logto"),
    };
    let outcome = done.map(|done| format!("{SESSIONS_PATH}?done={done}"));
    post.answer(outcome, None, |error| SessionsEcho { error })
        .await
}
