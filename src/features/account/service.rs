//! The user's data in one file, and the deletion of the account.

use serde_json::{json, Value};

use super::{AccountState, ActivityRow, OrgRow};
use crate::features::profile::declared;
use crate::features::profile::PROFILE_FIELDS;
use crate::i18n::{self, Lang};
use crate::server::device;
use crate::server::{
    activity::Activity,
    auth::{session_handle, AuthSession},
    context::RequestCtx,
    error::ServerError,
    throttle,
};
use crate::ui::utc_iso;

/// Entries on one page of the activity log.
const PER_PAGE: i64 = 20;
/// At most this many entries go into a download (over 180 days, far more than anyone makes).
const EXPORT_MAX: i64 = 10_000;

pub async fn view(ctx: &RequestCtx, page: u32) -> Result<AccountState, ServerError> {
    let auth = ctx.user().await?;
    let page = page.max(1);
    let offset = (page as i64 - 1) * PER_PAGE;
    let mut entries = ctx
        .state
        .db
        .activity(&auth.user_id, offset, PER_PAGE + 1)
        .await?;
    let organizations = organizations(ctx, &auth.user_id).await?;
    let more = entries.len() as i64 > PER_PAGE;
    entries.truncate(PER_PAGE as usize);
    let here = ctx.session.id().map(|id| session_handle(&id));
    let now = ctx.now();
    Ok(AccountState {
        proved: ctx.state.auth.has_fresh_proof(&auth),
        confirm_with: confirm_with(&auth),
        activity: entries
            .iter()
            .map(|a| row(a, here.as_deref(), now, ctx))
            .collect(),
        page,
        more,
        keep_days: ctx.state.config.activity_days,
        organizations,
    })
}

/// One upstream call: the user's organisations, by name.
async fn organizations(ctx: &RequestCtx, user_id: &str) -> Result<Vec<OrgRow>, ServerError> {
    let mut rows: Vec<OrgRow> = ctx
        .state
        .management
        .organizations(user_id)
        .await?
        .into_iter()
        .map(|org| OrgRow {
            name: org.name,
            description: org.description.filter(|d| !d.trim().is_empty()),
            roles: org.organization_roles.into_iter().map(|r| r.name).collect(),
        })
        .collect();
    rows.sort_by_key(|a| a.name.to_lowercase());
    Ok(rows)
}

fn row(a: &Activity, here: Option<&str>, now: i64, ctx: &RequestCtx) -> ActivityRow {
    let lang = ctx.lang;
    let from = [
        Some(device::describe(&a.user_agent, lang)),
        Some(a.ip.clone())
            .filter(|ip| !ip.is_empty())
            .map(|ip| i18n::SESSION_IP.fill(lang, &[&ip])),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" · ");
    ActivityRow {
        what: describe(a, &ctx.state.fields, lang),
        when: i18n::time_ago(lang, now - a.at),
        at: utc_iso(a.at * 1000),
        from,
        here: here.is_some_and(|h| h == a.session),
    }
}

