//! The JSON API (`/api/v1`): what a person can do on the web, a script can do here.

pub mod admin;
pub mod auth;
pub mod events;
pub mod finance;
pub mod follows;
pub mod groups;
pub mod me;
pub mod openapi;
pub mod resources;
pub mod social;
pub mod subscriptions;
pub mod transition;

use crate::{
    db::models::Actor,
    error::{AppError, AppResult},
    http::web::page_url,
    state::AppState,
};
use axum::extract::{FromRequest, Request, rejection::JsonRejection};
use serde::de::DeserializeOwned;
use serde_json::{Value, json};

/// A JSON body whose rejection is Cairn's `{"error","message"}` with a 400.
pub struct ApiJson<T>(pub T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequest<S> for ApiJson<T> {
    type Rejection = AppError;

    async fn from_request(request: Request, state: &S) -> AppResult<Self> {
        match axum::Json::<T>::from_request(request, state).await {
            Ok(axum::Json(value)) => Ok(ApiJson(value)),
            Err(rejection) => Err(match rejection {
                JsonRejection::MissingJsonContentType(_) => AppError::bad_request("send the body as application/json"),
                other => AppError::bad_request(other.body_text()),
            }),
        }
    }
}

pub fn actor_json(state: &AppState, actor: &Actor) -> Value {
    let mut value = json!({
        "id": actor.id,
        "ap_id": actor.ap_id,
        "url": state.url(&page_url(actor)),
        "handle": actor.handle(),
        "username": actor.username,
        "kind": actor.kind,
        "display_name": actor.display_name,
        "summary": actor.summary,
        "job_title": actor.job_title,
        "city": actor.city,
        "country": actor.country,
        "expertise": actor.expertise_tags(),
        "avatar_url": actor.avatar_url,
        "manually_approves_followers": actor.manually_approves,
        "local": actor.local,
    });
    if !actor.local {
        value["origin"] = Value::String(actor.domain.clone());
    }
    value
}

/// `current` with the fields of a PATCH body laid over it; fields left out keep their value.
pub fn patched<T: serde::Serialize + DeserializeOwned>(
    current: &T,
    patch: serde_json::Map<String, Value>,
) -> AppResult<T> {
    let mut merged = serde_json::to_value(current).map_err(AppError::internal)?;
    for (key, value) in patch {
        merged[key] = value;
    }
    serde_json::from_value(merged).map_err(|e| AppError::bad_request(format!("cannot read this change: {e}")))
}

/// `?limit=&cursor=` with sane bounds.
#[derive(serde::Deserialize)]
pub struct ListQuery {
    pub limit: Option<i64>,
    pub cursor: Option<String>,
}

impl ListQuery {
    pub fn limit(&self) -> i64 {
        self.limit.unwrap_or(40).clamp(1, 200)
    }
    pub fn cursor(&self) -> AppResult<Option<i64>> {
        self.cursor
            .as_deref()
            .filter(|c| !c.is_empty())
            .map(|c| {
                c.parse::<i64>()
                    .ok()
                    .filter(|c| *c >= 0)
                    .ok_or_else(|| AppError::bad_request("cursor must be a value from an earlier `next`"))
            })
            .transpose()
    }
}
