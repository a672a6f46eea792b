//! A user's organisations with their roles (`GET /api/users/:id/organizations`), and the routes
//! that set them up.

use reqwest::{Method, StatusCode};
use serde_json::json;

use crate::support::{assert_error, target, unique};

#[tokio::test]
async fn a_users_organisations_come_with_their_roles() {
    let t = target().await;
    let user = t.create_user(None).await;
    let id = user["id"].as_str().unwrap();
    let path = format!("/api/users/{id}/organizations");
    let (status, body) = t.api(Method::GET, &path, None).await;
    assert_eq!((status, body), (StatusCode::OK, json!([])));
    let (status, body) = t
        .api(Method::GET, "/api/users/nobody000000/organizations", None)
        .await;
    assert_error(status, &body, 404, "entity.not_found");

    let tag = unique();
    let (status, org) = t
        .api(
            Method::POST,
            "/api/organizations",
            Some(json!({ "name": format!("Org {tag}"), "description": "Makers" })),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{org}");
    let org_id = org["id"].as_str().unwrap();
    let (status, role) = t
        .api(
            Method::POST,
            "/api/organization-roles",
            Some(json!({ "name": format!("role-{tag}") })),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{role}");
    let role_id = role["id"].as_str().unwrap();

    let roles_path = format!("/api/organizations/{org_id}/users/{id}/roles");
    let (status, body) = t
        .api(
            Method::POST,
            &roles_path,
            Some(json!({ "organizationRoleIds": [role_id] })),
        )
        .await;
    assert_error(status, &body, 422, "organization.require_membership");

    let (status, body) = t
        .api(
            Method::POST,
            &format!("/api/organizations/{org_id}/users"),
            Some(json!({ "userIds": [id] })),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
    let (_, list) = t.api(Method::GET, &path, None).await;
    assert_eq!(list[0]["organizationRoles"], json!([]), "{list}");

    let (status, body) = t
        .api(
            Method::POST,
            &roles_path,
            Some(json!({ "organizationRoleIds": [role_id] })),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
    let (status, list) = t.api(Method::GET, &path, None).await;
    assert_eq!(status, StatusCode::OK, "{list}");
    let list = list.as_array().unwrap();
    assert_eq!(list.len(), 1, "{list:?}");
    assert_eq!(list[0]["id"], org_id);
    assert_eq!(list[0]["name"], format!("Org {tag}"));
    assert_eq!(list[0]["description"], "Makers");
    assert!(list[0]["createdAt"].is_i64(), "{list:?}");
    assert_eq!(
        list[0]["organizationRoles"],
        json!([{ "id": role_id, "name": format!("role-{tag}") }])
    );
}
