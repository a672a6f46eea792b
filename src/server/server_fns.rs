//! The HTTP entry of every server function.
//!
//! Leptos answers 500 for any server-function error, and tower-sessions does not save a session on
//! a 5xx. Here each error gets the status it deserves from [`AppError::status`]: one place, so no
//! server function can forget it.

use axum::{
    body::{to_bytes, Body},
    extract::{Request, State},
    http::{header, StatusCode},
    response::{IntoResponse, Response},
};
use leptos::prelude::provide_context;
use leptos_axum::handle_server_fns_with_context;

use super::{language, AppState};
use crate::error::AppError;
use crate::i18n;

/// Error bodies are a small JSON object; anything larger is not ours.
const MAX_ERROR_BODY: usize = 64 * 1024;
/// What a server function may be sent: far more than any form of this app needs.
pub const MAX_BODY: usize = 64 * 1024;

pub async fn handle(State(state): State<AppState>, req: Request) -> Response {
    // Read here, with a limit: a body Leptos fails to read would be its 500.
    let (parts, body) = req.into_parts();
    let Ok(bytes) = to_bytes(body, MAX_BODY).await else {
        let lang = language::for_request(&parts.headers, None);
        let err = AppError::Invalid {
            field: None,
            message: i18n::REQUEST_TOO_LARGE.get(lang).to_owned(),
            others: Vec::new(),
        };
        return (StatusCode::PAYLOAD_TOO_LARGE, axum::Json(err)).into_response();
    };
    let req = Request::from_parts(parts, Body::from(bytes));
    let auth = match req.extensions().get::<tower_sessions::Session>() {
        Some(session) => state.auth.user(session).await,
        None => None,
    };
    let lang = language::for_request(req.headers(), auth.as_ref());
    let res = handle_server_fns_with_context(
        move || {
            provide_context(state.clone());
            provide_context(lang);
        },
        req,
    )
    .await
    .into_response();
    with_error_status(res).await
}

async fn with_error_status(res: Response) -> Response {
    // A plain form post (JavaScript off) is answered with a redirect back to the page; only the
    // framework's 500 needs a second look.
    if res.status() != StatusCode::INTERNAL_SERVER_ERROR {
        return res;
    }
    let is_json = res
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/json"));
    if !is_json {
        return res;
    }
    let (mut parts, body) = res.into_parts();
    let bytes = match to_bytes(body, MAX_ERROR_BODY).await {
        Ok(bytes) => bytes,
        Err(_) => return (StatusCode::INTERNAL_SERVER_ERROR, "").into_response(),
    };
    if let Ok(err) = serde_json::from_slice::<AppError>(&bytes) {
        parts.status =
            StatusCode::from_u16(err.status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    }
    Response::from_parts(parts, Body::from(bytes))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn framework_error(err: &AppError) -> Response {
        Response::builder()
            .status(StatusCode::INTERNAL_SERVER_ERROR)
            .header(header::CONTENT_TYPE, "application/json")
            .body(Body::from(serde_json::to_vec(err).unwrap()))
            .unwrap()
    }

    #[tokio::test]
    async fn each_error_gets_its_own_status_and_keeps_its_body() {
        for (err, status) in [
            (AppError::invalid("username", "taken"), 422),
            (AppError::Unauthenticated, 401),
            (AppError::Forbidden, 403),
            (
                AppError::RateLimited {
                    retry_after_secs: 5,
                },
                429,
            ),
            (AppError::Unavailable, 503),
            (AppError::Timeout, 504),
            (AppError::Internal, 500),
        ] {
            let res = with_error_status(framework_error(&err)).await;
            assert_eq!(res.status().as_u16(), status, "{err:?}");
            let body = to_bytes(res.into_body(), MAX_ERROR_BODY).await.unwrap();
            assert_eq!(serde_json::from_slice::<AppError>(&body).unwrap(), err);
        }
    }

    #[tokio::test]
    async fn redirects_and_successes_pass_untouched() {
        let redirect = Response::builder()
            .status(StatusCode::FOUND)
            .header(header::LOCATION, "/")
            .body(Body::empty())
            .unwrap();
        assert_eq!(
            with_error_status(redirect).await.status(),
            StatusCode::FOUND
        );
        let ok = Response::new(Body::from("{}"));
        assert_eq!(with_error_status(ok).await.status(), StatusCode::OK);
    }
}
