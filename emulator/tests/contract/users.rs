use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

use crate::emulator_only;
use crate::support::{assert_error, target, target_with, unique, unique_phone};

fn id(user: &Value) -> String {
    user["id"].as_str().unwrap().to_owned()
}

#[tokio::test]
async fn user_object_has_logto_shape() {
    let t = target().await;
    let user = t.create_user(Some("Sturdy-pass-93")).await;
    let id = id(&user);
    assert_eq!(id.len(), 12);
    assert!(id
        .bytes()
        .all(|b| b.is_ascii_digit() || b.is_ascii_lowercase()));
    let (status, got) = t.api(Method::GET, &format!("/api/users/{id}"), None).await;
    assert_eq!(status, StatusCode::OK);
    for key in [
        "id",
        "username",
        "primaryEmail",
        "primaryPhone",
        "name",
        "avatar",
        "customData",
        "identities",
        "profile",
        "applicationId",
        "isSuspended",
        "hasPassword",
        "lastSignInAt",
        "createdAt",
        "updatedAt",
    ] {
        assert!(got.get(key).is_some(), "missing {key}: {got}");
    }
    assert!(got["createdAt"].is_i64(), "epoch ms numbers");
    assert!(got["createdAt"].as_i64().unwrap() > 1_600_000_000_000);
    assert_eq!(got["hasPassword"], true);
    assert_eq!(got["customData"], json!({}));
    assert!(got.get("passwordDigest").is_none());
}

#[tokio::test]
async fn unknown_users_are_404_on_every_route() {
    let t = target().await;
    for (method, path, body) in [
        (Method::GET, "/api/users/nosuchuser00", None),
        (
            Method::PATCH,
            "/api/users/nosuchuser00",
            Some(json!({"name": "x"})),
        ),
        (
            Method::PATCH,
            "/api/users/nosuchuser00/profile",
            Some(json!({"profile": {}})),
        ),
        (Method::GET, "/api/users/nosuchuser00/custom-data", None),
        (
            Method::PATCH,
            "/api/users/nosuchuser00/custom-data",
            Some(json!({"customData": {}})),
        ),
        (
            Method::POST,
            "/api/users/nosuchuser00/password/verify",
            Some(json!({"password": "x"})),
        ),
        (
            Method::PATCH,
            "/api/users/nosuchuser00/password",
            Some(json!({"password": "x"})),
        ),
        (Method::GET, "/api/users/nosuchuser00/has-password", None),
    ] {
        let (status, body) = t.api(method.clone(), path, body).await;
        assert_error(status, &body, 404, "entity.not_found");
    }
}

#[tokio::test]
async fn a_deleted_user_is_gone() {
    let t = target().await;
    let user = t.create_user(Some("Sturdy-pass-93")).await;
    let path = format!("/api/users/{}", id(&user));
    let (status, _) = t.api(Method::DELETE, &path, None).await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let (status, body) = t.api(Method::GET, &path, None).await;
    assert_error(status, &body, 404, "entity.not_found");
    let (status, body) = t.api(Method::DELETE, &path, None).await;
    assert_error(status, &body, 404, "entity.not_found");
}

#[tokio::test]
async fn create_and_search_users() {
    let t = target().await;
    let user = t.create_user(None).await;
    assert_eq!(user["hasPassword"], false);
    let username = user["username"].as_str().unwrap();
    let (status, list) = t
        .api(Method::GET, &format!("/api/users?search={username}"), None)
        .await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        list.as_array()
            .unwrap()
            .iter()
            .any(|u| u["id"] == user["id"]),
        "{list}"
    );

    let (status, body) = t
        .api(
            Method::POST,
            "/api/users",
            Some(json!({ "username": username })),
        )
        .await;
    assert_error(status, &body, 422, "user.username_already_in_use");
}

