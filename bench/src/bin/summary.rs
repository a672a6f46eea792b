//! The last step of `scripts/bench.sh`: every figure the benchmarks of this run wrote to
//! `target/bench/*.json`, in one table with its budget and pass/fail, and in one file,
//! `target/bench/results.json` (with the commit and the machine), for comparison between commits.

use std::process::Command;

use logto_profile_bench::number;
use serde_json::{json, Value};

const GROUPS: [&str; 4] = ["browser", "profile_view", "throughput", "memory"];

fn main() {
    let mut all = Vec::new();
    for group in GROUPS {
        let path = format!("target/bench/{group}.json");
        let Ok(text) = std::fs::read_to_string(&path) else {
            println!("{path}: missing (that benchmark did not run)");
            continue;
        };
        let rows: Vec<Value> = serde_json::from_str(&text).expect("figures");
        all.extend(rows);
    }
    println!(
        "\n{:<58} {:>12} {:<6} {:>12} {:>7}",
        "figure", "value", "unit", "budget", "result"
    );
    let mut missed = Vec::new();
    for f in &all {
        let budget = match (f["limit"].as_f64(), f["at_most"].as_bool()) {
            (Some(limit), Some(true)) => format!("≤ {}", number(limit)),
            (Some(limit), Some(false)) => format!("≥ {}", number(limit)),
            _ => String::new(),
        };
        let result = match f["pass"].as_bool() {
            Some(true) => "pass",
            Some(false) => {
                missed.push(f["name"].as_str().unwrap_or("").to_owned());
                "MISSED"
            }
            None => "",
        };
        println!(
            "{:<58} {:>12} {:<6} {:>12} {:>7}",
            f["name"].as_str().unwrap_or(""),
            number(f["value"].as_f64().unwrap_or(f64::NAN)),
            f["unit"].as_str().unwrap_or(""),
            budget,
            result
        );
    }
    let commit = Command::new("git")
        .args(["rev-parse", "--short", "HEAD"])
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_owned())
        .unwrap_or_default();
    let cores = std::thread::available_parallelism().map_or(0, |n| n.get());
    std::fs::write(
        "target/bench/results.json",
        serde_json::to_string_pretty(&json!({ "commit": commit, "cores": cores, "figures": all }))
            .unwrap(),
    )
    .expect("write results.json");
    println!("\nwritten: target/bench/results.json (commit {commit}, {cores} cores)");
    if missed.is_empty() {
        println!("every budget met");
    } else {
        println!("budgets missed: {}", missed.join("; "));
    }
}
