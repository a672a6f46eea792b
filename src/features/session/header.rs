//! The site header: brand, language switch, and who is signed in.

use leptos::prelude::*;
use leptos_router::hooks::use_location;

use super::{current_user, sign_in_href, SessionUser};
use crate::i18n::{self, use_lang, Lang};

#[component]
pub fn SiteHeader() -> impl IntoView {
    let lang = use_lang();
    // Blocking: read from the session, no upstream call, and needed without JavaScript.
    let user = Resource::new_blocking(|| (), |_| current_user());
    view! {
        <header class="site-header">
            <a class="brand" href="/">
                <span class="brand-mark" aria-hidden="true">
                    "◐"
                </span>
                <span>{i18n::SITE_NAME.get(lang)}</span>
            </a>
            <div class="header-end">
                <LanguageSwitch />
                <Suspense fallback=|| ()>
                    {move || {
                        user.get()
                            .map(|result| match result {
                                Ok(Some(user)) => view! { <UserMenu user /> }.into_any(),
                                _ => view! { <SignInLink /> }.into_any(),
                            })
                    }}
                </Suspense>
            </div>
        </header>
    }
}

/// The current page's path and query, to come back to.
fn here() -> impl Fn() -> String + Copy {
    let location = use_location();
    move || {
        // The router hands the query over without its `?` on the server.
        let search = location.search.get();
        match search.trim_start_matches('?') {
            "" => location.pathname.get(),
            query => format!("{}?{query}", location.pathname.get()),
        }
    }
}

/// A disclosure with a plain form inside: one button per language, each in its own name, so it
/// works without JavaScript; closed, it shows the page's language.
#[component]
fn LanguageSwitch() -> impl IntoView {
    let lang = use_lang();
    let here = here();
    view! {
        <details class="language-switch">
            <summary class="lang-current">
                <span class="visually-hidden">{i18n::LANGUAGE.get(lang)}</span>
                <span lang=lang.tag()>{lang.name()}</span>
            </summary>
            <form
                class="lang-menu"
                method="post"
                action="/language"
                aria-label=i18n::LANGUAGE.get(lang)
            >
                <input type="hidden" name="return_to" value=here />
                {Lang::ALL
                    .into_iter()
                    .map(|option| {
                        view! {
                            <button
                                type="submit"
                                name="lang"
                                value=option.tag()
                                lang=option.tag()
                                class="lang-option"
                                aria-pressed=(option == lang).to_string()
                            >
                                {option.name()}
                            </button>
                        }
                    })
                    .collect_view()}
            </form>
        </details>
    }
}

#[component]
fn UserMenu(user: SessionUser) -> impl IntoView {
    let lang = use_lang();
    let name = user.display_name(lang);
    let avatar = match user.picture.clone() {
        Some(src) => {
            view! { <img class="avatar" src=src alt="" width="32" height="32" /> }.into_any()
        }
        None => view! { <span class="avatar initials" aria-hidden="true">{user.initials()}</span> }
            .into_any(),
    };
    view! {
        <div class="user-menu">
            <nav class="account-nav" aria-label=i18n::YOUR_ACCOUNT.get(lang)>
                <a class="nav-link" href="/profile">
                    {i18n::NAV_PROFILE.get(lang)}
                </a>
                <a class="nav-link" href="/security">
                    {i18n::NAV_SECURITY.get(lang)}
                </a>
                <a class="nav-link" href="/apps">
                    {i18n::NAV_APPS.get(lang)}
                </a>
                <a class="nav-link" href="/account">
                    {i18n::NAV_DATA.get(lang)}
                </a>
            </nav>
            {avatar}
            <span class="user-who">
                <span class="user-name" data-testid="user-name">{name}</span>
                {user.email.map(|email| view! { <span class="user-email">{email}</span> })}
            </span>
            <form method="post" action="/sign-out">
                <button type="submit" class="button secondary">
                    {i18n::SIGN_OUT.get(lang)}
                </button>
            </form>
        </div>
    }
}

#[component]
fn SignInLink() -> impl IntoView {
    let lang = use_lang();
    let here = here();
    let href = move || {
        let here = here();
        sign_in_href(if here.starts_with("/sign-in") {
            "/"
        } else {
            &here
        })
    };
    view! {
        <a class="button" href=href rel="external">
            {i18n::SIGN_IN.get(lang)}
        </a>
    }
}
