//! Setting and changing the password. Logto's Management API trusts its caller completely here
//! (no policy check, no lockout, no sign-out: contract §3.5–3.7), so every protection is ours:
//! proof of identity, the policy check first, throttled password checks, signing out the rest.

use super::api::{Changed, OthersEnded, PasswordState};
use super::rules::{self, Policy, Rule};
use crate::features::confirm::service::check_password;
use crate::i18n::{self, Text};
use crate::server::{
    auth::AuthSession,
    context::RequestCtx,
    error::{FieldProblem, ServerError},
    logto::{LogtoError, LogtoUser},
};

pub struct Input {
    pub current: String,
    pub new: String,
    pub repeat: String,
    pub sign_out_others: bool,
}

/// Longer than any policy allows (Logto's maximum is 256); refused before anything is asked.
const MAX_LENGTH: usize = 1024;

pub async fn view(ctx: &RequestCtx) -> Result<PasswordState, ServerError> {
    let auth = ctx.user().await?;
    let user = async { Ok(ctx.state.management.get_user(&auth.user_id).await?) };
    let (user, policy) = tokio::try_join!(user, policy(ctx))?;
    Ok(PasswordState {
        has_password: user.has_password,
        proved: proved(ctx, &auth, &user),
        has_address: has_address(&user),
        policy,
        user_words: user_words(&user),
    })
}

/// The tenant's policy (Logto's sign-in experience, cached by the client), as the rules need it.
async fn policy(ctx: &RequestCtx) -> Result<Policy, ServerError> {
    let policy = ctx.state.management.password_policy().await?;
    Ok(Policy {
        min_length: policy.length.min,
        max_length: policy.length.max,
        min_character_types: policy.character_types.min,
        reject_repetition_and_sequence: policy.rejects.repetition_and_sequence,
        reject_user_info: policy.rejects.user_info,
    })
}

/// A fresh proof covers any change. A first password on an account with an email or phone needs
/// a code; without either, the user has nothing but a sign-in to prove it with: one that asked
/// for credentials within the proof lifetime (a sign-in Logto answered from its own session
/// proves nothing).
fn proved(ctx: &RequestCtx, auth: &AuthSession, user: &LogtoUser) -> bool {
    let sessions = &ctx.state.auth;
    sessions.has_fresh_proof(auth)
        || (!user.has_password && !has_address(user) && sessions.reauthenticated_recently(auth))
}

fn has_address(user: &LogtoUser) -> bool {
    user.primary_email.is_some() || user.primary_phone.is_some()
}

fn user_words(user: &LogtoUser) -> Vec<String> {
    rules::user_words(
        user.name.as_deref(),
        user.username.as_deref(),
        user.primary_email.as_deref(),
        user.primary_phone.as_deref(),
    )
}

fn problem(field: &'static str, message: Text) -> FieldProblem {
    FieldProblem::new(field, message)
}

pub async fn change(ctx: &RequestCtx, input: Input) -> Result<Changed, ServerError> {
    let mut auth = ctx.user().await?;
    let mut problems = Vec::new();
    if input.new.is_empty() {
        problems.push(problem("new", i18n::PASSWORD_REQUIRED));
    } else if input.new.len() > MAX_LENGTH {
        problems.push(problem("new", i18n::VALUE_TOO_LONG));
    } else if input.new != input.repeat {
        problems.push(problem("repeat", i18n::PASSWORD_MISMATCH));
    }
    if !problems.is_empty() {
        return Err(ServerError::Invalid(problems));
    }

    let management = &ctx.state.management;
    let user = management.get_user(&auth.user_id).await?;
    if !proved(ctx, &auth, &user) {
        if !user.has_password {
            return Err(ServerError::ProofNeeded);
        }
        check_password(ctx, &auth, &input.current).await?;
        // The proof stands if the new password is refused: the next try needs no current one.
        ctx.state.auth.record_proof(&ctx.session, &mut auth).await?;
    }

    ctx.still_in_good_standing(&auth).await?;
    let breach_unchecked = check_policy(ctx, &user, &input.new).await?;
    management.set_password(&auth.user_id, &input.new).await?;
    tracing::info!(user = %auth.user_id, first = !user.has_password, "password set");
    let action = if user.has_password {
        "password.changed"
    } else {
        "password.set"
    };
    ctx.record(&auth, action, &[]).await;

    let others = if input.sign_out_others {
        let ended = sign_out_others(ctx, &auth).await?;
        ctx.record(&auth, "sessions.ended_others", &[]).await;
        ended
    } else {
        OthersEnded::None
    };
    Ok(Changed {
        first: !user.has_password,
        others,
        breach_unchecked,
    })
}

