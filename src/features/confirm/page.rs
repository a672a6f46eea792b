//! `/confirm?return_to=/path`: prove who you are with your password or a code, then go on.
//! Plain forms (they work the same with and without JavaScript); the resend button counts down in
//! the browser.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;
use serde::{Deserialize, Serialize};

use super::{confirm_view, Channel, ConfirmOptions};
use crate::error::AppError;
use crate::i18n::{self, use_lang, Lang};
use crate::ui::{CodeField, EnhancedForms, Loaded, Notice, ResendButton};

/// A refused step, for the page rendered again by the form post.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ConfirmEcho {
    pub error: AppError,
}

#[component]
pub fn ConfirmPage() -> impl IntoView {
    let lang = use_lang();
    let view = Resource::new_blocking(|| (), |_| confirm_view());
    let query = use_query_map();
    let return_to =
        query.with_untracked(|q| crate::domain::safe_return_to(q.get("return_to").as_deref()));
    let by_code = query.with_untracked(|q| q.get("by").is_some_and(|b| b == "code"));
    let echo = use_context::<ConfirmEcho>();
    view! {
        <Title text=i18n::CONFIRM_TITLE.get(lang) />
        <div class="narrow-page">
            <h1 class="page-title">{i18n::CONFIRM_TITLE.get(lang)}</h1>
            <p class="lead">{i18n::CONFIRM_LEAD.get(lang)}</p>
            <EnhancedForms offline=i18n::ERROR_NETWORK.get(lang).to_owned() />
            {echo.map(|e| view! { <Notice kind="error" text=e.error.message(lang) /> })}
            <Loaded
                data=view
                found=move |view| {
                    let return_to = return_to.clone();
                    view! { <Methods view return_to by_code lang /> }
                }
            />
        </div>
    }
}

#[component]
fn Methods(view: ConfirmOptions, return_to: String, by_code: bool, lang: Lang) -> impl IntoView {
    let has_address = view.email.is_some() || view.phone.is_some();
    let password = (view.has_password && !by_code).then(|| {
        view! {
            <section class="card">
                <h2>{i18n::CONFIRM_BY_PASSWORD.get(lang)}</h2>
                <form method="post" action="/confirm/password">
                    <input type="hidden" name="return_to" value=return_to.clone() />
                    <div class="field">
                        <label for="confirm-password">{i18n::PASSWORD_CURRENT.get(lang)}</label>
                        <input
                            id="confirm-password"
                            name="password"
                            type="password"
                            autocomplete="current-password"
                            required
                        />
                    </div>
                    <div class="form-actions">
                        <button type="submit" class="button">
                            {i18n::CONFIRM_CONTINUE.get(lang)}
                        </button>
                    </div>
                </form>
            </section>
        }
    });
    let code = if has_address {
        view! { <CodeProof view=view.clone() return_to=return_to.clone() by_code lang /> }
            .into_any()
    } else if !view.has_password || by_code {
        // Nothing to send a code to (and no password, or the password forgotten).
        view! { <Notice kind="warn" text=i18n::CODE_NO_ADDRESS.get(lang).to_owned() /> }.into_any()
    } else {
        ().into_any()
    };
    view! {
        {password}
        {code}
        <p>
            <a href=return_to>{i18n::CONFIRM_CANCEL.get(lang)}</a>
        </p>
    }
}

#[component]
fn CodeProof(view: ConfirmOptions, return_to: String, by_code: bool, lang: Lang) -> impl IntoView {
    let by = by_code.then_some("code");
    let hidden = move || {
        view! {
            <input type="hidden" name="return_to" value=return_to.clone() />
            {by.map(|by| view! { <input type="hidden" name="by" value=by /> })}
        }
    };
    let body = match view.sent {
        Some(sent) => view! {
            <p role="status">{i18n::CODE_SENT.fill(lang, &[&sent.to])}</p>
            <form method="post" action="/confirm/code">
                {hidden()}
                <CodeField id="confirm-code" error=None mailbox=view.mailbox.clone() lang />
                <div class="form-actions">
                    <button type="submit" class="button">
                        {i18n::CONFIRM_CONTINUE.get(lang)}
                    </button>
                </div>
            </form>
            <form method="post" action="/confirm/send" class="resend">
                {hidden()}
                <input type="hidden" name="channel" value=sent.channel.key() />
                <ResendButton wait=sent.resend_in lang />
            </form>
        }
        .into_any(),
        None => {
            let options = [
                (Channel::Email, view.email, i18n::CODE_TO_EMAIL),
                (Channel::Phone, view.phone, i18n::CODE_TO_PHONE),
            ];
            let mut first = true;
            let choices = options
                .into_iter()
                .filter_map(|(channel, to, label)| {
                    let to = to?;
                    let checked = std::mem::take(&mut first);
                    Some(view! {
                        <label class="choice">
                            <input
                                type="radio"
                                name="channel"
                                value=channel.key()
                                checked=checked
                            />
                            {label.fill(lang, &[&to])}
                        </label>
                    })
                })
                .collect_view();
            view! {
                <form method="post" action="/confirm/send">
                    {hidden()}
                    <fieldset>
                        <legend>{i18n::CODE_CHOOSE.get(lang)}</legend>
                        {choices}
                    </fieldset>
                    <div class="form-actions">
                        <button type="submit" class="button">
                            {i18n::CODE_SEND.get(lang)}
                        </button>
                    </div>
                </form>
            }
            .into_any()
        }
    };
    view! {
        <section class="card">
            <h2>{i18n::CONFIRM_BY_CODE.get(lang)}</h2>
            {body}
        </section>
    }
}
