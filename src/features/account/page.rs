//! The data page (download, delete) and the page a deleted account ends on. Plain forms.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;
use serde::{Deserialize, Serialize};

use super::{account_view, AccountState, OrgRow, ACCOUNT_PATH};
use crate::error::AppError;
use crate::features::confirm::confirm_href;
use crate::i18n::{self, use_lang, Lang};
use crate::ui::{EnhancedForms, ListRow, Loaded, Notice};

/// A refused deletion, for the page rendered again by the form post.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AccountEcho {
    pub error: AppError,
}

#[component]
pub fn AccountPage() -> impl IntoView {
    let lang = use_lang();
    let page = use_query_map().with_untracked(|q| {
        q.get("page")
            .and_then(|p| p.parse::<u32>().ok())
            .unwrap_or(1)
    });
    let state = Resource::new_blocking(|| (), move |_| account_view(page));
    let echo = use_context::<AccountEcho>();
    view! {
        <Title text=i18n::ACCOUNT_TITLE.get(lang) />
        <div class="narrow-page">
            <h1 class="page-title">{i18n::ACCOUNT_TITLE.get(lang)}</h1>
            <EnhancedForms offline=i18n::ERROR_NETWORK.get(lang).to_owned() />
            <section class="card" aria-labelledby="export-title">
                <h2 id="export-title">{i18n::EXPORT_TITLE.get(lang)}</h2>
                <p>{i18n::EXPORT_LEAD.get(lang)}</p>
                // Without a proof the post goes to "confirm it's you" and back here.
                // A download, not a page: the browser posts it itself.
                <form method="post" action="/account/export" data-plain="">
                    <button type="submit" class="button secondary">{i18n::EXPORT_BUTTON.get(lang)}</button>
                </form>
            </section>
            <Loaded
                data=state
                found=move |state: AccountState| {
                    let echo = echo.clone();
                    view! {
                        <Organizations orgs=state.organizations.clone() lang />
                        <RecentActivity state=state.clone() lang />
                        <Delete state echo lang />
                    }
                }
            />
        </div>
    }
}

#[component]
fn Delete(state: AccountState, echo: Option<AccountEcho>, lang: Lang) -> impl IntoView {
    let (field_error, general) = match echo.map(|e| e.error) {
        Some(error) if error.field() == Some("confirm") => (Some(error.message(lang)), None),
        Some(error) => (None, Some(error.message(lang))),
        None => (None, None),
    };
    let body = if !state.proved {
        view! {
            <p class="muted">
                {i18n::DELETE_CONFIRM_FIRST.get(lang)} " "
                <a href=confirm_href(ACCOUNT_PATH, false)>{i18n::CONFIRM_TITLE.get(lang)}</a>
            </p>
        }
        .into_any()
    } else {
        let word = state.confirm_with.unwrap_or_default();
        let invalid = field_error.is_some();
        view! {
            <form method="post" action="/account/delete">
                <div class="field" class:invalid=invalid>
                    <label for="delete-confirm">{i18n::DELETE_TYPE.fill(lang, &[&word])}</label>
                    <input
                        id="delete-confirm"
                        name="confirm"
                        type="text"
                        autocomplete="off"
                        spellcheck="false"
                        required
                        aria-invalid=invalid.to_string()
                        aria-describedby=invalid.then_some("delete-confirm-error")
                    />
                    {field_error.map(|m| view! { <p class="field-error" id="delete-confirm-error">{m}</p> })}
                </div>
                <div class="form-actions">
                    <button type="submit" class="button danger">{i18n::DELETE_BUTTON.get(lang)}</button>
                </div>
            </form>
        }
        .into_any()
    };
    view! {
        <section class="card" aria-labelledby="delete-title">
            <h2 id="delete-title">{i18n::DELETE_TITLE.get(lang)}</h2>
            {general.map(|m| view! { <Notice kind="error" text=m /> })}
            <p>{i18n::DELETE_LEAD.get(lang)}</p>
            {body}
        </section>
    }
}

