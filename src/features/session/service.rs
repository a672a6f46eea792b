//! The header's user, from the session's cached claims.

use super::SessionUser;
use crate::server::{context::RequestCtx, error::ServerError};

pub async fn session_user() -> Result<Option<SessionUser>, ServerError> {
    let ctx = RequestCtx::get().await?;
    let Ok(auth) = ctx.user().await else {
        return Ok(None);
    };
    let text = |key: &str| {
        auth.claims
            .get(key)
            .and_then(|v| v.as_str())
            .map(String::from)
    };
    Ok(Some(SessionUser {
        name: text("name"),
        username: text("username"),
        picture: text("picture").filter(|p| p.starts_with("https://") || p.starts_with("http://")),
        email: text("email"),
    }))
}
