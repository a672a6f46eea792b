//! `/api/users...` and check-password (`../shared/logto/CONTRACT.md` §3).

use std::collections::HashMap;

use axum::{
    body::Bytes,
    extract::{Path, Query, State},
    http::{HeaderValue, StatusCode},
    response::{IntoResponse, Response},
    Json,
};
use serde_json::{json, Map, Value};

use super::{
    json_body,
    validate::{is_digits, is_email, is_url, is_username, normalize_phone, Field, Guard},
};
use crate::{
    ctx::Ctx,
    error::ApiError,
    ids,
    model::{now_ms, User},
    password,
};

type ApiResult = Result<Response, ApiError>;

const SHORT_MAX: usize = 128;
const AVATAR_MAX: usize = 2048;

fn find(ctx: &Ctx, id: &str) -> Result<User, ApiError> {
    ctx.user(id).ok_or_else(ApiError::not_found)
}

fn ok(value: Value) -> ApiResult {
    Ok(Json(value).into_response())
}

/// The basic fields of a create or update body, after the guard.
#[derive(Default)]
struct Basics {
    username: Option<Option<String>>,
    primary_email: Option<Option<String>>,
    primary_phone: Option<Option<String>>,
    name: Option<Option<String>>,
    avatar: Option<Option<String>>,
    custom_data: Option<Map<String, Value>>,
    profile: Option<Map<String, Value>>,
}

impl Basics {
    fn is_empty(&self) -> bool {
        self.username.is_none()
            && self.primary_email.is_none()
            && self.primary_phone.is_none()
            && self.name.is_none()
            && self.avatar.is_none()
            && self.custom_data.is_none()
            && self.profile.is_none()
    }
}

/// Logto's database layer writes every `""` as NULL (measured on 1.37 and 1.42 for `name` and
/// `avatar`, `../shared/logto/CONTRACT.md` §11; the same conversion covers the other nullable basics).
fn field(f: Field<String>) -> Option<Option<String>> {
    match f {
        Field::Absent => None,
        Field::Null => Some(None),
        Field::Value(v) if v.is_empty() => Some(None),
        Field::Value(v) => Some(Some(v)),
    }
}

fn parse_basics(guard: &mut Guard, obj: &Map<String, Value>) -> Basics {
    let basics = Basics {
        username: field(guard.nullable_string(obj, "username", is_username)),
        primary_email: field(guard.nullable_string(obj, "primaryEmail", is_email)),
        primary_phone: field(guard.nullable_string(obj, "primaryPhone", is_digits)),
        name: field(guard.nullable_string(obj, "name", |_| true)),
        avatar: field(guard.nullable_string(obj, "avatar", is_url)),
        custom_data: guard.object_field(obj, "customData"),
        profile: guard.object_field(obj, "profile"),
    };
    Basics {
        profile: basics.profile.as_ref().map(|p| guard.profile(p, "profile")),
        ..basics
    }
}

/// Lengths, phone parsing and uniqueness: Logto's 422s, checked in its order.
fn check_basics(ctx: &Ctx, basics: &mut Basics, user_id: Option<&str>) -> Result<(), ApiError> {
    let too_long = |v: &Option<Option<String>>, max: usize| {
        v.as_ref()
            .and_then(|v| v.as_ref())
            .is_some_and(|s| s.chars().count() > max)
    };
    if too_long(&basics.username, SHORT_MAX)
        || too_long(&basics.primary_email, SHORT_MAX)
        || too_long(&basics.name, SHORT_MAX)
        || too_long(&basics.avatar, AVATAR_MAX)
    {
        return Err(ApiError::new(
            422,
            "entity.value_too_long",
            "The value is too long.",
        ));
    }
    if let Some(Some(phone)) = &basics.primary_phone {
        let normalized = normalize_phone(phone).ok_or_else(|| {
            let mut err = ApiError::new(422, "user.invalid_phone", "Invalid phone number.");
            err.data = Some(json!({ "name": "ParseError" }));
            err
        })?;
        basics.primary_phone = Some(Some(normalized));
    }
    ctx.store.read(|s| {
        let others = || s.users.values().filter(|u| Some(u.id.as_str()) != user_id);
        if let Some(Some(username)) = &basics.username {
            if others().any(|u| u.username.as_deref() == Some(username)) {
                return Err(ApiError::new(
                    422,
                    "user.username_already_in_use",
                    "This username is already in use.",
                ));
            }
        }
        if let Some(Some(email)) = &basics.primary_email {
            if others().any(|u| {
                u.primary_email
                    .as_deref()
                    .is_some_and(|e| e.eq_ignore_ascii_case(email))
            }) {
                return Err(ApiError::new(
                    422,
                    "user.email_already_in_use",
                    "This email is associated with an existing account.",
                ));
            }
        }
        if let Some(Some(phone)) = &basics.primary_phone {
            if others().any(|u| u.primary_phone.as_deref() == Some(phone)) {
                return Err(ApiError::new(
                    422,
                    "user.phone_already_in_use",
                    "This phone number is associated with an existing account.",
                ));
            }
        }
        Ok(())
    })
}

