//! Logto's own file storage (`/api/user-assets`, `../shared/logto/CONTRACT.md` §16): where an
//! administrator configured a storage provider, a profile photo goes there and `avatar` names
//! Logto's URL for it.

use reqwest::{multipart, Method};
use secrecy::ExposeSecret;
use serde::Deserialize;

use super::management::{api_error, Retry};
use super::{LogtoError, Management};

#[derive(Deserialize)]
struct Status {
    status: String,
}

#[derive(Deserialize)]
struct Uploaded {
    url: String,
}

impl Management {
    /// Whether Logto has a storage provider (`ready`) or not (`not_configured`).
    pub async fn asset_storage_ready(&self) -> Result<bool, LogtoError> {
        let status: Status = self
            .json(
                Method::GET,
                "/user-assets/service-status",
                None,
                Retry::Idempotent,
            )
            .await?;
        Ok(status.status == "ready")
    }

    /// Stores a file with Logto's storage provider; its public URL. Sent once: a retry would
    /// store it twice. A refused token is renewed and the upload tried again (nothing was kept).
    pub async fn upload_asset(
        &self,
        bytes: Vec<u8>,
        file_name: &str,
        content_type: &str,
    ) -> Result<String, LogtoError> {
        let mut renewed = false;
        loop {
            let token = self.tokens.get().await?;
            let part = multipart::Part::bytes(bytes.clone())
                .file_name(file_name.to_owned())
                .mime_str(content_type)
                .map_err(|e| LogtoError::InvalidResponse(e.to_string()))?;
            let res = self
                .http
                .post(format!("{}/user-assets", self.api))
                .bearer_auth(token.expose_secret())
                .multipart(multipart::Form::new().part("file", part))
                .send()
                .await
                .map_err(LogtoError::from_reqwest)?;
            let status = res.status();
            let body = res.bytes().await.map_err(LogtoError::from_reqwest)?;
            if status.is_success() {
                let uploaded: Uploaded = serde_json::from_slice(&body)
                    .map_err(|e| LogtoError::InvalidResponse(e.to_string()))?;
                return Ok(uploaded.url);
            }
            if status == reqwest::StatusCode::UNAUTHORIZED && !renewed {
                self.tokens.invalidate(&token);
                renewed = true;
                continue;
            }
            return Err(api_error(status, &body));
        }
    }
}
