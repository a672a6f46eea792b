//! Several app instances behind a load balancer share one session store.

use crate::common::{browser::Browser, redis_url, spawn_app};
use reqwest::header;
use serde_json::Value;

#[tokio::test]
#[ignore = "needs Redis (TEST_REDIS_URL): scripts/test.sh runs it"]
async fn two_instances_sharing_redis_accept_each_others_sessions() {
    let url = redis_url();
    let a = spawn_app(&[("SESSION_STORE_URL", &url)]).await;
    let b = spawn_app(&[("SESSION_STORE_URL", &url)]).await;

    let browser = Browser::new();
    browser.sign_in(&a, "/").await;
    let cookie = browser.session_cookie(&a).expect("signed in on A");

    let on_b: Value = reqwest::Client::new()
        .post(b.url("/api/me"))
        .header(header::ORIGIN, b.origin())
        .header(header::COOKIE, format!("profile_session={cookie}"))
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(
        on_b["name"], "Dana Demo",
        "instance B knows the session made on A"
    );

    // Signing out on B ends it for A too.
    let res = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
        .post(b.url("/sign-out"))
        .header(header::ORIGIN, b.origin())
        .header(header::COOKIE, format!("profile_session={cookie}"))
        .send()
        .await
        .unwrap();
    assert!(res.status().is_redirection());
    assert_eq!(browser.current_user(&a).await, Value::Null);
}
