//! The declared fields on the server: their values for the page (Logto's `customData`, the own
//! database), and a save in three steps — check every change, make sure nothing changed
//! elsewhere since the page showed it, then write (Logto's merge endpoint with only the changed
//! keys; the database rows with their versions).

use serde_json::{json, Map, Number, Value};

use super::declaration::{CustomField, Declaration, Store};
use super::spec::{decimal, CustomSpecs, FieldSpec, Kind};
use super::store::{self, Row, Write};
use crate::error::FieldMessage;
use crate::features::profile::{Declared, Part, ProfileForm};
use crate::i18n::{self, Lang, Text};
use crate::server::{
    crypto::Sealer,
    db::{Db, DbError},
    error::{FieldProblem, ServerError},
    AppState,
};

/// Today in UTC (`YYYY-MM-DD`), for `max = "today"`.
pub fn today(state: &AppState) -> String {
    crate::ui::utc_iso(state.clock.now_ms())[..10].to_owned()
}

/// The declaration for the page, in `lang`.
pub fn specs(state: &AppState, lang: Lang) -> CustomSpecs {
    state.fields.specs(lang, &today(state))
}

/// The user's declared values as the form holds them: a value, or for a database row its
/// version and its value (a sensitive one only masked: it never reaches the page).
pub async fn entries(
    state: &AppState,
    user_id: &str,
    custom_data: &Map<String, Value>,
) -> Result<Vec<(&'static str, Declared)>, ServerError> {
    let fields = &state.fields.fields;
    let rows = match fields.iter().any(|f| f.store == Store::Database) {
        true => store::rows(&state.db, user_id).await?,
        false => Vec::new(),
    };
    let mut out = Vec::new();
    for field in fields {
        let mut declared = Declared::default();
        match field.store {
            Store::Logto => declared.value = Some(text_of(field.kind, custom_data.get(field.key))),
            Store::Database => {
                let row = rows.iter().find(|r| r.field == field.key);
                let (value, version) = row.map_or((String::new(), 0), |r| {
                    (open(state, user_id, field, &r.value), r.version)
                });
                declared.version = Some(u64::try_from(version).unwrap_or(0));
                match field.sensitive {
                    true if !value.is_empty() => declared.mask = Some(field.mask(&value)),
                    true => {}
                    false => declared.value = Some(value),
                }
            }
        }
        out.push((field.key, declared));
    }
    Ok(out)
}

/// A stored value in plain text; a sealed one that cannot be opened (its key is gone) reads as
/// empty, and says so in the log.
fn open(state: &AppState, user_id: &str, field: &CustomField, stored: &str) -> String {
    if !field.sensitive {
        return stored.to_owned();
    }
    if stored.is_empty() {
        return String::new();
    }
    match state
        .field_sealer
        .open_for(stored, &place(user_id, field.key))
        .map(String::from_utf8)
    {
        Some(Ok(plain)) => plain,
        _ => {
            tracing::error!(
                field = field.key,
                "a sensitive value cannot be opened with the configured keys"
            );
            String::new()
        }
    }
}

/// What a sealed value is bound to: its user and field.
fn place(user_id: &str, key: &str) -> String {
    format!("{user_id}/{key}")
}

/// A `customData` value as the form's text.
pub fn text_of(kind: Kind, value: Option<&Value>) -> String {
    match value {
        Some(Value::String(s)) => s.clone(),
        Some(Value::Number(n)) => n.to_string(),
        Some(Value::Bool(true)) => "true".into(),
        Some(Value::Array(items)) if kind == Kind::MultipleChoice => items
            .iter()
            .filter_map(Value::as_str)
            .collect::<Vec<_>>()
            .join(","),
        _ => String::new(),
    }
}

