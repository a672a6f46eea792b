//! Adding and removing second steps. Every change needs a fresh proof of identity and touches
//! only the signed-in user's own factors (an id that is not theirs is "not found"). The key of an
//! authenticator app being set up and new backup codes wait in the session sealed, never logged.

use serde::{Deserialize, Serialize};

use super::{totp, FactorRow, TotpSetup, TwoStepState};
use crate::features::confirm::service::{take_code_try, typed_code};
use crate::features::security::device;
use crate::i18n::{self, Lang};
use crate::server::{auth::now_secs, context::RequestCtx, error::ServerError, logto::MfaFactor};

/// The authenticator app being set up in this session (sealed).
const PENDING_TOTP: &str = "two_step.totp";
/// Backup codes just made, until the page shows them (sealed).
const NEW_CODES: &str = "two_step.codes";

#[derive(Serialize, Deserialize)]
struct PendingTotp {
    secret: String,
    at: i64,
}

pub async fn view(ctx: &RequestCtx) -> Result<TwoStepState, ServerError> {
    let auth = ctx.user().await?;
    let factors = ctx.state.management.mfa_factors(&auth.user_id).await?;
    Ok(TwoStepState {
        factors: factors.iter().map(|f| row(f, ctx.lang)).collect(),
        proved: ctx.state.auth.has_fresh_proof(&auth),
        totp_pending: pending_totp(ctx).await?.is_some(),
    })
}

fn row(factor: &MfaFactor, lang: Lang) -> FactorRow {
    let detail = match factor.kind.as_str() {
        "BackupCode" => factor
            .remain_codes
            .map(|n| i18n::FACTOR_CODES_LEFT.fill(lang, &[&n.to_string()])),
        "WebAuthn" => factor.agent.as_deref().map(|ua| device::describe(ua, lang)),
        _ => None,
    };
    FactorRow {
        id: factor.id.clone(),
        kind: factor.kind.clone(),
        added: factor.created_at.chars().take(10).collect(),
        detail,
    }
}

/// Put under a sealed key of the session.
async fn put_sealed<T: Serialize>(
    ctx: &RequestCtx,
    key: &str,
    value: &T,
) -> Result<(), ServerError> {
    let json = serde_json::to_vec(value).map_err(|_| ServerError::Internal("unserializable"))?;
    ctx.session
        .insert(key, ctx.state.auth.sealer.seal(&json))
        .await?;
    Ok(())
}

async fn get_sealed<T: for<'de> Deserialize<'de>>(
    ctx: &RequestCtx,
    key: &str,
) -> Result<Option<T>, ServerError> {
    let sealed: Option<String> = ctx.session.get(key).await?;
    Ok(sealed
        .and_then(|s| ctx.state.auth.sealer.open(&s))
        .and_then(|json| serde_json::from_slice(&json).ok()))
}

/// A setup lasts as long as the proof it started from.
async fn pending_totp(ctx: &RequestCtx) -> Result<Option<PendingTotp>, ServerError> {
    let pending: Option<PendingTotp> = get_sealed(ctx, PENDING_TOTP).await?;
    let lifetime = ctx.state.auth.proof_lifetime_secs;
    Ok(pending.filter(|p| now_secs() - p.at < lifetime))
}

/// Makes a new authenticator-app key and keeps it (sealed) for the setup page. Nothing reaches
/// Logto before the user's app shows its first code: a setup given up leaves no factor behind
/// that could lock the user out at sign-in.
pub async fn start_totp(ctx: &RequestCtx) -> Result<(), ServerError> {
    let auth = ctx.proven().await?;
    let factors = ctx.state.management.mfa_factors(&auth.user_id).await?;
    if factors.iter().any(|f| f.kind == "Totp") {
        return Err(ServerError::invalid("factor", i18n::TOTP_ALREADY));
    }
    put_sealed(
        ctx,
        PENDING_TOTP,
        &PendingTotp {
            secret: totp::new_secret(),
            at: now_secs(),
        },
    )
    .await?;
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
    }))
}

/// The first code from the app: right → the factor stays; wrong → said so (within the
/// session's code tries).
pub async fn confirm_totp(ctx: &RequestCtx, typed: &str) -> Result<(), ServerError> {
    let auth = ctx.user().await?;
    let pending = pending_totp(ctx)
        .await?
        .ok_or_else(|| ServerError::invalid("code", i18n::TOTP_NOTHING))?;
    let code = typed_code(typed)?;
    take_code_try(ctx, &auth, None).await?;
    if !totp::accepts(&pending.secret, &code) {
        return Err(ServerError::invalid("code", i18n::CODE_MISMATCH));
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
    Ok(())
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
pub async fn new_backup_codes(ctx: &RequestCtx) -> Result<(), ServerError> {
    let auth = ctx.proven().await?;
    let management = &ctx.state.management;
    let factors = management.mfa_factors(&auth.user_id).await?;
    if !factors.iter().any(|f| f.kind != "BackupCode") {
        return Err(ServerError::invalid("factor", i18n::BACKUP_ALONE));
    }
    for old in factors.iter().filter(|f| f.kind == "BackupCode") {
        management.delete_factor(&auth.user_id, &old.id).await?;
    }
    let codes = match management.create_backup_codes(&auth.user_id).await {
        Ok(codes) => codes,
        // The other factor went meanwhile (another tab).
        Err(e) if e.code() == Some("session.mfa.backup_code_can_not_be_alone") => {
            return Err(ServerError::invalid("factor", i18n::BACKUP_ALONE));
        }
        Err(e) => return Err(e.into()),
    };
    put_sealed(ctx, NEW_CODES, &codes).await?;
    tracing::info!("new backup codes were made");
    ctx.record(&auth, "backup_codes.created", &[]).await;
    Ok(())
}

pub async fn take_backup_codes(ctx: &RequestCtx) -> Result<Option<Vec<String>>, ServerError> {
    ctx.user().await?;
    let codes: Option<Vec<String>> = get_sealed(ctx, NEW_CODES).await?;
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
