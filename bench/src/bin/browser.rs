//! What a browser pays: every page's bytes on the wire, signed in, cache empty, and when
//! hydration finished after the load event (p50 and max of 20 loads of `/profile`), measured in
//! headless Chromium (Debian's) by `end2end/bench/browser.mjs` against the release server.
//!
//! Run from the repository root after `scripts/build-release.sh` and `npm ci` in `end2end/`
//! (`scripts/bench.sh` does all of it).

use std::process::Command;

use logto_profile_bench::{budget_of, percentile, report, start_server, Figure, DEMO_PASSWORD};
use serde_json::Value;

/// Hydration finished after the load event.
const BUDGET_HYDRATION_MS: f64 = 150.0;

#[tokio::main]
async fn main() {
    let server = start_server().await;
    let out = Command::new("node")
        .arg("bench/browser.mjs")
        .current_dir("end2end")
        .env("BENCH_BASE", &server.base)
        .env("BENCH_USER", "demo")
        .env("BENCH_PASSWORD", DEMO_PASSWORD)
        .output()
        .expect("node runs end2end/bench/browser.mjs");
    drop(server);
    assert!(
        out.status.success(),
        "the browser run failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let run: Value = serde_json::from_slice(&out.stdout).expect("the browser run's JSON");

    println!("Bytes on the wire in headless Chromium, signed in, empty cache");
    println!(
        "{:<32} {:>7} {:>9} {:>9} {:>9} {:>9} {:>9}",
        "page", "status", "HTML", "CSS", "JS", "WASM+rest", "total"
    );
    let mut figures = Vec::new();
    for page in run["pages"].as_array().unwrap() {
        let files = &page["files"];
        let kind = |k: &str| files[k].as_f64().unwrap_or(0.0);
        let bytes = page["bytes"].as_f64().unwrap();
        println!(
            "{:<32} {:>7} {:>9} {:>9} {:>9} {:>9} {:>9}",
            page["path"].as_str().unwrap(),
            page["status"],
            kind("Document"),
            kind("Stylesheet"),
            kind("Script"),
            kind("Fetch") + kind("Other"),
            bytes
        );
        assert_eq!(page["status"], 200, "{page}");
        figures.push(Figure::at_most(
            format!("bytes on the wire {}", page["path"].as_str().unwrap()),
            bytes,
            "B",
            budget_of(page["path"].as_str().unwrap()) as f64,
        ));
    }
    let mut after: Vec<f64> = run["hydration"]["afterLoadMs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_f64().unwrap().max(0.0))
        .collect();
    let (p50, max) = (
        percentile(&mut after, 50),
        after.iter().cloned().fold(0.0, f64::max),
    );
    figures.push(Figure::at_most(
        "hydration finished after load /profile p50 (20 loads)",
        p50,
        "ms",
        BUDGET_HYDRATION_MS,
    ));
    figures.push(Figure::at_most(
        "hydration finished after load /profile max (20 loads)",
        max,
        "ms",
        BUDGET_HYDRATION_MS,
    ));
    report("browser", &figures);
}