fn apply(user: &mut User, basics: Basics) {
    if let Some(v) = basics.username {
        user.username = v;
    }
    if let Some(v) = basics.primary_email {
        user.primary_email = v;
    }
    if let Some(v) = basics.primary_phone {
        user.primary_phone = v;
    }
    if let Some(v) = basics.name {
        user.name = v;
    }
    if let Some(v) = basics.avatar {
        user.avatar = v;
    }
    if let Some(v) = basics.custom_data {
        user.custom_data = v;
    }
    if let Some(v) = basics.profile {
        user.profile = v;
    }
    user.updated_at = now_ms();
}

pub async fn create(State(ctx): State<Ctx>, body: Bytes) -> ApiResult {
    let body = json_body(&body)?;
    let mut guard = Guard::default();
    let Some(obj) = guard.object(&body) else {
        return Err(guard.finish().unwrap_err());
    };
    // Creating, Logto takes no `null` where updating clears with one (only `avatar` may be
    // null): measured on 1.37.1 and 1.42.0.
    for key in ["primaryPhone", "primaryEmail", "username", "name"] {
        if obj.get(key).is_some_and(Value::is_null) {
            guard.fail(key, "invalid_type", "Expected string, received null");
        }
    }
    let mut basics = parse_basics(&mut guard, obj);
    let password = match obj.get("password") {
        None => None,
        Some(_) => guard.required_string(obj, "password"),
    };
    guard.finish()?;
    check_basics(&ctx, &mut basics, None)?;
    let now = now_ms();
    let mut user = User {
        id: ids::id(12),
        username: None,
        primary_email: None,
        primary_phone: None,
        name: None,
        avatar: None,
        custom_data: Map::new(),
        identities: Map::new(),
        profile: Map::new(),
        application_id: None,
        is_suspended: false,
        last_sign_in_at: None,
        created_at: now,
        updated_at: now,
        password_digest: password.as_deref().map(password::hash),
        password_updated_at: password.as_ref().map(|_| now),
        mfa_verifications: Vec::new(),
        logto_config: Map::new(),
    };
    apply(&mut user, basics);
    ctx.store
        .write(|s| s.users.insert(user.id.clone(), user.clone()));
    ok(user.to_api())
}

pub async fn list(
    State(ctx): State<Ctx>,
    Query(query): Query<HashMap<String, String>>,
) -> ApiResult {
    let search = query
        .get("search")
        .map(|s| s.trim_matches('%').to_lowercase())
        .filter(|s| !s.is_empty());
    let page: usize = query
        .get("page")
        .and_then(|p| p.parse().ok())
        .filter(|p| *p >= 1)
        .unwrap_or(1);
    let page_size: usize = query
        .get("page_size")
        .and_then(|p| p.parse().ok())
        .filter(|p| (1..=100).contains(p))
        .unwrap_or(20);
    let mut users: Vec<User> = ctx.store.read(|s| {
        s.users
            .values()
            .filter(|u| {
                search.as_deref().is_none_or(|q| {
                    [
                        Some(&u.id),
                        u.username.as_ref(),
                        u.primary_email.as_ref(),
                        u.primary_phone.as_ref(),
                        u.name.as_ref(),
                    ]
                    .into_iter()
                    .flatten()
                    .any(|v| v.to_lowercase().contains(q))
                })
            })
            .cloned()
            .collect()
    });
    users.sort_by(|a, b| b.created_at.cmp(&a.created_at).then(a.id.cmp(&b.id)));
    let total = users.len();
    let items: Vec<Value> = users
        .iter()
        .skip((page - 1) * page_size)
        .take(page_size)
        .map(User::to_api)
        .collect();
    let mut res = Json(items).into_response();
    res.headers_mut()
        .insert("total-number", HeaderValue::from(total));
    Ok(res)
}

pub async fn get(State(ctx): State<Ctx>, Path(id): Path<String>) -> ApiResult {
    ok(find(&ctx, &id)?.to_api())
}

