//! Building blocks shared by pages.

mod form;
mod header;

pub use form::{format_date, FieldInput, Notice, ProfileEcho};
pub use header::SiteHeader;
