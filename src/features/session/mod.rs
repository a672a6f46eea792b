//! Who is signed in: the header (`SiteHeader`) with its user, the sign-in link, and the page a refused sign-in lands
//! on. (Signing in and out themselves are plumbing: `server/auth`.)

mod api;
mod header;
#[cfg(feature = "ssr")]
mod service;
mod sign_in_failed;

pub use api::{current_user, CurrentUser, SessionUser};
pub use header::SiteHeader;
pub use sign_in_failed::SignInFailed;

/// The sign-in link that brings the user back to `return_to` (a path on this site).
pub fn sign_in_href(return_to: &str) -> String {
    format!("/sign-in?return_to={}", query_value(return_to))
}

/// A sign-in that asks for credentials even while Logto's own session lives (a proof for users
/// with nothing else to prove it with).
pub fn reauth_href(return_to: &str) -> String {
    format!("/sign-in?reauth=1&return_to={}", query_value(return_to))
}

/// A value for a query string, percent-encoded.
pub fn query_value(value: &str) -> String {
    value
        .bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn sign_in_links_carry_the_way_back_encoded() {
        assert_eq!(
            super::sign_in_href("/profile"),
            "/sign-in?return_to=%2Fprofile"
        );
        assert_eq!(
            super::sign_in_href("/somewhere?x=1&y=ü"),
            "/sign-in?return_to=%2Fsomewhere%3Fx%3D1%26y%3D%C3%BC"
        );
    }
}
