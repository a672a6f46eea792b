//! The declaration file (`profile-fields.toml`, or `PROFILE_FIELDS_FILE`): read once at start,
//! refused with the line and the problem when anything in it cannot work. The format is
//! documented in the shipped example itself.

use std::path::Path;

use serde::Deserialize;
use toml::{Spanned, Value};

use super::spec::{decimal, show_decimal, FieldSpec, Kind, SectionSpec};
use crate::domain::Birthdate;
use crate::features::profile::PROFILE_FIELDS;
use crate::i18n::{Lang, Text};

/// Built-in cards a declared field may join.
const BUILT_IN_SECTIONS: [&str; 3] = ["basic", "personal", "address"];

/// Where a declared field's value lives.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Store {
    /// A key of the user's `customData` in Logto.
    Logto,
    /// A row of the app's own database (`profile_values`).
    Database,
}

#[derive(Debug, Clone, PartialEq)]
enum Bound {
    Value(String),
    Today,
}

#[derive(Debug, Clone)]
pub struct CustomField {
    pub key: &'static str,
    pub label: Text,
    help: Option<Text>,
    pub kind: Kind,
    section: String,
    required: bool,
    min_len: Option<u32>,
    max_len: u32,
    min: Option<Bound>,
    max: Option<Bound>,
    pattern: Option<String>,
    pattern_message: Option<Text>,
    choices: Vec<(String, Text)>,
    autocomplete: Option<String>,
    pub editable: bool,
    pub store: Store,
    pub sensitive: bool,
    /// How many characters of a sensitive value stay visible at its end.
    visible_end: usize,
}

#[derive(Debug, Clone)]
struct Section {
    key: String,
    title: Text,
}

/// The declared fields, in the order the page shows them.
#[derive(Debug, Clone, Default)]
pub struct Declaration {
    /// Built-in profile fields the page leaves out (e.g. when a declared field replaces one).
    pub hidden: Vec<&'static str>,
    sections: Vec<Section>,
    pub fields: Vec<CustomField>,
}

/// A declaration that cannot work: where and why.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("{file}:{line}: {message}")]
pub struct DeclarationError {
    pub file: String,
    pub line: usize,
    pub message: String,
}

impl Declaration {
    /// Reads the file; `required` says a missing file is an error (it was configured by name)
    /// rather than an empty declaration.
    pub fn load(path: &Path, required: bool) -> Result<Declaration, DeclarationError> {
        let file = path.display().to_string();
        match std::fs::read_to_string(path) {
            Ok(text) => Declaration::parse(&text, &file),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound && !required => {
                Ok(Declaration::default())
            }
            Err(e) => Err(DeclarationError {
                file,
                line: 0,
                message: e.to_string(),
            }),
        }
    }

    pub fn parse(text: &str, file: &str) -> Result<Declaration, DeclarationError> {
        let at = |offset: usize, message: String| DeclarationError {
            file: file.to_owned(),
            line: text[..offset.min(text.len())].matches('\n').count() + 1,
            message,
        };
        let raw: RawFile = toml::from_str(text).map_err(|e| {
            let offset = e.span().map_or(0, |s| s.start);
            at(offset, e.message().trim().to_owned())
        })?;
        let mut declaration = Declaration::default();
        for hidden in raw.hide {
            let built_in = PROFILE_FIELDS.iter().find(|f| f.key == hidden.get_ref());
            match built_in {
                Some(field) => declaration.hidden.push(field.key),
                None => {
                    return Err(at(
                        hidden.span().start,
                        format!(
                            "`hide`: `{}` is not a built-in profile field",
                            hidden.get_ref()
                        ),
                    ))
                }
            }
        }
        for section in raw.section {
            let start = section.span().start;
            let section = section.into_inner();
            check_key(&section.key, "section").map_err(|m| at(start, m))?;
            if BUILT_IN_SECTIONS.contains(&section.key.as_str())
                || declaration.sections.iter().any(|s| s.key == section.key)
            {
                return Err(at(
                    start,
                    format!("section `{}` is declared twice", section.key),
                ));
            }
            declaration.sections.push(Section {
                key: section.key,
                title: section.title.0,
            });
        }
        for field in raw.field {
            let start = field.span().start;
            let field = declaration
                .field(field.into_inner())
                .map_err(|m| at(start, m))?;
            declaration.fields.push(field);
        }
        Ok(declaration)
    }

