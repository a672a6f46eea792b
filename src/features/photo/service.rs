//! Storing the photo and pointing Logto's `avatar` at it: with Logto's storage provider where an
//! administrator configured one (`/api/user-assets`), else in the app's own store (`store`:
//! its database, or `PHOTO_DIR`), served by the app. A photo is replaced, never edited: each
//! upload has a new random name, so its URL can be cached for a year; the previous one the app
//! kept is deleted once Logto points at the new one.

use std::sync::OnceLock;

use tokio::sync::Semaphore;

use super::crop::Crop;
use super::picture::{self, SIZES};
use super::store::PhotoStore;
use super::PhotoState;
use crate::server::{
    auth::AuthSession,
    context::RequestCtx,
    db::{per_db, Db, DbError},
    error::ServerError,
    logto::UserPatch,
    AppState,
};

/// Decoding takes a core and up to 160 MB: at most two at a time.
fn decoding() -> &'static Semaphore {
    static PERMITS: OnceLock<Semaphore> = OnceLock::new();
    PERMITS.get_or_init(|| Semaphore::new(2))
}

/// One upstream call: the photo Logto has now.
pub async fn view(ctx: &RequestCtx) -> Result<PhotoState, ServerError> {
    let auth = ctx.user().await?;
    let user = ctx.state.management.get_user(&auth.user_id).await?;
    Ok(PhotoState {
        current: user.avatar.filter(|a| !a.is_empty()),
        initials: initials(user.name.as_deref().or(user.username.as_deref())),
    })
}

fn initials(name: Option<&str>) -> String {
    name.unwrap_or_default()
        .split_whitespace()
        .filter_map(|w| w.chars().next())
        .take(2)
        .flat_map(char::to_uppercase)
        .collect()
}

/// Takes a new photo: checked and re-encoded, stored, then set as `avatar`. A refused file or a
/// Logto failure leaves nothing stored.
pub async fn upload(
    ctx: &RequestCtx,
    bytes: Vec<u8>,
    crop: Option<Crop>,
) -> Result<(), ServerError> {
    let mut auth = ctx.user().await?;
    let permit = decoding()
        .acquire()
        .await
        .map_err(|_| ServerError::Internal("photo decoding closed"))?;
    let prepared = tokio::task::spawn_blocking(move || picture::prepare(&bytes, crop))
        .await
        .map_err(|_| ServerError::Internal("photo decoding failed"))?;
    drop(permit);
    let sizes = prepared.map_err(|e| ServerError::invalid("photo", e.message()))?;
    let (url, kept) = keep(ctx, &auth.user_id, sizes).await?;
    let previous = match set_avatar(ctx, &auth, Some(url.clone())).await {
        Ok(previous) => previous,
        Err(e) => {
            if let Some(id) = kept {
                PhotoStore::of(&ctx.state)
                    .delete(&id, &auth.user_id)
                    .await?;
            }
            return Err(e);
        }
    };
    forget_own(ctx, &auth, previous.as_deref()).await?;
    auth.claims.insert("picture".into(), url.into());
    ctx.save_user_now(&auth).await?;
    tracing::info!("a profile photo was uploaded");
    ctx.record(&auth, "photo.changed", &[]).await;
    Ok(())
}

/// Hands the photo to Logto's storage provider, or keeps it here: its URL, and its id when the
/// app keeps it. Logto keeps one file per upload: the largest size.
async fn keep(
    ctx: &RequestCtx,
    user: &str,
    sizes: Vec<Vec<u8>>,
) -> Result<(String, Option<String>), ServerError> {
    let management = &ctx.state.management;
    if management.asset_storage_ready().await? {
        let largest = sizes.into_iter().next().unwrap_or_default();
        let url = management
            .upload_asset(largest, "photo.jpg", "image/jpeg")
            .await?;
        return Ok((url, None));
    }
    let id = uuid::Uuid::new_v4().simple().to_string();
    PhotoStore::of(&ctx.state)
        .put(&id, user, &sizes, ctx.now())
        .await?;
    Ok((photo_url(&ctx.state, &id), Some(id)))
}