/// Logto's verdict on the new password, every failed rule named. A Logto that cannot reach its
/// breach list (offline deployments, contract §11) answers 400 `request.invalid_input`: then the
/// rules we can check ourselves are applied, and `true` says the breach check did not run.
async fn check_policy(
    ctx: &RequestCtx,
    user: &LogtoUser,
    password: &str,
) -> Result<bool, ServerError> {
    let mut policy = policy(ctx).await?;
    let lang = ctx.lang;
    let (failed, unchecked): (Vec<String>, bool) = match ctx
        .state
        .management
        .check_password(&user.id, password)
        .await
    {
        Ok(issues) => {
            let failed = issues
                .iter()
                .map(|issue| match Rule::from_code(&issue.code) {
                    Some(rule) => {
                        // Logto's own figures name the rule (they win over the cached policy).
                        let figure = |key: &str| {
                            issue
                                .interpolation
                                .as_ref()
                                .and_then(|i| i.get(key)?.as_u64())
                                .map(|n| n as usize)
                        };
                        match rule {
                            Rule::TooShort => {
                                policy.min_length = figure("min").unwrap_or(policy.min_length)
                            }
                            Rule::TooLong => {
                                policy.max_length = figure("max").unwrap_or(policy.max_length)
                            }
                            Rule::CharacterTypes => {
                                policy.min_character_types =
                                    figure("min").unwrap_or(policy.min_character_types)
                            }
                            _ => {}
                        }
                        rule.describe(&policy, lang)
                    }
                    // A rule newer than this app: named by its code rather than left out.
                    None => i18n::RULE_UNKNOWN.fill(lang, &[&issue.code]),
                })
                .collect();
            (failed, false)
        }
        Err(e) if breach_check_unavailable(&e) => {
            tracing::warn!(error = %e, "Logto's breach check is unavailable");
            let words = user_words(user);
            let failed = rules::local_rules(&policy)
                .into_iter()
                .chain([Rule::TooLong])
                .filter(|r| !rules::passes(*r, &policy, password, &words))
                .map(|r| r.describe(&policy, lang))
                .collect();
            (failed, true)
        }
        Err(e) => return Err(e.into()),
    };
    if failed.is_empty() {
        return Ok(unchecked);
    }
    let messages = std::iter::once(i18n::PASSWORD_REJECTED.get(lang).to_owned()).chain(failed);
    Err(ServerError::Invalid(
        messages.map(|m| FieldProblem::said("new", m)).collect(),
    ))
}

fn breach_check_unavailable(err: &LogtoError) -> bool {
    err.status() == Some(400) && err.code() == Some("request.invalid_input")
}

/// Ends the user's other sessions: this app's (every store, through the index) and, where Logto
/// can list them, Logto's own except the one this session came from.
async fn sign_out_others(ctx: &RequestCtx, auth: &AuthSession) -> Result<OthersEnded, ServerError> {
    let ended = ctx
        .state
        .auth
        .index
        .end_others(&auth.user_id, ctx.session.id())
        .await?;
    let management = &ctx.state.management;
    let Some(sessions) = management.sessions(&auth.user_id).await? else {
        tracing::info!(app = ended, "other sessions ended; Logto lists no sessions");
        return Ok(OthersEnded::AppOnly);
    };
    let mut revoked = 0;
    let client = ctx.state.auth.oidc.client_id();
    for session in sessions {
        if session.is(client, &auth.logto) {
            continue;
        }
        management
            .revoke_session(&auth.user_id, &session.payload.uid)
            .await?;
        revoked += 1;
    }
    tracing::info!(app = ended, logto = revoked, "other sessions ended");
    Ok(OthersEnded::All)
}
