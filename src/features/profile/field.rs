//! Form building blocks: a labelled input with its live error, and page notices.

use leptos::{either::Either, prelude::*};

#[cfg(feature = "ssr")]
use super::picker::picker_options;
use super::{fields::Input, Field};
use crate::i18n::Lang;

/// Shows `value` as the picker's choice. A zone picked from the list is an option's code until it
/// is saved; the save answers with the zone's name, which no option has: the picked option takes
/// it as its value, so the list keeps showing the choice (`TimeZone::code`).
#[cfg(feature = "hydrate")]
fn choose(select: &web_sys::HtmlSelectElement, value: &str) {
    let picked = select.selected_index();
    select.set_value(value);
    if select.selected_index() >= 0 || picked < 0 {
        return;
    }
    if let Some(option) = select.item(picked as u32) {
        if option
            .get_attribute("value")
            .is_some_and(|v| v.starts_with('~'))
        {
            let _ = option.set_attribute("value", value);
            select.set_value(value);
        }
    }
}

#[component]
pub fn FieldInput(
    field: &'static Field,
    lang: Lang,
    #[prop(into)] value: Signal<String>,
    #[prop(into)] original: Signal<String>,
    #[prop(into)] error: Signal<Option<String>>,
    on_input: impl Fn(&'static Field, String) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let id = format!("field-{}", field.key);
    let error_id = format!("{id}-error");
    let described = {
        let error_id = error_id.clone();
        move || error.get().map(|_| error_id.clone())
    };
    let invalid = move || error.get().is_some().to_string();
    let on_change = move |ev| on_input(field, event_target_value(&ev));
    let control = match field.input {
        Input::Pick(picker) => {
            // The options are the server's: hydration keeps a server-rendered inner HTML, so the
            // browser need not carry the lists (420 time zones, 72 languages in two languages).
            #[cfg(feature = "ssr")]
            let options = picker_options(picker, &value.get_untracked(), lang);
            #[cfg(not(feature = "ssr"))]
            let options = {
                let _ = picker;
                String::new()
            };
            let select = NodeRef::<leptos::html::Select>::new();
            #[cfg(feature = "hydrate")]
            Effect::new(move |_| {
                let value = value.get();
                if let Some(select) = select.get() {
                    choose(&select, &value);
                }
            });
            Either::Left(view! {
                <select
                    node_ref=select
                    id=id.clone()
                    name=field.key
                    autocomplete=field.autocomplete
                    aria-invalid=invalid
                    aria-describedby=described
                    on:change=on_change
                    inner_html=options
                ></select>
            })
        }
        input => Either::Right(view! {
            <input
                id=id.clone()
                name=field.key
                type=match input {
                    Input::Url => "url",
                    Input::Date => "date",
                    _ => "text",
                }
                autocomplete=field.autocomplete
                value=move || value.get()
                aria-invalid=invalid
                aria-describedby=described
                on:input=on_change
            />
        }),
    };
    let changed = move || value.get().trim() != original.get().trim();
    view! {
        <div class="field" class:changed=changed class:invalid=move || error.get().is_some()>
            <label for=id>{field.label.get(lang)}</label>
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
