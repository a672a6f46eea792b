//! The page's two posts, signed out like the page: securing the account, then the new password.
//! Both answer with the page, showing what was done.

use axum::{
    extract::{Request, State},
    response::Response,
    routing::post,
    Router,
};

use super::{service, NotMeOutcome, NOT_ME_PATH};
use crate::server::{forms, language, AppState};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route(NOT_ME_PATH, post(secure))
        .route(&format!("{NOT_ME_PATH}/password"), post(reset_password))
}

/// The page for this link (its token in the query, escaped).
fn page(token: &str) -> String {
    let token: String = url::form_urlencoded::byte_serialize(token.as_bytes()).collect();
    format!("{NOT_ME_PATH}?t={token}")
}

async fn secure(State(state): State<AppState>, req: Request) -> Response {
    let (parts, fields) = match forms::read(req).await {
        Ok(read) => read,
        Err(res) => return res,
    };
    let lang = language::for_request(&parts.headers, None);
    let token = fields.get("t").cloned().unwrap_or_default();
    let Some(secured) = service::secure(&state, &token, lang).await else {
        // The page itself says that the link is not (or no longer) good.
        return forms::rerender(state, parts, Some(&page(&token)), (), 404).await;
    };
    let outcome = NotMeOutcome {
        password_form: secured.code_sent.then(|| token.clone()),
        done: secured.done,
        failed: secured.failed,
        error: None,
    };
    forms::rerender(state, parts, Some(&page(&token)), outcome, 200).await
}

async fn reset_password(State(state): State<AppState>, req: Request) -> Response {
    let (parts, fields) = match forms::read(req).await {
        Ok(read) => read,
        Err(res) => return res,
    };
    let lang = language::for_request(&parts.headers, None);
    let field = |k: &str| fields.get(k).cloned().unwrap_or_default();
    let token = field("t");
    let result = service::reset_password(
        &state,
        &token,
        &field("code"),
        &field("new"),
        &field("repeat"),
        lang,
    )
    .await;
    let (outcome, status) = match result {
        Ok(()) => (
            NotMeOutcome {
                done: vec![crate::i18n::NOT_ME_PASSWORD_DONE.get(lang).to_owned()],
                ..Default::default()
            },
            200,
        ),
        Err(err) => {
            err.log();
            let error = err.to_client(lang);
            let status = error.status();
            let outcome = NotMeOutcome {
                password_form: (status != 404).then(|| token.clone()),
                error: Some(error.message(lang)),
                ..Default::default()
            };
            (outcome, status)
        }
    };
    forms::rerender(state, parts, Some(&page(&token)), outcome, status).await
}
