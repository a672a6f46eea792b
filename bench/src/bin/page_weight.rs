//! Page weight: what a browser downloads for one page (HTML, CSS, JS, WASM), raw, gzip and brotli.
//!
//! Run from the repository root. Needs a release build with precompressed assets (`cargo leptos build --release --precompress`);
//! `scripts/bench-page-weight.sh` does both. Static assets are measured as the server sends them
//! (its precompressed `.gz` / `.br` files); the HTML is compressed here at gzip 9 / brotli 11.

use std::{
    io::Write,
    process::{Child, Command, Stdio},
    time::{Duration, Instant},
};

use reqwest::header::ACCEPT_ENCODING;

const PAGES: &[&str] = &["/"];
const BUDGET_BROTLI: usize = 150 * 1024;

struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

#[derive(Default, Clone, Copy)]
struct Size {
    raw: usize,
    gzip: usize,
    brotli: usize,
}

impl std::ops::AddAssign for Size {
    fn add_assign(&mut self, other: Size) {
        self.raw += other.raw;
        self.gzip += other.gzip;
        self.brotli += other.brotli;
    }
}

#[tokio::main]
async fn main() {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("free port")
        .port();
    let base = format!("http://127.0.0.1:{port}");
    let _server = start_server(port);
    let client = reqwest::Client::builder()
        .no_gzip()
        .no_brotli()
        .build()
        .unwrap();
    wait_ready(&client, &base).await;

    let mut over_budget = false;
    for page in PAGES {
        let html = client
            .get(format!("{base}{page}"))
            .header(ACCEPT_ENCODING, "identity")
            .send()
            .await
            .expect("page")
            .text()
            .await
            .unwrap();
        let mut rows = vec![("HTML", page.to_string(), compress_locally(html.as_bytes()))];
        for (kind, path) in asset_paths(&html) {
            rows.push((
                kind,
                path.clone(),
                served_sizes(&client, &base, &path).await,
            ));
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
            over_budget = true;
            "OVER"
        };
        println!(
            "brotli total {:.1} KiB: {verdict} the {} KiB budget",
            total.brotli as f64 / 1024.0,
            BUDGET_BROTLI / 1024
        );
    }
    if over_budget {
        std::process::exit(1);
    }
}

fn start_server(port: u16) -> Server {
    let exe = "target/release/logto-profile";
    assert!(
        std::path::Path::new(exe).exists(),
        "{exe} missing: run `cargo leptos build --release --precompress` first"
    );
    let child = Command::new(exe)
        .env("LEPTOS_SITE_ROOT", "target/site")
        .env("LEPTOS_SITE_ADDR", format!("127.0.0.1:{port}"))
        .env("LEPTOS_ENV", "PROD")
        .env("RUST_LOG", "warn")
        .stdout(Stdio::null())
        .spawn()
        .expect("start the release server");
    Server(child)
}

async fn wait_ready(client: &reqwest::Client, base: &str) {
    let deadline = Instant::now() + Duration::from_secs(30);
    while Instant::now() < deadline {
        if let Ok(res) = client.get(format!("{base}/healthz")).send().await {
            if res.status().is_success() {
                return;
            }
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("the server did not become healthy");
}

/// The stylesheet, module script and wasm the page links to.
fn asset_paths(html: &str) -> Vec<(&'static str, String)> {
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

async fn served_sizes(client: &reqwest::Client, base: &str, path: &str) -> Size {
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

fn compress_locally(bytes: &[u8]) -> Size {
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    gz.write_all(bytes).unwrap();
    let gzip = gz.finish().unwrap().len();
    let mut br = Vec::new();
    {
        let mut writer = brotli::CompressorWriter::new(&mut br, 4096, 11, 22);
        writer.write_all(bytes).unwrap();
    }
    Size {
        raw: bytes.len(),
        gzip,
        brotli: br.len(),
    }
}
