//! Adding and removing second steps. Every change needs a fresh proof of identity and touches
//! only the signed-in user's own factors (an id that is not theirs is "not found"). The key of an
//! authenticator app being set up and new backup codes wait in the session sealed, never logged.

use serde::{Deserialize, Serialize};

use super::{backup, totp, AtSignIn, FactorRow, TotpSetup, TwoStepState};
use crate::features::confirm::service::{take_code_try, typed_code};
use crate::features::passkey;
use crate::i18n::{self, Lang};
use crate::server::device;
use crate::server::{
    auth::AuthSession,
    context::RequestCtx,
    error::ServerError,
    logto::{MfaFactor, SignInSettings},
};

/// The authenticator app being set up in this session (sealed).
const PENDING_TOTP: &str = "two_step.totp";
/// Backup codes just made, until the page shows them (sealed).
const NEW_CODES: &str = "two_step.codes";
/// Backup codes made but not yet taken by Logto (sealed).
const UNSAVED_CODES: &str = "two_step.unsaved_codes";
/// A replacing authenticator-app key confirmed by its code, until Logto has it (sealed).
const UNSAVED_TOTP: &str = "two_step.unsaved_totp";

#[derive(Serialize, Deserialize)]
struct PendingTotp {
    secret: String,
    at: i64,
    /// The user's authenticator app goes once this one's first code is confirmed.
    #[serde(default)]
    replaces: bool,
}

pub async fn view(ctx: &RequestCtx) -> Result<TwoStepState, ServerError> {
    let auth = ctx.user().await?;
    let mut factors = ctx.state.management.mfa_factors(&auth.user_id).await?;
    let repaired = store_unsaved_totp(ctx, &auth, &factors).await?;
    if store_unsaved_codes(ctx, &auth, &factors).await? || repaired {
        factors = ctx.state.management.mfa_factors(&auth.user_id).await?;
    }
    let settings = ctx.state.management.sign_in_settings().await?;
    Ok(TwoStepState {
        passkey: passkey::service::adding(&settings, &passkey::service::app_origin(ctx)),
        at_sign_in: at_sign_in(ctx, &auth, &settings, &factors).await?,
        factors: factors.iter().map(|f| row(f, ctx.lang)).collect(),
        proved: ctx.state.auth.has_fresh_proof(&auth),
        totp_pending: pending_totp(ctx).await?.is_some(),
    })
}

/// What the sign-in experience leaves to the user, without a call where it leaves nothing.
async fn at_sign_in(
    ctx: &RequestCtx,
    auth: &AuthSession,
    settings: &SignInSettings,
    factors: &[MfaFactor],
) -> Result<AtSignIn, ServerError> {
    let fixed = fixed_at_sign_in(settings, factors);
    if let Some(fixed) = fixed {
        return Ok(fixed);
    }
    let config = ctx
        .state
        .management
        .user_sign_in_config(&auth.user_id)
        .await?;
    Ok(AtSignIn::Choice { ask: config.asks() })
}

/// Where the user's switch makes no difference, why; `None` where it decides.
fn fixed_at_sign_in(settings: &SignInSettings, factors: &[MfaFactor]) -> Option<AtSignIn> {
    let accepted = &settings.mfa.factors;
    // Logto counts only the user's factors of kinds sign-in accepts; backup codes alone are
    // never asked for.
    let asked = factors
        .iter()
        .any(|f| f.kind != "BackupCode" && accepted.contains(&f.kind));
    if accepted.is_empty() {
        Some(AtSignIn::NotAsked)
    } else if !asked {
        Some(AtSignIn::NothingToAsk)
    } else if settings.adaptive_mfa.enabled {
        Some(AtSignIn::ByRisk)
    } else if settings.mfa.always_asks() {
        Some(AtSignIn::Always)
    } else {
        None
    }
}

/// Asks (or stops asking) for a second step at sign-in, where the policy lets the user choose.
pub async fn set_at_sign_in(ctx: &RequestCtx, ask: bool) -> Result<(), ServerError> {
    let auth = ctx.proven().await?;
    let management = &ctx.state.management;
    let factors = management.mfa_factors(&auth.user_id).await?;
    let settings = management.sign_in_settings().await?;
    if fixed_at_sign_in(&settings, &factors).is_some() {
        return Err(ServerError::invalid("ask", i18n::AT_SIGN_IN_FIXED));
    }
    let current = management.user_sign_in_config(&auth.user_id).await?;
    management
        .set_second_step_at_sign_in(&auth.user_id, &current, ask)
        .await?;
    tracing::info!(ask, "the second step at sign-in was switched");
    let action = if ask {
        "sign_in_step.on"
    } else {
        "sign_in_step.off"
    };
    ctx.record(&auth, action, &[]).await;
    Ok(())
}

