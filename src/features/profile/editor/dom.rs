//! The declared fields in the browser: their controls are the server's (`declared::inputs`),
//! so the editor reads them on every input through the form, checks them with the rules the
//! controls carry, and gives them back the values it holds when those change for another
//! reason (fresh values, a save). Without the browser (the server's render) these do nothing.

use leptos::prelude::*;

use super::edits::FieldErrors;
use super::Editor;
use crate::features::profile::ProfileForm;
use crate::i18n::Lang;

type FormRef = NodeRef<leptos::html::Form>;

/// An input or change in the form: a declared field's entry (`custom.<key>` checked as typed,
/// `forget.<key>` just noted) goes into the edited form.
#[cfg(feature = "hydrate")]
pub fn input(editor: Editor, form: FormRef, ev: leptos::ev::Event) {
    use crate::features::profile::{declared, Part};
    use wasm_bindgen::JsCast;
    let Some(target) = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
    else {
        return;
    };
    let entry = target.get_attribute("name").unwrap_or_default();
    let Some((part, key)) = Part::parse(&entry) else {
        return;
    };
    let field = target.closest("[data-field]").ok().flatten();
    let (Some(form), Some(field)) = (form.get_untracked(), field) else {
        return;
    };
    if part != Part::Value && part != Part::Forget {
        return;
    }
    let value = declared::read_entry(&form, &entry);
    editor.touch(key);
    if part == Part::Value {
        let message = declared::spec_of(&field, key)
            .and_then(|spec| Some(spec.check(&value).err()?.message(&spec, editor.lang)));
        editor
            .errors
            .update(|e| super::edits::put_error(e, &entry, message));
    }
    editor.edited.update(|f| f.set(&entry, value));
}

#[cfg(not(feature = "hydrate"))]
pub fn input(_editor: Editor, _form: FormRef, _ev: leptos::ev::Event) {}

/// Keeps the declared controls showing the editor's values, refusals, "changed" marks and
/// masks.
#[cfg(feature = "hydrate")]
pub fn keep_in_step(editor: Editor, form: FormRef) {
    use super::edits::declared_changed;
    use crate::features::profile::{declared, Part};
    use crate::i18n;
    Effect::new(move |_| {
        let Some(form) = form.get() else { return };
        editor.edited.with(|e| {
            editor.original.with(|o| {
                editor.errors.with(|errors| {
                    for (key, field) in declared::fields(&form) {
                        let name = Part::Value.name(&key);
                        for part in [Part::Value, Part::Forget] {
                            let text = e.declared(&key).text(part).unwrap_or_default();
                            declared::put_entry(&form, &part.name(&key), &text);
                        }
                        let error = errors.iter().find(|(k, _)| *k == name);
                        declared::show_problem(&field, error.map(|(_, m)| m.as_str()));
                        declared::show_changed(&field, declared_changed(&key, o, e));
                        let mask = o.declared(&key).mask();
                        let saved_as = (!mask.is_empty())
                            .then(|| i18n::CUSTOM_SAVED_AS.fill(editor.lang, &[mask]));
                        declared::show_mask(&field, saved_as);
                    }
                })
            })
        })
    });
}

#[cfg(not(feature = "hydrate"))]
pub fn keep_in_step(_editor: Editor, _form: FormRef) {}

/// Gives the option of the picker `select` whose value is `code` the value `name`: Logto's fresh
/// time zone, listed by its code, becomes a choice the picker can show (`field::choose`).
#[cfg(feature = "hydrate")]
pub fn name_option(select: &str, code: &str, name: &str) {
    let query = format!("select[name=\"{select}\"] option[value=\"{code}\"]");
    if let Ok(Some(option)) = document().query_selector(&query) {
        let _ = option.set_attribute("value", name);
    }
}

#[cfg(not(feature = "hydrate"))]
pub fn name_option(_select: &str, _code: &str, _name: &str) {}

/// The declared fields a submit refuses before asking the server: every changed one its
/// control's rules refuse.
#[cfg(feature = "hydrate")]
pub fn declared_refusals(
    form: FormRef,
    base: &ProfileForm,
    edited: &ProfileForm,
    lang: Lang,
) -> FieldErrors {
    use super::edits::declared_changed;
    use crate::features::profile::{declared, Part};
    let Some(page) = form.get_untracked() else {
        return FieldErrors::new();
    };
    declared::fields(&page)
        .into_iter()
        .filter(|(key, _)| declared_changed(key, base, edited))
        .filter_map(|(key, field)| {
            let spec = declared::spec_of(&field, &key)?;
            let problem = spec.check(edited.declared(&key).value()).err()?;
            Some((Part::Value.name(&key), problem.message(&spec, lang)))
        })
        .collect()
}

#[cfg(not(feature = "hydrate"))]
pub fn declared_refusals(
    _form: FormRef,
    _base: &ProfileForm,
    _edited: &ProfileForm,
    _lang: Lang,
) -> FieldErrors {
    FieldErrors::new()
}
