//! Uploads: checked, images decoded and stored again (metadata gone, display size and a
//! thumbnail made, a blurhash for placeholders), then kept in the store and recorded.

use crate::{
    db::{
        self,
        models::{Actor, Media, NewMedia},
    },
    domain::{
        media::{self as rules, SentFile, check_description, check_type, detect, is_image, too_large},
        resource::Attachment,
    },
    error::{AppError, AppResult},
    state::AppState,
    storage::Stored,
};
use cairn_templates::components::Thumbnail;
use cairn_templates::i18n::{t, t_with};
use image::{DynamicImage, ImageDecoder, ImageFormat, ImageReader, Limits, imageops::FilterType};
use std::io::Cursor;

/// The longest side of a stored image, and of its thumbnail.
const DISPLAY_SIDE: u32 = 1600;
const THUMBNAIL_SIDE: u32 = 400;
/// What decoding one image may take: a few bytes cannot claim gigabytes. Checked on the
/// header, before any pixel is decoded.
const MAX_SIDE: u32 = 16_384;
pub const MAX_PIXELS: u64 = 50_000_000;
const MAX_DECODE_BYTES: u64 = 256 * 1024 * 1024;

/// A file as it arrived, with what its sender says it holds.
pub struct Upload<'a> {
    pub file: SentFile,
    pub description: &'a str,
}

