//! The two-step pages' form posts. Success redirects (to the list with a notice, to the setup, or
//! to the new backup codes); a refusal renders the page again with the message; without a fresh
//! proof, the post goes to "confirm it's you" and back to the list.

use axum::{response::Response, routing::post, Router};

use super::{service, TwoStepEcho, BACKUP_CODES_PATH, TOTP_PATH, TWO_STEP_PATH};
use crate::features::form_post::{FormPage, Post};
use crate::server::AppState;

#[derive(Clone, Copy)]
enum Step {
    StartTotp,
    ReplaceTotp,
    ConfirmTotp,
    CancelTotp,
    BackupCodes,
    Remove,
    AtSignIn,
}

/// The page these forms post from.
pub struct TwoStepPage;

impl FormPage for TwoStepPage {
    const PATH: &'static str = TWO_STEP_PATH;
}

pub fn routes() -> Router<AppState> {
    let route = |step: Step| post(move |post: Post<TwoStepPage>| handle(post, step));
    Router::new()
        .route("/security/two-step/totp/start", route(Step::StartTotp))
        .route("/security/two-step/totp/replace", route(Step::ReplaceTotp))
        .route("/security/two-step/totp/verify", route(Step::ConfirmTotp))
        .route("/security/two-step/totp/cancel", route(Step::CancelTotp))
        .route(
            "/security/two-step/backup-codes/new",
            route(Step::BackupCodes),
        )
        .route("/security/two-step/remove", route(Step::Remove))
        .route("/security/two-step/at-sign-in", route(Step::AtSignIn))
}

async fn handle(post: Post<TwoStepPage>, step: Step) -> Response {
    let ctx = &post.ctx;
    let done = |what: &str| format!("{TWO_STEP_PATH}?done={what}");
    // The outcome, and the page a refusal is shown on.
    let (outcome, page) = match step {
        Step::StartTotp => (
            service::start_totp(ctx, false)
                .await
                .map(|()| TOTP_PATH.to_owned()),
            None,
        ),
        Step::ReplaceTotp => (
            service::start_totp(ctx, true)
                .await
                .map(|()| TOTP_PATH.to_owned()),
            None,
        ),
        Step::ConfirmTotp => (
            service::confirm_totp(ctx, post.field("code"))
                .await
                .map(done),
            Some(TOTP_PATH),
        ),
        Step::CancelTotp => (
            service::cancel_totp(ctx).await.map(|()| done("cancelled")),
            Some(TOTP_PATH),
        ),
        Step::BackupCodes => (
            service::new_backup_codes(ctx)
                .await
                .map(|()| BACKUP_CODES_PATH.to_owned()),
            None,
        ),
        Step::AtSignIn => {
            let ask = post.field("ask") == "on";
            let what = if ask { "asked" } else { "not_asked" };
            (
                service::set_at_sign_in(ctx, ask).await.map(|()| done(what)),
                None,
            )
        }
        Step::Remove => (
            service::remove(ctx, post.field("factor"))
                .await
                .map(|()| done("removed")),
            None,
        ),
    };
    post.answer(outcome, page, |error| TwoStepEcho { error })
        .await
}
