//! Logto's Account API with the user's own access token (`../shared/logto/CONTRACT.md` §7, §15):
//! used only for what the Management API cannot do, adding a passkey, since WebAuthn binds a
//! passkey to the browser that makes it and Logto checks the browser's answer itself.

use reqwest::{Method, StatusCode};
use serde::Deserialize;
use serde_json::{json, Value};
use url::Url;

use super::management::api_error;
use super::LogtoError;

/// The Account API as one signed-in user.
pub struct AccountApi<'a> {
    http: &'a reqwest::Client,
    api: String,
    token: &'a str,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Record {
    verification_record_id: String,
}

/// A passkey's creation options (for `navigator.credentials.create`) and the record they belong to.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PasskeyOptions {
    pub verification_record_id: String,
    pub registration_options: Value,
}

impl<'a> AccountApi<'a> {
    pub fn new(http: &'a reqwest::Client, endpoint: &Url, token: &'a str) -> AccountApi<'a> {
        AccountApi {
            http,
            api: format!("{}/api", endpoint.as_str().trim_end_matches('/')),
            token,
        }
    }

    /// A proof of identity by password, valid 10 minutes: its record id.
    pub async fn prove_password(&self, password: &str) -> Result<String, LogtoError> {
        let body = json!({ "password": password });
        let bytes = self.post("/verifications/password", body, &[]).await?;
        Ok(read::<Record>(&bytes)?.verification_record_id)
    }

    pub async fn passkey_options(&self) -> Result<PasskeyOptions, LogtoError> {
        let bytes = self
            .post("/verifications/web-authn/registration", json!({}), &[])
            .await?;
        read(&bytes)
    }

    /// Hands Logto the browser's answer (`PublicKeyCredential.toJSON()`), with the browser's
    /// `User-Agent`, which Logto keeps as the passkey's device.
    pub async fn check_passkey(
        &self,
        record: &str,
        credential: Value,
        user_agent: &str,
    ) -> Result<(), LogtoError> {
        let mut payload = credential;
        // Logto's guard takes the factor's name where WebAuthn says `public-key`.
        payload["type"] = json!("WebAuthn");
        let body = json!({ "verificationRecordId": record, "payload": payload });
        let headers = [("user-agent", user_agent)];
        self.post(
            "/verifications/web-authn/registration/verify",
            body,
            &headers,
        )
        .await
        .map(drop)
    }

    pub async fn bind_passkey(
        &self,
        proof: &str,
        record: &str,
        name: Option<&str>,
    ) -> Result<(), LogtoError> {
        let mut body = json!({ "type": "WebAuthn", "newIdentifierVerificationRecordId": record });
        if let Some(name) = name {
            body["name"] = json!(name);
        }
        let headers = [("logto-verification-id", proof)];
        self.post("/my-account/mfa-verifications", body, &headers)
            .await
            .map(drop)
    }

    /// One try: none of these may be sent twice blindly (a proof would be made twice, a
    /// passkey bound twice).
    async fn post(
        &self,
        path: &str,
        body: Value,
        headers: &[(&str, &str)],
    ) -> Result<bytes::Bytes, LogtoError> {
        let mut req = self
            .http
            .request(Method::POST, format!("{}{path}", self.api))
            .bearer_auth(self.token)
            .json(&body);
        for (name, value) in headers {
            req = req.header(*name, *value);
        }
        let res = req.send().await.map_err(LogtoError::from_reqwest)?;
        let status: StatusCode = res.status();
        let bytes = res.bytes().await.map_err(LogtoError::from_reqwest)?;
        if status.is_success() {
            Ok(bytes)
        } else {
            Err(api_error(status, &bytes))
        }
    }
}

fn read<T: serde::de::DeserializeOwned>(bytes: &[u8]) -> Result<T, LogtoError> {
    serde_json::from_slice(bytes).map_err(|e| LogtoError::InvalidResponse(e.to_string()))
}