/// An entry in words: the action, and the fields it touched by their labels.
fn describe(a: &Activity, declared: &declared::Declaration, lang: Lang) -> String {
    let label = |key: &str| {
        PROFILE_FIELDS
            .iter()
            .find(|f| f.key == key)
            .map(|f| f.label)
            .or_else(|| declared.find(key).map(|f| f.label))
            .map_or_else(|| key.to_owned(), |label| label.get(lang).to_owned())
    };
    let labels: Vec<_> = a.fields.iter().map(|f| label(f)).collect();
    let fields = i18n::plural::list(lang, &labels);
    let text = match a.action.as_str() {
        "profile.saved" => return i18n::ACT_PROFILE_SAVED.fill(lang, &[&fields]),
        "identity.unlinked" => return i18n::ACT_IDENTITY_UNLINKED.fill(lang, &[&fields]),
        "app.revoked" => return i18n::ACT_APP_REVOKED.fill(lang, &[&fields]),
        "token.created" => return i18n::ACT_TOKEN_CREATED.fill(lang, &[&fields]),
        "token.deleted" => return i18n::ACT_TOKEN_DELETED.fill(lang, &[&fields]),
        action => crate::server::activity::action_text(action).unwrap_or(i18n::ACT_OTHER),
    };
    text.get(lang).to_owned()
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
    // Everything about the user in one file: worth as much as a change to someone with a
    // stolen session.
    let auth = ctx.proven().await?;
    throttle::take(&ctx.state.shared, &throttle::EXPORTS, &auth.user_id).await?;
    let management = &ctx.state.management;
    let id = &auth.user_id;
    // At most two upstream calls at once.
    let user = async { Ok::<_, ServerError>(management.get_user_json(id).await?) };
    let factors = async { Ok::<_, ServerError>(management.mfa_factors(id).await?) };
    let (mut user, factors) = tokio::try_join!(user, factors)?;
    let logto_sessions = management.sessions(id).await?;
    let app_sessions = ctx.state.auth.index.live(id).await?;
    let activity = ctx.state.db.activity(id, 0, EXPORT_MAX).await?;
    let own_fields = declared::service::export(&ctx.state, id).await?;
    strip_provider_secrets(&mut user);
    let iso = |secs: i64| Some(utc_iso(secs * 1000));
    let lang = ctx.lang;
    let document = json!({
        "exportedAt": iso(ctx.now()),
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
            // Declared fields kept in this app's database, sensitive ones opened for their owner;
            // values of fields no longer declared; and what no configured key can open.
            "profileFields": own_fields.fields,
            "undeclaredFields": own_fields.undeclared,
            "unreadableFields": own_fields.unreadable,
            "activity": activity.iter().map(|a| json!({
                "at": iso(a.at),
                "action": a.action,
                "fields": a.fields,
                "session": a.session,
                "ip": a.ip,
                "userAgent": a.user_agent,
            })).collect::<Vec<_>>(),
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
    ctx.record(&auth, "data.exported", &[]).await;
    serde_json::to_vec_pretty(&document).map_err(|_| ServerError::Internal("unserializable export"))
}

/// Drops what Logto keeps from a sign-in provider beside a linked account (its raw answer, and
/// any token or secret a connector put in the details). Only there: the user's own data
/// (`customData`, `profile`) is theirs to download whatever its keys are called.
fn strip_provider_secrets(user: &mut Value) {
    for key in ["identities", "ssoIdentities"] {
        match user.get_mut(key) {
            Some(Value::Object(map)) => map.values_mut().for_each(strip_secrets),
            Some(Value::Array(items)) => items.iter_mut().for_each(strip_secrets),
            _ => {}
        }
    }
}

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
    /// Other sessions of this app could not be ended (they can no longer reach the account), or
    /// the activity log could not be deleted (the purge removes it within `ACTIVITY_DAYS`), or
    /// the declared fields kept in the own database could not be deleted.
    Left {
        sessions: bool,
        activity: bool,
        fields: bool,
    },
}

/// Deletes the account at Logto, then every session of the user in this app's store. Before
/// Logto says yes nothing is touched; after, what could not be cleaned up is said, not hidden.
pub async fn delete(ctx: &RequestCtx, typed: &str) -> Result<Deleted, ServerError> {
    let auth = ctx.proven().await?;
    let expected = confirm_with(&auth).unwrap_or_else(|| auth.user_id.clone());
    if !typed.trim().eq_ignore_ascii_case(&expected) {
        return Err(ServerError::invalid("confirm", i18n::DELETE_MISMATCH));
    }
    ctx.state.management.delete_user(&auth.user_id).await?;
    tracing::info!("an account was deleted");
    let ended = ctx.state.auth.index.end_others(&auth.user_id, None).await;
    let _ = ctx.session.flush().await;
    let forgotten = match ctx.state.db.delete_activity(&auth.user_id).await {
        Ok(()) => ctx.state.db.delete_notices(&auth.user_id).await,
        Err(e) => Err(e),
    };
    let fields = declared::service::delete_all(&ctx.state, &auth.user_id).await;
    // Photos are part of the profile: counted with its fields.
    let photos = crate::features::photo::delete_all(&ctx.state, &auth.user_id).await;
    if let Err(e) = &photos {
        tracing::error!(error = %e, "could not delete a deleted account's photos");
    }
    let fields = fields.and(photos);
    if let Err(e) = &ended {
        e.log();
    }
    if let Err(e) = &forgotten {
        tracing::error!(error = %e, "could not delete a deleted account's activity log");
    }
    if let Err(e) = &fields {
        tracing::error!(error = %e, "could not delete a deleted account's profile fields");
    }
    Ok(
        match (ended.is_err(), forgotten.is_err(), fields.is_err()) {
            (false, false, false) => Deleted::Everything,
            (sessions, activity, fields) => Deleted::Left {
                sessions,
                activity,
                fields,
            },
        },
    )
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
        strip_provider_secrets(&mut user);
        assert_eq!(
            user["identities"]["github"]["details"],
            json!({ "name": "Dana" })
        );
        assert_eq!(user["customData"], json!({ "plan": "pro" }));
    }
}
