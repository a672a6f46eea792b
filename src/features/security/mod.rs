//! `/security`: the security check-up, how the user signs in (password, email, phone, each with
//! its page, two-step verification, access tokens, where they're signed in), and the linked
//! social accounts, each unlinked unless it is the last way to sign in.
//!
//! - `api`: what the page shows; `page`: the page (plain forms).
//! - `service` (server only): the page's facts and unlinking, behind a fresh proof of identity;
//!   `checkup` (server only): the check-up's points from those facts; `form_post` (server
//!   only): the form post.

mod api;
#[cfg(feature = "ssr")]
mod checkup;
#[cfg(feature = "ssr")]
pub mod form_post;
mod page;
#[cfg(feature = "ssr")]
pub mod service;

pub use api::{security_view, CheckPoint, CheckStatus, IdentityRow, SecurityState};
pub use page::{SecurityEcho, SecurityPage};

pub const SECURITY_PATH: &str = "/security";
