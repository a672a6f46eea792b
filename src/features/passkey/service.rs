//! The Account API calls for adding a passkey. Logto's proof and registration record ids wait
//! in the session, sealed, for as long as Logto keeps them (10 minutes).

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::{Blocker, PasskeyAdding};
use crate::i18n::{self, Text};
use crate::server::{
    context::RequestCtx,
    error::ServerError,
    logto::{AccountApi, LogtoError, SignInSettings},
    throttle,
};

/// Logto's proof and the registration under way (sealed).
const PENDING: &str = "passkey.pending";
/// Logto's verification records live this long.
const RECORD_SECS: i64 = 10 * 60;
/// A name Logto would keep whatever its length; a list row shows this much.
const NAME_MAX: usize = 64;

#[derive(Serialize, Deserialize)]
struct Pending {
    proof: String,
    record: String,
    at: i64,
}

/// What stands between this app and a passkey, from the sign-in experience and the Account
/// Center as Logto has them (read with the sign-in settings, cached).
pub fn adding(settings: &SignInSettings, app_origin: &str) -> PasskeyAdding {
    let center = &settings.account_center;
    let mut blockers = Vec::new();
    if !center.enabled {
        blockers.push(Blocker::AccountCenter);
    }
    if !center.passkeys_editable() {
        blockers.push(Blocker::Field);
    }
    let factor_on = settings.mfa.factors.iter().any(|f| f == "WebAuthn");
    if !factor_on && !settings.passkey_sign_in.enabled {
        blockers.push(Blocker::Factor);
    }
    if !center
        .webauthn_related_origins
        .iter()
        .any(|o| same_origin(o, app_origin))
    {
        blockers.push(Blocker::Origin(app_origin.to_owned()));
    }
    if blockers.is_empty() {
        PasskeyAdding::Ready
    } else {
        PasskeyAdding::Blocked(blockers)
    }
}

fn same_origin(listed: &str, origin: &str) -> bool {
    listed.trim_end_matches('/').eq_ignore_ascii_case(origin)
}

/// This app's origin as a browser names it (`https://account.example.com`).
pub fn app_origin(ctx: &RequestCtx) -> String {
    ctx.state.config.public_url.origin().ascii_serialization()
}

/// The password proves it to Logto (throttled as every password check here); then Logto's
/// creation options for the browser.
pub async fn start(ctx: &RequestCtx, password: &str) -> Result<Value, ServerError> {
    let auth = ctx.fresh_user().await?;
    let settings = ctx.state.management.sign_in_settings().await?;
    if adding(&settings, &app_origin(ctx)) != PasskeyAdding::Ready {
        return Err(ServerError::invalid("passkey", i18n::PASSKEY_OFF));
    }
    if password.is_empty() {
        return Err(ServerError::invalid(
            "password",
            i18n::PASSWORD_CURRENT_REQUIRED,
        ));
    }
    let shared = &ctx.state.shared;
    throttle::take(shared, &throttle::PASSWORD_TRIES, &auth.user_id).await?;
    let api = AccountApi::new(
        &ctx.state.http,
        &ctx.state.upstream.logto.endpoint,
        &auth.access_token,
    );
    let proof = match api.prove_password(password).await {
        Ok(proof) => proof,
        Err(e) if e.code() == Some("session.invalid_credentials") => {
            return Err(wrong_password(ctx, &auth.user_id).await);
        }
        Err(e) => return Err(e.into()),
    };
    throttle::clear(shared, &throttle::PASSWORD_TRIES, &auth.user_id).await?;
    let options = api.passkey_options().await?;
    let pending = Pending {
        proof,
        record: options.verification_record_id,
        at: ctx.now(),
    };
    ctx.put_sealed(PENDING, &pending).await?;
    Ok(options.registration_options)
}

/// Logto says "wrong credentials" for a user without a password too: say which.
async fn wrong_password(ctx: &RequestCtx, user_id: &str) -> ServerError {
    match ctx.state.management.get_user(user_id).await {
        Ok(user) if !user.has_password => {
            ServerError::invalid("password", i18n::PASSKEY_NO_PASSWORD)
        }
        _ => ServerError::invalid("password", i18n::PASSWORD_WRONG),
    }
}