pub async fn update(State(ctx): State<Ctx>, Path(id): Path<String>, body: Bytes) -> ApiResult {
    let body = json_body(&body)?;
    let mut guard = Guard::default();
    let Some(obj) = guard.object(&body) else {
        return Err(guard.finish().unwrap_err());
    };
    let mut basics = parse_basics(&mut guard, obj);
    guard.finish()?;
    find(&ctx, &id)?;
    if basics.is_empty() {
        return Err(ApiError::new(
            422,
            "entity.invalid_input",
            "Nothing to update.",
        ));
    }
    check_basics(&ctx, &mut basics, Some(&id))?;
    let user = ctx.store.write(|s| {
        s.users.get_mut(&id).map(|u| {
            apply(u, basics);
            u.clone()
        })
    });
    ok(user.ok_or_else(ApiError::not_found)?.to_api())
}

pub async fn delete(State(ctx): State<Ctx>, Path(id): Path<String>) -> ApiResult {
    find(&ctx, &id)?;
    ctx.store.write(|s| {
        s.users.remove(&id);
        s.refresh_tokens.retain(|_, g| g.user_id != id);
        s.access_tokens.retain(|_, g| g.user_id != id);
    });
    // Its sign-ins end too: no browser is signed straight back in to a deleted account.
    ctx.ephemeral().sessions.retain(|_, s| s.user_id != id);
    Ok(StatusCode::NO_CONTENT.into_response())
}

/// `{ "profile": {...} }`: shallow merge; `address` replaced whole; nulls refused.
pub async fn merge_profile(
    State(ctx): State<Ctx>,
    Path(id): Path<String>,
    body: Bytes,
) -> ApiResult {
    let body = json_body(&body)?;
    let mut guard = Guard::default();
    let Some(obj) = guard.object(&body) else {
        return Err(guard.finish().unwrap_err());
    };
    let profile = match obj.get("profile") {
        Some(Value::Object(p)) => Some(guard.profile(p, "profile")),
        Some(_) => {
            guard.fail("profile", "invalid_type", "Expected object");
            None
        }
        None => {
            guard.fail("profile", "invalid_type", "Required");
            None
        }
    };
    guard.finish()?;
    let profile = profile.unwrap_or_default();
    find(&ctx, &id)?;
    let merged = ctx.store.write(|s| {
        s.users.get_mut(&id).map(|u| {
            u.profile.extend(profile);
            u.updated_at = now_ms();
            u.profile.clone()
        })
    });
    ok(Value::Object(merged.ok_or_else(ApiError::not_found)?))
}

pub async fn custom_data(State(ctx): State<Ctx>, Path(id): Path<String>) -> ApiResult {
    ok(Value::Object(find(&ctx, &id)?.custom_data))
}

/// `{ "customData": {...} }`: shallow merge; `"k": null` stores JSON null.
pub async fn merge_custom_data(
    State(ctx): State<Ctx>,
    Path(id): Path<String>,
    body: Bytes,
) -> ApiResult {
    let body = json_body(&body)?;
    let mut guard = Guard::default();
    let Some(obj) = guard.object(&body) else {
        return Err(guard.finish().unwrap_err());
    };
    let data = match obj.get("customData") {
        Some(Value::Object(d)) => Some(d.clone()),
        Some(_) => {
            guard.fail("customData", "invalid_type", "Expected object");
            None
        }
        None => {
            guard.fail("customData", "invalid_type", "Required");
            None
        }
    };
    guard.finish()?;
    find(&ctx, &id)?;
    let merged = ctx.store.write(|s| {
        s.users.get_mut(&id).map(|u| {
            u.custom_data.extend(data.unwrap_or_default());
            u.updated_at = now_ms();
            u.custom_data.clone()
        })
    });
    ok(Value::Object(merged.ok_or_else(ApiError::not_found)?))
}

fn password_field(body: &Bytes) -> Result<String, ApiError> {
    let body = json_body(body)?;
    let mut guard = Guard::default();
    let password = guard
        .object(&body)
        .and_then(|obj| guard.required_string(obj, "password"));
    guard.finish()?;
    password.ok_or_else(ApiError::internal)
}

pub async fn verify_password(
    State(ctx): State<Ctx>,
    Path(id): Path<String>,
    body: Bytes,
) -> ApiResult {
    let password = password_field(&body)?;
    let user = find(&ctx, &id)?;
    // Hashing is slow on purpose: keep it off the async workers.
    let digest = user.password_digest.clone();
    let matched =
        tokio::task::spawn_blocking(move || password::verify(&password, digest.as_deref()))
            .await
            .map_err(|_| ApiError::internal())?;
    if matched {
        Ok(StatusCode::NO_CONTENT.into_response())
    } else {
        Err(ApiError::new(
            422,
            "session.invalid_credentials",
            "Wrong account credentials.",
        ))
    }
}

