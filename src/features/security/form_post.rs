//! The security page's form posts. Success redirects to the page with a notice; a refusal (a
//! session that is not the user's, or gone) renders it again with the message; without a fresh
//! proof, the post goes to "confirm it's you".

use axum::{
    extract::{Request, State},
    response::{IntoResponse, Redirect, Response},
    routing::post,
    Router,
};
use tower_sessions::Session;

use super::{service, SecurityEcho, SECURITY_PATH};
use crate::features::confirm::confirm_href;
use crate::features::session::sign_in_href;
use crate::server::{context::RequestCtx, error::ServerError, forms, language, AppState};

#[derive(Clone, Copy)]
enum Step {
    End,
    EndOthers,
    EndLogto,
    Unlink,
}

pub fn routes() -> Router<AppState> {
    let route = |step: Step| {
        post(
            move |state: State<AppState>, session: Session, req: Request| {
                handle(state, session, req, step)
            },
        )
    };
    Router::new()
        .route("/security/sessions/end", route(Step::End))
        .route("/security/sessions/end-others", route(Step::EndOthers))
        .route("/security/sessions/logto/end", route(Step::EndLogto))
        .route("/security/identities/unlink", route(Step::Unlink))
}

async fn handle(
    State(state): State<AppState>,
    session: Session,
    req: Request,
    step: Step,
) -> Response {
    let Some(auth) = state.auth.user(&session).await else {
        return Redirect::to(&sign_in_href(SECURITY_PATH)).into_response();
    };
    let lang = language::for_request(req.headers(), Some(&auth));
    let (parts, fields) = match forms::read(req).await {
        Ok(form) => form,
        Err(res) => return res,
    };
    let handle = fields
        .get("session")
        .map(String::as_str)
        .unwrap_or_default();
    let ctx = RequestCtx::new(state.clone(), session, lang);
    let result = match step {
        Step::End => service::end(&ctx, handle).await.map(|()| "ended"),
        Step::EndOthers => service::end_others(&ctx).await.map(|_| "others"),
        Step::EndLogto => service::end_logto(&ctx, handle).await.map(|()| "logto"),
        Step::Unlink => {
            let target = fields.get("target").map(String::as_str).unwrap_or_default();
            service::unlink(&ctx, target).await.map(|()| "unlinked")
        }
    };
    match result {
        Ok(done) => Redirect::to(&format!("{SECURITY_PATH}?done={done}")).into_response(),
        Err(ServerError::ProofNeeded) => {
            Redirect::to(&confirm_href(SECURITY_PATH, false)).into_response()
        }
        Err(err) => {
            err.log();
            let error = err.to_client(lang);
            let status = error.status();
            let echo = SecurityEcho { error };
            forms::rerender(state, parts, Some(SECURITY_PATH), echo, status).await
        }
    }
}
