//! The two-step pages: the list, the authenticator-app setup, the new backup codes. Plain forms.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;
use serde::{Deserialize, Serialize};

use super::{
    backup_codes_view, totp_view, two_step_view, AtSignIn, FactorRow, TotpSetup, TwoStepState,
};
use super::{TOTP_PATH, TWO_STEP_PATH};
use crate::error::AppError;
use crate::features::confirm::confirm_href;
use crate::features::passkey::AddPasskey;
use crate::i18n::{self, use_lang, Lang};
use crate::ui::{text_data_url, CodeField, EnhancedForms, ListRow, Loaded, LoadedOrGone, Notice};

/// A refused step, for the page rendered again by the form post.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TwoStepEcho {
    pub error: AppError,
}

/// The echo's message for a field, and whether it is for no field (shown on top).
fn field_message(echo: &Option<TwoStepEcho>, field: &str) -> Option<String> {
    echo.as_ref().and_then(|e| {
        e.error
            .field_messages()
            .into_iter()
            .find(|(f, _)| *f == field)
            .map(|(_, m)| m.to_owned())
    })
}

/// The page frame every two-step page shares: title, background forms, the echo's message.
#[component]
fn Frame(
    title: &'static str,
    echo: Option<TwoStepEcho>,
    lang: Lang,
    children: Children,
) -> impl IntoView {
    let general = echo
        .filter(|e| e.error.field() != Some("code"))
        .map(|e| view! { <Notice kind="error" text=e.error.message(lang) /> });
    view! {
        <Title text=title />
        <div class="narrow-page">
            <h1 class="page-title">{title}</h1>
            <EnhancedForms offline=i18n::ERROR_NETWORK.get(lang).to_owned() />
            {general}
            {children()}
        </div>
    }
}

#[component]
pub fn TwoStepPage() -> impl IntoView {
    let lang = use_lang();
    let state = Resource::new_blocking(|| (), |_| two_step_view());
    let echo = use_context::<TwoStepEcho>();
    let done = use_query_map().with_untracked(|q| q.get("done"));
    let notice = match done.as_deref() {
        Some("totp") => Some(i18n::TOTP_ON),
        Some("replaced") => Some(i18n::TOTP_REPLACED),
        Some("cancelled") => Some(i18n::TOTP_CANCELLED),
        Some("removed") => Some(i18n::FACTOR_REMOVED),
        Some("asked") => Some(i18n::AT_SIGN_IN_ASKED),
        Some("not_asked") => Some(i18n::AT_SIGN_IN_STOPPED),
        Some("passkey") => Some(i18n::PASSKEY_ADDED),
        _ => None,
    }
    .map(|text| view! { <Notice kind="success" text=text.get(lang).to_owned() /> });
    view! {
        <Frame title=i18n::TWO_STEP_TITLE.get(lang) echo lang>
            {notice}
            <p class="lead">{i18n::TWO_STEP_LEAD.get(lang)}</p>
            <Loaded data=state found=move |state| view! { <Factors state lang /> } />
        </Frame>
    }
}

fn kind_name(kind: &str) -> &'static str {
    match kind {
        "Totp" => "totp",
        "BackupCode" => "backup",
        _ => "passkey",
    }
}