/// Clears `avatar`; the photo goes too, where the app kept it.
pub async fn remove(ctx: &RequestCtx) -> Result<(), ServerError> {
    let mut auth = ctx.user().await?;
    let previous = set_avatar(ctx, &auth, None).await?;
    forget_own(ctx, &auth, previous.as_deref()).await?;
    auth.claims.remove("picture");
    ctx.save_user_now(&auth).await?;
    tracing::info!("a profile photo was removed");
    ctx.record(&auth, "photo.removed", &[]).await;
    Ok(())
}

/// Sets `avatar` and answers the one it replaced.
async fn set_avatar(
    ctx: &RequestCtx,
    auth: &AuthSession,
    url: Option<String>,
) -> Result<Option<String>, ServerError> {
    let management = &ctx.state.management;
    let previous = management.get_user(&auth.user_id).await?.avatar;
    let mut patch = UserPatch::default();
    patch.set("avatar", url);
    management.update_user(&auth.user_id, &patch).await?;
    Ok(previous)
}

/// Deletes a photo the app kept, if `avatar` named one (of this user's: the id alone is not
/// enough).
async fn forget_own(
    ctx: &RequestCtx,
    auth: &AuthSession,
    avatar: Option<&str>,
) -> Result<(), ServerError> {
    if let Some(id) = avatar.and_then(|a| own_id(&ctx.state, a)) {
        PhotoStore::of(&ctx.state).delete(id, &auth.user_id).await?;
    }
    Ok(())
}

pub fn photo_url(state: &AppState, id: &str) -> String {
    format!("{}photos/{id}/{}", state.config.public_url, SIZES[0])
}

/// The id in a URL of one of the app's own photos.
fn own_id<'a>(state: &AppState, avatar: &'a str) -> Option<&'a str> {
    let prefix = format!("{}photos/", state.config.public_url);
    let rest = avatar.strip_prefix(prefix.as_str())?;
    let (id, _) = rest.split_once('/')?;
    (id.len() == 32 && id.bytes().all(|b| b.is_ascii_hexdigit())).then_some(id)
}

impl Db {
    pub(super) async fn put_photo(
        &self,
        id: &str,
        user: &str,
        sizes: &[Vec<u8>],
        created_at: i64,
    ) -> Result<(), DbError> {
        const INSERT: &str = "insert into photos (id, size, user_id, bytes, created_at) \
             values ($1, $2, $3, $4, $5)";
        for (bytes, size) in sizes.iter().zip(SIZES) {
            per_db!(self, |pool| {
                sqlx::query(INSERT)
                    .bind(id)
                    .bind(i64::from(size))
                    .bind(user)
                    .bind(bytes.as_slice())
                    .bind(created_at)
                    .execute(pool)
                    .await
                    .map(drop)?
            });
        }
        Ok(())
    }

    pub(super) async fn delete_photo(&self, id: &str, user: &str) -> Result<(), DbError> {
        per_db!(self, |pool| {
            sqlx::query("delete from photos where id = $1 and user_id = $2")
                .bind(id)
                .bind(user)
                .execute(pool)
                .await
                .map(drop)?
        });
        Ok(())
    }

    /// The JPEG of a photo in one of [`SIZES`].
    pub async fn photo(&self, id: &str, size: u32) -> Result<Option<Vec<u8>>, DbError> {
        const SELECT: &str = "select bytes from photos where id = $1 and size = $2";
        let row: Option<(Vec<u8>,)> = per_db!(self, |pool| {
            sqlx::query_as(SELECT)
                .bind(id)
                .bind(i64::from(size))
                .fetch_optional(pool)
                .await?
        });
        Ok(row.map(|(bytes,)| bytes))
    }

    /// Every photo of a user goes with their account.
    pub async fn delete_photos(&self, user: &str) -> Result<(), DbError> {
        per_db!(self, |pool| {
            sqlx::query("delete from photos where user_id = $1")
                .bind(user)
                .execute(pool)
                .await
                .map(drop)?
        });
        Ok(())
    }
}
