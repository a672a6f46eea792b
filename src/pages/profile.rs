//! `/profile`: the signed-in user's own profile. The form paints from the session's cached
//! claims, then takes Logto's fresh values for every field the user has not touched yet.

use leptos::{ev::SubmitEvent, prelude::*};
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use crate::api::{cached_profile, fresh_profile, ProfileView, SaveProfile};
use crate::components::{
    hydrated_flag, show_saved_user, FieldInput, LocalTime, Notice, ProfileEcho,
};
use crate::domain::{validate, AvatarUrl, Field, Kind, PROFILE_FIELDS};
use crate::error::AppError;

#[component]
pub fn ProfilePage() -> impl IntoView {
    // The first paint: the session's claims (no upstream call), in the HTML itself.
    let cached = Resource::new_blocking(|| (), |_| cached_profile());
    // Logto's current values, fetched concurrently and streamed at the very end of the page.
    let fresh = Resource::new(|| (), |_| fresh_profile());
    // A no-JavaScript post that failed comes back with what was typed and why it was refused.
    let echo = use_context::<ProfileEcho>();
    let saved = use_query_map().with_untracked(|q| q.get("saved").is_some());

    view! {
        <Title text="Your profile" />
        <div class="profile-page">
            <h1 class="page-title">"Your profile"</h1>
            <Suspense fallback=|| view! { <p class="muted">"Loading your profile…"</p> }>
                {move || {
                    let echo = echo.clone();
                    cached
                        .get()
                        .map(move |result| match result {
                            Ok(initial) => {
                                view! {
                                    <ProfileEditor initial echo saved />
                                    // Hidden by CSS once `FreshProfile` has streamed in.
                                    <p class="refresh-state refresh-pending muted">
                                        "Checking Logto for changes…"
                                    </p>
                                }
                                    .into_any()
                            }
                            Err(AppError::Unauthenticated) => view! { <SignedOut /> }.into_any(),
                            Err(err) => {
                                view! { <Notice kind="error" text=err.to_string() /> }.into_any()
                            }
                        })
                }}
            </Suspense>
            // Last in the document so the form streams without waiting for Logto; shown under
            // the title by CSS (`order`).
            <Suspense fallback=|| ()>
                {move || match (cached.get(), fresh.get()) {
                    (Some(Ok(_)), Some(result)) => Some(view! { <FreshProfile result /> }),
                    _ => None,
                }}
            </Suspense>
        </div>
    }
}

thread_local! {
    /// Logto's fresh profile, handed from `FreshProfile` (streamed last) to the editor. Only
    /// touched inside effects, which run in the browser alone: never shared between requests.
    static FRESH: ArcRwSignal<Option<ProfileView>> = ArcRwSignal::new(None);
}

/// The outcome of the refresh: a notice if it failed; in the browser it hands the values to
/// the editor.
#[island]
fn FreshProfile(result: Result<ProfileView, AppError>) -> impl IntoView {
    let notice = match &result {
        Ok(_) => None,
        Err(AppError::Unauthenticated) => Some((
            "error",
            "Your session has ended. Please sign in again.".to_owned(),
        )),
        Err(err) => Some((
            "warn",
            format!(
                "Could not load the latest values from Logto ({}). You can still edit and save.",
                err.to_string().trim_end_matches('.')
            ),
        )),
    };
    if let Ok(view) = result {
        Effect::new(move |_| FRESH.with(|fresh| fresh.set(Some(view.clone()))));
    }
    view! {
        <p class="refresh-state refresh-done" aria-live="polite">
            {notice.map(|(class, text)| view! { <span class=class>{text}</span> })}
        </p>
    }
}

#[component]
fn SignedOut() -> impl IntoView {
    view! {
        <section class="card narrow">
            <p>"Your session has ended. Please sign in again."</p>
            <a class="button" href="/sign-in?return_to=/profile" rel="external">
                "Sign in"
            </a>
        </section>
    }
}

