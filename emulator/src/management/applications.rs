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

use crate::{ctx::Ctx, error::ApiError};

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
