//! Logto's zod guards, by hand: unknown keys are dropped, wrong types and formats become
//! `guard.invalid_input` with one detail line per problem.

use serde_json::{Map, Value};

use crate::error::ApiError;

pub const PROFILE_KEYS: &[&str] = &[
    "familyName",
    "givenName",
    "middleName",
    "nickname",
    "preferredUsername",
    "profile",
    "website",
    "gender",
    "birthdate",
    "zoneinfo",
    "locale",
];
pub const ADDRESS_KEYS: &[&str] = &[
    "formatted",
    "streetAddress",
    "locality",
    "region",
    "postalCode",
    "country",
];

#[derive(Default)]
pub struct Guard {
    lines: Vec<String>,
}

/// A key that may be absent, `null`, or a value.
pub enum Field<T> {
    Absent,
    Null,
    Value(T),
}

impl Guard {
    pub fn fail(&mut self, path: &str, kind: &str, message: &str) {
        self.lines
            .push(format!("Error in key path \"{path}\": ({kind}) {message}"));
    }

    pub fn finish(self) -> Result<(), ApiError> {
        if self.lines.is_empty() {
            Ok(())
        } else {
            Err(ApiError::guard(self.lines))
        }
    }

    /// The body must be a JSON object.
    pub fn object<'a>(&mut self, body: &'a Value) -> Option<&'a Map<String, Value>> {
        match body {
            Value::Object(map) => Some(map),
            other => {
                self.fail(
                    "",
                    "invalid_type",
                    &format!("Expected object, received {}", kind(other)),
                );
                None
            }
        }
    }

    /// A nullable string that also passes `check` when non-empty (`""` is always allowed, as
    /// Logto's guards allow it).
    pub fn nullable_string(
        &mut self,
        obj: &Map<String, Value>,
        key: &str,
        check: fn(&str) -> bool,
    ) -> Field<String> {
        match obj.get(key) {
            None => Field::Absent,
            Some(Value::Null) => Field::Null,
            Some(Value::String(s)) => {
                if !s.is_empty() && !check(s) {
                    self.fail(key, "invalid_string", "Invalid");
                }
                Field::Value(s.clone())
            }
            Some(other) => {
                self.fail(
                    key,
                    "invalid_type",
                    &format!("Expected string, received {}", kind(other)),
                );
                Field::Absent
            }
        }
    }

    /// A required non-empty string.
    pub fn required_string(&mut self, obj: &Map<String, Value>, key: &str) -> Option<String> {
        match obj.get(key) {
            Some(Value::String(s)) if !s.is_empty() => Some(s.clone()),
            Some(Value::String(_)) => {
                self.fail(
                    key,
                    "too_small",
                    "String must contain at least 1 character(s)",
                );
                None
            }
            None => {
                self.fail(key, "invalid_type", "Required");
                None
            }
            Some(other) => {
                self.fail(
                    key,
                    "invalid_type",
                    &format!("Expected string, received {}", kind(other)),
                );
                None
            }
        }
    }

    /// A JSON object (not null).
    pub fn object_field(
        &mut self,
        obj: &Map<String, Value>,
        key: &str,
    ) -> Option<Map<String, Value>> {
        match obj.get(key) {
            None => None,
            Some(Value::Object(map)) => Some(map.clone()),
            Some(other) => {
                self.fail(
                    key,
                    "invalid_type",
                    &format!("Expected object, received {}", kind(other)),
                );
                None
            }
        }
    }

    /// A profile object: known keys only, string values, `address` with string parts.
    pub fn profile(&mut self, value: &Map<String, Value>, path: &str) -> Map<String, Value> {
        let mut out = Map::new();
        for (key, v) in value {
            if PROFILE_KEYS.contains(&key.as_str()) {
                match v {
                    Value::String(_) => {
                        out.insert(key.clone(), v.clone());
                    }
                    other => self.fail(
                        &format!("{path}.{key}"),
                        "invalid_type",
                        &format!("Expected string, received {}", kind(other)),
                    ),
                }
            } else if key == "address" {
                match v {
                    Value::Object(address) => {
                        let mut parts = Map::new();
                        for (k, part) in address {
                            if !ADDRESS_KEYS.contains(&k.as_str()) {
                                continue;
                            }
                            match part {
                                Value::String(_) => {
                                    parts.insert(k.clone(), part.clone());
                                }
                                other => self.fail(
                                    &format!("{path}.address.{k}"),
                                    "invalid_type",
                                    &format!("Expected string, received {}", kind(other)),
                                ),
                            }
                        }
                        out.insert(key.clone(), Value::Object(parts));
                    }
                    other => self.fail(
                        &format!("{path}.address"),
                        "invalid_type",
                        &format!("Expected object, received {}", kind(other)),
                    ),
                }
            }
        }
        out
    }
}

fn kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    }
}

/// `^[A-Z_a-z]\w*$` with JavaScript's ASCII `\w`.
pub fn is_username(s: &str) -> bool {
    let mut chars = s.chars();
    chars
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
}

/// `^\S+@\S+\.\S+$`
pub fn is_email(s: &str) -> bool {
    if s.chars().any(char::is_whitespace) {
        return false;
    }
    s.char_indices().filter(|(_, c)| *c == '@').any(|(at, _)| {
        let rest = &s[at + 1..];
        at > 0
            && rest
                .char_indices()
                .any(|(dot, c)| c == '.' && dot > 0 && dot + 1 < rest.len())
    })
}

/// `^\d+$`
pub fn is_digits(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

/// zod's `.url()`: whatever the WHATWG URL parser accepts.
pub fn is_url(s: &str) -> bool {
    url::Url::parse(s).is_ok()
}

/// libphonenumber's parse of `+{digits}`, as Logto does it: a known country calling code and at
/// least two national digits make a number (`123` is accepted, `999` and `415` are not); stored as
/// country code + national number, a trunk `0` after the country code dropped, Italy's leading
/// zero kept. `None` is Logto's 422 `user.invalid_phone`.
pub fn normalize_phone(digits: &str) -> Option<String> {
    if !is_digits(digits) {
        return None;
    }
    let number = phonenumber::parse(None, format!("+{digits}")).ok()?;
    let national = number.national();
    Some(format!(
        "{}{}{}",
        number.code().value(),
        "0".repeat(usize::from(national.zeros())),
        national.value()
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_match_logto_regexes() {
        assert!(is_username("alice_1") && is_username("_x"));
        assert!(!is_username("1alice") && !is_username("al ice") && !is_username("ali-ce"));
        assert!(is_email("a@b.co") && is_email("a@b@c.d"));
        assert!(
            !is_email("a@b")
                && !is_email("a b@c.d")
                && !is_email("@b.c")
                && !is_email("a@.c")
                && !is_email("a@b.")
        );
        assert!(is_digits("123") && !is_digits("+123") && !is_digits(""));
        assert!(is_url("https://example.com/a.png") && !is_url("not a url"));
    }

    #[test]
    fn phones_normalize_like_logto() {
        assert_eq!(
            normalize_phone("14155550100").as_deref(),
            Some("14155550100")
        );
        assert_eq!(
            normalize_phone("4407911123456").as_deref(),
            Some("447911123456")
        );
        assert_eq!(normalize_phone("123").as_deref(), Some("123"));
        assert_eq!(normalize_phone("1234").as_deref(), Some("1234"));
        assert_eq!(normalize_phone("999"), None);
        assert_eq!(normalize_phone("415"), None);
        assert_eq!(normalize_phone("+1"), None);
        assert_eq!(
            normalize_phone("390612345678").as_deref(),
            Some("390612345678")
        );
    }
}
