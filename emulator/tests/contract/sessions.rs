//! `GET/DELETE /api/users/:id/sessions`: present on 1.42, absent (404) on 1.37 (`../shared/logto/CONTRACT.md`
//! §11). The shape of a listed session is checked with a real sign-in in `tests/oidc/sessions.rs`.

use logto_emulator::LogtoVersion;
use reqwest::{Method, StatusCode};
use serde_json::json;

use crate::support::{assert_error, targets};

#[tokio::test]
async fn session_routes_exist_only_on_newer_logto() {
    for t in targets().await {
        let user = t.create_user(None).await;
        let id = user["id"].as_str().unwrap();
        let (status, body) = t
            .api(Method::GET, &format!("/api/users/{id}/sessions"), None)
            .await;
        match t.version {
            LogtoVersion::V1_37 => assert_eq!(status, StatusCode::NOT_FOUND, "{body}"),
            LogtoVersion::V1_42 => {
                assert_eq!(status, StatusCode::OK, "{body}");
                assert_eq!(body, json!({ "sessions": [] }));
                let (status, body) = t
                    .api(Method::GET, "/api/users/nobody000000/sessions", None)
                    .await;
                assert_error(status, &body, 404, "entity.not_found");
            }
        }
        let (status, _) = t
            .api(
                Method::DELETE,
                &format!("/api/users/{id}/sessions/no-such-session"),
                None,
            )
            .await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{}", t.version);
    }
}
