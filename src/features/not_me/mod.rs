//! "This wasn't me": where a security notice's link leads (`server::notices`). Signed out — the
//! person may be locked out — it says which change the link is about and, after one click:
//! ends every session of the user (this app's and Logto's, with their grants), puts an email
//! change back to the old address, and sends a code to that address with which a new password is
//! set. Each step says what it did. The link is sealed, bound to the user and the change, valid
//! for 7 days, and used up once every step is done.
//!
//! - `api`: what the page shows; `page`: the page (plain forms, no island).
//! - `service` (server only): the steps; `form_post` (server only): the two posts.

mod api;
#[cfg(feature = "ssr")]
pub mod form_post;
mod page;
#[cfg(feature = "ssr")]
pub mod service;

pub use api::{not_me_view, LinkState};
pub use page::{NotMeOutcome, NotMePage};

pub const NOT_ME_PATH: &str = "/not-me";
