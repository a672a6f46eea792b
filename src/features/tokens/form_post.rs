//! The tokens page's form posts. A made token is answered with the page itself (never a
//! redirect: the value must not travel in a URL or be kept anywhere to show it later); a refusal
//! renders the page again with what was typed; without a fresh proof, the post goes to "confirm
//! it's you".

use axum::{response::Response, routing::post, Router};
use secrecy::ExposeSecret;

use super::{page::NewTokenShown, service, TokensEcho, TOKENS_PATH};
use crate::features::form_post::{FormPage, Post};
use crate::server::{forms, AppState};

/// The page these forms post from.
pub struct TokensPage;

impl FormPage for TokensPage {
    const PATH: &'static str = TOKENS_PATH;
}

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/security/tokens/create", post(create))
        .route("/security/tokens/delete", post(delete))
}

async fn create(post: Post<TokensPage>) -> Response {
    let (name, expiry) = (
        post.field("name").to_owned(),
        post.field("expiry").to_owned(),
    );
    match service::create(&post.ctx, &name, &expiry).await {
        Ok(made) => {
            let echo = TokensEcho {
                error: None,
                name: String::new(),
                expiry: String::new(),
                created: Some(NewTokenShown {
                    name: made.name,
                    value: made.value.expose_secret().to_owned(),
                }),
            };
            forms::rerender(
                post.ctx.state.clone(),
                post.parts,
                Some(TOKENS_PATH),
                echo,
                200,
            )
            .await
        }
        Err(err) => {
            post.answer(Err(err), None, |error| TokensEcho {
                error: Some(error),
                name,
                expiry,
                created: None,
            })
            .await
        }
    }
}

async fn delete(post: Post<TokensPage>) -> Response {
    let name = post.field("name").to_owned();
    let outcome = service::delete(&post.ctx, &name)
        .await
        .map(|()| format!("{TOKENS_PATH}?done=deleted"));
    post.answer(outcome, None, |error| TokensEcho {
        error: Some(error),
        name: String::new(),
        expiry: String::new(),
        created: None,
    })
    .await
}
