//! `POST /profile`: the form without JavaScript. Success redirects to the page (post/redirect/
//! get); a refusal renders the page again with the values as typed and the message.

use axum::{
    extract::{Request, State},
    response::{IntoResponse, Redirect, Response},
};
use tower_sessions::Session;

use super::{
    editor::CONFIRM_FOR_PROFILE, form::ProfileEcho, service::save_for, Field, ProfileForm,
    PROFILE_FIELDS,
};
use crate::error::AppError;
use crate::features::session::sign_in_href;
use crate::server::{context::RequestCtx, error::ServerError, forms, language, AppState};

pub async fn post_form(State(state): State<AppState>, session: Session, req: Request) -> Response {
    let Some(auth) = state.auth.user(&session).await else {
        return Redirect::to(&sign_in_href("/profile")).into_response();
    };
    let lang = language::for_request(req.headers(), Some(&auth));
    let (parts, fields) = match forms::read(req).await {
        Ok(form) => form,
        Err(res) => return res,
    };
    let mut original = ProfileForm::default();
    let mut edited = ProfileForm::default();
    for field in PROFILE_FIELDS {
        let get = |k: &str| fields.get(k).cloned().unwrap_or_default();
        original.set(field.key, get(&format!("original.{}", field.key)));
        edited.set(field.key, get(field.key));
    }
    // The declared fields' entries (`ProfileForm` keeps only the known kinds).
    for (key, value) in &fields {
        match key.strip_prefix("original.") {
            Some(key) if Field::find(key).is_none() => original.set(key, value.clone()),
            Some(_) => {}
            None => edited.set(key, value.clone()),
        }
    }
    let ctx = RequestCtx::new(state.clone(), session, lang, parts.extensions.get());
    match save_for(&ctx, original.clone(), edited.clone()).await {
        Ok(_) => Redirect::to("/profile?saved=1").into_response(),
        // The edit waits in the session for the detour through "confirm it's you".
        Err(ServerError::ProofNeeded) => Redirect::to(CONFIRM_FOR_PROFILE).into_response(),
        Err(err) => {
            err.log();
            let error = err.to_client(lang);
            let status = error.status();
            // Changed elsewhere: what holds now is the new baseline; the typed values stay.
            let mut original = original;
            if let AppError::Changed { current, .. } = &error {
                for entry in current {
                    original.set(&entry.field, entry.message.clone());
                }
            }
            let echo = ProfileEcho {
                original,
                edited,
                error: Some(error),
            };
            forms::rerender(state, parts, None, echo, status).await
        }
    }
}
