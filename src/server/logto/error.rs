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

    pub(crate) fn from_reqwest(err: reqwest::Error) -> LogtoError {
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