impl<'a> Upload<'a> {
    pub fn of(file: SentFile, description: &'a str) -> Upload<'a> {
        Upload { file, description }
    }
}

/// An image made ready to keep.
struct Prepared {
    file: Vec<u8>,
    media_type: &'static str,
    width: i32,
    height: i32,
    thumbnail: Vec<u8>,
    blurhash: String,
}

/// Keeps an upload of `owner`'s: refused whole (413 over a limit, 422 for a type not taken or an
/// image that cannot be decoded within bounds) or kept whole, file and record.
pub async fn upload(state: &AppState, owner: &Actor, upload: Upload<'_>) -> AppResult<Media> {
    let limits = &state.config.media;
    if upload.file.bytes.len() as u64 > limits.max_file_bytes {
        return Err(too_large(limits.max_file_bytes));
    }
    let description = check_description(upload.description)?;
    let detected = detect(&upload.file.bytes, &upload.file.file_name);
    check_type(&detected, upload.file.claimed_type.as_deref())?;
    let used = db::media::bytes_of(&state.db, owner.id).await?;
    if used + upload.file.bytes.len() as u64 > limits.max_person_bytes {
        return Err(AppError::new(
            crate::error::ErrorKind::PayloadTooLarge,
            format!(
                "this would take you past your {} of files ({} used); remove some first",
                rules::megabytes(limits.max_person_bytes),
                rules::megabytes(used)
            ),
        ));
    }
    let stem = state.new_token();
    let mut new = NewMedia {
        owner_id: owner.id,
        file_key: format!("{stem}.{}", extension_of(&detected)),
        thumbnail_key: None,
        media_type: detected,
        size: upload.file.bytes.len() as i64,
        description,
        width: None,
        height: None,
        blurhash: None,
        created_at: db::now(),
        attached_to: None,
        remote_url: None,
    };
    let files = files_for(&mut new, &stem, upload.file.bytes).await?;
    keep(state, &new, files).await
}

/// What to store for a file of `new.media_type`: an image made again, its record filled in
/// (type, size, dimensions, thumbnail, placeholder), anything else as it is.
pub(super) async fn files_for(new: &mut NewMedia, stem: &str, bytes: Vec<u8>) -> AppResult<Vec<(String, Vec<u8>)>> {
    if !is_image(&new.media_type) {
        return Ok(vec![(new.file_key.clone(), bytes)]);
    }
    let prepared = crate::service::limits::heavy(move || prepare_image(&bytes)).await??;
    // What is kept is the image made again: its type, size and dimensions.
    let extension = extension_of(prepared.media_type);
    new.file_key = format!("{stem}.{extension}");
    let thumbnail_key = format!("{stem}.small.{extension}");
    new.thumbnail_key = Some(thumbnail_key.clone());
    new.media_type = prepared.media_type.to_string();
    new.size = prepared.file.len() as i64;
    new.width = Some(prepared.width);
    new.height = Some(prepared.height);
    new.blurhash = Some(prepared.blurhash);
    Ok(vec![(new.file_key.clone(), prepared.file), (thumbnail_key, prepared.thumbnail)])
}

/// Stores the files, then the record; whatever fails, nothing stays half-kept.
pub(super) async fn keep(state: &AppState, new: &NewMedia, files: Vec<(String, Vec<u8>)>) -> AppResult<Media> {
    let keys: Vec<String> = files.iter().map(|(key, _)| key.clone()).collect();
    let stored = async {
        for (key, bytes) in files {
            state.media.put(&key, bytes).await?;
        }
        db::media::insert(&state.db, new).await
    }
    .await;
    if stored.is_err() {
        for key in &keys {
            if let Err(e) = state.media.delete(key).await {
                tracing::error!("could not remove {key} after a failed upload: {e}");
            }
        }
    }
    stored
}

/// Decodes within bounds, turns it upright, and encodes it again: JPEG stays JPEG, everything
/// else becomes PNG (an animated GIF keeps its first frame).
fn prepare_image(bytes: &[u8]) -> AppResult<Prepared> {
    let too_large = || {
        AppError::invalid(
            "file",
            format!(
                "this image is too large to open (at most {MAX_SIDE} pixels a side, {} megapixels, {} MB decoded)",
                MAX_PIXELS / 1_000_000,
                MAX_DECODE_BYTES / 1_000_000
            ),
        )
    };
    let unreadable = |e: image::ImageError| match e {
        image::ImageError::Limits(_) => too_large(),
        other => {
            AppError::invalid("file", t_with("this-image-cannot-be-read", &[("problem", other.to_string().into())]))
        }
    };
    let mut limits = Limits::default();
    limits.max_image_width = Some(MAX_SIDE);
    limits.max_image_height = Some(MAX_SIDE);
    limits.max_alloc = Some(MAX_DECODE_BYTES);
    let mut reader = ImageReader::new(Cursor::new(bytes)).with_guessed_format().map_err(AppError::internal)?;
    reader.limits(limits);
    let format = reader.format();
    let mut decoder = reader.into_decoder().map_err(unreadable)?;
    // The decoders check the side limit; what the pixels would take is checked here, on the
    // header, before any is decoded.
    let (width, height) = decoder.dimensions();
    if u64::from(width) * u64::from(height) > MAX_PIXELS || decoder.total_bytes() > MAX_DECODE_BYTES {
        return Err(too_large());
    }
    let orientation = decoder.orientation().map_err(unreadable)?;
    let mut image = DynamicImage::from_decoder(decoder).map_err(unreadable)?;
    image.apply_orientation(orientation);
    if image.width().max(image.height()) > DISPLAY_SIDE {
        image = image.resize(DISPLAY_SIDE, DISPLAY_SIDE, FilterType::Lanczos3);
    }
    let thumbnail = image.thumbnail(THUMBNAIL_SIDE, THUMBNAIL_SIDE);
    let (media_type, encode_as) = match format {
        Some(ImageFormat::Jpeg) => ("image/jpeg", ImageFormat::Jpeg),
        _ => ("image/png", ImageFormat::Png),
    };
    let small = thumbnail.to_rgba8();
    let blurhash = blurhash::encode(4, 3, small.width(), small.height(), small.as_raw()).map_err(AppError::internal)?;
    Ok(Prepared {
        file: encode(&image, encode_as)?,
        media_type,
        width: image.width() as i32,
        height: image.height() as i32,
        thumbnail: encode(&thumbnail, encode_as)?,
        blurhash,
    })
}

fn encode(image: &DynamicImage, format: ImageFormat) -> AppResult<Vec<u8>> {
    let mut out = Cursor::new(Vec::new());
    match format {
        // JPEG has no alpha channel.
        ImageFormat::Jpeg => DynamicImage::ImageRgb8(image.to_rgb8()).write_to(&mut out, format),
        _ => image.write_to(&mut out, format),
    }
    .map_err(AppError::internal)?;
    Ok(out.into_inner())
}

fn extension_of(media_type: &str) -> &'static str {
    match media_type {
        "image/jpeg" => "jpg",
        "image/png" => "png",
        "application/pdf" => "pdf",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document" => "docx",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" => "xlsx",
        "application/vnd.openxmlformats-officedocument.presentationml.presentation" => "pptx",
        "application/vnd.oasis.opendocument.text" => "odt",
        "application/vnd.oasis.opendocument.spreadsheet" => "ods",
        "application/vnd.oasis.opendocument.presentation" => "odp",
        "text/csv" => "csv",
        _ => "txt",
    }
}

