//! `/security/email` and `/security/phone`: change, add or remove the addresses the user signs
//! in with. A new address is saved only after the code sent to it is entered, and only the
//! address that code was sent to (kept in the session, never taken from the browser), once.
//!
//! - `api`: what the page shows; `page`: the page (plain forms).
//! - `service` (server only): the change, throttled and behind a fresh proof of identity;
//!   `region` (server only): the country a phone number is typed for;
//!   `form_post` (server only): the form posts.

mod api;
#[cfg(feature = "ssr")]
pub mod form_post;
mod page;
#[cfg(feature = "ssr")]
mod region;
#[cfg(feature = "ssr")]
pub mod service;

pub use api::{contact_view, ContactState, Pending, RegionChoice};
pub use page::{ContactEcho, EmailPage, PhonePage};

use crate::features::confirm::Channel;

/// The page of a channel.
pub fn contact_path(channel: Channel) -> &'static str {
    match channel {
        Channel::Email => EMAIL_PATH,
        Channel::Phone => PHONE_PATH,
    }
}

pub const EMAIL_PATH: &str = "/security/email";
pub const PHONE_PATH: &str = "/security/phone";
