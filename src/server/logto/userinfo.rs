//! `GET /oidc/me` with the user's own access token: the claims Logto gives this app for the user,
//! and whether Logto still honours the user's grant at all.

use serde_json::{Map, Value};
use url::Url;

use super::LogtoError;

/// What userinfo answered.
#[derive(Debug)]
pub enum Userinfo {
    Claims(Map<String, Value>),
    /// 401: the token is not honoured (expired early, revoked, its grant or session ended).
    Refused,
}

pub async fn userinfo(
    http: &reqwest::Client,
    endpoint: &Url,
    access_token: &str,
) -> Result<Userinfo, LogtoError> {
    let url = format!("{}/oidc/me", endpoint.as_str().trim_end_matches('/'));
    let res = http
        .get(url)
        .bearer_auth(access_token)
        .send()
        .await
        .map_err(LogtoError::from_reqwest)?;
    match res.status().as_u16() {
        200 => res
            .json::<Map<String, Value>>()
            .await
            .map(Userinfo::Claims)
            .map_err(|e| LogtoError::InvalidResponse(e.to_string())),
        401 => Ok(Userinfo::Refused),
        status => Err(LogtoError::Api {
            status,
            code: None,
            message: "userinfo answered with an error".into(),
        }),
    }
}

/// The standard claims Logto's userinfo derives from a user object (`getUserClaimsData`):
/// what a pushed user means for the claims a session keeps.
pub const USER_CLAIMS: &[&str] = &[
    "name",
    "username",
    "picture",
    "email",
    "phone_number",
    "given_name",
    "family_name",
    "middle_name",
    "nickname",
    "preferred_username",
    "profile",
    "website",
    "gender",
    "birthdate",
    "zoneinfo",
    "locale",
    "address",
];

/// A Management API user object as userinfo claims: the basics under their claim names, the
/// profile's keys in snake case (`givenName` → `given_name`), empty texts left out.
pub fn claims_from_user(user: &Value) -> Map<String, Value> {
    let mut claims = Map::new();
    let mut put = |claim: String, value: &Value| {
        let keep = match value {
            Value::String(s) => !s.is_empty(),
            Value::Object(o) => !o.is_empty(),
            _ => false,
        };
        if keep {
            claims.insert(claim, value.clone());
        }
    };
    for (key, claim) in [
        ("name", "name"),
        ("username", "username"),
        ("avatar", "picture"),
        ("primaryEmail", "email"),
        ("primaryPhone", "phone_number"),
    ] {
        put(claim.to_owned(), &user[key]);
    }
    if let Some(profile) = user["profile"].as_object() {
        for (key, value) in profile {
            put(snake_case(key), value);
        }
    }
    claims
}

fn snake_case(key: &str) -> String {
    let mut out = String::with_capacity(key.len() + 4);
    for c in key.chars() {
        if c.is_ascii_uppercase() {
            out.push('_');
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn a_user_object_reads_as_its_claims() {
        let user = json!({
            "id": "u1", "name": "Dana", "username": "dana", "avatar": "",
            "primaryEmail": "d@example.com", "primaryPhone": null,
            "profile": { "givenName": "Dana", "preferredUsername": "dd", "address": { "locality": "Berlin" } },
        });
        let claims = claims_from_user(&user);
        assert_eq!(claims["name"], "Dana");
        assert_eq!(claims["email"], "d@example.com");
        assert_eq!(claims["given_name"], "Dana");
        assert_eq!(claims["preferred_username"], "dd");
        assert_eq!(claims["address"], json!({ "locality": "Berlin" }));
        assert!(!claims.contains_key("picture") && !claims.contains_key("phone_number"));
    }
}
