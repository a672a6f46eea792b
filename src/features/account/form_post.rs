//! The data page's posts: the download (a JSON attachment), and the deletion (to `/goodbye`, or
//! the page again with the refusal; without a fresh proof, to "confirm it's you").

use axum::{
    http::{header, HeaderValue},
    response::{IntoResponse, Response},
    routing::post,
    Router,
};

use super::{service, AccountEcho, ACCOUNT_PATH};
use crate::features::form_post::{FormPage, Post};
use crate::server::AppState;

/// The page these forms post from.
pub struct AccountPage;

impl FormPage for AccountPage {
    const PATH: &'static str = ACCOUNT_PATH;
}

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/account/export", post(export))
        .route("/account/delete", post(delete))
}

async fn export(post: Post<AccountPage>) -> Response {
    match service::export(&post.ctx).await {
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
        Err(err) => {
            post.answer(Err(err), None, |error| AccountEcho { error })
                .await
        }
    }
}

async fn delete(post: Post<AccountPage>) -> Response {
    let outcome = service::delete(&post.ctx, post.field("confirm"))
        .await
        .map(|deleted| match deleted {
            service::Deleted::Everything => "/goodbye".to_owned(),
            service::Deleted::Left {
                sessions,
                activity,
                fields,
            } => {
                let left: Vec<&str> = [
                    ("sessions", sessions),
                    ("activity", activity),
                    ("fields", fields),
                ]
                .into_iter()
                .filter_map(|(what, left)| left.then_some(what))
                .collect();
                format!("/goodbye?left={}", left.join(","))
            }
        });
    post.answer(outcome, None, |error| AccountEcho { error })
        .await
}
