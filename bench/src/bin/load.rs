//! Load without loss: concurrent signed-in editors (200 by default) against the release build for
//! 60 s. Each views its profile, saves a built-in field, a field kept in Logto's `customData` and
//! one kept in the app's own database in turn, and every tenth step proves its password. Then
//! every user's last saved values are read back from Logto and the database: lost = 0.
//!
//! `LOAD_EDITORS` and `LOAD_SECS` change the size (the test command runs a short one). Run from
//! the repository root after `scripts/build-release.sh` (`scripts/bench-load.sh` does both).

use std::sync::Arc;
use std::time::{Duration, Instant};

use logto_profile_bench::{sign_in, start_server, Server};
use reqwest::{header, Client, StatusCode};
use serde_json::{json, Value};
use tokio::sync::Semaphore;

const PASSWORD: &str = "Amber-Falcon-3391";

#[derive(Default)]
struct Tally {
    /// (kind, status, milliseconds)
    requests: Vec<(&'static str, u16, f64)>,
}

#[tokio::main]
async fn main() {
    let editors: usize = env_or("LOAD_EDITORS", 200);
    let secs: u64 = env_or("LOAD_SECS", 60);
    let server = Arc::new(start_server().await);
    let token = m2m_token(&server).await;
    let admin = Client::new();

    // The editors: their own users, created and signed in twenty at a time.
    let gate = Arc::new(Semaphore::new(20));
    let started = Instant::now();
    let users: Vec<(String, Client)> = futures_all(
        (0..editors)
            .map(|i| {
                let (server, admin, token, gate) =
                    (server.clone(), admin.clone(), token.clone(), gate.clone());
                async move {
                    let _permit = gate.acquire().await.unwrap();
                    let username = format!("load_{i}");
                    let created: Value = admin
                        .post(format!("{}/api/users", server.emulator))
                        .bearer_auth(&token)
                        .json(&json!({ "username": username, "password": PASSWORD, "name": format!("Editor {i}") }))
                        .send()
                        .await
                        .unwrap()
                        .json()
                        .await
                        .unwrap();
                    let id = created["id"].as_str().expect("user created").to_owned();
                    (id, sign_in(&server, &username, PASSWORD, true).await.0)
                }
            })
            .collect(),
    )
    .await;
    println!(
        "{editors} editors created and signed in in {:.1} s; editing for {secs} s …",
        started.elapsed().as_secs_f64()
    );

    let deadline = Instant::now() + Duration::from_secs(secs);
    let runs = futures_all(
        users
            .iter()
            .enumerate()
            .map(|(i, (_, client))| edit(server.clone(), client.clone(), i, deadline))
            .collect(),
    )
    .await;

    // What each user saved last must be what Logto and the database hold now.
    let mut lost = 0;
    let mut checked = 0;
    for ((id, client), (_, last)) in users.iter().zip(&runs) {
        let user: Value = admin
            .get(format!("{}/api/users/{id}", server.emulator))
            .bearer_auth(&token)
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        let (_, view) = call(client, &server, "profile/cached", json!({})).await;
        for (field, value) in last {
            let now = match field.as_str() {
                "given_name" => user["profile"]["givenName"].as_str(),
                "custom.mailing_address" => user["customData"]["mailing_address"].as_str(),
                _ => view["form"][field].as_str(),
            };
            checked += 1;
            if now != Some(value.as_str()) {
                lost += 1;
                eprintln!("lost: {id} {field}: saved {value:?}, now {now:?}");
            }
        }
    }

    let all: Vec<(&str, u16, f64)> = runs.iter().flat_map(|(t, _)| t.requests.clone()).collect();
    let took = secs as f64;
    println!(
        "\n{:<22} {:>9} {:>9} {:>10} {:>10} {:>8}",
        "request", "count", "per s", "p50 ms", "p99 ms", "errors"
    );
    let mut errors = 0;
    for kind in [
        "GET /profile",
        "profile/cached",
        "profile/save",
        "POST /confirm/password",
        "all",
    ] {
        let mut latencies: Vec<f64> = all
            .iter()
            .filter(|(k, _, _)| kind == "all" || *k == kind)
            .map(|(_, _, ms)| *ms)
            .collect();
        let failed = all
            .iter()
            .filter(|(k, status, _)| (kind == "all" || *k == kind) && *status >= 400)
            .count();
        if kind == "all" {
            errors = failed;
        }
        println!(
            "{:<22} {:>9} {:>9.0} {:>10.1} {:>10.1} {:>8}",
            kind,
            latencies.len(),
            latencies.len() as f64 / took,
            pct(&mut latencies, 50),
            pct(&mut latencies, 99),
            failed
        );
    }
    println!("\nlast saved values checked: {checked}; lost: {lost}; errors: {errors}");
    drop(server);
    if lost > 0 || errors > 0 {
        std::process::exit(1);
    }
}

/// One editor until the deadline: its requests, and the last value it saved per field.
async fn edit(
    server: Arc<Server>,
    client: Client,
    i: usize,
    deadline: Instant,
) -> (Tally, Vec<(String, String)>) {
    let mut tally = Tally::default();
    let mut last: Vec<(String, String)> = Vec::new();
    let (_, view) = call(&client, &server, "profile/cached", json!({})).await;
    let mut shown = view["form"].clone();
    let mut n = 0usize;
    while Instant::now() < deadline {
        let t = Instant::now();
        let res = client.get(format!("{}/profile", server.base)).send().await;
        let status = match res {
            Ok(res) => {
                let status = res.status().as_u16();
                let _ = res.bytes().await;
                status
            }
            Err(_) => 599,
        };
        tally.requests.push(("GET /profile", status, ms(t)));

        let t = Instant::now();
        let (status, _) = call(&client, &server, "profile/cached", json!({})).await;
        tally
            .requests
            .push(("profile/cached", status.as_u16(), ms(t)));

        let (field, value) = match n % 3 {
            0 => ("given_name", format!("Editor {i} edit {n}")),
            1 => ("custom.mailing_address", format!("Box {i}\nEdit {n}")),
            _ => (
                "custom.emergency_contact_phone",
                format!("+31 6 {i:04} {n:04}"),
            ),
        };
        let mut edited = shown.clone();
        edited[field] = json!(value);
        let t = Instant::now();
        let (status, saved) = call(
            &client,
            &server,
            "profile/save",
            json!({ "original": shown, "edited": edited }),
        )
        .await;
        tally
            .requests
            .push(("profile/save", status.as_u16(), ms(t)));
        if status == StatusCode::OK {
            shown = saved;
            last.retain(|(f, _)| f != field);
            last.push((field.to_owned(), value));
        }

        if n % 10 == 9 {
            let t = Instant::now();
            let res = client
                .post(format!("{}/confirm/password", server.base))
                .header(header::ORIGIN, server.base.as_str())
                .form(&[("password", PASSWORD), ("return_to", "/profile")])
                .send()
                .await;
            let status = res.map_or(599, |r| r.status().as_u16());
            tally
                .requests
                .push(("POST /confirm/password", status, ms(t)));
        }
        n += 1;
    }
    (tally, last)
}

async fn call(
    client: &Client,
    server: &Server,
    endpoint: &str,
    body: Value,
) -> (StatusCode, Value) {
    match client
        .post(format!("{}/api/{endpoint}", server.base))
        .header(header::ORIGIN, server.base.as_str())
        .json(&body)
        .send()
        .await
    {
        Ok(res) => (res.status(), res.json().await.unwrap_or_default()),
        Err(_) => (StatusCode::SERVICE_UNAVAILABLE, Value::Null),
    }
}

async fn m2m_token(server: &Server) -> String {
    let token: Value = Client::new()
        .post(format!("{}/oidc/token", server.emulator))
        .basic_auth("profile-m2m", Some("profile-m2m-dev-secret"))
        .form(&[
            ("grant_type", "client_credentials"),
            ("resource", "https://default.logto.app/api"),
            ("scope", "all"),
        ])
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    token["access_token"]
        .as_str()
        .expect("an M2M token")
        .to_owned()
}

/// Runs the futures concurrently (as tasks), in order of their results.
async fn futures_all<T: Send + 'static>(
    futures: Vec<impl std::future::Future<Output = T> + Send + 'static>,
) -> Vec<T> {
    let handles: Vec<_> = futures.into_iter().map(tokio::spawn).collect();
    let mut out = Vec::with_capacity(handles.len());
    for handle in handles {
        out.push(handle.await.expect("a task"));
    }
    out
}

fn env_or<T: std::str::FromStr>(name: &str, default: T) -> T {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn ms(since: Instant) -> f64 {
    since.elapsed().as_secs_f64() * 1000.0
}

fn pct(values: &mut [f64], p: usize) -> f64 {
    if values.is_empty() {
        return 0.0;
    }
    values.sort_by(|a, b| a.partial_cmp(b).unwrap());
    values[((values.len() - 1) * p + 50) / 100]
}
