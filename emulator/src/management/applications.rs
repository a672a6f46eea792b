//! `GET /api/applications` (`packages/core/src/routes/applications/application.ts`): without
//! `page`/`page_size` every application, optionally only third-party (`isThirdParty=true`) or
//! first-party ones.

use std::collections::HashMap;

use axum::{
    extract::{Query, State},
    response::{IntoResponse, Response},
    Json,
};
use serde_json::Value;

use crate::{
    ctx::Ctx,
    error::ApiError,
    ids,
    model::{AppType, Application},
};

pub async fn list(
    State(ctx): State<Ctx>,
    Query(query): Query<HashMap<String, String>>,
) -> Result<Response, ApiError> {
    let third_party = match query.get("isThirdParty").map(String::as_str) {
        None => None,
        Some("true") => Some(true),
        Some("false") => Some(false),
        Some(_) => {
            return Err(ApiError::guard(vec![
                "Error in key path \"isThirdParty\": (invalid_union) Invalid input".into(),
            ]))
        }
    };
    let list: Vec<Value> = ctx.store.read(|s| {
        s.applications
            .values()
            .filter(|a| third_party.is_none_or(|want| want == a.is_third_party))
            .map(|a| a.to_api())
            .collect()
    });
    Ok(Json(list).into_response())
}

/// `POST /api/applications`: 200 with the new application (its secret included). The guard
/// covers what this emulator keeps: `name`, `type`, `isThirdParty` and the client metadata's
/// redirect URIs and back-channel logout.
pub async fn create(State(ctx): State<Ctx>, body: axum::body::Bytes) -> Result<Response, ApiError> {
    let body = super::json_body(&body)?;
    let mut guard = super::validate::Guard::default();
    let obj = guard.object(&body).cloned().unwrap_or_default();
    let name = guard.required_string(&obj, "name");
    let app_type = match obj
        .get("type")
        .cloned()
        .map(serde_json::from_value::<AppType>)
    {
        Some(Ok(t)) => Some(t),
        _ => {
            guard.fail("type", "invalid_enum_value", "Invalid enum value");
            None
        }
    };
    let metadata = guard
        .object_field(&obj, "oidcClientMetadata")
        .unwrap_or_default();
    let uris = |key: &str| -> Vec<String> {
        metadata
            .get(key)
            .and_then(Value::as_array)
            .map(|l| {
                l.iter()
                    .filter_map(Value::as_str)
                    .map(String::from)
                    .collect()
            })
            .unwrap_or_default()
    };
    guard.finish()?;
    let (Some(name), Some(app_type)) = (name, app_type) else {
        return Err(ApiError::internal());
    };
    let app = Application {
        id: ids::id(21),
        name,
        secret: ids::secret(32),
        app_type,
        redirect_uris: uris("redirectUris"),
        post_logout_redirect_uris: uris("postLogoutRedirectUris"),
        resource_scopes: Default::default(),
        backchannel_logout_uri: metadata
            .get("backchannelLogoutUri")
            .and_then(Value::as_str)
            .map(String::from),
        backchannel_logout_session_required: metadata
            .get("backchannelLogoutSessionRequired")
            .and_then(Value::as_bool)
            .unwrap_or(false),
        is_third_party: obj
            .get("isThirdParty")
            .and_then(Value::as_bool)
            .unwrap_or(false),
        logo_uri: None,
    };
    ctx.store
        .write(|s| s.applications.insert(app.id.clone(), app.clone()));
    Ok(Json(app.to_api()).into_response())
}

/// `DELETE /api/applications/:id`: 204, or 404.
pub async fn delete(
    State(ctx): State<Ctx>,
    axum::extract::Path(id): axum::extract::Path<String>,
) -> Result<Response, ApiError> {
    match ctx.store.write(|s| s.applications.remove(&id)) {
        Some(_) => Ok(axum::http::StatusCode::NO_CONTENT.into_response()),
        None => Err(ApiError::not_found()),
    }
}
