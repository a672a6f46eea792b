//! The email and phone pages' form posts (the pages are plain forms, with or without
//! JavaScript). Success redirects to the page; a refusal renders it again with the message and
//! the address as typed. Without a fresh proof, the post goes to "confirm it's you".

use axum::{
    extract::{Request, State},
    response::{IntoResponse, Redirect, Response},
    routing::post,
    Router,
};
use tower_sessions::Session;

use super::{contact_path, service, ContactEcho};
use crate::features::confirm::{confirm_href, Channel};
use crate::features::session::sign_in_href;
use crate::server::{context::RequestCtx, error::ServerError, forms, language, AppState};

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
    let Some(auth) = state.auth.user(&session).await else {
        return Redirect::to(&sign_in_href(path)).into_response();
    };
    let lang = language::for_request(req.headers(), Some(&auth));
    let (parts, fields) = match forms::read(req).await {
        Ok(form) => form,
        Err(res) => return res,
    };
    let field = |key: &str| fields.get(key).cloned().unwrap_or_default();
    let ctx = RequestCtx::new(state.clone(), session, lang);
    let result = match step {
        Step::Send => service::start(&ctx, channel, &field("address"), &field("region")).await,
        Step::Verify => service::confirm(&ctx, channel, &field("code")).await,
        Step::Remove => service::remove(&ctx, channel).await,
    };
    match result {
        Ok(()) => Redirect::to(&match step {
            Step::Send => path.to_owned(),
            Step::Verify => format!("{path}?done=changed"),
            Step::Remove => format!("{path}?done=removed"),
        })
        .into_response(),
        Err(ServerError::ProofNeeded) => Redirect::to(&confirm_href(path, false)).into_response(),
        Err(err) => {
            err.log();
            let error = err.to_client(lang);
            let status = error.status();
            let echo = ContactEcho {
                error,
                typed: field("address"),
                region: field("region"),
            };
            forms::rerender(state, parts, Some(path), echo, status).await
        }
    }
}
