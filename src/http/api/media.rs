//! Uploads in the JSON API: `POST /media` takes a file (multipart) and answers where it is kept.

use crate::{
    db::models::Media,
    error::{AppError, AppResult},
    federation::Data,
    http::{multipart::MultipartForm, session::ApiUser},
    service::media::{self, Upload},
};
use axum::{Json, http::StatusCode};
use cairn_templates::i18n::t;
use serde::Serialize;
use utoipa::ToSchema;

use super::ApiPath;

/// The form of an upload.
#[derive(ToSchema)]
#[allow(dead_code)] // Describes the multipart form for the API's description only.
pub struct MediaUpload {
    /// The file: an image (JPEG, PNG, WebP, GIF), a PDF, an office document, CSV or plain text.
    #[schema(value_type = String, format = Binary)]
    file: Vec<u8>,
    /// What the file shows or holds, for people who cannot see it (alt text).
    description: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct MediaView {
    id: i64,
    /// Where the file is served.
    url: String,
    /// A small version of an image.
    thumbnail_url: Option<String>,
    /// The type of the stored file, detected from its bytes (images are stored as JPEG or PNG).
    media_type: String,
    /// Bytes of the stored file.
    size: i64,
    description: String,
    width: Option<i32>,
    height: Option<i32>,
    /// A placeholder for an image while it loads (blurha.sh).
    blurhash: Option<String>,
}

impl MediaView {
    pub fn new(data: &Data, media: &Media) -> MediaView {
        MediaView {
            id: media.id,
            url: media::url_of(data, &media.file_key),
            thumbnail_url: media.thumbnail_key.as_deref().map(|key| media::url_of(data, key)),
            media_type: media.media_type.clone(),
            size: media.size,
            description: media.description.clone(),
            width: media.width,
            height: media.height,
            blurhash: media.blurhash.clone(),
        }
    }
}

/// Upload a file, to attach it to what one publishes.
#[utoipa::path(post, path = "/media", tag = "media", security(("bearer" = [])),
    request_body(content = MediaUpload, content_type = "multipart/form-data"),
    responses((status = 201, body = MediaView), (status = 413, description = "Over the node's limit for a file or for a person")))]
pub async fn upload(data: Data, me: ApiUser, mut form: MultipartForm) -> AppResult<(StatusCode, Json<MediaView>)> {
    let file = form.take_file("file").ok_or_else(|| AppError::invalid("file", t("send-the-file-as-the-form-field")))?;
    let kept = media::upload(&data, &me.actor, Upload::of(file, form.text("description").unwrap_or_default())).await?;
    Ok((StatusCode::CREATED, Json(MediaView::new(&data, &kept))))
}

/// One of one's uploads.
#[utoipa::path(get, path = "/media/{id}", tag = "media", security(("bearer" = [])),
    params(("id" = i64, Path)), responses((status = 200, body = MediaView)))]
pub async fn show(data: Data, me: ApiUser, ApiPath(id): ApiPath<i64>) -> AppResult<Json<MediaView>> {
    Ok(Json(MediaView::new(&data, &media::owned(&data, &me.actor, id).await?)))
}
