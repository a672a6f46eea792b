//! `/security/tokens`: the user's personal access tokens (Logto keeps them per user): each with
//! its name and expiry, made with a name and an expiry and shown once, deleted by name.
//!
//! - `api`: what the page shows, and the token's name and expiry as types; `page`: the page
//!   (plain forms).
//! - `service` (server only): the list, creating and deleting, behind a fresh proof of identity;
//!   `form_post` (server only): the form posts.

mod api;
#[cfg(feature = "ssr")]
pub mod form_post;
mod page;
#[cfg(feature = "ssr")]
pub mod service;

pub use api::{tokens_view, TokenExpiry, TokenName, TokenRow, TokensState};
pub use page::{TokensEcho, TokensPage};

pub const TOKENS_PATH: &str = "/security/tokens";
