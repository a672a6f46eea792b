//! The Logto under test: the emulator by default, or a real Logto when `LOGTO_CONTRACT_ENDPOINT`
//! is set (with `LOGTO_CONTRACT_M2M_APP_ID`, `LOGTO_CONTRACT_M2M_APP_SECRET`, optionally
//! `LOGTO_CONTRACT_RESOURCE`, and `LOGTO_CONTRACT_MOCK_EMAIL_FILE` / `..._SMS_FILE` where the mock
//! connectors write their codes). `LOGTO_CONTRACT_VERSION` (`1.37` or `1.42`, default 1.42) names
//! the release under test; cases that differ by release read it from [`Target::version`].

#![allow(dead_code)]

use logto_emulator::{Emulator, EmulatorConfig, LogtoVersion, MANAGEMENT_RESOURCE};
use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

pub struct Target {
    pub endpoint: String,
    pub m2m_id: String,
    pub m2m_secret: String,
    pub resource: String,
    pub emulator: Option<Emulator>,
    pub version: LogtoVersion,
    /// The target cannot reach the breach list (a real Logto: `LOGTO_CONTRACT_BREACH_CHECK=offline`).
    pub breach_check_offline: bool,
    pub http: reqwest::Client,
    token: tokio::sync::OnceCell<String>,
}

/// The release under test: `LOGTO_CONTRACT_VERSION`, or the newest emulated one.
pub fn version() -> LogtoVersion {
    match std::env::var("LOGTO_CONTRACT_VERSION") {
        Ok(v) => v.parse().expect("LOGTO_CONTRACT_VERSION"),
        Err(_) => LogtoVersion::default(),
    }
}

pub async fn target() -> Target {
    target_with(EmulatorConfig {
        admin: true,
        version: version(),
        ..EmulatorConfig::default()
    })
    .await
}

/// For cases that differ by release: the real Logto once, or an emulator of every release.
pub async fn targets() -> Vec<Target> {
    if std::env::var("LOGTO_CONTRACT_ENDPOINT").is_ok() {
        return vec![target().await];
    }
    let mut all = Vec::new();
    for version in LogtoVersion::ALL {
        all.push(
            target_with(EmulatorConfig {
                admin: true,
                version,
                ..EmulatorConfig::default()
            })
            .await,
        );
    }
    all
}

pub async fn target_with(config: EmulatorConfig) -> Target {
    let http = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    if let Ok(endpoint) = std::env::var("LOGTO_CONTRACT_ENDPOINT") {
        return Target {
            endpoint: endpoint.trim_end_matches('/').to_owned(),
            m2m_id: std::env::var("LOGTO_CONTRACT_M2M_APP_ID").expect("LOGTO_CONTRACT_M2M_APP_ID"),
            m2m_secret: std::env::var("LOGTO_CONTRACT_M2M_APP_SECRET")
                .expect("LOGTO_CONTRACT_M2M_APP_SECRET"),
            resource: std::env::var("LOGTO_CONTRACT_RESOURCE")
                .unwrap_or_else(|_| MANAGEMENT_RESOURCE.into()),
            emulator: None,
            version: version(),
            breach_check_offline: std::env::var("LOGTO_CONTRACT_BREACH_CHECK")
                .is_ok_and(|v| v == "offline"),
            http,
            token: Default::default(),
        };
    }
    let breach_check_offline = config.breach_check_offline;
    let emulator = Emulator::start(config).await.expect("start emulator");
    let m2m = emulator
        .seed()
        .app(logto_emulator::AppType::MachineToMachine)
        .expect("seeded M2M app")
        .clone();
    Target {
        endpoint: emulator.endpoint().to_owned(),
        m2m_id: m2m.id,
        m2m_secret: m2m.secret,
        resource: MANAGEMENT_RESOURCE.into(),
        version: emulator.version(),
        breach_check_offline,
        emulator: Some(emulator),
        http,
        token: Default::default(),
    }
}

/// Skips the rest of a test that needs the emulator's own endpoints.
#[macro_export]
macro_rules! emulator_only {
    ($t:expr) => {
        if $t.emulator.is_none() {
            eprintln!("skipped against a real Logto: needs the emulator");
            return;
        }
    };
}

