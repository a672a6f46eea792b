//! Logto's error bodies: `{code, message, details?}` for the Management API, and the
//! OIDC shape `{code: "oidc.<error>", message, error, error_description}` for the provider.

use axum::{
    http::{header, HeaderValue, StatusCode},
    response::{IntoResponse, Response},
    Json,
};
use serde_json::json;

#[derive(Debug, Clone)]
pub struct ApiError {
    pub status: StatusCode,
    /// `None` for the generic handler's bodies (malformed JSON, 500), which carry only `message`.
    pub code: Option<&'static str>,
    pub message: String,
    pub details: Option<String>,
    /// Extra context some errors carry (e.g. `user.invalid_phone`'s `{"name": "ParseError"}`).
    pub data: Option<serde_json::Value>,
}

impl ApiError {
    pub fn new(status: u16, code: &'static str, message: impl Into<String>) -> Self {
        ApiError {
            status: StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
            code: Some(code),
            message: message.into(),
            details: None,
            data: None,
        }
    }

    /// 400 `guard.invalid_input`, with zod-style detail lines.
    pub fn guard(lines: Vec<String>) -> Self {
        let mut err = ApiError::new(400, "guard.invalid_input", "The request input is invalid.");
        err.details = Some(lines.join("\n"));
        err
    }

    /// 400 with only a message: what Logto's generic handler answers for malformed JSON.
    pub fn malformed_json(reason: impl std::fmt::Display) -> Self {
        ApiError {
            status: StatusCode::BAD_REQUEST,
            code: None,
            message: format!("Unexpected token in JSON: {reason}"),
            details: None,
            data: None,
        }
    }

    pub fn not_found() -> Self {
        ApiError::new(
            404,
            "entity.not_found",
            "The requested entity does not exist.",
        )
    }

    pub fn internal() -> Self {
        ApiError {
            status: StatusCode::INTERNAL_SERVER_ERROR,
            code: None,
            message: "Internal server error.".into(),
            details: None,
            data: None,
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let mut body = json!({ "message": self.message });
        if let Some(code) = self.code {
            body["code"] = json!(code);
        }
        if let Some(details) = self.details {
            body["details"] = json!(details);
        }
        if let Some(data) = self.data {
            body["data"] = data;
        }
        (self.status, Json(body)).into_response()
    }
}

/// An OIDC protocol error (token, userinfo, revocation endpoints).
#[derive(Debug, Clone)]
pub struct OidcError {
    pub status: StatusCode,
    pub error: &'static str,
    pub description: String,
    /// `?parse_error=false` asks for the raw OIDC body without Logto's `code`/`message`.
    pub raw: bool,
}

impl OidcError {
    pub fn new(status: u16, error: &'static str, description: impl Into<String>) -> Self {
        OidcError {
            status: StatusCode::from_u16(status).unwrap_or(StatusCode::BAD_REQUEST),
            error,
            description: description.into(),
            raw: false,
        }
    }

    pub fn invalid_request(description: impl Into<String>) -> Self {
        OidcError::new(400, "invalid_request", description)
    }

    pub fn invalid_grant(description: impl Into<String>) -> Self {
        OidcError::new(400, "invalid_grant", description)
    }

    pub fn invalid_token(description: impl Into<String>) -> Self {
        OidcError::new(401, "invalid_token", description)
    }
}

impl IntoResponse for OidcError {
    fn into_response(self) -> Response {
        let body = if self.raw {
            json!({ "error": self.error, "error_description": self.description })
        } else {
            json!({
                "code": format!("oidc.{}", self.error),
                "message": self.description,
                "error": self.error,
                "error_description": self.description,
            })
        };
        let mut res = (self.status, Json(body)).into_response();
        res.headers_mut()
            .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
        if self.status == StatusCode::UNAUTHORIZED {
            let value = format!(
                "Bearer realm=\"logto\", error=\"{}\", error_description=\"{}\"",
                self.error,
                self.description.replace('"', "'")
            );
            if let Ok(value) = HeaderValue::from_str(&value) {
                res.headers_mut().insert(header::WWW_AUTHENTICATE, value);
            }
        }
        res
    }
}
