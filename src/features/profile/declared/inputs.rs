//! The declared fields on the profile page. The server draws them (`inner_html`, which hydration
//! keeps): label, control, help, the masked saved secret with a way to remove it, the error.
//! Every control posts under `custom.<key>`, so the form works without JavaScript.
//!
//! In the browser the profile editor drives them through the DOM with the helpers below: the
//! rules are read back from the control's attributes (written from the declaration) into a
//! [`FieldSpec`], so the browser runs the server's own check. Eleven kinds of control drawn by
//! the island would each cost their own rendering and deserializing code in the WASM every page
//! downloads; this costs a few DOM calls.

#[cfg(feature = "ssr")]
use leptos::prelude::*;

#[cfg(any(feature = "ssr", feature = "hydrate"))]
use super::spec::FieldSpec;
#[cfg(feature = "ssr")]
use super::spec::{CustomSpecs, Kind};
#[cfg(any(feature = "ssr", feature = "hydrate"))]
use crate::features::profile::Part;
#[cfg(feature = "ssr")]
use crate::i18n::{self, Lang};

/// What the server draws the declared fields with: the values as typed (`edited`), what the
/// page showed (`shown`: the masks of saved secrets), the messages (`custom.<key>` → message).
#[cfg(feature = "ssr")]
pub struct Drawing<'a> {
    pub specs: &'a CustomSpecs,
    pub edited: &'a crate::features::profile::ProfileForm,
    pub shown: &'a crate::features::profile::ProfileForm,
    pub errors: &'a [(&'a str, &'a str)],
    pub lang: Lang,
}

/// The declared fields of one card (server only).
#[cfg(feature = "ssr")]
pub fn section_html(d: &Drawing, section: &str) -> String {
    d.specs
        .in_section(section)
        .map(|spec| {
            let name = Part::Value.name(&spec.key);
            let error = d.errors.iter().find(|(k, _)| *k == name).map(|(_, m)| *m);
            let mask = d.shown.declared(&spec.key).mask();
            field_html(
                spec,
                d.edited.declared(&spec.key).value(),
                mask,
                error,
                d.lang,
            )
        })
        .collect()
}

/// The declared cards of their own (server only), after the built-in ones.
#[cfg(feature = "ssr")]
pub fn own_sections_html(d: &Drawing) -> String {
    d.specs
        .sections
        .iter()
        .map(|section| {
            let title_id = format!("{}-title", section.key);
            let labelled_by = title_id.clone();
            let fields = section_html(d, &section.key);
            view! {
                <section class="card" aria-labelledby=labelled_by>
                    <h2 id=title_id>{section.title.clone()}</h2>
                    <div class="grid" inner_html=fields></div>
                </section>
            }
            .to_html()
        })
        .collect()
}

#[cfg(feature = "ssr")]
fn field_html(
    spec: &FieldSpec,
    value: &str,
    mask: &str,
    error: Option<&str>,
    lang: Lang,
) -> String {
    let id = format!("field-{}", spec.key);
    let inline = spec.editable && spec.kind == Kind::Boolean;
    // A group of boxes is named by its label's id; every other control by `for` (a value shown
    // read-only is no control).
    let group = spec.editable && spec.kind == Kind::MultipleChoice;
    let labels_control = spec.editable && !group;
    let label = view! {
        <label for=labels_control.then(|| id.clone()) id=format!("{id}-label")>{spec.label.clone()}</label>
    }
    .to_html();
    let control = control_html(spec, value, error.is_some(), lang);
    let (first, second) = if inline {
        (control, label)
    } else {
        (label, control)
    };
    let help = spec.help.clone().map(|help| {
        view! { <p class="field-help muted small" id=format!("{id}-help")>{help}</p> }
    });
    let secret = spec.sensitive.then(|| {
        let forget_id = format!("{id}-forget");
        let forget_for = forget_id.clone();
        view! {
            <div class="saved-secret" hidden=mask.is_empty()>
                <p class="muted small">
                    <span data-mask>{i18n::CUSTOM_SAVED_AS.fill(lang, &[mask])}</span>
                    " " {i18n::CUSTOM_REPLACE.get(lang)}
                </p>
                <label class="choice" for=forget_for>
                    <input id=forget_id type="checkbox" name=Part::Forget.name(&spec.key) value="true" />
                    {i18n::CUSTOM_REMOVE.get(lang)}
                </label>
            </div>
        }
    });
    let class = match (inline, error.is_some()) {
        (true, true) => "field inline invalid",
        (true, false) => "field inline",
        (false, true) => "field invalid",
        (false, false) => "field",
    };
    view! {
        <div class=class data-field=spec.key.clone()>
            <div class="field-body" inner_html=format!("{first}{second}")></div>
            {help}
            {secret}
            <p class="field-error" id=format!("{id}-error") hidden=error.is_none()>
                {error.map(str::to_owned)}
            </p>
        </div>
    }
    .to_html()
}

