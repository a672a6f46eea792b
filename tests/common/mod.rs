//! Spawns the real application on an ephemeral port, the way `main` does.

#![allow(dead_code)]

use std::{collections::HashMap, net::SocketAddr};

use leptos::config::LeptosOptions;
use logto_profile::server::{config, serve, App, AppState};
use tokio::net::TcpListener;

pub struct TestApp {
    pub addr: SocketAddr,
    pub client: reqwest::Client,
}

impl TestApp {
    pub fn url(&self, path: &str) -> String {
        format!("http://{}{}", self.addr, path)
    }
}

/// Starts the app with the given environment variables (none: the zero-configuration default).
pub async fn spawn_app(vars: &[(&str, &str)]) -> TestApp {
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let addr = listener.local_addr().unwrap();
    let vars: HashMap<String, String> = vars
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    let config = config::from_lookup(addr, |k| vars.get(k).cloned()).expect("config");
    let leptos_options = LeptosOptions::builder()
        .output_name("logto_profile")
        .site_root("target/site")
        .site_addr(addr)
        .build();
    let router = App::router(AppState::new(config, leptos_options));
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
