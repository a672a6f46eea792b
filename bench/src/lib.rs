//! Shared by the benchmarks: start the release server, wait for it, measure page weight.

use std::{
    process::{Child, Command, Stdio},
    time::{Duration, Instant},
};

use reqwest::header::ACCEPT_ENCODING;

pub const BUDGET_BROTLI: usize = 150_000;

/// The release binary, killed on drop.
pub struct Server {
    child: Child,
    pub base: String,
    pub emulator: String,
    _data: TempDir,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

struct TempDir(std::path::PathBuf);

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

/// Starts `target/release/logto-profile` (run from the repository root) with its embedded
/// emulator on a free port, fault injection on, and a throwaway data directory.
pub async fn start_server() -> Server {
    let exe = "target/release/logto-profile";
    assert!(
        std::path::Path::new(exe).exists(),
        "{exe} missing: run `cargo leptos build --release --precompress` first"
    );
    let (port, emulator_port) = (free_port(), free_port());
    let data = std::env::temp_dir().join(format!("profile-bench-{port}"));
    let child = Command::new(exe)
        .env("LEPTOS_SITE_ROOT", "target/site")
        .env("LEPTOS_SITE_ADDR", format!("127.0.0.1:{port}"))
        .env("LEPTOS_ENV", "PROD")
        .env("APP_EMULATOR_ADDR", format!("127.0.0.1:{emulator_port}"))
        .env("APP_EMULATOR_ADMIN", "1")
        .env("APP_DATA_DIR", &data)
        .env("RUST_LOG", "warn")
        .stdout(Stdio::null())
        .spawn()
        .expect("start the release server");
    let server = Server {
        child,
        base: format!("http://127.0.0.1:{port}"),
        emulator: format!("http://127.0.0.1:{emulator_port}"),
        _data: TempDir(data),
    };
    wait_ready(&reqwest::Client::new(), &server.base).await;
    server
}

async fn wait_ready(client: &reqwest::Client, base: &str) {
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
    for attr in html.split("href=\"").skip(1) {
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
    let verdict = if total.brotli <= BUDGET_BROTLI {
        "within"
    } else {
        "OVER"
    };
    println!(
        "brotli total {} B: {verdict} the {BUDGET_BROTLI} B budget",
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
    server: &Server,
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
pub async fn emulator_requests(server: &Server) -> serde_json::Value {
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
