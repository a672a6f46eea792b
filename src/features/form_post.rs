//! What every feature's plain form post does around its own step: the signed-in user, the
//! request's language and fields; then the step's redirect, "confirm it's you" when it needs a
//! fresh proof, or the page rendered again with the refusal.

use std::{collections::HashMap, marker::PhantomData};

use axum::{
    extract::{FromRequest, Request},
    http::{request::Parts, StatusCode},
    response::{IntoResponse, Redirect, Response},
};
use tower_sessions::Session;

use crate::error::AppError;
use crate::features::confirm::confirm_href;
use crate::features::session::sign_in_href;
use crate::server::{context::RequestCtx, error::ServerError, forms, language, AppState};

/// Where a post goes whose session ended on the way (Logto no longer stands behind it): the
/// reason, for a suspended account; signing in again, for the rest.
pub fn ended(err: &ServerError, page: &str) -> Response {
    match err {
        ServerError::Suspended => Redirect::to(SUSPENDED_PATH).into_response(),
        _ => Redirect::to(&sign_in_href(page)).into_response(),
    }
}

pub const SUSPENDED_PATH: &str = "/sign-in/failed?reason=suspended";

/// The page whose forms post to a handler: `Post<P>` renders it again on a refusal and comes
/// back to it after signing in or "confirm it's you".
pub trait FormPage: Send + Sync + 'static {
    const PATH: &'static str;
}

/// A signed-in user's post to a form on the page `P`: the context to act in, the request's head
/// (to render the page again) and its fields. As an extractor it answers for the handler when
/// signed out (the way to sign in and back to the page) or when the form is unreadable (its
/// 4xx).
pub struct Post<P> {
    pub ctx: RequestCtx,
    pub parts: Parts,
    pub fields: HashMap<String, String>,
    page: PhantomData<fn() -> P>,
}

impl<P: FormPage> FromRequest<AppState> for Post<P> {
    type Rejection = Response;

    async fn from_request(req: Request, state: &AppState) -> Result<Self, Response> {
        let session = req
            .extensions()
            .get::<Session>()
            .cloned()
            .ok_or_else(|| StatusCode::INTERNAL_SERVER_ERROR.into_response())?;
        Post::read(state.clone(), session, req).await
    }
}

impl<P: FormPage> Post<P> {
    pub async fn read(
        state: AppState,
        session: Session,
        req: Request,
    ) -> Result<Post<P>, Response> {
        if state.auth.user(&session).await.is_none() {
            return Err(Redirect::to(&sign_in_href(P::PATH)).into_response());
        }
        let (parts, fields) = forms::read(req).await?;
        Post::with_fields(state, session, parts, fields).await
    }

    /// A post whose fields were read another way (a file upload).
    pub async fn with_fields(
        state: AppState,
        session: Session,
        parts: Parts,
        fields: HashMap<String, String>,
    ) -> Result<Post<P>, Response> {
        let Some(auth) = state.auth.user(&session).await else {
            return Err(Redirect::to(&sign_in_href(P::PATH)).into_response());
        };
        let lang = language::for_request(&parts.headers, Some(&auth));
        Ok(Post {
            ctx: RequestCtx::new(state, session, lang, parts.extensions.get()),
            parts,
            fields,
            page: PhantomData,
        })
    }

    /// A field as posted (empty when missing).
    pub fn field(&self, key: &str) -> &str {
        self.fields.get(key).map(String::as_str).unwrap_or_default()
    }

    /// The answer to the step's outcome: its redirect (`to`), "confirm it's you" and back to the
    /// page, or the page (`rerender`, by default the form's own) again with the refusal in the
    /// echo `E` and the refusal's status.
    pub async fn answer<E>(
        self,
        outcome: Result<String, ServerError>,
        rerender: Option<&str>,
        echo: impl FnOnce(AppError) -> E,
    ) -> Response
    where
        E: Clone + Send + Sync + 'static,
    {
        match outcome {
            Ok(to) => Redirect::to(&to).into_response(),
            Err(ServerError::ProofNeeded) => {
                Redirect::to(&confirm_href(P::PATH, false)).into_response()
            }
            Err(err @ (ServerError::Suspended | ServerError::Unauthenticated)) => {
                err.log();
                ended(&err, P::PATH)
            }
            Err(err) => {
                err.log();
                let error = err.to_client(self.ctx.lang);
                let status = error.status();
                let page = rerender.unwrap_or(P::PATH);
                forms::rerender(self.ctx.state, self.parts, Some(page), echo(error), status).await
            }
        }
    }
}