/// Where a stored file (or thumbnail) is served.
pub fn url_of(state: &AppState, key: &str) -> String {
    state.url(&format!("/media/{key}"))
}

/// One of `owner`'s files, for its owner.
pub async fn owned(state: &AppState, owner: &Actor, id: i64) -> AppResult<Media> {
    db::media::by_id(&state.db, id)
        .await?
        .filter(|media| media.owner_id == owner.id)
        .ok_or_else(|| AppError::not_found(t("no-such-file-of-yours")))
}

/// Attaches `ids` (checked with `attachable`) to `object`. One that another request attached
/// meanwhile stays where it is; said in the log, as what lists it here then shows a file it
/// does not own.
pub async fn attach(state: &AppState, ids: &[i64], object: &str) -> AppResult<()> {
    if ids.is_empty() {
        return Ok(());
    }
    let attached = db::media::attach(&state.db, ids, object).await?;
    if attached < ids.len() {
        tracing::warn!("{object}: {} of its files were attached elsewhere meanwhile", ids.len() - attached);
    }
    Ok(())
}

/// Sets the alt text of one of `owner`'s files while nothing lists it yet (what lists it keeps
/// the text it was given, here and on other servers).
pub async fn describe(state: &AppState, owner: &Actor, id: i64, description: &str) -> AppResult<Media> {
    let file = owned(state, owner, id).await?;
    if file.attached_to.is_some() {
        return Err(AppError::invalid("description", t("this-file-is-attached-already-edit-what")));
    }
    db::media::describe(&state.db, file.id, &check_description(description)?).await
}

/// A stored file and the record that says how to serve it.
pub async fn file(state: &AppState, key: &str) -> AppResult<(Media, Stored)> {
    let media = db::media::by_key(&state.db, key).await?.ok_or_else(|| AppError::not_found(t("no-such-file")))?;
    let stored = state.media.open(key).await?.ok_or_else(|| AppError::not_found(t("no-such-file")))?;
    Ok((media, stored))
}

/// The files `owner` names (in `field`) to attach to something (`object`, its id, when it is
/// being edited): each theirs, and not attached to anything else.
pub async fn attachable(
    state: &AppState,
    owner: &Actor,
    ids: &[i64],
    object: Option<&str>,
    field: &'static str,
) -> AppResult<Vec<Media>> {
    let mut files = Vec::new();
    for id in ids {
        let file = db::media::by_id(&state.db, *id)
            .await?
            .filter(|m| m.owner_id == owner.id && (m.attached_to.is_none() || m.attached_to.as_deref() == object))
            .ok_or_else(|| {
                AppError::invalid(field, t_with("is-not-a-file-of-yours-to-attach", &[("id", id.to_string().into())]))
            })?;
        files.push(file);
    }
    Ok(files)
}

/// What a picture that something shows (a person's avatar or header, a group's avatar, an
/// event's banner) becomes.
pub enum Picture {
    Keep,
    Clear,
    Set(Box<Media>),
}

impl Picture {
    /// The address shown after the change: an avatar shows the thumbnail, anything larger the
    /// image.
    pub fn url(&self, state: &AppState, now: Option<String>, thumbnail: bool) -> Option<String> {
        match self {
            Picture::Keep => now,
            Picture::Clear => None,
            Picture::Set(file) => {
                let key = if thumbnail { file.thumbnail_key.as_deref() } else { None };
                Some(url_of(state, key.unwrap_or(&file.file_key)))
            }
        }
    }

