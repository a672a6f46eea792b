//! The email and phone pages' form posts (the pages are plain forms, with or without
//! JavaScript). Success redirects to the page; a refusal renders it again with the message and
//! the address as typed. Without a fresh proof, the post goes to "confirm it's you".

use axum::{
    extract::{Request, State},
    response::Response,
    routing::post,
    Router,
};
use tower_sessions::Session;

use super::{contact_path, service, ContactEcho};
use crate::features::confirm::Channel;
use crate::features::form_post::Post;
use crate::server::AppState;

#[derive(Clone, Copy)]
enum Step {
    Send,
    Verify,
    Remove,
}

pub fn routes() -> Router<AppState> {
    let mut router = Router::new();
    for channel in [Channel::Email, Channel::Phone] {
        let path = contact_path(channel);
        for (step, name) in [
            (Step::Send, "send"),
            (Step::Verify, "verify"),
            (Step::Remove, "remove"),
        ] {
            router = router.route(
                &format!("{path}/{name}"),
                post(
                    move |state: State<AppState>, session: Session, req: Request| {
                        handle(state, session, req, channel, step)
                    },
                ),
            );
        }
    }
    router
}

async fn handle(
    State(state): State<AppState>,
    session: Session,
    req: Request,
    channel: Channel,
    step: Step,
) -> Response {
    let path = contact_path(channel);
    let post = match Post::read(state, session, req, path).await {
        Ok(post) => post,
        Err(res) => return res,
    };
    let ctx = &post.ctx;
    let result = match step {
        Step::Send => {
            service::start(ctx, channel, post.field("address"), post.field("region")).await
        }
        Step::Verify => service::confirm(ctx, channel, post.field("code")).await,
        Step::Remove => service::remove(ctx, channel).await,
    };
    let outcome = result.map(|()| match step {
        Step::Send => path.to_owned(),
        Step::Verify => format!("{path}?done=changed"),
        Step::Remove => format!("{path}?done=removed"),
    });
    let (typed, region) = (
        post.field("address").to_owned(),
        post.field("region").to_owned(),
    );
    post.answer(outcome, None, |error| ContactEcho {
        error,
        typed,
        region,
    })
    .await
}
