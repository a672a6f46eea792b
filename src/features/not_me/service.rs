//! The steps behind a "This wasn't me" link. The user comes from the sealed link, never from a
//! session: the person may be signed out, or locked out.

use super::LinkState;
use crate::i18n::{self, Lang};
use crate::server::{
    activity::action_text,
    context::RequestCtx,
    error::ServerError,
    logto::{LogtoError, Recipient, UserPatch},
    notices::NotMe,
    AppState,
};

/// Code guesses per link, as for the other code checks.
const CODE_TRIES: i64 = 5;
/// Times per hour a link may secure the account (each sends a code).
const SECURE_TRIES: i64 = 5;

fn open(state: &AppState, token: &str) -> Option<NotMe> {
    state.notices.open_link(token, state.clock.now_secs())
}

fn used_key(link: &NotMe) -> String {
    format!("not-me-used:{}", link.notice)
}

async fn used(state: &AppState, link: &NotMe) -> Result<bool, ServerError> {
    Ok(state.shared.marked(&used_key(link)).await?.is_some())
}

pub async fn view(token: String) -> Result<LinkState, ServerError> {
    let ctx = RequestCtx::get().await?;
    let Some(link) = open(&ctx.state, &token) else {
        return Ok(LinkState::Invalid);
    };
    if used(&ctx.state, &link).await? {
        return Ok(LinkState::Invalid);
    }
    let what = action_text(&link.action)
        .unwrap_or(i18n::ACT_OTHER)
        .get(ctx.lang)
        .to_owned();
    let restore_email = (link.action == "email.changed")
        .then(|| link.old_email.clone())
        .flatten();
    Ok(LinkState::Valid {
        what,
        restore_email,
    })
}

/// What securing the account did, in words.
#[derive(Debug, Default)]
pub struct Secured {
    pub done: Vec<String>,
    pub failed: Vec<String>,
    /// A code waits at this address for the new password.
    pub code_sent: bool,
}

/// Ends every session, puts an email change back, sends the code for a new password. `None`:
/// the link is not (or no longer) good. A step Logto could not do leaves the link usable.
pub async fn secure(state: &AppState, token: &str, lang: Lang) -> Option<Secured> {
    let link = open(state, token)?;
    if used(state, &link).await.unwrap_or(true) {
        return None;
    }
    let mut out = Secured::default();
    // Each try sends a code: a link is not a way to flood the address.
    let tries = state
        .shared
        .hit(&format!("not-me-secure:{}", link.notice), 3600)
        .await;
    let Ok(tries) = tries else {
        out.failed
            .push(i18n::NOT_ME_STEP_FAILED.get(lang).to_owned());
        return Some(out);
    };
    if tries.hits > SECURE_TRIES {
        let wait = i18n::wait_time(
            lang,
            (tries.resets_at - state.clock.now_secs()).max(1) as u64,
        );
        out.failed
            .push(i18n::ERROR_RATE_LIMITED.fill(lang, &[&wait]));
        return Some(out);
    }
    step(&mut out, end_everything(state, &link.user, lang).await);
    if link.action == "email.changed" {
        if let Some(old) = &link.old_email {
            step(&mut out, restore_email(state, &link.user, old, lang).await);
        }
    }
    match send_code(state, &link).await {
        Ok(Some(to)) => {
            out.done.push(i18n::NOT_ME_DONE_CODE.fill(lang, &[&to]));
            out.code_sent = true;
        }
        Ok(None) => out
            .failed
            .push(i18n::NOT_ME_NO_ADDRESS.get(lang).to_owned()),
        Err(e) => {
            e.log();
            out.failed
                .push(i18n::NOT_ME_STEP_FAILED.get(lang).to_owned());
        }
    }
    tracing::info!(
        done = out.done.len(),
        failed = out.failed.len(),
        "an account was secured from a notice's link"
    );
    Some(out)
}

fn step(out: &mut Secured, result: Result<Vec<String>, ServerError>) {
    match result {
        Ok(lines) => out.done.extend(lines),
        Err(e) => {
            e.log();
            out.failed
                .push(i18n::NOT_ME_STEP_FAILED.get(Lang::default()).to_owned());
        }
    }
}