    fn field(&self, raw: RawField) -> Result<CustomField, String> {
        let key = raw.key;
        check_key(&key, "field")?;
        let named = |message: String| format!("field `{key}`: {message}");
        // A hidden built-in field's key may be declared again (its replacement).
        let built_in = PROFILE_FIELDS.iter().any(|f| f.key == key) && !self.is_hidden(&key);
        if built_in || self.fields.iter().any(|f| f.key == key) {
            return Err(named("the key is already used".into()));
        }
        if !BUILT_IN_SECTIONS.contains(&raw.section.as_str())
            && !self.sections.iter().any(|s| s.key == raw.section)
        {
            return Err(named(format!(
                "section `{}` is neither built in (basic, personal, address) nor declared above",
                raw.section
            )));
        }
        let kind = raw.kind;
        let typed = matches!(
            kind,
            Kind::Text | Kind::Multiline | Kind::Email | Kind::Url | Kind::Phone
        );
        let chosen = matches!(kind, Kind::SingleChoice | Kind::MultipleChoice);
        if !typed && (raw.min_length.is_some() || raw.max_length.is_some() || raw.pattern.is_some())
        {
            return Err(named(
                "min_length, max_length and pattern apply to typed text only".into(),
            ));
        }
        let max_len = raw.max_length.unwrap_or(kind.default_max_len());
        if max_len == 0 || max_len > 10_000 || raw.min_length.is_some_and(|min| min > max_len) {
            return Err(named(
                "lengths must satisfy min_length ≤ max_length ≤ 10000".into(),
            ));
        }
        let bound = |value: Option<Value>, which: &str| -> Result<Option<Bound>, String> {
            let Some(value) = value else { return Ok(None) };
            let bound = match (kind, &value) {
                (Kind::Number, Value::Integer(n)) => decimal(&n.to_string()),
                (Kind::Number, Value::Float(n)) => decimal(&n.to_string()),
                (Kind::Number, Value::String(s)) => decimal(s),
                (Kind::Date, Value::String(s)) if s == "today" => return Ok(Some(Bound::Today)),
                (Kind::Date, Value::String(s)) => Birthdate::parse(s).ok().map(|_| 0),
                (Kind::Date, Value::Datetime(d)) => {
                    Birthdate::parse(&d.to_string()).ok().map(|_| 0)
                }
                _ => {
                    return Err(named(format!(
                        "`{which}` applies to number and date fields"
                    )))
                }
            }
            .ok_or_else(|| named(format!("`{which}` is not a valid bound: {value}")))?;
            Ok(Some(Bound::Value(match (kind, value) {
                (Kind::Number, _) => show_decimal(bound),
                (_, Value::Datetime(d)) => d.to_string(),
                (_, value) => value.as_str().unwrap_or_default().to_owned(),
            })))
        };
        let min = bound(raw.min, "min")?;
        let max = bound(raw.max, "max")?;
        if let (Some(Bound::Value(min)), Some(Bound::Value(max))) = (&min, &max) {
            let reversed = match kind {
                Kind::Number => decimal(min) > decimal(max),
                _ => min > max,
            };
            if reversed {
                return Err(named("`min` is greater than `max`".into()));
            }
        }
        if let Some(pattern) = &raw.pattern {
            super::patterns::compile(pattern).map_err(|e| named(format!("pattern: {e}")))?;
        }
        let mut choices: Vec<(String, Text)> = Vec::new();
        for choice in raw.choices {
            let ok = !choice.value.is_empty()
                && choice.value.len() <= 64
                && choice
                    .value
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-');
            if !ok {
                return Err(named(format!(
                    "choice `{}`: use 1–64 letters, digits, `_` or `-`",
                    choice.value
                )));
            }
            if choices.iter().any(|(v, _)| *v == choice.value) {
                return Err(named(format!("choice `{}` is listed twice", choice.value)));
            }
            choices.push((choice.value, choice.label.0));
        }
        if chosen == choices.is_empty() {
            return Err(named(if chosen {
                "a choice field needs `choices`".into()
            } else {
                "`choices` apply to single-choice and multiple-choice fields".into()
            }));
        }
        if raw.sensitive && raw.storage != Store::Database {
            return Err(named(
                "sensitive values are encrypted in the app's database: use storage = \"database\""
                    .into(),
            ));
        }
        if raw.sensitive
            && (chosen || matches!(kind, Kind::Boolean | Kind::Country | Kind::Multiline))
        {
            return Err(named(
                "only single-line typed values can be sensitive".into(),
            ));
        }
        Ok(CustomField {
            key: Box::leak(key.into_boxed_str()),
            label: raw.label.0,
            help: raw.help.map(|h| h.0),
            kind,
            section: raw.section,
            required: raw.required,
            min_len: raw.min_length,
            max_len,
            min,
            max,
            pattern: raw.pattern,
            pattern_message: raw.pattern_message.map(|m| m.0),
            choices,
            autocomplete: raw.autocomplete,
            editable: raw.editable,
            store: raw.storage,
            sensitive: raw.sensitive,
            visible_end: raw.visible_end.unwrap_or(4),
        })
    }

