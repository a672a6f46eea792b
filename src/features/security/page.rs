//! The security page: how you sign in, where you're signed in. Plain forms.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;
use serde::{Deserialize, Serialize};

use super::{
    api::score, security_view, CheckPoint, CheckStatus, IdentityRow, SecurityState, SECURITY_PATH,
};
use crate::error::AppError;
use crate::features::confirm::confirm_href;
use crate::features::confirm::Channel;
use crate::features::contact::contact_path;
use crate::features::password::PASSWORD_PATH;
use crate::features::sessions::SESSIONS_PATH;
use crate::features::tokens::TOKENS_PATH;
use crate::features::two_step::TWO_STEP_PATH;
use crate::i18n::{self, use_lang, Lang, Text};
use crate::ui::{EnhancedForms, ListRow, Loaded, Notice};

/// A refused sign-out, for the page rendered again by the form post.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SecurityEcho {
    pub error: AppError,
}

#[component]
pub fn SecurityPage() -> impl IntoView {
    let lang = use_lang();
    let state = Resource::new_blocking(|| (), |_| security_view());
    let echo = use_context::<SecurityEcho>();
    let done = use_query_map().with_untracked(|q| q.get("done"));
    let notice = match done.as_deref() {
        Some("unlinked") => Some(i18n::LINKED_UNLINKED),
        _ => None,
    }
    .map(|text| view! { <Notice kind="success" text=text.get(lang).to_owned() /> });
    view! {
        <Title text=i18n::SECURITY_TITLE.get(lang) />
        <div class="narrow-page">
            <h1 class="page-title">{i18n::SECURITY_TITLE.get(lang)}</h1>
            <EnhancedForms offline=i18n::ERROR_NETWORK.get(lang).to_owned() />
            {notice}
            {echo.map(|e| view! { <Notice kind="error" text=e.error.message(lang) /> })}
            <Loaded data=state found=move |state| view! { <Security state lang /> } />
        </div>
    }
}

#[component]
fn Security(state: SecurityState, lang: Lang) -> impl IntoView {
    let SecurityState {
        has_password,
        email,
        phone,
        proved,
        identities,
        checkup,
    } = state;
    let password = if has_password {
        i18n::SECURITY_PASSWORD_SET
    } else {
        i18n::SECURITY_PASSWORD_NONE
    };
    view! {
        <Checkup points=checkup lang />
        <section class="card" aria-labelledby="methods-title">
            <h2 id="methods-title">{i18n::SECURITY_METHODS.get(lang)}</h2>
            <dl class="methods">
                <Method
                    name=i18n::NAV_PASSWORD
                    value=password.get(lang).to_owned()
                    href=PASSWORD_PATH
                    add=!has_password
                    lang
                />
                <Method
                    name=i18n::CONTACT_EMAIL_TITLE
                    add=email.is_none()
                    value=email.unwrap_or_else(|| i18n::CONTACT_NONE.get(lang).to_owned())
                    href=contact_path(Channel::Email)
                    lang
                />
                <Method
                    name=i18n::CONTACT_PHONE_TITLE
                    add=phone.is_none()
                    value=phone.unwrap_or_else(|| i18n::CONTACT_NONE.get(lang).to_owned())
                    href=contact_path(Channel::Phone)
                    lang
                />
                <div class="method">
                    <dt>{i18n::TWO_STEP_TITLE.get(lang)}</dt>
                    <dd>{i18n::TWO_STEP_SUMMARY.get(lang)}</dd>
                    <dd>
                        <a href=TWO_STEP_PATH>
                            {i18n::TWO_STEP_MANAGE.get(lang)}
                            <span class="visually-hidden">
                                {format!(" – {}", i18n::TWO_STEP_TITLE.get(lang))}
                            </span>
                        </a>
                    </dd>
                </div>
                <div class="method">
                    <dt>{i18n::SESSIONS_TITLE.get(lang)}</dt>
                    <dd>{i18n::SESSIONS_REVIEW.get(lang)}</dd>
                    <dd>
                        <a href=SESSIONS_PATH>
                            {i18n::CHECK_REVIEW.get(lang)}
                            <span class="visually-hidden">
                                {format!(" – {}", i18n::SESSIONS_TITLE.get(lang))}
                            </span>
                        </a>
                    </dd>
                </div>
                <div class="method">
                    <dt>{i18n::TOKENS_TITLE.get(lang)}</dt>
                    <dd>{i18n::TOKENS_SUMMARY.get(lang)}</dd>
                    <dd>
                        <a href=TOKENS_PATH>
                            {i18n::TWO_STEP_MANAGE.get(lang)}
                            <span class="visually-hidden">
                                {format!(" – {}", i18n::TOKENS_TITLE.get(lang))}
                            </span>
                        </a>
                    </dd>
                </div>
            </dl>
        </section>
        <LinkedAccounts identities proved lang />
    }
}