/// The control: the input its kind calls for, with the value and the declared rules as
/// attributes (`data-*`: read back by the browser's check; the form itself is `novalidate`).
#[cfg(feature = "ssr")]
fn control_html(spec: &FieldSpec, value: &str, invalid: bool, lang: Lang) -> String {
    let id = format!("field-{}", spec.key);
    let name = Part::Value.name(&spec.key);
    let described = [
        spec.help.as_ref().map(|_| format!("{id}-help")),
        Some(format!("{id}-error")),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" ");
    let invalid = invalid.then_some("true");
    let autocomplete = match spec.sensitive {
        true => Some("off".to_owned()),
        false => spec.autocomplete.clone(),
    };
    if !spec.editable {
        // Shown, not changed here; posted back as shown so a plain form save leaves it be.
        return view! {
            <p class="readonly-value" id=id aria-labelledby=format!("field-{}-label", spec.key)>
                {spec.words(value, lang)}
            </p>
            <input type="hidden" name=name value=value.to_owned() />
        }
        .to_html();
    }
    let option = |v: &str, label: &str| {
        view! { <option value=v.to_owned() selected=v == value>{label.to_owned()}</option> }
    };
    let kind = kind_name(spec.kind);
    let min = spec.min.clone();
    let max = spec.max.clone();
    let pattern = spec.pattern.clone();
    let pattern_message = spec.pattern_message.clone();
    let min_len = spec.min_len;
    let required = spec.required;
    match spec.kind {
        Kind::Multiline => view! {
            <textarea id=id name=name rows="3" maxlength=spec.max_len minlength=min_len
                required=required autocomplete=autocomplete aria-invalid=invalid
                aria-describedby=described data-kind=kind data-pattern=pattern
                data-pattern-message=pattern_message>{value.to_owned()}</textarea>
        }
        .to_html(),
        Kind::Boolean => view! {
            <input id=id class="check" type="checkbox" name=name value="true"
                checked=value == "true" required=required aria-invalid=invalid
                aria-describedby=described data-kind=kind />
        }
        .to_html(),
        Kind::Country => view! {
            <select id=id name=name autocomplete=autocomplete required=required
                aria-invalid=invalid aria-describedby=described data-kind=kind
                inner_html=super::super::picker::country_options(value, lang)>
            </select>
        }
        .to_html(),
        Kind::SingleChoice => view! {
            <select id=id name=name autocomplete=autocomplete required=required
                aria-invalid=invalid aria-describedby=described data-kind=kind>
                {option("", i18n::CUSTOM_CHOOSE.get(lang))}
                {spec
                    .choices
                    .iter()
                    .zip(&spec.choice_labels)
                    .map(|(v, l)| option(v, l))
                    .collect_view()}
            </select>
        }
        .to_html(),
        Kind::MultipleChoice => {
            let boxes = spec
                .choices
                .iter()
                .zip(&spec.choice_labels)
                .map(|(v, l)| {
                    let box_id = format!("{id}-{v}");
                    let for_id = box_id.clone();
                    let on = value.split(',').any(|p| p == v);
                    view! {
                        <label class="choice" for=for_id>
                            <input id=box_id type="checkbox" name=name.clone() value=v.clone()
                                checked=on data-kind=kind />
                            {l.clone()}
                        </label>
                    }
                })
                .collect_view();
            view! {
                <div class="choices" role="group" aria-labelledby=format!("{id}-label")
                    aria-describedby=described aria-invalid=invalid>{boxes}</div>
            }
            .to_html()
        }
        other => {
            let (input_type, inputmode) = match other {
                _ if spec.sensitive => ("text", None),
                Kind::Date => ("date", None),
                Kind::Email => ("email", None),
                Kind::Url => ("url", None),
                Kind::Phone => ("tel", None),
                Kind::Number => ("text", Some("decimal")),
                _ => ("text", None),
            };
            let dated = other == Kind::Date;
            view! {
                <input id=id name=name type=input_type inputmode=inputmode
                    min=min.clone().filter(|_| dated) max=max.clone().filter(|_| dated)
                    maxlength=spec.max_len minlength=min_len required=required
                    autocomplete=autocomplete value=value.to_owned() aria-invalid=invalid
                    aria-describedby=described data-kind=kind data-min=min data-max=max
                    data-pattern=pattern data-pattern-message=pattern_message
                    data-sensitive=spec.sensitive.then_some("true") />
            }
            .to_html()
        }
    }
}

