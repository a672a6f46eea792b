//! `/security/sessions`: where the user is signed in — this app's sessions (from the session
//! index) and, where Logto lists them, Logto's own — with "sign out" for each and for all
//! others, each behind a fresh proof of identity.
//!
//! - `api`: what the page shows; `page`: the page (plain forms).
//! - `service` (server only): the lists and the sign-outs (a user agent in words comes from
//!   `server::device`); `form_post` (server only): the form posts.

mod api;
#[cfg(feature = "ssr")]
pub mod form_post;
mod page;
#[cfg(feature = "ssr")]
pub mod service;

pub use api::{sessions_view, AppSessionRow, LogtoSessionRow, SessionsState};
pub use page::{SessionsEcho, SessionsPage};

pub const SESSIONS_PATH: &str = "/security/sessions";

/// A Logto session signed in longer ago than this is flagged: likely forgotten.
pub const STALE_DAYS: i64 = 30;
