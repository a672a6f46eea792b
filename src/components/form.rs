//! Form building blocks: a labelled input with its live error, and page notices.

use leptos::{either::Either, prelude::*};
use serde::{Deserialize, Serialize};

use super::picker::picker_options;
use crate::domain::{Field, ProfileForm};
use crate::error::AppError;

/// What a failed form post without JavaScript brings back to the page: the values as typed and
/// the refusal (server only; provided by the POST handler).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProfileEcho {
    pub original: ProfileForm,
    pub edited: ProfileForm,
    pub error: Option<AppError>,
}

#[component]
pub fn FieldInput(
    field: &'static Field,
    #[prop(into)] value: Signal<String>,
    #[prop(into)] original: Signal<String>,
    #[prop(into)] error: Signal<Option<String>>,
    on_input: impl Fn(&'static str, String) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let id = format!("field-{}", field.key);
    let error_id = format!("{id}-error");
    let described = {
        let error_id = error_id.clone();
        move || error.get().map(|_| error_id.clone())
    };
    let invalid = move || error.get().is_some().to_string();
    let on_change = move |ev| on_input(field.key, event_target_value(&ev));
    let control = if matches!(field.key, "zoneinfo" | "locale") {
        let current = value.get_untracked();
        Either::Left(view! {
            <select
                id=id.clone()
                name=field.key
                autocomplete=autocomplete(field.key)
                prop:value=move || value.get()
                aria-invalid=invalid
                aria-describedby=described
                on:change=on_change
                inner_html=picker_options(field.key, &current)
            ></select>
        })
    } else {
        Either::Right(view! {
            <input
                id=id.clone()
                name=field.key
                type=input_type(field.key)
                autocomplete=autocomplete(field.key)
                value=move || value.get()
                aria-invalid=invalid
                aria-describedby=described
                on:input=on_change
            />
        })
    };
    let changed = move || value.get().trim() != original.get().trim();
    view! {
        <div class="field" class:changed=changed class:invalid=move || error.get().is_some()>
            <label for=id>{field.label}</label>
            {control}
            {move || {
                error
                    .get()
                    .map(|message| {
                        view! {
                            <p class="field-error" id=error_id.clone()>
                                {message}
                            </p>
                        }
                    })
            }}
        </div>
    }
}

fn input_type(key: &str) -> &'static str {
    match key {
        "avatar" | "website" => "url",
        "birthdate" => "date",
        _ => "text",
    }
}

fn autocomplete(key: &str) -> &'static str {
    match key {
        "name" => "name",
        "username" => "username",
        "given_name" => "given-name",
        "middle_name" => "additional-name",
        "family_name" => "family-name",
        "nickname" => "nickname",
        "website" => "url",
        "gender" => "sex",
        "birthdate" => "bday",
        "locale" => "language",
        "street_address" => "street-address",
        "locality" => "address-level2",
        "region" => "address-level1",
        "postal_code" => "postal-code",
        "country" => "country-name",
        _ => "off",
    }
}

/// A message about the whole page: `kind` is `success`, `error` or `warn`.
#[component]
pub fn Notice(kind: &'static str, text: String) -> impl IntoView {
    let role = if kind == "error" { "alert" } else { "status" };
    view! {
        <p class=format!("notice {kind}") role=role>
            {text}
        </p>
    }
}