/// The kinds by the names the declaration uses.
#[cfg(any(feature = "ssr", feature = "hydrate"))]
const KIND_NAMES: [(super::Kind, &str); 11] = {
    use super::Kind::*;
    [
        (Text, "text"),
        (Multiline, "multiline"),
        (Number, "number"),
        (Date, "date"),
        (Boolean, "boolean"),
        (SingleChoice, "single-choice"),
        (MultipleChoice, "multiple-choice"),
        (Email, "email"),
        (Url, "url"),
        (Phone, "phone"),
        (Country, "country"),
    ]
};

#[cfg(feature = "ssr")]
fn kind_name(kind: Kind) -> &'static str {
    KIND_NAMES
        .iter()
        .find(|(k, _)| *k == kind)
        .map_or("text", |(_, n)| n)
}

/// The declared fields on the page: each `[data-field]` card entry with its key.
#[cfg(feature = "hydrate")]
pub fn fields(form: &web_sys::HtmlFormElement) -> Vec<(String, web_sys::Element)> {
    use wasm_bindgen::JsCast;
    let Ok(found) = form.query_selector_all("[data-field]") else {
        return Vec::new();
    };
    (0..found.length())
        .filter_map(|i| found.item(i)?.dyn_into::<web_sys::Element>().ok())
        .filter_map(|el| Some((el.get_attribute("data-field")?, el)))
        .collect()
}

/// The field's rules, read back from its control (the server wrote them from the declaration);
/// `None` for a field shown but not edited here.
#[cfg(feature = "hydrate")]
pub fn spec_of(field: &web_sys::Element, key: &str) -> Option<FieldSpec> {
    use wasm_bindgen::JsCast;
    let control = field.query_selector("[data-kind]").ok()??;
    let attr = |name: &str| control.get_attribute(name);
    let kind_name = attr("data-kind")?;
    let kind = KIND_NAMES.iter().find(|(_, n)| *n == kind_name)?.0;
    // The choices are the options and boxes on the page.
    let mut choices = Vec::new();
    if let Ok(options) = field.query_selector_all("option, input[type=checkbox][data-kind]") {
        for i in 0..options.length() {
            if let Some(el) = options
                .item(i)
                .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
            {
                choices.extend(el.get_attribute("value").filter(|v| !v.is_empty()));
            }
        }
    }
    Some(FieldSpec {
        key: key.to_owned(),
        label: String::new(),
        help: None,
        kind,
        section: String::new(),
        required: control.has_attribute("required"),
        min_len: attr("minlength").and_then(|v| v.parse().ok()),
        max_len: attr("maxlength")
            .and_then(|v| v.parse().ok())
            .unwrap_or(kind.default_max_len()),
        min: attr("data-min"),
        max: attr("data-max"),
        pattern: attr("data-pattern"),
        pattern_message: attr("data-pattern-message"),
        choices,
        choice_labels: Vec::new(),
        autocomplete: None,
        editable: true,
        sensitive: attr("data-sensitive").is_some(),
    })
}