#[tokio::test]
async fn patch_updates_clears_with_null_and_drops_unknown_keys() {
    let t = target().await;
    let user = t.create_user(None).await;
    let path = format!("/api/users/{}", id(&user));

    let (status, got) = t
        .api(
            Method::PATCH,
            &path,
            Some(
                json!({ "name": "New Name", "avatar": "https://example.com/a.png", "whatever": 1 }),
            ),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{got}");
    assert_eq!(got["name"], "New Name");
    assert_eq!(got["avatar"], "https://example.com/a.png");
    assert!(got["updatedAt"].as_i64() >= user["updatedAt"].as_i64());

    let (status, got) = t
        .api(
            Method::PATCH,
            &path,
            Some(json!({ "name": null, "avatar": "" })),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(got["name"], Value::Null);
    assert_eq!(
        got["avatar"],
        Value::Null,
        "\"\" is stored as null (`../shared/logto/CONTRACT.md` §11)"
    );

    let (status, body) = t.api(Method::PATCH, &path, Some(json!({}))).await;
    assert_error(status, &body, 422, "entity.invalid_input");
    let (status, body) = t
        .api(Method::PATCH, &path, Some(json!({ "password": "ignored" })))
        .await;
    assert_error(status, &body, 422, "entity.invalid_input");
}

/// Logto writes every `""` as NULL (measured for `name` and `avatar`, `../shared/logto/CONTRACT.md` §11; the same
/// database conversion covers the identifiers), so `""` never meets the unique index.
#[tokio::test]
async fn empty_strings_are_stored_as_null() {
    let t = target().await;
    let user = t.create_user(None).await;
    let other = t.create_user(None).await;
    let phone = unique_phone();
    let (status, got) = t
        .api(
            Method::PATCH,
            &format!("/api/users/{}", id(&user)),
            Some(json!({ "primaryPhone": phone })),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{got}");
    for target_user in [&user, &other] {
        let (status, got) = t
            .api(
                Method::PATCH,
                &format!("/api/users/{}", id(target_user)),
                Some(json!({
                    "name": "", "avatar": "", "username": "", "primaryEmail": "", "primaryPhone": ""
                })),
            )
            .await;
        assert_eq!(status, StatusCode::OK, "{got}");
        for key in ["name", "avatar", "username", "primaryEmail", "primaryPhone"] {
            assert_eq!(got[key], Value::Null, "{key}: {got}");
        }
    }
}

#[tokio::test]
async fn patch_guard_and_constraint_errors() {
    let t = target().await;
    let user = t.create_user(None).await;
    let other = t.create_user(None).await;
    let path = format!("/api/users/{}", id(&user));

    let (status, body) = t
        .api(Method::PATCH, &path, Some(json!({ "username": "1bad" })))
        .await;
    assert_error(status, &body, 400, "guard.invalid_input");
    assert!(
        body["details"].as_str().unwrap().contains("username"),
        "{body}"
    );
    let (status, body) = t
        .api(
            Method::PATCH,
            &path,
            Some(json!({ "primaryEmail": "nope" })),
        )
        .await;
    assert_error(status, &body, 400, "guard.invalid_input");
    let (status, body) = t
        .api(Method::PATCH, &path, Some(json!({ "avatar": "not a url" })))
        .await;
    assert_error(status, &body, 400, "guard.invalid_input");
    let (status, body) = t
        .api(Method::PATCH, &path, Some(json!({ "name": 5 })))
        .await;
    assert_error(status, &body, 400, "guard.invalid_input");
    let (status, body) = t
        .api(Method::PATCH, &path, Some(json!({ "profile": null })))
        .await;
    assert_error(status, &body, 400, "guard.invalid_input");

    // Malformed JSON: the generic handler, a message and no code.
    let res = t
        .http
        .patch(t.url(&path))
        .bearer_auth(t.m2m_token().await)
        .header("content-type", "application/json")
        .body("{\"name\": ")
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::BAD_REQUEST);
    let body: Value = res.json().await.unwrap();
    assert!(
        body.get("code").is_none() && body["message"].is_string(),
        "{body}"
    );

    let taken_email = other["primaryEmail"].as_str().unwrap().to_uppercase();
    let (status, body) = t
        .api(
            Method::PATCH,
            &path,
            Some(json!({ "primaryEmail": taken_email })),
        )
        .await;
    assert_error(status, &body, 422, "user.email_already_in_use");
    let (status, body) = t
        .api(
            Method::PATCH,
            &path,
            Some(json!({ "username": other["username"] })),
        )
        .await;
    assert_error(status, &body, 422, "user.username_already_in_use");

    // libphonenumber decides (`../shared/logto/CONTRACT.md` §11): a known country code and two national digits pass.
    for short in ["123", "1234"] {
        let (status, got) = t
            .api(Method::PATCH, &path, Some(json!({ "primaryPhone": short })))
            .await;
        assert_eq!(status, StatusCode::OK, "{short}: {got}");
        assert_eq!(got["primaryPhone"], short);
    }
    for bad in ["999", "415"] {
        let (status, body) = t
            .api(Method::PATCH, &path, Some(json!({ "primaryPhone": bad })))
            .await;
        assert_error(status, &body, 422, "user.invalid_phone");
        assert_eq!(body["data"]["name"], "ParseError", "{bad}: {body}");
    }
    let (status, body) = t
        .api(Method::PATCH, &path, Some(json!({ "primaryPhone": "+1" })))
        .await;
    assert_error(status, &body, 400, "guard.invalid_input");
    let phone = unique_phone();
    let (status, got) = t
        .api(Method::PATCH, &path, Some(json!({ "primaryPhone": phone })))
        .await;
    assert_eq!(status, StatusCode::OK, "{got}");
    let (status, body) = t
        .api(
            Method::PATCH,
            &format!("/api/users/{}", id(&other)),
            Some(json!({ "primaryPhone": phone })),
        )
        .await;
    assert_error(status, &body, 422, "user.phone_already_in_use");

    let (status, body) = t
        .api(
            Method::PATCH,
            &path,
            Some(json!({ "name": "x".repeat(129) })),
        )
        .await;
    assert_error(status, &body, 422, "entity.value_too_long");
}

#[tokio::test]
async fn patch_replaces_profile_and_custom_data_whole() {
    let t = target().await;
    let user = t.create_user(None).await;
    let path = format!("/api/users/{}", id(&user));
    t.api(Method::PATCH, &path, Some(json!({ "profile": { "givenName": "A", "nickname": "N" }, "customData": { "a": 1, "b": 2 } }))).await;
    let (status, got) = t
        .api(
            Method::PATCH,
            &path,
            Some(json!({ "profile": { "givenName": "B" }, "customData": { "c": 3 } })),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(got["profile"], json!({ "givenName": "B" }));
    assert_eq!(got["customData"], json!({ "c": 3 }));
}

#[tokio::test]
async fn profile_endpoint_merges_shallowly() {
    let t = target().await;
    let user = t.create_user(None).await;
    let path = format!("/api/users/{}/profile", id(&user));
    let (status, profile) = t
        .api(Method::PATCH, &path, Some(json!({ "profile": { "givenName": "Ann", "address": { "country": "NL", "locality": "Utrecht" } } })))
        .await;
    assert_eq!(status, StatusCode::OK, "{profile}");
    let (status, profile) = t
        .api(
            Method::PATCH,
            &path,
            Some(
                json!({ "profile": { "familyName": "Lee", "address": { "postalCode": "3511" } } }),
            ),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        profile,
        json!({ "givenName": "Ann", "familyName": "Lee", "address": { "postalCode": "3511" } }),
        "the response is the merged profile; address replaced whole"
    );
    // No deletion through this endpoint, and the body must be wrapped.
    let (status, body) = t
        .api(
            Method::PATCH,
            &path,
            Some(json!({ "profile": { "givenName": null } })),
        )
        .await;
    assert_error(status, &body, 400, "guard.invalid_input");
    let (status, body) = t
        .api(Method::PATCH, &path, Some(json!({ "givenName": "X" })))
        .await;
    assert_error(status, &body, 400, "guard.invalid_input");
}

#[tokio::test]
async fn custom_data_reads_and_merges() {
    let t = target().await;
    let user = t.create_user(None).await;
    let path = format!("/api/users/{}/custom-data", id(&user));
    let (status, data) = t.api(Method::GET, &path, None).await;
    assert_eq!((status, data), (StatusCode::OK, json!({})));
    t.api(
        Method::PATCH,
        &path,
        Some(json!({ "customData": { "plan": "pro", "prefs": { "a": 1, "b": 2 } } })),
    )
    .await;
    let (status, data) = t
        .api(
            Method::PATCH,
            &path,
            Some(json!({ "customData": { "prefs": { "c": 3 }, "gone": null } })),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        data,
        json!({ "plan": "pro", "prefs": { "c": 3 }, "gone": null })
    );
    let (_, data) = t.api(Method::GET, &path, None).await;
    assert_eq!(data["plan"], "pro");
    let (status, body) = t
        .api(Method::PATCH, &path, Some(json!({ "plan": "free" })))
        .await;
    assert_error(status, &body, 400, "guard.invalid_input");
}

#[tokio::test]
async fn password_verify_set_and_has_password() {
    let t = target().await;
    let user = t.create_user(Some("Sturdy-pass-93")).await;
    let base = format!("/api/users/{}", id(&user));

    let (status, body) = t
        .api(
            Method::POST,
            &format!("{base}/password/verify"),
            Some(json!({ "password": "Sturdy-pass-93" })),
        )
        .await;
    assert_eq!(status, StatusCode::NO_CONTENT, "{body}");
    assert_eq!(body, Value::Null, "204 has no body");
    let (status, body) = t
        .api(
            Method::POST,
            &format!("{base}/password/verify"),
            Some(json!({ "password": "wrong" })),
        )
        .await;
    assert_error(status, &body, 422, "session.invalid_credentials");
    let (status, body) = t
        .api(
            Method::POST,
            &format!("{base}/password/verify"),
            Some(json!({ "password": "" })),
        )
        .await;
    assert_error(status, &body, 400, "guard.invalid_input");

    // No policy on this route: any non-empty string is stored.
    let (status, got) = t
        .api(
            Method::PATCH,
            &format!("{base}/password"),
            Some(json!({ "password": "weak" })),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(got["hasPassword"], true);
    let (status, _) = t
        .api(
            Method::POST,
            &format!("{base}/password/verify"),
            Some(json!({ "password": "weak" })),
        )
        .await;
    assert_eq!(status, StatusCode::NO_CONTENT);

    let (status, body) = t
        .api(Method::GET, &format!("{base}/has-password"), None)
        .await;
    assert_eq!(
        (status, body),
        (StatusCode::OK, json!({ "hasPassword": true }))
    );

    // A user without a password fails verification exactly like a wrong password.
    let bare = t.create_user(None).await;
    let (status, body) = t
        .api(
            Method::GET,
            &format!("/api/users/{}/has-password", id(&bare)),
            None,
        )
        .await;
    assert_eq!(
        (status, body),
        (StatusCode::OK, json!({ "hasPassword": false }))
    );
    let (status, body) = t
        .api(
            Method::POST,
            &format!("/api/users/{}/password/verify", id(&bare)),
            Some(json!({ "password": "anything" })),
        )
        .await;
    assert_error(status, &body, 422, "session.invalid_credentials");
}

/// A Logto that cannot reach the breach list (offline, default policy) fails the whole check for
/// a password that passes the other rules (`../shared/logto/CONTRACT.md` §11); the others are still reported.
#[tokio::test]
async fn check_password_without_the_breach_list_is_an_invalid_input_error() {
    let t = target_with(logto_emulator::EmulatorConfig {
        breach_check_offline: true,
        ..logto_emulator::EmulatorConfig::default()
    })
    .await;
    emulator_only!(t);
    let user = t.create_user(None).await;
    let path = "/api/sign-in-exp/default/check-password";
    let (status, body) = t
        .api(
            Method::POST,
            path,
            Some(json!({ "password": "Vt9!mzQ2pL", "userId": id(&user) })),
        )
        .await;
    assert_error(status, &body, 400, "request.invalid_input");
    assert!(
        body["message"].as_str().unwrap().contains("fetch failed"),
        "{body}"
    );
    let (status, body) = t
        .api(
            Method::POST,
            path,
            Some(json!({ "password": "abc", "userId": id(&user) })),
        )
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(
        body["issues"][0]["code"], "password_rejected.too_short",
        "{body}"
    );
}

#[tokio::test]
async fn check_password_reports_policy_issues() {
    let t = target().await;
    let user = t.create_user(None).await;
    let user_id = id(&user);
    let path = "/api/sign-in-exp/default/check-password";

    let (status, body) = t
        .api(
            Method::POST,
            path,
            Some(json!({ "password": "Vt9!mzQ2pL", "userId": user_id })),
        )
        .await;
    if t.breach_check_offline {
        assert_error(status, &body, 400, "request.invalid_input");
    } else {
        assert_eq!((status, body), (StatusCode::OK, json!({ "result": true })));
    }

    // Measured on 1.37 and 1.42 (`../shared/logto/CONTRACT.md` §11): every failed rule, in Logto's order.
    let (status, body) = t
        .api(
            Method::POST,
            path,
            Some(json!({ "password": "abc", "userId": user_id })),
        )
        .await;
    assert_eq!(
        (status, body),
        (
            StatusCode::BAD_REQUEST,
            json!({ "result": false, "issues": [
                { "code": "password_rejected.too_short", "interpolation": { "min": 8 } },
                { "code": "password_rejected.restricted.sequence" }
            ] })
        )
    );

    let (status, body) = t
        .api(
            Method::POST,
            path,
            Some(json!({ "password": "Gx7#", "userId": user_id })),
        )
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(body["result"], false);
    assert_eq!(
        body["issues"][0],
        json!({ "code": "password_rejected.too_short", "interpolation": { "min": 8 } })
    );

    let (status, body) = t
        .api(
            Method::POST,
            path,
            Some(json!({ "password": "Vt9!mzQ2pL" })),
        )
        .await;
    assert_error(status, &body, 400, "request.invalid_input");
}

#[tokio::test]
async fn sign_in_experience_states_the_password_policy_check_password_applies() {
    let t = target().await;
    let (status, body) = t.api(Method::GET, "/api/sign-in-exp", None).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let policy = &body["passwordPolicy"];
    // Parts never set are absent (measured on 1.42.0 after a PATCH of `rejects` alone, contract
    // §12): Logto then applies its defaults, length 8–256 and one character type.
    let min = policy["length"]["min"].as_u64().unwrap_or(8);
    assert!(policy["length"]["max"].as_u64().unwrap_or(256) >= min);
    assert!(policy["characterTypes"]["min"].as_u64().unwrap_or(1) >= 1);
    for reject in ["pwned", "repetitionAndSequence", "userInfo"] {
        assert!(policy["rejects"][reject].is_boolean(), "rejects.{reject}");
    }
    assert!(policy["rejects"]["words"].is_array());

    // One character short of the stated minimum is "too short", with that minimum.
    let user = t.create_user(None).await;
    let short: String = "Vt9!mzQ2pLxR7#wK".chars().take(min as usize - 1).collect();
    let (status, body) = t
        .api(
            Method::POST,
            "/api/sign-in-exp/default/check-password",
            Some(json!({ "password": short, "userId": id(&user) })),
        )
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{body}");
    assert_eq!(body["issues"][0]["code"], "password_rejected.too_short");
    assert_eq!(body["issues"][0]["interpolation"]["min"], min);
}

/// Creating a user, Logto takes no `null` for what the user does not have (updating clears with
/// one): 400 `guard.invalid_input`, measured on 1.37.1 and 1.42.0 by the real-Logto run.
#[tokio::test]
async fn a_new_user_takes_no_null_for_what_it_lacks() {
    let t = target().await;
    for key in ["primaryPhone", "primaryEmail", "username", "name"] {
        let mut body = json!({ "username": format!("nulls_{}", unique()) });
        body[key] = Value::Null;
        let (status, answer) = t.api(Method::POST, "/api/users", Some(body)).await;
        assert_error(status, &answer, 400, "guard.invalid_input");
        assert!(
            answer["details"].as_str().unwrap_or_default().contains(key),
            "{answer}"
        );
    }
    let body = json!({ "username": format!("nulls_{}", unique()), "avatar": null });
    let (status, answer) = t.api(Method::POST, "/api/users", Some(body)).await;
    assert_eq!(status, StatusCode::OK, "avatar may be null: {answer}");
}
