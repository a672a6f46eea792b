//! User claims by scope, with Logto's quirks (`../shared/logto/CONTRACT.md` §5): epoch-millisecond `created_at` /
//! `updated_at`, camelCase keys inside `address`, `null` for unset `name` / `picture`, omitted
//! unset profile claims, `preferred_username` falling back to `username`.

use serde_json::{json, Map, Value};

use crate::model::User;

/// Profile claims as (OIDC claim name, Logto profile key).
const PROFILE_CLAIMS: &[(&str, &str)] = &[
    ("family_name", "familyName"),
    ("given_name", "givenName"),
    ("middle_name", "middleName"),
    ("nickname", "nickname"),
    ("profile", "profile"),
    ("website", "website"),
    ("gender", "gender"),
    ("birthdate", "birthdate"),
    ("zoneinfo", "zoneinfo"),
    ("locale", "locale"),
];

/// Where the claims go: the ID token leaves out what Logto enables only on request
/// (`custom_data`, `identities`).
#[derive(Clone, Copy, PartialEq)]
pub enum Target {
    IdToken,
    Userinfo,
}

pub fn for_scopes(user: &User, scopes: &[String], target: Target) -> Map<String, Value> {
    let has = |s: &str| scopes.iter().any(|x| x == s);
    let mut c = Map::new();
    c.insert("sub".into(), json!(user.id));
    if has("profile") {
        c.insert("name".into(), json!(user.name));
        c.insert("picture".into(), json!(user.avatar));
        c.insert("username".into(), json!(user.username));
        c.insert("created_at".into(), json!(user.created_at));
        c.insert("updated_at".into(), json!(user.updated_at));
        for (claim, key) in PROFILE_CLAIMS {
            if let Some(v) = user.profile.get(*key).filter(|v| !v.is_null()) {
                c.insert((*claim).into(), v.clone());
            }
        }
        let preferred = user
            .profile
            .get("preferredUsername")
            .filter(|v| !v.is_null())
            .cloned()
            .unwrap_or_else(|| json!(user.username));
        if !preferred.is_null() {
            c.insert("preferred_username".into(), preferred);
        }
    }
    if has("email") {
        c.insert("email".into(), json!(user.primary_email));
        c.insert("email_verified".into(), json!(user.primary_email.is_some()));
    }
    if has("phone") {
        c.insert("phone_number".into(), json!(user.primary_phone));
        c.insert(
            "phone_number_verified".into(),
            json!(user.primary_phone.is_some()),
        );
    }
    if has("address") {
        if let Some(address) = user.profile.get("address").filter(|v| v.is_object()) {
            c.insert("address".into(), address.clone());
        }
    }
    if target == Target::Userinfo {
        if has("custom_data") {
            c.insert(
                "custom_data".into(),
                Value::Object(user.custom_data.clone()),
            );
        }
        if has("identities") {
            c.insert("identities".into(), Value::Object(user.identities.clone()));
            c.insert("sso_identities".into(), json!([]));
        }
    }
    if has("roles") {
        c.insert("roles".into(), json!([]));
    }
    c
}

#[cfg(test)]
mod tests {
    use super::*;

    fn user() -> User {
        serde_json::from_value(json!({
            "id": "u1", "username": "alice", "primaryEmail": "a@example.com",
            "primaryPhone": null, "name": null, "avatar": null, "customData": {"plan": "pro"},
            "identities": {}, "profile": {"givenName": "Alice", "address": {"postalCode": "1000"}},
            "applicationId": null, "isSuspended": false, "lastSignInAt": null,
            "createdAt": 1735600000000i64, "updatedAt": 1735689600000i64, "passwordDigest": null
        }))
        .unwrap()
    }

    #[test]
    fn follows_logto_claim_quirks() {
        let scopes: Vec<String> = [
            "openid",
            "profile",
            "email",
            "phone",
            "address",
            "custom_data",
        ]
        .map(String::from)
        .to_vec();
        let c = for_scopes(&user(), &scopes, Target::Userinfo);
        assert_eq!(c["name"], Value::Null);
        assert_eq!(c["picture"], Value::Null);
        assert_eq!(c["given_name"], "Alice");
        assert!(!c.contains_key("family_name"));
        assert_eq!(c["preferred_username"], "alice");
        assert_eq!(c["created_at"], 1735600000000i64);
        assert_eq!(c["address"]["postalCode"], "1000");
        assert_eq!(c["email_verified"], true);
        assert_eq!(c["phone_number_verified"], false);
        assert_eq!(c["custom_data"]["plan"], "pro");

        let id_token = for_scopes(&user(), &scopes, Target::IdToken);
        assert!(!id_token.contains_key("custom_data"));
    }
}
