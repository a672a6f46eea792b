//! `GET/PATCH /api/account-center` (`routes/account-center/index.ts`): whether the Account API
//! answers at all, which fields it lets a user edit, and the origins a passkey may be made on
//! besides Logto's own. A fresh Logto has it off, every field `Off`, no related origin.

use axum::{body::Bytes, extract::State, response::IntoResponse, response::Response, Json};
use serde_json::{json, Map, Value};

use super::{json_body, validate::Guard};
use crate::{ctx::Ctx, error::ApiError, LogtoVersion};

const CONTROLS: &[&str] = &["Off", "ReadOnly", "Edit"];

fn known_fields(version: LogtoVersion) -> Vec<&'static str> {
    let mut fields = vec![
        "name",
        "avatar",
        "profile",
        "email",
        "phone",
        "password",
        "username",
        "social",
        "customData",
        "mfa",
        "session",
    ];
    if version >= LogtoVersion::V1_42 {
        fields.push("passkey");
    }
    fields
}

fn stored(ctx: &Ctx) -> Value {
    ctx.store
        .read(|s| s.account_center.clone())
        .unwrap_or_else(|| json!({ "enabled": false, "fields": {}, "webauthnRelatedOrigins": [] }))
}

fn body(ctx: &Ctx) -> Value {
    let stored = stored(ctx);
    let mut body = json!({
        "tenantId": "default",
        "id": "default",
        "enabled": stored["enabled"],
        "fields": stored["fields"],
        "webauthnRelatedOrigins": stored["webauthnRelatedOrigins"],
    });
    if ctx.version >= LogtoVersion::V1_42 {
        body["deleteAccountUrl"] = Value::Null;
        body["customCss"] = Value::Null;
        body["profileFields"] = Value::Null;
    }
    body
}

pub fn enabled(ctx: &Ctx) -> bool {
    stored(ctx)["enabled"].as_bool().unwrap_or(false)
}

/// 1.42: `fields.passkey ?? fields.mfa` is `Edit`; 1.37: `fields.mfa`.
pub fn passkeys_editable(ctx: &Ctx) -> bool {
    let fields = &stored(ctx)["fields"];
    let control = match fields.get("passkey") {
        Some(c) if ctx.version >= LogtoVersion::V1_42 => c,
        _ => &fields["mfa"],
    };
    control == "Edit"
}

pub fn related_origins(ctx: &Ctx) -> Vec<String> {
    stored(ctx)["webauthnRelatedOrigins"]
        .as_array()
        .map(|list| {
            list.iter()
                .filter_map(|v| v.as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default()
}

pub async fn get(State(ctx): State<Ctx>) -> Response {
    Json(body(&ctx)).into_response()
}

/// `{enabled?, fields?, webauthnRelatedOrigins?}`: `fields` replaces the stored controls (unknown
/// keys dropped), the origins are kept without duplicates.
pub async fn patch(State(ctx): State<Ctx>, body: Bytes) -> Result<Response, ApiError> {
    let body = json_body(&body)?;
    let mut guard = Guard::default();
    let obj = guard.object(&body).cloned().unwrap_or_default();
    let enabled = match obj.get("enabled") {
        None => None,
        Some(Value::Bool(b)) => Some(*b),
        Some(_) => {
            guard.fail("enabled", "invalid_type", "Expected boolean");
            None
        }
    };
    let fields = guard
        .object_field(&obj, "fields")
        .map(|f| controls(&mut guard, &f, ctx.version));
    let origins = match obj.get("webauthnRelatedOrigins") {
        None => None,
        Some(Value::Array(list)) if list.iter().all(Value::is_string) => {
            let mut unique: Vec<Value> = Vec::new();
            for origin in list {
                if !unique.contains(origin) {
                    unique.push(origin.clone());
                }
            }
            Some(Value::Array(unique))
        }
        Some(_) => {
            guard.fail(
                "webauthnRelatedOrigins",
                "invalid_type",
                "Expected array of strings",
            );
            None
        }
    };
    guard.finish()?;
    let mut next = stored(&ctx);
    if let Some(enabled) = enabled {
        next["enabled"] = json!(enabled);
    }
    if let Some(fields) = fields {
        next["fields"] = Value::Object(fields);
    }
    if let Some(origins) = origins {
        next["webauthnRelatedOrigins"] = origins;
    }
    ctx.store.write(|s| s.account_center = Some(next));
    Ok(Json(self::body(&ctx)).into_response())
}

fn controls(
    guard: &mut Guard,
    given: &Map<String, Value>,
    version: LogtoVersion,
) -> Map<String, Value> {
    let known = known_fields(version);
    let mut out = Map::new();
    for (key, value) in given {
        if !known.contains(&key.as_str()) {
            continue;
        }
        if value.as_str().is_some_and(|v| CONTROLS.contains(&v)) {
            out.insert(key.clone(), value.clone());
        } else {
            guard.fail(
                &format!("fields.{key}"),
                "invalid_enum_value",
                "Invalid enum value. Expected 'Off' | 'ReadOnly' | 'Edit'",
            );
        }
    }
    out
}
