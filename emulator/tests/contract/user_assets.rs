//! Logto's file storage (`/api/user-assets`, contract §16): a fresh Logto has no storage provider
//! and says so; an upload is checked for a file, its size and type before that.

use logto_emulator::LogtoVersion;
use reqwest::{multipart, Method, StatusCode};
use serde_json::Value;

use crate::emulator_only;
use crate::support::{assert_error, target, Target};

async fn upload(t: &Target, part: Option<multipart::Part>) -> (StatusCode, Value) {
    let token = t.m2m_token().await;
    let mut form = multipart::Form::new().text("note", "not a file");
    if let Some(part) = part {
        form = form.part("file", part);
    }
    let res = t
        .http
        .post(t.url("/api/user-assets"))
        .bearer_auth(token)
        .multipart(form)
        .send()
        .await
        .unwrap();
    let status = res.status();
    (status, res.json().await.unwrap_or(Value::Null))
}

fn file(mime: &str) -> multipart::Part {
    multipart::Part::bytes(b"\xFF\xD8\xFF\xE0 not much of a jpeg".to_vec())
        .file_name("photo.jpg")
        .mime_str(mime)
        .unwrap()
}

#[tokio::test]
async fn without_a_storage_provider_uploads_are_refused_after_the_files_checks() {
    let t = target().await;
    let (status, body) = t
        .api(Method::GET, "/api/user-assets/service-status", None)
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body["status"], "not_configured", "{body}");
    let experience = body.get("isExperienceAvatarUploadEnabled");
    if t.version >= LogtoVersion::V1_42 {
        assert_eq!(experience, Some(&Value::Bool(true)), "{body}");
    } else {
        assert_eq!(experience, None, "{body}");
    }
    let (status, body) = upload(&t, None).await;
    assert_error(status, &body, 400, "guard.invalid_input");
    let (status, body) = upload(&t, Some(file("text/plain"))).await;
    assert_error(status, &body, 400, "guard.mime_type_not_allowed");
    let (status, body) = upload(&t, Some(file("image/jpeg"))).await;
    assert_error(status, &body, 400, "storage.not_configured");
}

/// The emulator's stand-in for an administrator's storage provider.
#[tokio::test]
async fn with_a_storage_provider_an_upload_answers_its_public_url() {
    let t = target().await;
    // A real Logto's provider is its administrator's to configure.
    emulator_only!(t);
    let status = t
        .http
        .post(t.url("/__emulator/storage"))
        .json(&serde_json::json!({ "ready": true }))
        .send()
        .await
        .unwrap()
        .status();
    assert_eq!(status, StatusCode::NO_CONTENT);
    let (_, body) = t
        .api(Method::GET, "/api/user-assets/service-status", None)
        .await;
    assert_eq!(body["status"], "ready", "{body}");
    assert_eq!(body["maxUploadFileSize"], 20 * 1024 * 1024);
    let (status, body) = upload(&t, Some(file("image/jpeg"))).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let url = body["url"].as_str().unwrap();
    assert!(url.ends_with("/photo.jpg"), "{url}");
    let res = t.http.get(url).send().await.unwrap();
    assert_eq!(res.headers()["content-type"], "image/jpeg");
}
