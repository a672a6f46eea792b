//! `/security/password`: set a first password, or change it after proving who you are, with
//! Logto's policy explained rule by rule.
//!
//! - `rules`: the policy's rules, checked live in the browser and named in plain words.
//! - `api`: the server functions; `page`, `form`: the page and its island.
//! - `service` (server only): proof, policy check, the change, signing out other sessions;
//!   `form_post` (server only): the same change without JavaScript.

mod api;
mod form;
#[cfg(feature = "ssr")]
pub mod form_post;
mod page;
pub mod rules;
#[cfg(feature = "ssr")]
pub mod service;

pub use api::{
    change_password, password_view, ChangePassword, Changed, OthersEnded, PasswordState,
};
pub use page::{PasswordEcho, PasswordPage};

pub const PASSWORD_PATH: &str = "/security/password";
