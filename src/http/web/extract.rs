//! Query, path and form extractors for pages. They read like axum's, but a value that does not
//! read is a styled 400 page naming it, never axum's plain-text rejection.

use super::WebError;
use crate::error::{AppError, ErrorKind};
use axum::{
    body::Bytes,
    extract::{FromRequest, FromRequestParts, Request},
    http::{StatusCode, request::Parts},
};
use cairn_templates::i18n::{t, t_with};
use serde::de::DeserializeOwned;

/// Query parameters of a page.
pub struct Query<T>(pub T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequestParts<S> for Query<T> {
    type Rejection = WebError;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, WebError> {
        read_values(parts.uri.query().unwrap_or_default().as_bytes(), "the address").map(Query)
    }
}

/// Path segments of a page.
pub struct Path<T>(pub T);

impl<T: DeserializeOwned + Send, S: Send + Sync> FromRequestParts<S> for Path<T> {
    type Rejection = WebError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, WebError> {
        match axum::extract::Path::<T>::from_request_parts(parts, state).await {
            Ok(axum::extract::Path(value)) => Ok(Path(value)),
            // A segment of the wrong kind (letters where a number belongs) names no page here.
            Err(_) => Err(AppError::not_found(t("there-is-no-page-at-this-address")).into()),
        }
    }
}

/// A submitted form (`application/x-www-form-urlencoded`).
pub struct Form<T>(pub T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequest<S> for Form<T> {
    type Rejection = WebError;

    async fn from_request(request: Request, state: &S) -> Result<Self, WebError> {
        let body = Bytes::from_request(request, state).await.map_err(|rejection| {
            // Too large stays a 413; anything else is a 400.
            let kind = if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE {
                ErrorKind::PayloadTooLarge
            } else {
                ErrorKind::BadRequest
            };
            AppError::new(kind, t_with("the-form-could-not-be-read", &[("problem", rejection.body_text().into())]))
        })?;
        read_values(&body, "the form").map(Form)
    }
}

/// `input` read as `T`; the first value that does not read is named in the error.
fn read_values<T: DeserializeOwned>(input: &[u8], place: &str) -> Result<T, WebError> {
    crate::http::api::read_urlencoded(input).map_err(|error| {
        let name = error.path().to_string();
        let message = match error.inner().to_string() {
            missing if missing.starts_with("missing field") => {
                format!("{place} lacks a value it needs ({}); go back and try again", missing_name(&missing))
            }
            _ if name.is_empty() || name == "." || name == "?" => format!("{place} could not be read"),
            _ => format!("{place} has a value for “{name}” that does not fit here; go back and try again"),
        };
        AppError::bad_request(message).into()
    })
}

/// `missing field \`csrf\`` → `csrf`.
fn missing_name(message: &str) -> &str {
    message.trim_start_matches("missing field").trim().trim_matches('`')
}
