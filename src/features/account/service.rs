//! The user's data in one file, and the deletion of the account.

use serde_json::{json, Value};

use super::AccountState;
use crate::features::security::device;
use crate::i18n;
use crate::server::{
    auth::{now_secs, AuthSession},
    context::RequestCtx,
    error::{FieldProblem, ServerError},
    throttle,
};
use crate::ui::utc_iso;

pub async fn view(ctx: &RequestCtx) -> Result<AccountState, ServerError> {
    let auth = ctx.user().await?;
    Ok(AccountState {
        proved: ctx.state.auth.has_fresh_proof(&auth),
        confirm_with: confirm_with(&auth),
    })
}

/// What the user types to confirm a deletion: the username, else the email.
fn confirm_with(auth: &AuthSession) -> Option<String> {
    ["username", "email"]
        .iter()
        .find_map(|k| auth.claims.get(*k).and_then(|v| v.as_str()))
        .filter(|s| !s.is_empty())
        .map(String::from)
}

/// Everything held about the user, as one JSON document: Logto's user object (custom data and
/// linked accounts in it), second steps without secrets, this app's and Logto's sessions.
pub async fn export(ctx: &RequestCtx) -> Result<Vec<u8>, ServerError> {
    let auth = ctx.user().await?;
    throttle::take(&ctx.state.shared, &throttle::EXPORTS, &auth.user_id).await?;
    let management = &ctx.state.management;
    let id = &auth.user_id;
    // At most two upstream calls at once.
    let user = async { Ok::<_, ServerError>(management.get_user_json(id).await?) };
    let factors = async { Ok::<_, ServerError>(management.mfa_factors(id).await?) };
    let (mut user, factors) = tokio::try_join!(user, factors)?;
    let logto_sessions = management.sessions(id).await?;
    let app_sessions = ctx.state.auth.index.live(id).await?;
    strip_secrets(&mut user);
    let iso = |secs: i64| Some(utc_iso(secs * 1000));
    let lang = ctx.lang;
    let document = json!({
        "exportedAt": iso(now_secs()),
        "logto": {
            "user": user,
            "secondSteps": factors.iter().map(|f| json!({
                "id": f.id, "type": f.kind, "createdAt": f.created_at,
                "device": f.agent.as_deref().map(|a| device::describe(a, lang)),
                "unusedBackupCodes": f.remain_codes,
            })).collect::<Vec<_>>(),
            "sessions": logto_sessions.map(|list| list.iter().map(|s| json!({
                "signedInAt": s.payload.login_ts.and_then(iso),
                "apps": s.payload.authorizations.keys().collect::<Vec<_>>(),
            })).collect::<Vec<_>>()),
        },
        "thisApp": {
            "sessions": app_sessions.iter().map(|s| json!({
                "device": device::describe(&s.entry.user_agent, lang),
                "userAgent": s.entry.user_agent,
                "ip": s.entry.ip,
                "signedInAt": iso(s.entry.signed_in_at),
                "lastActiveAt": s.last_seen.and_then(iso),
                "current": ctx.session.id() == Some(s.id),
            })).collect::<Vec<_>>(),
        },
    });
    tracing::info!("the user downloaded their data");
    serde_json::to_vec_pretty(&document).map_err(|_| ServerError::Internal("unserializable export"))
}

/// Drops anything secret a connector may have put in a linked account's details (tokens), and
/// the raw provider data Logto keeps beside them.
fn strip_secrets(value: &mut Value) {
    match value {
        Value::Object(map) => {
            map.retain(|key, _| {
                let key = key.to_ascii_lowercase();
                !(key.contains("token") || key.contains("secret") || key == "rawdata")
            });
            map.values_mut().for_each(strip_secrets);
        }
        Value::Array(items) => items.iter_mut().for_each(strip_secrets),
        _ => {}
    }
}

/// What is left after a deletion that went through at Logto.
pub enum Deleted {
    Everything,
    /// Other sessions of this app could not be ended (they can no longer reach the account).
    SessionsLeft,
}

/// Deletes the account at Logto, then every session of the user in this app's store. Before
/// Logto says yes nothing is touched; after, what could not be cleaned up is said, not hidden.
pub async fn delete(ctx: &RequestCtx, typed: &str) -> Result<Deleted, ServerError> {
    let auth = ctx.user().await?;
    if !ctx.state.auth.has_fresh_proof(&auth) {
        return Err(ServerError::ProofNeeded);
    }
    let expected = confirm_with(&auth).unwrap_or_else(|| auth.user_id.clone());
    if !typed.trim().eq_ignore_ascii_case(&expected) {
        return Err(ServerError::Invalid(vec![FieldProblem {
            field: "confirm",
            message: i18n::DELETE_MISMATCH,
        }]));
    }
    ctx.state.management.delete_user(&auth.user_id).await?;
    tracing::info!("an account was deleted");
    let ended = ctx.state.auth.index.end_others(&auth.user_id, None).await;
    let _ = ctx.session.flush().await;
    match ended {
        Ok(_) => Ok(Deleted::Everything),
        Err(e) => {
            e.log();
            Ok(Deleted::SessionsLeft)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_and_raw_provider_data_stay_out_of_the_export() {
        let mut user = json!({
            "id": "u1",
            "identities": { "github": { "userId": "7", "details": {
                "name": "Dana", "accessToken": "gho_x", "rawData": { "a": 1 }
            } } },
            "customData": { "plan": "pro" }
        });
        strip_secrets(&mut user);
        assert_eq!(
            user["identities"]["github"]["details"],
            json!({ "name": "Dana" })
        );
        assert_eq!(user["customData"], json!({ "plan": "pro" }));
    }
}
