//! The words of every language but English (which the catalog gives), one file each.

pub mod ar;
pub mod de;
pub mod es;
pub mod fr;
pub mod ja;
pub mod ko;
pub mod pt_br;
pub mod zh_cn;
