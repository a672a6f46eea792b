//! The two-step pages' form posts. Success redirects (to the list with a notice, to the setup, or
//! to the new backup codes); a refusal renders the page again with the message; without a fresh
//! proof, the post goes to "confirm it's you" and back to the list.

use axum::{
    extract::{Request, State},
    response::{IntoResponse, Redirect, Response},
    routing::post,
    Router,
};
use tower_sessions::Session;

use super::{service, TwoStepEcho, BACKUP_CODES_PATH, TOTP_PATH, TWO_STEP_PATH};
use crate::features::confirm::confirm_href;
use crate::features::session::sign_in_href;
use crate::server::{context::RequestCtx, error::ServerError, forms, language, AppState};

#[derive(Clone, Copy)]
enum Step {
    StartTotp,
    ConfirmTotp,
    CancelTotp,
    BackupCodes,
    Remove,
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
        .route("/security/two-step/totp/start", route(Step::StartTotp))
        .route("/security/two-step/totp/verify", route(Step::ConfirmTotp))
        .route("/security/two-step/totp/cancel", route(Step::CancelTotp))
        .route(
            "/security/two-step/backup-codes/new",
            route(Step::BackupCodes),
        )
        .route("/security/two-step/remove", route(Step::Remove))
}

async fn handle(
    State(state): State<AppState>,
    session: Session,
    req: Request,
    step: Step,
) -> Response {
    let Some(auth) = state.auth.user(&session).await else {
        return Redirect::to(&sign_in_href(TWO_STEP_PATH)).into_response();
    };
    let lang = language::for_request(req.headers(), Some(&auth));
    let (parts, fields) = match forms::read(req).await {
        Ok(form) => form,
        Err(res) => return res,
    };
    let field = |key: &str| fields.get(key).cloned().unwrap_or_default();
    let ctx = RequestCtx::new(state.clone(), session, lang);
    let (result, to, page) = match step {
        Step::StartTotp => (
            service::start_totp(&ctx).await,
            TOTP_PATH.to_owned(),
            TWO_STEP_PATH,
        ),
        Step::ConfirmTotp => (
            service::confirm_totp(&ctx, &field("code")).await,
            format!("{TWO_STEP_PATH}?done=totp"),
            TOTP_PATH,
        ),
        Step::CancelTotp => (
            service::cancel_totp(&ctx).await,
            format!("{TWO_STEP_PATH}?done=cancelled"),
            TOTP_PATH,
        ),
        Step::BackupCodes => (
            service::new_backup_codes(&ctx).await,
            BACKUP_CODES_PATH.to_owned(),
            TWO_STEP_PATH,
        ),
        Step::Remove => (
            service::remove(&ctx, &field("factor")).await,
            format!("{TWO_STEP_PATH}?done=removed"),
            TWO_STEP_PATH,
        ),
    };
    match result {
        Ok(()) => Redirect::to(&to).into_response(),
        Err(ServerError::ProofNeeded) => {
            Redirect::to(&confirm_href(TWO_STEP_PATH, false)).into_response()
        }
        Err(err) => {
            err.log();
            let error = err.to_client(lang);
            let status = error.status();
            forms::rerender(state, parts, Some(page), TwoStepEcho { error }, status).await
        }
    }
}
