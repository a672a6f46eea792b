//! The server's error: keeps its cause for the log, becomes a client-safe [`AppError`] in one
//! place ([`ServerError::to_client`]), logged once at that boundary ([`run`]) with the request's
//! span (and so its request id).

use std::future::Future;

use super::logto::LogtoError;
use crate::error::{AppError, FieldMessage};
use crate::i18n::{self, use_lang, Lang, Text};

/// A refused field and the message for the person who typed it.
#[derive(Debug, Clone, PartialEq)]
pub struct FieldProblem {
    /// The form entry (`username`, `new`, `custom.tax_id`).
    pub field: String,
    pub message: Words,
}

/// A refusal's words: from the catalog (put in the request's language at the boundary), or
/// already in it (a declared field's own message, a password policy's rule).
#[derive(Debug, Clone, PartialEq)]
pub enum Words {
    Catalog(Text),
    Said(String),
}

impl FieldProblem {
    pub fn new(field: impl Into<String>, message: Text) -> FieldProblem {
        FieldProblem {
            field: field.into(),
            message: Words::Catalog(message),
        }
    }

    /// A message already in the request's language.
    pub fn said(field: impl Into<String>, message: String) -> FieldProblem {
        FieldProblem {
            field: field.into(),
            message: Words::Said(message),
        }
    }