/// The form and everything live on the page: the only part that runs in the browser.
#[island]
fn ProfileEditor(initial: ProfileView, echo: Option<ProfileEcho>, saved: bool) -> impl IntoView {
    let (start_original, start_edited) = match &echo {
        Some(echo) => (echo.original.clone(), echo.edited.clone()),
        None => (initial.form.clone(), initial.form.clone()),
    };
    let original = RwSignal::new(start_original);
    let edited = RwSignal::new(start_edited);
    // Small vectors rather than maps: a handful of entries, and less code in the WASM.
    let touched = RwSignal::new(Vec::<&'static str>::new());
    let errors = RwSignal::new(FieldErrors::new());
    let facts = RwSignal::new(initial.clone());
    let save = ServerAction::<SaveProfile>::new();
    let hydrated = hydrated_flag();

    let server_error = RwSignal::new(echo.as_ref().and_then(|e| e.error.clone()));
    if let Some(err) = server_error.get_untracked() {
        errors.update(|e| put_refusal(e, &err));
    }

    // Fresh values from Logto replace what the user has not touched.
    Effect::new(move |_| {
        if let Some(view) = FRESH.with(|fresh| fresh.get()) {
            // One update per signal, not one per field: every field input reads both.
            let untouched = touched.with_untracked(|t| {
                PROFILE_FIELDS
                    .iter()
                    .filter(|f| !t.contains(&f.key))
                    .collect::<Vec<_>>()
            });
            for form in [original, edited] {
                form.update(|form| {
                    for field in &untouched {
                        form.set(field.key, view.form.get(field.key).to_owned());
                    }
                });
            }
            facts.set(view);
        }
    });

    // A finished save: the saved values become the new baseline, or the refusal is shown.
    Effect::new(move |_| match save.value().get() {
        Some(Ok(saved)) => {
            show_saved_user(&saved);
            original.set(saved.clone());
            edited.set(saved);
            touched.set(Vec::new());
            errors.set(FieldErrors::new());
            server_error.set(None);
        }
        Some(Err(err)) => {
            errors.update(|e| put_refusal(e, &err));
            server_error.set(Some(err));
        }
        None => {}
    });

    let on_input = move |key: &'static str, value: String| {
        touched.update(|t| {
            if !t.contains(&key) {
                t.push(key);
            }
        });
        let message = validate(key, &value)
            .err()
            .map(|invalid| invalid.0.to_owned());
        errors.update(|e| put_error(e, key, message));
        edited.update(|f| f.set(key, value));
    };

    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let form = edited.get_untracked();
        let base = original.get_untracked();
        let found: FieldErrors = form
            .changed_from(&base)
            .into_iter()
            .filter_map(|f| {
                let invalid = validate(f.key, form.get(f.key)).err()?;
                Some((f.key, invalid.0.to_owned()))
            })
            .collect();
        if !found.is_empty() {
            errors.set(found);
            return;
        }
        server_error.set(None);
        save.dispatch(SaveProfile {
            original: base,
            edited: form,
        });
    };

    let pending = save.pending();
    let dirty = move || edited.with(|e| original.with(|o| !e.changed_from(o).is_empty()));
    let saved_notice = move || {
        let just_saved = matches!(save.value().get(), Some(Ok(_))) && !dirty();
        let came_back_saved = saved && save.version().get() == 0;
        just_saved || came_back_saved
    };
    let field = move |f: &'static Field| {
        view! {
            <FieldInput
                field=f
                value=Signal::derive(move || edited.with(|e| e.get(f.key).to_owned()))
                original=Signal::derive(move || original.with(|o| o.get(f.key).to_owned()))
                error=Signal::derive(move || {
                    errors.with(|e| e.iter().find(|(k, _)| *k == f.key).map(|(_, m)| m.clone()))
                })
                on_input=on_input
            />
        }
    };
    let group = move |kind: Kind| {
        PROFILE_FIELDS
            .iter()
            .filter(move |f| f.kind == kind)
            .map(field)
            .collect_view()
    };
    let avatar_preview = move || {
        edited.with(|e| AvatarUrl::parse(e.get("avatar")).ok()).map(|url| {
            view! { <img class="avatar-preview" src=url.as_str().to_owned() alt="Avatar preview" /> }
        })
    };

    let created_at = Signal::derive(move || facts.with(|f| f.created_at));
    let last_sign_in_at = Signal::derive(move || facts.with(|f| f.last_sign_in_at));
    let saved_locale = Signal::derive(move || original.with(|o| o.get("locale").to_owned()));
    let saved_zone = Signal::derive(move || original.with(|o| o.get("zoneinfo").to_owned()));
    view! {
        <Show when=saved_notice>
            <Notice kind="success" text="Your profile was saved.".to_owned() />
        </Show>
        {move || {
            server_error
                .get()
                .filter(|e| e.field().is_none())
                .map(|e| {
                    view! {
                        <Notice
                            kind="error"
                            text=format!("{e} Your changes are still in the form.")
                        />
                    }
                })
        }}
        <form
            class="profile-form"
            data-hydrated=hydrated
            method="post"
            action="/profile"
            on:submit=on_submit
            novalidate
        >
            {PROFILE_FIELDS
                .iter()
                .map(|f| {
                    view! {
                        <input
                            type="hidden"
                            name=format!("original.{}", f.key)
                            value=move || original.with(|o| o.get(f.key).to_owned())
                        />
                    }
                })
                .collect_view()}
            <section class="card" aria-labelledby="basic-title">
                <h2 id="basic-title">"Basic information"</h2>
                <div class="avatar-row">
                    <div class="avatar-frame" aria-hidden="true">
                        {avatar_preview}
                    </div>
                    <div class="grow">{group(Kind::Basic)}</div>
                </div>
            </section>
            <section class="card" aria-labelledby="personal-title">
                <h2 id="personal-title">"Personal details"</h2>
                <div class="grid">{group(Kind::Claim)}</div>
            </section>
            <section class="card" aria-labelledby="address-title">
                <h2 id="address-title">"Address"</h2>
                <div class="grid">{group(Kind::Address)}</div>
            </section>
            <section class="card" aria-labelledby="account-title">
                <h2 id="account-title">"Sign-in details"</h2>
                <dl class="facts">
                    <dt>"Email"</dt>
                    <dd>{move || facts.with(|f| f.email.clone()).unwrap_or_else(|| "Not set".into())}</dd>
                    <dt>"Phone"</dt>
                    <dd>{move || facts.with(|f| f.phone.clone()).unwrap_or_else(|| "Not set".into())}</dd>
                    <dt>"Account created"</dt>
                    <dd><LocalTime at=created_at locale=saved_locale zone=saved_zone /></dd>
                    <dt>"Last sign-in"</dt>
                    <dd><LocalTime at=last_sign_in_at locale=saved_locale zone=saved_zone /></dd>
                </dl>
            </section>
            <div class="form-actions">
                <button type="submit" class="button" disabled=move || pending.get()>
                    {move || if pending.get() { "Saving…" } else { "Save changes" }}
                </button>
                <Show when=dirty>
                    <span class="muted small">"You have unsaved changes."</span>
                </Show>
            </div>
        </form>
    }
}

/// Field key → message, at most one per field.
type FieldErrors = Vec<(&'static str, String)>;

fn put_error(errors: &mut FieldErrors, key: &'static str, message: Option<String>) {
    errors.retain(|(k, _)| *k != key);
    if let Some(message) = message {
        errors.push((key, message));
    }
}

/// A refusal the server tied to a field shows on that field.
fn put_refusal(errors: &mut FieldErrors, err: &AppError) {
    if let AppError::Invalid {
        field: Some(key),
        message,
    } = err
    {
        if let Some(field) = Field::find(key) {
            put_error(errors, field.key, Some(message.clone()));
        }
    }
}
