//! A user's own sign-in settings and the tenant's MFA settings.
//!
//! - `GET/PATCH /api/users/:id/logto-configs` (`packages/core/src/routes/admin-user/basics.ts`,
//!   `libraries/user-logto-config.ts`): 1.37 answers `{mfa:{skipped, skipMfaOnSignIn},
//!   passkeySignIn:{skipped}}` and its PATCH needs all three; 1.42 adds `mfa.enabled` (absent
//!   until set) and takes any part.
//! - `GET /api/sign-in-exp`'s `mfa` and `PATCH /api/sign-in-exp` with `mfa`
//!   (`routes/sign-in-experience/index.ts`, `libraries/sign-in-experience/mfa.ts`).

use axum::{
    body::Bytes,
    extract::{Path, State},
    response::{IntoResponse, Response},
    Json,
};
use serde_json::{json, Map, Value};

use super::{json_body, validate::Guard};
use crate::{ctx::Ctx, error::ApiError, LogtoVersion};

/// Where Logto keeps them in `users.logto_config`.
const MFA: &str = "mfa";
const PASSKEY: &str = "passkey_sign_in";

fn no_user() -> ApiError {
    ApiError::new(404, "entity.not_found", "The resource does not exist.")
}

fn flag(data: &Value, key: &str) -> bool {
    data[key].as_bool().unwrap_or(false)
}

/// The response body, from the stored `logto_config`.
fn response(config: &Map<String, Value>, version: LogtoVersion) -> Value {
    let mfa = config.get(MFA).cloned().unwrap_or_default();
    let passkey = config.get(PASSKEY).cloned().unwrap_or_default();
    let mut body = json!({
        "mfa": { "skipped": flag(&mfa, "skipped"), "skipMfaOnSignIn": flag(&mfa, "skipMfaOnSignIn") },
        "passkeySignIn": { "skipped": flag(&passkey, "skipped") },
    });
    if version >= LogtoVersion::V1_42 {
        if let Some(enabled) = mfa["enabled"].as_bool() {
            body["mfa"]["enabled"] = json!(enabled);
        }
    }
    body
}

/// `buildUpdatedUserLogtoConfig(user, { mfa: { enabled: true } })`: what binding a second step
/// through the Account API does on 1.42.
pub fn set_mfa_enabled(user: &mut crate::model::User) {
    let mfa = user.logto_config.entry(MFA).or_insert_with(|| json!({}));
    match mfa {
        Value::Object(m) => {
            m.insert("enabled".into(), json!(true));
        }
        other => *other = json!({ "enabled": true }),
    }
}

pub async fn get(State(ctx): State<Ctx>, Path(id): Path<String>) -> Result<Response, ApiError> {
    let user = ctx.user(&id).ok_or_else(no_user)?;
    Ok(Json(response(&user.logto_config, ctx.version)).into_response())
}

/// A boolean at `path`: required on 1.37, optional on 1.42.
fn boolean(
    guard: &mut Guard,
    obj: &Map<String, Value>,
    key: &str,
    path: &str,
    required: bool,
) -> Option<bool> {
    match obj.get(key) {
        Some(Value::Bool(b)) => Some(*b),
        None if !required => None,
        None => {
            guard.fail(path, "invalid_type", "Required");
            None
        }
        Some(_) => {
            guard.fail(path, "invalid_type", "Expected boolean");
            None
        }
    }
}

/// One part of the body (`mfa`, `passkeySignIn`): its booleans, unknown keys dropped.
fn part(
    guard: &mut Guard,
    body: &Map<String, Value>,
    name: &str,
    keys: &[&str],
    version: LogtoVersion,
) -> Map<String, Value> {
    let required = version < LogtoVersion::V1_42;
    let empty = Map::new();
    let obj = match body.get(name) {
        Some(Value::Object(obj)) => obj,
        None if !required => &empty,
        None => {
            guard.fail(name, "invalid_type", "Required");
            return Map::new();
        }
        Some(_) => {
            guard.fail(name, "invalid_type", "Expected object");
            return Map::new();
        }
    };
    keys.iter()
        .filter_map(|key| {
            let path = format!("{name}.{key}");
            boolean(guard, obj, key, &path, required).map(|b| ((*key).to_owned(), json!(b)))
        })
        .collect()
}

pub async fn patch(
    State(ctx): State<Ctx>,
    Path(id): Path<String>,
    body: Bytes,
) -> Result<Response, ApiError> {
    let body = json_body(&body)?;
    let mut guard = Guard::default();
    let obj = guard.object(&body).cloned().unwrap_or_default();
    let mfa_keys: &[&str] = if ctx.version >= LogtoVersion::V1_42 {
        &["enabled", "skipped", "skipMfaOnSignIn"]
    } else {
        &["skipped", "skipMfaOnSignIn"]
    };
    let mfa = part(&mut guard, &obj, "mfa", mfa_keys, ctx.version);
    let passkey = part(&mut guard, &obj, "passkeySignIn", &["skipped"], ctx.version);
    guard.finish()?;
    let config = ctx.store.write(|s| {
        s.users.get_mut(&id).map(|u| {
            merge(&mut u.logto_config, MFA, mfa);
            merge(&mut u.logto_config, PASSKEY, passkey);
            u.updated_at = crate::model::now_ms();
            u.logto_config.clone()
        })
    });
    let config = config.ok_or_else(no_user)?;
    Ok(Json(response(&config, ctx.version)).into_response())
}

