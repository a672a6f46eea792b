//! Resident memory of the app with 1,000 … 10,000 live signed-in sessions in the default store
//! (SQLite), and per 1,000. Logto is the emulator as its own process, so its memory (the grants of
//! 10,000 sign-ins) is not counted. Each session is a real sign-in: `/sign-in`, Logto's authorize
//! (already signed in there, so no password), `/callback` with the token exchange and ID-token check.
//!
//! Run from the repository root after `scripts/build-release.sh` and
//! `cargo build --release -p logto-emulator` (`scripts/bench.sh` does both). `BENCH_SESSIONS`
//! changes the count (10,000).

use std::sync::Arc;

use logto_profile_bench::{
    app_command, external_logto, free_port,
    load::{all, env_or},
    report, rss_bytes, sign_in, start_emulator, wait_ready, Figure, Process, Site, TempDir,
    DEMO_PASSWORD,
};
use reqwest::{header, redirect::Policy, Client};
use tokio::sync::Semaphore;

const BUDGET_MB: f64 = 150.0;

#[tokio::main]
async fn main() {
    let total: usize = env_or("BENCH_SESSIONS", 10_000);
    let port = free_port();
    let base = format!("http://127.0.0.1:{port}");
    let (_emulator, emulator) = start_emulator(&[&base]).await;
    let data = TempDir::new("profile-memory");
    let app = Process::spawn(
        external_logto(&mut app_command(port), &emulator).env("APP_DATA_DIR", &data.0),
    );
    wait_ready(&Client::new(), &base).await;
    let site = Site { base, emulator };

    // Signed in at Logto once; every later sign-in reuses that Logto session.
    let (browser, jar) = sign_in(&site, "demo", DEMO_PASSWORD, false).await;
    for _ in 0..20 {
        browser
            .get(format!("{}/profile", site.base))
            .send()
            .await
            .unwrap();
    }
    let logto_session =
        reqwest::cookie::CookieStore::cookies(&*jar, &site.emulator.parse().unwrap())
            .expect("Logto's session cookie")
            .to_str()
            .unwrap()
            .split("; ")
            .find(|c| c.starts_with("_session="))
            .expect("_session")
            .to_owned();
    let before = rss_bytes(app.pid());
    println!("RSS after one sign-in and 20 views: {:.1} MB", mb(before));

    let client = Client::builder().redirect(Policy::none()).build().unwrap();
    let gate = Arc::new(Semaphore::new(8));
    let mut made = 0;
    let mut figures = Vec::new();
    let mut last_rss = before;
    let mut first_step = None;
    let mut cookies = Vec::new();
    for step in [1_000, 2_000, 5_000, 10_000]
        .into_iter()
        .filter(|s| *s <= total)
    {
        let batch = all((made..step)
            .map(|_| {
                let (client, site, logto, gate) = (
                    client.clone(),
                    site.clone(),
                    logto_session.clone(),
                    gate.clone(),
                );
                async move {
                    let _permit = gate.acquire().await.unwrap();
                    new_session(&client, &site, &logto).await
                }
            })
            .collect())
        .await;
        cookies.extend(batch);
        made = step;
        last_rss = rss_bytes(app.pid());
        first_step.get_or_insert((step, last_rss));
        println!(
            "{made:>6} sessions: RSS {:.1} MB ({:+.1} MB)",
            mb(last_rss),
            mb(last_rss) - mb(before)
        );
        figures.push(Figure::info(
            format!("RSS with {made} sessions"),
            mb(last_rss),
            "MB",
        ));
    }
    // The first session made is still signed in.
    let me = client
        .post(format!("{}/api/me", site.base))
        .header(header::ORIGIN, site.base.as_str())
        .header(header::COOKIE, &cookies[0])
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(me.contains("Dana Demo"), "the first session is live: {me}");
    // The first thousand also warm up what any busy server holds (connections, buffers, the
    // allocator's arenas): per 1,000 is the slope after them.
    let (first, first_rss) = first_step.expect("sessions made");
    let per_1000 = if made > first {
        (mb(last_rss) - mb(first_rss)) / ((made - first) as f64 / 1000.0)
    } else {
        mb(last_rss) - mb(before)
    };
    figures.insert(0, Figure::info("RSS after one sign-in", mb(before), "MB"));
    figures.push(Figure::at_most(
        format!("RSS with {made} live sessions (SQLite store)"),
        mb(last_rss),
        "MB",
        BUDGET_MB,
    ));
    figures.push(Figure::info(
        format!("RSS per 1,000 sessions ({first} → {made})"),
        per_1000,
        "MB",
    ));
    drop(app);
    report("memory", &figures);
}

/// One more signed-in session; its cookie.
async fn new_session(client: &Client, site: &Site, logto_session: &str) -> String {
    let location =
        |res: &reqwest::Response| res.headers()[header::LOCATION].to_str().unwrap().to_owned();
    let cookie = |res: &reqwest::Response| {
        res.headers()
            .get_all(header::SET_COOKIE)
            .iter()
            .filter_map(|v| v.to_str().ok()?.split(';').next().map(str::to_owned))
            .find(|c| c.starts_with("profile_session="))
    };
    let start = client
        .get(format!("{}/sign-in?return_to=/profile", site.base))
        .send()
        .await
        .unwrap();
    let mut session = cookie(&start).expect("a session for the sign-in");
    let authorized = client
        .get(location(&start))
        .header(header::COOKIE, logto_session)
        .send()
        .await
        .unwrap();
    let back = client
        .get(location(&authorized))
        .header(header::COOKIE, &session)
        .send()
        .await
        .unwrap();
    assert_eq!(location(&back), "/profile", "signed in");
    if let Some(renewed) = cookie(&back) {
        session = renewed;
    }
    session
}

fn mb(bytes: u64) -> f64 {
    bytes as f64 / 1_048_576.0
}
