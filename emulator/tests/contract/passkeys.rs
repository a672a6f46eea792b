//! Adding a passkey through the Account API (contract §15): the account center's settings, a
//! password proof, the registration's options, the check of the browser's answer (a software
//! authenticator's here), and the passkey bound with the proof in `logto-verification-id`.

use base64::{engine::general_purpose::URL_SAFE_NO_PAD, Engine};
use logto_emulator::{authenticator, LogtoVersion};
use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

use crate::sessions::{sign_in_tokens_for, PASSWORD};
use crate::support::{assert_error, target, Target};

/// An origin the account center lists besides Logto's own: the account page's.
const APP_ORIGIN: &str = "http://localhost:47123";

async fn as_user(
    t: &Target,
    token: &str,
    path: &str,
    body: Value,
    proof: Option<&str>,
) -> (StatusCode, Value) {
    let mut req = t.http.post(t.url(path)).bearer_auth(token).json(&body);
    if let Some(id) = proof {
        req = req.header("logto-verification-id", id);
    }
    let res = req.send().await.unwrap();
    let status = res.status();
    let text = res.text().await.unwrap();
    (status, serde_json::from_str(&text).unwrap_or(Value::Null))
}

/// `POST /api/verifications/password` with the user's token.
async fn prove(t: &Target, token: &str, password: &str) -> (StatusCode, Value) {
    let body = json!({ "password": password });
    as_user(t, token, "/api/verifications/password", body, None).await
}

async fn account_center(t: &Target, body: Value) -> Value {
    let (status, body) = t
        .api(Method::PATCH, "/api/account-center", Some(body))
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    body
}

#[tokio::test]
async fn a_passkey_is_added_with_a_password_proof_on_an_allowed_origin() {
    let t = target().await;
    let user = t.create_user(Some(PASSWORD)).await;
    let (id, username) = (
        user["id"].as_str().unwrap(),
        user["username"].as_str().unwrap(),
    );
    let tokens = sign_in_tokens_for(&t, username, "openid profile identities", &[]).await;
    let token = tokens["access_token"].as_str().unwrap();
    let (status, before) = t.api(Method::GET, "/api/sign-in-exp", None).await;
    assert_eq!(status, StatusCode::OK);
    let passkeys =
        json!({ "mfa": { "factors": ["Totp", "WebAuthn"], "policy": "UserControlled" } });
    let (status, body) = t
        .api(Method::PATCH, "/api/sign-in-exp", Some(passkeys))
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");

    // Off: every Account API route says so, after the token.
    let off = account_center(&t, json!({ "enabled": false })).await;
    let mut keys: Vec<&str> = off
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    keys.sort_unstable();
    let mut want = vec![
        "enabled",
        "fields",
        "id",
        "tenantId",
        "webauthnRelatedOrigins",
    ];
    if t.version >= LogtoVersion::V1_42 {
        want.extend(["customCss", "deleteAccountUrl", "profileFields"]);
        want.sort_unstable();
    }
    assert_eq!(keys, want, "{off}");
    let (status, body) = prove(&t, token, PASSWORD).await;
    assert_error(status, &body, 400, "account_center.not_enabled");
    let (status, body) = as_user(
        &t,
        "not-a-token",
        "/api/verifications/password",
        json!({}),
        None,
    )
    .await;
    assert_error(status, &body, 401, "auth.unauthorized");

    let on = account_center(
        &t,
        json!({
            "enabled": true,
            "fields": { "mfa": "Edit", "passkey": "Edit", "nonsense": "Edit" },
            "webauthnRelatedOrigins": [APP_ORIGIN, APP_ORIGIN],
        }),
    )
    .await;
    assert_eq!(on["enabled"], true);
    assert_eq!(
        on["webauthnRelatedOrigins"],
        json!([APP_ORIGIN]),
        "kept once"
    );
    let mut fields = json!({ "mfa": "Edit", "passkey": "Edit" });
    if t.version == LogtoVersion::V1_37 {
        fields = json!({ "mfa": "Edit" });
    }
    assert_eq!(on["fields"], fields, "unknown fields dropped");
    let (status, body) = t
        .api(
            Method::PATCH,
            "/api/account-center",
            Some(json!({ "fields": { "mfa": "Sometimes" } })),
        )
        .await;
    assert_error(status, &body, 400, "guard.invalid_input");

    // The proof.
    let (status, body) = prove(&t, token, "wrong-password").await;
    assert_error(status, &body, 422, "session.invalid_credentials");
    let (status, proof) = prove(&t, token, PASSWORD).await;
    assert_eq!(status, StatusCode::CREATED, "{proof}");
    assert!(proof["expiresAt"].is_string(), "{proof}");
    let proof = proof["verificationRecordId"].as_str().unwrap();

    // The options: Logto's host as the relying party, the user's id as the handle.
    let (status, started) = as_user(
        &t,
        token,
        "/api/verifications/web-authn/registration",
        json!({}),
        None,
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{started}");
    let options = &started["registrationOptions"];
    let host = reqwest::Url::parse(&t.endpoint)
        .unwrap()
        .host_str()
        .unwrap()
        .to_owned();
    assert_eq!(options["rp"]["id"], host.as_str(), "{options}");
    assert_eq!(
        options["user"]["id"],
        URL_SAFE_NO_PAD.encode(id),
        "{options}"
    );
    let algs: Vec<i64> = options["pubKeyCredParams"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["alg"].as_i64().unwrap())
        .collect();
    assert_eq!(algs, [-7, -257]);
    let selection = &options["authenticatorSelection"];
    if t.version >= LogtoVersion::V1_42 {
        let want = json!({ "residentKey": "required", "requireResidentKey": true, "userVerification": "required" });
        assert_eq!(selection, &want, "{options}");
    } else {
        let want = json!({ "residentKey": "discouraged", "requireResidentKey": false });
        assert_eq!(selection, &want, "measured on 1.37.1: {options}");
    }
    assert_eq!(options["attestation"], "none");
    let record = started["verificationRecordId"].as_str().unwrap();

    // The browser's answer: made on an origin nobody listed, refused; the record stays usable.
    let verify = |origin: &str, kind: &str| {
        let mut payload = authenticator::register(options, origin);
        payload["type"] = json!(kind);
        json!({ "verificationRecordId": record, "payload": payload })
    };
    let path = "/api/verifications/web-authn/registration/verify";
    let (status, body) = as_user(
        &t,
        token,
        path,
        verify("http://localhost:9", "WebAuthn"),
        None,
    )
    .await;
    assert_error(
        status,
        &body,
        400,
        "session.mfa.webauthn_verification_failed",
    );
    let (status, body) = as_user(&t, token, path, verify(APP_ORIGIN, "public-key"), None).await;
    assert_error(status, &body, 400, "guard.invalid_input");
    let (status, body) = as_user(&t, token, path, verify(APP_ORIGIN, "WebAuthn"), None).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["verificationRecordId"], record);

    // Bound only with the proof.
    let bind = json!({ "type": "WebAuthn", "newIdentifierVerificationRecordId": record, "name": "Work laptop" });
    let path = "/api/my-account/mfa-verifications";
    let (status, body) = as_user(&t, token, path, bind.clone(), None).await;
    assert_error(status, &body, 401, "verification_record.permission_denied");
    // 1.42 takes only a password or own-address code record as proof; 1.37 took any verified
    // record of the user's, the passkey's own registration too (measured on 1.37.1).
    let (status, body) = as_user(&t, token, path, bind.clone(), Some(record)).await;
    if t.version >= LogtoVersion::V1_42 {
        assert_error(status, &body, 401, "verification_record.permission_denied");
        let (status, body) = as_user(&t, token, path, bind, Some(proof)).await;
        assert_eq!(status, StatusCode::NO_CONTENT, "{body}");
    } else {
        assert_eq!(status, StatusCode::NO_CONTENT, "{body}");
    }
    let (_, factors) = t
        .api(
            Method::GET,
            &format!("/api/users/{id}/mfa-verifications"),
            None,
        )
        .await;
    let passkey = factors
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["type"] == "WebAuthn")
        .cloned()
        .unwrap_or_default();
    assert_eq!(passkey["name"], "Work laptop", "{factors}");
    assert!(passkey["agent"].is_string(), "{factors}");
    assert!(
        passkey.get("publicKey").is_none() && passkey.get("credentialId").is_none(),
        "{passkey}"
    );

    let restore = json!({ "mfa": { "factors": before["mfa"]["factors"], "policy": before["mfa"]["policy"] } });
    let (status, _) = t
        .api(Method::PATCH, "/api/sign-in-exp", Some(restore))
        .await;
    assert_eq!(status, StatusCode::OK);
}