/// The given keys over the stored ones; the others stay.
fn merge(config: &mut Map<String, Value>, key: &str, update: Map<String, Value>) {
    let entry = config.entry(key).or_insert_with(|| json!({}));
    if !entry.is_object() {
        *entry = json!({});
    }
    if let Value::Object(stored) = entry {
        stored.extend(update);
    }
}

/// The tenant's MFA settings as `GET /api/sign-in-exp` shows them; a fresh Logto has no factor
/// and the `UserControlled` policy.
pub fn sign_in_mfa(ctx: &Ctx) -> Value {
    ctx.store
        .read(|s| s.sign_in_mfa.clone())
        .unwrap_or_else(|| json!({ "factors": [], "policy": "UserControlled" }))
}

/// A fresh Logto keeps `{}` (the column's default, measured on 1.42.0 and 1.37.1); 1.42 writes
/// `{enabled: false}` once a `PATCH` turns MFA off without naming it (`normalizedAdaptiveMfa`
/// in `routes/sign-in-experience/index.ts`).
pub fn adaptive_mfa(ctx: &Ctx) -> Value {
    ctx.store
        .read(|s| s.adaptive_mfa.clone())
        .unwrap_or_else(|| json!({}))
}

const FACTORS: &[&str] = &[
    "Totp",
    "WebAuthn",
    "BackupCode",
    "EmailVerificationCode",
    "PhoneVerificationCode",
];

fn policies(version: LogtoVersion) -> &'static [&'static str] {
    const V1_37: &[&str] = &[
        "UserControlled",
        "Mandatory",
        "PromptOnlyAtSignIn",
        "PromptAtSignInAndSignUp",
        "NoPrompt",
    ];
    const V1_42: &[&str] = &[
        "UserControlled",
        "Mandatory",
        "PromptOnlyAtSignIn",
        "PromptAtSignInAndSignUp",
        "NoPrompt",
        "PromptAtSignInAndSignUpMandatory",
        "PromptOnlyAtSignInMandatory",
    ];
    if version >= LogtoVersion::V1_42 {
        V1_42
    } else {
        V1_37
    }
}

/// `PATCH /api/sign-in-exp` with `{mfa: {factors, policy}}` (the only part the emulator keeps);
/// answers the sign-in experience.
pub async fn patch_sign_in_experience(
    State(ctx): State<Ctx>,
    body: Bytes,
) -> Result<Response, ApiError> {
    let body = json_body(&body)?;
    let mut guard = Guard::default();
    let obj = guard.object(&body).cloned().unwrap_or_default();
    let mfa = match obj.get("mfa") {
        None => None,
        Some(value) => checked_mfa(&mut guard, value, ctx.version),
    };
    guard.finish()?;
    if let Some(mfa) = mfa {
        check_mfa_rules(&mfa, ctx.version)?;
        let off = mfa["factors"].as_array().is_none_or(Vec::is_empty);
        let normalise = off && ctx.version >= LogtoVersion::V1_42;
        ctx.store.write(|s| {
            s.sign_in_mfa = Some(mfa);
            if normalise {
                s.adaptive_mfa = Some(json!({ "enabled": false }));
            }
        });
    }
    super::users::sign_in_experience(State(ctx)).await
}

fn checked_mfa(guard: &mut Guard, value: &Value, version: LogtoVersion) -> Option<Value> {
    let Some(obj) = value.as_object() else {
        guard.fail("mfa", "invalid_type", "Expected object");
        return None;
    };
    let factors = match obj.get("factors").and_then(Value::as_array) {
        Some(list)
            if list
                .iter()
                .all(|f| f.as_str().is_some_and(|f| FACTORS.contains(&f))) =>
        {
            list.clone()
        }
        Some(_) => {
            guard.fail("mfa.factors", "invalid_enum_value", "Invalid enum value");
            return None;
        }
        None => {
            guard.fail("mfa.factors", "invalid_type", "Required");
            return None;
        }
    };
    let policy = match obj.get("policy").and_then(Value::as_str) {
        Some(p) if policies(version).contains(&p) => p.to_owned(),
        _ => {
            guard.fail("mfa.policy", "invalid_enum_value", "Invalid enum value");
            return None;
        }
    };
    Some(json!({ "factors": factors, "policy": policy }))
}

/// `validateMfa`, and 1.42's "without adaptive MFA the policy must be skippable".
fn check_mfa_rules(mfa: &Value, version: LogtoVersion) -> Result<(), ApiError> {
    let factors: Vec<&str> = mfa["factors"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .collect();
    let distinct: std::collections::BTreeSet<&&str> = factors.iter().collect();
    if distinct.len() != factors.len() {
        return Err(ApiError::new(
            400,
            "sign_in_experiences.duplicated_mfa_factors",
            "Duplicated MFA factors.",
        ));
    }
    if factors.contains(&"BackupCode") && factors.len() == 1 {
        return Err(ApiError::new(
            400,
            "sign_in_experiences.backup_code_cannot_be_enabled_alone",
            "Backup code cannot be enabled alone.",
        ));
    }
    let no_skip = [
        "PromptAtSignInAndSignUpMandatory",
        "PromptOnlyAtSignInMandatory",
    ];
    if version >= LogtoVersion::V1_42
        && !factors.is_empty()
        && no_skip.contains(&mfa["policy"].as_str().unwrap_or_default())
    {
        return Err(ApiError::new(
            422,
            "sign_in_experiences.non_adaptive_mfa_requires_skippable_policy",
            "When adaptive MFA is disabled, MFA prompt policy must be skippable. Do not use PromptOnlyAtSignInMandatory or PromptAtSignInAndSignUpMandatory.",
        ));
    }
    Ok(())
}
