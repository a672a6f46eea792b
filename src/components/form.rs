//! Form building blocks: a labelled input with its live error, and page notices.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

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
    let kind = match field.key {
        "avatar" | "website" => "url",
        "birthdate" => "date",
        _ => "text",
    };
    let autocomplete = match field.key {
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
    };
    let changed = move || value.get().trim() != original.get().trim();
    let described = error_id.clone();
    view! {
        <div class="field" class:changed=changed class:invalid=move || error.get().is_some()>
            <label for=id.clone()>{field.label}</label>
            <input
                id=id
                name=field.key
                type=kind
                autocomplete=autocomplete
                value=move || value.get()
                aria-invalid=move || error.get().is_some().to_string()
                aria-describedby=move || error.get().map(|_| described.clone())
                on:input=move |ev| on_input(field.key, event_target_value(&ev))
            />
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

/// `YYYY-MM-DD` (UTC) of an epoch-milliseconds timestamp.
pub fn format_date(ms: i64) -> String {
    let days = ms.div_euclid(86_400_000);
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}

#[cfg(test)]
mod tests {
    use super::format_date;

    #[test]
    fn dates_are_iso_days() {
        assert_eq!(format_date(0), "1970-01-01");
        assert_eq!(format_date(1_735_689_600_000), "2025-01-01");
    }
}
