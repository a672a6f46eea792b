//! The profile: read from the session's claims (instant) or from Logto (fresh), and saved to
//! Logto with only the changed fields.

use serde_json::{json, Map, Value};
use tower_sessions::Session;

use super::{
    auth::AuthSession,
    logto::{LogtoError, UserPatch},
    AppState,
};
use crate::{
    api::ProfileView,
    domain::{validate, Field, Kind, ProfileForm, PROFILE_FIELDS},
    error::AppError,
};

async fn context() -> Result<(AppState, Session), AppError> {
    let state = leptos::prelude::use_context::<AppState>().ok_or(AppError::Internal)?;
    let session: Session = leptos_axum::extract()
        .await
        .map_err(|_| AppError::Internal)?;
    Ok((state, session))
}

fn view_from_claims(claims: &Map<String, Value>, fresh: bool) -> ProfileView {
    let text = |k: &str| claims.get(k).and_then(Value::as_str).map(String::from);
    ProfileView {
        form: ProfileForm::from_claims(claims),
        email: text("email"),
        phone: text("phone_number"),
        created_at: claims.get("created_at").and_then(Value::as_i64),
        last_sign_in_at: None,
        fresh,
    }
}

pub async fn cached() -> Result<ProfileView, AppError> {
    let (state, session) = context().await?;
    let auth = state
        .auth
        .user(&session)
        .await
        .ok_or(AppError::Unauthenticated)?;
    Ok(view_from_claims(&auth.claims, false))
}

pub async fn fresh() -> Result<ProfileView, AppError> {
    let (state, session) = context().await?;
    let auth = state.auth.fresh(&session).await?;
    let user = async {
        state
            .management
            .get_user(&auth.user_id)
            .await
            .map_err(AppError::from)
    };
    let claims = async {
        match userinfo(&state, &auth.access_token).await {
            // Logto refused a token we thought valid: refresh once and ask again.
            Err(AppError::Unauthenticated) => {
                let renewed = state.auth.refresh(&session, &auth).await?;
                userinfo(&state, &renewed.access_token).await
            }
            other => other,
        }
    };
    let (claims, user) = tokio::try_join!(claims, user)?;
    let mut view = view_from_claims(&claims, true);
    view.last_sign_in_at = user.last_sign_in_at;
    view.created_at = Some(user.created_at);
    Ok(view)
}

/// The OIDC userinfo claims for a user access token.
async fn userinfo(state: &AppState, access_token: &str) -> Result<Map<String, Value>, AppError> {
    let url = format!(
        "{}/oidc/me",
        state.upstream.logto.endpoint.as_str().trim_end_matches('/')
    );
    let res = state
        .http
        .get(url)
        .bearer_auth(access_token)
        .send()
        .await
        .map_err(|e| {
            let timed_out = e.is_timeout();
            tracing::warn!(error = %e.without_url(), "userinfo failed");
            if timed_out {
                AppError::Timeout
            } else {
                AppError::Unavailable
            }
        })?;
    match res.status().as_u16() {
        200 => res
            .json::<Map<String, Value>>()
            .await
            .map_err(|_| AppError::BadGateway),
        401 => Err(AppError::Unauthenticated),
        503 | 504 => Err(AppError::Unavailable),
        status => {
            tracing::warn!(status, "userinfo answered with an error");
            Err(AppError::BadGateway)
        }
    }
}

pub async fn save(original: ProfileForm, edited: ProfileForm) -> Result<ProfileForm, AppError> {
    let (state, session) = context().await?;
    let mut auth = state
        .auth
        .user(&session)
        .await
        .ok_or(AppError::Unauthenticated)?;
    let saved = save_changes(&state, &auth.user_id, &original, &edited).await?;
    refresh_claims(&mut auth, &saved);
    session
        .insert("auth", &auth)
        .await
        .map_err(|_| AppError::Internal)?;
    Ok(saved)
}

