//! `/profile`: the signed-in user's own profile.
//!
//! - `fields`: what each field is (descriptors); `form`: the form model, shared by both sides.
//! - `declared`: the fields a deployment declares (`profile-fields.toml`), in Logto's
//!   `customData` or the app's own database; drawn and saved with the built-in ones.
//! - `field`, `picker`: a field's input and the pickers' options; `saved_user`: the header after
//!   a save.
//! - `api`: the server functions; `service` (server only): their bodies, and Logto calls.
//! - `page`, `editor`: the page and its island; `form_post` (server only): the same save
//!   without JavaScript.

mod api;
pub mod declared;
mod editor;
mod field;
pub mod fields;
mod form;
#[cfg(feature = "ssr")]
pub mod form_post;
mod page;
#[cfg(feature = "ssr")]
mod picker;
mod saved_user;
#[cfg(feature = "ssr")]
pub mod service;

pub use api::{
    cached_profile, fresh_profile, save_profile, take_profile_draft, ProfileView, SaveProfile,
};
pub use fields::{Field, Section, Storage, PROFILE_FIELDS};
pub use form::{Declared, Part, ProfileForm};
pub use page::ProfilePage;
