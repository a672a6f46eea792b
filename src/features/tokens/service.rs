//! The user's personal access tokens. Making and deleting one needs a fresh proof of identity;
//! the user id is the session's, so only their own tokens are reached. A new token's value goes
//! to the page that shows it once and nowhere else: not the log, not the activity, not the
//! session.

use secrecy::SecretString;

use super::{TokenExpiry, TokenName, TokenRow, TokensState};
use crate::i18n::{self, Lang};
use crate::server::{
    context::RequestCtx,
    error::{FieldProblem, ServerError},
    logto::{LogtoError, TokenInfo},
};
use crate::ui::utc_iso;

/// At most this many tokens per user: each is a way into the account to keep track of.
pub const MAX_TOKENS: usize = 20;

/// One upstream call.
pub async fn view(ctx: &RequestCtx) -> Result<TokensState, ServerError> {
    let auth = ctx.user().await?;
    let tokens = ctx.state.management.access_tokens(&auth.user_id).await?;
    Ok(TokensState {
        proved: ctx.state.auth.has_fresh_proof(&auth),
        full: tokens.len() >= MAX_TOKENS,
        tokens: rows(tokens, ctx.now() * 1000, ctx.lang),
    })
}

fn rows(mut tokens: Vec<TokenInfo>, now_ms: i64, lang: Lang) -> Vec<TokenRow> {
    tokens.sort_by(|a, b| b.created_at.cmp(&a.created_at).then(a.name.cmp(&b.name)));
    tokens
        .into_iter()
        .map(|t| TokenRow {
            created: i18n::time_ago(lang, (now_ms - t.created_at) / 1000),
            expires: t.expires_at.map(|at| utc_iso(at)[..10].to_owned()),
            expired: t.expires_at.is_some_and(|at| at <= now_ms),
            name: t.name,
        })
        .collect()
}

/// A new token: its name and its value, to be shown once.
pub struct Created {
    pub name: String,
    pub value: SecretString,
}

pub async fn create(ctx: &RequestCtx, name: &str, expiry: &str) -> Result<Created, ServerError> {
    let name = TokenName::parse(name);
    let expiry = TokenExpiry::parse(expiry);
    let (name, expiry) = match (name, expiry) {
        (Ok(name), Ok(expiry)) => (name, expiry),
        (name, expiry) => {
            let problems = [("name", name.err()), ("expiry", expiry.err())]
                .into_iter()
                .filter_map(|(field, e)| e.map(|e| FieldProblem::new(field, e.0)))
                .collect();
            return Err(ServerError::Invalid(problems));
        }
    };
    let auth = ctx.proven().await?;
    let management = &ctx.state.management;
    if management.access_tokens(&auth.user_id).await?.len() >= MAX_TOKENS {
        return Err(ServerError::invalid("name", i18n::TOKENS_LIMIT));
    }
    let expires_at = expiry.at(ctx.now() * 1000);
    let made = management
        .create_access_token(&auth.user_id, name.as_str(), expires_at)
        .await
        .map_err(|e| match e.code() {
            Some("user.personal_access_token_name_exists") => ServerError::Refused {
                field: Some("name"),
                message: i18n::TOKENS_NAME_TAKEN,
                cause: e,
            },
            _ => e.into(),
        })?;
    tracing::info!("a personal access token was created");
    ctx.record(&auth, "token.created", &[name.as_str()]).await;
    Ok(Created {
        name: name.as_str().to_owned(),
        value: made.value,
    })
}

pub async fn delete(ctx: &RequestCtx, name: &str) -> Result<(), ServerError> {
    let auth = ctx.proven().await?;
    match ctx
        .state
        .management
        .delete_access_token(&auth.user_id, name)
        .await
    {
        Ok(()) => {}
        Err(LogtoError::Api { status: 404, .. }) => {
            return Err(ServerError::NotFound("no such token of this user"))
        }
        Err(e) => return Err(e.into()),
    }
    tracing::info!("a personal access token was deleted");
    ctx.record(&auth, "token.deleted", &[name]).await;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn token(name: &str, created_at: i64, expires_at: Option<i64>) -> TokenInfo {
        serde_json::from_value(serde_json::json!({
            "name": name, "createdAt": created_at, "expiresAt": expires_at,
            "value": "pat_never_read",
        }))
        .unwrap()
    }

    #[test]
    fn newest_first_with_expiry_dates_and_expired_marked() {
        let day = 86_400_000;
        let now = 1_800_000_000_000;
        let rows = rows(
            vec![
                token("old", now - 10 * day, Some(now - day)),
                token("new", now - day, None),
                token("mid", now - 2 * day, Some(now + day)),
            ],
            now,
            Lang::En,
        );
        let names: Vec<&str> = rows.iter().map(|r| r.name.as_str()).collect();
        assert_eq!(names, ["new", "mid", "old"]);
        assert_eq!(rows[0].expires, None);
        assert!(!rows[1].expired && rows[2].expired);
        assert_eq!(rows[1].expires.as_deref(), Some(&utc_iso(now + day)[..10]));
    }
}
