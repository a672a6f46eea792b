//! `/account` ("Data" in the header): download everything the app and Logto hold about the user
//! as one JSON file, the organisations they belong to, the activity log, and deleting the account. `/goodbye` is where a deleted account ends.
//!
//! - `api`: what the page shows; `page`: the pages (plain forms).
//! - `service` (server only): the export and the deletion; `form_post` (server only): the posts.

mod api;
#[cfg(feature = "ssr")]
pub mod form_post;
mod page;
#[cfg(feature = "ssr")]
pub mod service;

pub use api::{account_view, AccountState, ActivityRow, OrgRow};
pub use page::{AccountEcho, AccountPage, GoodbyePage};

pub const ACCOUNT_PATH: &str = "/account";
