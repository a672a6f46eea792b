//! A user's own sign-in settings (`/api/users/:id/logto-configs`) and the tenant's MFA settings
//! (`mfa` of `/api/sign-in-exp`): 1.37 wants the whole body, 1.42 any part and knows `enabled`.

use logto_emulator::LogtoVersion;
use reqwest::{Method, StatusCode};
use serde_json::json;

use crate::support::{assert_error, target};

#[tokio::test]
async fn a_users_sign_in_settings_are_read_and_changed() {
    let t = target().await;
    let user = t.create_user(None).await;
    let id = user["id"].as_str().unwrap();
    let path = format!("/api/users/{id}/logto-configs");
    let (status, body) = t.api(Method::GET, &path, None).await;
    assert_eq!(status, StatusCode::OK);
    let fresh = json!({
        "mfa": { "skipped": false, "skipMfaOnSignIn": false },
        "passkeySignIn": { "skipped": false },
    });
    assert_eq!(body, fresh, "no `enabled` until set");

    let partial = json!({ "mfa": { "skipMfaOnSignIn": true } });
    let (status, body) = t.api(Method::PATCH, &path, Some(partial)).await;
    if t.version == LogtoVersion::V1_37 {
        assert_error(status, &body, 400, "guard.invalid_input");
    } else {
        assert_eq!(status, StatusCode::OK, "{body}");
        assert_eq!(body["mfa"]["skipMfaOnSignIn"], true);
    }

    let whole = json!({
        "mfa": { "skipped": false, "skipMfaOnSignIn": false, "enabled": true },
        "passkeySignIn": { "skipped": true },
    });
    let (status, body) = t.api(Method::PATCH, &path, Some(whole)).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let mut expected = json!({
        "mfa": { "skipped": false, "skipMfaOnSignIn": false },
        "passkeySignIn": { "skipped": true },
    });
    if t.version != LogtoVersion::V1_37 {
        expected["mfa"]["enabled"] = json!(true);
    }
    assert_eq!(body, expected, "1.37 drops the key it does not know");
    let (_, read) = t.api(Method::GET, &path, None).await;
    assert_eq!(read, expected);

    let bad = json!({ "mfa": { "skipped": "no", "skipMfaOnSignIn": false }, "passkeySignIn": { "skipped": false } });
    let (status, body) = t.api(Method::PATCH, &path, Some(bad)).await;
    assert_error(status, &body, 400, "guard.invalid_input");
    let (status, body) = t
        .api(Method::GET, "/api/users/no-such-user/logto-configs", None)
        .await;
    assert_error(status, &body, 404, "entity.not_found");
    let (status, body) = t
        .api(
            Method::PATCH,
            "/api/users/no-such-user/logto-configs",
            Some(expected),
        )
        .await;
    assert_error(status, &body, 404, "entity.not_found");
}

/// Changed to a WebAuthn-only, never-prompting policy and back: no other test's sign-in (none
/// has a passkey) is asked for anything meanwhile.
#[tokio::test]
async fn the_tenants_mfa_settings_are_read_and_checked() {
    let t = target().await;
    let (status, sie) = t.api(Method::GET, "/api/sign-in-exp", None).await;
    assert_eq!(status, StatusCode::OK);
    let before = sie["mfa"].clone();
    // Off: `{}` in a fresh Logto; 1.42 writes `{enabled: false}` once MFA is turned off (below).
    let off = [json!({}), json!({ "enabled": false })];
    assert!(off.contains(&sie["adaptiveMfa"]), "adaptive MFA off: {sie}");
    assert!(before["factors"].is_array(), "{before}");
    assert!(before["policy"].is_string(), "{before}");

    let set = |mfa: serde_json::Value| json!({ "mfa": mfa });
    let alone = set(json!({ "factors": ["BackupCode"], "policy": "NoPrompt" }));
    let (status, body) = t.api(Method::PATCH, "/api/sign-in-exp", Some(alone)).await;
    assert_error(
        status,
        &body,
        400,
        "sign_in_experiences.backup_code_cannot_be_enabled_alone",
    );
    let twice = set(json!({ "factors": ["WebAuthn", "WebAuthn"], "policy": "NoPrompt" }));
    let (status, body) = t.api(Method::PATCH, "/api/sign-in-exp", Some(twice)).await;
    assert_error(
        status,
        &body,
        400,
        "sign_in_experiences.duplicated_mfa_factors",
    );
    let unknown = set(json!({ "factors": ["WebAuthn"], "policy": "Sometimes" }));
    let (status, body) = t
        .api(Method::PATCH, "/api/sign-in-exp", Some(unknown))
        .await;
    assert_error(status, &body, 400, "guard.invalid_input");
    if t.version != LogtoVersion::V1_37 {
        let no_skip =
            set(json!({ "factors": ["WebAuthn"], "policy": "PromptOnlyAtSignInMandatory" }));
        let (status, body) = t
            .api(Method::PATCH, "/api/sign-in-exp", Some(no_skip))
            .await;
        assert_error(
            status,
            &body,
            422,
            "sign_in_experiences.non_adaptive_mfa_requires_skippable_policy",
        );
    }

    let passkeys = json!({ "factors": ["WebAuthn"], "policy": "NoPrompt" });
    let (status, body) = t
        .api(
            Method::PATCH,
            "/api/sign-in-exp",
            Some(set(passkeys.clone())),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["mfa"]["factors"], passkeys["factors"]);
    assert_eq!(body["mfa"]["policy"], "NoPrompt");
    let (_, read) = t.api(Method::GET, "/api/sign-in-exp", None).await;
    assert_eq!(read["mfa"]["factors"], passkeys["factors"]);
    let none = json!({ "factors": [], "policy": "UserControlled" });
    let (status, body) = t
        .api(Method::PATCH, "/api/sign-in-exp", Some(set(none)))
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let normalised = if t.version == LogtoVersion::V1_37 {
        json!({})
    } else {
        json!({ "enabled": false })
    };
    assert_eq!(
        body["adaptiveMfa"], normalised,
        "MFA off: adaptive MFA off too"
    );
    let restore = json!({ "factors": before["factors"], "policy": before["policy"] });
    let (status, _) = t
        .api(Method::PATCH, "/api/sign-in-exp", Some(set(restore)))
        .await;
    assert_eq!(status, StatusCode::OK);
}