/// No policy and no same-password check: any non-empty string is stored (`../shared/logto/CONTRACT.md` §3.6).
pub async fn set_password(
    State(ctx): State<Ctx>,
    Path(id): Path<String>,
    body: Bytes,
) -> ApiResult {
    let password = password_field(&body)?;
    find(&ctx, &id)?;
    let digest = tokio::task::spawn_blocking(move || password::hash(&password))
        .await
        .map_err(|_| ApiError::internal())?;
    let user = ctx.store.write(|s| {
        s.users.get_mut(&id).map(|u| {
            let now = now_ms();
            u.password_digest = Some(digest);
            u.password_updated_at = Some(now);
            u.updated_at = now;
            u.clone()
        })
    });
    ok(user.ok_or_else(ApiError::not_found)?.to_api())
}

pub async fn has_password(State(ctx): State<Ctx>, Path(id): Path<String>) -> ApiResult {
    ok(json!({ "hasPassword": find(&ctx, &id)?.password_digest.is_some() }))
}

/// Suspending revokes every token of the user.
pub async fn set_suspended(
    State(ctx): State<Ctx>,
    Path(id): Path<String>,
    body: Bytes,
) -> ApiResult {
    let body = json_body(&body)?;
    let mut guard = Guard::default();
    let suspended = match guard.object(&body).map(|o| o.get("isSuspended")) {
        Some(Some(Value::Bool(b))) => Some(*b),
        Some(_) => {
            guard.fail("isSuspended", "invalid_type", "Expected boolean");
            None
        }
        None => None,
    };
    guard.finish()?;
    find(&ctx, &id)?;
    let suspended = suspended.unwrap_or_default();
    let user = ctx.store.write(|s| {
        if suspended {
            s.refresh_tokens.retain(|_, g| g.user_id != id);
            s.access_tokens.retain(|_, g| g.user_id != id);
        }
        s.users.get_mut(&id).map(|u| {
            u.is_suspended = suspended;
            u.updated_at = now_ms();
            u.clone()
        })
    });
    ok(user.ok_or_else(ApiError::not_found)?.to_api())
}

/// `POST /api/sign-in-exp/default/check-password`: 200 `{result:true}` or 400
/// `{result:false, issues}` (not the standard error body).
/// `GET /api/sign-in-exp`: the parts of the sign-in experience an account page reads, with the
/// password policy that `check-password` applies (Logto's defaults, core-kit's
/// `passwordPolicyGuard` shape).
pub async fn sign_in_experience(State(ctx): State<Ctx>) -> ApiResult {
    Ok(Json(json!({
        "id": "default",
        "tenantId": "default",
        "passwordPolicy": crate::password::policy(),
        "mfa": super::logto_config::sign_in_mfa(&ctx),
        "adaptiveMfa": super::logto_config::adaptive_mfa(&ctx),
        "signUp": { "identifiers": ["username"], "password": true, "verify": false },
    }))
    .into_response())
}

pub async fn check_password(State(ctx): State<Ctx>, body: Bytes) -> ApiResult {
    let body = json_body(&body)?;
    let mut guard = Guard::default();
    let obj = guard.object(&body).cloned().unwrap_or_default();
    let password = match obj.get("password") {
        Some(Value::String(p)) => Some(p.clone()),
        Some(_) => {
            guard.fail("password", "invalid_type", "Expected string");
            None
        }
        None => {
            guard.fail("password", "invalid_type", "Required");
            None
        }
    };
    let user_id = match obj.get("userId") {
        None => None,
        Some(Value::String(id)) => Some(id.clone()),
        Some(_) => {
            guard.fail("userId", "invalid_type", "Expected string");
            None
        }
    };
    guard.finish()?;
    let password = password.unwrap_or_default();
    // The default policy rejects user info, which needs the user.
    let Some(user_id) = user_id else {
        return Err(ApiError::new(
            400,
            "request.invalid_input",
            "Input is invalid: userId is required to check user info.",
        ));
    };
    let user = find(&ctx, &user_id)?;
    let issues = password::check(&password, Some(&user));
    // The breach list is asked only about a password that passes every other rule; offline, that
    // request fails and so does the whole check (measured, `../shared/logto/CONTRACT.md` §11).
    if issues.is_empty() && ctx.breach_check_offline {
        return Err(ApiError::new(
            400,
            "request.invalid_input",
            "Input is invalid: fetch failed",
        ));
    }
    if issues.is_empty() {
        ok(json!({ "result": true }))
    } else {
        Ok((
            StatusCode::BAD_REQUEST,
            Json(json!({ "result": false, "issues": issues })),
        )
            .into_response())
    }
}