/// The form's (checked, normalized) text as the `customData` value: numbers as numbers, a box
/// as `true`/`false`, choices as a list; an emptied field as `null`.
fn json_of(kind: Kind, text: &str) -> Value {
    match kind {
        Kind::Boolean => Value::Bool(text == "true"),
        _ if text.is_empty() => Value::Null,
        Kind::Number => match decimal(text) {
            Some(n) if n % 1_000_000 == 0 => json!(n / 1_000_000),
            _ => text
                .parse::<f64>()
                .ok()
                .and_then(Number::from_f64)
                .map_or(Value::Null, Value::Number),
        },
        Kind::MultipleChoice => Value::Array(text.split(',').map(|v| json!(v)).collect()),
        _ => json!(text),
    }
}

/// One declared field to write.
pub struct Change<'a> {
    field: &'a CustomField,
    spec: FieldSpec,
    /// Normalized; empty clears.
    value: String,
    /// What the page showed (normalized), and for a row the version it showed.
    shown: String,
    version: i64,
}

impl Change<'_> {
    pub fn label(&self) -> Text {
        self.field.label
    }
}

/// The declared fields a save changes, every one checked; all refusals at once.
pub fn plan<'a>(
    declaration: &'a Declaration,
    lang: Lang,
    original: &ProfileForm,
    edited: &ProfileForm,
    today: &str,
) -> Result<Vec<Change<'a>>, ServerError> {
    let mut changes = Vec::new();
    let mut problems = Vec::new();
    for field in &declaration.fields {
        let spec = field.spec(lang, today);
        let typed = edited.declared(field.key).value();
        let value = if field.sensitive {
            // Blank keeps the stored value; "remove" clears it.
            match (typed.trim().is_empty(), edited.declared(field.key).forget) {
                (true, false) => continue,
                (true, true) => String::new(),
                (false, _) => spec.normalize(typed),
            }
        } else {
            spec.normalize(typed)
        };
        let shown = spec.normalize(original.declared(field.key).value());
        if !field.sensitive && value == shown {
            continue;
        }
        // The value as typed is checked (normalizing drops unknown choices).
        let refused = match field.editable {
            false => Some(super::Problem::ReadOnly),
            true if value.is_empty() => spec.check("").err(),
            true => spec.check(typed).err(),
        };
        if let Some(problem) = refused {
            problems.push(FieldMessage {
                field: Part::Value.name(field.key),
                message: problem.message(&spec, lang),
            });
            continue;
        }
        changes.push(Change {
            field,
            value,
            shown,
            version: i64::try_from(original.declared(field.key).version.unwrap_or(0)).unwrap_or(0),
            spec,
        });
    }
    match problems.is_empty() {
        true => Ok(changes),
        false => Err(ServerError::Invalid(
            problems
                .into_iter()
                .map(|m| FieldProblem::said(m.field, m.message))
                .collect(),
        )),
    }
}

