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
    /// The Logto behind the app (for tests that check or disturb it).
    pub logto: logto_profile::server::config::LogtoConfig,
}

impl TestApp {
    pub fn url(&self, path: &str) -> String {
        format!("http://{}{}", self.addr, path)
    }

    /// Logto's endpoint without a trailing slash.
    pub fn logto_url(&self, path: &str) -> String {
        format!(
            "{}{path}",
            self.logto.endpoint.as_str().trim_end_matches('/')
        )
    }

    /// A Management API call with the app's M2M credentials.
    pub async fn management(
        &self,
        method: reqwest::Method,
        path: &str,
        body: Option<serde_json::Value>,
    ) -> (reqwest::StatusCode, serde_json::Value) {
        use secrecy::ExposeSecret;
        let http = reqwest::Client::new();
        let token: serde_json::Value = http
            .post(self.logto_url("/oidc/token"))
            .basic_auth(
                &self.logto.m2m_app_id,
                Some(self.logto.m2m_app_secret.expose_secret()),
            )
            .form(&[
                ("grant_type", "client_credentials"),
                ("resource", self.logto.management_resource.as_str()),
                ("scope", "all"),
            ])
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        let mut req = http
            .request(method, self.logto_url(&format!("/api{path}")))
            .bearer_auth(token["access_token"].as_str().unwrap());
        if let Some(body) = body {
            req = req.json(&body);
        }
        let res = req.send().await.unwrap();
        let status = res.status();
        (status, res.json().await.unwrap_or_default())
    }

    /// The id of a seeded user.
    pub async fn user_id(&self, username: &str) -> String {
        let (_, users) = self
            .management(
                reqwest::Method::GET,
                &format!("/users?search={username}"),
                None,
            )
            .await;
        users
            .as_array()
            .unwrap()
            .iter()
            .find(|u| u["username"] == username)
            .unwrap()["id"]
            .as_str()
            .unwrap()
            .to_owned()
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
    // `TEST_LOGTO_VERSION` runs a whole suite against another emulated Logto release.
    if let Ok(version) = std::env::var("TEST_LOGTO_VERSION") {
        vars.entry("APP_EMULATOR_LOGTO_VERSION".into())
            .or_insert(version);
    }
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
        None => Upstream::embedded(
            &config.public_url,
            logto_emulator::EmulatorConfig {
                admin: true,
                version: config.emulator_version,
                ..logto_emulator::EmulatorConfig::default()
            },
        )
        .await
        .expect("embedded emulator"),
    };
    let logto = upstream.logto.clone();
    let state = AppState::build(config, upstream, leptos_options)
        .await
        .expect("state");
    let router = App::router(state);
    tokio::spawn(serve(listener, router, std::future::pending()));

    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    TestApp {
        addr,
        client,
        logto,
    }
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
