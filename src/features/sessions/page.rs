//! The sessions page: where you're signed in, here and at Logto. Plain forms.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;
use serde::{Deserialize, Serialize};

use super::{sessions_view, AppSessionRow, LogtoSessionRow, SessionsState, SESSIONS_PATH};
use crate::error::AppError;
use crate::features::confirm::confirm_href;
use crate::i18n::{self, use_lang, Lang, Text};
use crate::ui::{EnhancedForms, ListRow, Loaded, Notice};

/// A refused sign-out, for the page rendered again by the form post.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SessionsEcho {
    pub error: AppError,
}

#[component]
pub fn SessionsPage() -> impl IntoView {
    let lang = use_lang();
    let state = Resource::new_blocking(|| (), |_| sessions_view());
    let echo = use_context::<SessionsEcho>();
    let done = use_query_map().with_untracked(|q| q.get("done"));
    let notice = match done.as_deref() {
        Some("ended") => Some(i18n::SESSION_ENDED),
        Some("others") => Some(i18n::SESSIONS_OTHERS_ENDED),
        Some("logto") => Some(i18n::LOGTO_SESSION_ENDED),
        _ => None,
    }
    .map(|text| view! { <Notice kind="success" text=text.get(lang).to_owned() /> });
    view! {
        <Title text=i18n::SESSIONS_TITLE.get(lang) />
        <div class="narrow-page">
            <h1 class="page-title">{i18n::SESSIONS_TITLE.get(lang)}</h1>
            <EnhancedForms offline=i18n::ERROR_NETWORK.get(lang).to_owned() />
            {notice}
            {echo.map(|e| view! { <Notice kind="error" text=e.error.message(lang) /> })}
            <Loaded data=state found=move |state| view! { <Sessions state lang /> } />
        </div>
    }
}

#[component]
fn Sessions(state: SessionsState, lang: Lang) -> impl IntoView {
    let SessionsState {
        proved,
        sessions,
        logto,
    } = state;
    view! {
        <AppSessions sessions proved lang />
        <LogtoSessions logto proved lang />
    }
}

/// Where the sign-out buttons would be without a proof: the way to get one.
fn confirm_first(why: Text, lang: Lang) -> impl IntoView {
    view! {
        <p class="muted">
            {why.get(lang)} " "
            <a href=confirm_href(SESSIONS_PATH, false)>{i18n::CONFIRM_TITLE.get(lang)}</a>
        </p>
    }
}

#[component]
fn AppSessions(sessions: Vec<AppSessionRow>, proved: bool, lang: Lang) -> impl IntoView {
    let others = sessions.iter().filter(|s| !s.current).count();
    let rows = sessions
        .into_iter()
        .map(|s| {
            let meta = [
                s.ip.map(|ip| i18n::SESSION_IP.fill(lang, &[&ip])),
                Some(i18n::SESSION_SIGNED_IN.fill(lang, &[&s.signed_in])),
                s.active.map(|a| i18n::SESSION_ACTIVE.fill(lang, &[&a])),
            ]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" · ");
            let action = (!s.current && proved).then(|| {
                view! {
                    <form method="post" action="/security/sessions/end">
                        <input type="hidden" name="session" value=s.handle />
                        <button type="submit" class="button secondary">
                            {i18n::SIGN_OUT.get(lang)}
                            <span class="visually-hidden">{format!(" – {}", s.device)}</span>
                        </button>
                    </form>
                }
            });
            let badge = s.current.then(|| i18n::SESSION_THIS.get(lang));
            let meta = Some(view! { {meta} }.into_any());
            let action = action.map(IntoAny::into_any);
            view! { <ListRow title=s.device badge meta action /> }
        })
        .collect_view();
    let end_others = (others > 0 && proved).then(|| {
        view! {
            <form method="post" action="/security/sessions/end-others">
                <button type="submit" class="button secondary">{i18n::SESSIONS_END_OTHERS.get(lang)}</button>
            </form>
        }
    });
    view! {
        <section class="card" aria-labelledby="sessions-title">
            <h2 id="sessions-title">{i18n::APP_SESSIONS_TITLE.get(lang)}</h2>
            <p class="muted">{i18n::SESSIONS_LEAD.get(lang)}</p>
            <ul class="sessions">{rows}</ul>
            {(others > 0 && !proved).then(|| confirm_first(i18n::SESSIONS_CONFIRM_FIRST, lang))}
            {end_others}
        </section>
    }
}

#[component]
fn LogtoSessions(logto: Option<Vec<LogtoSessionRow>>, proved: bool, lang: Lang) -> impl IntoView {
    let body = match logto {
        None => {
            view! { <p class="muted">{i18n::LOGTO_SESSIONS_UNSUPPORTED.get(lang)}</p> }.into_any()
        }
        Some(list) => {
            let others = list.iter().any(|s| !s.current);
            let rows = list
                .into_iter()
                .map(|s| {
                    let meta = [
                        s.signed_in.map(|at| i18n::SESSION_SIGNED_IN.fill(lang, &[&at])),
                        Some(i18n::LOGTO_SESSION_APPS.fill(lang, &[&s.apps.to_string()])),
                    ]
                    .into_iter()
                    .flatten()
                    .collect::<Vec<_>>()
                    .join(" · ");
                    let action = (!s.current && proved).then(|| {
                        view! {
                            <form method="post" action="/security/sessions/logto/end">
                                <input type="hidden" name="session" value=s.handle />
                                <button type="submit" class="button secondary">{i18n::SIGN_OUT.get(lang)}</button>
                            </form>
                        }
                    });
                    let badge = s.current.then(|| i18n::SESSION_THIS.get(lang));
                    let title = i18n::LOGTO_SESSIONS_TITLE.get(lang);
                    let stale = s.stale.then(|| {
                        view! { <span class="stale">{i18n::SESSION_STALE.get(lang)}</span> }
                    });
                    let meta = Some(view! { {meta} {stale} }.into_any());
                    let action = action.map(IntoAny::into_any);
                    view! { <ListRow title badge meta action /> }
                })
                .collect_view();
            view! {
                <p class="muted">{i18n::LOGTO_SESSIONS_LEAD.get(lang)}</p>
                <ul class="sessions">{rows}</ul>
                {(others && !proved).then(|| confirm_first(i18n::SESSIONS_CONFIRM_FIRST, lang))}
            }
            .into_any()
        }
    };
    view! {
        <section class="card" aria-labelledby="logto-sessions-title">
            <h2 id="logto-sessions-title">{i18n::LOGTO_SESSIONS_TITLE.get(lang)}</h2>
            {body}
        </section>
    }
}