/// Logto checks what the browser made and binds it with the proof from [`start`].
pub async fn finish(ctx: &RequestCtx, credential: Value, name: &str) -> Result<(), ServerError> {
    let auth = ctx.fresh_user().await?;
    let name = passkey_name(name)?;
    let pending: Pending = ctx
        .get_sealed(PENDING)
        .await?
        .filter(|p: &Pending| ctx.now() - p.at < RECORD_SECS)
        .ok_or_else(|| ServerError::invalid("passkey", i18n::PASSKEY_EXPIRED))?;
    if !credential.is_object() {
        return Err(ServerError::invalid("passkey", i18n::PASSKEY_FAILED));
    }
    let api = AccountApi::new(
        &ctx.state.http,
        &ctx.state.upstream.logto.endpoint,
        &auth.access_token,
    );
    api.check_passkey(&pending.record, credential, &ctx.client.user_agent)
        .await
        .map_err(|e| refused(e, i18n::PASSKEY_REFUSED))?;
    api.bind_passkey(&pending.proof, &pending.record, name.as_deref())
        .await
        .map_err(|e| refused(e, i18n::PASSKEY_FAILED))?;
    ctx.session.remove::<String>(PENDING).await?;
    tracing::info!("a passkey was added");
    ctx.record(&auth, "passkey.added", &[]).await;
    Ok(())
}

/// Logto's 4xx answers about the passkey or the records: the user can only try again.
fn refused(cause: LogtoError, message: Text) -> ServerError {
    match cause.status() {
        Some(400..=499) => ServerError::Refused {
            field: Some("passkey"),
            message,
            cause,
        },
        _ => cause.into(),
    }
}

/// Trimmed; empty is no name.
fn passkey_name(typed: &str) -> Result<Option<String>, ServerError> {
    let name = typed.trim();
    if name.chars().count() > NAME_MAX {
        return Err(ServerError::invalid("name", i18n::PASSKEY_NAME_TOO_LONG));
    }
    Ok((!name.is_empty()).then(|| name.to_owned()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::server::logto::AccountCenter;

    const ORIGIN: &str = "https://account.example.com";

    fn settings(enabled: bool, field: &str, factors: &[&str], origins: &[&str]) -> SignInSettings {
        let mut s = SignInSettings::default();
        s.mfa.factors = factors.iter().map(|f| (*f).to_owned()).collect();
        s.account_center = AccountCenter {
            enabled,
            fields: [("mfa".to_owned(), field.to_owned())].into(),
            webauthn_related_origins: origins.iter().map(|o| (*o).to_owned()).collect(),
        };
        s
    }

    #[test]
    fn ready_only_when_logto_allows_all_of_it() {
        let ready = settings(
            true,
            "Edit",
            &["WebAuthn"],
            &["https://account.example.com/"],
        );
        assert_eq!(adding(&ready, ORIGIN), PasskeyAdding::Ready);
        let nothing = settings(false, "ReadOnly", &["Totp"], &[]);
        assert_eq!(
            adding(&nothing, ORIGIN),
            PasskeyAdding::Blocked(vec![
                Blocker::AccountCenter,
                Blocker::Field,
                Blocker::Factor,
                Blocker::Origin(ORIGIN.into())
            ])
        );
    }

    #[test]
    fn passkey_sign_in_or_the_passkey_field_count_too() {
        let mut s = settings(true, "Off", &[], &[ORIGIN]);
        s.account_center
            .fields
            .insert("passkey".into(), "Edit".into());
        s.passkey_sign_in.enabled = true;
        assert_eq!(adding(&s, ORIGIN), PasskeyAdding::Ready);
    }

    #[test]
    fn names_are_trimmed_and_bounded() {
        assert_eq!(
            passkey_name("  Work laptop ").unwrap().as_deref(),
            Some("Work laptop")
        );
        assert_eq!(passkey_name("   ").unwrap(), None);
        assert!(passkey_name(&"é".repeat(65)).is_err());
        assert!(passkey_name(&"é".repeat(64)).is_ok());
    }
}