#[component]
fn Factors(state: TwoStepState, lang: Lang) -> impl IntoView {
    let TwoStepState {
        factors,
        proved,
        totp_pending,
        at_sign_in,
        passkey,
    } = state;
    let has_totp = factors.iter().any(|f| f.kind == "Totp");
    let has_codes = factors.iter().any(|f| f.kind == "BackupCode");
    let has_other = factors.iter().any(|f| f.kind != "BackupCode");
    let empty = factors.is_empty();
    let rows = factors
        .into_iter()
        .map(|f| view! { <Factor factor=f proved lang /> })
        .collect_view();
    let unfinished = totp_pending.then(|| {
        view! {
            <p class="notice warn" role="status">
                {i18n::TOTP_UNFINISHED.get(lang)} " "
                <a href=TOTP_PATH>{i18n::TOTP_FINISH.get(lang)}</a>
            </p>
        }
    });
    let actions = if proved {
        let add_totp = (!has_totp).then(|| {
            view! {
                <form method="post" action="/security/two-step/totp/start">
                    <button type="submit" class="button">{i18n::TOTP_ADD.get(lang)}</button>
                </form>
            }
        });
        let codes = has_other.then(|| {
            let label = if has_codes {
                i18n::BACKUP_RENEW
            } else {
                i18n::BACKUP_NEW
            };
            view! {
                <form method="post" action="/security/two-step/backup-codes/new">
                    <button type="submit" class="button secondary">{label.get(lang)}</button>
                </form>
            }
        });
        view! { <div class="form-actions">{add_totp} {codes}</div> }.into_any()
    } else {
        view! {
            <p class="muted">
                {i18n::TWO_STEP_CONFIRM_FIRST.get(lang)} " "
                <a href=confirm_href(TWO_STEP_PATH, false)>{i18n::CONFIRM_TITLE.get(lang)}</a>
            </p>
        }
        .into_any()
    };
    view! {
        {unfinished}
        <section class="card">
            {if empty {
                view! { <p>{i18n::TWO_STEP_NONE.get(lang)}</p> }.into_any()
            } else {
                view! { <ul class="sessions">{rows}</ul> }.into_any()
            }}
            {actions}
        </section>
        <AddPasskey adding=passkey lang />
        <SignInStep state=at_sign_in proved lang />
    }
}

/// Whether sign-in asks for a second step, with the user's switch where it is theirs.
#[component]
fn SignInStep(state: AtSignIn, proved: bool, lang: Lang) -> impl IntoView {
    let (text, switch) = match state {
        AtSignIn::NotAsked => (i18n::AT_SIGN_IN_NOT_ASKED, None),
        AtSignIn::NothingToAsk => (i18n::AT_SIGN_IN_NOTHING, None),
        AtSignIn::Always => (i18n::AT_SIGN_IN_ALWAYS, None),
        AtSignIn::ByRisk => (i18n::AT_SIGN_IN_BY_RISK, None),
        AtSignIn::Choice { ask: true } => (
            i18n::AT_SIGN_IN_ON,
            Some(("off", i18n::AT_SIGN_IN_TURN_OFF)),
        ),
        AtSignIn::Choice { ask: false } => {
            (i18n::AT_SIGN_IN_OFF, Some(("on", i18n::AT_SIGN_IN_TURN_ON)))
        }
    };
    let class = if state == (AtSignIn::Choice { ask: false }) {
        "notice warn"
    } else {
        ""
    };
    let switch = switch.filter(|_| proved).map(|(value, label)| {
        view! {
            <form method="post" action="/security/two-step/at-sign-in">
                <input type="hidden" name="ask" value=value />
                <button type="submit" class="button secondary">{label.get(lang)}</button>
            </form>
        }
    });
    view! {
        <section class="card" aria-labelledby="at-sign-in-title">
            <h2 id="at-sign-in-title">{i18n::AT_SIGN_IN_TITLE.get(lang)}</h2>
            <p class=class>{text.get(lang)}</p>
            {switch}
        </section>
    }
}

#[component]
fn Factor(factor: FactorRow, proved: bool, lang: Lang) -> impl IntoView {
    let name = match kind_name(&factor.kind) {
        "totp" => i18n::FACTOR_TOTP,
        "backup" => i18n::FACTOR_BACKUP,
        _ => i18n::FACTOR_PASSKEY,
    }
    .get(lang);
    let meta = [
        Some(i18n::FACTOR_ADDED.fill(lang, &[&factor.added])),
        factor.detail,
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" · ");
    let replace = (proved && factor.kind == "Totp").then(|| {
        view! {
            <form method="post" action="/security/two-step/totp/replace">
                <button type="submit" class="button secondary">
                    {i18n::TOTP_REPLACE.get(lang)}
                    <span class="visually-hidden">{format!(" – {name}")}</span>
                </button>
            </form>
        }
    });
    let remove = proved.then(|| {
        view! {
            <form method="post" action="/security/two-step/remove">
                <input type="hidden" name="factor" value=factor.id />
                <button type="submit" class="button secondary">
                    {i18n::CONTACT_REMOVE.get(lang)}
                    <span class="visually-hidden">{format!(" – {name}")}</span>
                </button>
            </form>
        }
    });
    let meta = Some(view! { {meta} }.into_any());
    let action =
        proved.then(|| view! { <div class="row-actions">{replace} {remove}</div> }.into_any());
    view! { <ListRow title=name badge=None meta action /> }
}

