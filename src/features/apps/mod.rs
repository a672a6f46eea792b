//! `/apps`: the apps the user has let into their account (Logto's grants, Logto ≥ 1.38), each
//! with its name, logo and when it was first authorised, first-party and third-party apart; and
//! taking an app's access away again.
//!
//! - `api`: what the page shows; `page`: the page (plain forms).
//! - `service` (server only): the list and the revocation, behind a fresh proof of identity;
//!   `form_post` (server only): the form post.

mod api;
#[cfg(feature = "ssr")]
pub mod form_post;
mod page;
#[cfg(feature = "ssr")]
pub mod service;

pub use api::{apps_view, AppRow, AppsState};
pub use page::{AppsEcho, AppsPage};

pub const APPS_PATH: &str = "/apps";
