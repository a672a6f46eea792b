//! The one error type server functions return to the browser.
//!
//! Every variant carries only what is safe to show a user. Upstream details (Logto's error bodies,
//! tokens, stack traces) are logged on the server and never put in here.

use leptos::server_fn::codec::JsonEncoding;
use leptos::server_fn::error::{FromServerFnError, ServerFnErrorErr};
use serde::{Deserialize, Serialize};

use crate::i18n::{self, Lang};

/// On the wire: `{"kind": "invalid", "field": "username", "message": "..."}`; more refused
/// fields, when there are, under `others`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", from = "WireError")]
pub enum AppError {
    /// The input was refused; `field` names the form field to attach the message to.
    Invalid {
        field: Option<String>,
        /// Already in the request's language (the server wrote it).
        message: String,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        others: Vec<FieldMessage>,
    },
    Unauthenticated,
    /// Logto has suspended the account: the session here was ended.
    Suspended,
    /// The action needs a fresh proof of identity (the "confirm it's you" step).
    ProofNeeded,
    Forbidden,
    NotFound,
    /// Fields changed elsewhere since the page showed them: each with its message in `others`,
    /// and the form entries that now hold (current values, row versions) in `current`.
    Changed {
        others: Vec<FieldMessage>,
        current: Vec<FieldMessage>,
    },
    /// A save wrote some fields before failing; `message` (in the request's language) says which.
    PartlySaved {
        message: String,
    },
    RateLimited {
        retry_after_secs: u64,
    },
    BadGateway,
    Unavailable,
    Timeout,
    /// The browser could not reach this server (only ever built in the browser).
    Network,
    Internal,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldMessage {
    pub field: String,
    pub message: String,
}

impl AppError {
    pub fn invalid(field: impl Into<String>, message: impl Into<String>) -> Self {
        AppError::Invalid {
            field: Some(field.into()),
            message: message.into(),
            others: Vec::new(),
        }
    }

    /// What to tell the person, in their language.
    pub fn message(&self, lang: Lang) -> String {
        let text = match self {
            AppError::Invalid { message, .. } | AppError::PartlySaved { message } => {
                return message.clone()
            }
            AppError::RateLimited { retry_after_secs } => {
                return i18n::ERROR_RATE_LIMITED
                    .fill(lang, &[&i18n::wait_time(lang, *retry_after_secs)])
            }
            AppError::ProofNeeded => i18n::ERROR_PROOF_NEEDED,
            AppError::Changed { .. } => i18n::CUSTOM_CHANGED_ELSEWHERE,
            AppError::Unauthenticated => i18n::ERROR_SESSION_ENDED,
            AppError::Suspended => i18n::ERROR_SUSPENDED,
            AppError::Forbidden => i18n::ERROR_FORBIDDEN,
            AppError::NotFound => i18n::ERROR_NOT_FOUND,
            AppError::BadGateway => i18n::ERROR_BAD_GATEWAY,
            AppError::Unavailable => i18n::ERROR_UNAVAILABLE,
            AppError::Timeout => i18n::ERROR_TIMEOUT,
            AppError::Network => i18n::ERROR_NETWORK,
            AppError::Internal => i18n::ERROR_INTERNAL,
        };
        text.get(lang).to_owned()
    }

    /// Every refused field with its message.
    pub fn field_messages(&self) -> Vec<(&str, &str)> {
        match self {
            AppError::Invalid {
                field: Some(field),
                message,
                others,
            } => std::iter::once((field.as_str(), message.as_str()))
                .chain(
                    others
                        .iter()
                        .map(|o| (o.field.as_str(), o.message.as_str())),
                )
                .collect(),
            AppError::Changed { others, .. } => others
                .iter()
                .map(|o| (o.field.as_str(), o.message.as_str()))
                .collect(),
            _ => Vec::new(),
        }
    }

    /// HTTP status for this error: 4xx for the client's mistakes, 502/503/504 for upstream
    /// trouble, 500 only for bugs.
    pub fn status(&self) -> u16 {
        match self {
            AppError::Invalid { .. } => 422,
            AppError::Unauthenticated => 401,
            AppError::Forbidden | AppError::ProofNeeded | AppError::Suspended => 403,
            AppError::NotFound => 404,
            AppError::Changed { .. } => 409,
            AppError::RateLimited { .. } => 429,
            AppError::BadGateway => 502,
            AppError::Unavailable => 503,
            AppError::Timeout => 504,
            AppError::PartlySaved { .. } => 503,
            AppError::Network | AppError::Internal => 500,
        }
    }

