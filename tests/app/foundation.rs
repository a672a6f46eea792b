//! The server basics every feature builds on: health, readiness, headers, errors, 404s.

use crate::common::{closed_port, spawn_app};
use reqwest::{header, StatusCode};

#[tokio::test]
async fn healthz_answers_ok() {
    let app = spawn_app(&[]).await;
    let res = app.client.get(app.url("/healthz")).send().await.unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    let body: serde_json::Value = res.json().await.unwrap();
    assert_eq!(body["status"], "ok");
}

#[tokio::test]
async fn readyz_fails_when_logto_is_unreachable() {
    let port = closed_port().await;
    let endpoint = format!("http://127.0.0.1:{port}");
    let app = spawn_app(&[
        ("LOGTO_ENDPOINT", &endpoint),
        ("LOGTO_APP_ID", "web"),
        ("LOGTO_APP_SECRET", "web-secret"),
        ("LOGTO_M2M_APP_ID", "m2m"),
        ("LOGTO_M2M_APP_SECRET", "m2m-secret"),
    ])
    .await;
    let res = app.client.get(app.url("/readyz")).send().await.unwrap();
    assert_eq!(res.status(), StatusCode::SERVICE_UNAVAILABLE);
    let body: serde_json::Value = res.json().await.unwrap();
    assert_eq!(body["status"], "unavailable");
    assert_eq!(body["checks"]["logto"]["state"], "unreachable");
}

#[tokio::test]
async fn pages_render_on_the_server_with_a_nonced_csp() {
    let app = spawn_app(&[]).await;
    let res = app.client.get(app.url("/")).send().await.unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    let headers = res.headers().clone();
    let html = res.text().await.unwrap();

    assert!(html.contains("Your account, in your hands"), "{html}");
    // The status card is resolved on the server: the page is complete without JavaScript.
    assert!(html.contains("Service status"));
    assert!(
        html.contains("data-checked-at"),
        "status not streamed in: {html}"
    );
    assert!(
        !html.contains("Checking…"),
        "the status is rendered in place, not left to JavaScript: {html}"
    );

    let csp = headers[header::CONTENT_SECURITY_POLICY].to_str().unwrap();
    let nonce = csp
        .split("'nonce-")
        .nth(1)
        .and_then(|rest| rest.split('\'').next())
        .expect("nonce in CSP");
    assert!(nonce.len() >= 16);
    assert!(
        html.contains(&format!("nonce=\"{nonce}\"")),
        "hydration script lacks the nonce"
    );
    assert!(!csp.contains("unsafe-inline"));
    assert!(csp.contains("frame-ancestors 'none'"));
    assert_eq!(headers[header::X_CONTENT_TYPE_OPTIONS], "nosniff");
    assert_eq!(headers[header::REFERRER_POLICY], "same-origin");
    assert!(headers.contains_key("x-request-id"));

    // A new request gets a new nonce.
    let again = app.client.get(app.url("/")).send().await.unwrap();
    let csp2 = again.headers()[header::CONTENT_SECURITY_POLICY]
        .to_str()
        .unwrap();
    assert_ne!(csp, csp2);
}

#[tokio::test]
async fn unknown_paths_get_the_app_404_page() {
    let app = spawn_app(&[]).await;
    let res = app
        .client
        .get(app.url("/no/such/page"))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
    let html = res.text().await.unwrap();
    assert!(html.contains("Page not found"));
}

#[tokio::test]
async fn server_function_answers_json() {
    let app = spawn_app(&[]).await;
    let res = app
        .client
        .post(app.url("/api/status"))
        .header(header::ORIGIN, app.origin())
        .header(header::CONTENT_TYPE, "application/json")
        .body("{}")
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    let body: serde_json::Value = res.json().await.unwrap();
    assert!(body["checked_at_ms"].as_u64().unwrap() > 0);
    // Public: nothing a visitor could fingerprint the deployment by.
    let text = body.to_string();
    assert!(body.get("version").is_none(), "{text}");
    assert!(
        !text.contains(app.logto.endpoint.host_str().unwrap()),
        "{text}"
    );
}

