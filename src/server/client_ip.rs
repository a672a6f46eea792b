//! Where a request comes from: for the list of a user's sessions, the activity log (the
//! request's own address and browser, not the sign-in's: an action taken with a stolen cookie
//! shows the thief's) and the per-address throttles.

use std::net::{IpAddr, SocketAddr};

use axum::{
    extract::{ConnectInfo, Request, State},
    http::{header, Extensions, HeaderMap},
    middleware::Next,
    response::Response,
};

use super::AppState;

/// The request's client, as [`tag`] found it.
#[derive(Debug, Clone, Default)]
pub struct Client {
    pub ip: Option<IpAddr>,
    /// At most 256 characters.
    pub user_agent: String,
}

impl Client {
    pub fn of(headers: &HeaderMap, extensions: &Extensions, trust_forwarded: bool) -> Client {
        Client {
            ip: client_ip(headers, extensions, trust_forwarded),
            user_agent: headers
                .get(header::USER_AGENT)
                .and_then(|v| v.to_str().ok())
                .unwrap_or_default()
                .chars()
                .take(256)
                .collect(),
        }
    }

    /// The address as text, empty when unknown.
    pub fn ip_text(&self) -> String {
        self.ip.map(|ip| ip.to_string()).unwrap_or_default()
    }
}

/// Puts the request's [`Client`] among its extensions, for the handlers and server functions.
pub async fn tag(State(state): State<AppState>, mut req: Request, next: Next) -> Response {
    let client = Client::of(
        req.headers(),
        req.extensions(),
        state.config.trust_forwarded_for,
    );
    req.extensions_mut().insert(client);
    next.run(req).await
}

/// The connection's address or, behind a proxy the configuration trusts, the last address in
/// `X-Forwarded-For` (the one that proxy added: earlier entries are whatever the client sent).
pub fn client_ip(
    headers: &HeaderMap,
    extensions: &Extensions,
    trust_forwarded: bool,
) -> Option<IpAddr> {
    let forwarded = || {
        headers
            .get_all("x-forwarded-for")
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(','))
            .last()?
            .trim()
            .parse()
            .ok()
    };
    let peer = || {
        extensions
            .get::<ConnectInfo<SocketAddr>>()
            .map(|ConnectInfo(addr)| addr.ip())
    };
    if trust_forwarded {
        forwarded().or_else(peer)
    } else {
        peer()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_proxy_s_own_entry_counts_only_when_trusted() {
        let mut headers = HeaderMap::new();
        headers.insert("x-forwarded-for", "6.6.6.6, 203.0.113.7".parse().unwrap());
        let mut extensions = Extensions::new();
        extensions.insert(ConnectInfo(SocketAddr::from(([10, 0, 0, 2], 4000))));
        let ip = |trust| client_ip(&headers, &extensions, trust).map(|ip| ip.to_string());
        assert_eq!(ip(true).as_deref(), Some("203.0.113.7"));
        assert_eq!(ip(false).as_deref(), Some("10.0.0.2"));
        assert_eq!(client_ip(&HeaderMap::new(), &Extensions::new(), true), None);
    }
}
