//! `/profile`: the signed-in user's own profile.
//!
//! - `fields`: what each field is (descriptors); `form`: the form model, shared by both sides.
//! - `api`: the server functions; `service` (server only): their bodies, and Logto calls.
//! - `page`, `editor`: the page and its island; `form_post` (server only): the same save
//!   without JavaScript.

mod api;
mod editor;
pub mod fields;
mod form;
#[cfg(feature = "ssr")]
pub mod form_post;
mod page;
#[cfg(feature = "ssr")]
pub mod service;

pub use api::{
    cached_profile, fresh_profile, save_profile, take_profile_draft, ProfileView, SaveProfile,
};
pub use fields::{Field, Section, Storage, PROFILE_FIELDS};
pub use form::ProfileForm;
pub use page::ProfilePage;
