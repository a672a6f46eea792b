//! The apps page: which apps may use your account, and taking that away. Plain forms.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;
use serde::{Deserialize, Serialize};

use super::{apps_view, AppRow, AppsState, APPS_PATH};
use crate::error::AppError;
use crate::features::confirm::confirm_href;
use crate::i18n::{self, use_lang, Lang, Text};
use crate::ui::{EnhancedForms, ListRow, Loaded, Notice};

/// A refused revocation, for the page rendered again by the form post.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AppsEcho {
    pub error: AppError,
}

#[component]
pub fn AppsPage() -> impl IntoView {
    let lang = use_lang();
    let state = Resource::new_blocking(|| (), |_| apps_view());
    let echo = use_context::<AppsEcho>();
    let done = use_query_map().with_untracked(|q| q.get("done"));
    let notice = (done.as_deref() == Some("revoked"))
        .then(|| view! { <Notice kind="success" text=i18n::APPS_REVOKED.get(lang).to_owned() /> });
    view! {
        <Title text=i18n::APPS_TITLE.get(lang) />
        <div class="narrow-page">
            <h1 class="page-title">{i18n::APPS_TITLE.get(lang)}</h1>
            <p class="lead">{i18n::APPS_LEAD.get(lang)}</p>
            <EnhancedForms offline=i18n::ERROR_NETWORK.get(lang).to_owned() />
            {notice}
            {echo.map(|e| view! { <Notice kind="error" text=e.error.message(lang) /> })}
            <Loaded data=state found=move |state| view! { <Apps state lang /> } />
        </div>
    }
}

#[component]
fn Apps(state: AppsState, lang: Lang) -> impl IntoView {
    let Some(apps) = state.apps else {
        return view! {
            <section class="card">
                <p class="muted">{i18n::APPS_UNSUPPORTED.get(lang)}</p>
            </section>
        }
        .into_any();
    };
    let (third, first): (Vec<AppRow>, Vec<AppRow>) = apps.into_iter().partition(|a| a.third_party);
    let proved = state.proved;
    let revocable = first.iter().chain(&third).any(|a| !a.this_app);
    view! {
        <Group id="first-party" title=i18n::APPS_FIRST_PARTY lead=i18n::APPS_FIRST_PARTY_LEAD apps=first proved lang />
        <Group id="third-party" title=i18n::APPS_THIRD_PARTY lead=i18n::APPS_THIRD_PARTY_LEAD apps=third proved lang />
        {(revocable && !proved).then(|| view! {
            <p class="muted">
                {i18n::APPS_CONFIRM_FIRST.get(lang)} " "
                <a href=confirm_href(APPS_PATH, false)>{i18n::CONFIRM_TITLE.get(lang)}</a>
            </p>
        })}
    }
    .into_any()
}

#[component]
fn Group(
    id: &'static str,
    title: Text,
    lead: Text,
    apps: Vec<AppRow>,
    proved: bool,
    lang: Lang,
) -> impl IntoView {
    let heading = format!("{id}-title");
    let labelled_by = heading.clone();
    let body = if apps.is_empty() {
        view! { <p>{i18n::APPS_NONE.get(lang)}</p> }.into_any()
    } else {
        let rows = apps
            .into_iter()
            .map(|app| view! { <App app proved lang /> })
            .collect_view();
        view! { <ul class="sessions">{rows}</ul> }.into_any()
    };
    view! {
        <section class="card" aria-labelledby=labelled_by>
            <h2 id=heading>{title.get(lang)}</h2>
            <p class="muted">{lead.get(lang)}</p>
            {body}
        </section>
    }
}

#[component]
fn App(app: AppRow, proved: bool, lang: Lang) -> impl IntoView {
    let action = (!app.this_app && proved).then(|| {
        view! {
            <form method="post" action="/apps/revoke">
                <input type="hidden" name="app" value=app.handle.clone() />
                <button type="submit" class="button secondary">
                    {i18n::APPS_REVOKE.get(lang)}
                    <span class="visually-hidden">{format!(" – {}", app.name)}</span>
                </button>
            </form>
        }
        .into_any()
    });
    let badge = app.this_app.then(|| i18n::APPS_THIS.get(lang));
    let meta = Some(view! { {i18n::APPS_SINCE.fill(lang, &[&app.since])} }.into_any());
    let initial = app
        .name
        .chars()
        .next()
        .map(|c| c.to_uppercase().to_string())
        .unwrap_or_default();
    let logo = match app.logo {
        Some(src) => {
            view! { <img class="app-logo" src=src alt="" width="32" height="32" /> }.into_any()
        }
        None => view! { <span class="app-logo" aria-hidden="true">{initial}</span> }.into_any(),
    };
    view! { <ListRow title=app.name badge meta action icon=logo /> }
}
