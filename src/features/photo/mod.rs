//! `/profile/photo`: the profile photo. An uploaded image (JPEG, PNG, WebP or GIF, up to 10 MB)
//! is decoded on the server, turned upright, cropped to a centred square, resized to 256 and 64
//! pixels and re-encoded as JPEG, so nothing of the original file (its EXIF block with a place, a
//! lie in its name) leaves the server. Where Logto has a storage provider it keeps the photo;
//! otherwise the app does (its database, or the directory `PHOTO_DIR`) and serves it under a
//! random name. Logto's `avatar` points there. Removing the photo clears `avatar`.
//!
//! - `api`: what the page shows; `page`: the page (a plain multipart form).
//! - `picture` (server only): decoding and re-encoding; `service` (server only): storing,
//!   setting `avatar`; `store` (server only): the app's own photos; `form_post` (server only): the
//!   posts and the photo route.

mod api;
#[cfg(feature = "ssr")]
pub mod crop;
#[cfg(feature = "ssr")]
pub mod form_post;
mod page;
#[cfg(feature = "ssr")]
pub mod picture;
#[cfg(feature = "ssr")]
pub mod service;
#[cfg(feature = "ssr")]
mod store;

/// Every photo the app kept of a user, with their account.
#[cfg(feature = "ssr")]
pub async fn delete_all(
    state: &crate::server::AppState,
    user: &str,
) -> Result<(), crate::server::error::ServerError> {
    store::PhotoStore::of(state).delete_all(user).await
}

pub use api::{photo_view, PhotoState};
pub use page::{PhotoEcho, PhotoPage};

pub const PHOTO_PATH: &str = "/profile/photo";
/// The largest file taken.
pub const PHOTO_MAX_BYTES: usize = 10 * 1024 * 1024;
