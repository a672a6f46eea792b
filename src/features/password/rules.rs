//! Logto's password policy, rule by rule: the rules that can be checked in the browser (shown as a
//! live checklist), and a plain-words name for every rule Logto may report. Logto's own check
//! (`check-password`) stays authoritative.

use serde::{Deserialize, Serialize};

use crate::i18n::{self, Lang};

/// The policy's settings the checklist needs (Logto's `passwordPolicy`; defaults as Logto ships).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Policy {
    pub min_length: usize,
    pub max_length: usize,
    pub min_character_types: usize,
    pub reject_repetition_and_sequence: bool,
    pub reject_user_info: bool,
}

impl Default for Policy {
    fn default() -> Self {
        Policy {
            min_length: 8,
            max_length: 256,
            min_character_types: 1,
            reject_repetition_and_sequence: true,
            reject_user_info: true,
        }
    }
}

/// One rule of the policy, as Logto names it in its issues (`password_rejected.<code>`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Rule {
    TooShort,
    TooLong,
    CharacterTypes,
    Unsupported,
    Repetition,
    Sequence,
    UserInfo,
    Words,
    Pwned,
}

impl Rule {
    pub fn from_code(code: &str) -> Option<Rule> {
        Some(match code.strip_prefix("password_rejected.")? {
            "too_short" => Rule::TooShort,
            "too_long" => Rule::TooLong,
            "character_types" => Rule::CharacterTypes,
            "unsupported_characters" => Rule::Unsupported,
            "restricted.repetition" => Rule::Repetition,
            "restricted.sequence" => Rule::Sequence,
            "restricted.user_info" => Rule::UserInfo,
            "restricted.words" => Rule::Words,
            "pwned" => Rule::Pwned,
            _ => return None,
        })
    }

    /// A stable name for the rule (Logto's code without its prefix), for element ids.
    pub fn key(self) -> &'static str {
        match self {
            Rule::TooShort => "too_short",
            Rule::TooLong => "too_long",
            Rule::CharacterTypes => "character_types",
            Rule::Unsupported => "unsupported_characters",
            Rule::Repetition => "repetition",
            Rule::Sequence => "sequence",
            Rule::UserInfo => "user_info",
            Rule::Words => "words",
            Rule::Pwned => "pwned",
        }
    }

    /// The rule in plain words ("be at least 8 characters long").
    pub fn describe(self, policy: &Policy, lang: Lang) -> String {
        let n = |v: usize| v as u64;
        match self {
            Rule::TooShort => i18n::RULE_MIN_LENGTH.count(lang, n(policy.min_length)),
            Rule::TooLong => i18n::RULE_MAX_LENGTH.count(lang, n(policy.max_length)),
            Rule::CharacterTypes => {
                i18n::RULE_CHARACTER_TYPES.count(lang, n(policy.min_character_types))
            }
            Rule::Unsupported => i18n::RULE_SUPPORTED.get(lang).to_owned(),
            Rule::Repetition => i18n::RULE_REPETITION.get(lang).to_owned(),
            Rule::Sequence => i18n::RULE_SEQUENCE.get(lang).to_owned(),
            Rule::UserInfo => i18n::RULE_USER_INFO.get(lang).to_owned(),
            Rule::Words => i18n::RULE_WORDS.get(lang).to_owned(),
            Rule::Pwned => i18n::RULE_PWNED.get(lang).to_owned(),
        }
    }
}

/// What the browser can check, in the order the checklist shows it.
pub fn local_rules(policy: &Policy) -> Vec<Rule> {
    let mut rules = vec![Rule::TooShort];
    if policy.min_character_types > 1 {
        rules.push(Rule::CharacterTypes);
    }
    rules.push(Rule::Unsupported);
    if policy.reject_repetition_and_sequence {
        rules.extend([Rule::Repetition, Rule::Sequence]);
    }
    if policy.reject_user_info {
        rules.push(Rule::UserInfo);
    }
    rules
}

const RUN: usize = 3;
const SYMBOLS: &str = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~ ";
const SEQUENCES: [&str; 5] = [
    "abcdefghijklmnopqrstuvwxyz",
    "0123456789",
    "qwertyuiop",
    "asdfghjkl",
    "zxcvbnm",
];