/// This app's sessions, then Logto's sessions and grants where Logto can end them.
async fn end_everything(
    state: &AppState,
    user: &str,
    lang: Lang,
) -> Result<Vec<String>, ServerError> {
    // Counted as the user sees them listed (not the ids proofs replaced, ended with them).
    let live = state.auth.index.live(user).await?.len();
    state.auth.index.end_others(user, None).await?;
    let mut lines = vec![i18n::NOT_ME_DONE_SESSIONS.fill(lang, &[&live.to_string()])];
    let management = &state.management;
    let Some(sessions) = management.sessions(user).await? else {
        lines.push(i18n::NOT_ME_LOGTO_CANNOT.get(lang).to_owned());
        return Ok(lines);
    };
    for session in sessions {
        management
            .revoke_session(user, &session.payload.uid)
            .await?;
    }
    for grant in management.grants(user).await?.unwrap_or_default() {
        management.revoke_grant(user, &grant.id).await?;
    }
    lines.push(i18n::NOT_ME_DONE_LOGTO.get(lang).to_owned());
    Ok(lines)
}

async fn restore_email(
    state: &AppState,
    user: &str,
    old: &str,
    lang: Lang,
) -> Result<Vec<String>, ServerError> {
    let mut patch = UserPatch::default();
    patch.set("primaryEmail", Some(old.to_owned()));
    match state.management.update_user(user, &patch).await {
        Ok(_) => Ok(vec![i18n::NOT_ME_DONE_EMAIL.fill(lang, &[old])]),
        Err(e) if e.code() == Some("user.email_already_in_use") => {
            Ok(vec![i18n::NOT_ME_EMAIL_TAKEN.fill(lang, &[old])])
        }
        Err(e) => Err(e.into()),
    }
}

/// Where the code for a new password goes: the address before an email change, else the
/// account's email now.
async fn code_address(state: &AppState, link: &NotMe) -> Result<Option<String>, LogtoError> {
    if link.action == "email.changed" {
        if let Some(old) = &link.old_email {
            return Ok(Some(old.clone()));
        }
    }
    Ok(state.management.get_user(&link.user).await?.primary_email)
}

async fn send_code(state: &AppState, link: &NotMe) -> Result<Option<String>, ServerError> {
    let Some(to) = code_address(state, link).await? else {
        return Ok(None);
    };
    state
        .management
        .send_code(&Recipient::Email(to.clone()))
        .await?;
    Ok(Some(to))
}

/// The new password, with the code sent to the address; the link is used up after it.
pub async fn reset_password(
    state: &AppState,
    token: &str,
    code: &str,
    new: &str,
    repeat: &str,
    lang: Lang,
) -> Result<(), ServerError> {
    let link = open(state, token).ok_or(ServerError::NotFound("a not-me link"))?;
    if used(state, &link).await? {
        return Err(ServerError::NotFound("a not-me link"));
    }
    if new != repeat {
        return Err(ServerError::invalid("repeat", i18n::PASSWORD_MISMATCH));
    }
    let tries = state
        .shared
        .hit(&format!("not-me-code:{}", link.notice), 3600)
        .await?;
    if tries.hits > CODE_TRIES {
        return Err(ServerError::invalid("code", i18n::CODE_TOO_MANY_TRIES));
    }
    let to = code_address(state, &link)
        .await?
        .ok_or(ServerError::NotFound("a not-me link"))?;
    let code: String = code.chars().filter(char::is_ascii_digit).collect();
    match state
        .management
        .verify_code(&Recipient::Email(to), &code)
        .await
    {
        Ok(()) => {}
        Err(e) if e.status() == Some(400) => {
            return Err(ServerError::invalid("code", i18n::CODE_MISMATCH))
        }
        Err(e) => return Err(e.into()),
    }
    let issues = state.management.check_password(&link.user, new).await?;
    if !issues.is_empty() {
        return Err(ServerError::invalid("new", i18n::NOT_ME_PASSWORD_REFUSED));
    }
    state.management.set_password(&link.user, new).await?;
    // Anyone who signed in meanwhile is out again; the link is spent.
    state.auth.index.end_others(&link.user, None).await?;
    state
        .shared
        .mark(&used_key(&link), 1, link.expires_at)
        .await?;
    let _ = lang;
    tracing::info!("a new password was set from a notice's link");
    Ok(())
}
