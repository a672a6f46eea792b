//! The form and everything live on the page: the only part of the profile that runs in the
//! browser.

use leptos::{ev::SubmitEvent, prelude::*};

#[cfg(any(feature = "ssr", feature = "hydrate"))]
use super::declared;
use super::field::FieldInput;
use super::page::ProfileEcho;
use super::saved_user::show_saved_user;
use super::{Field, ProfileForm, ProfileView, Section, PROFILE_FIELDS};
use crate::domain::AvatarUrl;
use crate::error::AppError;
use crate::i18n::{self, Lang};
use crate::ui::{hydrated_flag, LocalTime, Notice};

/// The element holding Logto's fresh profile as JSON, streamed last (`page::FreshProfile`): in
/// the page before the editor runs, which takes it once.
pub const FRESH_ID: &str = "profile-fresh";

#[cfg(feature = "hydrate")]
fn fresh_from_page() -> Option<ProfileView> {
    let text = document().get_element_by_id(FRESH_ID)?.text_content()?;
    serde_json::from_str(&text).ok()
}

#[cfg(not(feature = "hydrate"))]
fn fresh_from_page() -> Option<ProfileView> {
    None
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
    // Plain shared data, not a `StoredValue`: a page whose reader went away is disposed while its
    // streamed part may still render, and a disposed `StoredValue` panics when read.
    let hidden: std::sync::Arc<[String]> = initial.hidden.clone().into();
    let hidden_keys = hidden.clone();
    let touched = RwSignal::new(
        start_edited
            .changed_from(&start_original)
            .iter()
            .map(|f| f.key.to_owned())
            .chain(declared_edits(&start_original, &start_edited))
            .collect::<Vec<String>>(),
    );
    // The declared fields, drawn by the server only (see `declared::inputs`).
    #[cfg(feature = "ssr")]
    let declared_html = {
        let messages: Vec<(String, String)> = echo
            .as_ref()
            .and_then(|e| e.error.as_ref())
            .map(|err| {
                err.field_messages()
                    .into_iter()
                    .map(|(k, m)| (k.to_owned(), m.to_owned()))
                    .collect()
            })
            .unwrap_or_default();
        let messages: Vec<(&str, &str)> = messages
            .iter()
            .map(|(k, m)| (k.as_str(), m.as_str()))
            .collect();
        let drawing = declared::Drawing {
            specs: &initial.custom,
            edited: &start_edited,
            shown: &start_original,
            errors: &messages,
            lang,
        };
        let html = |section| declared::section_html(&drawing, section);
        [
            html("basic"),
            html("personal"),
            html("address"),
            declared::own_sections_html(&drawing),
        ]
    };
    #[cfg(not(feature = "ssr"))]
    let declared_html: [String; 4] = Default::default();
    let [basic_html, personal_html, address_html, own_html] = declared_html;
    let original = RwSignal::new(start_original);
    let edited = RwSignal::new(start_edited);
    let errors = RwSignal::new(FieldErrors::new());
    let facts = RwSignal::new(initial.clone());
    let save = Save::new();
    let hydrated = hydrated_flag();

    let server_error = RwSignal::new(echo.as_ref().and_then(|e| e.error.clone()));
    if let Some(err) = server_error.get_untracked() {
        errors.update(|e| put_refusal(e, &err));
    }

    // Fresh values from Logto replace what the user has not touched.
    Effect::new(move |_| {
        if let Some(view) = fresh_from_page() {
            // One update per signal, not one per field: every field input reads both.
            // A declared field's value, row version and mask move together.
            let untouched: Vec<String> = touched.with_untracked(|t| {
                let declared: Vec<String> = view
                    .form
                    .extras()
                    .filter(|(k, _)| !k.starts_with("forget."))
                    .filter(|(k, _)| {
                        k.split_once('.')
                            .is_some_and(|(_, key)| !t.iter().any(|x| x == key))
                    })
                    .map(|(k, _)| k.to_owned())
                    .collect();
                PROFILE_FIELDS
                    .iter()
                    .map(|f| f.key.to_owned())
                    .filter(|k| !t.contains(k))
                    .chain(declared)
                    .collect()
            });
            for form in [original, edited] {
                form.update(|form| {
                    for key in &untouched {
                        form.set(key, view.form.get(key).to_owned());
                    }
                });
            }
            facts.set(view);
        }
    });

    // A finished save: the saved values become the new baseline, or the refusal is shown.
    Effect::new(move |_| match save.outcome.get() {
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
            // Changed elsewhere: what holds now becomes the baseline; the typed values stay.
            if let AppError::Changed { current, .. } = &err {
                original.update(|o| {
                    for entry in current {
                        o.set(&entry.field, entry.message.clone());
                    }
                });
            }
            errors.update(|e| put_refusal(e, &err));
            server_error.set(Some(err));
        }
        None => {}
    });

    let touch = move |key: &str| {
        touched.update(|t| {
            if !t.iter().any(|k| k == key) {
                t.push(key.to_owned());
            }
        });
    };
    let on_input = move |field: &'static Field, value: String| {
        touch(field.key);
        let message = field
            .validate(&value)
            .err()
            .map(|invalid| invalid.0.get(lang).to_owned());
        errors.update(|e| put_error(e, field.key, message));
        edited.update(|f| f.set(field.key, value));
    };
    // A declared field's entry: `custom.<key>` is checked as typed (with the rules its control
    // carries); `forget.<key>` just noted.
    #[cfg(feature = "hydrate")]
    let on_custom_input = move |field: &web_sys::Element, entry: String, value: String| {
        let Some((kind, key)) = entry.split_once('.') else {
            return;
        };
        touch(key);
        if kind == "custom" {
            let message = declared::spec_of(field, key)
                .and_then(|spec| Some(spec.check(&value).err()?.message(&spec, lang)));
            errors.update(|e| put_error(e, &entry, message));
        }
        edited.update(|f| f.set(&entry, value));
    };
    // The declared fields' controls are the server's: read on every input through the form,
    // and given back the values the editor holds when those change for another reason.
    let form_ref = NodeRef::<leptos::html::Form>::new();
    let on_form_input = move |ev: leptos::ev::Event| {
        #[cfg(feature = "hydrate")]
        {
            use wasm_bindgen::JsCast;
            let Some(target) = ev
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            else {
                return;
            };
            let name = target.get_attribute("name").unwrap_or_default();
            let field = target.closest("[data-field]").ok().flatten();
            if let (Some(form), Some(field)) = (form_ref.get_untracked(), field) {
                if name.starts_with("custom.") || name.starts_with("forget.") {
                    on_custom_input(&field, name.clone(), declared::read_entry(&form, &name));
                }
            }
        }
        #[cfg(not(feature = "hydrate"))]
        let _ = (ev, touch);
    };
    #[cfg(feature = "hydrate")]
    Effect::new(move |_| {
        let Some(form) = form_ref.get() else { return };
        edited.with(|e| {
            original.with(|o| {
                errors.with(|errors| {
                    for (key, field) in declared::fields(&form) {
                        let name = format!("custom.{key}");
                        for entry in [name.as_str(), &format!("forget.{key}")] {
                            declared::put_entry(&form, entry, e.get(entry));
                        }
                        let error = errors.iter().find(|(k, _)| *k == name);
                        declared::show_problem(&field, error.map(|(_, m)| m.as_str()));
                        declared::show_changed(&field, declared_changed(&key, o, e));
                        let mask = o.extra("mask", &key);
                        let saved_as =
                            (!mask.is_empty()).then(|| i18n::CUSTOM_SAVED_AS.fill(lang, &[mask]));
                        declared::show_mask(&field, saved_as);
                    }
                })
            })
        })
    });

    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let form = edited.get_untracked();
        let base = original.get_untracked();
        #[cfg_attr(not(feature = "hydrate"), allow(unused_mut))]
        let mut found: FieldErrors = form
            .changed_from(&base)
            .into_iter()
            .filter_map(|f| {
                let invalid = f.validate(form.get(f.key)).err()?;
                Some((f.key.to_owned(), invalid.0.get(lang).to_owned()))
            })
            .collect();
        #[cfg(feature = "hydrate")]
        if let Some(page) = form_ref.get_untracked() {
            for (key, field) in declared::fields(&page) {
                let Some(spec) = declared::spec_of(&field, &key) else {
                    continue;
                };
                if declared_changed(&key, &base, &form) {
                    if let Err(problem) = spec.check(form.extra("custom", &key)) {
                        found.push((format!("custom.{key}"), problem.message(&spec, lang)));
                    }
                }
            }
        }
        if !found.is_empty() {
            errors.set(found);
            return;
        }
        server_error.set(None);
        save.dispatch(base, form);
    };

    let pending = save.pending;
    let dirty = move || {
        edited.with(|e| {
            original.with(|o| !e.changed_from(o).is_empty() || !declared_edits(o, e).is_empty())
        })
    };
    let saved_notice = move || {
        let just_saved = matches!(save.outcome.get(), Some(Ok(_))) && !dirty();
        let came_back_saved = saved && save.count.get() == 0;
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
                    errors.with(|e| e.iter().find(|(k, _)| k == f.key).map(|(_, m)| m.clone()))
                })
                on_input=on_input
            />
        }
    };
    let group = move |section: Section, html: String| {
        let hidden = hidden.clone();
        let built_in = PROFILE_FIELDS
            .iter()
            // The photo has a page of its own (`/profile/photo`).
            .filter(move |f| {
                f.section == section && f.key != "avatar" && !hidden.iter().any(|k| k == f.key)
            })
            .map(field)
            .collect_view();
        view! { {built_in} <div class="declared" inner_html=html></div> }
    };
    let avatar_preview = move || {
        original
            .with(|o| AvatarUrl::parse(o.get("avatar")).ok())
            .map(|url| {
                view! { <img class="avatar-preview" src=url.as_str().to_owned() alt="" /> }
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
            on:input=on_form_input
            on:change=on_form_input
            node_ref=form_ref
            novalidate
        >
            {PROFILE_FIELDS
                .iter()
                .map(|f| f.key.to_owned())
                // A hidden field has no input: no baseline either, so it never reads as changed.
                .filter(|k| !hidden_keys.contains(k))
                .chain(
                    original.with_untracked(|o| {
                        o.extras()
                            .filter(|(k, _)| !k.starts_with("forget."))
                            .map(|(k, _)| k.to_owned())
                            .collect::<Vec<_>>()
                    }),
                )
                .map(|key| {
                    let name = format!("original.{key}");
                    view! {
                        <input
                            type="hidden"
                            name=name
                            value=move || original.with(|o| o.get(&key).to_owned())
                        />
                    }
                })
                .collect_view()}
            <section class="card" aria-labelledby="basic-title">
                <h2 id="basic-title">{i18n::SECTION_BASIC.get(lang)}</h2>
                <div class="avatar-row">
                    <div class="avatar-column">
                        <div class="avatar-frame" aria-hidden="true">
                            {avatar_preview}
                        </div>
                        <a href="/profile/photo">{i18n::PHOTO_CHANGE.get(lang)}</a>
                    </div>
                    <div class="grow">{group(Section::Basic, basic_html)}</div>
                </div>
            </section>
            <section class="card" aria-labelledby="personal-title">
                <h2 id="personal-title">{i18n::SECTION_PERSONAL.get(lang)}</h2>
                <div class="grid">{group(Section::Personal, personal_html)}</div>
            </section>
            <section class="card" aria-labelledby="address-title">
                <h2 id="address-title">{i18n::SECTION_ADDRESS.get(lang)}</h2>
                <div class="grid">{group(Section::Address, address_html)}</div>
            </section>
            <div class="declared" inner_html=own_html></div>
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

/// A save of the form through the `SaveProfile` server function's endpoint: whether one is under
/// way, the last outcome, and how many were made. A plain `fetch` rather than Leptos's server
/// function client, which brings its streaming and encoding machinery to the WASM.
#[derive(Clone, Copy)]
struct Save {
    pending: RwSignal<bool>,
    outcome: RwSignal<Option<Result<ProfileForm, AppError>>>,
    count: RwSignal<u32>,
}

impl Save {
    fn new() -> Save {
        Save {
            pending: RwSignal::new(false),
            outcome: RwSignal::new(None),
            count: RwSignal::new(0),
        }
    }

    fn dispatch(self, original: ProfileForm, edited: ProfileForm) {
        self.pending.set(true);
        self.count.update(|n| *n += 1);
        #[cfg(feature = "hydrate")]
        leptos::task::spawn_local(async move {
            let outcome = post_save(&original, &edited).await;
            self.outcome.set(Some(outcome));
            self.pending.set(false);
        });
        #[cfg(not(feature = "hydrate"))]
        let _ = (original, edited);
    }
}

/// The server function's endpoint (`api::save_profile`), called as its client would: JSON in,
/// the saved form or the refusal (`AppError`, with its status) out.
#[cfg(feature = "hydrate")]
async fn post_save(original: &ProfileForm, edited: &ProfileForm) -> Result<ProfileForm, AppError> {
    #[derive(serde::Serialize)]
    struct Body<'a> {
        original: &'a ProfileForm,
        edited: &'a ProfileForm,
    }
    let body = serde_json::to_string(&Body { original, edited }).map_err(|_| AppError::Internal)?;
    let (ok, text) = fetch_json(SAVE_URL, &body)
        .await
        .map_err(|_| AppError::Network)?;
    match ok {
        true => serde_json::from_str(&text).map_err(|_| AppError::Network),
        false => Err(serde_json::from_str(&text).unwrap_or(AppError::Network)),
    }
}

/// Where `api::save_profile` answers.
#[cfg(feature = "hydrate")]
const SAVE_URL: &str = "/api/profile/save";

/// POSTs JSON; whether the answer was a success, and its text.
#[cfg(feature = "hydrate")]
async fn fetch_json(url: &str, body: &str) -> Result<(bool, String), wasm_bindgen::JsValue> {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    let init = web_sys::RequestInit::new();
    init.set_method("POST");
    init.set_body(&body.into());
    let headers = web_sys::Headers::new()?;
    headers.set("content-type", "application/json")?;
    headers.set("accept", "application/json")?;
    init.set_headers(&headers);
    let res: web_sys::Response = JsFuture::from(window().fetch_with_str_and_init(url, &init))
        .await?
        .dyn_into()?;
    let text = JsFuture::from(res.text()?)
        .await?
        .as_string()
        .unwrap_or_default();
    Ok((res.ok(), text))
}

/// Field key (`name`, `custom.tax_id`) → message, at most one per field.
type FieldErrors = Vec<(String, String)>;

fn put_error(errors: &mut FieldErrors, key: &str, message: Option<String>) {
    errors.retain(|(k, _)| k != key);
    if let Some(message) = message {
        errors.push((key.to_owned(), message));
    }
}

/// Every field a refusal names shows its message on that field.
fn put_refusal(errors: &mut FieldErrors, err: &AppError) {
    for (key, message) in err.field_messages() {
        put_error(errors, key, Some(message.to_owned()));
    }
}

/// The declared fields with an edit to save: a value other than the page showed, a secret
/// typed or to be removed. As typed: the server normalizes and decides.
fn declared_edits(original: &ProfileForm, edited: &ProfileForm) -> Vec<String> {
    edited
        .extras()
        .filter_map(|(k, _)| {
            k.strip_prefix("custom.")
                .or_else(|| k.strip_prefix("forget."))
        })
        .filter(|key| declared_changed(key, original, edited))
        .map(String::from)
        .collect()
}

fn declared_changed(key: &str, original: &ProfileForm, edited: &ProfileForm) -> bool {
    let value = |form: &ProfileForm| form.extra("custom", key).trim().to_owned();
    value(edited) != value(original) || !edited.extra("forget", key).is_empty()
}
