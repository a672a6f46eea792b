//! The data page's posts: the download (a JSON attachment), and the deletion (to `/goodbye`, or
//! the page again with the refusal; without a fresh proof, to "confirm it's you").

use axum::{
    extract::{Request, State},
    http::{header, HeaderValue},
    response::{IntoResponse, Redirect, Response},
    routing::post,
    Router,
};
use tower_sessions::Session;

use super::{service, AccountEcho, ACCOUNT_PATH};
use crate::features::confirm::confirm_href;
use crate::features::session::sign_in_href;
use crate::server::{context::RequestCtx, error::ServerError, forms, language, AppState};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/account/export", post(export))
        .route("/account/delete", post(delete))
}

async fn export(State(state): State<AppState>, session: Session, req: Request) -> Response {
    let Some(auth) = state.auth.user(&session).await else {
        return Redirect::to(&sign_in_href(ACCOUNT_PATH)).into_response();
    };
    let lang = language::for_request(req.headers(), Some(&auth));
    let (parts, _) = match forms::read(req).await {
        Ok(form) => form,
        Err(res) => return res,
    };
    let ctx = RequestCtx::new(state.clone(), session, lang);
    match service::export(&ctx).await {
        Ok(json) => {
            let mut res = json.into_response();
            let headers = res.headers_mut();
            headers.insert(
                header::CONTENT_TYPE,
                HeaderValue::from_static("application/json"),
            );
            headers.insert(
                header::CONTENT_DISPOSITION,
                HeaderValue::from_static("attachment; filename=\"my-data.json\""),
            );
            headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
            res
        }
        Err(ServerError::ProofNeeded) => {
            Redirect::to(&confirm_href(ACCOUNT_PATH, false)).into_response()
        }
        Err(err) => refused(state, parts, err, lang).await,
    }
}

async fn delete(State(state): State<AppState>, session: Session, req: Request) -> Response {
    let Some(auth) = state.auth.user(&session).await else {
        return Redirect::to(&sign_in_href(ACCOUNT_PATH)).into_response();
    };
    let lang = language::for_request(req.headers(), Some(&auth));
    let (parts, fields) = match forms::read(req).await {
        Ok(form) => form,
        Err(res) => return res,
    };
    let typed = fields
        .get("confirm")
        .map(String::as_str)
        .unwrap_or_default();
    let ctx = RequestCtx::new(state.clone(), session, lang);
    match service::delete(&ctx, typed).await {
        Ok(service::Deleted::Everything) => Redirect::to("/goodbye").into_response(),
        Ok(service::Deleted::Left { sessions, activity }) => {
            let left: Vec<&str> = [("sessions", sessions), ("activity", activity)]
                .into_iter()
                .filter_map(|(what, left)| left.then_some(what))
                .collect();
            Redirect::to(&format!("/goodbye?left={}", left.join(","))).into_response()
        }
        Err(ServerError::ProofNeeded) => {
            Redirect::to(&confirm_href(ACCOUNT_PATH, false)).into_response()
        }
        Err(err) => refused(state, parts, err, lang).await,
    }
}

async fn refused(
    state: AppState,
    parts: axum::http::request::Parts,
    err: ServerError,
    lang: crate::i18n::Lang,
) -> Response {
    err.log();
    let error = err.to_client(lang);
    let status = error.status();
    forms::rerender(
        state,
        parts,
        Some(ACCOUNT_PATH),
        AccountEcho { error },
        status,
    )
    .await
}
