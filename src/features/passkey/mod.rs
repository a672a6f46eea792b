//! Adding a passkey, on the two-step page. The Management API cannot register one (WebAuthn binds
//! a passkey to the browser that makes it, and Logto checks the browser's answer itself), so this
//! goes through Logto's Account API with the user's own access token:
//! password proof → creation options → `navigator.credentials.create` in the browser (`passkey.js`,
//! a small script served only with this section) → Logto checks it → bound with the proof.
//!
//! - `api`: whether Logto lets users add passkeys, and the two server functions the script calls;
//! - `page`: the section (a form shown by the script; without JavaScript, why it cannot work);
//! - `service` (server only): the Account API calls, throttled like every password check.

mod api;
mod page;
#[cfg(feature = "ssr")]
pub mod service;

pub use api::{passkey_finish, passkey_start, Blocker, PasskeyAdding};
pub use page::AddPasskey;
