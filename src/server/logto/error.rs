use crate::error::AppError;

/// A failed Logto call. `Display` is for logs: it may carry Logto's message, never a token.
#[derive(Debug, Clone, thiserror::Error)]
pub enum LogtoError {
    /// Logto answered with an error status; `code` is Logto's stable error code when present.
    #[error("Logto answered {status} {}: {message}", code.as_deref().unwrap_or("(no code)"))]
    Api {
        status: u16,
        code: Option<String>,
        message: String,
    },
    #[error("Logto did not answer in time")]
    Timeout,
    #[error("Logto could not be reached: {0}")]
    Unreachable(String),
    #[error("Logto's answer could not be read: {0}")]
    InvalidResponse(String),
}

impl LogtoError {
    pub fn code(&self) -> Option<&str> {
        match self {
            LogtoError::Api { code, .. } => code.as_deref(),
            _ => None,
        }
    }

    pub fn status(&self) -> Option<u16> {
        match self {
            LogtoError::Api { status, .. } => Some(*status),
            _ => None,
        }
    }

    /// Worth trying again for an idempotent call: the request may never have been processed.
    pub fn is_transient(&self) -> bool {
        match self {
            LogtoError::Timeout | LogtoError::Unreachable(_) => true,
            LogtoError::Api { status, .. } => matches!(status, 502..=504),
            LogtoError::InvalidResponse(_) => false,
        }
    }

    pub(super) fn from_reqwest(err: reqwest::Error) -> LogtoError {
        if err.is_timeout() {
            LogtoError::Timeout
        } else if err.is_decode() {
            LogtoError::InvalidResponse(err.to_string())
        } else {
            // Without the URL: it is ours and known, and query strings can carry tokens.
            LogtoError::Unreachable(err.without_url().to_string())
        }
    }
}

/// The generic mapping for the browser; callers first turn the codes they understand (a taken
/// username, a wrong password) into field errors.
impl From<LogtoError> for AppError {
    fn from(err: LogtoError) -> AppError {
        match &err {
            LogtoError::Timeout => {
                tracing::warn!(error = %err, "Logto call timed out");
                AppError::Timeout
            }
            LogtoError::Unreachable(_) => {
                tracing::warn!(error = %err, "Logto unreachable");
                AppError::Unavailable
            }
            LogtoError::Api { status: 404, .. } => AppError::NotFound,
            LogtoError::Api { status: 429, .. } => AppError::RateLimited {
                retry_after_secs: 60,
            },
            LogtoError::Api {
                status: 503 | 504, ..
            } => {
                tracing::warn!(error = %err, "Logto unavailable");
                AppError::Unavailable
            }
            _ => {
                tracing::error!(error = %err, "unexpected answer from Logto");
                AppError::BadGateway
            }
        }
    }
}
