//! The confirm page's forms without JavaScript (and with it: the page is plain forms). Success
//! goes back to where the user was headed; a refusal renders the page again with the message.

use std::collections::HashMap;

use axum::{
    extract::{Request, State},
    response::{IntoResponse, Redirect, Response},
    routing::post,
    Router,
};
use tower_sessions::Session;

use super::{confirm_href, service, Channel, ConfirmEcho};
use crate::features::session::sign_in_href;
use crate::i18n;
use crate::server::{
    auth::safe_return_to,
    context::RequestCtx,
    error::{FieldProblem, ServerError},
    forms, language, AppState,
};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/confirm/password", post(by_password))
        .route("/confirm/send", post(send_code))
        .route("/confirm/code", post(by_code))
}

#[derive(Clone, Copy)]
enum Step {
    Password,
    Send,
    Code,
}

async fn by_password(state: State<AppState>, session: Session, req: Request) -> Response {
    handle(state, session, req, Step::Password).await
}

async fn send_code(state: State<AppState>, session: Session, req: Request) -> Response {
    handle(state, session, req, Step::Send).await
}

async fn by_code(state: State<AppState>, session: Session, req: Request) -> Response {
    handle(state, session, req, Step::Code).await
}

async fn handle(
    State(state): State<AppState>,
    session: Session,
    req: Request,
    step: Step,
) -> Response {
    let (parts, fields) = match forms::read(req).await {
        Ok(form) => form,
        Err(res) => return res,
    };
    let return_to = safe_return_to(fields.get("return_to").map(String::as_str));
    let by_code = fields.get("by").is_some_and(|b| b == "code");
    let page = confirm_href(&return_to, by_code);
    let Some(auth) = state.auth.user(&session).await else {
        return Redirect::to(&sign_in_href(&page)).into_response();
    };
    let lang = language::for_request(&parts.headers, Some(&auth));
    let ctx = RequestCtx::new(state.clone(), session, lang, parts.extensions.get());
    match run(&ctx, step, &fields).await {
        Ok(()) => match step {
            Step::Send => Redirect::to(&confirm_href(&return_to, true)).into_response(),
            Step::Password | Step::Code => {
                Redirect::to(&with_confirmed(&return_to)).into_response()
            }
        },
        Err(err) => {
            err.log();
            let error = err.to_client(lang);
            let status = error.status();
            forms::rerender(state, parts, Some(&page), ConfirmEcho { error }, status).await
        }
    }
}

async fn run(
    ctx: &RequestCtx,
    step: Step,
    fields: &HashMap<String, String>,
) -> Result<(), ServerError> {
    let field = |key: &str| fields.get(key).map(String::as_str).unwrap_or_default();
    match step {
        Step::Password => service::by_password(ctx, field("password")).await,
        Step::Code => service::by_code(ctx, field("code")).await,
        Step::Send => {
            let channel = Channel::parse(field("channel")).ok_or_else(|| {
                ServerError::Invalid(vec![FieldProblem::new("channel", i18n::CODE_CHOOSE)])
            })?;
            service::send_code(ctx, channel).await
        }
    }
}

/// The page the user was headed to, told that the proof is there (it shows a notice).
fn with_confirmed(return_to: &str) -> String {
    let sep = if return_to.contains('?') { '&' } else { '?' };
    format!("{return_to}{sep}confirmed=1")
}