/// Refuses the save (nothing written) when a changed field no longer holds what the page showed:
/// Logto's current `customData`, the rows' current versions.
pub async fn check_unchanged(
    state: &AppState,
    lang: Lang,
    user_id: &str,
    changes: &[Change<'_>],
) -> Result<(), ServerError> {
    let in_logto = changes.iter().any(|c| c.field.store == Store::Logto);
    let in_db = changes.iter().any(|c| c.field.store == Store::Database);
    let custom_data = match in_logto {
        true => state.management.custom_data(user_id).await?,
        false => Map::new(),
    };
    let rows = match in_db {
        true => store::rows(&state.db, user_id).await?,
        false => Vec::new(),
    };
    let mut others = Vec::new();
    let mut current = Vec::new();
    for change in changes {
        let key = change.field.key;
        match change.field.store {
            Store::Logto => {
                let now = change
                    .spec
                    .normalize(&text_of(change.field.kind, custom_data.get(key)));
                if now != change.shown {
                    others.push(changed(change, &now, lang));
                    current.push(entry(Part::Value, key, now));
                }
            }
            Store::Database => {
                let row = rows.iter().find(|r| r.field == key);
                let version = row.map_or(0, |r| r.version);
                if version != change.version {
                    let now = row.map_or(String::new(), |r| {
                        open(state, user_id, change.field, &r.value)
                    });
                    others.push(changed(change, &now, lang));
                    current.extend(row_entries(change.field, &now, version));
                }
            }
        }
    }
    match others.is_empty() {
        true => Ok(()),
        false => Err(ServerError::Changed { others, current }),
    }
}

/// A part of a field as the browser's form names it, for a refusal's "what holds now".
fn entry(part: Part, key: &str, value: String) -> FieldMessage {
    FieldMessage {
        field: part.name(key),
        message: value,
    }
}

/// A row's form entries: its version, and its value or (sensitive) its mask.
fn row_entries(field: &CustomField, value: &str, version: i64) -> Vec<FieldMessage> {
    let mut out = vec![entry(Part::Version, field.key, version.to_string())];
    if field.sensitive {
        let mask = match value.is_empty() {
            true => String::new(),
            false => field.mask(value),
        };
        out.push(entry(Part::Mask, field.key, mask));
    } else {
        out.push(entry(Part::Value, field.key, value.to_owned()));
    }
    out
}

/// "Changed elsewhere: it is now …" in words (a choice's label, Yes/No), never a sensitive value.
fn changed(change: &Change<'_>, now: &str, lang: Lang) -> FieldMessage {
    let message = if change.field.sensitive {
        i18n::CUSTOM_CHANGED_HIDDEN.get(lang).to_owned()
    } else {
        i18n::CUSTOM_CHANGED.fill(lang, &[&change.spec.words(now, lang)])
    };
    FieldMessage {
        field: Part::Value.name(change.field.key),
        message,
    }
}

/// What a write did, for the saved form and the session: the form entries that now hold, and
/// Logto's whole `customData` after a merge.
#[derive(Default)]
pub struct Written {
    pub entries: Vec<FieldMessage>,
    pub custom_data: Option<Map<String, Value>>,
    pub labels: Vec<Text>,
    pub keys: Vec<&'static str>,
}

/// The changes whose values live in `store`.
fn stored_in<'c, 'a>(changes: &'c [Change<'a>], store: Store) -> Vec<&'c Change<'a>> {
    changes.iter().filter(|c| c.field.store == store).collect()
}