#[component]
fn LinkedAccounts(identities: Vec<IdentityRow>, proved: bool, lang: Lang) -> impl IntoView {
    let any_unlinkable = identities.iter().any(|i| i.can_unlink);
    let rows = identities
        .into_iter()
        .map(|i| {
            let action = if !i.can_unlink {
                Some(
                    view! { <p class="muted small">{i18n::LINKED_LAST_WAY.get(lang)}</p> }
                        .into_any(),
                )
            } else if proved {
                Some(
                    view! {
                        <form method="post" action="/security/identities/unlink">
                            <input type="hidden" name="target" value=i.target />
                            <button type="submit" class="button secondary">
                                {i18n::LINKED_UNLINK.get(lang)}
                                <span class="visually-hidden">{format!(" – {}", i.provider)}</span>
                            </button>
                        </form>
                    }
                    .into_any(),
                )
            } else {
                None
            };
            let meta = i.account.map(|a| view! { {a} }.into_any());
            view! { <ListRow title=i.provider badge=None meta action /> }
        })
        .collect_view();
    let empty = rows.is_empty();
    view! {
        <section class="card" aria-labelledby="linked-title">
            <h2 id="linked-title">{i18n::LINKED_TITLE.get(lang)}</h2>
            <p class="muted">{i18n::LINKED_LEAD.get(lang)}</p>
            {if empty {
                view! { <p>{i18n::LINKED_NONE.get(lang)}</p> }.into_any()
            } else {
                view! { <ul class="sessions">{rows}</ul> }.into_any()
            }}
            {(any_unlinkable && !proved).then(|| confirm_first(i18n::LINKED_CONFIRM_FIRST, lang))}
        </section>
    }
}

/// One way to sign in, with the link to change (or add) it.
#[component]
fn Method(name: Text, value: String, href: &'static str, add: bool, lang: Lang) -> impl IntoView {
    let action = if add {
        i18n::SECURITY_ADD
    } else {
        i18n::SECURITY_CHANGE
    };
    view! {
        <div class="method">
            <dt>{name.get(lang)}</dt>
            <dd>{value}</dd>
            <dd>
                <a href=href>
                    {action.get(lang)}
                    <span class="visually-hidden">{format!(" – {}", name.get(lang))}</span>
                </a>
            </dd>
        </div>
    }
}

/// Where the sign-out buttons would be without a proof: the way to get one.
fn confirm_first(why: Text, lang: Lang) -> impl IntoView {
    view! {
        <p class="muted">
            {why.get(lang)} " "
            <a href=confirm_href(SECURITY_PATH, false)>{i18n::CONFIRM_TITLE.get(lang)}</a>
        </p>
    }
}

/// The check-up card: the score, then each point with its status in words and its fix.
#[component]
fn Checkup(points: Vec<CheckPoint>, lang: Lang) -> impl IntoView {
    let (done, scored) = score(&points);
    let lead = if done == scored {
        i18n::CHECKUP_ALL_GOOD
    } else {
        i18n::CHECKUP_TO_DO
    };
    let rows = points
        .into_iter()
        .map(|p| {
            let (class, label) = match p.status {
                CheckStatus::Good => ("check good", i18n::CHECK_GOOD),
                CheckStatus::Fix => ("check fix", i18n::CHECK_FIX),
                CheckStatus::Info => ("check info", i18n::CHECK_INFO),
            };
            view! {
                <li class=class>
                    <span class="check-status">{label.get(lang)}</span>
                    <div class="check-text">
                        <strong>{p.title.clone()}</strong>
                        <span class="muted">{p.detail}</span>
                    </div>
                    <a href=p.href>
                        {p.action}
                        <span class="visually-hidden">{format!(" – {}", p.title)}</span>
                    </a>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="card" aria-labelledby="checkup-title">
            <h2 id="checkup-title">{i18n::CHECKUP_TITLE.get(lang)}</h2>
            <p class="checkup-score">
                <strong>{i18n::CHECKUP_SCORE.fill(lang, &[&done.to_string(), &scored.to_string()])}</strong>
                " "
                <span class="muted">{lead.get(lang)}</span>
            </p>
            <progress class="checkup-bar" aria-hidden="true" value=done max=scored></progress>
            <ul class="checkup">{rows}</ul>
        </section>
    }
}
