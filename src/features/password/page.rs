//! The password page: "Change password" (or "Set a password" for an account without one), the
//! form as an island, and what a finished change says.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;
use serde::{Deserialize, Serialize};

use super::{form::PasswordForm, password_view, PasswordState, PASSWORD_PATH};
use crate::error::AppError;
use crate::features::confirm::confirm_href;
use crate::features::session::reauth_href;
use crate::i18n::{self, use_lang, Lang};
use crate::ui::Notice;

/// A refused form post without JavaScript: the refusal and the checkbox as it was (never the
/// passwords: they do not go back into HTML).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PasswordEcho {
    pub error: AppError,
    pub sign_out_others: bool,
}

#[component]
pub fn PasswordPage() -> impl IntoView {
    let lang = use_lang();
    let view = Resource::new_blocking(|| (), |_| password_view());
    let echo = use_context::<PasswordEcho>();
    // Outside the Suspense, so the head waits for it (the resource is blocking) rather than
    // racing the body under load.
    let title = move || {
        match view.get() {
            Some(Ok(state)) if !state.has_password => i18n::PASSWORD_TITLE_SET,
            _ => i18n::PASSWORD_TITLE_CHANGE,
        }
        .get(lang)
    };
    view! {
        <Title text=title />
        <div class="narrow-page">
            <Suspense fallback=|| ()>
                {move || {
                    let echo = echo.clone();
                    view.get()
                        .map(move |result| match result {
                            Ok(view) => view! { <Password view echo lang /> }.into_any(),
                            Err(err) => {
                                view! {
                                    <h1 class="page-title">
                                        {i18n::PASSWORD_TITLE_CHANGE.get(lang)}
                                    </h1>
                                    <Notice kind="error" text=err.message(lang) />
                                }
                                    .into_any()
                            }
                        })
                }}
            </Suspense>
        </div>
    }
}

#[component]
fn Password(view: PasswordState, echo: Option<PasswordEcho>, lang: Lang) -> impl IntoView {
    let title = if view.has_password {
        i18n::PASSWORD_TITLE_CHANGE
    } else {
        i18n::PASSWORD_TITLE_SET
    }
    .get(lang);
    let query = use_query_map();
    let param = move |key: &str| query.with_untracked(|q| q.get(key));
    let mut notices = Vec::new();
    match param("done").as_deref() {
        Some("changed") => notices.push(("success", i18n::PASSWORD_CHANGED)),
        Some("set") => notices.push(("success", i18n::PASSWORD_WAS_SET)),
        _ => {}
    }
    match param("others").as_deref() {
        Some("all") => notices.push(("success", i18n::PASSWORD_OTHERS_ENDED)),
        Some("app") => notices.push(("warn", i18n::PASSWORD_OTHERS_ENDED_APP_ONLY)),
        _ => {}
    }
    if param("breach").is_some() {
        notices.push(("warn", i18n::BREACH_CHECK_UNAVAILABLE));
    }
    if param("confirmed").is_some() && view.proved {
        notices.push(("success", i18n::CONFIRMED));
    }
    let notices = notices
        .into_iter()
        .map(|(kind, text)| view! { <Notice kind text=text.get(lang).to_owned() /> })
        .collect_view();
    let lead = (!view.has_password)
        .then(|| view! { <p class="lead">{i18n::PASSWORD_LEAD_SET.get(lang)}</p> });

    let body = if !view.has_password && !view.proved && view.has_address {
        // A first password rests on a code to the account's email or phone.
        view! {
            <Notice kind="warn" text=i18n::ERROR_PROOF_NEEDED.get(lang).to_owned() />
            <p>
                <a class="button" href=confirm_href(PASSWORD_PATH, true)>
                    {i18n::CONFIRM_TITLE.get(lang)}
                </a>
            </p>
        }
        .into_any()
    } else if !view.has_password && !view.proved {
        // Nothing to send a code to: entering credentials at Logto again is the proof.
        view! {
            <Notice kind="warn" text=i18n::REAUTH_NEEDED.get(lang).to_owned() />
            <p>
                <a class="button" href=reauth_href(PASSWORD_PATH) rel="external">
                    {i18n::REAUTH_BUTTON.get(lang)}
                </a>
            </p>
        }
        .into_any()
    } else {
        let needs_current = !view.proved;
        let (error, sign_out_others) = match echo {
            Some(echo) => (Some(echo.error), echo.sign_out_others),
            None => (None, true),
        };
        view! {
            <section class="card">
                <PasswordForm
                    needs_current
                    first=!view.has_password
                    policy=view.policy
                    user_words=view.user_words
                    sign_out_others
                    error
                    lang
                />
            </section>
            {needs_current
                .then(|| {
                    view! {
                        <p>
                            <a href=confirm_href(PASSWORD_PATH, true)>
                                {i18n::PASSWORD_FORGOT.get(lang)}
                            </a>
                        </p>
                    }
                })}
        }
        .into_any()
    };
    view! {
        <h1 class="page-title">{title}</h1>
        {lead}
        {notices}
        {body}
    }
}
