//! Security headers on every response, and the per-request CSP nonce the page's scripts carry.

use axum::{
    extract::Request,
    http::{header, HeaderValue},
    middleware::Next,
    response::Response,
};

/// A fresh random value per request; the shell hands it to Leptos so the hydration script
/// carries it, and the CSP allows only scripts that carry it.
#[derive(Clone, Debug)]
pub struct CspNonce(pub String);

impl CspNonce {
    fn generate() -> Self {
        CspNonce(uuid::Uuid::new_v4().simple().to_string())
    }
}

/// Extra CSP sources for development: the hot-reload websocket of `cargo leptos watch`.
#[derive(Clone, Debug, Default)]
pub struct CspExtras {
    pub connect_src: String,
    /// Logto's origin: the sign-out form is answered with a redirect there, which browsers
    /// check against `form-action`.
    pub form_action: String,
    /// The public URL is https: browsers are told to use nothing else for a year.
    pub hsts: bool,
}

pub async fn headers(extras: CspExtras, mut req: Request, next: Next) -> Response {
    let nonce = CspNonce::generate();
    req.extensions_mut().insert(nonce.clone());
    let mut res = next.run(req).await;

    let is_html = res
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"));
    let csp = if is_html {
        page_policy(&nonce.0, &extras)
    } else {
        "default-src 'none'; frame-ancestors 'none'".to_owned()
    };

    let headers = res.headers_mut();
    if let Ok(csp) = HeaderValue::from_str(&csp) {
        headers.insert(header::CONTENT_SECURITY_POLICY, csp);
    }
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    // Framing, opener, referrer and feature policies govern documents; a script, stylesheet or
    // JSON answer is covered by its own CSP (`frame-ancestors 'none'`) and `nosniff`, and
    // leaving them off saves every asset ~180 bytes on the wire.
    if is_html {
        headers.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
        headers.insert(
            header::REFERRER_POLICY,
            HeaderValue::from_static("same-origin"),
        );
        headers.insert(
            "cross-origin-opener-policy",
            HeaderValue::from_static("same-origin"),
        );
        headers.insert(
            "permissions-policy",
            HeaderValue::from_static("camera=(), microphone=(), geolocation=(), payment=()"),
        );
    }
    if extras.hsts {
        headers.insert(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static("max-age=31536000; includeSubDomains"),
        );
    }
    res
}

/// Scripts only from this origin and with this request's nonce; `wasm-unsafe-eval` lets the
/// browser compile the app's WebAssembly (it does not allow `eval`). `blob:` images: a photo
/// being framed is shown from the chosen file, never uploaded for a preview.
fn page_policy(nonce: &str, extras: &CspExtras) -> String {
    format!(
        "default-src 'self'; script-src 'self' 'nonce-{nonce}' 'wasm-unsafe-eval'; \
         style-src 'self'; img-src 'self' https: data: blob:; font-src 'self'; \
         connect-src 'self'{connect}; object-src 'none'; base-uri 'none'; \
         form-action 'self'{form}; frame-ancestors 'none'",
        connect = prefixed(&extras.connect_src),
        form = prefixed(&extras.form_action),
    )
}

fn prefixed(sources: &str) -> String {
    if sources.is_empty() {
        String::new()
    } else {
        format!(" {sources}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_policy_allows_only_nonced_scripts_and_no_framing() {
        let csp = page_policy("abc123", &CspExtras::default());
        assert!(csp.contains("script-src 'self' 'nonce-abc123' 'wasm-unsafe-eval'"));
        assert!(!csp.contains("unsafe-inline"));
        assert!(csp.contains("frame-ancestors 'none'"));
        assert!(csp.contains("object-src 'none'"));
    }

    #[test]
    fn nonces_differ_per_request() {
        assert_ne!(CspNonce::generate().0, CspNonce::generate().0);
    }
}
