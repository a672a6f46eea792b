//! Second factors and social identities (`../shared/logto/CONTRACT.md` §10, checked on 1.37 and 1.42 in §11).

use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

use crate::support::{assert_error, target};

fn id(user: &Value) -> String {
    user["id"].as_str().unwrap().to_owned()
}

#[tokio::test]
async fn totp_and_backup_codes_are_added_listed_and_removed() {
    let t = target().await;
    let user = t.create_user(None).await;
    let path = format!("/api/users/{}/mfa-verifications", id(&user));

    let (status, body) = t.api(Method::GET, &path, None).await;
    assert_eq!((status, body), (StatusCode::OK, json!([])));

    // Backup codes alone are refused.
    let (status, body) = t
        .api(Method::POST, &path, Some(json!({ "type": "BackupCode" })))
        .await;
    assert_error(
        status,
        &body,
        422,
        "session.mfa.backup_code_can_not_be_alone",
    );

    let (status, totp) = t
        .api(Method::POST, &path, Some(json!({ "type": "Totp" })))
        .await;
    assert_eq!(status, StatusCode::OK, "{totp}");
    assert_eq!(totp["type"], "Totp");
    let secret = totp["secret"].as_str().unwrap();
    assert!(
        secret.len() >= 16
            && secret
                .bytes()
                .all(|b| b.is_ascii_uppercase() || (b'2'..=b'7').contains(&b)),
        "base32: {secret}"
    );
    assert!(
        totp["secretQrCode"]
            .as_str()
            .unwrap()
            .starts_with("data:image/png;base64,"),
        "{totp}"
    );
    let (status, body) = t
        .api(Method::POST, &path, Some(json!({ "type": "Totp" })))
        .await;
    assert_error(status, &body, 422, "user.totp_already_in_use");

    let (status, backup) = t
        .api(Method::POST, &path, Some(json!({ "type": "BackupCode" })))
        .await;
    assert_eq!(status, StatusCode::OK, "{backup}");
    assert_eq!(backup["type"], "BackupCode");
    assert_eq!(backup["codes"].as_array().unwrap().len(), 10);
    let (status, body) = t
        .api(Method::POST, &path, Some(json!({ "type": "BackupCode" })))
        .await;
    assert_error(status, &body, 422, "user.backup_code_already_in_use");

    let (status, list) = t.api(Method::GET, &path, None).await;
    assert_eq!(status, StatusCode::OK);
    let list = list.as_array().unwrap().clone();
    assert_eq!(list.len(), 2, "{list:?}");
    assert_eq!(list[0]["type"], "Totp");
    assert_eq!(list[1]["type"], "BackupCode");
    assert_eq!(list[1]["remainCodes"], 10);
    for factor in &list {
        assert!(
            factor["id"].is_string() && factor["createdAt"].is_string(),
            "{factor}"
        );
        assert!(
            factor.get("secret").is_none() && factor.get("codes").is_none(),
            "{factor}"
        );
    }

    let totp_id = list[0]["id"].as_str().unwrap();
    let (status, _) = t
        .api(Method::DELETE, &format!("{path}/{totp_id}"), None)
        .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let (status, body) = t
        .api(Method::DELETE, &format!("{path}/{totp_id}"), None)
        .await;
    assert_error(status, &body, 404, "entity.not_found");
    let (status, body) = t
        .api(
            Method::POST,
            "/api/users/nobody000000/mfa-verifications",
            Some(json!({ "type": "Totp" })),
        )
        .await;
    assert_error(status, &body, 404, "entity.not_found");
    let (status, body) = t
        .api(Method::POST, &path, Some(json!({ "type": "WebAuthn" })))
        .await;
    assert_error(status, &body, 400, "guard.invalid_input");
}

