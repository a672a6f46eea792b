//! Spawns the real application on an ephemeral port, the way `main` does, and the helpers
//! tests drive it with (zero2prod's `TestApp`).

pub mod browser;
pub mod fake_idp;
pub mod real;

use std::{collections::HashMap, net::SocketAddr};

use leptos::config::LeptosOptions;
use logto_profile::server::{config, serve, upstream::Upstream, App, AppState};
use tokio::net::TcpListener;

pub struct TestApp {
    pub addr: SocketAddr,
    pub client: reqwest::Client,
    /// The Logto behind the app (for tests that check or disturb it).
    pub logto: logto_profile::server::config::LogtoConfig,
    /// The app's own database.
    pub database_url: String,
    /// Running against a real Logto (`TEST_REAL_LOGTO`) rather than the embedded emulator.
    pub real_logto: bool,
    /// The app's session store, for tests that play a request racing another.
    pub sessions: logto_profile::server::auth::AnyStore,
    /// The app's clock: tests move it instead of sleeping.
    pub clock: logto_profile::server::clock::Clock,
}

impl TestApp {
    /// Moves the app's time forward (a proof lapsing, a cache expiring), without waiting.
    pub fn advance(&self, by: std::time::Duration) {
        self.clock.advance(by);
    }

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

    /// An M2M token for the Management API, fetched with the app's credentials.
    pub async fn m2m_token(&self) -> String {
        use secrecy::ExposeSecret;
        let token: serde_json::Value = reqwest::Client::new()
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
        token["access_token"].as_str().unwrap().to_owned()
    }

    /// A Management API call with the app's M2M credentials.
    pub async fn management(
        &self,
        method: reqwest::Method,
        path: &str,
        body: Option<serde_json::Value>,
    ) -> (reqwest::StatusCode, serde_json::Value) {
        let token = self.m2m_token().await;
        let mut req = reqwest::Client::new()
            .request(method, self.logto_url(&format!("/api{path}")))
            .bearer_auth(token);
        if let Some(body) = body {
            req = req.json(&body);
        }
        let res = req.send().await.unwrap();
        let status = res.status();
        (status, res.json().await.unwrap_or_default())
    }

