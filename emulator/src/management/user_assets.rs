//! `GET /api/user-assets/service-status` and `POST /api/user-assets` (`routes/user-assets.ts`):
//! files kept by Logto's storage provider, answered with their public URL. A fresh Logto has no
//! provider (`not_configured`); the emulator's admin route `/__emulator/storage` plays the
//! administrator who configures one, and the emulator itself then keeps the files and serves
//! them at `/__emulator/assets/…`.

use axum::{
    extract::{Multipart, Path, State},
    http::{header, StatusCode},
    response::{IntoResponse, Response},
    Extension, Json,
};
use serde_json::{json, Value};

use crate::{ctx::Ctx, error::ApiError, ids, LogtoVersion};

/// `maxUploadFileSize`: 20 MB.
pub const MAX_SIZE: usize = 20 * 1024 * 1024;

const MIME_TYPES: &[&str] = &[
    "image/jpeg",
    "image/png",
    "image/gif",
    "image/vnd.microsoft.icon",
    "image/x-icon",
    "image/svg+xml",
    "image/tiff",
    "image/webp",
    "image/bmp",
    "application/zip",
];

/// A file kept by the storage provider.
#[derive(Clone)]
pub struct Asset {
    pub content_type: String,
    pub bytes: Vec<u8>,
}

/// Who the Management API token belongs to (its `sub`: the M2M application), as Logto's
/// `ctx.auth.id`.
#[derive(Clone)]
pub struct Caller(pub String);

fn ready(ctx: &Ctx) -> bool {
    ctx.ephemeral().storage_ready
}

pub async fn status(State(ctx): State<Ctx>) -> Response {
    let mut body = if ready(&ctx) {
        json!({ "status": "ready", "allowUploadMimeTypes": MIME_TYPES, "maxUploadFileSize": MAX_SIZE })
    } else {
        json!({ "status": "not_configured" })
    };
    if ctx.version >= LogtoVersion::V1_42 {
        body["isExperienceAvatarUploadEnabled"] = json!(true);
    }
    Json(body).into_response()
}

/// `file` (the first part of that name) → 200 `{url}`. Checked in Logto's order: a file at all,
/// its size, its type, then a provider.
pub async fn upload(
    State(ctx): State<Ctx>,
    Extension(Caller(caller)): Extension<Caller>,
    mut form: Multipart,
) -> Result<Response, ApiError> {
    let mut file = None;
    while let Ok(Some(field)) = form.next_field().await {
        if field.name() != Some("file") || file.is_some() {
            continue;
        }
        let name = field.file_name().unwrap_or("blob").to_owned();
        let content_type = field
            .content_type()
            .unwrap_or("application/octet-stream")
            .to_owned();
        let bytes = field.bytes().await.map_err(|_| guard_error())?;
        file = Some((name, content_type, bytes.to_vec()));
    }
    let (name, content_type, bytes) = file.ok_or_else(guard_error)?;
    if bytes.len() > MAX_SIZE {
        return Err(ApiError::new(
            400,
            "guard.file_size_exceeded",
            "File size exceeded.",
        ));
    }
    if !MIME_TYPES.contains(&content_type.as_str()) {
        return Err(ApiError::new(
            400,
            "guard.mime_type_not_allowed",
            "MIME type is not allowed.",
        ));
    }
    if !ready(&ctx) {
        return Err(ApiError::new(
            400,
            "storage.not_configured",
            "Storage provider is not configured.",
        ));
    }
    let day = crate::html::iso(crate::model::now_ms());
    let key = format!(
        "default/{caller}/{}/{}/{}",
        day[..10].replace('-', "/"),
        ids::id(8),
        safe_name(&name)
    );
    ctx.ephemeral().assets.insert(
        key.clone(),
        Asset {
            content_type,
            bytes,
        },
    );
    let url = format!("{}/__emulator/assets/{key}", ctx.endpoint());
    Ok(Json(json!({ "url": url })).into_response())
}

fn guard_error() -> ApiError {
    ApiError::guard(vec![
        "Error in key path \"file\": (invalid_type) Required".into()
    ])
}

/// The file name as a URL path segment keeps it.
fn safe_name(name: &str) -> String {
    name.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || ".-_".contains(c) {
                c
            } else {
                '_'
            }
        })
        .collect()
}

/// `POST /__emulator/storage` `{"ready": bool}`: an administrator configures a storage provider.
pub async fn configure(State(ctx): State<Ctx>, Json(body): Json<Value>) -> StatusCode {
    ctx.ephemeral().storage_ready = body["ready"].as_bool().unwrap_or(false);
    StatusCode::NO_CONTENT
}

/// The storage provider's public URL for a file.
pub async fn serve(State(ctx): State<Ctx>, Path(key): Path<String>) -> Response {
    match ctx.ephemeral().assets.get(&key).cloned() {
        Some(asset) => ([(header::CONTENT_TYPE, asset.content_type)], asset.bytes).into_response(),
        None => StatusCode::NOT_FOUND.into_response(),
    }
}