/// The app makes the key itself and stores the factor only after the user's app confirmed it:
/// `secret` is taken as given (checked as base32 of 16–32 characters), or refused with 422.
#[tokio::test]
async fn a_totp_factor_takes_the_key_it_is_given() {
    let t = target().await;
    let user = t.create_user(None).await;
    let path = format!("/api/users/{}/mfa-verifications", id(&user));
    for bad in [
        "short",
        "lowercase-is-not-base32",
        "ABCDEFGHIJKLMNOP1",
        &"A".repeat(40),
    ] {
        let (status, body) = t
            .api(
                Method::POST,
                &path,
                Some(json!({ "type": "Totp", "secret": bad })),
            )
            .await;
        assert_error(status, &body, 422, "user.totp_secret_invalid");
    }
    let (status, body) = t
        .api(
            Method::POST,
            &path,
            Some(json!({ "type": "Totp", "secret": 7 })),
        )
        .await;
    assert_error(status, &body, 400, "guard.invalid_input");
    let (_, listed) = t.api(Method::GET, &path, None).await;
    assert_eq!(listed, json!([]), "nothing stored by a refusal");

    let secret = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
    let (status, totp) = t
        .api(
            Method::POST,
            &path,
            Some(json!({ "type": "Totp", "secret": secret })),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{totp}");
    assert_eq!(totp["secret"], secret);
    let (_, listed) = t.api(Method::GET, &path, None).await;
    assert_eq!(listed[0]["type"], "Totp", "{listed}");
}

/// Backup codes may come with the request (ten of ten hex digits, else 422
/// `user.wrong_backup_code_format`): how the app keeps a set it can offer again.
#[tokio::test]
async fn backup_codes_take_the_codes_they_are_given() {
    let t = target().await;
    let user = t.create_user(None).await;
    let path = format!("/api/users/{}/mfa-verifications", id(&user));
    let (status, _) = t
        .api(Method::POST, &path, Some(json!({ "type": "Totp" })))
        .await;
    assert_eq!(status, StatusCode::OK);
    let short: Vec<String> = (0..9).map(|n| format!("{n:010x}")).collect();
    let bad: Vec<String> = (0..10).map(|n| format!("zz{n:08}")).collect();
    for codes in [short, bad] {
        let (status, body) = t
            .api(
                Method::POST,
                &path,
                Some(json!({ "type": "BackupCode", "codes": codes })),
            )
            .await;
        assert_error(status, &body, 422, "user.wrong_backup_code_format");
    }
    let codes: Vec<String> = (0..10).map(|n| format!("{:010x}", 0xabc0 + n)).collect();
    let (status, body) = t
        .api(
            Method::POST,
            &path,
            Some(json!({ "type": "BackupCode", "codes": codes })),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["codes"], json!(codes));
    let (status, body) = t
        .api(
            Method::POST,
            &path,
            Some(json!({ "type": "BackupCode", "codes": codes })),
        )
        .await;
    assert_error(status, &body, 422, "user.backup_code_already_in_use");
}

#[tokio::test]
async fn identities_are_linked_and_unlinked() {
    let t = target().await;
    let user = t.create_user(None).await;
    let other = t.create_user(None).await;
    let path = format!("/api/users/{}/identities/github", id(&user));

    let (status, body) = t.api(Method::DELETE, &path, None).await;
    assert_error(status, &body, 404, "user.identity_not_exist");

    let social_id = format!("gh-{}", crate::support::unique());
    let identity = json!({ "userId": social_id, "details": { "name": "Octo Cat" } });
    let (status, body) = t.api(Method::PUT, &path, Some(identity.clone())).await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
    assert_eq!(body["github"], identity);
    let (status, _) = t.api(Method::PUT, &path, Some(identity.clone())).await;
    assert_eq!(status, StatusCode::OK, "linking again updates");
    let (status, body) = t
        .api(
            Method::PUT,
            &format!("/api/users/{}/identities/github", id(&other)),
            Some(identity),
        )
        .await;
    assert_error(status, &body, 422, "user.identity_already_in_use");

    let (status, got) = t.api(Method::DELETE, &path, None).await;
    assert_eq!(status, StatusCode::OK, "{got}");
    assert_eq!(got["id"], user["id"]);
    assert_eq!(got["identities"], json!({}));
    assert!(got["hasPassword"].is_boolean());
}
