use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use crate::i18n::{self, use_lang};

/// Where a refused sign-in lands: what happened, in words, and a way forward.
#[component]
pub fn SignInFailed() -> impl IntoView {
    let lang = use_lang();
    let query = use_query_map();
    let message = move || {
        match query.read().get("reason").as_deref() {
            Some("expired") => i18n::SIGN_IN_EXPIRED,
            Some("state") => i18n::SIGN_IN_STATE,
            Some("denied") => i18n::SIGN_IN_DENIED,
            Some("exchange") => i18n::SIGN_IN_EXCHANGE,
            Some("id_token") => i18n::SIGN_IN_ID_TOKEN,
            Some("unavailable") => i18n::SIGN_IN_UNAVAILABLE,
            Some("not_fresh") => i18n::SIGN_IN_NOT_FRESH,
            Some("suspended") => i18n::ERROR_SUSPENDED,
            _ => i18n::SIGN_IN_INCOMPLETE,
        }
        .get(lang)
    };
    // A session ended because Logto suspended the account is not a failed sign-in.
    let title = match query.read_untracked().get("reason").as_deref() {
        Some("suspended") => i18n::SIGNED_OUT_TITLE,
        _ => i18n::SIGN_IN_FAILED_TITLE,
    }
    .get(lang);
    view! {
        <Title text=title />
        <section class="card narrow" aria-labelledby="failed-title">
            <h1 id="failed-title">{title}</h1>
            <p role="alert">{message}</p>
            <p>
                <a class="button" href=super::sign_in_href("/") rel="external">
                    {i18n::SIGN_IN_RETRY.get(lang)}
                </a>
            </p>
        </section>
    }
}
