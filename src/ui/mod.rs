//! UI pieces shared by features: notices, code fields, list rows, local times, the pages' small
//! scripts. No feature is imported here.

mod code;
mod download;
mod enhance;
pub mod html;
mod islands;
mod live;
mod loaded;
mod notice;
mod row;
pub mod scripts;
mod time;

pub use code::{CodeField, ResendButton};
pub use download::text_data_url;
pub use enhance::{EnhancedForms, HEADER as ENHANCED_HEADER, REDIRECT as ENHANCED_REDIRECT};
pub use islands::IslandScripts;
pub use live::hydrated_flag;
pub use loaded::{Loaded, LoadedOrGone};
pub use notice::Notice;
pub use row::ListRow;
pub use scripts::Script;
pub use time::{utc_iso, LocalTime};
