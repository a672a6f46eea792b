//! Building blocks shared by pages.

mod form;
mod header;
mod live;
mod picker;
mod time;

pub use form::{FieldInput, Notice, ProfileEcho};
pub use header::{show_saved_user, SiteHeader};
pub use live::hydrated_flag;
pub use time::LocalTime;
