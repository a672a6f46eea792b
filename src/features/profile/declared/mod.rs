//! The profile's own fields, declared once in `profile-fields.toml` and stored in Logto's
//! `customData` or the app's own database (sensitive ones encrypted).
//!
//! - `spec`: a field as the page needs it, and the one check browser and server both run;
//!   `inputs`: its HTML on the profile page (server), and the editor's DOM helpers (browser).
//! - `declaration` (server only): the file, read at start; `patterns`: its regular expressions.
//! - `service` (server only): values for the page, and the checked, conflict-free save;
//!   `store`: the database rows.
//!
//! The profile feature draws and saves them with its own fields (one form, one save).

#[cfg(feature = "ssr")]
mod declaration;
mod inputs;
#[cfg(feature = "ssr")]
mod patterns;
#[cfg(feature = "ssr")]
pub mod service;
mod spec;
#[cfg(feature = "ssr")]
mod store;

#[cfg(feature = "ssr")]
pub use declaration::{CustomField, Declaration, DeclarationError, Store};
#[cfg(feature = "hydrate")]
pub use inputs::{fields, put_entry, read_entry, show_changed, show_mask, show_problem, spec_of};
#[cfg(feature = "ssr")]
pub use inputs::{own_sections_html, section_html, Drawing};
pub use spec::{CustomSpecs, FieldSpec, Kind, Problem, SectionSpec};