impl Target {
    /// Lets `by` pass at the Logto under test: the emulator's clock is moved; a real Logto's
    /// time can only be waited for.
    pub async fn pass(&self, by: std::time::Duration) {
        if self.emulator.is_none() {
            return tokio::time::sleep(by).await;
        }
        let res = self
            .http
            .post(self.url("/__emulator/clock"))
            .json(&serde_json::json!({ "ms": by.as_millis() as i64 }))
            .send()
            .await
            .unwrap();
        assert!(res.status().is_success());
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.endpoint, path)
    }

    /// POST /oidc/token with client credentials (Basic auth) and the given form.
    pub async fn token_request(&self, form: &[(&str, &str)]) -> (StatusCode, Value) {
        let res = self
            .http
            .post(self.url("/oidc/token"))
            .basic_auth(&self.m2m_id, Some(&self.m2m_secret))
            .form(form)
            .send()
            .await
            .unwrap();
        let status = res.status();
        (status, res.json().await.unwrap_or(Value::Null))
    }

    pub async fn m2m_token(&self) -> String {
        self.token
            .get_or_init(|| async {
                let (status, body) = self
                    .token_request(&[
                        ("grant_type", "client_credentials"),
                        ("resource", &self.resource),
                        ("scope", "all"),
                    ])
                    .await;
                assert_eq!(status, StatusCode::OK, "{body}");
                body["access_token"].as_str().unwrap().to_owned()
            })
            .await
            .clone()
    }

    /// A Management API call with the M2M token.
    pub async fn api(
        &self,
        method: Method,
        path: &str,
        body: Option<Value>,
    ) -> (StatusCode, Value) {
        let token = self.m2m_token().await;
        let mut req = self.http.request(method, self.url(path)).bearer_auth(token);
        if let Some(body) = body {
            req = req.json(&body);
        }
        let res = req.send().await.unwrap();
        let status = res.status();
        let text = res.text().await.unwrap();
        let value = if text.is_empty() {
            Value::Null
        } else {
            serde_json::from_str(&text).unwrap_or(Value::String(text))
        };
        (status, value)
    }

    /// A fresh user with a unique username and email, and this password.
    pub async fn create_user(&self, password: Option<&str>) -> Value {
        let tag = unique();
        let mut body = json!({
            "username": format!("user_{tag}"),
            "primaryEmail": format!("user_{tag}@example.com"),
            "name": "Contract Tester",
        });
        if let Some(p) = password {
            body["password"] = json!(p);
        }
        let (status, user) = self.api(Method::POST, "/api/users", Some(body)).await;
        assert_eq!(status, StatusCode::OK, "{user}");
        user
    }

    /// The latest code sent to an email address or phone number.
    pub async fn latest_code(&self, to: &str) -> String {
        if self.emulator.is_some() {
            let messages: Value = self
                .http
                .get(self.url("/__emulator/mailbox.json"))
                .query(&[("to", to)])
                .send()
                .await
                .unwrap()
                .json()
                .await
                .unwrap();
            return messages[0]["code"].as_str().expect("a message").to_owned();
        }
        // Where the mock connectors write moved between releases (`../shared/logto/CONTRACT.md` §11).
        let (var, default) = match (to.contains('@'), self.version) {
            (true, LogtoVersion::V1_37) => (
                "LOGTO_CONTRACT_MOCK_EMAIL_FILE",
                "/tmp/logto_mock_email_record.txt",
            ),
            (true, _) => (
                "LOGTO_CONTRACT_MOCK_EMAIL_FILE",
                "/tmp/logto/mock_email_record.txt",
            ),
            (false, LogtoVersion::V1_37) => (
                "LOGTO_CONTRACT_MOCK_SMS_FILE",
                "/tmp/logto_mock_sms_record.txt",
            ),
            (false, _) => (
                "LOGTO_CONTRACT_MOCK_SMS_FILE",
                "/tmp/logto/mock_sms_record.txt",
            ),
        };
        let file = std::env::var(var).unwrap_or_else(|_| default.to_owned());
        let record: Value =
            serde_json::from_str(std::fs::read_to_string(file).unwrap().trim()).unwrap();
        record["code"].as_str().unwrap().to_owned()
    }

    /// Emulator admin call (faults, token expiry, key rotation).
    pub async fn admin(&self, path: &str, body: Value) -> StatusCode {
        self.http
            .post(self.url(path))
            .json(&body)
            .send()
            .await
            .unwrap()
            .status()
    }
}

pub fn unique() -> String {
    use std::sync::atomic::{AtomicU64, Ordering};
    static N: AtomicU64 = AtomicU64::new(0);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .subsec_nanos();
    format!("{nanos:x}{}", N.fetch_add(1, Ordering::Relaxed))
}

/// Asserts a Logto error body: status and `code`, with a `message`.
pub fn assert_error(status: StatusCode, body: &Value, want_status: u16, want_code: &str) {
    assert_eq!(status.as_u16(), want_status, "{body}");
    assert_eq!(body["code"], want_code, "{body}");
    assert!(body["message"].is_string(), "{body}");
}

/// A valid US number nobody else in this run uses.
pub fn unique_phone() -> String {
    use std::sync::atomic::{AtomicU64, Ordering};
    static N: AtomicU64 = AtomicU64::new(0);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_nanos() as u64;
    let n = (nanos / 1000 + N.fetch_add(1, Ordering::Relaxed)) % 10_000_000;
    format!("1415{n:07}")
}
