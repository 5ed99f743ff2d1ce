//! Other servers' pictures kept here to show: the images attached to what arrives (a resource,
//! a post, an event's banner) are fetched through the checked client, bounded, decoded and made
//! again as uploads are (nothing but pixels survives), and kept up to `media.remote_cache_bytes`,
//! the oldest of the server keeping the most going first. Pages show the copy kept here, or a
//! link when there is none.

use super::media::{delete_stored, files_for, keep, url_of};
use crate::{
    db::{self, models::NewMedia},
    domain::{
        media::{detect, is_image},
        resource::Attachment,
    },
    error::AppResult,
    federation::outgoing::fetch_bytes,
    state::AppState,
};
use cairn_templates::i18n::t_with;
use std::sync::atomic::{AtomicUsize, Ordering};
use url::Url;

/// The most pictures of one object kept.
const PER_OBJECT: usize = 4;
/// Objects whose pictures may wait to be fetched at once in this process; past that (a
/// backfill, say) pictures are shown as links rather than queued without bound.
const MAX_WAITING: usize = 64;
static WAITING: AtomicUsize = AtomicUsize::new(0);
/// Fetches made at once, so pictures never crowd out deliveries.
static FETCHING: tokio::sync::Semaphore = tokio::sync::Semaphore::const_new(2);

/// Keeps, in the background, the pictures among `attachments` of another server's `object`
/// (by `author_id`), and lets go of the ones it no longer lists. An object without pictures
/// costs nothing (one that lost its pictures keeps their copies until they are the oldest or
/// it is deleted; pages show only what it lists).
pub fn keep_for(state: &AppState, author_id: i64, object: &str, attachments: &[Attachment]) {
    let pictures: Vec<Attachment> = attachments
        .iter()
        .filter(|a| a.media_type.is_empty() || a.media_type.starts_with("image/"))
        .take(PER_OBJECT)
        .cloned()
        .collect();
    if state.config.media.remote_cache_bytes == 0 || pictures.is_empty() {
        return;
    }
    if WAITING.fetch_add(1, Ordering::SeqCst) >= MAX_WAITING {
        WAITING.fetch_sub(1, Ordering::SeqCst);
        tracing::debug!("{object}: its pictures are shown as links (too many waiting to be fetched)");
        return;
    }
    let (state, object) = (state.clone(), object.to_string());
    tokio::spawn(async move {
        // Counted out however the task ends (a panic included).
        let _waiting = Waiting;
        if let Err(err) = settle(&state, author_id, &object, &pictures).await {
            tracing::warn!("{object}: keeping its pictures: {err:?}");
        }
    });
}

/// One object's pictures waiting or being fetched.
struct Waiting;

impl Drop for Waiting {
    fn drop(&mut self) {
        WAITING.fetch_sub(1, Ordering::SeqCst);
    }
}

async fn settle(state: &AppState, author_id: i64, object: &str, pictures: &[Attachment]) -> AppResult<()> {
    let kept = db::media::attached_to(&state.db, object).await?;
    let listed = |url: &Option<String>| pictures.iter().any(|p| Some(&p.url) == url.as_ref());
    let (still, gone): (Vec<_>, Vec<_>) = kept.into_iter().partition(|file| listed(&file.remote_url));
    if !gone.is_empty() {
        db::media::delete(&state.db, &gone.iter().map(|file| file.id).collect::<Vec<_>>()).await?;
        delete_stored(state, gone).await;
    }
    for picture in pictures.iter().filter(|p| !still.iter().any(|file| file.remote_url.as_ref() == Some(&p.url))) {
        let _permit = FETCHING.acquire().await;
        if let Err(err) = fetch(state, author_id, object, picture).await {
            tracing::debug!("{object}: {} stays a link: {err:?}", picture.url);
        }
    }
    evict(state).await
}

/// Fetches one picture and keeps it made again; a file that is not an image is not kept.
async fn fetch(state: &AppState, author_id: i64, object: &str, picture: &Attachment) -> AppResult<()> {
    let url = Url::parse(&picture.url).map_err(crate::error::AppError::internal)?;
    let limit = state.config.media.max_file_bytes as usize;
    let bytes = fetch_bytes(&state.http, &state.network, &url, "image/*", limit, "a picture").await?;
    let detected = detect(&bytes, "");
    if !is_image(&detected) {
        return Err(crate::error::AppError::invalid(
            "file",
            t_with(
                "is-not-a-picture-but",
                &[("url", picture.url.to_string().into()), ("kind", detected.to_string().into())],
            ),
        ));
    }
    // Keys are lowercase letters, digits and dots (see `storage`).
    let stem = format!("remote{}", state.new_token());
    let mut new = NewMedia {
        owner_id: author_id,
        file_key: stem.clone(),
        thumbnail_key: None,
        media_type: detected,
        size: bytes.len() as i64,
        description: picture.title.clone(),
        width: None,
        height: None,
        blurhash: None,
        created_at: db::now(),
        attached_to: Some(object.to_string()),
        remote_url: Some(picture.url.clone()),
    };
    let files = files_for(&mut new, &stem, bytes).await?;
    keep(state, &new, files).await?;
    Ok(())
}

/// Lets pictures go until what is kept fits `media.remote_cache_bytes`: the oldest of the server
/// whose pictures take the most room, so one server sending many cannot push out the others'.
pub(super) async fn evict(state: &AppState) -> AppResult<()> {
    // One at a time: two that measured the same excess would each free it.
    static EVICTING: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());
    let _turn = EVICTING.lock().await;
    let cap = state.config.media.remote_cache_bytes;
    loop {
        let by_origin = db::media::remote_bytes_by_origin(&state.db).await?;
        let kept: u64 = by_origin.iter().map(|(_, bytes)| bytes).sum();
        let Some((largest, _)) = by_origin.iter().max_by_key(|(_, bytes)| *bytes) else { break };
        if kept <= cap {
            break;
        }
        let oldest = db::media::delete_oldest_remote(&state.db, largest, kept - cap).await?;
        if oldest.is_empty() {
            break;
        }
        delete_stored(state, oldest).await;
    }
    Ok(())
}

/// Where this node shows a picture: its own files as they are, another server's from the copy
/// kept here, or `None` (a link to it, then).
pub async fn shown_at(state: &AppState, object: &str, url: &str) -> AppResult<Option<String>> {
    if url.starts_with(&url_of(state, "")) {
        return Ok(Some(url.to_string()));
    }
    Ok(db::media::attached_to(&state.db, object)
        .await?
        .into_iter()
        .find(|file| file.remote_url.as_deref() == Some(url))
        .map(|file| url_of(state, &file.file_key)))
}