fn row(factor: &MfaFactor, lang: Lang) -> FactorRow {
    let detail = match factor.kind.as_str() {
        "BackupCode" => factor
            .remain_codes
            .map(|n| i18n::FACTOR_CODES_LEFT.count(lang, u64::from(n))),
        "WebAuthn" => {
            let device = factor.agent.as_deref().map(|ua| device::describe(ua, lang));
            match (factor.name.as_deref(), device) {
                (Some(name), Some(device)) => Some(format!("{name} · {device}")),
                (Some(name), None) => Some(name.to_owned()),
                (None, device) => device,
            }
        }
        _ => None,
    };
    FactorRow {
        id: factor.id.clone(),
        kind: factor.kind.clone(),
        added: factor.created_at.chars().take(10).collect(),
        detail,
    }
}

/// A setup lasts as long as the proof it started from.
async fn pending_totp(ctx: &RequestCtx) -> Result<Option<PendingTotp>, ServerError> {
    let pending: Option<PendingTotp> = ctx.get_sealed(PENDING_TOTP).await?;
    let lifetime = ctx.state.auth.proof_lifetime_secs;
    Ok(pending.filter(|p| ctx.now() - p.at < lifetime))
}

/// Makes a new authenticator-app key and keeps it (sealed) for the setup page. Nothing reaches
/// Logto before the user's app shows its first code: a setup given up leaves no factor behind
/// that could lock the user out at sign-in, and a replacement given up leaves the old app.
pub async fn start_totp(ctx: &RequestCtx, replace: bool) -> Result<(), ServerError> {
    let auth = ctx.proven().await?;
    let factors = ctx.state.management.mfa_factors(&auth.user_id).await?;
    let has_totp = factors.iter().any(|f| f.kind == "Totp");
    if has_totp && !replace {
        return Err(ServerError::invalid("factor", i18n::TOTP_ALREADY));
    }
    let pending = PendingTotp {
        secret: totp::new_secret(),
        at: ctx.now(),
        replaces: has_totp,
    };
    ctx.put_sealed(PENDING_TOTP, &pending).await?;
    tracing::info!("an authenticator app's setup started");
    Ok(())
}

pub async fn totp_setup(ctx: &RequestCtx) -> Result<Option<TotpSetup>, ServerError> {
    let auth = ctx.user().await?;
    let Some(pending) = pending_totp(ctx).await? else {
        return Ok(None);
    };
    let account = ["email", "username", "sub"]
        .iter()
        .find_map(|k| auth.claims.get(*k).and_then(|v| v.as_str()))
        .unwrap_or(&auth.user_id);
    let uri = totp::otpauth_uri(i18n::TITLE_SUFFIX.get(Lang::En), account, &pending.secret);
    Ok(Some(TotpSetup {
        qr_svg: totp::qr_svg(&uri)
            .ok_or(ServerError::Internal("the QR code could not be drawn"))?,
        key_groups: totp::key_groups(&pending.secret),
        replacing: pending.replaces,
    }))
}

/// The first code from the app: right → the factor stays (`"totp"`, or `"replaced"` when it
/// replaces the user's app); wrong → said so (within the session's code tries).
pub async fn confirm_totp(ctx: &RequestCtx, typed: &str) -> Result<&'static str, ServerError> {
    let auth = ctx.user().await?;
    let pending = pending_totp(ctx)
        .await?
        .ok_or_else(|| ServerError::invalid("code", i18n::TOTP_NOTHING))?;
    let code = typed_code(typed)?;
    take_code_try(ctx, &auth, None).await?;
    if !totp::accepts(&pending.secret, &code) {
        return Err(ServerError::invalid("code", i18n::CODE_MISMATCH));
    }
    if pending.replaces {
        return replace_totp(ctx, &auth, &pending.secret)
            .await
            .map(|()| "replaced");
    }
    // Still within the proof the setup started from (the pending key lasts as long).
    match ctx
        .state
        .management
        .create_totp(&auth.user_id, &pending.secret)
        .await
    {
        Ok(()) => {}
        Err(e) if e.code() == Some("user.totp_already_in_use") => {
            ctx.session.remove::<String>(PENDING_TOTP).await?;
            return Err(ServerError::invalid("factor", i18n::TOTP_ALREADY));
        }
        Err(e) => return Err(e.into()),
    }
    ctx.session.remove::<String>(PENDING_TOTP).await?;
    tracing::info!("an authenticator app was set up");
    ctx.record(&auth, "totp.added", &[]).await;
    Ok("totp")
}