/// Whether `password` meets a rule the browser can check; `user_words` are the user's own name,
/// username, email local part and phone (lowercase).
pub fn passes(rule: Rule, policy: &Policy, password: &str, user_words: &[String]) -> bool {
    let length = password.chars().count();
    match rule {
        Rule::TooShort => length >= policy.min_length,
        Rule::TooLong => length <= policy.max_length,
        Rule::CharacterTypes => character_types(password) >= policy.min_character_types,
        Rule::Unsupported => password
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || SYMBOLS.contains(c)),
        Rule::Repetition => !password
            .chars()
            .collect::<Vec<_>>()
            .windows(RUN)
            .any(|w| w.iter().all(|c| *c == w[0])),
        Rule::Sequence => !has_sequence(password),
        Rule::UserInfo => {
            // ASCII only: Rust's Unicode case tables would weigh on the WASM, and letters beyond
            // ASCII fail the `Unsupported` rule anyway.
            let lower = password.to_ascii_lowercase();
            !user_words
                .iter()
                .filter(|w| w.chars().count() >= RUN)
                .any(|w| lower.contains(w.as_str()))
        }
        // Only Logto knows its word list and the breach list.
        Rule::Words | Rule::Pwned => true,
    }
}

fn character_types(password: &str) -> usize {
    let has = |f: fn(char) -> bool| password.chars().any(f) as usize;
    has(|c| c.is_ascii_lowercase())
        + has(|c| c.is_ascii_uppercase())
        + has(|c| c.is_ascii_digit())
        + has(|c| SYMBOLS.contains(c))
}

fn has_sequence(password: &str) -> bool {
    let lower: Vec<char> = password.to_ascii_lowercase().chars().collect();
    lower.windows(RUN).any(|w| {
        let run: String = w.iter().collect();
        let reversed: String = w.iter().rev().collect();
        SEQUENCES
            .iter()
            .any(|seq| seq.contains(&run) || seq.contains(&reversed))
    })
}

/// The user's own words a password must not contain (Logto's `userInfo` rule).
pub fn user_words(
    name: Option<&str>,
    username: Option<&str>,
    email: Option<&str>,
    phone: Option<&str>,
) -> Vec<String> {
    let mut words = Vec::new();
    if let Some(name) = name {
        words.push(name.to_lowercase().replace(' ', ""));
        words.extend(name.split_whitespace().map(str::to_lowercase));
    }
    words.extend(username.map(str::to_lowercase));
    words.extend(
        email
            .and_then(|e| e.split('@').next())
            .map(str::to_lowercase),
    );
    words.extend(phone.map(String::from));
    words.retain(|w| w.chars().count() >= RUN);
    words.sort();
    words.dedup();
    words
}

#[cfg(test)]
mod tests {
    use super::*;

    fn failed(password: &str, words: &[String]) -> Vec<Rule> {
        let policy = Policy {
            min_character_types: 3,
            ..Policy::default()
        };
        local_rules(&policy)
            .into_iter()
            .filter(|r| !passes(*r, &policy, password, words))
            .collect()
    }

    #[test]
    fn each_rule_is_checked_like_logto_checks_it() {
        let words = user_words(Some("Dana Scully"), Some("dana"), Some("d.s@x.io"), None);
        assert!(failed("Vt9!mzQ2pL", &words).is_empty());
        assert_eq!(failed("Vt9!mz", &words), [Rule::TooShort]);
        assert_eq!(failed("vt9mzqpwlr", &words), [Rule::CharacterTypes]);
        assert_eq!(failed("Vt9!mzQ2pLé", &words), [Rule::Unsupported]);
        assert_eq!(failed("Vt9!mzQ2pLLL", &words), [Rule::Repetition]);
        assert_eq!(failed("Vt9!mzQ2pabc", &words), [Rule::Sequence]);
        assert_eq!(failed("Vt9!mzQ2pCBA", &words), [Rule::Sequence]);
        assert_eq!(failed("Vt9!DANAQ2pL", &words), [Rule::UserInfo]);
        assert_eq!(failed("Vt9!mzScully", &words), [Rule::UserInfo]);
    }

    #[test]
    fn every_logto_code_has_a_name() {
        for code in [
            "too_short",
            "too_long",
            "character_types",
            "unsupported_characters",
            "restricted.repetition",
            "restricted.sequence",
            "restricted.user_info",
            "restricted.words",
            "pwned",
        ] {
            assert!(Rule::from_code(&format!("password_rejected.{code}")).is_some());
        }
        assert_eq!(Rule::from_code("password_rejected.new_rule"), None);
        assert!(Rule::TooShort
            .describe(&Policy::default(), Lang::De)
            .contains('8'));
    }
}