#[component]
fn RecentActivity(state: AccountState, lang: Lang) -> impl IntoView {
    let AccountState {
        activity,
        page,
        more,
        keep_days,
        ..
    } = state;
    let empty = activity.is_empty();
    let rows = activity
        .into_iter()
        .map(|a| {
            let badge = a.here.then(|| i18n::SESSION_THIS.get(lang));
            let from = (!a.from.is_empty()).then(|| format!(" · {}", a.from));
            let meta = Some(view! { <time datetime=a.at>{a.when}</time> {from} }.into_any());
            view! { <ListRow title=a.what badge meta action=None /> }
        })
        .collect_view();
    let newer = (page > 1).then(|| {
        let href = if page == 2 {
            ACCOUNT_PATH.to_owned()
        } else {
            format!("{ACCOUNT_PATH}?page={}", page - 1)
        };
        view! { <a href=href rel="prev">{i18n::ACTIVITY_NEWER.get(lang)}</a> }
    });
    let older = more.then(|| {
        view! { <a href=format!("{ACCOUNT_PATH}?page={}", page + 1) rel="next">{i18n::ACTIVITY_OLDER.get(lang)}</a> }
    });
    let paging = (page > 1 || more).then(|| {
        view! { <nav class="paging" aria-label=i18n::ACTIVITY_PAGES.get(lang)>{newer} {older}</nav> }
    });
    view! {
        <section class="card" id="activity" aria-labelledby="activity-title">
            <h2 id="activity-title">{i18n::ACTIVITY_TITLE.get(lang)}</h2>
            <p class="muted">{i18n::ACTIVITY_LEAD.count(lang, keep_days)}</p>
            {if empty {
                view! { <p>{i18n::ACTIVITY_NONE.get(lang)}</p> }.into_any()
            } else {
                view! { <ul class="sessions">{rows}</ul> }.into_any()
            }}
            {paging}
        </section>
    }
}

/// Where a deleted account ends: signed out, told it is done (and what could not be cleaned up).
#[component]
pub fn GoodbyePage() -> impl IntoView {
    let lang = use_lang();
    let left = use_query_map().with_untracked(|q| q.get("left").unwrap_or_default());
    view! {
        <Title text=i18n::GOODBYE_TITLE.get(lang) />
        <section class="card narrow">
            <h1 class="page-title">{i18n::GOODBYE_TITLE.get(lang)}</h1>
            <p role="status">{i18n::GOODBYE_LEAD.get(lang)}</p>
            {left.contains("sessions").then(|| view! { <p>{i18n::GOODBYE_SESSIONS_LEFT.get(lang)}</p> })}
            {left.contains("activity").then(|| view! { <p>{i18n::GOODBYE_ACTIVITY_LEFT.get(lang)}</p> })}
            {left.contains("fields").then(|| view! { <p>{i18n::GOODBYE_FIELDS_LEFT.get(lang)}</p> })}
        </section>
    }
}

#[component]
fn Organizations(orgs: Vec<OrgRow>, lang: Lang) -> impl IntoView {
    let body = if orgs.is_empty() {
        view! { <p>{i18n::ORGS_NONE.get(lang)}</p> }.into_any()
    } else {
        let rows = orgs
            .into_iter()
            .map(|org| {
                let roles = if org.roles.is_empty() {
                    i18n::ORGS_NO_ROLE.get(lang).to_owned()
                } else {
                    i18n::ORGS_ROLES.fill(lang, &[&i18n::plural::list(lang, &org.roles)])
                };
                let meta = [org.description, Some(roles)]
                    .into_iter()
                    .flatten()
                    .collect::<Vec<_>>()
                    .join(" · ");
                let meta = Some(view! { {meta} }.into_any());
                view! { <ListRow title=org.name badge=None meta action=None /> }
            })
            .collect_view();
        view! { <ul class="sessions">{rows}</ul> }.into_any()
    };
    view! {
        <section class="card" aria-labelledby="orgs-title">
            <h2 id="orgs-title">{i18n::ORGS_TITLE.get(lang)}</h2>
            <p class="muted">{i18n::ORGS_LEAD.get(lang)}</p>
            {body}
        </section>
    }
}