    /// As an attachment (an event's banner, say), `now` the one shown now.
    pub fn attachment(&self, state: &AppState, now: Option<Attachment>) -> Option<Attachment> {
        match self {
            Picture::Keep => now,
            Picture::Clear => None,
            Picture::Set(file) => Some(attachment_of(state, file)),
        }
    }

    /// The upload chosen, to attach once what shows it is saved.
    pub fn chosen(&self) -> Option<i64> {
        match self {
            Picture::Set(file) => Some(file.id),
            _ => None,
        }
    }
}

/// The picture `ids` (sent in `field`) choose for `object` (when it exists already): `None` keeps the one it has, `[]`
/// clears it, `[id]` sets one of `owner`'s images that nothing else uses.
pub async fn picture(
    state: &AppState,
    owner: &Actor,
    ids: Option<&[i64]>,
    object: Option<&str>,
    field: &'static str,
) -> AppResult<Picture> {
    match ids {
        None => Ok(Picture::Keep),
        Some([]) => Ok(Picture::Clear),
        Some([id]) => {
            let file = attachable(state, owner, &[*id], object, field).await?.remove(0);
            if !is_image(&file.media_type) {
                return Err(AppError::invalid(
                    field,
                    t_with(
                        "is-not-a-picture-but",
                        &[("url", id.to_string().into()), ("kind", file.media_type.clone().into())],
                    ),
                ));
            }
            Ok(Picture::Set(Box::new(file)))
        }
        Some(_) => Err(AppError::invalid(field, t("choose-one-picture"))),
    }
}

/// After `object` is saved showing `kept` (addresses of files or thumbnails): attaches the
/// uploads it takes now (`chosen`) and deletes those it no longer shows.
pub async fn settle(state: &AppState, object: &str, chosen: &[i64], kept: &[&str]) -> AppResult<()> {
    attach(state, chosen, object).await?;
    let unused: Vec<Media> = db::media::attached_to(&state.db, object)
        .await?
        .into_iter()
        .filter(|file| {
            let shown = |key: &str| kept.contains(&url_of(state, key).as_str());
            !shown(&file.file_key) && !file.thumbnail_key.as_deref().is_some_and(shown)
        })
        .collect();
    remove_files(state, unused).await
}

/// The ids of `owner`'s files that `attachments` list by address and that can be attached to
/// `object` (a form sent again lists what it uploaded the first time this way); any other
/// address stays a plain link.
pub async fn named_in(
    state: &AppState,
    owner: &Actor,
    attachments: &[Attachment],
    object: Option<&str>,
) -> AppResult<Vec<i64>> {
    let served_from = url_of(state, "");
    let mut ids = Vec::new();
    for key in attachments.iter().filter_map(|a| a.url.strip_prefix(&served_from)) {
        if let Some(file) = db::media::by_key(&state.db, key).await?
            && file.file_key == key
            && file.owner_id == owner.id
            && (file.attached_to.is_none() || file.attached_to.as_deref() == object)
        {
            ids.push(file.id);
        }
    }
    Ok(ids)
}

/// An uploaded file as what lists it shows and sends.
pub fn attachment_of(state: &AppState, file: &Media) -> Attachment {
    Attachment {
        url: url_of(state, &file.file_key),
        media_type: file.media_type.clone(),
        title: file.description.clone(),
        blurhash: file.blurhash.clone(),
    }
}

/// Adds files to a resource's or post's attachments, each once. One listed already by its
/// address (a form sent again) keeps the title given there, and takes its type and placeholder
/// from the file.
pub fn add_attachments(state: &AppState, attachments: &mut Vec<Attachment>, files: &[Media]) {
    for file in files {
        let attachment = attachment_of(state, file);
        match attachments.iter_mut().find(|a| a.url == attachment.url) {
            Some(listed) => {
                listed.media_type = attachment.media_type;
                listed.blurhash = attachment.blurhash;
            }
            None => attachments.push(attachment),
        }
    }
}

