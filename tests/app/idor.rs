//! No route or server function lets one user read or change another's data: every one the app
//! exposes (`TestApp::targets`) is called as Alex with Dana's user id wherever a body could
//! carry one; Dana's account stays as it was and none of her data comes back.

use reqwest::header;
use serde_json::json;

use crate::common::{browser::Browser, spawn_app};

#[tokio::test]
async fn nothing_reaches_another_users_data() {
    let app = spawn_app(&[]).await;
    let alex = Browser::new();
    let callback = alex
        .until_callback(&app, "/", "alex", "Profile-alex-2026")
        .await;
    alex.get(callback.as_str()).await;
    assert_eq!(alex.current_user(&app).await["username"], "alex");

    let dana = app.user_id("demo").await;
    let (_, before) = app
        .management(reqwest::Method::GET, &format!("/users/{dana}"), None)
        .await;
    let (_, view) = app.call(&alex, "profile/cached", json!({})).await;
    let mut hijack = view["form"].clone();
    hijack["name"] = json!("Hijacked");
    let crafted = json!({
        "userId": dana, "user_id": dana, "id": dana, "sub": dana, "accountId": dana,
        "original": view["form"], "edited": hijack,
    });

    let targets = app.targets(&alex).await;
    let mut calls = 0;
    for (method, path) in &targets {
        let res = if method == "POST" {
            alex.http
                .post(app.url(path))
                .header(header::ORIGIN, app.origin())
                .json(&crafted)
                .send()
                .await
        } else {
            alex.http
                .get(app.url(&format!("{path}?userId={dana}&id={dana}")))
                .send()
                .await
        }
        .unwrap();
        let text = res.text().await.unwrap();
        // A page echoes its own address, query included, in the language switcher: the id is
        // looked for in the answers to bodies only.
        let id = (method == "POST").then_some(dana.as_str());
        for secret in ["dana@example.com", "Dana Demo", "14155550100"]
            .into_iter()
            .chain(id)
        {
            assert!(
                !text.contains(secret),
                "{method} {path} answered with {secret}"
            );
        }
        calls += 1;
    }
    let (_, after) = app
        .management(reqwest::Method::GET, &format!("/users/{dana}"), None)
        .await;
    assert_eq!(after, before, "Dana's account changed");
    eprintln!("idor: {calls} routes called as another user, nothing of Dana's read or changed");
}
