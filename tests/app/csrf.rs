//! Every state-changing route refuses a request that is not from this site, whatever its form:
//! the matrix is built from the routes the app itself exposes (`TestApp::targets`).

use reqwest::{header, StatusCode};

use crate::common::spawn_app;

/// What the request says of itself: a name, one header, its content type.
type Attempt = (
    &'static str,
    Option<(&'static str, &'static str)>,
    &'static str,
);

#[tokio::test]
async fn every_state_changing_route_refuses_cross_site_requests() {
    let app = spawn_app(&[]).await;
    let browser = app.signed_in("/").await;
    let posts: Vec<String> = app
        .targets(&browser)
        .await
        .into_iter()
        .filter(|(method, _)| method == "POST")
        .map(|(_, path)| path)
        .collect();
    for required in ["/api/profile/save", "/profile", "/language", "/sign-out"] {
        assert!(
            posts.iter().any(|p| p == required),
            "{required} not in {posts:?}"
        );
    }
    let mut refused = 0;
    for path in &posts {
        let attempts: [Attempt; 4] = [
            (
                "foreign Origin",
                Some(("origin", "https://evil.example")),
                "application/json",
            ),
            (
                "Sec-Fetch-Site: cross-site",
                Some(("sec-fetch-site", "cross-site")),
                "application/json",
            ),
            (
                "no Origin, no Sec-Fetch-Site",
                None,
                "application/x-www-form-urlencoded",
            ),
            (
                "text/plain from elsewhere",
                Some(("origin", "null")),
                "text/plain",
            ),
        ];
        for (what, extra, content_type) in attempts {
            let mut req = browser
                .http
                .post(app.url(path))
                .header(header::CONTENT_TYPE, content_type)
                .body("{}");
            if let Some((name, value)) = extra {
                req = req.header(name, value);
            }
            let res = req.send().await.unwrap();
            assert_eq!(res.status(), StatusCode::FORBIDDEN, "{what} → POST {path}");
            refused += 1;
        }
    }
    // Still signed in, nothing changed: the refusals happened before any handler ran.
    assert_eq!(browser.current_user(&app).await["username"], "demo");
    eprintln!(
        "csrf: {refused} cross-site requests over {} routes refused",
        posts.len()
    );
}
