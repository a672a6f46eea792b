//! The page around the editor. It paints from the session's cached claims, then takes Logto's
//! fresh values for every field the user has not touched yet.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use super::editor::{ProfileEditor, FRESH_ID};
use super::form::ProfileEcho;
use super::{cached_profile, fresh_profile, take_profile_draft, ProfileView};
use crate::error::AppError;
use crate::features::session::sign_in_href;
use crate::i18n::{self, use_lang, Lang};
use crate::ui::{IslandScripts, Notice};

#[component]
pub fn ProfilePage() -> impl IntoView {
    let lang = use_lang();
    // The first paint: the session's claims (no upstream call), in the HTML itself.
    let cached = Resource::new_blocking(|| (), |_| cached_profile());
    // Logto's current values, fetched concurrently and streamed at the very end of the page.
    let fresh = Resource::new(|| (), |_| fresh_profile());
    // An edit kept while the user confirmed who they are: back in the form.
    let draft = Resource::new_blocking(|| (), |_| take_profile_draft());
    let posted = use_context::<ProfileEcho>();
    let saved = use_query_map().with_untracked(|q| q.get("saved").is_some());

    view! {
        <Title text=i18n::PROFILE_TITLE.get(lang) />
        <IslandScripts />
        <div class="profile-page">
            <h1 class="page-title">{i18n::PROFILE_TITLE.get(lang)}</h1>
            <Suspense fallback=move || {
                view! { <p class="muted">{i18n::PROFILE_LOADING.get(lang)}</p> }
            }>
                {move || {
                    let restored = draft.get().and_then(Result::ok).flatten();
                    let notice = restored
                        .is_some()
                        .then(|| {
                            view! {
                                <Notice
                                    kind="success"
                                    text=i18n::PROFILE_DRAFT_BACK.get(lang).to_owned()
                                />
                            }
                        });
                    let echo = posted.clone().or(restored);
                    cached
                        .get()
                        .map(move |result| match result {
                            Ok(initial) => {
                                view! {
                                    {notice}
                                    <ProfileEditor initial echo saved lang />
                                    <p class="contact-links">
                                        <a href="/security/email">{i18n::CONTACT_CHANGE_EMAIL.get(lang)}</a>
                                        <a href="/security/phone">{i18n::CONTACT_CHANGE_PHONE.get(lang)}</a>
                                    </p>
                                    // Hidden by CSS once `FreshProfile` has streamed in.
                                    <p class="refresh-state refresh-pending muted">
                                        {i18n::PROFILE_CHECKING.get(lang)}
                                    </p>
                                }
                                    .into_any()
                            }
                            Err(AppError::Unauthenticated) => view! { <SignedOut /> }.into_any(),
                            Err(err) => {
                                view! { <Notice kind="error" text=err.message(lang) /> }.into_any()
                            }
                        })
                }}
            </Suspense>
            // Last in the document so the form streams without waiting for Logto; shown under
            // the title by CSS (`order`).
            <Suspense fallback=|| ()>
                {move || match (cached.get(), fresh.get()) {
                    (Some(Ok(_)), Some(result)) => Some(view! { <FreshProfile result lang /> }),
                    _ => None,
                }}
            </Suspense>
        </div>
    }
}

/// The outcome of the refresh: a notice if it failed; Logto's values as data for the editor,
/// which takes them once it runs (no island of its own: the values are read from the page).
#[component]
fn FreshProfile(result: Result<ProfileView, AppError>, lang: Lang) -> impl IntoView {
    let notice = match &result {
        Ok(_) => None,
        Err(AppError::Unauthenticated) => Some(("error", AppError::Unauthenticated.message(lang))),
        Err(err) => Some((
            "warn",
            i18n::PROFILE_STALE.fill(lang, &[err.message(lang).trim_end_matches('.')]),
        )),
    };
    // `<` escaped, so no value can close the script element.
    let data = result
        .ok()
        .map(with_zone_option)
        .and_then(|view| serde_json::to_string(&view).ok())
        .map(|json| json.replace('<', "\\u003c"));
    view! {
        <p class="refresh-state refresh-done" aria-live="polite">
            {notice.map(|(class, text)| view! { <span class=class>{text}</span> })}
        </p>
        {data.map(|json| view! { <script type="application/json" id=FRESH_ID inner_html=json></script> })}
    }
}

/// The fresh values with their time zone's option code (see `ProfileView::zone_option`).
#[cfg(feature = "ssr")]
fn with_zone_option(mut view: ProfileView) -> ProfileView {
    let zone = crate::domain::TimeZone::parse(view.form.get("zoneinfo"));
    view.zone_option = zone.ok().map(|zone| zone.code());
    view
}

#[cfg(not(feature = "ssr"))]
fn with_zone_option(view: ProfileView) -> ProfileView {
    view
}

#[component]
fn SignedOut() -> impl IntoView {
    let lang = use_lang();
    view! {
        <section class="card narrow">
            <p>{i18n::ERROR_SESSION_ENDED.get(lang)}</p>
            <a class="button" href=sign_in_href("/profile") rel="external">
                {i18n::SIGN_IN.get(lang)}
            </a>
        </section>
    }
}
