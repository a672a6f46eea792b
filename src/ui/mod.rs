//! UI pieces shared by features: the header, form fields and notices, pickers, local times.

mod code;
mod download;
mod enhance;
mod field;
mod header;
mod islands;
mod live;
#[cfg(feature = "ssr")]
mod picker;
mod row;
pub mod scripts;
mod time;

pub use code::{CodeField, ResendButton};
pub use download::text_data_url;
pub use enhance::{EnhancedForms, HEADER as ENHANCED_HEADER, REDIRECT as ENHANCED_REDIRECT};
pub use field::{FieldInput, Notice};
pub use header::{show_saved_user, SiteHeader};
pub use islands::IslandScripts;
pub use live::hydrated_flag;
#[cfg(feature = "ssr")]
pub use picker::country_options;
pub use row::ListRow;
pub use scripts::Script;
pub use time::{utc_iso, LocalTime};
