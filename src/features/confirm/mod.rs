//! "Confirm it's you": the re-verification every sensitive action relies on. A correct current
//! password or a one-time code sent to the user's own email or phone opens sensitive actions for
//! 10 minutes, in this session only, recorded on the server (`server::auth`), the session id
//! cycled.
//!
//! - `api`: what the page shows; `page`: the page (plain forms; no island).
//! - `service` (server only): the proofs, throttled; `form_post` (server only): the form posts.

mod api;
#[cfg(feature = "ssr")]
pub mod form_post;
mod page;
#[cfg(feature = "ssr")]
pub mod service;

use serde::{Deserialize, Serialize};

pub use api::{confirm_view, ConfirmOptions, Sent};
pub use page::{ConfirmEcho, ConfirmPage};

/// Where a code goes: the user's current email or phone.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Channel {
    Email,
    Phone,
}

impl Channel {
    pub fn key(self) -> &'static str {
        match self {
            Channel::Email => "email",
            Channel::Phone => "phone",
        }
    }

    pub fn parse(key: &str) -> Option<Channel> {
        match key {
            "email" => Some(Channel::Email),
            "phone" => Some(Channel::Phone),
            _ => None,
        }
    }
}

/// The confirm page for coming back to `return_to` (a path on this site).
pub fn confirm_href(return_to: &str, by_code: bool) -> String {
    let mut href = format!(
        "/confirm?return_to={}",
        crate::features::session::query_value(return_to)
    );
    if by_code {
        href.push_str("&by=code");
    }
    href
}
