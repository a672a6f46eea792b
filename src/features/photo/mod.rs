//! `/profile/photo`: the profile photo. An uploaded image (JPEG, PNG, WebP or GIF, up to 10 MB)
//! is decoded on the server, turned upright, cropped to a centred square, resized to 256 and 64
//! pixels and re-encoded as JPEG, so nothing of the original file (its EXIF block with a place, a
//! lie in its name) leaves the server; the app keeps it in its own database and serves it under
//! a random name; Logto's `avatar` points there. Removing the photo clears `avatar`.
//!
//! - `api`: what the page shows; `page`: the page (a plain multipart form).
//! - `picture` (server only): decoding and re-encoding; `service` (server only): storing,
//!   serving, setting `avatar`; `form_post` (server only): the posts and the photo route.

mod api;
pub mod crop;
#[cfg(feature = "ssr")]
pub mod form_post;
#[cfg(feature = "hydrate")]
mod framing;
mod page;
#[cfg(feature = "ssr")]
pub mod picture;
#[cfg(feature = "ssr")]
pub mod service;

pub use api::{photo_view, PhotoState};
pub use page::{PhotoEcho, PhotoPage};

pub const PHOTO_PATH: &str = "/profile/photo";
/// The largest file taken.
pub const PHOTO_MAX_BYTES: usize = 10 * 1024 * 1024;
