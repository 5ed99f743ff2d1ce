//! Media as Mastodon apps upload them: `POST /api/v2/media` (and v1), then `media_ids` on a
//! status; `GET`/`PUT /api/v1/media/{id}` to read one's upload and give it its alt text.

use super::{Client, MastoResult, entities};
use crate::{
    error::AppResult,
    federation::Data,
    http::multipart::MultipartForm,
    service::media::{self, Upload},
    state::AppState,
};
use axum::{
    Json,
    body::Bytes,
    extract::{Path, Request, State},
    http::HeaderMap,
    response::Response,
};
use cairn_templates::i18n::t;
use serde_json::Value;

/// Images are made ready before answering, so the answer is final (Mastodon's 200, not 202).
/// A body that is not a form is answered in Mastodon's error shape, as other errors here are.
pub async fn upload(data: Data, client: Client, form: AppResult<MultipartForm>) -> MastoResult<Json<Value>> {
    let (_, me) = client.person("write:media")?;
    let mut form = form?;
    let file = form
        .take_file("file")
        .ok_or_else(|| crate::error::AppError::invalid("file", t("send-the-file-as-the-form-field")))?;
    let kept = media::upload(&data, me, Upload::of(file, form.text("description").unwrap_or_default())).await?;
    Ok(Json(entities::upload(&data, &kept)))
}

pub async fn show(data: Data, client: Client, Path(id): Path<i64>) -> MastoResult<Json<Value>> {
    let (_, me) = client.person("write:media")?;
    Ok(Json(entities::upload(&data, &media::owned(&data, me, id).await?)))
}

/// Sets the alt text (`description`) of an upload not yet attached.
pub async fn update(
    data: Data,
    client: Client,
    Path(id): Path<i64>,
    headers: HeaderMap,
    body: Bytes,
) -> MastoResult<Json<Value>> {
    let (_, me) = client.person("write:media")?;
    let fields = super::request_fields(&headers, &body)?;
    let file = match fields.get("description") {
        Some(description) => media::describe(&data, me, id, description).await?,
        // Only the focus point, which Cairn does not keep.
        None => media::owned(&data, me, id).await?,
    };
    Ok(Json(entities::upload(&data, &file)))
}

/// `POST /api/v1/media`: Mastodon's upload for an app's token, Cairn's otherwise.
pub async fn upload_either(State(state): State<AppState>, request: Request) -> Response {
    super::timelines::by_oauth(state, request, crate::http::api::media::upload, upload).await
}

/// `GET /api/v1/media/{id}`: Mastodon's view for an app's token, Cairn's otherwise.
pub async fn show_either(State(state): State<AppState>, request: Request) -> Response {
    super::timelines::by_oauth(state, request, crate::http::api::media::show, show).await
}
