//! Load without loss: concurrent signed-in editors (200 by default) against the release build for
//! 60 s. Each views its profile, saves a built-in field, a field kept in Logto's `customData` and
//! one kept in the app's own database in turn, and every tenth step proves its password. Then
//! every user's last saved values are read back from Logto and the database: lost = 0.
//!
//! `LOAD_EDITORS` and `LOAD_SECS` change the size (the test command runs a short one). Run from
//! the repository root after `scripts/build-release.sh` (`scripts/bench-load.sh` does both).

use std::time::Instant;

use logto_profile_bench::{
    load::{all, deadline, edit, editors, env_or, lost_edits, m2m_token, print_table},
    start_server,
};

#[tokio::main]
async fn main() {
    let count: usize = env_or("LOAD_EDITORS", 200);
    let secs: u64 = env_or("LOAD_SECS", 60);
    let server = start_server().await;
    let token = m2m_token(&server).await;

    let started = Instant::now();
    let editors = editors(&server, &token, "load", count).await;
    println!(
        "{count} editors created and signed in in {:.1} s; editing for {secs} s …",
        started.elapsed().as_secs_f64()
    );
    let until = deadline(secs);
    let runs = all(editors
        .iter()
        .enumerate()
        .map(|(i, e)| edit((*server).clone(), e.client.clone(), i, until))
        .collect())
    .await;

    let (checked, lost) = lost_edits(&server, &token, &editors, &runs).await;
    let requests: Vec<_> = runs.iter().flat_map(|r| r.requests.clone()).collect();
    let errors = print_table(&requests, secs as f64);
    println!("\nlast saved values checked: {checked}; lost: {lost}; errors: {errors}");
    drop(server);
    if lost > 0 || errors > 0 {
        std::process::exit(1);
    }
}
