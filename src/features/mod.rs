//! One folder per feature: its shared types and server functions, its page and islands, and its
//! server-only service. Features use `domain`, `ui`, `i18n` and (on the server) the `server`
//! plumbing; nothing there uses a feature's types. The route tables wire them in: pages in
//! `app.rs`, form posts in `server/router.rs`.

pub mod account;
pub mod apps;
pub mod confirm;
pub mod contact;
#[cfg(feature = "ssr")]
pub mod form_post;
pub mod home;
pub mod not_found;
pub mod not_me;
pub mod passkey;
pub mod password;
pub mod photo;
pub mod profile;
pub mod security;
pub mod session;
pub mod sessions;
pub mod tokens;
pub mod two_step;