#[tokio::test]
async fn a_passkey_needs_its_field_editable_and_its_factor_on() {
    let t = target().await;
    let user = t.create_user(Some(PASSWORD)).await;
    let username = user["username"].as_str().unwrap();
    let tokens = sign_in_tokens_for(&t, username, "openid profile identities", &[]).await;
    let token = tokens["access_token"].as_str().unwrap();
    account_center(
        &t,
        json!({ "enabled": true, "fields": { "mfa": "ReadOnly" } }),
    )
    .await;
    let (_, proof) = prove(&t, token, PASSWORD).await;
    let proof = proof["verificationRecordId"].as_str().unwrap();
    let bind = json!({ "type": "WebAuthn", "newIdentifierVerificationRecordId": "no-such-record" });
    let path = "/api/my-account/mfa-verifications";
    let (status, body) = as_user(&t, token, path, bind.clone(), Some(proof)).await;
    assert_error(status, &body, 400, "account_center.field_not_editable");
    account_center(&t, json!({ "fields": { "mfa": "Edit" } })).await;
    let (_, before) = t.api(Method::GET, "/api/sign-in-exp", None).await;
    let totp_only = json!({ "mfa": { "factors": ["Totp"], "policy": "UserControlled" } });
    let (status, _) = t
        .api(Method::PATCH, "/api/sign-in-exp", Some(totp_only))
        .await;
    assert_eq!(status, StatusCode::OK);
    let (status, body) = as_user(&t, token, path, bind.clone(), Some(proof)).await;
    assert_error(status, &body, 400, "session.mfa.mfa_factor_not_enabled");
    let passkeys = json!({ "mfa": { "factors": ["WebAuthn"], "policy": "UserControlled" } });
    let (status, _) = t
        .api(Method::PATCH, "/api/sign-in-exp", Some(passkeys))
        .await;
    assert_eq!(status, StatusCode::OK);
    let (status, body) = as_user(&t, token, path, bind, Some(proof)).await;
    assert_error(status, &body, 400, "verification_record.not_found");
    let restore = json!({ "mfa": { "factors": before["mfa"]["factors"], "policy": before["mfa"]["policy"] } });
    let (status, _) = t
        .api(Method::PATCH, "/api/sign-in-exp", Some(restore))
        .await;
    assert_eq!(status, StatusCode::OK);
}