    /// Who [`TestApp::signed_in`] signs in as: the seeded demo user.
    pub fn credentials(&self) -> (String, String) {
        ("demo".into(), DEMO_PASSWORD.into())
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

    /// A seeded user as Logto has it now (`GET /api/users/:id`).
    pub async fn logto_user(&self, username: &str) -> serde_json::Value {
        let id = self.user_id(username).await;
        self.management(reqwest::Method::GET, &format!("/users/{id}"), None)
            .await
            .1
    }

    /// The security notices the embedded emulator's SMTP server received for `to`, newest first.
    pub async fn notices(&self, to: &str) -> Vec<serde_json::Value> {
        let all: Vec<serde_json::Value> = reqwest::Client::new()
            .get(self.logto_url("/__emulator/mailbox.json"))
            .query(&[("to", to)])
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        all.into_iter().filter(|m| m["type"] == "Notice").collect()
    }

    /// Whether `password` is the seeded user's password at Logto now.
    pub async fn password_is(&self, username: &str, password: &str) -> bool {
        let id = self.user_id(username).await;
        let (status, _) = self
            .management(
                reqwest::Method::POST,
                &format!("/users/{id}/password/verify"),
                Some(serde_json::json!({ "password": password })),
            )
            .await;
        status == reqwest::StatusCode::NO_CONTENT
    }

    /// Runs one statement on the app's own database (SQLite or Postgres), `$1`… bound to `binds`.
    pub async fn db_execute(&self, sql: &str, binds: &[&str]) {
        if self.database_url.starts_with("postgres") {
            let pool = sqlx::PgPool::connect(&self.database_url).await.unwrap();
            let mut query = sqlx::query(sql);
            for bind in binds {
                query = query.bind(*bind);
            }
            query.execute(&pool).await.unwrap();
        } else {
            let pool = sqlx::SqlitePool::connect(&self.database_url).await.unwrap();
            let mut query = sqlx::query(sql);
            for bind in binds {
                query = query.bind(*bind);
            }
            query.execute(&pool).await.unwrap();
        }
    }

    /// The first column of the first row of a query on the app's own database (a count).
    pub async fn db_count(&self, sql: &str) -> i64 {
        if self.database_url.starts_with("postgres") {
            let pool = sqlx::PgPool::connect(&self.database_url).await.unwrap();
            sqlx::query_scalar(sql).fetch_one(&pool).await.unwrap()
        } else {
            let pool = sqlx::SqlitePool::connect(&self.database_url).await.unwrap();
            sqlx::query_scalar(sql).fetch_one(&pool).await.unwrap()
        }
    }

    /// This app's origin, as a browser sends it in `Origin`.
    pub fn origin(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// A browser signed in as the demo user, back on `return_to`.
    pub async fn signed_in(&self, return_to: &str) -> browser::Browser {
        let browser = browser::Browser::new();
        browser.sign_in(self, return_to).await;
        browser
    }

    /// Posts a plain form (as a browser without JavaScript does): status and `Location`.
    pub async fn post_form(
        &self,
        browser: &browser::Browser,
        path: &str,
        fields: &[(&str, &str)],
    ) -> (reqwest::StatusCode, Option<String>, String) {
        let res = browser
            .http
            .post(self.url(path))
            .header(reqwest::header::ORIGIN, self.origin())
            .form(fields)
            .send()
            .await
            .unwrap();
        let status = res.status();
        let location = res
            .headers()
            .get(reqwest::header::LOCATION)
            .map(|l| l.to_str().unwrap().to_owned());
        (status, location, res.text().await.unwrap_or_default())
    }

    /// The newest code the emulator's mailbox holds for an email or phone (on a real Logto: its
    /// mock connector's record file, `LOGTO_MOCK_EMAIL_FILE` / `LOGTO_MOCK_SMS_FILE`).
    pub async fn latest_code(&self, to: &str) -> String {
        if self.real_logto {
            return real::latest_code(to);
        }
        let messages: serde_json::Value =
            reqwest::get(self.logto_url(&format!("/__emulator/mailbox.json?to={to}")))
                .await
                .unwrap()
                .json()
                .await
                .unwrap();
        messages[0]["code"].as_str().expect("a code").to_owned()
    }

    /// Confirms it's the demo user with the current password (the 10-minute proof).
    pub async fn prove(&self, browser: &browser::Browser) {
        self.prove_with(browser, &self.credentials().1).await;
    }

    /// Confirms it's the signed-in user with this password.
    pub async fn prove_with(&self, browser: &browser::Browser, password: &str) {
        let (status, location, body) = self
            .post_form(
                browser,
                "/confirm/password",
                &[("password", password), ("return_to", "/profile")],
            )
            .await;
        assert_eq!(status, reqwest::StatusCode::SEE_OTHER, "{body}");
        assert_eq!(location.as_deref(), Some("/profile?confirmed=1"));
    }

    /// Calls a server function (`/api/{endpoint}`) the way the page does: JSON, same origin.
    pub async fn call(
        &self,
        browser: &browser::Browser,
        endpoint: &str,
        body: serde_json::Value,
    ) -> (reqwest::StatusCode, serde_json::Value) {
        let res = browser
            .http
            .post(self.url(&format!("/api/{endpoint}")))
            .header(reqwest::header::ORIGIN, self.origin())
            .json(&body)
            .send()
            .await
            .unwrap();
        let status = res.status();
        (status, res.json().await.unwrap_or_default())
    }

    /// Makes the emulator misbehave (`{"path", "method", "latencyMs", "status", "times"}`).
    pub async fn fault(&self, fault: serde_json::Value) {
        let res = reqwest::Client::new()
            .post(self.logto_url("/__emulator/faults"))
            .json(&fault)
            .send()
            .await
            .unwrap();
        assert!(res.status().is_success(), "fault not set: {}", res.status());
    }

    pub async fn clear_faults(&self) {
        reqwest::Client::new()
            .delete(self.logto_url("/__emulator/faults"))
            .send()
            .await
            .unwrap();
    }

    /// Expires the emulator's tokens of a kind (`m2m`, `access`, `refresh`, `all`).
    pub async fn expire_tokens(&self, kind: &str) {
        let res = reqwest::Client::new()
            .post(self.logto_url("/__emulator/expire-tokens"))
            .json(&serde_json::json!({ "kind": kind }))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), reqwest::StatusCode::NO_CONTENT);
    }

