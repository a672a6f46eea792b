//! Declared patterns, compiled once (server only). A pattern matches the whole value, as the
//! browser's `RegExp` does it with `^(?:…)$`.

use std::collections::HashMap;
use std::sync::{LazyLock, RwLock};

use regex::Regex;

static COMPILED: LazyLock<RwLock<HashMap<String, Regex>>> = LazyLock::new(Default::default);

/// Compiles and keeps a pattern; the reason it cannot be used otherwise.
pub fn compile(pattern: &str) -> Result<(), String> {
    if COMPILED.read().is_ok_and(|c| c.contains_key(pattern)) {
        return Ok(());
    }
    let regex = regex::RegexBuilder::new(&format!("^(?:{pattern})$"))
        .size_limit(1 << 20)
        .build()
        .map_err(|e| {
            e.to_string()
                .lines()
                .last()
                .unwrap_or_default()
                .trim()
                .to_owned()
        })?;
    if let Ok(mut compiled) = COMPILED.write() {
        compiled.insert(pattern.to_owned(), regex);
    }
    Ok(())
}

/// Whether `value` matches; a pattern that cannot be compiled matches nothing.
pub fn matches(pattern: &str, value: &str) -> bool {
    if compile(pattern).is_err() {
        return false;
    }
    COMPILED
        .read()
        .ok()
        .and_then(|c| c.get(pattern).map(|r| r.is_match(value)))
        .unwrap_or(false)
}
