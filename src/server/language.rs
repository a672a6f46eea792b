//! The request's language, and `POST /language` (the header's switcher, a plain form).

use axum::{
    extract::State,
    http::{header, HeaderMap, HeaderValue},
    response::{IntoResponse, Redirect, Response},
    Form,
};
use serde::Deserialize;

use super::{
    auth::{safe_return_to, AuthSession},
    AppState,
};
use crate::i18n::Lang;

/// Holds the switcher's choice.
pub const COOKIE: &str = "lang";
const ONE_YEAR: u32 = 365 * 24 * 3600;

/// The switcher's choice, else the user's saved `locale`, else `Accept-Language`.
pub fn for_request(headers: &HeaderMap, auth: Option<&AuthSession>) -> Lang {
    let cookie = headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| *k == COOKIE)
        .map(|(_, v)| v);
    let saved = auth
        .and_then(|a| a.claims.get("locale"))
        .and_then(|v| v.as_str());
    let accept = headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok());
    Lang::choose(cookie, saved, accept)
}

#[derive(Deserialize)]
pub struct Choice {
    lang: String,
    #[serde(default)]
    return_to: Option<String>,
}

/// Remembers the choice for a year and goes back to the page it was made on.
pub async fn set(State(state): State<AppState>, Form(choice): Form<Choice>) -> Response {
    let lang = Lang::from_tag(&choice.lang).unwrap_or_default();
    let secure = if state.config.public_url.scheme() == "https" {
        "; Secure"
    } else {
        ""
    };
    let cookie = format!(
        "{COOKIE}={}; Path=/; Max-Age={ONE_YEAR}; SameSite=Lax; HttpOnly{secure}",
        lang.tag()
    );
    let mut res = Redirect::to(&safe_return_to(choice.return_to.as_deref())).into_response();
    if let Ok(value) = HeaderValue::from_str(&cookie) {
        res.headers_mut().append(header::SET_COOKIE, value);
    }
    res
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_cookie_wins_then_accept_language() {
        let mut headers = HeaderMap::new();
        headers.insert(
            header::ACCEPT_LANGUAGE,
            HeaderValue::from_static("de-DE,de;q=0.9"),
        );
        assert_eq!(for_request(&headers, None), Lang::De);
        headers.insert(header::COOKIE, HeaderValue::from_static("a=b; lang=en"));
        assert_eq!(for_request(&headers, None), Lang::En);
    }
}
