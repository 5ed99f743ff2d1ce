//! `/media/{key}`: uploaded files, served so that none can act as a page of this node.

use crate::{domain::media::is_image, error::AppResult, service, state::AppState};
use axum::{
    extract::{Path, State},
    http::header,
    response::{IntoResponse, Response},
};

/// A file never changes under its key: caches keep it for a year.
const CACHE_FOR_GOOD: &str = "public, max-age=31536000, immutable";
/// Whatever a file holds, it runs nothing and reaches nothing when opened from here.
const SANDBOX: &str = "default-src 'none'; style-src 'unsafe-inline'; sandbox";

pub async fn serve(State(state): State<AppState>, Path(key): Path<String>) -> AppResult<Response> {
    let (media, stored) = service::media::file(&state, &key).await?;
    // Images show in place; anything else is downloaded, never rendered by the browser.
    let disposition =
        if is_image(&media.media_type) { "inline".to_string() } else { format!("attachment; filename=\"{key}\"") };
    Ok((
        [
            (header::CONTENT_TYPE, media.media_type),
            (header::CONTENT_DISPOSITION, disposition),
            (header::CACHE_CONTROL, CACHE_FOR_GOOD.to_string()),
            (header::CONTENT_SECURITY_POLICY, SANDBOX.to_string()),
            (header::CONTENT_LENGTH, stored.length.to_string()),
        ],
        stored.body,
    )
        .into_response())
}
