//! `/profile` for a signed-in user: time to first byte and to the end of the response with the
//! (embedded) Logto answering at once and 300 ms late, upstream calls per view; then the server's
//! overhead on a save beyond its upstream calls.
//!
//! Run from the repository root after `scripts/build-release.sh` (`scripts/bench-profile.sh`
//! does both).

use std::time::{Duration, Instant};

use logto_profile_bench::{
    emulator_requests, load::call, percentile, report, sign_in, start_server, Figure, Server,
    DEMO_PASSWORD,
};
use reqwest::{header, Client};
use serde_json::{json, Value};

const VIEWS: usize = 30;
const SAVES: usize = 40;
/// Logto's delay for the second series of saves: large next to the app's own work.
const SAVE_LATENCY_MS: u64 = 50;

#[tokio::main]
async fn main() {
    let server = start_server().await;
    let (browser, _) = sign_in(&server, "demo", DEMO_PASSWORD, false).await;
    for _ in 0..3 {
        view(&browser, &server).await;
    }

    println!("/profile, {VIEWS} sequential views per row (signed in, release build, brotli)");
    println!(
        "{:>16} {:>12} {:>12} {:>12} {:>12} {:>14}",
        "Logto latency", "TTFB p50", "TTFB p95", "end p50", "end p95", "upstream/view"
    );
    let mut figures = Vec::new();
    for latency in [0u64, 300] {
        faults(&server, latency).await;
        let before = emulator_requests(&server).await;
        let mut ttfb = Vec::new();
        let mut end = Vec::new();
        for _ in 0..VIEWS {
            let (first, last) = view(&browser, &server).await;
            ttfb.push(first);
            end.push(last);
        }
        let after = emulator_requests(&server).await;
        faults(&server, 0).await;
        let calls = |path: &str| delta(&before, &after, Some(path)) / VIEWS as f64;
        let upstream = delta(&before, &after, None) / VIEWS as f64;
        let (p50, p95) = (percentile(&mut ttfb, 50), percentile(&mut ttfb, 95));
        println!(
            "{:>13} ms {:>9.1} ms {:>9.1} ms {:>9.1} ms {:>9.1} ms {:>14.2}",
            latency,
            p50,
            p95,
            percentile(&mut end, 50),
            percentile(&mut end, 95),
            upstream
        );
        println!(
            "{:>16} userinfo {:.2}, GET user {:.2}, token requests {:.2} per view",
            "",
            calls("/oidc/me"),
            calls("/api/users/:id"),
            calls("/oidc/token")
        );
        if latency == 300 {
            figures.push(Figure::at_most(
                "/profile first byte p50, Logto at 300 ms",
                p50,
                "ms",
                30.0,
            ));
            figures.push(Figure::info(
                "/profile first byte p95, Logto at 300 ms",
                p95,
                "ms",
            ));
            figures.push(Figure::at_most(
                "upstream calls per /profile view",
                upstream,
                "calls",
                2.0,
            ));
        }
    }

    // A save of one built-in field. With Logto answering at once, the whole save (the emulator's
    // handling of the call included) bounds the app's own part from above. With Logto 50 ms late
    // the part beyond the wait also holds waking up after it (the emulator's timer, idle threads).
    let (_, shown) = call(&browser, &server, "profile/cached", json!({})).await;
    let mut shown = shown["form"].clone();
    let (at_once, calls) = saves(&browser, &server, &mut shown, 0).await;
    let (late, _) = saves(&browser, &server, &mut shown, SAVE_LATENCY_MS).await;
    let beyond = late - calls * SAVE_LATENCY_MS as f64;
    println!(
        "\nsave of one field ({calls:.2} upstream calls, one after another): median {at_once:.1} ms \
         with Logto answering at once; {late:.1} ms with Logto {SAVE_LATENCY_MS} ms late, \
         {beyond:.1} ms beyond the wait"
    );
    figures.push(Figure::info("upstream calls per save", calls, "calls"));
    figures.push(Figure::at_most(
        "save, whole, Logto at once (bounds the app's part), median",
        at_once,
        "ms",
        5.0,
    ));
    figures.push(Figure::info(
        "save beyond Logto's 50 ms wait (incl. waking up), median",
        beyond,
        "ms",
    ));
    drop(server);
    report("profile_view", &figures);
}

/// Saves the given name `SAVES` times with Logto `latency` ms late: (median ms, upstream calls
/// per save).
async fn saves(browser: &Client, server: &Server, shown: &mut Value, latency: u64) -> (f64, f64) {
    faults(server, latency).await;
    let before = emulator_requests(server).await;
    let mut took = Vec::new();
    for n in 0..SAVES {
        let mut edited = shown.clone();
        edited["given_name"] = json!(format!("Dana {latency} {n}"));
        let started = Instant::now();
        let (status, saved) = call(
            browser,
            server,
            "profile/save",
            json!({ "original": shown, "edited": edited }),
        )
        .await;
        took.push(ms(started.elapsed()));
        assert!(status.is_success(), "save {n}: {status} {saved}");
        *shown = saved;
    }
    let after = emulator_requests(server).await;
    faults(server, 0).await;
    let calls = delta(&before, &after, None) / SAVES as f64;
    (percentile(&mut took, 50), calls)
}

/// Every Logto route the view and the save use answers `latency` ms late (0: at once).
async fn faults(server: &Server, latency: u64) {
    let admin = Client::new();
    if latency == 0 {
        admin
            .delete(format!("{}/__emulator/faults", server.emulator))
            .send()
            .await
            .unwrap();
        return;
    }
    for path in ["/oidc/me", "/api/users"] {
        admin
            .post(format!("{}/__emulator/faults", server.emulator))
            .json(&json!({ "path": path, "latencyMs": latency }))
            .send()
            .await
            .unwrap();
    }
}

/// Requests the emulator answered between two snapshots: to `path`, or to any route but its own
/// admin routes.
fn delta(before: &Value, after: &Value, path: Option<&str>) -> f64 {
    let count = |stats: &Value, key: &str| stats[key].as_u64().unwrap_or(0);
    match path {
        Some(path) => (count(after, path) - count(before, path)) as f64,
        None => after
            .as_object()
            .unwrap()
            .keys()
            .filter(|k| !k.starts_with("/__emulator"))
            .map(|k| (count(after, k) - count(before, k)) as f64)
            .sum(),
    }
}

/// (time to the first body byte, time to the end), in milliseconds.
async fn view(browser: &Client, server: &Server) -> (f64, f64) {
    let started = Instant::now();
    let mut res = browser
        .get(format!("{}/profile", server.base))
        .header(header::ACCEPT_ENCODING, "br")
        .send()
        .await
        .unwrap();
    assert!(res.status().is_success(), "{}", res.status());
    let mut first = None;
    while let Some(chunk) = res.chunk().await.unwrap() {
        if first.is_none() && !chunk.is_empty() {
            first = Some(started.elapsed());
        }
    }
    let end = started.elapsed();
    (ms(first.unwrap_or(end)), ms(end))
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}
