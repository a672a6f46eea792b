//! Security notices by email (OWASP ASVS V2.5.5/V3.7): after a password, email or phone change,
//! a second step added or removed, a linked account removed, the other sessions signed out, or
//! a sign-in from a new browser, the user gets a short email in their language — to the old
//! address as well when the email changed — with a "This wasn't me" link
//! (`features::not_me`). Sent over SMTP (`SMTP_URL`) with `lettre`; every notice is first
//! written, sealed, to an outbox in the app's database, so a mail server that is down delays it
//! and never fails the change.

pub mod message;
mod outbox;

use std::{sync::Arc, time::Duration};

use lettre::{
    message::{Mailbox, MultiPart},
    AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor,
};
use serde::{Deserialize, Serialize};

use self::message::{render, Email, Facts};
use super::{
    crypto::{random_token, Sealer},
    db::Db,
};
use crate::i18n::Lang;

/// The actions that send a notice (`server::activity` names).
pub const NOTIFIED: &[&str] = &[
    "password.changed",
    "password.set",
    "email.changed",
    "email.removed",
    "phone.changed",
    "phone.removed",
    "totp.added",
    "totp.replaced",
    "passkey.added",
    "backup_codes.created",
    "factor.removed",
    "identity.unlinked",
    "sessions.ended_others",
    "sign_in.new_browser",
];

/// How long a "This wasn't me" link works.
pub const LINK_DAYS: i64 = 7;
/// A notice that could not be sent for this long is dropped (and logged).
const GIVE_UP_SECS: i64 = 3 * 86_400;

/// A change to tell the user about.
#[derive(Debug, Clone)]
pub struct Change<'a> {
    pub user_id: &'a str,
    pub action: &'a str,
    pub name: Option<&'a str>,
    /// The account's email address now (none: no notice can be sent).
    pub email: Option<&'a str>,
    /// For an email change: the address before it, which gets the notice too.
    pub old_email: Option<&'a str>,
    pub at: i64,
    pub user_agent: &'a str,
    pub ip: &'a str,
    pub lang: Lang,
}

impl<'a> Change<'a> {
    /// A change made by (or for) a signed-in user: their name and address from the session.
    pub fn of_session(
        auth: &'a super::auth::AuthSession,
        action: &'a str,
        at: i64,
        user_agent: &'a str,
        ip: &'a str,
        lang: Lang,
    ) -> Change<'a> {
        let claim = |k: &str| auth.claims.get(k).and_then(|v| v.as_str());
        Change {
            user_id: &auth.user_id,
            action,
            name: claim("name").or(claim("username")),
            email: claim("email"),
            old_email: None,
            at,
            user_agent,
            ip,
            lang,
        }
    }
}

/// What a "This wasn't me" link carries, sealed: whose change, which one, and until when.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NotMe {
    pub user: String,
    pub notice: String,
    pub action: String,
    /// The address before an email change (where it is put back, and the reset code goes).
    pub old_email: Option<String>,
    pub expires_at: i64,
}

pub struct Notices {
    db: Db,
    /// Seals the outbox's emails.
    sealer: Arc<Sealer>,
    /// Seals the "This wasn't me" links.
    links: Arc<Sealer>,
    mailer: Option<AsyncSmtpTransport<Tokio1Executor>>,
    from: Mailbox,
    public_url: String,
    retry_every: Duration,
    clock: crate::server::clock::Clock,
}

#[derive(Debug, thiserror::Error)]
pub enum NoticeError {
    #[error("SMTP_URL: {0}")]
    Url(#[source] lettre::transport::smtp::Error),
    #[error("NOTICE_FROM: {0}")]
    From(#[source] lettre::address::AddressError),
}

pub struct Settings<'a> {
    pub smtp_url: Option<&'a str>,
    pub from: &'a str,
    pub public_url: &'a str,
    pub retry_every: Duration,
    pub clock: crate::server::clock::Clock,
}

impl Notices {
    pub fn new(
        db: Db,
        sealer: Arc<Sealer>,
        links: Arc<Sealer>,
        settings: Settings,
    ) -> Result<Notices, NoticeError> {
        let mailer = match settings.smtp_url {
            Some(url) => Some(
                AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
                    .map_err(NoticeError::Url)?
                    .timeout(Some(Duration::from_secs(10)))
                    .build(),
            ),
            None => None,
        };
        Ok(Notices {
            db,
            sealer,
            links,
            mailer,
            from: settings.from.parse().map_err(NoticeError::From)?,
            clock: settings.clock,
            public_url: settings.public_url.trim_end_matches('/').to_owned(),
            retry_every: settings.retry_every,
        })
    }

    /// Queues the notice of `change` (when it is one that notifies and there is an address) and
    /// tries to send it at once, in the background.
    pub async fn notify(self: &Arc<Self>, change: &Change<'_>) {
        if self.mailer.is_none() || !NOTIFIED.contains(&change.action) {
            return;
        }
        let mut recipients: Vec<&str> = change.email.into_iter().collect();
        if let Some(old) = change.old_email.filter(|o| Some(*o) != change.email) {
            recipients.push(old);
        }
        if recipients.is_empty() {
            tracing::info!(action = change.action, "no email address: no notice");
            return;
        }
        for to in recipients {
            if let Err(e) = self.queue(change, to).await {
                tracing::error!(error = %e, action = change.action, "could not queue a notice");
            }
        }
        let me = self.clone();
        tokio::spawn(async move { me.deliver_due().await });
    }