#[component]
pub fn TotpPage() -> impl IntoView {
    let lang = use_lang();
    let setup = Resource::new_blocking(|| (), |_| totp_view());
    let echo = use_context::<TwoStepEcho>();
    let code_error = field_message(&echo, "code");
    view! {
        <Frame title=i18n::TOTP_TITLE.get(lang) echo lang>
            <LoadedOrGone
                data=setup
                found=move |setup| {
                    let code_error = code_error.clone();
                    view! { <Totp setup code_error lang /> }
                }
                missing=move || {
                    view! {
                        <p>{i18n::TOTP_NOTHING.get(lang)}</p>
                        <p><a href=TWO_STEP_PATH>{i18n::TWO_STEP_TITLE.get(lang)}</a></p>
                    }
                }
            />
        </Frame>
    }
}

#[component]
fn Totp(setup: TotpSetup, code_error: Option<String>, lang: Lang) -> impl IntoView {
    view! {
        <section class="card">
            {setup.replacing.then(|| view! { <p class="notice warn">{i18n::TOTP_REPLACING.get(lang)}</p> })}
            <p>{i18n::TOTP_SCAN.get(lang)}</p>
            <div class="qr" role="img" aria-label=i18n::TOTP_QR.get(lang) inner_html=setup.qr_svg></div>
            <p>
                {i18n::TOTP_KEY.get(lang)} ": "
                <code class="totp-key">{setup.key_groups.join(" ")}</code>
            </p>
            <p>{i18n::TOTP_CODE_LEAD.get(lang)}</p>
            <form method="post" action="/security/two-step/totp/verify">
                <CodeField id="totp-code" error=code_error mailbox=None lang />
                <div class="form-actions">
                    <button type="submit" class="button">{i18n::TOTP_TURN_ON.get(lang)}</button>
                </div>
            </form>
            <form method="post" action="/security/two-step/totp/cancel">
                <button type="submit" class="button secondary">{i18n::TOTP_CANCEL.get(lang)}</button>
            </form>
        </section>
    }
}

#[component]
pub fn BackupCodesPage() -> impl IntoView {
    let lang = use_lang();
    let codes = Resource::new_blocking(|| (), |_| backup_codes_view());
    view! {
        <Frame title=i18n::BACKUP_TITLE.get(lang) echo=None lang>
            <LoadedOrGone
                data=codes
                found=move |codes| view! { <Codes codes lang /> }
                missing=move || {
                    view! {
                        <p>{i18n::BACKUP_GONE.get(lang)}</p>
                        <p><a href=TWO_STEP_PATH>{i18n::TWO_STEP_TITLE.get(lang)}</a></p>
                    }
                }
            />
        </Frame>
    }
}

#[component]
fn Codes(codes: Vec<String>, lang: Lang) -> impl IntoView {
    // The file is the page's own data: no second request, nothing kept on the server.
    let file = format!(
        "{}\n\n{}\n",
        i18n::BACKUP_FILE_HEADER.fill(lang, &[i18n::TITLE_SUFFIX.get(lang)]),
        codes.join("\n")
    );
    let href = text_data_url(&file);
    let all = codes.join("\n");
    view! {
        <section class="card">
            <p>{i18n::BACKUP_LEAD.get(lang)}</p>
            <ol class="backup-codes">
                {codes.into_iter().map(|c| view! { <li><code>{c}</code></li> }).collect_view()}
            </ol>
            <div class="form-actions">
                // Shown by the page's script, which does the copying.
                <button
                    type="button"
                    class="button secondary"
                    data-copy=all
                    data-copied=i18n::BACKUP_COPIED.get(lang)
                    hidden
                >
                    {i18n::BACKUP_COPY.get(lang)}
                </button>
                <a class="button secondary" href=href download="backup-codes.txt">
                    {i18n::BACKUP_DOWNLOAD.get(lang)}
                </a>
                <a class="button" href=TWO_STEP_PATH>{i18n::BACKUP_DONE.get(lang)}</a>
            </div>
        </section>
    }
}
