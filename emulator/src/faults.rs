//! Fault injection for tests: added latency, forced statuses and dropped connections per path
//! prefix (and optionally method). Set through `/__emulator/faults`, which exists only when the
//! emulator is started with `admin: true`.

use std::{sync::Mutex, time::Duration};

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Rule {
    #[serde(default)]
    pub id: String,
    /// Path prefix, e.g. `/api/users` or `/oidc/token`.
    pub path: String,
    /// Only this method (any when absent).
    #[serde(default)]
    pub method: Option<String>,
    #[serde(default)]
    pub latency_ms: Option<u64>,
    /// Answer with this status instead of the real response (500, 503, 429, ...).
    #[serde(default)]
    pub status: Option<u16>,
    /// Close the connection without answering.
    #[serde(default)]
    pub drop: bool,
    /// Apply this many times, then remove the rule (forever when absent).
    #[serde(default)]
    pub times: Option<u32>,
}

#[derive(Debug, Default, PartialEq)]
pub struct Plan {
    pub latency: Duration,
    pub status: Option<u16>,
    pub drop: bool,
}

/// Requests received per route (ids collapsed to `:id`): benchmarks count upstream calls with it.
#[derive(Default)]
pub struct Stats {
    requests: Mutex<std::collections::BTreeMap<String, u64>>,
}

impl Stats {
    pub fn record(&self, path: &str) {
        let route = route_of(path);
        *self
            .requests
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .entry(route)
            .or_default() += 1;
    }

    pub fn snapshot(&self) -> std::collections::BTreeMap<String, u64> {
        self.requests
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
    }
}

/// `/api/users/abc123/profile` → `/api/users/:id/profile`.
fn route_of(path: &str) -> String {
    let parts: Vec<&str> = path.split('/').collect();
    parts
        .iter()
        .enumerate()
        .map(|(i, p)| {
            if i == 3 && parts.get(2) == Some(&"users") {
                ":id"
            } else {
                p
            }
        })
        .collect::<Vec<_>>()
        .join("/")
}

#[derive(Default)]
pub struct Faults {
    rules: Mutex<Vec<Rule>>,
}

impl Faults {
    pub fn add(&self, mut rule: Rule) -> Rule {
        rule.id = crate::ids::id(8);
        self.lock().push(rule.clone());
        rule
    }

    pub fn list(&self) -> Vec<Rule> {
        self.lock().clone()
    }

    pub fn clear(&self) {
        self.lock().clear();
    }

    /// What to do with this request: latency adds up over matching rules; the first matching
    /// status or drop wins. Each matching rule uses up one of its `times`.
    pub fn plan(&self, method: &str, path: &str) -> Plan {
        let mut plan = Plan::default();
        let mut rules = self.lock();
        if rules.is_empty() {
            return plan;
        }
        for rule in rules.iter_mut() {
            let method_ok = rule
                .method
                .as_deref()
                .is_none_or(|m| m.eq_ignore_ascii_case(method));
            if !method_ok || !path.starts_with(&rule.path) {
                continue;
            }
            plan.latency += Duration::from_millis(rule.latency_ms.unwrap_or(0));
            if plan.status.is_none() && !plan.drop {
                plan.status = rule.status;
                plan.drop = rule.drop;
            }
            if let Some(times) = rule.times.as_mut() {
                *times = times.saturating_sub(1);
            }
        }
        rules.retain(|r| r.times != Some(0));
        plan
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Vec<Rule>> {
        self.rules.lock().unwrap_or_else(|e| e.into_inner())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rule(path: &str) -> Rule {
        Rule {
            id: String::new(),
            path: path.into(),
            method: None,
            latency_ms: None,
            status: None,
            drop: false,
            times: None,
        }
    }

    #[test]
    fn stats_collapse_user_ids() {
        let stats = Stats::default();
        stats.record("/api/users/abc123");
        stats.record("/api/users/xyz789");
        stats.record("/api/users/abc123/profile");
        stats.record("/oidc/me");
        let snapshot = stats.snapshot();
        assert_eq!(snapshot["/api/users/:id"], 2);
        assert_eq!(snapshot["/api/users/:id/profile"], 1);
        assert_eq!(snapshot["/oidc/me"], 1);
    }

    #[test]
    fn rules_match_by_prefix_and_method_and_run_out() {
        let faults = Faults::default();
        faults.add(Rule {
            latency_ms: Some(300),
            ..rule("/api")
        });
        faults.add(Rule {
            method: Some("PATCH".into()),
            status: Some(503),
            times: Some(1),
            ..rule("/api/users")
        });
        let plan = faults.plan("PATCH", "/api/users/abc");
        assert_eq!(plan.latency, Duration::from_millis(300));
        assert_eq!(plan.status, Some(503));
        // Used up.
        assert_eq!(faults.plan("PATCH", "/api/users/abc").status, None);
        assert_eq!(faults.plan("GET", "/oidc/jwks"), Plan::default());
        faults.clear();
        assert!(faults.list().is_empty());
    }
}
