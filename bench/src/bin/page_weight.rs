//! Page weight of the home page: HTML, CSS, JS, WASM, raw / gzip / brotli.
//!
//! Run from the repository root after `cargo leptos build --release --precompress`
//! (`scripts/bench-page-weight.sh` does both). Static assets are measured as the server sends
//! them (its precompressed files); the HTML is compressed here at gzip 9 / brotli 11.

use logto_profile_bench::{budget_of, print_page_weight, start_server};

#[tokio::main]
async fn main() {
    let server = start_server().await;
    let client = reqwest::Client::builder()
        .no_gzip()
        .no_brotli()
        .build()
        .unwrap();
    let total = print_page_weight(&client, &server.base, "/").await;
    // exit() skips destructors: stop the server first.
    drop(server);
    if total > budget_of("/") {
        std::process::exit(1);
    }
}
