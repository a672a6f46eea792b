//! Which suites run again against which backend: the test command runs the whole binary on the
//! embedded emulator (Logto 1.42) with SQLite, then once per [`Run`] the modules declared for it
//! here (`scripts/test.sh` asks `cargo run -p logto-profile-bench --bin matrix -- <run>` for the
//! filter). A new test module fails `every_module_is_declared` until it is listed here, so none
//! silently misses a run.

/// A run beyond the default one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Run {
    /// The emulator playing Logto 1.37 (no send limit, no session routes).
    Logto137,
    /// Redis as the session and shared store.
    Redis,
    /// Postgres as the session store and the app's database.
    Postgres,
}

use Run::*;

/// Every test module with the runs it takes part in besides the default one.
pub const MATRIX: &[(&str, &[Run])] = &[
    ("access", &[Logto137]),
    ("account", &[Logto137, Redis, Postgres]),
    ("auth", &[Logto137]),
    ("bad_input", &[]),
    ("checkup", &[Logto137, Postgres]),
    ("contact", &[]),
    ("csrf", &[]),
    ("custom_fields", &[Logto137, Postgres]),
    ("faults", &[]),
    ("foundation", &[]),
    ("i18n", &[]),
    ("idor", &[]),
    ("management", &[Logto137]),
    ("matrix", &[]),
    ("not_me", &[Logto137, Postgres]),
    ("notices", &[Logto137, Postgres]),
    ("passkey", &[Logto137]),
    ("password", &[Logto137, Redis, Postgres]),
    ("photo", &[Logto137, Postgres]),
    ("profile", &[Logto137]),
    ("push", &[Logto137, Redis, Postgres]),
    ("real_logto", &[]),
    ("secrets", &[]),
    ("security", &[Logto137, Redis, Postgres]),
    ("shared_sessions", &[Redis, Postgres]),
    ("throttles", &[Logto137, Redis, Postgres]),
    ("two_step", &[Logto137]),
];

impl Run {
    pub fn from_name(name: &str) -> Option<Run> {
        match name {
            "logto-1.37" => Some(Logto137),
            "redis" => Some(Redis),
            "postgres" => Some(Postgres),
            _ => None,
        }
    }
}

/// The nextest filter of a run: the app's modules declared for it (and, for Logto 1.37, the
/// emulator's contract suite).
pub fn filter(run: Run) -> String {
    let modules: Vec<&str> = MATRIX
        .iter()
        .filter(|(_, runs)| runs.contains(&run))
        .map(|(module, _)| *module)
        .collect();
    let app = format!("(binary(app) & test(/^({})::/))", modules.join("|"));
    match run {
        Logto137 => format!("binary(contract) | {app}"),
        _ => app,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_module_is_declared() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/app");
        let mut modules: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .filter_map(|e| {
                let name = e.ok()?.file_name().into_string().ok()?;
                let module = name.strip_suffix(".rs")?.to_owned();
                (module != "main").then_some(module)
            })
            .collect();
        modules.sort();
        let declared: Vec<String> = MATRIX.iter().map(|(m, _)| m.to_string()).collect();
        assert_eq!(
            modules, declared,
            "tests/app/matrix.rs lists every module, in order"
        );
    }

    #[test]
    fn a_run_selects_its_modules() {
        assert_eq!(
            filter(Redis),
            "(binary(app) & test(/^(account|password|push|security|shared_sessions|throttles)::/))"
        );
        assert!(filter(Logto137).starts_with("binary(contract) | (binary(app) & test(/^(access|"));
    }
}
