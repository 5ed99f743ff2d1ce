//! Where uploaded files live: one small interface, so that a node can keep them in a folder
//! (the default, next to its database) or, later, in an object store.

use crate::error::{AppError, AppResult};
use cairn_templates::i18n::t;
use std::path::PathBuf;

/// A store of files by key. Keys are made by this node (`[0-9a-z.]` only), never by a client.
#[async_trait::async_trait]
pub trait Store: Send + Sync {
    /// Keeps `bytes` under `key`, whole or not at all.
    async fn put(&self, key: &str, bytes: Vec<u8>) -> AppResult<()>;
    /// The file under `key`, to be streamed (never held whole in memory).
    async fn open(&self, key: &str) -> AppResult<Option<Stored>>;
    /// Removes `key`; removing what is not there is not an error.
    async fn delete(&self, key: &str) -> AppResult<()>;
}

/// A stored file as it is read: its bytes as they come, and how many there are.
pub struct Stored {
    pub body: axum::body::Body,
    pub length: u64,
}

/// Files in a folder of the local disk.
pub struct LocalFolder {
    root: PathBuf,
}

impl LocalFolder {
    pub fn new(root: PathBuf) -> LocalFolder {
        LocalFolder { root }
    }

    fn path(&self, key: &str) -> AppResult<PathBuf> {
        let safe = !key.is_empty()
            && !key.starts_with('.')
            && key.bytes().all(|b| b.is_ascii_digit() || b.is_ascii_lowercase() || b == b'.');
        if safe { Ok(self.root.join(key)) } else { Err(AppError::not_found(t("no-such-file"))) }
    }
}

#[async_trait::async_trait]
impl Store for LocalFolder {
    async fn put(&self, key: &str, bytes: Vec<u8>) -> AppResult<()> {
        let path = self.path(key)?;
        tokio::fs::create_dir_all(&self.root).await.map_err(AppError::internal)?;
        // Written aside, then renamed: a reader never sees half a file, a crash leaves none.
        let partial = self.root.join(format!(".partial-{key}"));
        tokio::fs::write(&partial, &bytes).await.map_err(AppError::internal)?;
        tokio::fs::rename(&partial, &path).await.map_err(AppError::internal)
    }

    async fn open(&self, key: &str) -> AppResult<Option<Stored>> {
        let file = match tokio::fs::File::open(self.path(key)?).await {
            Ok(file) => file,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(AppError::internal(e)),
        };
        let length = file.metadata().await.map_err(AppError::internal)?.len();
        let body = axum::body::Body::from_stream(tokio_util::io::ReaderStream::new(file));
        Ok(Some(Stored { body, length }))
    }

    async fn delete(&self, key: &str) -> AppResult<()> {
        match tokio::fs::remove_file(self.path(key)?).await {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(AppError::internal(e)),
            _ => Ok(()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn keys_stay_inside_the_folder() {
        let dir = tempfile::tempdir().unwrap();
        let store = LocalFolder::new(dir.path().join("media"));
        store.put("abc123.png", vec![1, 2, 3]).await.unwrap();
        let stored = store.open("abc123.png").await.unwrap().unwrap();
        assert_eq!(stored.length, 3);
        assert_eq!(axum::body::to_bytes(stored.body, 10).await.unwrap().as_ref(), [1, 2, 3]);
        for bad in ["../cairn.db", ".partial-abc123.png", "a/b", "ABC.png", ""] {
            assert!(store.open(bad).await.is_err(), "{bad}");
        }
        store.delete("abc123.png").await.unwrap();
        store.delete("abc123.png").await.unwrap();
        assert!(store.open("abc123.png").await.unwrap().is_none());
    }
}
