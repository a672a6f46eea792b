//! Where the app keeps the photos it serves itself: its own database (the default), or a
//! directory (`PHOTO_DIR`: one folder per photo with its sizes and its owner). Logto's own
//! storage, where configured, takes precedence (`service`).

use std::path::{Path, PathBuf};

use crate::server::{error::ServerError, AppState};

pub enum PhotoStore<'a> {
    Database(&'a crate::server::db::Db),
    Directory(&'a Path),
}

impl<'a> PhotoStore<'a> {
    pub fn of(state: &'a AppState) -> PhotoStore<'a> {
        match &state.config.photo_dir {
            Some(dir) => PhotoStore::Directory(dir),
            None => PhotoStore::Database(&state.db),
        }
    }

    /// Every size of a new photo (`sizes[i]` is `SIZES[i]` pixels).
    pub async fn put(
        &self,
        id: &str,
        user: &str,
        sizes: &[Vec<u8>],
        now: i64,
    ) -> Result<(), ServerError> {
        match self {
            PhotoStore::Database(db) => Ok(db.put_photo(id, user, sizes, now).await?),
            PhotoStore::Directory(dir) => {
                let folder = dir.join(id);
                tokio::fs::create_dir_all(&folder).await.map_err(disk)?;
                tokio::fs::write(folder.join("owner"), user)
                    .await
                    .map_err(disk)?;
                for (bytes, size) in sizes.iter().zip(super::picture::SIZES) {
                    tokio::fs::write(file(&folder, size), bytes)
                        .await
                        .map_err(disk)?;
                }
                Ok(())
            }
        }
    }

    pub async fn get(&self, id: &str, size: u32) -> Result<Option<Vec<u8>>, ServerError> {
        match self {
            PhotoStore::Database(db) => Ok(db.photo(id, size).await?),
            PhotoStore::Directory(dir) => match tokio::fs::read(file(&dir.join(id), size)).await {
                Ok(bytes) => Ok(Some(bytes)),
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
                Err(e) => Err(disk(e)),
            },
        }
    }

    /// Deletes a photo of this user's (another's stays: the id alone is not enough).
    pub async fn delete(&self, id: &str, user: &str) -> Result<(), ServerError> {
        match self {
            PhotoStore::Database(db) => Ok(db.delete_photo(id, user).await?),
            PhotoStore::Directory(dir) => remove_if_owned(&dir.join(id), user).await,
        }
    }

    /// Every photo of a user, with their account.
    pub async fn delete_all(&self, user: &str) -> Result<(), ServerError> {
        match self {
            PhotoStore::Database(db) => Ok(db.delete_photos(user).await?),
            PhotoStore::Directory(dir) => {
                let mut entries = match tokio::fs::read_dir(dir).await {
                    Ok(entries) => entries,
                    Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
                    Err(e) => return Err(disk(e)),
                };
                while let Some(entry) = entries.next_entry().await.map_err(disk)? {
                    remove_if_owned(&entry.path(), user).await?;
                }
                Ok(())
            }
        }
    }
}

fn file(folder: &Path, size: u32) -> PathBuf {
    folder.join(format!("{size}.jpg"))
}

async fn remove_if_owned(folder: &Path, user: &str) -> Result<(), ServerError> {
    match tokio::fs::read_to_string(folder.join("owner")).await {
        Ok(owner) if owner == user => tokio::fs::remove_dir_all(folder).await.map_err(disk),
        Ok(_) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(disk(e)),
    }
}

fn disk(e: std::io::Error) -> ServerError {
    ServerError::Disk(e)
}
