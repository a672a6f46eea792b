use logto_emulator::{EmulatorConfig, LogtoVersion};
use reqwest::{Method, StatusCode};
use serde_json::json;

use crate::emulator_only;
use crate::support::{assert_error, target, target_with, targets, unique, unique_phone};

const SEND: &str = "/api/verification-codes";
const VERIFY: &str = "/api/verification-codes/verify";

fn email() -> String {
    format!("code_{}@example.com", unique())
}

#[tokio::test]
async fn email_code_round_trip_is_one_shot() {
    let t = target().await;
    let to = email();
    let (status, body) = t
        .api(Method::POST, SEND, Some(json!({ "email": to })))
        .await;
    assert_eq!(status, StatusCode::NO_CONTENT, "{body}");
    let code = t.latest_code(&to).await;
    assert_eq!(code.len(), 6);
    assert!(code.bytes().all(|b| b.is_ascii_digit()));

    let wrong = if code == "000000" { "111111" } else { "000000" };
    let (status, body) = t
        .api(
            Method::POST,
            VERIFY,
            Some(json!({ "email": to, "verificationCode": wrong })),
        )
        .await;
    assert_error(status, &body, 400, "verification_code.code_mismatch");
    // Lookup is by the exact string: another casing finds nothing.
    let (status, body) = t
        .api(
            Method::POST,
            VERIFY,
            Some(json!({ "email": to.to_uppercase(), "verificationCode": code })),
        )
        .await;
    assert_error(status, &body, 400, "verification_code.not_found");

    let (status, _) = t
        .api(
            Method::POST,
            VERIFY,
            Some(json!({ "email": to, "verificationCode": code })),
        )
        .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let (status, body) = t
        .api(
            Method::POST,
            VERIFY,
            Some(json!({ "email": to, "verificationCode": code })),
        )
        .await;
    assert_error(status, &body, 400, "verification_code.not_found");
}

#[tokio::test]
async fn phone_codes_work_the_same() {
    let t = target().await;
    let phone = unique_phone();
    let (status, _) = t
        .api(Method::POST, SEND, Some(json!({ "phone": phone })))
        .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let code = t.latest_code(&phone).await;
    let (status, _) = t
        .api(
            Method::POST,
            VERIFY,
            Some(json!({ "phone": phone, "verificationCode": code })),
        )
        .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
}

#[tokio::test]
async fn a_new_code_replaces_the_old_one() {
    let t = target().await;
    let to = email();
    t.api(Method::POST, SEND, Some(json!({ "email": to })))
        .await;
    let first = t.latest_code(&to).await;
    t.api(Method::POST, SEND, Some(json!({ "email": to })))
        .await;
    let second = t.latest_code(&to).await;
    if first != second {
        let (status, body) = t
            .api(
                Method::POST,
                VERIFY,
                Some(json!({ "email": to, "verificationCode": first })),
            )
            .await;
        assert_error(status, &body, 400, "verification_code.code_mismatch");
    }
    let (status, _) = t
        .api(
            Method::POST,
            VERIFY,
            Some(json!({ "email": to, "verificationCode": second })),
        )
        .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
}

#[tokio::test]
async fn ten_failed_tries_lock_the_code_even_for_the_right_one() {
    let t = target().await;
    let to = email();
    t.api(Method::POST, SEND, Some(json!({ "email": to })))
        .await;
    let code = t.latest_code(&to).await;
    let wrong = if code == "000000" { "111111" } else { "000000" };
    for _ in 0..10 {
        let (status, body) = t
            .api(
                Method::POST,
                VERIFY,
                Some(json!({ "email": to, "verificationCode": wrong })),
            )
            .await;
        assert_error(status, &body, 400, "verification_code.code_mismatch");
    }
    let (status, body) = t
        .api(
            Method::POST,
            VERIFY,
            Some(json!({ "email": to, "verificationCode": code })),
        )
        .await;
    assert_error(status, &body, 400, "verification_code.exceed_max_try");
}

/// 1.42 limits sends to 10 per recipient (case-folded) per 600 s; 1.37 has no limit.
#[tokio::test]
async fn eleventh_send_to_a_recipient_within_ten_minutes_depends_on_the_release() {
    for t in targets().await {
        let to = email();
        for i in 0..10 {
            let variant = if i % 2 == 0 {
                to.clone()
            } else {
                to.to_uppercase()
            };
            let (status, body) = t
                .api(Method::POST, SEND, Some(json!({ "email": variant })))
                .await;
            assert_eq!(
                status,
                StatusCode::NO_CONTENT,
                "{} send {i}: {body}",
                t.version
            );
        }
        let (status, body) = t
            .api(Method::POST, SEND, Some(json!({ "email": to })))
            .await;
        match t.version {
            LogtoVersion::V1_37 => assert_eq!(status, StatusCode::NO_CONTENT, "{body}"),
            LogtoVersion::V1_42 => assert_error(status, &body, 429, "request.message_rate_limited"),
        }
    }
}

#[tokio::test]
async fn bodies_need_exactly_one_identifier() {
    let t = target().await;
    for body in [
        json!({}),
        json!({ "email": "not-an-email" }),
        json!({ "phone": "+1 415" }),
    ] {
        let (status, res) = t.api(Method::POST, SEND, Some(body.clone())).await;
        assert_error(status, &res, 400, "guard.invalid_input");
    }
    let (status, res) = t
        .api(Method::POST, VERIFY, Some(json!({ "email": "a@b.co" })))
        .await;
    assert_error(status, &res, 400, "guard.invalid_input");
}

/// Measured on 1.37 and 1.42 (`../shared/logto/CONTRACT.md` §11): both identifiers → 204, the code goes to the
/// email only.
#[tokio::test]
async fn a_body_with_email_and_phone_sends_to_the_email() {
    let t = target().await;
    let to = email();
    let phone = unique_phone();
    let (status, body) = t
        .api(
            Method::POST,
            SEND,
            Some(json!({ "email": to, "phone": phone })),
        )
        .await;
    assert_eq!(status, StatusCode::NO_CONTENT, "{body}");
    let code = t.latest_code(&to).await;
    if t.emulator.is_some() {
        let sms: serde_json::Value = t
            .http
            .get(t.url("/__emulator/mailbox.json"))
            .query(&[("to", &phone)])
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        assert_eq!(sms, json!([]), "nothing goes to the phone");
    }
    let (status, body) = t
        .api(
            Method::POST,
            VERIFY,
            Some(json!({ "email": to, "verificationCode": code })),
        )
        .await;
    assert_eq!(status, StatusCode::NO_CONTENT, "{body}");
}

#[tokio::test]
async fn without_connectors_sends_are_501_and_the_code_row_still_exists() {
    let t = target_with(EmulatorConfig {
        connectors: false,
        ..EmulatorConfig::default()
    })
    .await;
    emulator_only!(t);
    let to = email();
    let (status, body) = t
        .api(Method::POST, SEND, Some(json!({ "email": to })))
        .await;
    assert_error(status, &body, 501, "connector.not_found");
    let (status, body) = t
        .api(
            Method::POST,
            VERIFY,
            Some(json!({ "email": to, "verificationCode": "123456" })),
        )
        .await;
    assert_error(status, &body, 400, "verification_code.code_mismatch");
}
