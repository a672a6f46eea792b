//! Every Logto call behind the profile, with Logto down, slow, failing and rate-limiting: a clear
//! answer within 10 s, nothing written that the user is not told about, and back to normal when
//! the fault clears.

use std::time::{Duration, Instant};

use serde_json::{json, Value};

use crate::common::{browser::Browser, spawn_app, with};

const FAULTS: &[(&str, &str)] = &[
    ("down", r#"{"drop": true}"#),
    ("slow", r#"{"latencyMs": 15000}"#),
    ("503", r#"{"status": 503}"#),
    ("500", r#"{"status": 500}"#),
    ("429", r#"{"status": 429}"#),
];

/// A failed call: in time, a status that is not a bug, and words for the person.
fn assert_clear(what: &str, started: Instant, status: reqwest::StatusCode, body: &Value) {
    assert!(
        started.elapsed() < Duration::from_secs(10),
        "{what}: {:?}",
        started.elapsed()
    );
    assert!(
        [429, 502, 503, 504].contains(&status.as_u16()),
        "{what}: {status} {body}"
    );
    assert!(
        ["unavailable", "timeout", "bad_gateway", "rate_limited"]
            .contains(&body["kind"].as_str().unwrap_or_default()),
        "{what}: {body}"
    );
}

#[tokio::test]
async fn each_logto_fault_gets_a_clear_answer_and_the_app_recovers() {
    // A short upstream limit keeps the slow case quick; the answer must come within 10 s anyway.
    let app = spawn_app(&[("APP_UPSTREAM_TIMEOUT_MS", "1000")]).await;
    let browser: Browser = app.signed_in("/profile").await;
    let (_, view) = app.call(&browser, "profile/cached", json!({})).await;
    let form = view["form"].clone();
    for (name, fault) in FAULTS {
        let fault: Value = serde_json::from_str(fault).unwrap();

        // Reading the fresh profile (userinfo and the Management API). The rule covers the
        // OIDC provider and the Management API, not the emulator's own admin routes.
        for path in ["/oidc", "/api"] {
            let mut rule = fault.clone();
            rule["path"] = json!(path);
            app.fault(rule).await;
        }
        let started = Instant::now();
        let (status, body) = app.call(&browser, "profile/fresh", json!({})).await;
        assert_clear(&format!("fresh, Logto {name}"), started, status, &body);

        // Saving: nothing is written, and the user is told so.
        let edited = with(&form, &[("name", &format!("During {name}"))]);
        let started = Instant::now();
        let (status, body) = app
            .call(
                &browser,
                "profile/save",
                json!({ "original": form, "edited": edited }),
            )
            .await;
        assert_clear(&format!("save, Logto {name}"), started, status, &body);
        // Declared fields, one in Logto's customData and one in the own database: nothing
        // written anywhere when Logto fails.
        let edited = with(
            &form,
            &[
                ("custom.gender", "female"),
                ("custom.emergency_contact_phone", "0612345678"),
            ],
        );
        let started = Instant::now();
        let (status, body) = app
            .call(
                &browser,
                "profile/save",
                json!({ "original": form, "edited": edited }),
            )
            .await;
        assert_clear(
            &format!("declared save, Logto {name}"),
            started,
            status,
            &body,
        );
        app.clear_faults().await;
        assert_eq!(
            app.logto_user("demo").await["name"],
            form["name"],
            "{name}: written anyway"
        );
        assert_eq!(
            app.logto_user("demo").await["customData"],
            json!({}),
            "{name}"
        );
        let (_, now) = app.call(&browser, "profile/cached", json!({})).await;
        assert_eq!(
            now["form"]["custom.emergency_contact_phone"], "",
            "{name}: row written"
        );

        // Back to normal.
        let (status, body) = app.call(&browser, "profile/fresh", json!({})).await;
        assert_eq!(status, 200, "{name}: {body}");
    }
}

#[tokio::test]
async fn a_save_written_only_in_part_says_what_was_saved() {
    let app = spawn_app(&[]).await;
    let browser = app.signed_in("/profile").await;
    let (_, view) = app.call(&browser, "profile/cached", json!({})).await;
    let form = view["form"].clone();
    let id = app.user_id("demo").await;
    // The basics go through; the profile claims that follow fail.
    app.fault(json!({ "path": format!("/api/users/{id}/profile"), "status": 503 }))
        .await;
    let edited = with(&form, &[("name", "Half Saved"), ("given_name", "Never")]);
    let (status, body) = app
        .call(
            &browser,
            "profile/save",
            json!({ "original": form, "edited": edited }),
        )
        .await;
    assert_eq!(status, 503, "{body}");
    assert_eq!(body["kind"], "partly_saved");
    let message = body["message"].as_str().unwrap();
    assert!(
        message.contains("Full name saved") && message.contains("Given name not saved"),
        "{message}"
    );
    app.clear_faults().await;

    let user = app.logto_user("demo").await;
    assert_eq!(user["name"], "Half Saved");
    assert_eq!(user["profile"]["givenName"], form["given_name"]);
    // The session shows what Logto has: the header follows the saved name.
    let (_, cached) = app.call(&browser, "profile/cached", json!({})).await;
    assert_eq!(cached["form"]["name"], "Half Saved");
    assert_eq!(cached["form"]["given_name"], form["given_name"]);

    // Trying again finishes the job.
    let (status, _) = app
        .call(
            &browser,
            "profile/save",
            json!({ "original": form, "edited": edited }),
        )
        .await;
    assert_eq!(status, 200);
    assert_eq!(
        app.logto_user("demo").await["profile"]["givenName"],
        "Never"
    );
}

#[tokio::test]
async fn declared_fields_written_in_part_say_which_and_the_first_paint_needs_no_logto() {
    let app = spawn_app(&[("APP_UPSTREAM_TIMEOUT_MS", "1000")]).await;
    let browser = app.signed_in("/").await;
    // The first paint reads customData once; with Logto down the page still comes.
    app.fault(json!({ "path": "/api", "status": 503 })).await;
    let (status, view) = app.call(&browser, "profile/cached", json!({})).await;
    assert_eq!(status, 200, "{view}");
    assert_eq!(view["form"]["custom.gender"], "");
    app.clear_faults().await;

    let (_, view) = app.call(&browser, "profile/cached", json!({})).await;
    let form = view["form"].clone();
    let id = app.user_id("demo").await;
    // The built-in name goes through; the customData merge after it fails.
    app.fault(
        json!({ "path": format!("/api/users/{id}/custom-data"), "method": "PATCH", "status": 503 }),
    )
    .await;
    let edited = with(
        &form,
        &[
            ("name", "Partly Dana"),
            ("custom.gender", "female"),
            ("custom.tax_id", "DE123456789"),
        ],
    );
    let (status, body) = app
        .call(
            &browser,
            "profile/save",
            json!({ "original": form, "edited": edited }),
        )
        .await;
    assert_eq!(status, 503, "{body}");
    assert_eq!(body["kind"], "partly_saved");
    let message = body["message"].as_str().unwrap();
    assert!(
        message.contains("Full name saved") && message.contains("Gender, Tax ID not saved"),
        "{message}"
    );
    app.clear_faults().await;
    let user = app.logto_user("demo").await;
    assert_eq!(user["name"], "Partly Dana");
    assert_eq!(user["customData"], json!({}));
    let (_, now) = app.call(&browser, "profile/cached", json!({})).await;
    assert_eq!(
        now["form"]["mask.tax_id"],
        Value::Null,
        "the row was not written"
    );
}

#[tokio::test]
async fn the_account_area_under_logto_faults_answers_clearly_changes_nothing_and_recovers() {
    let app = spawn_app(&[("APP_UPSTREAM_TIMEOUT_MS", "1000")]).await;
    let browser: Browser = app.signed_in("/").await;
    app.prove(&browser).await;
    let before = app.logto_user("demo").await;
    for (name, fault) in FAULTS {
        let fault: Value = serde_json::from_str(fault).unwrap();
        for path in ["/oidc", "/api"] {
            let mut rule = fault.clone();
            rule["path"] = json!(path);
            app.fault(rule).await;
        }
        for endpoint in ["security/view", "two-step/view"] {
            let started = Instant::now();
            let (status, body) = app.call(&browser, endpoint, json!({})).await;
            assert_clear(&format!("{endpoint}, Logto {name}"), started, status, &body);
        }
        // Each change: the page again, in time, with a status that is not a bug and the words.
        for (path, fields) in [
            ("/security/identities/unlink", &[("target", "github")][..]),
            ("/security/two-step/totp/start", &[][..]),
            ("/security/two-step/backup-codes/new", &[][..]),
            ("/account/export", &[][..]),
            ("/account/delete", &[("confirm", "demo")][..]),
        ] {
            let started = Instant::now();
            let (status, _, page) = app.post_form(&browser, path, fields).await;
            let what = format!("{path}, Logto {name}");
            assert!(started.elapsed() < Duration::from_secs(10), "{what}");
            assert!(
                [429, 502, 503, 504].contains(&status.as_u16()),
                "{what}: {status}"
            );
            assert!(
                page.contains("Nothing was changed") || page.contains("Too many attempts"),
                "{what}: {page}"
            );
        }
        app.clear_faults().await;
        let after = app.logto_user("demo").await;
        assert_eq!(
            after["identities"], before["identities"],
            "{name}: unlinked anyway"
        );
        let (status, body) = app.call(&browser, "two-step/view", json!({})).await;
        assert_eq!(status, 200, "{name}: {body}");
        assert_eq!(
            body["factors"].as_array().map(Vec::len),
            Some(1),
            "{name}: only the passkey"
        );
        let (status, _) = app.call(&browser, "security/view", json!({})).await;
        assert_eq!(status, 200, "{name}: back to normal");
    }
}
