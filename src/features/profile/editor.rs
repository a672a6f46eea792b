//! The form and everything live on the page: the only part of the profile that runs in the
//! browser.

use leptos::{ev::SubmitEvent, prelude::*};

use super::page::ProfileEcho;
use super::{Field, ProfileView, SaveProfile, Section, PROFILE_FIELDS};
use crate::domain::AvatarUrl;
use crate::error::AppError;
use crate::i18n::{self, Lang};
use crate::ui::{hydrated_flag, show_saved_user, FieldInput, LocalTime, Notice};

thread_local! {
    /// Logto's fresh profile, handed from `FreshProfile` (streamed last) to the editor. Only
    /// touched inside effects, which run in the browser alone: never shared between requests.
    pub static FRESH: ArcRwSignal<Option<ProfileView>> = ArcRwSignal::new(None);
}

/// Where a save that needs a proof of identity goes (and comes back from, with the edit).
pub const CONFIRM_FOR_PROFILE: &str = "/confirm?return_to=%2Fprofile";

#[island]
pub fn ProfileEditor(
    initial: ProfileView,
    echo: Option<ProfileEcho>,
    saved: bool,
    lang: Lang,
) -> impl IntoView {
    let (start_original, start_edited) = match &echo {
        Some(echo) => (echo.original.clone(), echo.edited.clone()),
        None => (initial.form.clone(), initial.form.clone()),
    };
    // Small vectors rather than maps: a handful of entries, and less code in the WASM.
    // Fields the user edited (an echoed or kept edit counts) keep their values when Logto's
    // fresh ones arrive.
    let touched = RwSignal::new(
        start_edited
            .changed_from(&start_original)
            .iter()
            .map(|f| f.key)
            .collect::<Vec<&'static str>>(),
    );
    let original = RwSignal::new(start_original);
    let edited = RwSignal::new(start_edited);
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
            show_saved_user(&saved, lang);
            original.set(saved.clone());
            edited.set(saved);
            touched.set(Vec::new());
            errors.set(FieldErrors::new());
            server_error.set(None);
        }
        // A username change waits for "confirm it's you": the server kept the edit for after.
        Some(Err(AppError::ProofNeeded)) => {
            let _ = window().location().set_href(CONFIRM_FOR_PROFILE);
        }
        Some(Err(err)) => {
            errors.update(|e| put_refusal(e, &err));
            server_error.set(Some(err));
        }
        None => {}
    });

    let on_input = move |field: &'static Field, value: String| {
        touched.update(|t| {
            if !t.contains(&field.key) {
                t.push(field.key);
            }
        });
        let message = field
            .validate(&value)
            .err()
            .map(|invalid| invalid.0.get(lang).to_owned());
        errors.update(|e| put_error(e, field.key, message));
        edited.update(|f| f.set(field.key, value));
    };

    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let form = edited.get_untracked();
        let base = original.get_untracked();
        let found: FieldErrors = form
            .changed_from(&base)
            .into_iter()
            .filter_map(|f| {
                let invalid = f.validate(form.get(f.key)).err()?;
                Some((f.key, invalid.0.get(lang).to_owned()))
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
                lang
                value=Signal::derive(move || edited.with(|e| e.get(f.key).to_owned()))
                original=Signal::derive(move || original.with(|o| o.get(f.key).to_owned()))
                error=Signal::derive(move || {
                    errors.with(|e| e.iter().find(|(k, _)| *k == f.key).map(|(_, m)| m.clone()))
                })
                on_input=on_input
            />
        }
    };
    let group = move |section: Section| {
        PROFILE_FIELDS
            .iter()
            .filter(move |f| f.section == section)
            .map(field)
            .collect_view()
    };
    let avatar_preview = move || {
        edited
            .with(|e| AvatarUrl::parse(e.get("avatar")).ok())
            .map(|url| {
                view! {
                    <img
                        class="avatar-preview"
                        src=url.as_str().to_owned()
                        alt=i18n::AVATAR_PREVIEW.get(lang)
                    />
                }
            })
    };
    let not_set = i18n::NOT_SET.get(lang);
    let created_at = Signal::derive(move || facts.with(|f| f.created_at));
    let last_sign_in_at = Signal::derive(move || facts.with(|f| f.last_sign_in_at));
    let saved_locale = Signal::derive(move || original.with(|o| o.get("locale").to_owned()));
    let saved_zone = Signal::derive(move || original.with(|o| o.get("zoneinfo").to_owned()));
    view! {
        <Show when=saved_notice>
            <Notice kind="success" text=i18n::PROFILE_SAVED.get(lang).to_owned() />
        </Show>
        {move || {
            server_error
                .get()
                .filter(|e| e.field().is_none())
                .map(|e| {
                    view! {
                        <Notice
                            kind="error"
                            text=format!("{} {}", e.message(lang), i18n::PROFILE_KEPT.get(lang))
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
                <h2 id="basic-title">{i18n::SECTION_BASIC.get(lang)}</h2>
                <div class="avatar-row">
                    <div class="avatar-frame" aria-hidden="true">
                        {avatar_preview}
                    </div>
                    <div class="grow">{group(Section::Basic)}</div>
                </div>
            </section>
            <section class="card" aria-labelledby="personal-title">
                <h2 id="personal-title">{i18n::SECTION_PERSONAL.get(lang)}</h2>
                <div class="grid">{group(Section::Personal)}</div>
            </section>
            <section class="card" aria-labelledby="address-title">
                <h2 id="address-title">{i18n::SECTION_ADDRESS.get(lang)}</h2>
                <div class="grid">{group(Section::Address)}</div>
            </section>
            <section class="card" aria-labelledby="account-title">
                <h2 id="account-title">{i18n::SECTION_SIGN_IN.get(lang)}</h2>
                <dl class="facts">
                    <dt>{i18n::FACT_EMAIL.get(lang)}</dt>
                    <dd>{move || facts.with(|f| f.email.clone()).unwrap_or_else(|| not_set.into())}</dd>
                    <dt>{i18n::FACT_PHONE.get(lang)}</dt>
                    <dd>{move || facts.with(|f| f.phone.clone()).unwrap_or_else(|| not_set.into())}</dd>
                    <dt>{i18n::FACT_CREATED.get(lang)}</dt>
                    <dd><LocalTime at=created_at locale=saved_locale zone=saved_zone /></dd>
                    <dt>{i18n::FACT_LAST_SIGN_IN.get(lang)}</dt>
                    <dd><LocalTime at=last_sign_in_at locale=saved_locale zone=saved_zone /></dd>
                </dl>
            </section>
            <div class="form-actions">
                <button type="submit" class="button" disabled=move || pending.get()>
                    {move || {
                        if pending.get() { i18n::PROFILE_SAVING } else { i18n::PROFILE_SAVE }
                            .get(lang)
                    }}
                </button>
                <Show when=dirty>
                    <span class="muted small">{i18n::PROFILE_UNSAVED.get(lang)}</span>
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

/// Every field a refusal names shows its message on that field.
fn put_refusal(errors: &mut FieldErrors, err: &AppError) {
    for (key, message) in err.field_messages() {
        if let Some(field) = Field::find(key) {
            put_error(errors, field.key, Some(message.to_owned()));
        }
    }
}
