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
