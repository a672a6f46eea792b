//! The profile form: every field's text, as typed, keyed by field. Shared by the browser (the
//! editor) and the server (the save), so both agree on what changed.

use std::fmt;

use serde::de::{Deserializer, MapAccess, Visitor};
use serde::ser::{SerializeMap, Serializer};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::fields::{Field, Storage, PROFILE_FIELDS};

/// On the wire a flat JSON object of field key → text. Holds any set of built-in fields, and
/// the entries of declared fields under [`EXTRA_PREFIXES`] (`custom.tax_id`, `version.tax_id`,
/// which the declaration gives meaning to); other keys are dropped on the way in.
#[derive(Debug, Clone, Default)]
pub struct ProfileForm {
    values: Vec<(&'static str, String)>,
    extras: Vec<(String, String)>,
}

/// A declared field's value, its row version (own database), the masked form of a sensitive
/// value, and the request to remove one.
pub const EXTRA_PREFIXES: [&str; 4] = ["custom.", "version.", "mask.", "forget."];
/// Far more than any declaration uses, few enough that a crafted form stays small.
const MAX_EXTRAS: usize = 256;

/// Equal when every field reads the same, whatever order the fields were set in.
impl PartialEq for ProfileForm {
    fn eq(&self, other: &ProfileForm) -> bool {
        PROFILE_FIELDS
            .iter()
            .all(|f| self.get(f.key) == other.get(f.key))
            && self.extras.iter().all(|(k, v)| other.get(k) == v)
            && other.extras.iter().all(|(k, v)| self.get(k) == v)
    }
}

impl Eq for ProfileForm {}

impl ProfileForm {
    /// The text of a field; fields not set read as empty.
    pub fn get(&self, key: &str) -> &str {
        self.values
            .iter()
            .map(|(k, v)| (*k, v))
            .chain(self.extras.iter().map(|(k, v)| (k.as_str(), v)))
            .find(|(k, _)| *k == key)
            .map_or("", |(_, v)| v.as_str())
    }

    /// The declared fields' entries, as `(custom.tax_id, value)`.
    pub fn extras(&self) -> impl Iterator<Item = (&str, &str)> {
        self.extras.iter().map(|(k, v)| (k.as_str(), v.as_str()))
    }

    /// A declared field's entry: `extra("custom", "tax_id")`.
    pub fn extra(&self, kind: &str, key: &str) -> &str {
        self.extras
            .iter()
            .find(|(k, _)| k.strip_prefix(kind).and_then(|k| k.strip_prefix('.')) == Some(key))
            .map_or("", |(_, v)| v.as_str())
    }

    /// Sets a field's text; keys that name no field are ignored.
    pub fn set(&mut self, key: &str, value: String) {
        let Some(field) = Field::find(key) else {
            let declared = EXTRA_PREFIXES.iter().any(|p| key.starts_with(p))
                && key.len() <= 64
                && self.extras.len() < MAX_EXTRAS;
            match self.extras.iter_mut().find(|(k, _)| k == key) {
                Some((_, v)) => *v = value,
                None if declared => self.extras.push((key.to_owned(), value)),
                None => {}
            }
            return;
        };
        match self.values.iter_mut().find(|(k, _)| *k == field.key) {
            Some((_, v)) => *v = value,
            None => self.values.push((field.key, value)),
        }
    }

    /// The fields whose trimmed text differs from `original`.
    pub fn changed_from(&self, original: &ProfileForm) -> Vec<&'static Field> {
        PROFILE_FIELDS
            .iter()
            .filter(|f| self.get(f.key).trim() != original.get(f.key).trim())
            .collect()
    }

    /// From ID-token / userinfo claims.
    pub fn from_claims(claims: &Map<String, Value>) -> ProfileForm {
        let mut form = ProfileForm::default();
        for field in PROFILE_FIELDS {
            let value = claim_value(claims, field.storage)
                .and_then(Value::as_str)
                .unwrap_or_default();
            form.set(field.key, value.to_owned());
        }
        form
    }
}

fn claim_value(claims: &Map<String, Value>, storage: Storage) -> Option<&Value> {
    match storage {
        Storage::Basic { claim, .. } | Storage::Claim { claim, .. } => claims.get(claim),
        Storage::Address { part } => claims.get("address")?.get(part),
    }
}

impl Serialize for ProfileForm {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(PROFILE_FIELDS.len() + self.extras.len()))?;
        for field in PROFILE_FIELDS {
            map.serialize_entry(field.key, self.get(field.key))?;
        }
        for (key, value) in &self.extras {
            map.serialize_entry(key, value)?;
        }
        map.end()
    }
}

impl<'de> Deserialize<'de> for ProfileForm {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct FormVisitor;
        impl<'de> Visitor<'de> for FormVisitor {
            type Value = ProfileForm;

            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an object of profile field texts")
            }

            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<ProfileForm, A::Error> {
                let mut form = ProfileForm::default();
                while let Some((key, value)) = map.next_entry::<String, String>()? {
                    form.set(&key, value);
                }
                Ok(form)
            }
        }
        deserializer.deserialize_map(FormVisitor)
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn reads_claims_with_logto_shapes() {
        let claims = json!({
            "name": "Dana Demo", "username": "demo", "picture": null, "given_name": "Dana",
            "address": { "postalCode": "1000", "locality": "Utrecht" }
        });
        let form = ProfileForm::from_claims(claims.as_object().unwrap());
        assert_eq!(form.get("name"), "Dana Demo");
        assert_eq!(form.get("avatar"), "");
        assert_eq!(form.get("given_name"), "Dana");
        assert_eq!(form.get("postal_code"), "1000");
    }

    #[test]
    fn travels_as_a_flat_object_of_texts() {
        let mut form = ProfileForm::default();
        form.set("name", "Ann".into());
        form.set("no_such_field", "ignored".into());
        let json = serde_json::to_value(&form).unwrap();
        assert_eq!(json["name"], "Ann");
        assert_eq!(json["country"], "");
        assert_eq!(json.as_object().unwrap().len(), PROFILE_FIELDS.len());
        let back: ProfileForm =
            serde_json::from_value(json!({ "name": "Ann", "extra": "x" })).unwrap();
        assert_eq!(back, form);
        let declared: ProfileForm = serde_json::from_value(
            json!({ "custom.tax_id": "DE1", "version.tax_id": "2", "other.x": "dropped" }),
        )
        .unwrap();
        assert_eq!(declared.extra("custom", "tax_id"), "DE1");
        assert_eq!(declared.get("version.tax_id"), "2");
        assert_eq!(declared.get("other.x"), "");
        assert_ne!(declared, ProfileForm::default());
        let json = serde_json::to_value(&declared).unwrap();
        assert_eq!(json["custom.tax_id"], "DE1");
        assert!(serde_json::from_value::<ProfileForm>(json!({ "name": null })).is_err());
    }

    #[test]
    fn knows_what_changed() {
        let mut original = ProfileForm::default();
        original.set("name", "Ann".into());
        let mut edited = original.clone();
        edited.set("name", " Ann ".into());
        assert!(
            edited.changed_from(&original).is_empty(),
            "whitespace is not a change"
        );
        edited.set("locality", "Paris".into());
        let changed: Vec<_> = edited
            .changed_from(&original)
            .iter()
            .map(|f| f.key)
            .collect();
        assert_eq!(changed, ["locality"]);
    }
}
