//! The words of every language but English (which the catalog gives), one file each.

pub mod ar;
pub mod de;
pub mod ja;