/// The new key is confirmed: the old app goes, the new one comes. Logto keeps one authenticator
/// app per user, so the old one must go first; the new key waits sealed in the session until
/// Logto has it, and a store that fails is tried again on the next visit of the page, so nobody
/// is left without the app they just confirmed because a call failed half way.
async fn replace_totp(
    ctx: &RequestCtx,
    auth: &AuthSession,
    secret: &str,
) -> Result<(), ServerError> {
    ctx.put_sealed(UNSAVED_TOTP, &secret).await?;
    ctx.session.remove::<String>(PENDING_TOTP).await?;
    // Written now: the session layer saves nothing with a 5xx answer, which a failed store is.
    ctx.session.save().await?;
    let management = &ctx.state.management;
    for old in management
        .mfa_factors(&auth.user_id)
        .await?
        .iter()
        .filter(|f| f.kind == "Totp")
    {
        match management.delete_factor(&auth.user_id, &old.id).await {
            Ok(()) => {}
            Err(e) if e.status() == Some(404) => {}
            Err(e) => return Err(e.into()),
        }
    }
    store_totp(ctx, &auth.user_id, secret).await?;
    ctx.session.remove::<String>(UNSAVED_TOTP).await?;
    tracing::info!("an authenticator app was replaced");
    ctx.record(auth, "totp.replaced", &[]).await;
    Ok(())
}

/// Gives Logto the key, trying again after a failure Logto may not have seen through.
async fn store_totp(ctx: &RequestCtx, user: &str, secret: &str) -> Result<(), ServerError> {
    let mut attempt = 0;
    loop {
        attempt += 1;
        match ctx.state.management.create_totp(user, secret).await {
            Ok(()) => return Ok(()),
            // An earlier attempt went through, its answer lost on the way.
            Err(e) if attempt > 1 && e.code() == Some("user.totp_already_in_use") => return Ok(()),
            Err(e) if e.is_transient() && attempt < STORE_ATTEMPTS => {
                tokio::time::sleep(std::time::Duration::from_millis(200 * attempt)).await;
            }
            Err(e) => return Err(e.into()),
        }
    }
}

/// Stores a confirmed replacement key Logto did not take (see [`replace_totp`]), when the user
/// has no authenticator app at Logto.
async fn store_unsaved_totp(
    ctx: &RequestCtx,
    auth: &AuthSession,
    factors: &[MfaFactor],
) -> Result<bool, ServerError> {
    let Some(secret) = ctx.get_sealed::<String>(UNSAVED_TOTP).await? else {
        return Ok(false);
    };
    if factors.iter().any(|f| f.kind == "Totp") {
        ctx.session.remove::<String>(UNSAVED_TOTP).await?;
        return Ok(false);
    }
    match ctx
        .state
        .management
        .create_totp(&auth.user_id, &secret)
        .await
    {
        Ok(()) => {
            ctx.session.remove::<String>(UNSAVED_TOTP).await?;
            tracing::info!("a replacing authenticator app was stored on a later visit");
            ctx.record(auth, "totp.replaced", &[]).await;
            Ok(true)
        }
        Err(e) => {
            tracing::warn!(error = %e, "a replacing authenticator app is still not stored at Logto");
            Ok(false)
        }
    }
}

/// Gives up the setup: the key is forgotten. Logto never had it, so nothing there changes and
/// no proof is needed.
pub async fn cancel_totp(ctx: &RequestCtx) -> Result<(), ServerError> {
    ctx.user().await?;
    ctx.session.remove::<String>(PENDING_TOTP).await?;
    tracing::info!("an authenticator app's setup was cancelled");
    Ok(())
}