/// Anonymous visitors (and load balancers polling /readyz) cannot make the app call Logto on
/// every hit: one check serves a burst.
#[tokio::test]
async fn a_burst_of_status_checks_asks_logto_once() {
    let app = spawn_app(&[]).await;
    let discovery = "/oidc/.well-known/openid-configuration";
    let before = app.emulator_requests(discovery).await;
    let hits: Vec<_> = (0..20)
        .map(|i| {
            let path = if i % 2 == 0 { "/" } else { "/readyz" };
            tokio::spawn(app.client.get(app.url(path)).send())
        })
        .collect();
    for hit in hits {
        assert!(hit.await.unwrap().unwrap().status().is_success());
    }
    let after = app.emulator_requests(discovery).await;
    assert!(after - before <= 1, "{} discovery fetches", after - before);
    let html = app
        .client
        .get(app.url("/"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let logto = app.logto.endpoint.as_str().trim_end_matches('/');
    assert!(!html.contains(logto), "the home page names {logto}");
}

#[tokio::test]
async fn request_ids_are_propagated() {
    let app = spawn_app(&[]).await;
    let res = app
        .client
        .get(app.url("/healthz"))
        .header("x-request-id", "trace-me-123")
        .send()
        .await
        .unwrap();
    assert_eq!(res.headers()["x-request-id"], "trace-me-123");
}

#[tokio::test]
async fn json_and_api_responses_get_a_locked_down_csp() {
    let app = spawn_app(&[]).await;
    let res = app.client.get(app.url("/healthz")).send().await.unwrap();
    assert_eq!(
        res.headers()[header::CONTENT_SECURITY_POLICY],
        "default-src 'none'; frame-ancestors 'none'"
    );
}

#[tokio::test]
async fn without_configuration_the_embedded_emulator_is_used_and_ready() {
    let app = spawn_app(&[]).await;
    let res = app.client.get(app.url("/readyz")).send().await.unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    let body: serde_json::Value = res.json().await.unwrap();
    assert_eq!(body["checks"]["logto"]["state"], "reachable");
    assert_eq!(body["checks"]["logto"]["embedded"], true);

    let html = app
        .client
        .get(app.url("/"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        html.contains("Connected to the embedded Logto emulator"),
        "{html}"
    );
}

#[tokio::test]
async fn cross_site_posts_are_refused() {
    let app = spawn_app(&[]).await;
    let post = |origin: Option<&str>, fetch_site: Option<&str>| {
        let mut req = app
            .client
            .post(app.url("/api/status"))
            .header(header::CONTENT_TYPE, "application/json")
            .body("{}");
        if let Some(origin) = origin {
            req = req.header(header::ORIGIN, origin);
        }
        if let Some(site) = fetch_site {
            req = req.header("sec-fetch-site", site);
        }
        req.send()
    };
    for (origin, site) in [
        (Some("https://evil.example"), None),
        (Some("https://evil.example"), Some("cross-site")),
        (Some(app.origin().as_str()), Some("same-site")),
        (None, None),
    ] {
        let res = post(origin, site).await.unwrap();
        assert_eq!(res.status(), StatusCode::FORBIDDEN, "{origin:?} {site:?}");
        let body: serde_json::Value = res.json().await.unwrap();
        assert_eq!(body["kind"], "forbidden");
    }
    let res = post(Some(app.origin().as_str()), Some("same-origin"))
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    // Sign-out is a state change too.
    let res = app
        .client
        .post(app.url("/sign-out"))
        .header(header::ORIGIN, "https://evil.example")
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
}

/// Browsers keep connections alive. A page goes out in several writes (it streams); with
/// Nagle's algorithm on the server's socket each later write waited for the client's delayed
/// ACK, about 40 ms a page more than on a fresh connection. Compared with fresh connections in
/// the same run, so a busy machine slows both alike.
#[tokio::test]
async fn kept_alive_connections_do_not_stall_between_writes() {
    let app = spawn_app(&[]).await;
    let browser = app.signed_in("/profile").await;
    let fresh_connections = reqwest::Client::builder()
        .cookie_provider(browser.jar.clone())
        .pool_max_idle_per_host(0)
        .build()
        .unwrap();
    let median = |mut times: Vec<std::time::Duration>| {
        times.sort();
        times[times.len() / 2]
    };
    let mut kept_alive = Vec::new();
    let mut fresh = Vec::new();
    // Warm up, then alternate, so both see the same load.
    browser.page(&app, "/profile").await;
    for _ in 0..15 {
        let started = std::time::Instant::now();
        browser.page(&app, "/profile").await;
        kept_alive.push(started.elapsed());
        let started = std::time::Instant::now();
        let res = fresh_connections
            .get(app.url("/profile"))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), StatusCode::OK);
        res.text().await.unwrap();
        fresh.push(started.elapsed());
    }
    let (kept_alive, fresh) = (median(kept_alive), median(fresh));
    assert!(
        kept_alive < fresh + std::time::Duration::from_millis(20),
        "median per page: {kept_alive:?} kept alive, {fresh:?} on fresh connections"
    );
}

#[tokio::test]
async fn html_and_json_are_compressed_when_the_browser_asks() {
    let app = spawn_app(&[]).await;
    for encoding in ["br", "gzip"] {
        let res = app
            .client
            .get(app.url("/"))
            .header(header::ACCEPT_ENCODING, encoding)
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), StatusCode::OK);
        assert_eq!(res.headers()[header::CONTENT_ENCODING], encoding);
        assert_eq!(res.headers()[header::VARY], "accept-encoding");
        assert!(res.headers()[header::CONTENT_TYPE]
            .to_str()
            .unwrap()
            .starts_with("text/html"));
        // The whole streamed page decodes: as long as the uncompressed page (only nonces differ).
        let page = decode(encoding, &res.bytes().await.unwrap()).await;
        let plain = app.client.get(app.url("/")).send().await.unwrap();
        let plain = plain.text().await.unwrap();
        assert!(page.starts_with("<!DOCTYPE html>"), "{page:.80}");
        assert_eq!(page.len(), plain.len(), "{encoding}: the decoded page");
    }
    let res = app
        .client
        .post(app.url("/api/status"))
        .header(header::ORIGIN, app.origin())
        .header(header::ACCEPT_ENCODING, "br")
        .json(&serde_json::json!({}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(res.headers()[header::CONTENT_ENCODING], "br");
    let plain = app.client.get(app.url("/")).send().await.unwrap();
    assert!(plain.headers().get(header::CONTENT_ENCODING).is_none());
}

async fn decode(encoding: &str, body: &[u8]) -> String {
    use async_compression::tokio::bufread::{BrotliDecoder, GzipDecoder};
    use tokio::io::AsyncReadExt;
    let mut out = String::new();
    match encoding {
        "br" => BrotliDecoder::new(body).read_to_string(&mut out).await,
        _ => GzipDecoder::new(body).read_to_string(&mut out).await,
    }
    .expect("a complete compressed stream");
    out
}

#[tokio::test]
async fn https_deployments_send_strict_transport_security() {
    let app = spawn_app(&[
        ("APP_PUBLIC_URL", "https://profile.example.com"),
        ("APP_DEV_EMULATOR", "1"),
    ])
    .await;
    let res = app.client.get(app.url("/healthz")).send().await.unwrap();
    assert_eq!(
        res.headers()[header::STRICT_TRANSPORT_SECURITY],
        "max-age=31536000; includeSubDomains"
    );
    let app = spawn_app(&[]).await;
    let res = app.client.get(app.url("/healthz")).send().await.unwrap();
    assert!(res
        .headers()
        .get(header::STRICT_TRANSPORT_SECURITY)
        .is_none());
}

#[tokio::test]
async fn only_the_profile_editor_loads_the_wasm_and_other_pages_their_small_scripts() {
    let app = spawn_app(&[]).await;
    let browser = app.signed_in("/").await;
    for (path, status, wasm, script) in [
        ("/", 200, false, Some("enhance")),
        ("/profile", 200, true, None),
        ("/security/password", 200, false, Some("password")),
        // Plain forms that post in the background with JavaScript.
        ("/confirm?return_to=/profile", 200, false, Some("enhance")),
        ("/security/email", 200, false, Some("enhance")),
        ("/profile/photo", 200, false, Some("photo")),
        ("/sign-in/failed?reason=state", 200, false, None),
        ("/nowhere", 404, false, None),
    ] {
        let res = browser.http.get(app.url(path)).send().await.unwrap();
        assert_eq!(res.status().as_u16(), status, "{path}");
        let html = res.text().await.unwrap();
        assert_eq!(html.contains(".wasm\""), wasm, "{path}");
        // Islands mode: no resource is serialized into any page.
        assert!(!html.contains("__RESOLVED_RESOURCES["), "{path}");
        let Some(name) = script else {
            assert!(!html.contains("src=\"/scripts/"), "{path}");
            continue;
        };
        let src = html
            .split(&format!("src=\"/scripts/{name}."))
            .nth(1)
            .and_then(|rest| rest.split('"').next())
            .unwrap_or_else(|| panic!("{path} loads {name}.js: {html}"));
        let res = browser
            .http
            .get(app.url(&format!("/scripts/{name}.{src}")))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 200, "{path}");
        assert_eq!(
            res.headers()[header::CACHE_CONTROL],
            "public, max-age=31536000, immutable"
        );
        // A hashed file's answer carries no trace id: it only weighs on every page's download.
        assert!(!res.headers().contains_key("x-request-id"), "{path}");
        assert!(res.headers()[header::CONTENT_TYPE]
            .to_str()
            .unwrap()
            .starts_with("text/javascript"));
    }
    let stale = browser
        .http
        .get(app.url("/scripts/enhance.0000000000000000.js"))
        .send()
        .await
        .unwrap();
    assert_eq!(stale.status(), 404);
}