/// Deletes files and their records (those of a deleted resource, or dropped from one): the
/// records first, so a file that cannot be removed is only left over, never offered again.
pub async fn remove_files(state: &AppState, files: Vec<Media>) -> AppResult<()> {
    db::media::delete(&state.db, &files.iter().map(|file| file.id).collect::<Vec<_>>()).await?;
    delete_stored(state, files).await;
    Ok(())
}

/// Deletes the stored files (and thumbnails) of records already deleted.
pub(super) async fn delete_stored(state: &AppState, files: Vec<Media>) {
    let keys: Vec<String> =
        files.into_iter().flat_map(|file| std::iter::once(file.file_key).chain(file.thumbnail_key)).collect();
    for key in keys {
        if let Err(e) = state.media.delete(&key).await {
            tracing::error!("could not remove the file {key}: {e}");
        }
    }
}

/// The thumbnails of the images attached to `object` kept here (uploads, and other servers'
/// pictures kept to show), by the attachment's URL.
pub async fn thumbnails(state: &AppState, object: &str) -> AppResult<Vec<(String, Thumbnail)>> {
    Ok(db::media::attached_to(&state.db, object)
        .await?
        .into_iter()
        .filter_map(|file| {
            let (width, height) = (u32::try_from(file.width?).ok()?, u32::try_from(file.height?).ok()?);
            // As `prepare_image` made it: the longest side at most THUMBNAIL_SIDE, the ratio kept.
            let scale = f64::from(THUMBNAIL_SIDE) / f64::from(width.max(height).max(THUMBNAIL_SIDE));
            let thumbnail = Thumbnail {
                url: url_of(state, file.thumbnail_key.as_deref()?),
                width: ((f64::from(width) * scale).round() as u32).max(1),
                height: ((f64::from(height) * scale).round() as u32).max(1),
            };
            Some((file.remote_url.unwrap_or_else(|| url_of(state, &file.file_key)), thumbnail))
        })
        .collect())
}

/// How long an upload may wait to be attached before it is cleared.
const UNATTACHED_FOR: chrono::Duration = chrono::Duration::hours(24);
/// Files cleared in one go; the next round takes the rest.
const SWEEP_BATCH: i64 = 500;

/// Clears files nobody can reach any more: uploads not attached to anything since before
/// `uploaded_before`, and files of a resource or post deleted without them. How many it cleared.
pub async fn sweep(state: &AppState, uploaded_before: chrono::NaiveDateTime) -> AppResult<usize> {
    let mut cleared = 0;
    loop {
        let mut files = db::media::delete_unattached_before(&state.db, uploaded_before, SWEEP_BATCH).await?;
        files.extend(db::media::delete_attached_to_nothing(&state.db, SWEEP_BATCH).await?);
        if files.is_empty() {
            return Ok(cleared);
        }
        cleared += files.len();
        delete_stored(state, files).await;
    }
}

/// Sweeps once an hour (first at start), in one process of the cluster at a time.
pub async fn sweep_hourly(state: AppState) {
    let mut every = tokio::time::interval(std::time::Duration::from_secs(60 * 60));
    loop {
        every.tick().await;
        // Two processes do not sweep at the same moment; one sweeping after another finds
        // little, and what it deletes is checked again as it goes.
        match crate::service::jobs::JobLease::take(&state.db, "media-sweep", &state.process).await {
            Ok(Some(_)) => {
                match sweep(&state, db::now() - UNATTACHED_FOR).await {
                    Ok(0) => {}
                    Ok(cleared) => tracing::info!("media: cleared {cleared} files that nothing uses"),
                    Err(err) => tracing::error!("media: clearing unused files: {err:?}"),
                }
                // A cap lowered (to 0, even) since the pictures were kept takes effect here.
                if let Err(err) = super::remote_pictures::evict(&state).await {
                    tracing::error!("media: keeping other servers' pictures within their cap: {err:?}");
                }
            }
            Ok(None) => {}
            Err(err) => tracing::error!("media: taking the sweep's lease: {err:?}"),
        }
    }
}
