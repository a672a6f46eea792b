//! What a profile field is, said once: its key, label, input, autocomplete hint, validator, where
//! Logto keeps it and which claim it comes back as. Validation, rendering, the diff into Logto
//! calls and the session-claim update all read these descriptors.
//!
//! Adding a Logto profile claim is one entry in [`PROFILE_FIELDS`] plus its label in the catalog.

use crate::domain::{
    AvatarUrl, Birthdate, DisplayName, Invalid, Locale, OptionalText, Username, Website,
};
use crate::i18n::{self, Text};

/// The card a field is shown in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    Basic,
    Personal,
    Address,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Input {
    Text,
    Url,
    Date,
    /// A `<select>` whose options the server renders.
    Pick(Picker),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Picker {
    TimeZone,
    Locale,
}

/// Where the value lives in Logto, and the claim that carries it back.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Storage {
    /// A key of `PATCH /api/users/:id` (`null` clears); `claim` is its ID-token claim.
    Basic {
        logto: &'static str,
        claim: &'static str,
    },
    /// A top-level key of the user's `profile` (camelCase); `claim` is the snake_case claim.
    Claim {
        logto: &'static str,
        claim: &'static str,
    },
    /// A key of `profile.address`, named the same inside the `address` claim.
    Address { part: &'static str },
}

#[derive(Debug, Clone, Copy)]
pub struct Field {
    /// The form field's name, in the DOM and on the wire.
    pub key: &'static str,
    pub label: Text,
    pub section: Section,
    pub input: Input,
    pub autocomplete: &'static str,
    /// The message when the field is left empty; `None`: empty clears the value.
    pub required: Option<Text>,
    /// Checks a non-empty value.
    pub check: fn(&str) -> Result<(), Invalid>,
    pub storage: Storage,
}

impl Field {
    /// The same check in the browser (as you type) and on the server (before any write).
    pub fn validate(&self, value: &str) -> Result<(), Invalid> {
        let value = value.trim();
        match (value.is_empty(), self.required) {
            (true, Some(message)) => Err(Invalid(message)),
            (true, None) => Ok(()),
            (false, _) => (self.check)(value),
        }
    }

    pub fn find(key: &str) -> Option<&'static Field> {
        PROFILE_FIELDS.iter().find(|f| f.key == key)
    }
}

fn username(v: &str) -> Result<(), Invalid> {
    Username::parse(v).map(drop)
}
fn display_name(v: &str) -> Result<(), Invalid> {
    DisplayName::parse(v).map(drop)
}
fn avatar(v: &str) -> Result<(), Invalid> {
    AvatarUrl::parse(v).map(drop)
}
fn website(v: &str) -> Result<(), Invalid> {
    Website::parse(v).map(drop)
}
fn birthdate(v: &str) -> Result<(), Invalid> {
    Birthdate::parse(v).map(drop)
}
/// In the browser the value can only come from the picker's own list (rendered by the server),
/// so only the server checks it against the list: 420 zone names stay out of the WASM.
#[cfg(not(feature = "hydrate"))]
fn zone(v: &str) -> Result<(), Invalid> {
    crate::domain::TimeZone::parse(v).map(drop)
}
#[cfg(feature = "hydrate")]
fn zone(_: &str) -> Result<(), Invalid> {
    Ok(())
}
fn locale(v: &str) -> Result<(), Invalid> {
    Locale::parse(v).map(drop)
}
fn text(v: &str) -> Result<(), Invalid> {
    OptionalText::parse(v).map(drop)
}

const fn basic(
    key: &'static str,
    label: Text,
    input: Input,
    autocomplete: &'static str,
    check: fn(&str) -> Result<(), Invalid>,
    claim: &'static str,
) -> Field {
    Field {
        key,
        label,
        section: Section::Basic,
        input,
        autocomplete,
        required: None,
        check,
        storage: Storage::Basic { logto: key, claim },
    }
}

