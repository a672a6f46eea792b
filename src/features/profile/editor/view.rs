//! The editor's form: the built-in fields as live inputs, the declared fields as the server drew
//! them, the facts beside the form, and the save button.

use leptos::prelude::*;

use super::{dom, Editor};
use crate::domain::AvatarUrl;
use crate::features::profile::field::FieldInput;
use crate::features::profile::form::ProfileEcho;
use crate::features::profile::{Field, Part, ProfileForm, ProfileView, Section, PROFILE_FIELDS};
use crate::i18n::{self, Lang};
use crate::ui::{hydrated_flag, LocalTime, Notice};

/// The declared fields' HTML per section (basic, personal, address, their own sections), drawn
/// by the server only (see `declared::inputs`); empty in the browser, which keeps the server's.
#[cfg(feature = "ssr")]
pub fn declared_html(
    initial: &ProfileView,
    echo: Option<&ProfileEcho>,
    shown: &ProfileForm,
    edited: &ProfileForm,
    lang: Lang,
) -> [String; 4] {
    use crate::features::profile::declared;
    let messages: Vec<(&str, &str)> = echo
        .and_then(|e| e.error.as_ref())
        .map(crate::error::AppError::field_messages)
        .unwrap_or_default();
    let drawing = declared::Drawing {
        specs: &initial.custom,
        edited,
        shown,
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
}

#[cfg(not(feature = "ssr"))]
pub fn declared_html(
    _initial: &ProfileView,
    _echo: Option<&ProfileEcho>,
    _shown: &ProfileForm,
    _edited: &ProfileForm,
    _lang: Lang,
) -> [String; 4] {
    Default::default()
}

pub fn editor(
    editor: Editor,
    hidden: &[String],
    declared_html: [String; 4],
    saved: bool,
) -> impl IntoView {
    let lang = editor.lang;
    let form_ref = NodeRef::<leptos::html::Form>::new();
    dom::keep_in_step(editor, form_ref);
    // Plain shared data, not a `StoredValue`: a page whose reader went away is disposed while
    // its streamed part may still render, and a disposed `StoredValue` panics when read.
    let hidden: std::sync::Arc<[String]> = hidden.to_vec().into();
    let [basic, personal, address, own] = declared_html;
    let in_section = hidden.clone();
    let section = move |title, id, class, section: Section, html: String| {
        let fields = fields(editor, section, in_section.clone());
        view! {
            <section class="card" aria-labelledby=id>
                <h2 id=id>{i18n::Text::get(title, lang)}</h2>
                <div class=class>{fields} <div class="declared" inner_html=html></div></div>
            </section>
        }
    };
    view! {
        {notices(editor, saved)}
        <form
            class="profile-form"
            data-hydrated=hydrated_flag()
            method="post"
            action="/profile"
            on:submit=move |ev| editor.submit(ev, form_ref)
            on:input=move |ev| dom::input(editor, form_ref, ev)
            on:change=move |ev| dom::input(editor, form_ref, ev)
            node_ref=form_ref
            novalidate
        >
            {original_inputs(editor, hidden.clone())}
            <section class="card" aria-labelledby="basic-title">
                <h2 id="basic-title">{i18n::SECTION_BASIC.get(lang)}</h2>
                <div class="avatar-row">
                    {avatar(editor)}
                    <div class="grow">
                        {fields(editor, Section::Basic, hidden.clone())}
                        <div class="declared" inner_html=basic></div>
                    </div>
                </div>
            </section>
            {section(i18n::SECTION_PERSONAL, "personal-title", "grid", Section::Personal, personal)}
            {section(i18n::SECTION_ADDRESS, "address-title", "grid", Section::Address, address)}
            <div class="declared" inner_html=own></div>
            {facts(editor)}
            {actions(editor)}
        </form>
    }
}

/// "Saved", and a refusal that names no field (what was typed is kept).
fn notices(editor: Editor, saved: bool) -> impl IntoView {
    let lang = editor.lang;
    let save = editor.save;
    let saved_notice = move || {
        let just_saved = matches!(save.outcome.get(), Some(Ok(_))) && !editor.dirty();
        let came_back_saved = saved && save.count.get() == 0;
        just_saved || came_back_saved
    };
    view! {
        <Show when=saved_notice>
            <Notice kind="success" text=i18n::PROFILE_SAVED.get(lang).to_owned() />
        </Show>
        {move || {
            editor
                .server_error
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
    }
}

/// What the page showed, posted along (without JavaScript the server compares with it).
fn original_inputs(editor: Editor, hidden: std::sync::Arc<[String]>) -> impl IntoView {
    let builtin = PROFILE_FIELDS
        .iter()
        // A hidden field has no input: no baseline either, so it never reads as changed.
        .filter(|f| !hidden.iter().any(|k| k == f.key))
        .map(move |f| {
            let value = move || editor.original.with(|o| o.get(f.key).to_owned());
            view! { <input type="hidden" name=format!("original.{}", f.key) value=value /> }
        })
        .collect_view();
    // The parts the page was given (a sensitive field has no value, only its mask).
    let shown = editor.original.with_untracked(|o| {
        o.declared_fields()
            .flat_map(|(key, d)| {
                Part::SHOWN
                    .into_iter()
                    .filter(|part| d.text(*part).is_some())
                    .map(|part| (key.to_owned(), part))
            })
            .collect::<Vec<_>>()
    });
    let declared = shown
        .into_iter()
        .map(move |(key, part)| {
            let name = format!("original.{}", part.name(&key));
            let value = move || {
                editor
                    .original
                    .with(|o| o.declared(&key).text(part).unwrap_or_default())
            };
            view! { <input type="hidden" name=name value=value /> }
        })
        .collect_view();
    (builtin, declared)
}

/// A section's built-in fields (the photo has a page of its own, `/profile/photo`).
fn fields(editor: Editor, section: Section, hidden: std::sync::Arc<[String]>) -> impl IntoView {
    PROFILE_FIELDS
        .iter()
        .filter(move |f| {
            f.section == section && f.key != "avatar" && !hidden.iter().any(|k| k == f.key)
        })
        .map(move |f| field(editor, f))
        .collect_view()
}

fn field(editor: Editor, f: &'static Field) -> impl IntoView {
    let Editor {
        edited,
        original,
        errors,
        lang,
        ..
    } = editor;
    view! {
        <FieldInput
            field=f
            lang
            value=Signal::derive(move || edited.with(|e| e.get(f.key).to_owned()))
            original=Signal::derive(move || original.with(|o| o.get(f.key).to_owned()))
            error=Signal::derive(move || {
                errors.with(|e| e.iter().find(|(k, _)| k == f.key).map(|(_, m)| m.clone()))
            })
            on_input=move |f, value| editor.input(f, value)
        />
    }
}

fn avatar(editor: Editor) -> impl IntoView {
    let preview = move || {
        editor
            .original
            .with(|o| AvatarUrl::parse(o.get("avatar")).ok())
            .map(|url| view! { <img class="avatar-preview" src=url.as_str().to_owned() alt="" /> })
    };
    view! {
        <div class="avatar-column">
            <div class="avatar-frame" aria-hidden="true">{preview}</div>
            <a href="/profile/photo">{i18n::PHOTO_CHANGE.get(editor.lang)}</a>
        </div>
    }
}

/// How the user signs in and since when: Logto's, not edited here.
fn facts(editor: Editor) -> impl IntoView {
    let Editor {
        facts,
        original,
        lang,
        ..
    } = editor;
    let not_set = i18n::NOT_SET.get(lang);
    let created_at = Signal::derive(move || facts.with(|f| f.created_at));
    let last_sign_in_at = Signal::derive(move || facts.with(|f| f.last_sign_in_at));
    let saved_locale = Signal::derive(move || original.with(|o| lang.date_locale(o.get("locale"))));
    let saved_zone = Signal::derive(move || original.with(|o| o.get("zoneinfo").to_owned()));
    view! {
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
    }
}

fn actions(editor: Editor) -> impl IntoView {
    let lang = editor.lang;
    let pending = editor.save.pending;
    view! {
        <div class="form-actions">
            <button type="submit" class="button" disabled=move || pending.get()>
                {move || {
                    if pending.get() { i18n::PROFILE_SAVING } else { i18n::PROFILE_SAVE }.get(lang)
                }}
            </button>
            <Show when=move || editor.dirty()>
                <span class="muted small">{i18n::PROFILE_UNSAVED.get(lang)}</span>
            </Show>
        </div>
    }
}
