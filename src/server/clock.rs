//! The app's one source of time. Production reads the system clock; tests move this clock
//! forward (`advance`) to see a proof lapse or a cache expire, instead of sleeping.

use std::sync::{
    atomic::{AtomicI64, Ordering},
    Arc,
};
use std::time::Duration;

/// Shared by everything that asks the time; clones see the same moves.
#[derive(Debug, Clone, Default)]
pub struct Clock {
    /// How far tests moved it, in milliseconds.
    offset_ms: Arc<AtomicI64>,
}

impl Clock {
    /// Milliseconds since the Unix epoch.
    pub fn now_ms(&self) -> i64 {
        let system = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_millis() as i64)
            .unwrap_or_default();
        system + self.offset_ms.load(Ordering::Relaxed)
    }

    /// Seconds since the Unix epoch.
    pub fn now_secs(&self) -> i64 {
        self.now_ms().div_euclid(1000)
    }

    /// Moves time forward for everything holding this clock.
    pub fn advance(&self, by: Duration) {
        self.offset_ms
            .fetch_add(by.as_millis() as i64, Ordering::Relaxed);
    }

    /// Whether `since_ms` (from [`Clock::now_ms`]) lies less than `age` ago.
    pub fn within(&self, since_ms: i64, age: Duration) -> bool {
        self.now_ms() - since_ms < age.as_millis() as i64
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn moving_a_clock_moves_its_clones() {
        let clock = Clock::default();
        let other = clock.clone();
        let before = other.now_secs();
        clock.advance(Duration::from_secs(600));
        assert!(other.now_secs() >= before + 600);
        assert!(!other.within(other.now_ms() - 5_000, Duration::from_secs(5)));
        assert!(other.within(other.now_ms() - 4_000, Duration::from_secs(5)));
    }
}
