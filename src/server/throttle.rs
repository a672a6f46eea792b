//! Limits Logto does not have (its Management API trusts the caller), counted in the shared store
//! so they hold across app instances. A throttled request never reaches Logto.
//!
//! The figures: a person who mistypes a password gets five tries in a quarter of an hour, far
//! more than a person needs and far too few to guess one. Code sends stay below Logto's own 10 per
//! recipient per 10 minutes, so our plain "wait" message comes before Logto's 429; and a session
//! gets as many code tries as Logto gives one code (10), never more across resends.

use ring::digest;

use super::{auth::now_secs, error::ServerError, shared_store::SharedStore};

#[derive(Debug, Clone, Copy)]
pub struct Limit {
    /// Part of the counter's key, so limits never share a counter.
    pub name: &'static str,
    pub max: i64,
    pub window_secs: i64,
}

/// Password checks against Logto, per user.
pub const PASSWORD_TRIES: Limit = Limit {
    name: "password-tries",
    max: 5,
    window_secs: 15 * 60,
};
/// Downloads of a user's data: each one asks Logto three times.
pub const EXPORTS: Limit = Limit {
    name: "exports",
    max: 5,
    window_secs: 60 * 60,
};
/// Codes sent to one address (email or phone), whoever asks.
pub const CODE_SENDS_PER_RECIPIENT: Limit = Limit {
    name: "code-sends-recipient",
    max: 5,
    window_secs: 10 * 60,
};
/// Codes one session asks for, whatever the address.
pub const CODE_SENDS_PER_SESSION: Limit = Limit {
    name: "code-sends-session",
    max: 8,
    window_secs: 60 * 60,
};
/// Codes one session tries.
pub const CODE_TRIES_PER_SESSION: Limit = Limit {
    name: "code-tries-session",
    max: 10,
    window_secs: 10 * 60,
};

/// The counter's key: the limit and a digest of what it counts (addresses are not stored).
fn key(limit: &Limit, subject: &str) -> String {
    let hash = digest::digest(&digest::SHA256, subject.as_bytes());
    let hex: String = hash.as_ref()[..16]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    format!("{}:{hex}", limit.name)
}

/// Counts one more use of `limit` by `subject`; refuses, with the wait, past the maximum.
pub async fn take(store: &SharedStore, limit: &Limit, subject: &str) -> Result<(), ServerError> {
    let count = store
        .hit(&key(limit, subject), limit.window_secs)
        .await
        .map_err(ServerError::Store)?;
    if count.hits > limit.max {
        return Err(ServerError::Throttled {
            limit: limit.name,
            retry_after_secs: (count.resets_at - now_secs()).max(1) as u64,
        });
    }
    Ok(())
}

/// Starts `limit` for `subject` again (a correct password ends the run of wrong ones).
pub async fn clear(store: &SharedStore, limit: &Limit, subject: &str) -> Result<(), ServerError> {
    store
        .reset(&key(limit, subject))
        .await
        .map_err(ServerError::Store)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_keep_limits_apart_and_hide_the_subject() {
        let a = key(&CODE_SENDS_PER_RECIPIENT, "dana@example.com");
        let b = key(&CODE_SENDS_PER_SESSION, "dana@example.com");
        assert_ne!(a, b);
        assert!(!a.contains("dana"));
        assert_eq!(a, key(&CODE_SENDS_PER_RECIPIENT, "dana@example.com"));
    }
}