/// A new set of backup codes (an unused set is replaced), kept for the page that shows them.
/// Logto takes a new set only once the old one is gone, so the app makes the codes itself and
/// keeps them (sealed) until Logto has them: a store that fails after the old set went is tried
/// again, and failing still, again on the user's next visit of the page, so nobody is left
/// without codes because a call failed half way.
pub async fn new_backup_codes(ctx: &RequestCtx) -> Result<(), ServerError> {
    let auth = ctx.proven().await?;
    let management = &ctx.state.management;
    let factors = management.mfa_factors(&auth.user_id).await?;
    if !factors.iter().any(|f| f.kind != "BackupCode") {
        return Err(ServerError::invalid("factor", i18n::BACKUP_ALONE));
    }
    let codes = backup::new_codes();
    ctx.put_sealed(UNSAVED_CODES, &codes).await?;
    // Written now: the session layer saves nothing with a 5xx answer, which a failed store is.
    ctx.session.save().await?;
    for old in factors.iter().filter(|f| f.kind == "BackupCode") {
        management.delete_factor(&auth.user_id, &old.id).await?;
    }
    store_codes(ctx, &auth.user_id, &codes).await?;
    saved(ctx, &auth, &codes).await
}

/// Logto has the new codes: the page may show them, once.
async fn saved(ctx: &RequestCtx, auth: &AuthSession, codes: &[String]) -> Result<(), ServerError> {
    ctx.session.remove::<String>(UNSAVED_CODES).await?;
    ctx.put_sealed(NEW_CODES, &codes).await?;
    tracing::info!("new backup codes were made");
    ctx.record(auth, "backup_codes.created", &[]).await;
    Ok(())
}

/// Gives Logto the codes, trying again after a failure Logto may not have seen through.
async fn store_codes(ctx: &RequestCtx, user: &str, codes: &[String]) -> Result<(), ServerError> {
    let management = &ctx.state.management;
    let mut attempt = 0;
    loop {
        attempt += 1;
        match management.store_backup_codes(user, codes).await {
            Ok(()) => return Ok(()),
            // An earlier attempt went through, its answer lost on the way.
            Err(e) if attempt > 1 && e.code() == Some("user.backup_code_already_in_use") => {
                return Ok(())
            }
            Err(e) if e.code() == Some("user.backup_code_already_in_use") => {
                return Err(ServerError::invalid("factor", i18n::BACKUP_MADE_ELSEWHERE));
            }
            // The other factor went meanwhile (another tab).
            Err(e) if e.code() == Some("session.mfa.backup_code_can_not_be_alone") => {
                return Err(ServerError::invalid("factor", i18n::BACKUP_ALONE));
            }
            Err(e) if e.is_transient() && attempt < STORE_ATTEMPTS => {
                tokio::time::sleep(std::time::Duration::from_millis(200 * attempt)).await;
            }
            Err(e) => return Err(e.into()),
        }
    }
}

/// Tries a set the user made but Logto did not take (see [`new_backup_codes`]) once more, when
/// the user has no set at Logto.
async fn store_unsaved_codes(
    ctx: &RequestCtx,
    auth: &AuthSession,
    factors: &[MfaFactor],
) -> Result<bool, ServerError> {
    let Some(codes) = ctx.get_sealed::<Vec<String>>(UNSAVED_CODES).await? else {
        return Ok(false);
    };
    if factors.iter().any(|f| f.kind == "BackupCode") {
        ctx.session.remove::<String>(UNSAVED_CODES).await?;
        return Ok(false);
    }
    match ctx
        .state
        .management
        .store_backup_codes(&auth.user_id, &codes)
        .await
    {
        Ok(()) => {
            saved(ctx, auth, &codes).await?;
            Ok(true)
        }
        Err(e) => {
            tracing::warn!(error = %e, "new backup codes are still not stored at Logto");
            Ok(false)
        }
    }
}

/// How often a new set is offered to Logto before the user is told.
const STORE_ATTEMPTS: u64 = 3;

pub async fn take_backup_codes(ctx: &RequestCtx) -> Result<Option<Vec<String>>, ServerError> {
    ctx.user().await?;
    let codes: Option<Vec<String>> = ctx.get_sealed(NEW_CODES).await?;
    if codes.is_some() {
        ctx.session.remove::<String>(NEW_CODES).await?;
    }
    Ok(codes)
}

/// Removes one of the user's own second steps.
pub async fn remove(ctx: &RequestCtx, id: &str) -> Result<(), ServerError> {
    let auth = ctx.proven().await?;
    let management = &ctx.state.management;
    let factors = management.mfa_factors(&auth.user_id).await?;
    let factor = factors
        .iter()
        .find(|f| f.id == id)
        .ok_or(ServerError::NotFound("no such factor of this user"))?;
    management.delete_factor(&auth.user_id, &factor.id).await?;
    tracing::info!(kind = %factor.kind, "a second step was removed");
    ctx.record(&auth, "factor.removed", &[&factor.kind]).await;
    Ok(())
}
