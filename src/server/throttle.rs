//! Limits Logto does not have (its Management API trusts the caller), counted in the shared store
//! so they hold across app instances. A throttled request never reaches Logto.
//!
//! The figures: a person who mistypes a password gets five tries in a quarter of an hour, far
//! more than a person needs and far too few to guess one. Code sends stay below Logto's own 10 per
//! recipient per 10 minutes, so our plain "wait" message comes before Logto's 429; and a session
//! gets as many code tries as Logto gives one code (10), never more across resends.
//!
//! Beside the session's, each code send and check also counts for the user, the address it
//! comes from and (checks) the recipient, over an hour and a day: a new sign-in or a new
//! address starts no new count. Texts cost money and can be pumped to numbers an attacker earns
//! from, so a user and an address get only a few a day.

use ring::digest;

use super::{error::ServerError, shared_store::SharedStore};

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

/// Codes one user asks for, in any session.
pub const CODE_SENDS_PER_USER_HOUR: Limit = Limit {
    name: "code-sends-user-hour",
    max: 10,
    window_secs: 60 * 60,
};
pub const CODE_SENDS_PER_USER_DAY: Limit = Limit {
    name: "code-sends-user-day",
    max: 20,
    window_secs: 24 * 60 * 60,
};
/// Codes asked for from one address (IP), whoever is signed in.
pub const CODE_SENDS_PER_IP_HOUR: Limit = Limit {
    name: "code-sends-ip-hour",
    max: 20,
    window_secs: 60 * 60,
};
pub const CODE_SENDS_PER_IP_DAY: Limit = Limit {
    name: "code-sends-ip-day",
    max: 60,
    window_secs: 24 * 60 * 60,
};
/// Text messages (SMS) one user asks for.
pub const TEXTS_PER_USER_DAY: Limit = Limit {
    name: "texts-user-day",
    max: 5,
    window_secs: 24 * 60 * 60,
};
/// Text messages asked for from one address (IP).
pub const TEXTS_PER_IP_DAY: Limit = Limit {
    name: "texts-ip-day",
    max: 10,
    window_secs: 24 * 60 * 60,
};
/// Codes one user tries, in any session.
pub const CODE_TRIES_PER_USER_HOUR: Limit = Limit {
    name: "code-tries-user-hour",
    max: 20,
    window_secs: 60 * 60,
};
pub const CODE_TRIES_PER_USER_DAY: Limit = Limit {
    name: "code-tries-user-day",
    max: 50,
    window_secs: 24 * 60 * 60,
};
/// Codes tried from one address (IP).
pub const CODE_TRIES_PER_IP_HOUR: Limit = Limit {
    name: "code-tries-ip-hour",
    max: 30,
    window_secs: 60 * 60,
};
pub const CODE_TRIES_PER_IP_DAY: Limit = Limit {
    name: "code-tries-ip-day",
    max: 100,
    window_secs: 24 * 60 * 60,
};
/// Codes tried for one recipient (an email or phone): guesses at one inbox, from anywhere.
pub const CODE_TRIES_PER_RECIPIENT_HOUR: Limit = Limit {
    name: "code-tries-recipient-hour",
    max: 20,
    window_secs: 60 * 60,
};
pub const CODE_TRIES_PER_RECIPIENT_DAY: Limit = Limit {
    name: "code-tries-recipient-day",
    max: 50,
    window_secs: 24 * 60 * 60,
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
            retry_after_secs: (count.resets_at - store.clock().now_secs()).max(1) as u64,
        });
    }
    Ok(())
}

/// Counts one more use against every limit given, each with what it counts; refuses at the
/// first one past its maximum, with its wait.
pub async fn take_all(store: &SharedStore, limits: &[(&Limit, &str)]) -> Result<(), ServerError> {
    for (limit, subject) in limits {
        take(store, limit, subject).await?;
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
