//! `POST /profile`: the form without JavaScript. Success redirects to the page (post/redirect/
//! get); a refusal renders the page again with the values as typed and the message.

use axum::{
    extract::{Request, State},
    http::{header, Method, StatusCode},
    response::{IntoResponse, Redirect, Response},
};
use tower_sessions::Session;

use super::{page::ProfileEcho, service::save_for, ProfileForm, PROFILE_FIELDS};
use crate::features::session::sign_in_href;
use crate::server::{context::RequestCtx, language, router::render, AppState};

/// What a form post may carry: far more than the form's own fields ever need.
const FORM_LIMIT: usize = 64 * 1024;

pub async fn post_form(State(state): State<AppState>, session: Session, req: Request) -> Response {
    let Some(auth) = state.auth.user(&session).await else {
        return Redirect::to(&sign_in_href("/profile")).into_response();
    };
    let lang = language::for_request(req.headers(), Some(&auth));
    let (mut parts, body) = req.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, FORM_LIMIT).await else {
        return StatusCode::PAYLOAD_TOO_LARGE.into_response();
    };
    let fields: std::collections::HashMap<String, String> =
        url::form_urlencoded::parse(&bytes).into_owned().collect();
    let mut original = ProfileForm::default();
    let mut edited = ProfileForm::default();
    for field in PROFILE_FIELDS {
        let get = |k: &str| fields.get(k).cloned().unwrap_or_default();
        original.set(field.key, get(&format!("original.{}", field.key)));
        edited.set(field.key, get(field.key));
    }
    let ctx = RequestCtx::new(state.clone(), session, lang);
    match save_for(&ctx, original.clone(), edited.clone()).await {
        Ok(_) => Redirect::to("/profile?saved=1").into_response(),
        Err(err) => {
            err.log();
            let error = err.to_client(lang);
            let status =
                StatusCode::from_u16(error.status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
            let echo = ProfileEcho {
                original,
                edited,
                error: Some(error),
            };
            // The same request (cookies, session, nonce) rendering the page instead.
            parts.method = Method::GET;
            parts.headers.remove(header::CONTENT_TYPE);
            parts.headers.remove(header::CONTENT_LENGTH);
            let page = Request::from_parts(parts, axum::body::Body::empty());
            let mut res = render(
                state,
                move || leptos::prelude::provide_context(echo.clone()),
                page,
            )
            .await;
            *res.status_mut() = status;
            res
        }
    }
}
