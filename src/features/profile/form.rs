//! The profile form: every field's text, as typed, keyed by field. Shared by the browser (the
//! editor) and the server (the save), so both agree on what changed.

use std::fmt;

use serde::de::{Deserializer, MapAccess, Visitor};
use serde::ser::{SerializeMap, Serializer};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::fields::{Field, Storage, PROFILE_FIELDS};
use crate::error::AppError;

/// What a failed form post without JavaScript brings back to the page: the values as typed and
/// the refusal (provided by the POST handler).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProfileEcho {
    pub original: ProfileForm,
    pub edited: ProfileForm,
    pub error: Option<AppError>,
}

/// On the wire a flat JSON object of field key → text: the built-in fields by key, a declared
/// field's parts under their [`Part`] names (`custom.tax_id`, `version.tax_id`); other keys are
/// dropped on the way in.
#[derive(Debug, Clone, Default)]
pub struct ProfileForm {
    values: Vec<(&'static str, String)>,
    declared: Vec<(String, Declared)>,
}

/// What the form holds for one declared field; a part the page was not given is `None`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Declared {
    /// As typed, or as stored (a sensitive value is never read back: see `mask`).
    pub value: Option<String>,
    /// The version of the database row the page showed (0: none yet).
    pub version: Option<u64>,
    /// A sensitive value as shown, masked.
    pub mask: Option<String>,
    /// The user asked for the value to be removed.
    pub forget: bool,
}

static NOT_DECLARED: Declared = Declared {
    value: None,
    version: None,
    mask: None,
    forget: false,
};

/// A part of a declared field, and the name it travels under in a flat form (HTML names, JSON).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    Value,
    Version,
    Mask,
    Forget,
}

impl Part {
    const ALL: [Part; 4] = [Part::Value, Part::Version, Part::Mask, Part::Forget];
    /// What the page showed: every part but the request to remove.
    pub const SHOWN: [Part; 3] = [Part::Value, Part::Version, Part::Mask];

    fn prefix(self) -> &'static str {
        match self {
            Part::Value => "custom.",
            Part::Version => "version.",
            Part::Mask => "mask.",
            Part::Forget => "forget.",
        }
    }

    /// The flat name of this part of the field `key`: `custom.tax_id`.
    pub fn name(self, key: &str) -> String {
        format!("{}{key}", self.prefix())
    }

    /// The part and field a flat name stands for.
    pub fn parse(name: &str) -> Option<(Part, &str)> {
        Part::ALL
            .into_iter()
            .find_map(|p| Some((p, name.strip_prefix(p.prefix())?)))
            .filter(|(_, key)| !key.is_empty())
    }
}

impl Declared {
    /// The value, empty when there is none.
    pub fn value(&self) -> &str {
        self.value.as_deref().unwrap_or_default()
    }

    /// The masked value, empty when there is none.
    pub fn mask(&self) -> &str {
        self.mask.as_deref().unwrap_or_default()
    }

    /// One part as it travels (`forget`: `true`), if the form holds it.
    pub fn text(&self, part: Part) -> Option<String> {
        match part {
            Part::Value => self.value.clone(),
            Part::Version => self.version.map(|v| v.to_string()),
            Part::Mask => self.mask.clone(),
            Part::Forget => self.forget.then(|| "true".to_owned()),
        }
    }

    fn put(&mut self, part: Part, text: String) {
        match part {
            Part::Value => self.value = Some(text),
            Part::Version => self.version = Some(text.trim().parse().unwrap_or(0)),
            Part::Mask => self.mask = Some(text),
            Part::Forget => self.forget = !text.is_empty(),
        }
    }

    /// The parts it holds as flat `(name, text)` entries.
    pub fn entries(&self, key: &str) -> Vec<(String, String)> {
        Part::ALL
            .into_iter()
            .filter_map(|p| Some((p.name(key), self.text(p)?)))
            .collect()
    }
}

/// Far more than any declaration uses, few enough that a crafted form stays small.
const MAX_DECLARED: usize = 64;
const MAX_KEY: usize = 56;

/// Equal when every field reads the same, whatever order the fields were set in.
impl PartialEq for ProfileForm {
    fn eq(&self, other: &ProfileForm) -> bool {
        PROFILE_FIELDS
            .iter()
            .all(|f| self.get(f.key) == other.get(f.key))
            && self.declared.iter().all(|(k, d)| other.declared(k) == d)
            && other.declared.iter().all(|(k, d)| self.declared(k) == d)
    }
}

impl Eq for ProfileForm {}

impl ProfileForm {
    /// The text of a built-in field; fields not set read as empty.
    pub fn get(&self, key: &str) -> &str {
        self.values
            .iter()
            .find(|(k, _)| *k == key)
            .map_or("", |(_, v)| v.as_str())
    }

    /// A declared field's parts; one the form does not hold reads as empty.
    pub fn declared(&self, key: &str) -> &Declared {
        self.declared
            .iter()
            .find(|(k, _)| k == key)
            .map_or(&NOT_DECLARED, |(_, d)| d)
    }