    /// Management API requests the emulator has answered.
    pub async fn api_requests(&self) -> u64 {
        self.emulator_stats()
            .await
            .iter()
            .filter(|(key, _)| key.starts_with("/api/"))
            .map(|(_, n)| n.as_u64().unwrap())
            .sum()
    }

    async fn emulator_stats(&self) -> serde_json::Map<String, serde_json::Value> {
        let stats: serde_json::Value = reqwest::get(self.logto_url("/__emulator/stats"))
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        stats["requests"].as_object().unwrap().clone()
    }

    /// Requests the emulator has answered on routes ending with `route`.
    pub async fn emulator_requests(&self, route: &str) -> u64 {
        self.emulator_stats()
            .await
            .iter()
            .filter(|(key, _)| key.ends_with(route))
            .map(|(_, n)| n.as_u64().unwrap())
            .sum()
    }
}

/// The seeded demo user's password.
pub const DEMO_PASSWORD: &str = "Profile-demo-2026";

/// Reached by redirects and probes rather than links.
const UNLINKED: &[(&str, &str)] = &[
    ("GET", "/callback"),
    ("GET", "/healthz"),
    ("GET", "/readyz"),
    ("GET", "/sign-in"),
];

impl TestApp {
    /// Every place a request can go, found from the running app itself so that a new route
    /// cannot be forgotten: every registered server function, every page route, every form and
    /// same-site link on those pages (signed in as `browser` and signed out), and the endpoints
    /// no page links to. `(method, path)`.
    pub async fn targets(&self, browser: &browser::Browser) -> Vec<(String, String)> {
        let mut found: std::collections::BTreeSet<(String, String)> = UNLINKED
            .iter()
            .map(|(m, p)| (m.to_string(), p.to_string()))
            .collect();
        for (path, method) in leptos::server_fn::axum::server_fn_paths() {
            found.insert((method.to_string(), path.to_owned()));
        }
        for listing in leptos_axum::generate_route_list(logto_profile::app::App) {
            found.insert(("GET".into(), listing.path().to_owned()));
        }
        let anonymous = browser::Browser::new();
        let pages: Vec<String> = found
            .iter()
            .filter(|(m, p)| m == "GET" && !p.contains('{') && !p.starts_with("/api"))
            .map(|(_, p)| p.clone())
            .collect();
        for path in pages {
            for who in [browser, &anonymous] {
                let res = who.http.get(self.url(&path)).send().await.unwrap();
                let html = res.text().await.unwrap();
                for (attr, method) in [("action=\"", "POST"), ("href=\"", "GET")] {
                    for rest in html.split(attr).skip(1) {
                        let target = rest.split(['"', '?', '#']).next().unwrap_or_default();
                        let same_site = target.starts_with('/') && !target.starts_with("//");
                        if same_site && !target.starts_with("/pkg") && !target.contains('.') {
                            found.insert((method.into(), target.to_owned()));
                        }
                    }
                }
            }
        }
        found.into_iter().collect()
    }
}

/// A profile form (as the server functions send it) with some fields changed.
pub fn with(form: &serde_json::Value, changes: &[(&str, &str)]) -> serde_json::Value {
    let mut edited = form.clone();
    for (key, value) in changes {
        edited[*key] = serde_json::json!(value);
    }
    edited
}

/// `TEST_LOGTO_VERSION` (`1.37`, `1.42`) runs a whole suite against another emulated Logto.
pub fn logto_version() -> logto_emulator::LogtoVersion {
    std::env::var("TEST_LOGTO_VERSION")
        .map(|v| v.parse().expect("TEST_LOGTO_VERSION"))
        .unwrap_or_default()
}

