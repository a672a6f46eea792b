//! Organisations, the subset an account page reads and its tests set up
//! (`packages/core/src/routes/organization/`, `organization-role/`, `admin-user/organization.ts`):
//! create an organisation and a role, add members, give them roles, list a user's
//! organisations with their roles.

use axum::{
    body::Bytes,
    extract::{Path, State},
    http::StatusCode,
    response::{IntoResponse, Response},
    Json,
};
use serde_json::{json, Map, Value};

use super::{json_body, validate::Guard};
use crate::{
    ctx::Ctx,
    error::ApiError,
    ids,
    model::{now_ms, Organization, OrganizationRole},
};

/// `POST /api/organizations` `{name, description?}` → 201 the organisation.
pub async fn create(State(ctx): State<Ctx>, body: Bytes) -> Result<Response, ApiError> {
    let (name, description) = name_and_description(&json_body(&body)?)?;
    let org = Organization {
        id: ids::id(21),
        name,
        description,
        created_at: now_ms(),
        members: Default::default(),
    };
    let body = org.to_api();
    ctx.store
        .write(|s| s.organizations.insert(org.id.clone(), org));
    Ok((StatusCode::CREATED, Json(body)).into_response())
}

/// `POST /api/organization-roles` `{name, description?}` → 201 the role; 422
/// `entity.unique_integrity_violation` for a name in use.
pub async fn create_role(State(ctx): State<Ctx>, body: Bytes) -> Result<Response, ApiError> {
    let (name, description) = name_and_description(&json_body(&body)?)?;
    let role = OrganizationRole {
        id: ids::id(21),
        name,
        description,
    };
    let taken = ctx
        .store
        .read(|s| s.organization_roles.values().any(|r| r.name == role.name));
    if taken {
        return Err(ApiError::new(
            422,
            "entity.unique_integrity_violation",
            "The entity already exists. Please check the input and try again.",
        ));
    }
    let body = json!({
        "tenantId": "default",
        "id": role.id,
        "name": role.name,
        "description": role.description,
        "type": "User",
    });
    ctx.store
        .write(|s| s.organization_roles.insert(role.id.clone(), role));
    Ok((StatusCode::CREATED, Json(body)).into_response())
}

fn name_and_description(body: &Value) -> Result<(String, Option<String>), ApiError> {
    let mut guard = Guard::default();
    let obj = guard.object(body).cloned().unwrap_or_default();
    let name = guard.required_string(&obj, "name");
    let description = match obj.get("description") {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) => Some(s.clone()),
        Some(_) => {
            guard.fail("description", "invalid_type", "Expected string");
            None
        }
    };
    guard.finish()?;
    Ok((name.ok_or_else(ApiError::internal)?, description))
}

/// `POST /api/organizations/:id/users` `{userIds: [..]}` → 201.
pub async fn add_members(
    State(ctx): State<Ctx>,
    Path(org_id): Path<String>,
    body: Bytes,
) -> Result<Response, ApiError> {
    let body = json_body(&body)?;
    let user_ids = string_list(&body, "userIds")?;
    ctx.store
        .write(|s| {
            let missing = user_ids.iter().any(|id| !s.users.contains_key(id));
            let org = s.organizations.get_mut(&org_id).filter(|_| !missing)?;
            for id in &user_ids {
                org.members.entry(id.clone()).or_default();
            }
            Some(())
        })
        .ok_or_else(foreign_key)?;
    Ok((StatusCode::CREATED, Json(json!({ "userIds": user_ids }))).into_response())
}

/// `POST /api/organizations/:id/users/:userId/roles` `{organizationRoleIds: [..]}` → 201; the
/// user must be a member (422 `organization.require_membership`).
pub async fn add_member_roles(
    State(ctx): State<Ctx>,
    Path((org_id, user_id)): Path<(String, String)>,
    body: Bytes,
) -> Result<Response, ApiError> {
    let body = json_body(&body)?;
    let role_ids = string_list(&body, "organizationRoleIds")?;
    let outcome = ctx.store.write(|s| {
        if role_ids
            .iter()
            .any(|r| !s.organization_roles.contains_key(r))
        {
            return Err(foreign_key());
        }
        let org = s.organizations.get_mut(&org_id).ok_or_else(foreign_key)?;
        let roles = org.members.get_mut(&user_id).ok_or_else(|| {
            ApiError::new(
                422,
                "organization.require_membership",
                "The user must be a member of the organization to proceed.",
            )
        })?;
        for role in &role_ids {
            if !roles.contains(role) {
                roles.push(role.clone());
            }
        }
        Ok(())
    });
    outcome?;
    Ok(StatusCode::CREATED.into_response())
}

/// `GET /api/users/:id/organizations` → 200 each organisation with the user's
/// `organizationRoles` (`{id, name}`); 404 for an unknown user.
pub async fn of_user(
    State(ctx): State<Ctx>,
    Path(user_id): Path<String>,
) -> Result<Response, ApiError> {
    ctx.user(&user_id).ok_or_else(ApiError::not_found)?;
    let list: Vec<Value> = ctx.store.read(|s| {
        s.organizations
            .values()
            .filter_map(|org| {
                let roles = org.members.get(&user_id)?;
                let mut item = org.to_api();
                let roles: Vec<Value> = roles
                    .iter()
                    .filter_map(|r| s.organization_roles.get(r))
                    .map(|r| json!({ "id": r.id, "name": r.name }))
                    .collect();
                item["organizationRoles"] = Value::Array(roles);
                Some(item)
            })
            .collect()
    });
    Ok(Json(list).into_response())
}

/// A non-empty array of non-empty strings.
fn string_list(body: &Value, key: &str) -> Result<Vec<String>, ApiError> {
    let mut guard = Guard::default();
    let obj: Map<String, Value> = guard.object(body).cloned().unwrap_or_default();
    let list: Option<Vec<String>> = match obj.get(key) {
        Some(Value::Array(items)) if !items.is_empty() => items
            .iter()
            .map(|v| v.as_str().filter(|s| !s.is_empty()).map(String::from))
            .collect(),
        _ => None,
    };
    if list.is_none() {
        guard.fail(key, "invalid_type", "Expected a non-empty array of strings");
    }
    guard.finish()?;
    list.ok_or_else(ApiError::internal)
}

fn foreign_key() -> ApiError {
    ApiError::new(
        404,
        "entity.relation_foreign_key_not_found",
        "Cannot find one or more foreign keys. Please check the input and ensure that all referenced entities exist.",
    )
}
