//! The email and phone pages' form posts (the pages are plain forms, with or without
//! JavaScript). Success redirects to the page; a refusal renders it again with the message and
//! the address as typed. Without a fresh proof, the post goes to "confirm it's you".

use axum::{response::Response, routing::post, Router};

use super::{service, ContactEcho, EMAIL_PATH, PHONE_PATH};
use crate::features::confirm::Channel;
use crate::features::form_post::{FormPage, Post};
use crate::server::AppState;

#[derive(Clone, Copy)]
enum Step {
    Send,
    Verify,
    Remove,
}

/// The pages these forms post from.
pub struct EmailPage;
pub struct PhonePage;

impl FormPage for EmailPage {
    const PATH: &'static str = EMAIL_PATH;
}

impl FormPage for PhonePage {
    const PATH: &'static str = PHONE_PATH;
}

const STEPS: [(Step, &str); 3] = [
    (Step::Send, "send"),
    (Step::Verify, "verify"),
    (Step::Remove, "remove"),
];

pub fn routes() -> Router<AppState> {
    let mut router = Router::new();
    for (step, name) in STEPS {
        router = router
            .route(
                &format!("{EMAIL_PATH}/{name}"),
                post(move |post: Post<EmailPage>| handle(post, Channel::Email, step)),
            )
            .route(
                &format!("{PHONE_PATH}/{name}"),
                post(move |post: Post<PhonePage>| handle(post, Channel::Phone, step)),
            );
    }
    router
}

async fn handle<P: FormPage>(post: Post<P>, channel: Channel, step: Step) -> Response {
    let path = P::PATH;
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
