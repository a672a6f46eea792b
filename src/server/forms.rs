//! Plain form posts (every page works without JavaScript): read the form, and on a refusal render
//! the same page again with what the form needs to show (post/redirect/get on success is the
//! handler's own redirect).

use std::{collections::HashMap, future::Future, pin::Pin, sync::Arc};

use axum::{
    extract::Request,
    http::{header, request::Parts, Method, StatusCode},
    middleware::Next,
    response::{IntoResponse, Response},
};

use super::AppState;
use crate::ui::{ENHANCED_HEADER, ENHANCED_REDIRECT};

/// Context a page render adds for its request (a refused form's echo).
pub type Extra = Arc<dyn Fn() + Send + Sync>;

/// How a page is rendered for a request (`router::render`), put in every request's extensions by
/// the router: form posts show a page again without this module depending on the router, the
/// one place the features are wired in.
#[derive(Clone, Copy)]
pub struct PageRenderer(pub fn(AppState, Extra, Request) -> Rendering);

/// A page being rendered.
pub type Rendering = Pin<Box<dyn Future<Output = Response> + Send>>;

/// The names whose repeats are joined with commas: a declared multiple-choice field's boxes
/// (the profile's `Part::Value`, which a test keeps equal).
pub const MULTI_VALUED: &str = "custom.";

/// What a form post may carry: far more than any form's own fields ever need.
const FORM_LIMIT: usize = 64 * 1024;

/// The request's head and its url-encoded fields; a body past the limit is answered 413. A
/// field sent more than once keeps its last value, except a declared multiple-choice field's
/// boxes ([`MULTI_VALUED`]), whose values are joined with commas.
pub async fn read(req: Request) -> Result<(Parts, HashMap<String, String>), Response> {
    let (parts, body) = req.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, FORM_LIMIT).await else {
        return Err(StatusCode::PAYLOAD_TOO_LARGE.into_response());
    };
    let mut fields = HashMap::new();
    for (key, value) in url::form_urlencoded::parse(&bytes).into_owned() {
        match fields.get_mut(&key) {
            Some(joined) if key.starts_with(MULTI_VALUED) => {
                let joined: &mut String = joined;
                joined.push(',');
                joined.push_str(&value);
            }
            _ => {
                fields.insert(key, value);
            }
        }
    }
    Ok((parts, fields))
}

/// The page at `page` (a path and query, or the post's own path), rendered for the same request
/// (cookies, session, nonce) with `echo` in its context, answered with `status`.
pub async fn rerender<E>(
    state: AppState,
    mut parts: Parts,
    page: Option<&str>,
    echo: E,
    status: u16,
) -> Response
where
    E: Clone + Send + Sync + 'static,
{
    let Some(PageRenderer(render)) = parts.extensions.get::<PageRenderer>().copied() else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    if let Some(uri) = page.and_then(|p| p.parse().ok()) {
        parts.uri = uri;
    }
    parts.method = Method::GET;
    parts.headers.remove(header::CONTENT_TYPE);
    parts.headers.remove(header::CONTENT_LENGTH);
    let page = Request::from_parts(parts, axum::body::Body::empty());
    let extra: Extra = Arc::new(move || leptos::prelude::provide_context(echo.clone()));
    let mut res = render(state, extra, page).await;
    *res.status_mut() = StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    res
}

/// A form posted in the background (`ui::EnhancedForms`) gets its redirect as `204` with the
/// target in a header: `fetch` would follow a redirect itself, and the page it leads to may need
/// a real load (its own islands; the profile hands back a kept edit only once). Cookies and the
/// other headers stay as they are.
pub async fn background_redirects(req: Request, next: Next) -> Response {
    let background = req.headers().contains_key(ENHANCED_HEADER);
    let mut res = next.run(req).await;
    if background && res.status().is_redirection() {
        if let Some(to) = res.headers_mut().remove(header::LOCATION) {
            *res.status_mut() = StatusCode::NO_CONTENT;
            res.headers_mut().insert(ENHANCED_REDIRECT, to);
        }
    }
    res
}
