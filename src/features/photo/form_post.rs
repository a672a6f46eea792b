//! The photo page's posts (a multipart upload, a removal) and the route that serves the photos
//! the app keeps. A refused file renders the page again with why; nothing is stored.

use std::collections::HashMap;

use axum::{
    extract::{DefaultBodyLimit, FromRequest, Multipart, Path, Request, State},
    http::{header, HeaderValue, StatusCode},
    response::{IntoResponse, Response},
    routing::{get, post},
    Router,
};
use tower_sessions::Session;

use super::{crop::Crop, picture::SIZES, service, PhotoEcho, PHOTO_MAX_BYTES, PHOTO_PATH};
use crate::features::form_post::{FormPage, Post};
use crate::i18n;
use crate::server::{error::ServerError, AppState};

/// Room for the form around the file.
const ENVELOPE: usize = 64 * 1024;

/// The page these forms post from.
pub struct PhotoPage;

impl FormPage for PhotoPage {
    const PATH: &'static str = PHOTO_PATH;
}

pub fn routes() -> Router<AppState> {
    Router::new()
        .route(
            PHOTO_PATH,
            post(upload).layer(DefaultBodyLimit::max(PHOTO_MAX_BYTES + ENVELOPE)),
        )
        .route("/profile/photo/remove", post(remove))
        .route("/photos/{id}/{size}", get(serve))
}

async fn upload(State(state): State<AppState>, session: Session, req: Request) -> Response {
    let (parts, body) = req.into_parts();
    let declared = parts
        .headers
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok()?.parse::<usize>().ok());
    let file = if declared.is_some_and(|len| len > PHOTO_MAX_BYTES + ENVELOPE) {
        // Read to the end before answering: a browser still sending shows a broken connection,
        // not the page that says why.
        discard(body).await;
        Err(ServerError::invalid("photo", i18n::PHOTO_TOO_LARGE))
    } else {
        read_upload(Request::from_parts(parts.clone(), body)).await
    };
    let post = match Post::<PhotoPage>::with_fields(state, session, parts, HashMap::new()).await {
        Ok(post) => post,
        Err(res) => return res,
    };
    let outcome = match file {
        Ok((bytes, crop)) => service::upload(&post.ctx, bytes, crop).await,
        Err(problem) => Err(problem),
    }
    .map(|()| format!("{PHOTO_PATH}?done=saved"));
    post.answer(outcome, None, |error| PhotoEcho { error })
        .await
}

/// Reads and drops a body, up to [`DISCARD_MAX`] (past that the connection may close).
async fn discard(body: axum::body::Body) {
    use futures_util::StreamExt;
    let mut stream = body.into_data_stream();
    let mut seen = 0;
    while let Some(Ok(chunk)) = stream.next().await {
        seen += chunk.len();
        if seen > DISCARD_MAX {
            break;
        }
    }
}

/// Bodies up to this size are read to the end to answer a too-large photo with its page.
const DISCARD_MAX: usize = 64 * 1024 * 1024;

/// The `photo` part's bytes and the square framed around it (`crop_x`, `crop_y`, `crop_side`,
/// written by the page's script); a body past the limit is "too large", not a broken request.
async fn read_upload(req: Request) -> Result<(Vec<u8>, Option<Crop>), ServerError> {
    let too_large = || ServerError::invalid("photo", i18n::PHOTO_TOO_LARGE);
    let not_a_form = || ServerError::invalid("photo", i18n::PHOTO_NONE_CHOSEN);
    let mut form = Multipart::from_request(req, &())
        .await
        .map_err(|_| not_a_form())?;
    let mut file = None;
    let mut fields = HashMap::new();
    loop {
        match form.next_field().await {
            Ok(Some(field)) if field.name() == Some("photo") => {
                let bytes = field.bytes().await.map_err(|e| {
                    if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
                        too_large()
                    } else {
                        not_a_form()
                    }
                })?;
                file = Some(bytes.to_vec());
            }
            Ok(Some(field)) => {
                let name = field.name().unwrap_or_default().to_owned();
                if CROP_FIELDS.contains(&name.as_str()) {
                    let text = field.text().await.map_err(|_| not_a_form())?;
                    fields.insert(name, text);
                }
            }
            Ok(None) => break,
            Err(e) if e.status() == StatusCode::PAYLOAD_TOO_LARGE => return Err(too_large()),
            Err(_) => return Err(not_a_form()),
        }
    }
    let field = |name: &str| fields.get(name).map(String::as_str).unwrap_or_default();
    let crop = Crop::parse(field("crop_x"), field("crop_y"), field("crop_side"))
        .map_err(|_| ServerError::invalid("photo", i18n::PHOTO_CROP_INVALID))?;
    Ok((file.ok_or_else(not_a_form)?, crop))
}

const CROP_FIELDS: [&str; 3] = ["crop_x", "crop_y", "crop_side"];

async fn remove(post: Post<PhotoPage>) -> Response {
    let outcome = service::remove(&post.ctx)
        .await
        .map(|()| format!("{PHOTO_PATH}?done=removed"));
    post.answer(outcome, None, |error| PhotoEcho { error })
        .await
}

/// A kept photo: a JPEG the server made, named by a random id, so it may be cached for a year.
async fn serve(
    State(state): State<AppState>,
    Path((id, size)): Path<(String, String)>,
) -> Response {
    let size = size.parse::<u32>().ok().filter(|s| SIZES.contains(s));
    let well_formed = id.len() == 32 && id.bytes().all(|b| b.is_ascii_hexdigit());
    let (Some(size), true) = (size, well_formed) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    match super::store::PhotoStore::of(&state).get(&id, size).await {
        Ok(Some(bytes)) => {
            let mut res = bytes.into_response();
            let headers = res.headers_mut();
            headers.insert(header::CONTENT_TYPE, HeaderValue::from_static("image/jpeg"));
            headers.insert(
                header::CACHE_CONTROL,
                HeaderValue::from_static("public, max-age=31536000, immutable"),
            );
            headers.insert(
                header::X_CONTENT_TYPE_OPTIONS,
                HeaderValue::from_static("nosniff"),
            );
            res
        }
        Ok(None) => StatusCode::NOT_FOUND.into_response(),
        Err(e) => {
            tracing::error!(error = %e, "a photo could not be read");
            StatusCode::SERVICE_UNAVAILABLE.into_response()
        }
    }
}