/// Validates and writes the changed fields: basics with `PATCH /users/:id` (`null` clears),
/// profile claims with the merge endpoint, or with a whole-profile replace when a claim is
/// cleared (the merge endpoint cannot delete).
pub async fn save_changes(
    state: &AppState,
    user_id: &str,
    original: &ProfileForm,
    edited: &ProfileForm,
) -> Result<ProfileForm, AppError> {
    let changed = edited.changed_from(original);
    for field in &changed {
        if let Err(e) = validate(field.key, edited.get(field.key)) {
            return Err(AppError::invalid(field.key, e.0));
        }
    }
    let value = |f: &Field| {
        let v = edited.get(f.key).trim();
        (!v.is_empty()).then(|| v.to_owned())
    };

    let mut patch = UserPatch::default();
    for field in changed.iter().filter(|f| f.kind == Kind::Basic) {
        let v = Some(value(field));
        match field.key {
            "name" => patch.name = v,
            "username" => patch.username = v,
            "avatar" => patch.avatar = v,
            _ => {}
        }
    }

    let claims_changed: Vec<&&Field> = changed.iter().filter(|f| f.kind != Kind::Basic).collect();
    let address_changed = claims_changed.iter().any(|f| f.kind == Kind::Address);
    let mut merge = Map::new();
    let mut cleared = Vec::new();
    for field in claims_changed.iter().filter(|f| f.kind == Kind::Claim) {
        match value(field) {
            Some(v) => {
                merge.insert(field.source.to_owned(), json!(v));
            }
            None => cleared.push(field.source),
        }
    }
    if address_changed {
        // `address` is replaced whole by either endpoint: send every part.
        let parts: Map<String, Value> = PROFILE_FIELDS
            .iter()
            .filter(|f| f.kind == Kind::Address)
            .filter_map(|f| value(f).map(|v| (f.source.to_owned(), json!(v))))
            .collect();
        if parts.is_empty() {
            cleared.push("address");
        } else {
            merge.insert("address".into(), Value::Object(parts));
        }
    }

    // Basics first: they carry the likely refusal (a taken username), and nothing else is
    // written when they fail.
    if !patch.is_empty() && cleared.is_empty() {
        state
            .management
            .update_user(user_id, &patch)
            .await
            .map_err(field_error)?;
    }
    if !cleared.is_empty() {
        let current = state
            .management
            .get_user(user_id)
            .await
            .map_err(AppError::from)?;
        let mut profile = current.profile;
        for key in &cleared {
            profile.remove(*key);
        }
        profile.extend(merge);
        patch.profile = Some(profile);
        state
            .management
            .update_user(user_id, &patch)
            .await
            .map_err(field_error)?;
    } else if !merge.is_empty() {
        state
            .management
            .merge_profile(user_id, merge)
            .await
            .map_err(field_error)?;
    }

    let mut saved = edited.clone();
    for field in PROFILE_FIELDS {
        saved.set(field.key, edited.get(field.key).trim().to_owned());
    }
    Ok(saved)
}

/// Logto's codes that belong to a field, in words.
fn field_error(err: LogtoError) -> AppError {
    match err.code() {
        Some("user.username_already_in_use") => {
            AppError::invalid("username", "That username is taken.")
        }
        Some("entity.value_too_long") => AppError::Invalid {
            field: None,
            message: "One of the values is too long.".into(),
        },
        Some("guard.invalid_input") => {
            tracing::warn!(error = %err, "Logto refused a profile update the app had validated");
            AppError::Invalid {
                field: None,
                message: "Logto refused one of the values. Please check the form.".into(),
            }
        }
        _ => err.into(),
    }
}

/// Keeps the session's cached claims in step with what was saved, so the header and the next
/// first paint show the new values.
fn refresh_claims(auth: &mut AuthSession, saved: &ProfileForm) {
    let set = |claims: &mut Map<String, Value>, key: &str, value: &str| {
        if value.is_empty() {
            claims.remove(key);
        } else {
            claims.insert(key.to_owned(), json!(value));
        }
    };
    let mut address = Map::new();
    for field in PROFILE_FIELDS {
        let value = saved.get(field.key);
        match field.kind {
            Kind::Basic => set(&mut auth.claims, field.source, value),
            Kind::Claim => {
                let claim: String = field
                    .source
                    .chars()
                    .flat_map(|c| {
                        if c.is_ascii_uppercase() {
                            vec!['_', c.to_ascii_lowercase()]
                        } else {
                            vec![c]
                        }
                    })
                    .collect();
                set(&mut auth.claims, &claim, value)
            }
            Kind::Address => {
                if !value.is_empty() {
                    address.insert(field.source.to_owned(), json!(value));
                }
            }
        }
    }
    if address.is_empty() {
        auth.claims.remove("address");
    } else {
        auth.claims.insert("address".into(), Value::Object(address));
    }
}

/// `POST /profile`: the form without JavaScript. Success redirects to the page (post/redirect/
/// get); a refusal renders the page again with the values as typed and the message.
pub async fn post_form(
    axum::extract::State(state): axum::extract::State<AppState>,
    session: Session,
    req: axum::extract::Request,
) -> axum::response::Response {
    use axum::response::{IntoResponse, Redirect};

    let Some(mut auth) = state.auth.user(&session).await else {
        return Redirect::to("/sign-in?return_to=%2Fprofile").into_response();
    };
    let (mut parts, body) = req.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, 64 * 1024).await else {
        return axum::http::StatusCode::PAYLOAD_TOO_LARGE.into_response();
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
    match save_changes(&state, &auth.user_id, &original, &edited).await {
        Ok(saved) => {
            refresh_claims(&mut auth, &saved);
            if session.insert("auth", &auth).await.is_err() {
                return axum::http::StatusCode::INTERNAL_SERVER_ERROR.into_response();
            }
            Redirect::to("/profile?saved=1").into_response()
        }
        Err(error) => {
            let status = axum::http::StatusCode::from_u16(error.status())
                .unwrap_or(axum::http::StatusCode::INTERNAL_SERVER_ERROR);
            let echo = crate::components::ProfileEcho {
                original,
                edited,
                error: Some(error),
            };
            // The same request (cookies, session, nonce) rendering the page instead.
            parts.method = axum::http::Method::GET;
            parts.headers.remove(axum::http::header::CONTENT_TYPE);
            parts.headers.remove(axum::http::header::CONTENT_LENGTH);
            let page = axum::http::Request::from_parts(parts, axum::body::Body::empty());
            let mut res = super::router::render(
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