const fn claim(
    key: &'static str,
    label: Text,
    input: Input,
    autocomplete: &'static str,
    check: fn(&str) -> Result<(), Invalid>,
    logto: &'static str,
) -> Field {
    Field {
        key,
        label,
        section: Section::Personal,
        input,
        autocomplete,
        required: None,
        check,
        storage: Storage::Claim { logto, claim: key },
    }
}

const fn address(
    key: &'static str,
    label: Text,
    autocomplete: &'static str,
    part: &'static str,
) -> Field {
    Field {
        key,
        label,
        section: Section::Address,
        input: Input::Text,
        autocomplete,
        required: None,
        check: text,
        storage: Storage::Address { part },
    }
}

/// The profile's fields, in the order the page shows them.
pub const PROFILE_FIELDS: &[Field] = &[
    basic(
        "name",
        i18n::FIELD_NAME,
        Input::Text,
        "name",
        display_name,
        "name",
    ),
    Field {
        required: Some(i18n::INVALID_USERNAME_EMPTY),
        ..basic(
            "username",
            i18n::FIELD_USERNAME,
            Input::Text,
            "username",
            username,
            "username",
        )
    },
    basic(
        "avatar",
        i18n::FIELD_AVATAR,
        Input::Url,
        "off",
        avatar,
        "picture",
    ),
    claim(
        "given_name",
        i18n::FIELD_GIVEN_NAME,
        Input::Text,
        "given-name",
        text,
        "givenName",
    ),
    claim(
        "middle_name",
        i18n::FIELD_MIDDLE_NAME,
        Input::Text,
        "additional-name",
        text,
        "middleName",
    ),
    claim(
        "family_name",
        i18n::FIELD_FAMILY_NAME,
        Input::Text,
        "family-name",
        text,
        "familyName",
    ),
    claim(
        "nickname",
        i18n::FIELD_NICKNAME,
        Input::Text,
        "nickname",
        text,
        "nickname",
    ),
    claim(
        "website",
        i18n::FIELD_WEBSITE,
        Input::Url,
        "url",
        website,
        "website",
    ),
    claim(
        "gender",
        i18n::FIELD_GENDER,
        Input::Text,
        "sex",
        text,
        "gender",
    ),
    claim(
        "birthdate",
        i18n::FIELD_BIRTHDATE,
        Input::Date,
        "bday",
        birthdate,
        "birthdate",
    ),
    claim(
        "zoneinfo",
        i18n::FIELD_ZONEINFO,
        Input::Pick(Picker::TimeZone),
        "off",
        zone,
        "zoneinfo",
    ),
    claim(
        "locale",
        i18n::FIELD_LOCALE,
        Input::Pick(Picker::Locale),
        "language",
        locale,
        "locale",
    ),
    address(
        "street_address",
        i18n::FIELD_STREET,
        "street-address",
        "streetAddress",
    ),
    address(
        "locality",
        i18n::FIELD_LOCALITY,
        "address-level2",
        "locality",
    ),
    address("region", i18n::FIELD_REGION, "address-level1", "region"),
    address(
        "postal_code",
        i18n::FIELD_POSTAL_CODE,
        "postal-code",
        "postalCode",
    ),
    address("country", i18n::FIELD_COUNTRY, "country-name", "country"),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn validation_messages_match_the_domain_types() {
        let validate = |key: &str, value: &str| Field::find(key).unwrap().validate(value);
        assert_eq!(
            validate("username", "1x")
                .unwrap_err()
                .0
                .get(crate::i18n::Lang::En),
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

    #[test]
    fn keys_are_unique_and_claims_follow_logto_names() {
        for (i, f) in PROFILE_FIELDS.iter().enumerate() {
            assert!(
                PROFILE_FIELDS[i + 1..].iter().all(|g| g.key != f.key),
                "{} twice",
                f.key
            );
            if let Storage::Claim { logto, claim } = f.storage {
                let snake: String = logto
                    .chars()
                    .flat_map(|c| match c.is_ascii_uppercase() {
                        true => vec!['_', c.to_ascii_lowercase()],
                        false => vec![c],
                    })
                    .collect();
                assert_eq!(snake, claim, "{}", f.key);
            }
        }
    }
}
