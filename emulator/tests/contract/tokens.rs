//! Personal access tokens (`/api/users/:id/personal-access-tokens`): unique by name per user,
//! the value on creation *and* in the list, expiry in the future or none.

use reqwest::{Method, StatusCode};
use serde_json::json;

use crate::support::{assert_error, target};

#[tokio::test]
async fn personal_access_tokens_are_made_listed_and_deleted_by_name() {
    let t = target().await;
    let user = t.create_user(None).await;
    let id = user["id"].as_str().unwrap();
    let path = format!("/api/users/{id}/personal-access-tokens");
    let (status, body) = t.api(Method::GET, &path, None).await;
    assert_eq!((status, body), (StatusCode::OK, json!([])));

    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_millis() as i64;
    let expires = now + 30 * 24 * 3600 * 1000;
    let (status, made) = t
        .api(
            Method::POST,
            &path,
            Some(json!({ "name": "ci", "expiresAt": expires })),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{made}");
    assert_eq!(made["name"], "ci");
    assert_eq!(made["userId"], id);
    assert_eq!(made["expiresAt"], expires);
    assert!(made["createdAt"].is_i64(), "{made}");
    let value = made["value"].as_str().unwrap();
    assert!(
        value.starts_with("pat_")
            && value.len() == 36
            && value[4..].bytes().all(|b| b.is_ascii_alphanumeric()),
        "{value}"
    );

    let (status, body) = t
        .api(Method::POST, &path, Some(json!({ "name": "ci" })))
        .await;
    assert_error(status, &body, 422, "user.personal_access_token_name_exists");
    let (status, body) = t
        .api(
            Method::POST,
            &path,
            Some(json!({ "name": "old", "expiresAt": now - 1000 })),
        )
        .await;
    assert_error(status, &body, 400, "request.invalid_input");
    let (status, never) = t
        .api(Method::POST, &path, Some(json!({ "name": "laptop" })))
        .await;
    assert_eq!(status, StatusCode::CREATED, "{never}");
    assert_eq!(never["expiresAt"], serde_json::Value::Null);

    let (status, list) = t.api(Method::GET, &path, None).await;
    assert_eq!(status, StatusCode::OK, "{list}");
    let list = list.as_array().unwrap();
    assert_eq!(list.len(), 2, "{list:?}");
    let ci = list.iter().find(|t| t["name"] == "ci").unwrap();
    assert_eq!(ci["value"], value, "Logto lists the value again: {ci}");

    let (status, body) = t
        .api(
            Method::POST,
            &format!("{path}/delete"),
            Some(json!({ "name": "ci" })),
        )
        .await;
    assert_eq!(status, StatusCode::NO_CONTENT, "{body}");
    let (status, body) = t
        .api(
            Method::POST,
            &format!("{path}/delete"),
            Some(json!({ "name": "ci" })),
        )
        .await;
    assert_error(status, &body, 404, "entity.not_found");
    let (_, list) = t.api(Method::GET, &path, None).await;
    assert_eq!(list.as_array().unwrap().len(), 1, "{list}");
}
