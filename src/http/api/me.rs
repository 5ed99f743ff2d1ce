use super::{ApiJson, actor_json};
use crate::{domain::profile::ProfileInput, error::AppResult, federation::Data, http::session::ApiUser, service};
use axum::Json;
use serde::Deserialize;
use serde_json::Value;

/// `GET /api/v1/me`
pub async fn show(data: Data, me: ApiUser) -> Json<Value> {
    let mut value = actor_json(&data, &me.actor);
    value["role"] = Value::String(me.user.role.clone());
    Json(value)
}

/// Fields of `PATCH /api/v1/me`; any left out keep their value.
#[derive(Deserialize)]
pub struct ProfilePatch {
    display_name: Option<String>,
    summary: Option<String>,
    job_title: Option<String>,
    city: Option<String>,
    expertise: Option<Vec<String>>,
    avatar_url: Option<String>,
    manually_approves_followers: Option<bool>,
}

pub async fn update(data: Data, me: ApiUser, ApiJson(patch): ApiJson<ProfilePatch>) -> AppResult<Json<Value>> {
    let actor = &me.actor;
    let input = ProfileInput {
        display_name: patch.display_name.unwrap_or_else(|| actor.display_name.clone()),
        summary: patch.summary.unwrap_or_else(|| actor.summary.clone()),
        job_title: patch.job_title.unwrap_or_else(|| actor.job_title.clone()),
        city: patch.city.unwrap_or_else(|| actor.city.clone()),
        expertise: patch.expertise.unwrap_or_else(|| actor.expertise_tags()),
        avatar_url: patch.avatar_url.unwrap_or_else(|| actor.avatar_url.clone().unwrap_or_default()),
        manually_approves: patch.manually_approves_followers.unwrap_or(actor.manually_approves),
    };
    let saved = service::profile::update(&data, actor, &input).await?;
    Ok(Json(actor_json(&data, &saved)))
}
