//! `/profile` for a signed-in user: time to first byte and to the end of the response with the
//! (embedded) Logto answering at once and 300 ms late, upstream calls per view, page weight.
//!
//! Run from the repository root after `cargo leptos build --release --precompress`
//! (`scripts/bench-profile.sh` does both).

use std::time::{Duration, Instant};

use logto_profile_bench::{
    emulator_requests, print_page_weight, sign_in, start_server, Server, BUDGET_BROTLI,
    DEMO_PASSWORD,
};
use reqwest::Client;
use serde_json::json;

const VIEWS: usize = 30;

#[tokio::main]
async fn main() {
    let server = start_server().await;
    let browser = sign_in(&server, "demo", DEMO_PASSWORD, false).await;
    for _ in 0..3 {
        view(&browser, &server).await;
    }

    println!("/profile, {VIEWS} sequential views per row (signed in, release build)");
    println!(
        "{:>16} {:>12} {:>12} {:>12} {:>12} {:>14}",
        "Logto latency", "TTFB p50", "TTFB p95", "end p50", "end p95", "upstream/view"
    );
    let mut over = false;
    for latency in [0u64, 300] {
        let admin = Client::new();
        for path in ["/oidc/me", "/api/users"] {
            admin
                .post(format!("{}/__emulator/faults", server.emulator))
                .json(&json!({ "path": path, "latencyMs": latency }))
                .send()
                .await
                .unwrap();
        }
        let before = emulator_requests(&server).await;
        let mut ttfb = Vec::new();
        let mut end = Vec::new();
        for _ in 0..VIEWS {
            let (first, last) = view(&browser, &server).await;
            ttfb.push(first);
            end.push(last);
        }
        let after = emulator_requests(&server).await;
        admin
            .delete(format!("{}/__emulator/faults", server.emulator))
            .send()
            .await
            .unwrap();

        let calls = |path: &str| {
            (after[path].as_u64().unwrap_or(0) - before[path].as_u64().unwrap_or(0)) as f64
                / VIEWS as f64
        };
        let upstream = calls("/oidc/me") + calls("/api/users/:id") + calls("/oidc/token");
        println!(
            "{:>13} ms {:>9.1} ms {:>9.1} ms {:>9.1} ms {:>9.1} ms {:>14.2}",
            latency,
            pct(&mut ttfb, 50),
            pct(&mut ttfb, 95),
            pct(&mut end, 50),
            pct(&mut end, 95),
            upstream
        );
        println!(
            "{:>16} userinfo {:.2}, GET user {:.2}, token requests {:.2} per view",
            "",
            calls("/oidc/me"),
            calls("/api/users/:id"),
            calls("/oidc/token")
        );
        if latency == 300 && pct(&mut ttfb, 50) > 30.0 {
            over = true;
        }
    }

    let plain = Client::builder()
        .no_gzip()
        .no_brotli()
        .cookie_provider(browser.1.clone())
        .build()
        .unwrap();
    // Every signed-in page (the confirm page as a username change reaches it).
    for page in [
        "/profile",
        "/security",
        "/security/password",
        "/security/email",
        "/security/phone",
        "/security/two-step",
        "/account",
        "/confirm?return_to=%2Fprofile",
    ] {
        if print_page_weight(&plain, &server.base, page).await > BUDGET_BROTLI {
            over = true;
        }
    }
    // After "confirm it's you" the pages show their forms (the phone's with its list of
    // countries, the security page its sign-out buttons): weighed again.
    let proved = browser
        .0
        .post(format!("{}/confirm/password", server.base))
        .header(reqwest::header::ORIGIN, server.base.as_str())
        .form(&[("password", DEMO_PASSWORD), ("return_to", "/profile")])
        .send()
        .await
        .unwrap();
    assert!(
        proved.status().is_success(),
        "the proof: {}",
        proved.status()
    );
    // The authenticator-app setup (its QR code drawn on the server) needs one started.
    let started = browser
        .0
        .post(format!("{}/security/two-step/totp/start", server.base))
        .header(reqwest::header::ORIGIN, server.base.as_str())
        .send()
        .await
        .unwrap();
    assert!(started.status().is_redirection() || started.status().is_success());
    for page in [
        "/security/email",
        "/security/phone",
        "/security",
        "/security/two-step/totp",
        "/account",
    ] {
        if print_page_weight(&plain, &server.base, page).await > BUDGET_BROTLI {
            over = true;
        }
    }
    // exit() skips destructors: stop the server first.
    drop(server);
    if over {
        println!("A budget is OVER: TTFB with Logto at 300 ms (30 ms) or page weight (150,000 B)");
        std::process::exit(1);
    }
}

/// (time to the first body byte, time to the end), in milliseconds.
async fn view(
    browser: &(Client, std::sync::Arc<reqwest::cookie::Jar>),
    server: &Server,
) -> (f64, f64) {
    let started = Instant::now();
    let mut res = browser
        .0
        .get(format!("{}/profile", server.base))
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

fn pct(values: &mut [f64], p: usize) -> f64 {
    values.sort_by(|a, b| a.partial_cmp(b).unwrap());
    let index = ((values.len() - 1) * p + 50) / 100;
    values[index]
}
