//! Client authentication at the token and revocation endpoints: `client_secret_basic`,
//! `client_secret_post`, or `none` for public clients.

use axum::http::{header, HeaderMap};
use base64::{engine::general_purpose::STANDARD, Engine};

use crate::{ctx::Ctx, error::OidcError, model::Application};

/// Form parameters arrive as a flat map (the token endpoint also accepts JSON).
pub type Params = std::collections::HashMap<String, String>;

pub fn authenticate(
    ctx: &Ctx,
    headers: &HeaderMap,
    params: &Params,
) -> Result<Application, OidcError> {
    let basic = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .filter(|v| v.len() > 6 && v[..6].eq_ignore_ascii_case("basic "))
        .map(|v| parse_basic(&v[6..]))
        .transpose()?;
    let posted_secret = params.get("client_secret");
    let posted_id = params.get("client_id");

    let (id, secret) = match (basic, posted_secret) {
        (Some(_), Some(_)) => {
            return Err(OidcError::invalid_request(
                "client authentication must only be provided using one mechanism",
            ))
        }
        (Some((id, secret)), None) => {
            if posted_id.is_some_and(|p| p != &id) {
                return Err(OidcError::invalid_request(
                    "mismatch between client_id in the body and in the authorization header",
                ));
            }
            (id, Some(secret))
        }
        (None, Some(secret)) => match posted_id {
            Some(id) => (id.clone(), Some(secret.clone())),
            None => {
                return Err(OidcError::invalid_request(
                    "no client authentication mechanism provided",
                ))
            }
        },
        (None, None) => match posted_id {
            Some(id) => (id.clone(), None),
            None => {
                return Err(OidcError::invalid_request(
                    "no client authentication mechanism provided",
                ))
            }
        },
    };

    let app = ctx
        .application(&id)
        .ok_or_else(|| OidcError::new(400, "invalid_client", format!("invalid client {id}")))?;
    if app.is_public() {
        return Ok(app);
    }
    match secret {
        None => Err(OidcError::invalid_request(
            "no client authentication mechanism provided",
        )),
        Some(secret) if constant_time_eq(secret.as_bytes(), app.secret.as_bytes()) => Ok(app),
        Some(_) => Err(OidcError::new(
            401,
            "invalid_client",
            "client authentication failed",
        )),
    }
}

fn parse_basic(encoded: &str) -> Result<(String, String), OidcError> {
    let malformed = || OidcError::invalid_request("invalid authorization header value format");
    let decoded = STANDARD.decode(encoded.trim()).map_err(|_| malformed())?;
    let decoded = String::from_utf8(decoded).map_err(|_| malformed())?;
    let (id, secret) = decoded.split_once(':').ok_or_else(malformed)?;
    // RFC 6749 §2.3.1: both halves are form-urlencoded.
    let id = form_decode(id).ok_or_else(malformed)?;
    let secret = form_decode(secret).ok_or_else(malformed)?;
    if id.is_empty() {
        return Err(malformed());
    }
    Ok((id, secret))
}

fn form_decode(s: &str) -> Option<String> {
    url::form_urlencoded::parse(format!("x={s}").as_bytes())
        .next()
        .map(|(_, v)| v.into_owned())
}

pub fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}