    /// A sign-in (this app's, or any app's through Logto's `PostSignIn` webhook): a browser the
    /// user never signed in with before gets a notice — except the very first one. Browsers are
    /// told apart as people name them ("Firefox on Linux"), so an update is not a new browser.
    pub async fn sign_in_seen(self: &Arc<Self>, change: &Change<'_>) {
        let browser = super::device::describe(change.user_agent, Lang::En);
        let browser = super::crypto::digest_hex(browser.as_bytes());
        let first = match self.db.known_browsers(change.user_id).await {
            Ok(known) => known == 0,
            Err(e) => return tracing::warn!(error = %e, "could not read the known browsers"),
        };
        match self
            .db
            .remember_browser(change.user_id, &browser, change.at)
            .await
        {
            Ok(true) if !first => {
                let change = Change {
                    action: "sign_in.new_browser",
                    ..change.clone()
                };
                self.notify(&change).await;
            }
            Ok(_) => {}
            Err(e) => tracing::warn!(error = %e, "could not remember the browser"),
        }
    }

    async fn queue(&self, change: &Change<'_>, to: &str) -> Result<(), super::db::DbError> {
        let id = random_token();
        let link = self.not_me_link(&NotMe {
            user: change.user_id.to_owned(),
            notice: id.clone(),
            action: change.action.to_owned(),
            old_email: change.old_email.map(String::from),
            expires_at: change.at + LINK_DAYS * 86_400,
        });
        let facts = Facts {
            action: change.action,
            addresses: change.old_email.zip(change.email),
            name: change.name,
            at: change.at,
            user_agent: change.user_agent,
            ip: change.ip,
            lang: change.lang,
        };
        let email = render(&facts, to, &link);
        let sealed = self
            .sealer
            .seal(&serde_json::to_vec(&email).unwrap_or_default());
        self.db
            .queue_notice(
                &self.public_url,
                &id,
                change.user_id,
                &sealed,
                self.clock.now_secs(),
            )
            .await
    }

    fn not_me_link(&self, not_me: &NotMe) -> String {
        let sealed = self
            .links
            .seal(&serde_json::to_vec(not_me).unwrap_or_default());
        let mut url = url::Url::parse(&format!("{}/not-me", self.public_url))
            .expect("the public URL is a URL");
        url.query_pairs_mut().append_pair("t", &sealed);
        url.to_string()
    }

    /// What a link carries, if this app sealed it and it has not expired.
    pub fn open_link(&self, token: &str, now: i64) -> Option<NotMe> {
        let plain = self.links.open(token)?;
        let not_me: NotMe = serde_json::from_slice(&plain).ok()?;
        (not_me.expires_at > now).then_some(not_me)
    }

    /// Sends what is due; a failure is logged and tried again later.
    pub async fn deliver_due(&self) {
        let Some(mailer) = &self.mailer else {
            return;
        };
        let now = self.clock.now_secs();
        match self
            .db
            .drop_stale_notices(&self.public_url, now - GIVE_UP_SECS)
            .await
        {
            Ok(0) => {}
            Ok(n) => tracing::error!(dropped = n, "notices could not be sent for 3 days"),
            Err(e) => tracing::warn!(error = %e, "could not drop stale notices"),
        }
        let due = match self.db.claim_due_notices(&self.public_url, now, 50).await {
            Ok(due) => due,
            Err(e) => return tracing::warn!(error = %e, "could not read the notice outbox"),
        };
        for queued in due {
            let result = match self.email(&queued.message) {
                Some(email) => send(mailer, &self.from, email).await,
                None => Err("the notice could not be opened".into()),
            };
            let saved = match result {
                Ok(()) => self.db.notice_sent(&queued.id).await,
                Err(e) => {
                    tracing::warn!(error = %e, attempts = queued.attempts + 1, "notice not sent; will retry");
                    let wait = self.backoff(queued.attempts);
                    self.db.notice_failed(&queued.id, now + wait).await
                }
            };
            if let Err(e) = saved {
                tracing::warn!(error = %e, "could not update the notice outbox");
            }
        }
    }

    fn email(&self, sealed: &str) -> Option<Email> {
        serde_json::from_slice(&self.sealer.open(sealed)?).ok()
    }

    /// `NOTICE_RETRY_SECS` doubled per failed attempt, at most an hour.
    fn backoff(&self, attempts: i64) -> i64 {
        let base = self.retry_every.as_secs().max(1) as i64;
        (base << attempts.clamp(0, 12)).min(3600)
    }

    /// Tries the outbox every `NOTICE_RETRY_SECS` for as long as the app runs.
    pub fn deliver_every(self: Arc<Self>) {
        if self.mailer.is_none() {
            return;
        }
        tokio::spawn(async move {
            let mut tick = tokio::time::interval(self.retry_every);
            loop {
                tick.tick().await;
                self.deliver_due().await;
            }
        });
    }
}

async fn send(
    mailer: &AsyncSmtpTransport<Tokio1Executor>,
    from: &Mailbox,
    email: Email,
) -> Result<(), Box<dyn std::error::Error + Send + Sync>> {
    let message = Message::builder()
        .from(from.clone())
        .to(email.to.parse()?)
        .subject(email.subject)
        .multipart(MultiPart::alternative_plain_html(email.text, email.html))?;
    mailer.send(message).await?;
    Ok(())
}