    fn to_client(&self, lang: Lang) -> FieldMessage {
        FieldMessage {
            field: self.field.clone(),
            message: match &self.message {
                Words::Catalog(text) => text.get(lang).to_owned(),
                Words::Said(said) => said.clone(),
            },
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ServerError {
    #[error("no signed-in user")]
    Unauthenticated,
    /// Every field the server refused, all at once: its own checks, the declared fields' rules,
    /// a password policy's failed rules.
    #[error("invalid input in {}", fields(.0))]
    Invalid(Vec<FieldProblem>),
    /// Logto refused a value for a reason the user can act on.
    #[error("Logto refused the value of {}", field.unwrap_or("the form"))]
    Refused {
        field: Option<&'static str>,
        message: Text,
        #[source]
        cause: LogtoError,
    },
    /// Declared fields changed elsewhere since the page showed them; nothing was written.
    /// `current`: the form entries that hold now (values, row versions, masks).
    #[error("changed elsewhere: {}", others.iter().map(|m| m.field.as_str()).collect::<Vec<_>>().join(", "))]
    Changed {
        others: Vec<FieldMessage>,
        current: Vec<FieldMessage>,
    },
    #[error("Logto call failed")]
    Logto(#[from] LogtoError),
    /// A save that wrote some fields before a later call failed: the user must know which.
    #[error("saved only in part")]
    PartlySaved {
        saved: Vec<Text>,
        not_saved: Vec<Text>,
        #[source]
        cause: Box<ServerError>,
    },
    #[error("userinfo failed")]
    Userinfo(#[source] LogtoError),
    #[error("session store failed")]
    Session(#[from] tower_sessions::session::Error),
    #[error("shared store failed")]
    Store(#[from] super::shared_store::StoreError),
    #[error("database failed")]
    Database(#[from] super::db::DbError),
    #[error("photo directory failed")]
    Disk(#[source] std::io::Error),
    /// A sensitive action without a proof of identity from the last 10 minutes.
    #[error("no recent proof of identity")]
    ProofNeeded,
    /// Logto has suspended the user; the session was ended here.
    #[error("the user is suspended at Logto")]
    Suspended,
    /// One of our own limits ([`super::throttle`]); Logto was not called.
    #[error("throttled by {limit}")]
    Throttled {
        limit: &'static str,
        retry_after_secs: u64,
    },
    /// What the request names is not the user's (or does not exist): answered 404 either way.
    #[error("not found: {0}")]
    NotFound(&'static str),
    /// A bug: something the server itself should have provided is missing.
    #[error("{0}")]
    Internal(&'static str),
}

fn fields(problems: &[FieldProblem]) -> String {
    problems
        .iter()
        .map(|p| p.field.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

impl ServerError {
    /// One field refused by the server's own checks.
    pub fn invalid(field: &'static str, message: Text) -> ServerError {
        ServerError::Invalid(vec![FieldProblem::new(field, message)])
    }

    /// What the browser may be told, in the request's language.
    pub fn to_client(&self, lang: Lang) -> AppError {
        match self {
            ServerError::Unauthenticated => AppError::Unauthenticated,
            ServerError::Suspended => AppError::Suspended,
            ServerError::Invalid(problems) => {
                let mut messages = problems.iter().map(|p| p.to_client(lang));
                match messages.next() {
                    Some(first) => AppError::Invalid {
                        field: Some(first.field),
                        message: first.message,
                        others: messages.collect(),
                    },
                    None => AppError::Internal,
                }
            }
            ServerError::Refused { field, message, .. } => AppError::Invalid {
                field: field.map(String::from),
                message: message.get(lang).to_owned(),
                others: Vec::new(),
            },
            ServerError::Changed { others, current } => AppError::Changed {
                others: others.clone(),
                current: current.clone(),
            },
            ServerError::Logto(e) | ServerError::Userinfo(e) => logto_to_client(e),
            ServerError::PartlySaved {
                saved,
                not_saved,
                cause,
            } => {
                let names = |fields: &[Text]| {
                    let words: Vec<_> = fields.iter().map(|f| f.get(lang)).collect();
                    i18n::plural::list(lang, &words)
                };
                AppError::PartlySaved {
                    message: i18n::PARTLY_SAVED.fill(
                        lang,
                        &[
                            &names(saved),
                            &names(not_saved),
                            cause.to_client(lang).message(lang).trim_end_matches('.'),
                        ],
                    ),
                }
            }
            ServerError::ProofNeeded => AppError::ProofNeeded,
            ServerError::NotFound(_) => AppError::NotFound,
            ServerError::Throttled {
                retry_after_secs, ..
            } => AppError::RateLimited {
                retry_after_secs: *retry_after_secs,
            },
            ServerError::Session(_)
            | ServerError::Store(_)
            | ServerError::Database(_)
            | ServerError::Disk(_)
            | ServerError::Internal(_) => AppError::Internal,
        }
    }

    /// One log line per failed request, at a level that matches who has to act.
    pub fn log(&self) {
        let cause = chain(self);
        match self {
            ServerError::Unauthenticated
            | ServerError::Invalid(_)
            | ServerError::Changed { .. }
            | ServerError::ProofNeeded => {
                tracing::debug!(error = %cause, "request refused")
            }
            // Someone may be probing for other users' things: worth a line.
            ServerError::NotFound(_) => {
                tracing::info!(error = %cause, "request refused")
            }
            ServerError::Throttled { .. } => tracing::info!(error = %cause, "request throttled"),
            ServerError::Suspended => {
                tracing::info!(error = %cause, "a suspended user's session ended")
            }
            ServerError::Refused { .. } => tracing::info!(error = %cause, "Logto refused a value"),
            ServerError::PartlySaved { .. } => {
                tracing::warn!(error = %cause, "a save was written only in part")
            }
            ServerError::Logto(e) | ServerError::Userinfo(e) if e.is_transient() => {
                tracing::warn!(error = %cause, "Logto unavailable")
            }
            ServerError::Logto(LogtoError::Api {
                status: 401 | 404 | 429,
                ..
            }) => tracing::info!(error = %cause, "Logto refused the request"),
            _ => tracing::error!(error = %cause, "request failed"),
        }
    }
}

/// The generic mapping; callers first turn the codes they understand (a taken username) into
/// [`ServerError::Refused`].
fn logto_to_client(err: &LogtoError) -> AppError {
    match err {
        LogtoError::Timeout => AppError::Timeout,
        LogtoError::Unreachable(_) => AppError::Unavailable,
        LogtoError::Api { status: 401, .. } => AppError::Unauthenticated,
        LogtoError::Api { status: 404, .. } => AppError::NotFound,
        LogtoError::Api { status: 429, .. } => AppError::RateLimited {
            retry_after_secs: 60,
        },
        LogtoError::Api {
            status: 503 | 504, ..
        } => AppError::Unavailable,
        _ => AppError::BadGateway,
    }
}

/// `error: cause: cause's cause`, for the log.
fn chain(err: &dyn std::error::Error) -> String {
    let mut text = err.to_string();
    let mut source = err.source();
    while let Some(cause) = source {
        text.push_str(": ");
        text.push_str(&cause.to_string());
        source = cause.source();
    }
    text
}

/// The boundary of every server function: runs its work, logs a failure once, and answers
/// the browser with the client-safe error in the request's language.
pub async fn run<T>(work: impl Future<Output = Result<T, ServerError>>) -> Result<T, AppError> {
    work.await.map_err(|err| {
        err.log();
        err.to_client(use_lang())
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n;

    #[test]
    fn every_invalid_field_reaches_the_client_in_its_language() {
        let err = ServerError::Invalid(vec![
            FieldProblem::new("username", i18n::INVALID_USERNAME_START),
            FieldProblem::new("website", i18n::INVALID_URL),
            FieldProblem::said("custom.tax_id", "Bitte 9 Ziffern.".into()),
        ]);
        let AppError::Invalid {
            field,
            message,
            others,
        } = err.to_client(Lang::De)
        else {
            panic!("not invalid");
        };
        assert_eq!(field.as_deref(), Some("username"));
        assert_eq!(message, i18n::INVALID_USERNAME_START.get(Lang::De));
        assert_eq!(others.len(), 2);
        assert_eq!(others[0].field, "website");
        assert_eq!(others[0].message, i18n::INVALID_URL.get(Lang::De));
        assert_eq!(others[1].message, "Bitte 9 Ziffern.", "said as it was");
    }

    #[test]
    fn causes_stay_in_the_log_and_out_of_the_answer() {
        let err = ServerError::Refused {
            field: Some("username"),
            message: i18n::USERNAME_TAKEN,
            cause: LogtoError::Api {
                status: 422,
                code: Some("user.username_already_in_use".into()),
                message: "This username is already in use.".into(),
            },
        };
        assert!(chain(&err).contains("user.username_already_in_use"));
        let client = serde_json::to_string(&err.to_client(Lang::En)).unwrap();
        assert!(!client.contains("already_in_use"), "{client}");
        assert_eq!(
            ServerError::Logto(LogtoError::Timeout).to_client(Lang::En),
            AppError::Timeout
        );
    }
}