    pub fn find(&self, key: &str) -> Option<&CustomField> {
        self.fields.iter().find(|f| f.key == key)
    }

    pub fn is_hidden(&self, key: &str) -> bool {
        self.hidden.contains(&key)
    }

    /// What the page needs, in `lang`; `today` (`YYYY-MM-DD`) resolves date bounds.
    pub fn specs(&self, lang: Lang, today: &str) -> super::CustomSpecs {
        super::CustomSpecs {
            sections: self
                .sections
                .iter()
                .map(|s| SectionSpec {
                    key: s.key.clone(),
                    title: s.title.get(lang).to_owned(),
                })
                .collect(),
            fields: self.fields.iter().map(|f| f.spec(lang, today)).collect(),
            hidden: self.hidden.iter().map(|k| (*k).to_owned()).collect(),
        }
    }
}

impl CustomField {
    pub fn spec(&self, lang: Lang, today: &str) -> FieldSpec {
        let bound = |b: &Option<Bound>| match b {
            Some(Bound::Value(v)) => Some(v.clone()),
            Some(Bound::Today) => Some(today.to_owned()),
            None => None,
        };
        FieldSpec {
            key: self.key.to_owned(),
            label: self.label.get(lang).to_owned(),
            help: self.help.map(|h| h.get(lang).to_owned()),
            kind: self.kind,
            section: self.section.clone(),
            required: self.required,
            min_len: self.min_len,
            max_len: self.max_len,
            min: bound(&self.min),
            max: bound(&self.max),
            pattern: self.pattern.clone(),
            pattern_message: self.pattern_message.map(|m| m.get(lang).to_owned()),
            choices: self.choices.iter().map(|(v, _)| v.clone()).collect(),
            choice_labels: self
                .choices
                .iter()
                .map(|(_, label)| label.get(lang).to_owned())
                .collect(),
            autocomplete: self.autocomplete.clone(),
            editable: self.editable,
            sensitive: self.sensitive,
        }
    }

    /// A sensitive value as the page may show it: its last characters only.
    pub fn mask(&self, value: &str) -> String {
        let chars: Vec<char> = value.chars().collect();
        // At least four characters stay hidden, however short the value.
        let shown = self.visible_end.min(chars.len().saturating_sub(4));
        let tail: String = chars[chars.len() - shown..].iter().collect();
        format!("••••{tail}")
    }
}

