//! The editor's rules, apart from signals and the DOM: what counts as edited, which fresh
//! values are taken, what a submit refuses before asking the server, and where a refusal's
//! messages go. Pure, so they are tested on the server.

use crate::error::AppError;
use crate::features::profile::{Field, ProfileForm, PROFILE_FIELDS};
use crate::i18n::Lang;

/// Field key (`name`, `custom.tax_id`) → message, at most one per field.
pub type FieldErrors = Vec<(String, String)>;

pub fn put_error(errors: &mut FieldErrors, key: &str, message: Option<String>) {
    errors.retain(|(k, _)| k != key);
    if let Some(message) = message {
        errors.push((key.to_owned(), message));
    }
}

/// Every field a refusal names shows its message on that field.
pub fn put_refusal(errors: &mut FieldErrors, err: &AppError) {
    for (key, message) in err.field_messages() {
        put_error(errors, key, Some(message.to_owned()));
    }
}

/// The fields the user has edited when the page opens (an echoed or kept edit counts): they
/// keep their values when Logto's fresh ones arrive.
pub fn touched_at_start(original: &ProfileForm, edited: &ProfileForm) -> Vec<String> {
    edited
        .changed_from(original)
        .iter()
        .map(|f| f.key.to_owned())
        .chain(declared_edits(original, edited))
        .collect()
}

/// What Logto's fresh values replace: every built-in field and declared field (value, row
/// version and mask move together) the user has not touched.
pub fn untouched(fresh: &ProfileForm, touched: &[String]) -> Vec<String> {
    let declared = fresh
        .declared_fields()
        .map(|(key, _)| key.to_owned())
        .filter(|key| !touched.contains(key));
    PROFILE_FIELDS
        .iter()
        .map(|f| f.key.to_owned())
        .filter(|k| !touched.contains(k))
        .chain(declared)
        .collect()
}

/// `form` with the fields `keys` (built-in or declared) taken from `fresh`.
pub fn take_fresh(form: &mut ProfileForm, fresh: &ProfileForm, keys: &[String]) {
    for key in keys {
        match Field::find(key) {
            Some(_) => form.set(key, fresh.get(key).to_owned()),
            None => form.put_declared(key, fresh.declared(key).clone()),
        }
    }
}

/// The built-in fields' refusals before a save: every changed field its validator refuses.
pub fn refused_before_save(form: &ProfileForm, base: &ProfileForm, lang: Lang) -> FieldErrors {
    form.changed_from(base)
        .into_iter()
        .filter_map(|f: &'static Field| {
            let invalid = f.validate(form.get(f.key)).err()?;
            Some((f.key.to_owned(), invalid.0.get(lang).to_owned()))
        })
        .collect()
}

/// A field's message as it is typed (`None`: fine).
pub fn refused_as_typed(field: &Field, value: &str, lang: Lang) -> Option<String> {
    field
        .validate(value)
        .err()
        .map(|invalid| invalid.0.get(lang).to_owned())
}

/// After a refusal saying what holds now (changed elsewhere): that becomes the baseline.
pub fn rebase(original: &mut ProfileForm, err: &AppError) {
    if let AppError::Changed { current, .. } = err {
        for entry in current {
            // The field's flat name: `custom.tax_id` sets the declared value.
            original.set(&entry.field, entry.message.clone());
        }
    }
}

/// Whether anything is left to save.
pub fn dirty(original: &ProfileForm, edited: &ProfileForm) -> bool {
    !edited.changed_from(original).is_empty() || !declared_edits(original, edited).is_empty()
}

/// The declared fields with an edit to save: a value other than the page showed, a secret
/// typed or to be removed. As typed: the server normalizes and decides.
pub fn declared_edits(original: &ProfileForm, edited: &ProfileForm) -> Vec<String> {
    edited
        .declared_fields()
        .map(|(key, _)| key)
        .filter(|key| declared_changed(key, original, edited))
        .map(String::from)
        .collect()
}

pub fn declared_changed(key: &str, original: &ProfileForm, edited: &ProfileForm) -> bool {
    let edited = edited.declared(key);
    edited.value().trim() != original.declared(key).value().trim() || edited.forget
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::FieldMessage;

    fn form(entries: &[(&str, &str)]) -> ProfileForm {
        let mut form = ProfileForm::default();
        for (k, v) in entries {
            form.set(k, (*v).to_owned());
        }
        form
    }

    #[test]
    fn fresh_values_replace_only_what_was_not_touched() {
        let shown = form(&[
            ("name", "Dana"),
            ("given_name", "D"),
            ("custom.tax_id", "1"),
        ]);
        let mut edited = form(&[
            ("name", "Dana S"),
            ("given_name", "D"),
            ("custom.tax_id", "1"),
        ]);
        let touched = touched_at_start(&shown, &edited);
        assert_eq!(touched, ["name"]);
        let fresh = form(&[
            ("name", "Logto's"),
            ("given_name", "Dee"),
            ("custom.tax_id", "2"),
            ("version.tax_id", "3"),
        ]);
        let keys = untouched(&fresh, &touched);
        take_fresh(&mut edited, &fresh, &keys);
        assert_eq!(edited.get("name"), "Dana S", "the user's edit stays");
        assert_eq!(edited.get("given_name"), "Dee");
        assert_eq!(edited.declared("tax_id").value(), "2");
        assert_eq!(
            edited.declared("tax_id").version,
            Some(3),
            "value and version together"
        );
        let touched_declared = untouched(&fresh, &["tax_id".to_owned()]);
        assert!(!touched_declared.iter().any(|k| k == "tax_id"));
    }

    #[test]
    fn a_submit_refuses_changed_fields_only_and_a_refusal_lands_on_its_fields() {
        let base = form(&[("website", "nonsense"), ("name", "Dana")]);
        let edited = form(&[
            ("website", "nonsense"),
            ("name", "Dana"),
            ("birthdate", "31.02."),
        ]);
        let refused = refused_before_save(&edited, &base, Lang::En);
        assert_eq!(refused.len(), 1, "{refused:?}");
        assert_eq!(refused[0].0, "birthdate");
        let mut errors = refused;
        put_error(&mut errors, "birthdate", None);
        assert!(errors.is_empty());
        let err = AppError::Invalid {
            field: Some("username".into()),
            message: "That username is taken.".into(),
            others: Vec::new(),
        };
        put_refusal(&mut errors, &err);
        assert_eq!(
            errors,
            [("username".to_owned(), "That username is taken.".to_owned())]
        );
    }

    #[test]
    fn changed_elsewhere_moves_the_baseline_and_declared_edits_count_as_dirty() {
        let mut original = form(&[("custom.tax_id", "1")]);
        let edited = form(&[("custom.tax_id", "1")]);
        assert!(!dirty(&original, &edited));
        let err = AppError::Changed {
            others: Vec::new(),
            current: vec![FieldMessage {
                field: "custom.tax_id".into(),
                message: "9".into(),
            }],
        };
        rebase(&mut original, &err);
        assert_eq!(original.declared("tax_id").value(), "9");
        assert!(
            dirty(&original, &edited),
            "the typed value differs from what holds now"
        );
        let forget = form(&[("custom.tax_id", "9"), ("forget.tax_id", "1")]);
        assert_eq!(declared_edits(&original, &forget), ["tax_id"]);
    }
}
