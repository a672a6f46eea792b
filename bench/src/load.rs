//! Signed-in editors as the load benchmark and the two-instance test drive them: each views its
//! profile, saves a built-in field, a `customData` field and a database field in turn, and every
//! tenth step proves its password; afterwards every acknowledged save is read back.

use std::time::{Duration, Instant};

use reqwest::{header, Client, StatusCode};
use serde_json::{json, Value};

use crate::{sign_in, Site};

/// The editors' password.
pub const PASSWORD: &str = "Amber-Falcon-3391";

/// One request an editor made.
#[derive(Clone)]
pub struct Req {
    pub kind: &'static str,
    pub status: u16,
    pub started: Instant,
    pub ms: f64,
    /// For a save: the field it changed.
    pub field: Option<&'static str>,
    /// For a failed request: what failed (the client's error, or who answered what).
    pub detail: Option<String>,
}

/// An editor's user id and signed-in client (redirects not followed: a 303 is an answer).
pub struct Editor {
    pub id: String,
    pub client: Client,
}

/// What one editor did: its requests, and the last value it saved per field.
pub struct Run {
    pub requests: Vec<Req>,
    pub last: Vec<(String, String)>,
}

/// Creates `count` users named `{prefix}_{i}` in Logto and signs each in, twenty at a time.
pub async fn editors(site: &Site, token: &str, prefix: &str, count: usize) -> Vec<Editor> {
    let gate = std::sync::Arc::new(tokio::sync::Semaphore::new(20));
    all((0..count)
        .map(|i| {
            let (site, token, gate) = (site.clone(), token.to_owned(), gate.clone());
            let username = format!("{prefix}_{i}");
            async move {
                let _permit = gate.acquire().await.unwrap();
                let user = json!({
                    "username": username,
                    "password": PASSWORD,
                    "name": format!("Editor {i}"),
                });
                let created: Value = json_of(
                    Client::new()
                        .post(format!("{}/api/users", site.emulator))
                        .bearer_auth(&token)
                        .json(&user),
                )
                .await;
                let id = created["id"].as_str().expect("user created").to_owned();
                let client = sign_in(&site, &username, PASSWORD, true).await.0;
                Editor { id, client }
            }
        })
        .collect())
    .await
}

/// One editor (number `i`) until the deadline.
pub async fn edit(site: Site, client: Client, i: usize, deadline: Instant) -> Run {
    let mut requests = Vec::new();
    let mut last: Vec<(String, String)> = Vec::new();
    let (_, view) = call(&client, &site, "profile/cached", json!({})).await;
    let mut shown = view["form"].clone();
    let mut n = 0usize;
    while Instant::now() < deadline {
        let started = Instant::now();
        let res = client.get(format!("{}/profile", site.base)).send().await;
        let (status, detail) = match res {
            Ok(res) => {
                let (status, by) = (res.status().as_u16(), served_by(&res));
                match res.bytes().await {
                    Ok(_) if status < 400 => (status, None),
                    Ok(_) => (status, Some(by)),
                    Err(e) => (599, Some(format!("{by}: {e}"))),
                }
            }
            Err(e) => (599, Some(error_chain(&e))),
        };
        requests.push(req("GET /profile", status, started, detail));

        let started = Instant::now();
        let (status, _, detail) = call_detailed(&client, &site, "profile/cached", json!({})).await;
        requests.push(req("profile/cached", status.as_u16(), started, detail));

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
        let started = Instant::now();
        let (status, saved, detail) = call_detailed(
            &client,
            &site,
            "profile/save",
            json!({ "original": shown, "edited": edited }),
        )
        .await;
        let mut saved_req = req("profile/save", status.as_u16(), started, detail);
        saved_req.field = Some(field);
        requests.push(saved_req);
        if status == StatusCode::OK {
            shown = saved;
            last.retain(|(f, _)| f != field);
            last.push((field.to_owned(), value));
        } else if status == StatusCode::CONFLICT || saved.is_null() {
            // Unknown whether it was written: start again from what Logto and the database hold
            // (read again while that read fails too, as a person would reload).
            for _ in 0..3 {
                let started = Instant::now();
                let (status, view, detail) =
                    call_detailed(&client, &site, "profile/fresh", json!({})).await;
                requests.push(req("profile/fresh", status.as_u16(), started, detail));
                if !view["form"].is_null() {
                    shown = view["form"].clone();
                    break;
                }
            }
            last.retain(|(f, _)| f != field);
        }

        if n % 10 == 9 {
            let started = Instant::now();
            let res = client
                .post(format!("{}/confirm/password", site.base))
                .header(header::ORIGIN, site.base.as_str())
                .form(&[("password", PASSWORD), ("return_to", "/profile")])
                .send()
                .await;
            let (status, detail) = match res {
                Ok(r) if r.status().as_u16() < 400 => (r.status().as_u16(), None),
                Ok(r) => (r.status().as_u16(), Some(served_by(&r))),
                Err(e) => (599, Some(error_chain(&e))),
            };
            requests.push(req("POST /confirm/password", status, started, detail));
        }
        n += 1;
    }
    Run { requests, last }
}

fn req(kind: &'static str, status: u16, started: Instant, detail: Option<String>) -> Req {
    Req {
        kind,
        status,
        started,
        ms: started.elapsed().as_secs_f64() * 1000.0,
        field: None,
        detail,
    }
}

