//! The security page: how the user signs in, the check-up, and unlinking a social account.

use super::{checkup, IdentityRow, SecurityState};
use crate::features::confirm::Channel;
use crate::features::contact::service::display;
use crate::i18n;
use crate::server::{
    context::RequestCtx,
    error::ServerError,
    logto::{LogtoError, LogtoUser, WayIn},
};

/// Two upstream calls side by side (the user, their second steps); the last password change
/// comes from the own activity log, the sessions from the own session index.
pub async fn view(ctx: &RequestCtx) -> Result<SecurityState, ServerError> {
    let auth = ctx.user().await?;
    let management = &ctx.state.management;
    let user = async { Ok::<_, ServerError>(management.get_user(&auth.user_id).await?) };
    let factors = async { Ok::<_, ServerError>(management.mfa_factors(&auth.user_id).await?) };
    let (user, factors) = tokio::try_join!(user, factors)?;
    let password_at = ctx
        .state
        .db
        .last_activity(&auth.user_id, &["password.changed", "password.set"])
        .await?;
    let others = ctx
        .state
        .auth
        .index
        .live(&auth.user_id)
        .await?
        .iter()
        .filter(|s| ctx.session.id() != Some(s.id))
        .count();
    let identities = identities(&user);
    let phone = user
        .primary_phone
        .as_deref()
        .map(|p| display(Channel::Phone, p));
    let facts = checkup::Facts {
        factors: &factors,
        has_password: user.has_password,
        recovery: user.primary_email.clone().or_else(|| phone.clone()),
        password_changed: password_at.map(|at| ctx.now() - at),
        other_sessions: others,
        linked: identities.iter().map(|i| i.provider.clone()).collect(),
    };
    let checkup = checkup::points(&facts, ctx.lang);
    Ok(SecurityState {
        has_password: user.has_password,
        email: user.primary_email.clone(),
        phone,
        proved: ctx.state.auth.has_fresh_proof(&auth),
        identities,
        checkup,
    })
}

fn identities(user: &LogtoUser) -> Vec<IdentityRow> {
    user.identities
        .iter()
        .map(|(target, identity)| {
            let details = &identity["details"];
            let text = |key: &str| {
                details[key]
                    .as_str()
                    .filter(|s| !s.is_empty())
                    .map(String::from)
            };
            IdentityRow {
                target: target.clone(),
                provider: provider_name(target),
                account: text("name")
                    .or_else(|| text("email"))
                    .or_else(|| text("username")),
                can_unlink: user.can_sign_in_without(WayIn::Identity(target)),
            }
        })
        .collect()
}

/// A connector target as its brand writes it: `github` → "GitHub".
fn provider_name(target: &str) -> String {
    let known = [
        ("github", "GitHub"),
        ("google", "Google"),
        ("apple", "Apple"),
        ("facebook", "Facebook"),
        ("microsoft", "Microsoft"),
        ("azuread", "Microsoft Entra ID"),
        ("discord", "Discord"),
        ("gitlab", "GitLab"),
        ("linkedin", "LinkedIn"),
        ("x", "X"),
        ("slack", "Slack"),
    ];
    known
        .iter()
        .find(|(t, _)| *t == target)
        .map(|(_, name)| (*name).to_owned())
        .unwrap_or_else(|| {
            let mut chars = target.chars();
            chars
                .next()
                .map(|first| first.to_uppercase().chain(chars).collect())
                .unwrap_or_default()
        })
}

/// Unlinks one of the user's social accounts, unless it is their last way to sign in.
pub async fn unlink(ctx: &RequestCtx, target: &str) -> Result<(), ServerError> {
    let auth = ctx.proven().await?;
    let management = &ctx.state.management;
    let user = management.get_user(&auth.user_id).await?;
    if !user.identities.contains_key(target) {
        return Err(ServerError::NotFound("no such linked account of this user"));
    }
    if !user.can_sign_in_without(WayIn::Identity(target)) {
        return Err(ServerError::invalid("identity", i18n::LINKED_LAST_WAY));
    }
    match management.unlink_identity(&auth.user_id, target).await {
        Ok(_) => {}
        // Unlinked meanwhile (another tab): what the user wanted.
        Err(LogtoError::Api { status: 404, .. }) => {}
        Err(e) => return Err(e.into()),
    }
    tracing::info!(target, "a linked account was unlinked");
    ctx.record(&auth, "identity.unlinked", &[target]).await;
    Ok(())
}
