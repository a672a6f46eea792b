//! Spawns the real application on an ephemeral port, the way `main` does.

#![allow(dead_code)]

pub mod browser;
pub mod fake_idp;

use std::{collections::HashMap, net::SocketAddr};

use leptos::config::LeptosOptions;
use logto_profile::server::{config, serve, upstream::Upstream, App, AppState};
use tokio::net::TcpListener;

pub struct TestApp {
    pub addr: SocketAddr,
    pub client: reqwest::Client,
}

impl TestApp {
    pub fn url(&self, path: &str) -> String {
        format!("http://{}{}", self.addr, path)
    }

    /// This app's origin, as a browser sends it in `Origin`.
    pub fn origin(&self) -> String {
        format!("http://{}", self.addr)
    }
}

/// Starts the app with the given environment variables (none: the zero-configuration default).
pub async fn spawn_app(vars: &[(&str, &str)]) -> TestApp {
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    spawn_app_on(listener, vars).await
}

/// Like [`spawn_app`], on a listener bound beforehand (so an upstream can know the app's origin).
pub async fn spawn_app_on(listener: TcpListener, vars: &[(&str, &str)]) -> TestApp {
    let addr = listener.local_addr().unwrap();
    let vars: HashMap<String, String> = vars
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    let mut vars = vars;
    vars.entry("SESSION_STORE_URL".into()).or_insert_with(|| {
        let file = std::env::temp_dir().join(format!("profile-test-{}.db", uuid_like()));
        format!("sqlite://{}", file.display())
    });
    let config = config::from_lookup(addr, |k| vars.get(k).cloned()).expect("config");
    let leptos_options = LeptosOptions::builder()
        .output_name("logto_profile")
        .site_root("target/site")
        .site_addr(addr)
        .build();
    let upstream = match &config.logto {
        Some(_) => Upstream::from_config(&config).await.expect("upstream"),
        // In memory and on a free port: tests never share or leave state behind.
        None => Upstream::embedded(&config.public_url, "127.0.0.1:0".parse().unwrap(), None)
            .await
            .expect("embedded emulator"),
    };
    let state = AppState::build(config, upstream, leptos_options)
        .await
        .expect("state");
    let router = App::router(state);
    tokio::spawn(serve(listener, router, std::future::pending()));

    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    TestApp { addr, client }
}

/// A TCP port that nothing listens on (bound, then released).
pub async fn closed_port() -> u16 {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    listener.local_addr().unwrap().port()
}

fn uuid_like() -> String {
    use std::sync::atomic::{AtomicU64, Ordering};
    static N: AtomicU64 = AtomicU64::new(0);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_nanos();
    format!(
        "{}-{nanos}-{}",
        std::process::id(),
        N.fetch_add(1, Ordering::Relaxed)
    )
}
