//! `/api/hooks` (`core/src/routes/hook.ts`): how an administrator creates the webhook this app
//! listens to. `includeExecutionStats` adds `{requestCount, successCount}` of the last day.

use std::collections::HashMap;

use axum::{
    body::Bytes,
    extract::{Path, Query, State},
    http::StatusCode,
    response::{IntoResponse, Response},
    Json,
};
use serde_json::{Map, Value};

use super::{json_body, validate::Guard};
use crate::{
    ctx::Ctx,
    error::ApiError,
    hooks::{self, Hook},
    ids,
    model::now_ms,
};

type ApiResult = Result<Response, ApiError>;

/// The events a hook may name (`hookEvents` of `@logto/schemas`, the user-facing subset the
/// emulator sends and the ones an administrator may list beside them).
pub const EVENTS: &[&str] = &[
    "PostRegister",
    "PostSignIn",
    "PostSignInAdaptiveMfaTriggered",
    "PostResetPassword",
    "User.Created",
    "User.Deleted",
    "User.Data.Updated",
    "User.SuspensionStatus.Updated",
    "Role.Created",
    "Role.Deleted",
    "Role.Data.Updated",
    "Role.Scopes.Updated",
    "Scope.Created",
    "Scope.Deleted",
    "Scope.Data.Updated",
    "Organization.Created",
    "Organization.Deleted",
    "Organization.Data.Updated",
    "Organization.Membership.Updated",
    "OrganizationRole.Created",
    "OrganizationRole.Deleted",
    "OrganizationRole.Data.Updated",
    "OrganizationRole.Scopes.Updated",
    "OrganizationScope.Created",
    "OrganizationScope.Deleted",
    "OrganizationScope.Data.Updated",
    "Identifier.Lockout",
    "Message.RateLimited",
    "Grant.LimitExceeded",
];

fn with_stats(ctx: &Ctx, hook: &Hook, query: &HashMap<String, String>) -> Value {
    let mut api = hook.to_api();
    if query.contains_key("includeExecutionStats") {
        api["executionStats"] = hooks::stats(ctx, &hook.id);
    }
    api
}

pub async fn list(
    State(ctx): State<Ctx>,
    Query(query): Query<HashMap<String, String>>,
) -> ApiResult {
    let all: Vec<Hook> = ctx.store.read(|s| s.hooks.values().cloned().collect());
    let list: Vec<Value> = all.iter().map(|h| with_stats(&ctx, h, &query)).collect();
    Ok(Json(list).into_response())
}

pub async fn get(
    State(ctx): State<Ctx>,
    Path(id): Path<String>,
    Query(query): Query<HashMap<String, String>>,
) -> ApiResult {
    let hook = find(&ctx, &id)?;
    Ok(Json(with_stats(&ctx, &hook, &query)).into_response())
}

pub async fn create(State(ctx): State<Ctx>, body: Bytes) -> ApiResult {
    let body = json_body(&body)?;
    let mut guard = Guard::default();
    let parsed = guard.object(&body).map(|obj| parse(&mut guard, obj, true));
    guard.finish()?;
    let parsed = parsed.unwrap_or_default();
    let Some(events) = parsed.events else {
        return Err(ApiError::new(
            400,
            "hook.missing_events",
            "You need to provide at least one event.",
        ));
    };
    let hook = Hook {
        id: ids::id(21),
        name: parsed.name.unwrap_or_default(),
        events,
        config: parsed.config.unwrap_or_default(),
        signing_key: ids::secret(32),
        enabled: parsed.enabled.unwrap_or(true),
        created_at: now_ms(),
    };
    ctx.store
        .write(|s| s.hooks.insert(hook.id.clone(), hook.clone()));
    Ok((StatusCode::CREATED, Json(hook.to_api())).into_response())
}

pub async fn update(State(ctx): State<Ctx>, Path(id): Path<String>, body: Bytes) -> ApiResult {
    let body = json_body(&body)?;
    let mut guard = Guard::default();
    let parsed = guard.object(&body).map(|obj| parse(&mut guard, obj, false));
    guard.finish()?;
    let parsed = parsed.unwrap_or_default();
    find(&ctx, &id)?;
    let hook = ctx.store.write(|s| {
        let hook = s.hooks.get_mut(&id)?;
        if let Some(name) = parsed.name {
            hook.name = name;
        }
        if let Some(events) = parsed.events {
            hook.events = events;
        }
        if let Some(config) = parsed.config {
            hook.config = config;
        }
        if let Some(enabled) = parsed.enabled {
            hook.enabled = enabled;
        }
        Some(hook.clone())
    });
    Ok(Json(hook.ok_or_else(ApiError::not_found)?.to_api()).into_response())
}

pub async fn delete(State(ctx): State<Ctx>, Path(id): Path<String>) -> ApiResult {
    find(&ctx, &id)?;
    ctx.store.write(|s| s.hooks.remove(&id));
    Ok(StatusCode::NO_CONTENT.into_response())
}

fn find(ctx: &Ctx, id: &str) -> Result<Hook, ApiError> {
    ctx.store
        .read(|s| s.hooks.get(id).cloned())
        .ok_or_else(ApiError::not_found)
}

#[derive(Default)]
struct Parsed {
    name: Option<String>,
    events: Option<Vec<String>>,
    config: Option<Map<String, Value>>,
    enabled: Option<bool>,
}

/// `Hooks.createGuard` (config required on create) with `events` non-empty and unique.
fn parse(guard: &mut Guard, obj: &Map<String, Value>, create: bool) -> Parsed {
    let name = match obj.get("name") {
        None => None,
        Some(Value::String(s)) => Some(s.clone()),
        Some(_) => {
            guard.fail("name", "invalid_type", "Expected string");
            None
        }
    };
    let events = obj.get("events").and_then(|v| events(guard, v));
    let config = guard.object_field(obj, "config");
    match &config {
        None if create => guard.fail("config", "invalid_type", "Required"),
        Some(c) if !c.get("url").is_some_and(Value::is_string) => {
            guard.fail("config.url", "invalid_type", "Required")
        }
        _ => {}
    }
    let enabled = match obj.get("enabled") {
        None => None,
        Some(Value::Bool(b)) => Some(*b),
        Some(_) => {
            guard.fail("enabled", "invalid_type", "Expected boolean");
            None
        }
    };
    Parsed {
        name,
        events,
        config,
        enabled,
    }
}

fn events(guard: &mut Guard, value: &Value) -> Option<Vec<String>> {
    let Some(list) = value.as_array() else {
        guard.fail("events", "invalid_type", "Expected array");
        return None;
    };
    let mut out: Vec<String> = Vec::new();
    for (i, event) in list.iter().enumerate() {
        match event.as_str() {
            Some(e) if EVENTS.contains(&e) && !out.iter().any(|o| o == e) => out.push(e.into()),
            _ => guard.fail(
                &format!("events.{i}"),
                "invalid_enum_value",
                "Invalid event",
            ),
        }
    }
    if out.is_empty() {
        guard.fail(
            "events",
            "too_small",
            "Array must contain at least 1 element(s)",
        );
        return None;
    }
    Some(out)
}
