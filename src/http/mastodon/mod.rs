//! The subset of Mastodon's client API that apps need to log in and work day to day. Errors
//! use Mastodon's `{"error": …}` shape; tokens come from `/oauth/token` and carry scopes.

pub mod accounts;
pub mod blocks;
pub mod entities;
pub mod instance;
pub mod media;
pub mod oauth;
pub mod reports;
pub mod statuses;
pub mod timelines;

use crate::{
    db::models::{Actor, User},
    error::{AppError, ErrorKind},
    service::oauth::{Grant, grant_for},
    state::AppState,
};
use axum::{
    Json,
    extract::FromRequestParts,
    http::{HeaderMap, StatusCode, header, request::Parts},
    response::{IntoResponse, Response},
};
use cairn_templates::i18n::{t, t_with};
use serde_json::json;
use std::collections::HashMap;

/// An error as Mastodon clients expect it.
pub struct MastoError(pub AppError);

impl From<AppError> for MastoError {
    fn from(error: AppError) -> Self {
        MastoError(error)
    }
}

impl IntoResponse for MastoError {
    fn into_response(self) -> Response {
        let error = self.0;
        error.log();
        let message = match error.kind {
            ErrorKind::Unauthorized => "The access token is invalid".to_string(),
            ErrorKind::NotFound => "Record not found".to_string(),
            ErrorKind::Invalid => format!("Validation failed: {}", error.message),
            _ => error.message.clone(),
        };
        error.decorate(
            (error.status(), Json(json!({"error": message, "error_description": error.message}))).into_response(),
        )
    }
}

pub type MastoResult<T> = Result<T, MastoError>;

/// Whether a request carries an OAuth token (a Mastodon client) rather than a Cairn API token.
pub async fn is_oauth(state: &AppState, headers: &HeaderMap) -> bool {
    match crate::http::session::bearer_token(headers) {
        Some(token) => grant_for(state, token).await.ok().flatten().is_some(),
        None => false,
    }
}

/// A caller with an OAuth token (a person, or an app on its own).
pub struct Client(pub Grant);

impl FromRequestParts<AppState> for Client {
    type Rejection = MastoError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> MastoResult<Client> {
        let token =
            crate::http::session::bearer_token(&parts.headers).ok_or_else(|| AppError::unauthorized(t("no-token")))?;
        let grant = grant_for(state, token).await?.ok_or_else(|| AppError::unauthorized(t("invalid-token")))?;
        if let Some((user, _)) = &grant.user {
            crate::http::session::answer_in_their_language(user);
        }
        Ok(Client(grant))
    }
}

/// A caller who may send an OAuth token; a bad token is refused.
pub struct MaybeClient(pub Option<Grant>);

impl FromRequestParts<AppState> for MaybeClient {
    type Rejection = MastoError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> MastoResult<MaybeClient> {
        if crate::http::session::bearer_token(&parts.headers).is_none() {
            return Ok(MaybeClient(None));
        }
        Client::from_request_parts(parts, state).await.map(|c| MaybeClient(Some(c.0)))
    }
}

impl Client {
    /// The person the token speaks for, if it allows `scope`.
    pub fn person(&self, scope: &str) -> MastoResult<(&User, &Actor)> {
        let (user, actor) = self.0.user.as_ref().ok_or_else(|| AppError::unauthorized(t("this-token-has-no-user")))?;
        if !self.0.scopes.allows(scope) {
            return Err(AppError::forbidden(t("this-action-is-outside-the-authorized-scopes")).into());
        }
        Ok((user, actor))
    }
}

impl MaybeClient {
    /// The person reading, when the token allows reading statuses; otherwise the caller reads
    /// as a visitor.
    pub fn actor(&self) -> Option<&Actor> {
        self.0.as_ref().filter(|g| g.scopes.allows("read:statuses")).and_then(|g| g.user.as_ref()).map(|(_, a)| a)
    }
}

/// Mastodon's paging: `max_id`, `since_id`, `min_id`, `limit` (default 20, at most 40).
#[derive(Debug, Default, serde::Deserialize)]
pub struct Paging {
    pub max_id: Option<String>,
    pub since_id: Option<String>,
    pub min_id: Option<String>,
    pub limit: Option<i64>,
}

impl Paging {
    pub fn limit(&self) -> usize {
        self.limit.unwrap_or(20).clamp(1, 40) as usize
    }
}

/// A boolean parameter as Mastodon apps send it: `true` or `1`.
pub fn truthy(value: &str) -> bool {
    value == "true" || value == "1"
}

/// What an app sent, as a form or as JSON: scalars as text, lists (`scopes[]`, repeated keys)
/// joined by spaces.
pub fn request_fields(headers: &HeaderMap, body: &[u8]) -> Result<HashMap<String, String>, AppError> {
    let mut fields: HashMap<String, String> = HashMap::new();
    let mut add = |key: &str, value: String| {
        fields
            .entry(key.trim_end_matches("[]").to_string())
            .and_modify(|v| *v = format!("{v} {value}"))
            .or_insert(value);
    };
    let json_body = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/json"));
    if !json_body {
        url::form_urlencoded::parse(body).for_each(|(key, value)| add(&key, value.into_owned()));
        return Ok(fields);
    }
    let value: serde_json::Value = serde_json::from_slice(body)
        .map_err(|e| AppError::bad_request(t_with("malformed-json", &[("problem", e.to_string().into())])))?;
    let scalar = |v: &serde_json::Value| match v {
        serde_json::Value::String(s) => Some(s.clone()),
        serde_json::Value::Number(n) => Some(n.to_string()),
        serde_json::Value::Bool(b) => Some(b.to_string()),
        _ => None,
    };
    for (key, value) in value.as_object().into_iter().flatten() {
        match value {
            serde_json::Value::Array(items) => items.iter().filter_map(scalar).for_each(|v| add(key, v)),
            other => scalar(other).into_iter().for_each(|v| add(key, v)),
        }
    }
    Ok(fields)
}

pub fn no_content() -> Response {
    (StatusCode::OK, Json(json!({}))).into_response()
}