/// Shows or clears the field's message, and marks its controls.
#[cfg(feature = "hydrate")]
pub fn show_problem(field: &web_sys::Element, message: Option<&str>) {
    let _ = field
        .class_list()
        .toggle_with_force("invalid", message.is_some());
    if let Ok(Some(error)) = field.query_selector(".field-error") {
        error.set_text_content(message);
        let _ = match message {
            Some(_) => error.remove_attribute("hidden"),
            None => error.set_attribute("hidden", ""),
        };
    }
    let selector = format!("[name^=\"{}\"], .choices", Part::Value.name(""));
    if let Ok(controls) = field.query_selector_all(&selector) {
        use wasm_bindgen::JsCast;
        for i in 0..controls.length() {
            if let Some(el) = controls
                .item(i)
                .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
            {
                let _ = match message {
                    Some(_) => el.set_attribute("aria-invalid", "true"),
                    None => el.remove_attribute("aria-invalid"),
                };
            }
        }
    }
}

/// Marks the field as edited (or not) since the page showed it.
#[cfg(feature = "hydrate")]
pub fn show_changed(field: &web_sys::Element, changed: bool) {
    let _ = field.class_list().toggle_with_force("changed", changed);
}

/// Shows what the page may know of a saved secret (`••••6789`), or hides the note when none.
#[cfg(feature = "hydrate")]
pub fn show_mask(field: &web_sys::Element, saved_as: Option<String>) {
    if let Ok(Some(note)) = field.query_selector(".saved-secret") {
        let _ = match &saved_as {
            Some(_) => note.remove_attribute("hidden"),
            None => note.set_attribute("hidden", ""),
        };
    }
    if let (Some(text), Ok(Some(span))) = (saved_as, field.query_selector("[data-mask]")) {
        span.set_text_content(Some(&text));
    }
}

/// What the form holds now under `name`: a value, a ticked box's value, or the ticked boxes'
/// values joined with commas (`FormData` keeps the page's order: the declared one).
#[cfg(feature = "hydrate")]
pub fn read_entry(form: &web_sys::HtmlFormElement, name: &str) -> String {
    let Ok(data) = web_sys::FormData::new_with_form(form) else {
        return String::new();
    };
    data.get_all(name)
        .iter()
        .filter_map(|v| v.as_string())
        .collect::<Vec<_>>()
        .join(",")
}

/// Puts `value` into the controls named `name` where they show something else (values from
/// Logto's fresh copy, a save's stored form, a cleared secret).
#[cfg(feature = "hydrate")]
pub fn put_entry(form: &web_sys::HtmlFormElement, name: &str, value: &str) {
    use wasm_bindgen::{JsCast, JsValue};
    let Ok(controls) = form.query_selector_all(&format!("[name=\"{name}\"]")) else {
        return;
    };
    for i in 0..controls.length() {
        let Some(control) = controls
            .item(i)
            .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
        else {
            continue;
        };
        let kind = control.get_attribute("type");
        if kind.as_deref() == Some("hidden") {
            continue;
        }
        let (property, wanted) = match kind.as_deref() == Some("checkbox") {
            true => {
                let own = control.get_attribute("value").unwrap_or_default();
                (
                    "checked",
                    JsValue::from_bool(value.split(',').any(|v| v == own)),
                )
            }
            false => ("value", JsValue::from_str(value)),
        };
        let now = js_sys::Reflect::get(&control, &property.into()).unwrap_or(JsValue::NULL);
        if now != wanted {
            let _ = js_sys::Reflect::set(&control, &property.into(), &wanted);
        }
    }
}
