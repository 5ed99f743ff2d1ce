//! Multipart bodies (files with the rest of a form), read the same way for the JSON API, the
//! Mastodon API and the web forms. The body's size is bounded before this, by `limit_body`.

pub use crate::domain::media::SentFile;
use crate::error::{AppError, AppResult, ErrorKind};
use axum::{
    extract::{FromRequest, Multipart, Request},
    http::{HeaderMap, StatusCode, header},
};
use cairn_templates::i18n::t_with;

/// A multipart form: its text fields in order, and its files.
#[derive(Default)]
pub struct MultipartForm {
    pub fields: Vec<(String, String)>,
    pub files: Vec<SentFile>,
}

impl MultipartForm {
    /// The first file sent in `field`.
    pub fn take_file(&mut self, field: &str) -> Option<SentFile> {
        let at = self.files.iter().position(|file| file.field == field)?;
        Some(self.files.remove(at))
    }

    pub fn text(&self, field: &str) -> Option<&str> {
        self.fields.iter().find(|(name, _)| name == field).map(|(_, value)| value.as_str())
    }
}

/// A handler's multipart body, read whole; a body that is not one (no boundary, say) is a
/// 400 in the API's own error shape, like any other bad input.
impl<S: Send + Sync> FromRequest<S> for MultipartForm {
    type Rejection = AppError;

    async fn from_request(request: Request, state: &S) -> AppResult<MultipartForm> {
        let form = Multipart::from_request(request, state).await.map_err(|e| unreadable(e.status(), e.body_text()))?;
        read(form).await
    }
}

/// Whether a request's body is a multipart form.
pub fn sent(headers: &HeaderMap) -> bool {
    headers
        .get(header::CONTENT_TYPE)
        .and_then(|value| value.to_str().ok())
        .is_some_and(|value| value.starts_with("multipart/form-data"))
}

/// Reads every part: a part with a file name is a file (a file input left empty, which browsers
/// send with no name and no bytes, is passed over), any other is a text field.
pub async fn read(mut form: Multipart) -> AppResult<MultipartForm> {
    let mut read = MultipartForm::default();
    while let Some(part) = form.next_field().await.map_err(|e| unreadable(e.status(), e.body_text()))? {
        let field = part.name().unwrap_or_default().to_string();
        match part.file_name().map(str::to_string) {
            Some(file_name) => {
                let claimed_type = part.content_type().map(str::to_string);
                let bytes = part.bytes().await.map_err(|e| unreadable(e.status(), e.body_text()))?.to_vec();
                if !(file_name.is_empty() && bytes.is_empty()) {
                    read.files.push(SentFile { field, file_name, claimed_type, bytes });
                }
            }
            None => {
                let value = part.text().await.map_err(|e| unreadable(e.status(), e.body_text()))?;
                read.fields.push((field, value));
            }
        }
    }
    Ok(read)
}

/// A form that could not be read: 413 when it was over the limit, else 400.
pub fn unreadable(status: StatusCode, message: String) -> AppError {
    let kind = if status == StatusCode::PAYLOAD_TOO_LARGE { ErrorKind::PayloadTooLarge } else { ErrorKind::BadRequest };
    AppError::new(kind, t_with("the-form-could-not-be-read", &[("problem", message.to_string().into())]))
}