    /// The declared fields the form holds.
    pub fn declared_fields(&self) -> impl Iterator<Item = (&str, &Declared)> {
        self.declared.iter().map(|(k, d)| (k.as_str(), d))
    }

    /// A declared field's parts to change (`None`: past the limits of a form).
    pub fn declared_mut(&mut self, key: &str) -> Option<&mut Declared> {
        let at = match self.declared.iter().position(|(k, _)| k == key) {
            Some(at) => at,
            None if key.len() <= MAX_KEY && self.declared.len() < MAX_DECLARED => {
                self.declared.push((key.to_owned(), Declared::default()));
                self.declared.len() - 1
            }
            None => return None,
        };
        Some(&mut self.declared[at].1)
    }

    /// Puts a declared field's parts in whole.
    pub fn put_declared(&mut self, key: &str, declared: Declared) {
        if let Some(d) = self.declared_mut(key) {
            *d = declared;
        }
    }

    /// Sets an entry by its flat name: a built-in field's key or a declared field's part
    /// (`custom.tax_id`); other names are ignored. On the server a time zone picked from the
    /// list arrives as its option's code and is read back as the zone's name here, where every
    /// form from the browser (posted, or through a server function) comes in.
    pub fn set(&mut self, name: &str, value: String) {
        #[cfg(feature = "ssr")]
        let value = match name {
            "zoneinfo" => crate::domain::TimeZone::from_code(&value)
                .map_or(value, |zone| zone.as_str().to_owned()),
            _ => value,
        };
        if let Some(field) = Field::find(name) {
            match self.values.iter_mut().find(|(k, _)| *k == field.key) {
                Some((_, v)) => *v = value,
                None => self.values.push((field.key, value)),
            }
        } else if let Some((part, key)) = Part::parse(name) {
            if let Some(d) = self.declared_mut(key) {
                d.put(part, value);
            }
        }
    }

    /// Every entry by its flat name, as it travels.
    pub fn entries(&self) -> Vec<(String, String)> {
        PROFILE_FIELDS
            .iter()
            .map(|f| (f.key.to_owned(), self.get(f.key).to_owned()))
            .chain(self.declared.iter().flat_map(|(k, d)| d.entries(k)))
            .collect()
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
        let entries = self.entries();
        let mut map = serializer.serialize_map(Some(entries.len()))?;
        for (name, text) in &entries {
            map.serialize_entry(name, text)?;
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
        assert_eq!(declared.declared("tax_id").value(), "DE1");
        assert_eq!(declared.declared("tax_id").version, Some(2));
        assert_eq!(declared.declared_fields().count(), 1, "other.x dropped");
        assert_ne!(declared, ProfileForm::default());
        let json = serde_json::to_value(&declared).unwrap();
        assert_eq!(json["custom.tax_id"], "DE1");
        assert!(serde_json::from_value::<ProfileForm>(json!({ "name": null })).is_err());
    }

    #[cfg(feature = "ssr")]
    #[test]
    fn a_declared_value_may_repeat_in_a_form_post() {
        assert_eq!(Part::Value.prefix(), crate::server::forms::MULTI_VALUED);
    }

    #[test]
    fn declared_parts_travel_flat_and_come_back_typed() {
        let mut form = ProfileForm::default();
        form.set("forget.tax_id", "true".into());
        form.set("version.tax_id", "7".into());
        form.set("mask.tax_id", "••12".into());
        form.set("custom.", "no key".into());
        let json = serde_json::to_value(&form).unwrap();
        assert_eq!(json["forget.tax_id"], "true");
        assert_eq!(json["version.tax_id"], "7");
        assert!(
            json.get("custom.tax_id").is_none(),
            "a part not given is not sent"
        );
        let back: ProfileForm = serde_json::from_value(json).unwrap();
        assert_eq!(back, form);
        assert_eq!(
            back.declared("tax_id"),
            &Declared {
                value: None,
                version: Some(7),
                mask: Some("••12".into()),
                forget: true
            }
        );
        assert_eq!(back.declared_fields().count(), 1);
        assert_eq!(Part::parse("mask.x"), Some((Part::Mask, "x")));
        assert_eq!(Part::parse("original.x"), None);
    }

    #[test]
    fn a_zone_picked_from_the_list_comes_in_as_its_name() {
        let zone = crate::domain::TimeZone::parse("Asia/Tokyo").unwrap();
        let mut form = ProfileForm::default();
        form.set("zoneinfo", zone.code());
        assert_eq!(form.get("zoneinfo"), "Asia/Tokyo");
        let posted: ProfileForm =
            serde_json::from_value(json!({ "zoneinfo": zone.code() })).unwrap();
        assert_eq!(posted.get("zoneinfo"), "Asia/Tokyo");
        // Only the time zone's field reads codes; a code from another list stays as sent (and
        // is refused as not on the list).
        form.set("nickname", zone.code());
        assert_eq!(form.get("nickname"), zone.code());
        form.set("zoneinfo", "~zzzz".into());
        assert_eq!(form.get("zoneinfo"), "~zzzz");
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