/// The Logto part of a save: one merge with only the changed keys (other keys, also other
/// apps', stay as they are).
pub async fn write_logto(
    state: &AppState,
    user_id: &str,
    changes: &[Change<'_>],
    written: &mut Written,
) -> Result<(), ServerError> {
    let mine = stored_in(changes, Store::Logto);
    if mine.is_empty() {
        return Ok(());
    }
    let patch: Map<String, Value> = mine
        .iter()
        .map(|c| (c.field.key.to_owned(), json_of(c.field.kind, &c.value)))
        .collect();
    let after = state.management.merge_custom_data(user_id, patch).await?;
    for change in mine {
        written
            .entries
            .push(entry(Part::Value, change.field.key, change.value.clone()));
        written.labels.push(change.field.label);
        written.keys.push(change.field.key);
    }
    written.custom_data = Some(after);
    Ok(())
}

/// The database part: every changed row at the version its page showed, all or nothing; rows
/// the user has under an old key are sealed again with the current one.
pub async fn write_db(
    state: &AppState,
    lang: Lang,
    user_id: &str,
    changes: &[Change<'_>],
    written: &mut Written,
) -> Result<(), ServerError> {
    let mine = stored_in(changes, Store::Database);
    if mine.is_empty() {
        return Ok(());
    }
    let sealer = &state.field_sealer;
    let writes: Vec<Write> = mine
        .iter()
        .map(|c| Write {
            field: c.field.key.to_owned(),
            value: match c.field.sensitive && !c.value.is_empty() {
                true => sealer.seal_for(c.value.as_bytes(), &place(user_id, c.field.key)),
                false => c.value.clone(),
            },
            expected: c.version,
        })
        .collect();
    let moved = store::write(&state.db, user_id, &writes, state.clock.now_secs()).await?;
    if let Err(moved) = moved {
        // Another save got in between the check and the write: report it like any change.
        let rows = store::rows(&state.db, user_id).await?;
        let mut others = Vec::new();
        let mut current = Vec::new();
        for change in mine
            .iter()
            .filter(|c| moved.iter().any(|m| m == c.field.key))
        {
            let row = rows.iter().find(|r| r.field == change.field.key);
            let now = row.map_or(String::new(), |r| {
                open(state, user_id, change.field, &r.value)
            });
            others.push(changed(change, &now, lang));
            current.extend(row_entries(
                change.field,
                &now,
                row.map_or(0, |r| r.version),
            ));
        }
        return Err(ServerError::Changed { others, current });
    }
    for change in &mine {
        written
            .entries
            .extend(row_entries(change.field, &change.value, change.version + 1));
        written.labels.push(change.field.label);
        written.keys.push(change.field.key);
    }
    reseal_old_rows(state, user_id).await;
    Ok(())
}

/// Key rotation: the user's rows still sealed with an old key, sealed again with the current one.
async fn reseal_old_rows(state: &AppState, user_id: &str) {
    let sealer = &state.field_sealer;
    let Ok(rows) = store::rows(&state.db, user_id).await else {
        return;
    };
    for row in rows
        .iter()
        .filter(|r| Sealer::is_sealed(&r.value) && !sealer.is_current(&r.value))
    {
        let place = place(user_id, &row.field);
        let Some(plain) = sealer.open_for(&row.value, &place) else {
            continue;
        };
        let sealed = sealer.seal_for(&plain, &place);
        if let Err(e) = store::reseal(&state.db, user_id, row, &sealed).await {
            tracing::warn!(error = %e, "could not seal a value with the current key");
        }
    }
}

/// What `logto-profile reseal` did.
#[derive(Debug, Default, PartialEq)]
pub struct Resealed {
    /// Values sealed again with the current key.
    pub resealed: usize,
    /// Values no configured key opens (`user/field`): the old key must stay until they are
    /// dealt with.
    pub unreadable: Vec<String>,
}

/// Seals every stored value that is not sealed with the current key (an old key, or the format
/// from before per-purpose keys) again with it: after a key rotation, so the old key can go.
pub async fn reseal_everything(db: &Db, sealer: &Sealer) -> Result<Resealed, DbError> {
    let mut report = Resealed::default();
    for (user, row) in store::sealed_rows(db).await? {
        if !Sealer::is_sealed(&row.value) || sealer.is_current(&row.value) {
            continue;
        }
        let place = place(&user, &row.field);
        match sealer.open_for(&row.value, &place) {
            Some(plain) => {
                store::reseal(db, &user, &row, &sealer.seal_for(&plain, &place)).await?;
                report.resealed += 1;
            }
            None => report.unreadable.push(place),
        }
    }
    Ok(report)
}

/// Every value of the user's in this app's database, for the data download: declared fields by
/// their key, in plain text; rows of fields no longer declared as they are stored (opened when
/// sealed); and the keys of values no configured key can open, named rather than left out.
pub async fn export(state: &AppState, user_id: &str) -> Result<Export, ServerError> {
    let rows: Vec<Row> = store::rows(&state.db, user_id).await?;
    let mut out = Export::default();
    for row in &rows {
        let declared = state.fields.fields.iter().find(|f| f.key == row.field);
        let plain = match Sealer::is_sealed(&row.value) {
            true => state
                .field_sealer
                .open_for(&row.value, &place(user_id, &row.field))
                .and_then(|bytes| String::from_utf8(bytes).ok()),
            false => Some(row.value.clone()),
        };
        let Some(plain) = plain else {
            out.unreadable.push(row.field.clone());
            continue;
        };
        match declared {
            Some(field) if field.store == Store::Database => {
                out.fields.insert(row.field.clone(), json!(plain));
            }
            _ => {
                out.undeclared.insert(row.field.clone(), json!(plain));
            }
        }
    }
    Ok(out)
}

/// The user's rows for the download (see [`export`]).
#[derive(Debug, Default)]
pub struct Export {
    pub fields: Map<String, Value>,
    pub undeclared: Map<String, Value>,
    pub unreadable: Vec<String>,
}

pub async fn delete_all(state: &AppState, user_id: &str) -> Result<(), ServerError> {
    Ok(store::delete_all(&state.db, user_id).await?)
}
