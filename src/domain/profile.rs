//! The profile form: every editable field as text, as typed. Validation and "what changed" live
//! here so the browser and the server agree.

use std::fmt;

use serde::de::{Deserializer, MapAccess, Visitor};
use serde::ser::{SerializeMap, Serializer};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::{
    AvatarUrl, Birthdate, DisplayName, Invalid, Locale, OptionalText, TimeZone, Username, Website,
};

/// (form key, label, OIDC claim in the ID token / userinfo, Logto profile key).
/// Basic fields have no profile key; address parts live under `address`.
pub const PROFILE_FIELDS: &[Field] = &[
    Field::basic("name", "Full name", "name"),
    Field::basic("username", "Username", "username"),
    Field::basic("avatar", "Avatar URL", "picture"),
    Field::claim("given_name", "Given name", "givenName"),
    Field::claim("middle_name", "Middle name", "middleName"),
    Field::claim("family_name", "Family name", "familyName"),
    Field::claim("nickname", "Nickname", "nickname"),
    Field::claim("website", "Website", "website"),
    Field::claim("gender", "Gender", "gender"),
    Field::claim("birthdate", "Birthdate", "birthdate"),
    Field::claim("zoneinfo", "Time zone", "zoneinfo"),
    Field::claim("locale", "Language and region", "locale"),
    Field::address("street_address", "Street address", "streetAddress"),
    Field::address("locality", "City", "locality"),
    Field::address("region", "State or region", "region"),
    Field::address("postal_code", "Postal code", "postalCode"),
    Field::address("country", "Country", "country"),
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// `PATCH /api/users/:id` fields.
    Basic,
    /// A top-level key of `profile`.
    Claim,
    /// A key of `profile.address`.
    Address,
}

#[derive(Debug, Clone, Copy)]
pub struct Field {
    pub key: &'static str,
    pub label: &'static str,
    /// For basic fields, the claim name; else the Logto profile key.
    pub source: &'static str,
    pub kind: Kind,
}

impl Field {
    const fn basic(key: &'static str, label: &'static str, claim: &'static str) -> Field {
        Field {
            key,
            label,
            source: claim,
            kind: Kind::Basic,
        }
    }
    const fn claim(key: &'static str, label: &'static str, profile_key: &'static str) -> Field {
        Field {
            key,
            label,
            source: profile_key,
            kind: Kind::Claim,
        }
    }
    const fn address(key: &'static str, label: &'static str, profile_key: &'static str) -> Field {
        Field {
            key,
            label,
            source: profile_key,
            kind: Kind::Address,
        }
    }

    pub fn find(key: &str) -> Option<&'static Field> {
        PROFILE_FIELDS.iter().find(|f| f.key == key)
    }
}

/// Every field's text, as typed, in `PROFILE_FIELDS` order; on the wire a JSON object of field
/// key → text. A fixed array rather than a map: the field set is closed, and it keeps the map
/// machinery out of the browser bundle.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ProfileForm {
    values: [String; FIELD_COUNT],
}

const FIELD_COUNT: usize = PROFILE_FIELDS.len();

fn position(key: &str) -> Option<usize> {
    PROFILE_FIELDS.iter().position(|f| f.key == key)
}

impl ProfileForm {
    /// The text of a field; unknown keys read as empty.
    pub fn get(&self, key: &str) -> &str {
        position(key).map_or("", |i| &self.values[i])
    }

    /// Sets a field's text; unknown keys are ignored.
    pub fn set(&mut self, key: &str, value: String) {
        if let Some(i) = position(key) {
            self.values[i] = value;
        }
    }

    /// The field keys whose trimmed text differs from `original`.
    pub fn changed_from(&self, original: &ProfileForm) -> Vec<&'static Field> {
        PROFILE_FIELDS
            .iter()
            .filter(|f| self.get(f.key).trim() != original.get(f.key).trim())
            .collect()
    }

    /// From ID-token / userinfo claims (snake_case at the top, camelCase inside `address`).
    pub fn from_claims(claims: &Map<String, Value>) -> ProfileForm {
        let text = |v: Option<&Value>| v.and_then(Value::as_str).unwrap_or("").to_owned();
        let mut form = ProfileForm::default();
        let address = claims.get("address").and_then(Value::as_object);
        for field in PROFILE_FIELDS {
            let value = match field.kind {
                Kind::Basic => text(claims.get(field.source)),
                Kind::Claim => text(claims.get(&claim_name(field.source))),
                Kind::Address => text(address.and_then(|a| a.get(field.source))),
            };
            form.set(field.key, value);
        }
        form
    }
}

impl Serialize for ProfileForm {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(FIELD_COUNT))?;
        for (field, value) in PROFILE_FIELDS.iter().zip(&self.values) {
            map.serialize_entry(field.key, value)?;
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

/// `givenName` → `given_name`.
fn claim_name(profile_key: &str) -> String {
    let mut out = String::new();
    for c in profile_key.chars() {
        if c.is_ascii_uppercase() {
            out.push('_');
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

/// Checks one field's text; an empty value means "clear it" and is allowed except for the
/// username (a user may sign in with it).
pub fn validate(key: &str, value: &str) -> Result<(), Invalid> {
    let value = value.trim();
    if value.is_empty() {
        return if key == "username" {
            Err(Invalid("Enter a username."))
        } else {
            Ok(())
        };
    }
    match key {
        "username" => Username::parse(value).map(drop),
        "name" => DisplayName::parse(value).map(drop),
        "avatar" => AvatarUrl::parse(value).map(drop),
        "website" => Website::parse(value).map(drop),
        "birthdate" => Birthdate::parse(value).map(drop),
        "zoneinfo" => TimeZone::parse(value).map(drop),
        "locale" => Locale::parse(value).map(drop),
        _ => OptionalText::parse(value).map(drop),
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

    #[test]
    fn validation_messages_match_the_domain_types() {
        assert_eq!(
            validate("username", "1x").unwrap_err().0,
            "Start with a letter or an underscore."
        );
        assert!(validate("username", "").is_err());
        assert!(validate("avatar", "").is_ok(), "clearing is allowed");
        assert!(validate("avatar", "javascript:x").is_err());
        assert!(validate("birthdate", "2001-02-30").is_err());
        assert!(validate("zoneinfo", "Europe/Paris").is_ok());
        assert!(validate("zoneinfo", "Paris").is_err());
        assert!(validate("locale", "fr-FR").is_ok());
        assert!(validate("locale", "French").is_err());
    }
}