    /// The form field this error belongs to, if any.
    pub fn field(&self) -> Option<&str> {
        match self {
            AppError::Invalid { field, .. } => field.as_deref(),
            _ => None,
        }
    }
}

/// English, for logs and tests; people see [`AppError::message`] in their language.
impl std::fmt::Display for AppError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for AppError {}

/// Read side of the wire form. A flat struct instead of serde's internally tagged enum keeps
/// serde's buffering deserializer out of the WASM; an unknown `kind` reads as `Internal`.
#[derive(Deserialize)]
struct WireError {
    kind: String,
    #[serde(default)]
    field: Option<String>,
    #[serde(default)]
    message: Option<String>,
    #[serde(default)]
    retry_after_secs: Option<u64>,
    #[serde(default)]
    others: Vec<FieldMessage>,
    #[serde(default)]
    current: Vec<FieldMessage>,
}

impl From<WireError> for AppError {
    fn from(wire: WireError) -> AppError {
        match wire.kind.as_str() {
            "invalid" => AppError::Invalid {
                field: wire.field,
                message: wire.message.unwrap_or_default(),
                others: wire.others,
            },
            "unauthenticated" => AppError::Unauthenticated,
            "suspended" => AppError::Suspended,
            "forbidden" => AppError::Forbidden,
            "proof_needed" => AppError::ProofNeeded,
            "not_found" => AppError::NotFound,
            "changed" => AppError::Changed {
                others: wire.others,
                current: wire.current,
            },
            "partly_saved" => AppError::PartlySaved {
                message: wire.message.unwrap_or_default(),
            },
            "rate_limited" => AppError::RateLimited {
                retry_after_secs: wire.retry_after_secs.unwrap_or(60),
            },
            "bad_gateway" => AppError::BadGateway,
            "unavailable" => AppError::Unavailable,
            "timeout" => AppError::Timeout,
            "network" => AppError::Network,
            _ => AppError::Internal,
        }
    }
}

fn unreadable() -> AppError {
    AppError::Invalid {
        field: None,
        message: i18n::FORM_UNREADABLE.get(i18n::use_lang()).into(),
        others: Vec::new(),
    }
}

impl FromServerFnError for AppError {
    type Encoder = JsonEncoding;

    fn from_server_fn_error(value: ServerFnErrorErr) -> Self {
        match value {
            // Raised in the browser when the request never got an answer.
            ServerFnErrorErr::Request(_) | ServerFnErrorErr::Response(_) => AppError::Network,
            // The server could not read the arguments (or, on the server, the body itself):
            // a malformed or crafted request.
            ServerFnErrorErr::Args(_) | ServerFnErrorErr::MissingArg(_) => unreadable(),
            #[cfg(feature = "ssr")]
            ServerFnErrorErr::Deserialization(_) => unreadable(),
            ServerFnErrorErr::UnsupportedRequestMethod(_) => AppError::Forbidden,
            _ => AppError::Internal,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn client_mistakes_are_4xx_and_upstream_trouble_is_5xx() {
        assert_eq!(AppError::invalid("username", "taken").status(), 422);
        assert_eq!(AppError::Unauthenticated.status(), 401);
        assert_eq!(AppError::Forbidden.status(), 403);
        assert_eq!(
            AppError::RateLimited {
                retry_after_secs: 3
            }
            .status(),
            429
        );
        assert_eq!(AppError::BadGateway.status(), 502);
        assert_eq!(AppError::Unavailable.status(), 503);
        assert_eq!(AppError::Timeout.status(), 504);
        assert_eq!(AppError::Internal.status(), 500);
    }

    #[test]
    fn round_trips_through_the_wire_encoding() {
        let err = AppError::invalid("username", "That username is taken");
        assert_eq!(AppError::de(err.ser()), err);
        for err in [
            AppError::Unauthenticated,
            AppError::NotFound,
            AppError::RateLimited {
                retry_after_secs: 7,
            },
            AppError::BadGateway,
            AppError::Timeout,
            AppError::Internal,
            AppError::Changed {
                others: vec![FieldMessage {
                    field: "custom.gender".into(),
                    message: "Changed".into(),
                }],
                current: vec![FieldMessage {
                    field: "version.tax_id".into(),
                    message: "3".into(),
                }],
            },
        ] {
            assert_eq!(AppError::de(err.ser()), err);
        }
        let json = serde_json::to_value(AppError::invalid("name", "Too long")).unwrap();
        assert_eq!(
            json,
            serde_json::json!({ "kind": "invalid", "field": "name", "message": "Too long" })
        );
        let unknown: AppError = serde_json::from_str(r#"{"kind":"gremlins"}"#).unwrap();
        assert_eq!(unknown, AppError::Internal);
        assert_eq!(err.field(), Some("username"));
        assert_eq!(err.to_string(), "That username is taken");
    }

    #[test]
    fn framework_errors_never_leak_their_details() {
        let err = AppError::from_server_fn_error(ServerFnErrorErr::ServerError(
            "db password=hunter2".into(),
        ));
        assert_eq!(err, AppError::Internal);
        assert!(!err.to_string().contains("hunter2"));
        let err = AppError::from_server_fn_error(ServerFnErrorErr::Args("bad".into()));
        assert_eq!(err.status(), 422);
    }
}
