//! `/security`: how the user signs in (password, email, phone, each with its page) and where they
//! are signed in — this app's sessions (from the session index) and, where Logto lists them,
//! Logto's own — with "sign out" for each and for all others; and the linked social accounts,
//! each unlinked unless it is the last way to sign in.
//!
//! - `api`: what the page shows; `page`: the page (plain forms).
//! - `service` (server only): the list and the sign-outs, behind a fresh proof of identity;
//!   `device` (server only): a user agent in words; `form_post` (server only): the form posts.

mod api;
#[cfg(feature = "ssr")]
pub mod device;
#[cfg(feature = "ssr")]
pub mod form_post;
mod page;
#[cfg(feature = "ssr")]
pub mod service;

pub use api::{security_view, AppSessionRow, IdentityRow, LogtoSessionRow, SecurityState};
pub use page::{SecurityEcho, SecurityPage};

pub const SECURITY_PATH: &str = "/security";
