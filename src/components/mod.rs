//! Building blocks shared by pages.

mod header;

pub use header::SiteHeader;
