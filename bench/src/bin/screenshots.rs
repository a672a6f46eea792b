//! The README's screenshots: `end2end/bench/screenshots.mjs` against the release server, into
//! `docs/screenshots/` (each page light and dark, phone and desktop).
//!
//! Run from the repository root after `scripts/build-release.sh` and `npm ci` in `end2end/`.

use std::process::Command;

use logto_profile_bench::{start_server, DEMO_PASSWORD};

#[tokio::main]
async fn main() {
    let server = start_server().await;
    let dir = std::fs::canonicalize(".").unwrap().join("docs/screenshots");
    std::fs::create_dir_all(&dir).unwrap();
    let out = Command::new("node")
        .arg("bench/screenshots.mjs")
        .current_dir("end2end")
        .env("BENCH_BASE", &server.base)
        .env("BENCH_USER", "demo")
        .env("BENCH_PASSWORD", DEMO_PASSWORD)
        .env("SCREENSHOTS_DIR", &dir)
        .output()
        .expect("node runs end2end/bench/screenshots.mjs");
    drop(server);
    assert!(
        out.status.success(),
        "the screenshot run failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    println!("screenshots written to {}", dir.display());
}