/// Which instance answered, when a load balancer says so (`X-Served-By`).
fn served_by(res: &reqwest::Response) -> String {
    let by = res
        .headers()
        .get("x-served-by")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("?");
    format!("{} from {by}", res.status().as_u16())
}

fn error_chain(e: &dyn std::error::Error) -> String {
    let mut text = e.to_string();
    let mut source = e.source();
    while let Some(cause) = source {
        text.push_str(&format!(": {cause}"));
        source = cause.source();
    }
    text
}

/// Every editor's last acknowledged save, read back from Logto and the app: (checked, lost).
pub async fn lost_edits(
    site: &Site,
    token: &str,
    editors: &[Editor],
    runs: &[Run],
) -> (usize, usize) {
    let (mut checked, mut lost) = (0, 0);
    for (editor, run) in editors.iter().zip(runs) {
        let user: Value = json_of(
            Client::new()
                .get(format!("{}/api/users/{}", site.emulator, editor.id))
                .bearer_auth(token),
        )
        .await;
        let (_, view) = call(&editor.client, site, "profile/cached", json!({})).await;
        for (field, value) in &run.last {
            let now = match field.as_str() {
                "given_name" => user["profile"]["givenName"].as_str(),
                "custom.mailing_address" => user["customData"]["mailing_address"].as_str(),
                _ => view["form"][field].as_str(),
            };
            checked += 1;
            if now != Some(value.as_str()) {
                lost += 1;
                eprintln!("lost: {} {field}: saved {value:?}, now {now:?}", editor.id);
            }
        }
    }
    (checked, lost)
}

/// A server function call: its status and JSON (599 and null when the connection failed).
pub async fn call(
    client: &Client,
    site: &Site,
    endpoint: &str,
    body: Value,
) -> (StatusCode, Value) {
    let (status, value, _) = call_detailed(client, site, endpoint, body).await;
    (status, value)
}

async fn call_detailed(
    client: &Client,
    site: &Site,
    endpoint: &str,
    body: Value,
) -> (StatusCode, Value, Option<String>) {
    let failed = StatusCode::from_u16(599).unwrap();
    match client
        .post(format!("{}/api/{endpoint}", site.base))
        .header(header::ORIGIN, site.base.as_str())
        .json(&body)
        .send()
        .await
    {
        Ok(res) => {
            let (status, by) = (res.status(), served_by(&res));
            match res.bytes().await {
                Ok(body) => {
                    let value = serde_json::from_slice(&body).unwrap_or_default();
                    (status, value, (status.as_u16() >= 400).then_some(by))
                }
                Err(e) => (
                    failed,
                    Value::Null,
                    Some(format!("{by}: {}", error_chain(&e))),
                ),
            }
        }
        Err(e) => (failed, Value::Null, Some(error_chain(&e))),
    }
}

/// A Management API token from the emulator's seeded M2M application.
pub async fn m2m_token(site: &Site) -> String {
    let token: Value = json_of(
        Client::new()
            .post(format!("{}/oidc/token", site.emulator))
            .basic_auth("profile-m2m", Some("profile-m2m-dev-secret"))
            .form(&[
                ("grant_type", "client_credentials"),
                ("resource", "https://default.logto.app/api"),
                ("scope", "all"),
            ]),
    )
    .await;
    token["access_token"]
        .as_str()
        .expect("an M2M token")
        .to_owned()
}

/// The JSON a request answers (the benches stop at the first failure).
async fn json_of(request: reqwest::RequestBuilder) -> Value {
    request.send().await.unwrap().json().await.unwrap()
}

/// Runs the futures concurrently (as tasks); their results in order.
pub async fn all<T: Send + 'static>(
    futures: Vec<impl std::future::Future<Output = T> + Send + 'static>,
) -> Vec<T> {
    let handles: Vec<_> = futures.into_iter().map(tokio::spawn).collect();
    let mut out = Vec::with_capacity(handles.len());
    for handle in handles {
        out.push(handle.await.expect("a task"));
    }
    out
}

pub fn env_or<T: std::str::FromStr>(name: &str, default: T) -> T {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// The per-kind table of a load run: count, rate, p50, p99, errors (status ≥ 400).
pub fn print_table(requests: &[Req], secs: f64) -> usize {
    println!(
        "\n{:<22} {:>9} {:>9} {:>10} {:>10} {:>8}",
        "request", "count", "per s", "p50 ms", "p99 ms", "errors"
    );
    let mut errors = 0;
    for kind in [
        "GET /profile",
        "profile/cached",
        "profile/save",
        "profile/fresh",
        "POST /confirm/password",
        "all",
    ] {
        let of_kind = |r: &&Req| kind == "all" || r.kind == kind;
        let mut latencies: Vec<f64> = requests.iter().filter(of_kind).map(|r| r.ms).collect();
        let failed = requests
            .iter()
            .filter(of_kind)
            .filter(|r| r.status >= 400)
            .count();
        if kind == "all" {
            errors = failed;
        }
        let (p50, p99) = if latencies.is_empty() {
            (0.0, 0.0)
        } else {
            (
                crate::percentile(&mut latencies, 50),
                crate::percentile(&mut latencies, 99),
            )
        };
        println!(
            "{:<22} {:>9} {:>9.0} {:>10.1} {:>10.1} {:>8}",
            kind,
            latencies.len(),
            latencies.len() as f64 / secs,
            p50,
            p99,
            failed
        );
    }
    errors
}

/// How long until `deadline`-style loops should stop, from now.
pub fn deadline(secs: u64) -> Instant {
    Instant::now() + Duration::from_secs(secs)
}