fn check_key(key: &str, what: &str) -> Result<(), String> {
    let mut chars = key.chars();
    let ok = chars.next().is_some_and(|c| c.is_ascii_lowercase())
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        && key.len() <= 40;
    if ok {
        Ok(())
    } else {
        Err(format!(
            "{what} key `{key}`: use a lowercase letter, then lowercase letters, digits or `_` (at most 40)"
        ))
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    #[serde(default)]
    hide: Vec<Spanned<String>>,
    #[serde(default)]
    section: Vec<Spanned<RawSection>>,
    #[serde(default)]
    field: Vec<Spanned<RawField>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSection {
    key: String,
    title: Words,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawField {
    key: String,
    label: Words,
    #[serde(default)]
    help: Option<Words>,
    #[serde(rename = "type")]
    kind: Kind,
    section: String,
    storage: Store,
    #[serde(default)]
    required: bool,
    #[serde(default)]
    min_length: Option<u32>,
    #[serde(default)]
    max_length: Option<u32>,
    #[serde(default)]
    min: Option<Value>,
    #[serde(default)]
    max: Option<Value>,
    #[serde(default)]
    pattern: Option<String>,
    #[serde(default)]
    pattern_message: Option<Words>,
    #[serde(default)]
    choices: Vec<RawChoice>,
    #[serde(default)]
    autocomplete: Option<String>,
    #[serde(default = "yes")]
    editable: bool,
    #[serde(default)]
    sensitive: bool,
    #[serde(default)]
    visible_end: Option<usize>,
}

fn yes() -> bool {
    true
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawChoice {
    value: String,
    label: Words,
}

/// Words in every interface language: `"Text"` (the same in all) or `{ en = "…", de = "…" }`
/// by language tag (a missing language falls back to `en`). Kept for the life of the process,
/// like the catalog's own.
struct Words(Text);

impl<'de> Deserialize<'de> for Words {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Words, D::Error> {
        use serde::de::Error;
        let leak = |s: String| -> &'static str { Box::leak(s.into_boxed_str()) };
        let mut words = vec![""; Lang::ALL.len()];
        match Value::deserialize(d)? {
            Value::String(s) => words.fill(leak(s)),
            Value::Table(t) => {
                for (tag, value) in t {
                    let lang = Lang::ALL
                        .into_iter()
                        .find(|l| l.tag().eq_ignore_ascii_case(&tag.replace('_', "-")))
                        .ok_or_else(|| {
                            let tags: Vec<_> = Lang::ALL.iter().map(|l| l.tag()).collect();
                            D::Error::custom(format!(
                                "unknown language `{tag}` (the interface has {})",
                                tags.join(", ")
                            ))
                        })?;
                    let Value::String(s) = value else {
                        return Err(D::Error::custom(format!("`{tag}` must be text")));
                    };
                    words[lang.index()] = leak(s);
                }
                if words[Lang::En.index()].is_empty() {
                    return Err(D::Error::custom("words need `en`"));
                }
            }
            _ => {
                return Err(D::Error::custom(
                    "expected text, or a table like { en = \"…\", de = \"…\" }",
                ))
            }
        }
        Ok(Words(Text::Given(Vec::leak(words))))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn refused(text: &str) -> (usize, String) {
        let e = Declaration::parse(text, "fields.toml").unwrap_err();
        (e.line, e.message)
    }

    #[test]
    fn the_shipped_example_is_valid() {
        let d = Declaration::load(Path::new("profile-fields.toml"), true).unwrap();
        assert!(d.fields.len() >= 6);
        let tax = d.find("tax_id").unwrap();
        assert!(tax.sensitive && tax.store == Store::Database);
        assert_eq!(d.find("gender").map(|f| f.kind), Some(Kind::SingleChoice));
    }

    #[test]
    fn problems_name_their_line() {
        let (line, message) = refused("[[field]]\nkey = \"a\"\nlabel = \"A\"\ntype = \"colour\"\n");
        assert_eq!(line, 4);
        assert!(message.contains("unknown variant `colour`"), "{message}");

        let (line, message) = refused(
            "[[field]]\nkey = \"ok\"\nlabel = \"OK\"\ntype = \"text\"\nsection = \"personal\"\nstorage = \"logto\"\n\n\
             [[field]]\nkey = \"tax\"\nlabel = \"Tax\"\ntype = \"text\"\nsection = \"personal\"\n\
             storage = \"logto\"\nsensitive = true\n",
        );
        assert_eq!(line, 8);
        assert!(
            message.contains("field `tax`") && message.contains("database"),
            "{message}"
        );

        let (line, message) = refused("hide = [\"nope\"]");
        assert_eq!((line, message.contains("not a built-in")), (1, true));

        let (_, message) = refused(
            "[[field]]\nkey = \"p\"\nlabel = \"P\"\ntype = \"text\"\nsection = \"personal\"\n\
             storage = \"logto\"\npattern = \"(unclosed\"\n",
        );
        assert!(message.starts_with("field `p`: pattern:"), "{message}");

        let (line, message) = refused("[[field]]\nkey = \"x\"\nlable = \"X\"\n");
        assert!(message.contains("unknown field `lable`"), "{message}");
        assert!(line <= 3);

        let (_, message) = refused(
            "[[field]]\nkey = \"n\"\nlabel = { en = \"N\", sv = \"N\" }\ntype = \"number\"\n\
             section = \"personal\"\nstorage = \"logto\"\n",
        );
        assert!(message.contains("unknown language `sv`"), "{message}");

        for (body, needle) in [
            ("type = \"number\"\nmin = 5\nmax = 1", "greater than"),
            ("type = \"single-choice\"", "needs `choices`"),
            ("type = \"boolean\"\nmax_length = 3", "typed text only"),
            ("type = \"date\"\nmin = \"yesterday\"", "not a valid bound"),
        ] {
            let text = format!(
                "[[field]]\nkey = \"f\"\nlabel = \"F\"\nsection = \"nowhere_else\"\nstorage = \"logto\"\n{body}\n"
            );
            assert!(refused(&text).1.contains("section `nowhere_else`"));
            let text = text.replace("nowhere_else", "personal");
            assert!(
                refused(&text).1.contains(needle),
                "{body}: {}",
                refused(&text).1
            );
        }
    }

    #[test]
    fn masks_show_only_the_end() {
        let d = Declaration::load(Path::new("profile-fields.toml"), true).unwrap();
        let tax = d.find("tax_id").unwrap();
        assert_eq!(tax.mask("DE123456789"), "••••6789");
        assert_eq!(tax.mask("12"), "••••");
    }
}
