//! `/security/password`: set a first password, or change it after proving who you are, with
//! Logto's policy explained rule by rule.
//!
//! - `rules`: the policy's rules, checked live in the browser and named in plain words.
//! - `api`: what the page shows; `page`, `form`: the page, its form and the form's island.
//! - `service` (server only): proof, policy check, the change, signing out other sessions;
//!   `form_post` (server only): the form post that changes it.

mod api;
mod form;
#[cfg(feature = "ssr")]
pub mod form_post;
mod page;
pub mod rules;
#[cfg(feature = "ssr")]
pub mod service;

pub use api::{password_view, Changed, OthersEnded, PasswordState};
pub use page::{PasswordEcho, PasswordPage};

pub const PASSWORD_PATH: &str = "/security/password";
