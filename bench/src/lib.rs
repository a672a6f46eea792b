//! Shared by the benchmarks: start the release server, wait for it, measure page weight.

use std::{
    process::{Child, Command, Stdio},
    time::{Duration, Instant},
};

use reqwest::header::ACCEPT_ENCODING;

/// `/profile`, the one page with the editor's WASM.
pub const BUDGET_PROFILE: usize = 120_000;
/// Every other page: HTML, CSS and its small script.
pub const BUDGET_PAGE: usize = 40_000;

/// The budget of a page by its path.
pub fn budget_of(path: &str) -> usize {
    match path.split('?').next() {
        Some("/profile") => BUDGET_PROFILE,
        _ => BUDGET_PAGE,
    }
}

pub mod load;

/// Where a benchmark finds the app (or the load balancer in front of it) and Logto.
#[derive(Clone)]
pub struct Site {
    pub base: String,
    pub emulator: String,
}

/// The release binary with its embedded emulator, killed on drop.
pub struct Server {
    process: Process,
    site: Site,
    _data: TempDir,
}

impl std::ops::Deref for Server {
    type Target = Site;
    fn deref(&self) -> &Site {
        &self.site
    }
}

impl Server {
    pub fn pid(&self) -> u32 {
        self.process.0.id()
    }
}

/// A child process, killed (SIGKILL) on drop or by `kill`.
pub struct Process(Child);

impl Process {
    pub fn spawn(command: &mut Command) -> Process {
        Process(
            command
                .spawn()
                .unwrap_or_else(|e| panic!("start {command:?}: {e}")),
        )
    }

    pub fn pid(&self) -> u32 {
        self.0.id()
    }

    pub fn kill(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

impl Drop for Process {
    fn drop(&mut self) {
        self.kill();
    }
}

pub struct TempDir(pub std::path::PathBuf);

impl TempDir {
    pub fn new(name: &str) -> TempDir {
        TempDir(std::env::temp_dir().join(format!("{name}-{}", free_port())))
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("free port")
        .port()
}

const APP: &str = "target/release/logto-profile";

/// Starts `target/release/logto-profile` (run from the repository root) with its embedded
/// emulator on a free port, fault injection on, and a throwaway data directory. Logto pushes
/// nothing: every view asks it, as without webhooks.
pub async fn start_server() -> Server {
    start_server_pushing(false).await
}

/// As [`start_server`]; with `push`, the emulator sends the app its webhooks, so views trust
/// the pushed copy of the user.
pub async fn start_server_pushing(push: bool) -> Server {
    let (port, emulator_port) = (free_port(), free_port());
    let data = TempDir::new("profile-bench");
    let process = Process::spawn(
        app_command(port)
            .env("APP_EMULATOR_ADDR", format!("127.0.0.1:{emulator_port}"))
            .env("APP_EMULATOR_ADMIN", "1")
            .env("APP_EMULATOR_PUSH", if push { "1" } else { "0" })
            .env("APP_DATA_DIR", &data.0),
    );
    let server = Server {
        process,
        site: Site {
            base: format!("http://127.0.0.1:{port}"),
            emulator: format!("http://127.0.0.1:{emulator_port}"),
        },
        _data: data,
    };
    wait_ready(&reqwest::Client::new(), &server.base).await;
    server
}

/// The release app on `port`; the caller adds where Logto and the stores are.
pub fn app_command(port: u16) -> Command {
    assert!(
        std::path::Path::new(APP).exists(),
        "{APP} missing: run scripts/build-release.sh first"
    );
    let mut command = Command::new(APP);
    command
        .env("LEPTOS_SITE_ROOT", "target/site")
        .env("LEPTOS_SITE_ADDR", format!("127.0.0.1:{port}"))
        .env("LEPTOS_ENV", "PROD")
        .env("RUST_LOG", "warn")
        .stdout(Stdio::null());
    command
}

/// The app's settings for the emulator running as its own process (its seeded applications).
pub fn external_logto<'a>(command: &'a mut Command, emulator: &str) -> &'a mut Command {
    command
        .env("LOGTO_ENDPOINT", emulator)
        .env("LOGTO_APP_ID", "profile-web")
        .env("LOGTO_APP_SECRET", "profile-web-dev-secret")
        .env("LOGTO_M2M_APP_ID", "profile-m2m")
        .env("LOGTO_M2M_APP_SECRET", "profile-m2m-dev-secret")
        // Fixed for the benchmark only: 32 bytes, base64.
        .env(
            "FIELD_ENCRYPTION_KEY",
            "YmVuY2htYXJrLW9ubHkta2V5LTMyLWJ5dGVzLWxvbmc=",
        )
}

/// `target/release/logto-emulator` on a free port, in memory, fault injection on, accepting
/// sign-ins for `origins`; returns it and its URL once it answers.
pub async fn start_emulator(origins: &[&str]) -> (Process, String) {
    let exe = "target/release/logto-emulator";
    assert!(
        std::path::Path::new(exe).exists(),
        "{exe} missing: run `cargo build --release -p logto-emulator` first"
    );
    let port = free_port();
    let mut command = Command::new(exe);
    command
        .args(["--port", &port.to_string(), "--memory", "--admin"])
        .env("RUST_LOG", "warn")
        .stdout(Stdio::null());
    for origin in origins {
        command.args(["--allow-origin", origin]);
    }
    let process = Process::spawn(&mut command);
    let base = format!("http://127.0.0.1:{port}");
    let client = reqwest::Client::new();
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let url = format!("{base}/oidc/.well-known/openid-configuration");
        if matches!(client.get(url).send().await, Ok(r) if r.status().is_success()) {
            return (process, base);
        }
        assert!(Instant::now() < deadline, "the emulator did not start");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Resident memory of a process, in bytes (Linux).
pub fn rss_bytes(pid: u32) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).expect("/proc status");
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
        .expect("VmRSS")
        * 1024
}

