//! Cross-site request refusal for every state-changing request (`../shared/DESIGN.md` §3): the browser must say
//! the request comes from this origin (`Sec-Fetch-Site: same-origin`, or an `Origin` header equal
//! to ours when the former is absent). Requests that say neither are refused too.

use axum::{
    extract::Request,
    http::{header, Method, StatusCode},
    middleware::Next,
    response::{IntoResponse, Response},
    Json,
};

use crate::error::AppError;
use crate::i18n;

pub async fn guard(origin: std::sync::Arc<str>, req: Request, next: Next) -> Response {
    if matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS) {
        return next.run(req).await;
    }
    let headers = req.headers();
    let fetch_site = headers.get("sec-fetch-site").and_then(|v| v.to_str().ok());
    let sent_origin = headers.get(header::ORIGIN).and_then(|v| v.to_str().ok());
    let same_origin = match (fetch_site, sent_origin) {
        (Some(site), _) => site == "same-origin",
        (None, Some(sent)) => sent == &*origin,
        (None, None) => false,
    };
    if same_origin {
        return next.run(req).await;
    }
    tracing::warn!(
        path = %req.uri().path(),
        fetch_site = fetch_site.unwrap_or("-"),
        origin = sent_origin.unwrap_or("-"),
        "cross-site request refused"
    );
    if req.uri().path().starts_with("/api/") {
        (StatusCode::FORBIDDEN, Json(AppError::Forbidden)).into_response()
    } else {
        let lang = crate::server::language::for_request(req.headers(), None);
        (StatusCode::FORBIDDEN, i18n::ERROR_FORBIDDEN.get(lang)).into_response()
    }
}
