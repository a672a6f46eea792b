//! First, on the cold server: how many M2M tokens 100 concurrent views ask Logto for (one).
//! Then throughput as browsers load pages: kept-alive connections asking for brotli, driven by
//! Debian's `wrk` (a maintained load generator; `apt-get install wrk`). Signed-in `/profile`
//! (embedded Logto answering at once) next to `/healthz` and the stylesheet on the same server in
//! the same run, at 10, 50 and 200 connections: requests per second, p50 and p99, errors, and the
//! ratios. Its figures go to `target/bench/throughput.json` (`--bin summary` gathers them).
//!
//! Run from the repository root after `scripts/build-release.sh` (`scripts/bench.sh` does both);
//! `BENCH_SECS` sets each run's length (5 s).

use std::process::Command;

use logto_profile_bench::{
    asset_paths, emulator_requests, report, sign_in, start_server, start_server_pushing, Figure,
    DEMO_PASSWORD,
};
use serde_json::{json, Value};

/// The design's goal for signed-in `/profile`.
const GOAL_RPS: f64 = 2000.0;
const GOAL_P99_MS: f64 = 50.0;

#[tokio::main]
async fn main() {
    let secs: u64 = std::env::var("BENCH_SECS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(5);
    assert!(
        Command::new("wrk").arg("--version").output().is_ok(),
        "wrk missing: apt-get install wrk"
    );
    let server = start_server().await;
    let (browser, jar) = sign_in(&server, "demo", DEMO_PASSWORD, false).await;
    let cookie = session_cookie(&jar, &server.base);
    // 100 concurrent fresh views while the app holds no usable M2M token: one token request
    // among them. The sign-in already fetched one, so Logto is told to refuse every token issued
    // until the next second (the emulator's early expiry), and the views start once it has passed.
    let expired = reqwest::Client::new()
        .post(format!("{}/__emulator/expire-tokens", server.emulator))
        .json(&json!({ "kind": "m2m" }))
        .send()
        .await
        .expect("the emulator answers");
    assert!(expired.status().is_success(), "{}", expired.status());
    let refused_until = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs()
        + 1;
    while std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs()
        < refused_until
    {
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    let tokens = |stats: &Value| stats["/oidc/token"].as_u64().unwrap_or(0);
    let before = emulator_requests(&server).await;
    let views: Vec<_> = (0..100)
        .map(|_| {
            let (browser, base) = (browser.clone(), server.base.clone());
            tokio::spawn(async move {
                browser
                    .post(format!("{base}/api/profile/fresh"))
                    .header(reqwest::header::ORIGIN, base.as_str())
                    .json(&json!({}))
                    .send()
                    .await
                    .map(|r| r.status().is_success())
                    .unwrap_or(false)
            })
        })
        .collect();
    let mut ok = 0;
    for view in views {
        ok += usize::from(view.await.unwrap());
    }
    let m2m = tokens(&emulator_requests(&server).await) - tokens(&before);
    println!(
        "M2M token requests for 100 concurrent cold views ({ok} answered 200): {m2m} (budget: exactly 1): {}\n",
        if m2m == 1 { "pass" } else { "MISSED" }
    );

    let html = browser
        .get(format!("{}/profile", server.base))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let css = asset_paths(&html)
        .into_iter()
        .find(|(kind, _)| *kind == "CSS")
        .map(|(_, path)| path)
        .expect("the stylesheet");

    // The same page where Logto's webhook keeps the user's copy: no call to Logto per view.
    let pushed = start_server_pushing(true).await;
    let (pushed_browser, pushed_jar) = sign_in(&pushed, "demo", DEMO_PASSWORD, false).await;
    let pushed_cookie = session_cookie(&pushed_jar, &pushed.base);
    let upstream = |stats: &Value| {
        stats["/oidc/me"].as_u64().unwrap_or(0) + stats["/api/users/:id"].as_u64().unwrap_or(0)
    };
    let mut calls = Vec::new();
    for _ in 0..3 {
        let before = upstream(&emulator_requests(&pushed).await);
        let page = pushed_browser
            .get(format!("{}/profile", pushed.base))
            .send()
            .await
            .unwrap();
        assert!(page.status().is_success());
        page.text().await.unwrap();
        calls.push(upstream(&emulator_requests(&pushed).await) - before);
    }
    println!(
        "Logto calls per /profile view with webhooks (3 views, the first fills the copy): {calls:?}\n"
    );

    let targets = [
        (
            "/profile (signed in)",
            server.base.clone(),
            "/profile".to_owned(),
            Some(cookie.clone()),
        ),
        (
            "/profile (webhooks)",
            pushed.base.clone(),
            "/profile".to_owned(),
            Some(pushed_cookie),
        ),
        ("/healthz", server.base.clone(), "/healthz".to_owned(), None),
        ("stylesheet", server.base.clone(), css, None),
    ];
    println!("kept-alive connections, Accept-Encoding: br, {secs} s per row (wrk, 2 threads)");
    println!(
        "{:<22} {:>6} {:>10} {:>9} {:>9} {:>8}",
        "target", "conns", "req/s", "p50 ms", "p99 ms", "errors"
    );
    let mut rows = Vec::new();
    for connections in [10u32, 50, 200] {
        for (name, base, path, cookie) in &targets {
            let row = wrk(
                &format!("{base}{path}"),
                connections,
                secs,
                cookie.as_deref(),
            );
            println!(
                "{:<22} {:>6} {:>10.0} {:>9.1} {:>9.1} {:>8}",
                name, connections, row.rps, row.p50_ms, row.p99_ms, row.errors
            );
            rows.push(json!({
                "target": name, "connections": connections, "rps": row.rps,
                "p50_ms": row.p50_ms, "p99_ms": row.p99_ms, "errors": row.errors,
            }));
        }
    }
    drop(server);
    drop(pushed);

    println!();
    let find = |name: &str, c: u32| {
        rows.iter()
            .find(|r| r["target"] == name && r["connections"] == c)
            .cloned()
            .unwrap_or(Value::Null)
    };
    let mut figures = vec![
        Figure::at_most(
            "M2M token requests for 100 concurrent cold views",
            m2m as f64,
            "calls",
            1.0,
        ),
        Figure::at_most(
            "Logto calls per /profile view with webhooks (after the first)",
            calls[1..].iter().sum::<u64>() as f64,
            "calls",
            0.0,
        ),
    ];
    for c in [10u32, 50, 200] {
        let pushed = find("/profile (webhooks)", c);
        figures.push(Figure::at_least(
            format!("/profile with webhooks, {c} connections"),
            pushed["rps"].as_f64().unwrap_or(0.0),
            "req/s",
            GOAL_RPS,
        ));
        figures.push(Figure::at_most(
            format!("/profile with webhooks, {c} connections, p99"),
            pushed["p99_ms"].as_f64().unwrap_or(f64::NAN),
            "ms",
            GOAL_P99_MS,
        ));
        let profile = find("/profile (signed in)", c);
        let rps = profile["rps"].as_f64().unwrap_or(0.0);
        let p50 = profile["p50_ms"].as_f64().unwrap_or(f64::NAN);
        let p99 = profile["p99_ms"].as_f64().unwrap_or(f64::NAN);
        let ratio = |other: &str| rps / find(other, c)["rps"].as_f64().unwrap_or(f64::NAN);
        figures.push(Figure::at_least(
            format!("/profile signed in, {c} connections"),
            rps,
            "req/s",
            GOAL_RPS,
        ));
        figures.push(Figure::info(
            format!("/profile signed in, {c} connections, p50"),
            p50,
            "ms",
        ));
        figures.push(Figure::at_most(
            format!("/profile signed in, {c} connections, p99"),
            p99,
            "ms",
            GOAL_P99_MS,
        ));
        figures.push(Figure::info(
            format!("/profile ÷ /healthz, {c} connections"),
            ratio("/healthz"),
            "ratio",
        ));
        figures.push(Figure::info(
            format!("/profile ÷ stylesheet, {c} connections"),
            ratio("stylesheet"),
            "ratio",
        ));
    }
    report("throughput", &figures);
}

/// The `Cookie` header a signed-in browser sends to `base`.
fn session_cookie(jar: &reqwest::cookie::Jar, base: &str) -> String {
    let url: url::Url = base.parse().unwrap();
    reqwest::cookie::CookieStore::cookies(jar, &url)
        .expect("the session cookie")
        .to_str()
        .unwrap()
        .to_owned()
}

struct Row {
    rps: f64,
    p50_ms: f64,
    p99_ms: f64,
    errors: u64,
}

fn wrk(url: &str, connections: u32, secs: u64, cookie: Option<&str>) -> Row {
    let mut cmd = Command::new("wrk");
    cmd.args(["-t2", "--latency", "-H", "Accept-Encoding: br"])
        .arg(format!("-c{connections}"))
        .arg(format!("-d{secs}s"))
        .arg("--timeout")
        .arg("10s");
    if let Some(cookie) = cookie {
        cmd.arg("-H").arg(format!("Cookie: {cookie}"));
    }
    let out = cmd.arg(url).output().expect("wrk runs");
    let text = String::from_utf8_lossy(&out.stdout);
    let number = |prefix: &str| {
        text.lines()
            .find_map(|l| l.trim().strip_prefix(prefix))
            .map(|v| v.trim().to_owned())
    };
    let errors = |prefix: &str| {
        number(prefix)
            .map(|v| {
                v.split(|c: char| !c.is_ascii_digit())
                    .filter_map(|n| n.parse::<u64>().ok())
                    .sum()
            })
            .unwrap_or(0)
    };
    Row {
        rps: number("Requests/sec:")
            .and_then(|v| v.parse().ok())
            .unwrap_or(0.0),
        p50_ms: number("50%").map_or(f64::NAN, |v| millis(&v)),
        p99_ms: number("99%").map_or(f64::NAN, |v| millis(&v)),
        errors: errors("Non-2xx or 3xx responses:") + errors("Socket errors:"),
    }
}

/// `wrk`'s durations (`812.00us`, `3.41ms`, `1.02s`) in milliseconds.
fn millis(text: &str) -> f64 {
    let split = text
        .find(|c: char| c.is_ascii_alphabetic())
        .unwrap_or(text.len());
    let (n, unit) = text.split_at(split);
    let n: f64 = n.parse().unwrap_or(f64::NAN);
    match unit {
        "us" => n / 1000.0,
        "s" => n * 1000.0,
        "m" => n * 60_000.0,
        _ => n,
    }
}
