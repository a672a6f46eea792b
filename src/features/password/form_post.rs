//! `POST /security/password`: the change without JavaScript. Success redirects to the page with
//! what happened; a refusal renders the page again with the message (the passwords are not put
//! back into the HTML).

use axum::{
    extract::{Request, State},
    response::{IntoResponse, Redirect, Response},
};
use tower_sessions::Session;

use super::{service, PasswordEcho, PASSWORD_PATH};
use crate::features::session::sign_in_href;
use crate::server::{context::RequestCtx, error::ServerError, forms, language, AppState};

pub async fn post_form(State(state): State<AppState>, session: Session, req: Request) -> Response {
    let Some(auth) = state.auth.user(&session).await else {
        return Redirect::to(&sign_in_href(PASSWORD_PATH)).into_response();
    };
    let lang = language::for_request(req.headers(), Some(&auth));
    let (parts, mut fields) = match forms::read(req).await {
        Ok(form) => form,
        Err(res) => return res,
    };
    let mut take = |key: &str| fields.remove(key).unwrap_or_default();
    let input = service::Input {
        current: take("current"),
        new: take("new"),
        repeat: take("repeat"),
        sign_out_others: take("sign_out_others") == "on",
    };
    let sign_out_others = input.sign_out_others;
    let ctx = RequestCtx::new(state.clone(), session, lang, parts.extensions.get());
    match service::change(&ctx, input).await {
        Ok(changed) => Redirect::to(&changed.done_href()).into_response(),
        Err(err @ (ServerError::Suspended | ServerError::Unauthenticated)) => {
            err.log();
            crate::features::form_post::ended(&err, PASSWORD_PATH)
        }
        Err(err) => {
            err.log();
            let error = err.to_client(lang);
            let status = error.status();
            let echo = PasswordEcho {
                error,
                sign_out_others,
            };
            forms::rerender(state, parts, None, echo, status).await
        }
    }
}