/// Starts the app with the given environment variables (none: the zero-configuration default).
/// With `TEST_REAL_LOGTO=1` it runs against the real Logto the environment names instead (see
/// `scripts/real-logto.sh`), on a port Logto accepts as a redirect URI, as a user of its own.
pub async fn spawn_app(vars: &[(&str, &str)]) -> TestApp {
    if std::env::var("TEST_REAL_LOGTO").is_ok() {
        return real::spawn(vars).await;
    }
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    spawn_app_on(listener, vars).await
}

/// Like [`spawn_app`], on a listener bound beforehand (so an upstream can know the app's origin).
pub async fn spawn_app_on(listener: TcpListener, vars: &[(&str, &str)]) -> TestApp {
    try_spawn_app_on(listener, vars).await.expect("state")
}

/// Starts the app, or says why it would not start (its start-up message).
pub async fn try_spawn_app(vars: &[(&str, &str)]) -> Result<TestApp, String> {
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    try_spawn_app_on(listener, vars).await
}

async fn try_spawn_app_on(listener: TcpListener, vars: &[(&str, &str)]) -> Result<TestApp, String> {
    let addr = listener.local_addr().unwrap();
    let vars: HashMap<String, String> = vars
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    let mut vars = vars;
    // One key for every instance of a test (they may share a session store); none on disk.
    vars.entry("FIELD_ENCRYPTION_KEY".into())
        .or_insert_with(|| "dGVzdC1rZXktZm9yLWludGVncmF0aW9uLXRlc3RzISE=".into());
    vars.entry("APP_EMULATOR_LOGTO_VERSION".into())
        .or_insert_with(|| logto_version().to_string());
    // Webhooks and back-channel logouts only where a test asks for them (`push.rs`): elsewhere
    // every view asks Logto, as without them.
    vars.entry("APP_EMULATOR_PUSH".into())
        .or_insert_with(|| "0".into());
    // `TEST_SESSION_STORE_URL` runs a whole suite against another store (Redis, Postgres).
    if !vars.contains_key("SESSION_STORE_URL") && std::env::var("TEST_SESSION_STORE_URL").is_ok() {
        // Tests in parallel on one store: each its own counters (all come from 127.0.0.1).
        vars.entry("SESSION_STORE_NAMESPACE".into())
            .or_insert_with(|| format!("test-{}:", uuid_like()));
    }
    vars.entry("SESSION_STORE_URL".into()).or_insert_with(|| {
        if let Ok(url) = std::env::var("TEST_SESSION_STORE_URL") {
            return url;
        }
        let file = std::env::temp_dir().join(format!("profile-test-{}.db", uuid_like()));
        format!("sqlite://{}", file.display())
    });
    // The own database: a file of its own per app, or `TEST_DATABASE_URL` (Postgres).
    vars.entry("DATABASE_URL".into()).or_insert_with(|| {
        if let Ok(url) = std::env::var("TEST_DATABASE_URL") {
            return url;
        }
        let file = std::env::temp_dir().join(format!("profile-test-app-{}.db", uuid_like()));
        format!("sqlite://{}", file.display())
    });
    let config = config::from_lookup(addr, |k| vars.get(k).cloned()).expect("config");
    let database_url = config.database_url.clone();
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
                breach_check_offline: config.emulator_breach_offline,
                connectors: !config.emulator_no_connectors,
                ..logto_emulator::EmulatorConfig::default()
            },
            config.emulator_push,
        )
        .await
        .expect("embedded emulator"),
    };
    let logto = upstream.logto.clone();
    let state = AppState::build(config, upstream, leptos_options)
        .await
        .map_err(|e| e.to_string())?;
    let sessions = state.sessions.clone();
    let clock = state.clock.clone();
    let router = App::router(state);
    tokio::spawn(serve(listener, router, std::future::pending()));

    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    Ok(TestApp {
        addr,
        client,
        database_url,
        logto,
        real_logto: false,
        sessions,
        clock,
    })
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

/// The Redis a test that needs one runs against (`TEST_REDIS_URL`, started by the test command).
/// Such tests are `#[ignore = "needs Redis"]`, so a plain local run lists them as skipped; run
/// without a Redis they fail, in CI and locally alike.
pub fn redis_url() -> String {
    std::env::var("TEST_REDIS_URL")
        .expect("TEST_REDIS_URL must be set: scripts/test.sh starts a Redis server")
}