pub async fn wait_ready(client: &reqwest::Client, base: &str) {
    let deadline = Instant::now() + Duration::from_secs(30);
    while Instant::now() < deadline {
        if let Ok(res) = client.get(format!("{base}/readyz")).send().await {
            if res.status().is_success() {
                return;
            }
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("the server did not become ready");
}

#[derive(Default, Clone, Copy)]
pub struct Size {
    pub raw: usize,
    pub gzip: usize,
    pub brotli: usize,
}

impl std::ops::AddAssign for Size {
    fn add_assign(&mut self, other: Size) {
        self.raw += other.raw;
        self.gzip += other.gzip;
        self.brotli += other.brotli;
    }
}

/// The stylesheet, module script and wasm a page links to.
pub fn asset_paths(html: &str) -> Vec<(&'static str, String)> {
    let mut found = Vec::new();
    let linked = html.split("href=\"").skip(1);
    let loaded = html.split("src=\"").skip(1);
    for attr in linked.chain(loaded) {
        let Some(path) = attr.split('"').next() else {
            continue;
        };
        let kind = if path.ends_with(".css") {
            "CSS"
        } else if path.ends_with(".js") {
            "JS"
        } else if path.ends_with(".wasm") {
            "WASM"
        } else {
            continue;
        };
        if !found.iter().any(|(_, p)| p == path) {
            found.push((kind, path.to_owned()));
        }
    }
    found
}

/// Sizes as the server sends them, for each encoding.
pub async fn served_sizes(client: &reqwest::Client, base: &str, path: &str) -> Size {
    let mut size = Size::default();
    for (encoding, slot) in [
        ("identity", &mut size.raw),
        ("gzip", &mut size.gzip),
        ("br", &mut size.brotli),
    ] {
        let res = client
            .get(format!("{base}{path}"))
            .header(ACCEPT_ENCODING, encoding)
            .send()
            .await
            .expect("asset");
        assert!(res.status().is_success(), "{path}: {}", res.status());
        *slot = res.bytes().await.unwrap().len();
    }
    size
}

/// Prints the weight table of one page; returns the brotli total.
pub async fn print_page_weight(client: &reqwest::Client, base: &str, page: &str) -> usize {
    let html = client
        .get(format!("{base}{page}"))
        .header(ACCEPT_ENCODING, "identity")
        .send()
        .await
        .expect("page")
        .text()
        .await
        .unwrap();
    // As served: the server compresses pages itself (streamed, chunk by chunk).
    let mut rows = vec![(
        "HTML",
        page.to_string(),
        served_sizes(client, base, page).await,
    )];
    for (kind, path) in asset_paths(&html) {
        rows.push((kind, path.clone(), served_sizes(client, base, &path).await));
    }
    println!("\nPage weight of {page}");
    println!(
        "{:<6} {:<48} {:>10} {:>10} {:>10}",
        "kind", "file", "raw B", "gzip B", "brotli B"
    );
    let mut total = Size::default();
    for (kind, path, size) in &rows {
        println!(
            "{kind:<6} {path:<48} {:>10} {:>10} {:>10}",
            size.raw, size.gzip, size.brotli
        );
        total += *size;
    }
    println!(
        "{:<6} {:<48} {:>10} {:>10} {:>10}",
        "TOTAL", "", total.raw, total.gzip, total.brotli
    );
    let budget = budget_of(page);
    let verdict = if total.brotli <= budget {
        "within"
    } else {
        "OVER"
    };
    println!(
        "brotli total {} B: {verdict} the {budget} B budget",
        total.brotli
    );
    total.brotli
}

/// The emulator's demo user's password.
pub const DEMO_PASSWORD: &str = "Profile-demo-2026";

/// A browser signed in as `username` through the emulator's page, back on `/profile`: a client
/// that follows redirects, and its cookie jar. (`manual` keeps redirects unfollowed instead, so
/// a form post's 303 is its answer.)
pub async fn sign_in(
    server: &Site,
    username: &str,
    password: &str,
    manual: bool,
) -> (reqwest::Client, std::sync::Arc<reqwest::cookie::Jar>) {
    use reqwest::{header, redirect::Policy, Client};
    let jar = std::sync::Arc::new(reqwest::cookie::Jar::default());
    let client = Client::builder()
        .cookie_provider(jar.clone())
        .redirect(Policy::none())
        .build()
        .unwrap();
    let location =
        |res: &reqwest::Response| res.headers()[header::LOCATION].to_str().unwrap().to_owned();
    let res = client
        .get(format!("{}/sign-in?return_to=/profile", server.base))
        .send()
        .await
        .unwrap();
    let res = client.get(location(&res)).send().await.unwrap();
    let page = url::Url::parse(&server.emulator)
        .unwrap()
        .join(&location(&res))
        .unwrap();
    let uid = page
        .query_pairs()
        .find(|(k, _)| k == "uid")
        .unwrap()
        .1
        .into_owned();
    let res = client
        .post(page.join("/sign-in").unwrap())
        .form(&[
            ("uid", uid.as_str()),
            ("identifier", username),
            ("password", password),
        ])
        .send()
        .await
        .unwrap();
    let res = client.get(location(&res)).send().await.unwrap();
    assert_eq!(location(&res), "/profile", "{username} signed in");
    if manual {
        return (client, jar);
    }
    let client = Client::builder()
        .cookie_provider(jar.clone())
        .build()
        .unwrap();
    (client, jar)
}

/// The embedded emulator's request counts by route (`/oidc/token`, `/api/users/:id`, …).
pub async fn emulator_requests(server: &Site) -> serde_json::Value {
    reqwest::Client::new()
        .get(format!("{}/__emulator/stats", server.emulator))
        .send()
        .await
        .unwrap()
        .json::<serde_json::Value>()
        .await
        .unwrap()["requests"]
        .clone()
}

/// One measured figure next to its budget, as `scripts/bench.sh` prints and stores them.
pub struct Figure {
    pub name: String,
    pub value: f64,
    pub unit: &'static str,
    /// `Some((limit, true))` when the value must stay at or below the limit, `false` at or above.
    pub budget: Option<(f64, bool)>,
}

impl Figure {
    pub fn at_most(name: impl Into<String>, value: f64, unit: &'static str, limit: f64) -> Self {
        let name = name.into();
        Figure {
            name,
            value,
            unit,
            budget: Some((limit, true)),
        }
    }

    pub fn at_least(name: impl Into<String>, value: f64, unit: &'static str, limit: f64) -> Self {
        Figure {
            name: name.into(),
            value,
            unit,
            budget: Some((limit, false)),
        }
    }

    pub fn info(name: impl Into<String>, value: f64, unit: &'static str) -> Self {
        Figure {
            name: name.into(),
            value,
            unit,
            budget: None,
        }
    }

    pub fn pass(&self) -> Option<bool> {
        self.budget.map(|(limit, at_most)| {
            if at_most {
                self.value <= limit
            } else {
                self.value >= limit
            }
        })
    }
}

/// Prints `figures` as a table and writes them to `target/bench/{group}.json`, where
/// `--bin summary` collects every group of the run.
pub fn report(group: &str, figures: &[Figure]) {
    println!("\n{group}: figures");
    println!(
        "{:<58} {:>12} {:<6} {:>14} {:>6}",
        "figure", "value", "unit", "budget", "result"
    );
    let mut rows = Vec::new();
    for f in figures {
        let budget = f.budget.map_or(String::new(), |(limit, at_most)| {
            format!("{} {}", if at_most { "≤" } else { "≥" }, number(limit))
        });
        let result = match f.pass() {
            Some(true) => "pass",
            Some(false) => "MISSED",
            None => "",
        };
        println!(
            "{:<58} {:>12} {:<6} {:>14} {:>6}",
            f.name,
            number(f.value),
            f.unit,
            budget,
            result
        );
        rows.push(serde_json::json!({
            "group": group, "name": f.name, "value": f.value, "unit": f.unit,
            "limit": f.budget.map(|b| b.0), "at_most": f.budget.map(|b| b.1), "pass": f.pass(),
        }));
    }
    let dir = std::path::Path::new("target/bench");
    std::fs::create_dir_all(dir).expect("target/bench");
    std::fs::write(
        dir.join(format!("{group}.json")),
        serde_json::to_string_pretty(&rows).unwrap(),
    )
    .expect("write the figures");
}

/// Whole numbers without decimals, others with one or two.
pub fn number(v: f64) -> String {
    if (v.fract() == 0.0 && v.abs() < 1e15) || v.abs() >= 100.0 {
        format!("{v:.0}")
    } else if v.abs() >= 10.0 {
        format!("{v:.1}")
    } else {
        format!("{v:.2}")
    }
}

/// The `p`th percentile (nearest rank) of `values`.
pub fn percentile(values: &mut [f64], p: usize) -> f64 {
    values.sort_by(|a, b| a.partial_cmp(b).unwrap());
    let index = ((values.len() - 1) * p + 50) / 100;
    values[index]
}
