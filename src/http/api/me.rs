use super::{ActorView, ApiJson};
use crate::{domain::profile::ProfileInput, error::AppResult, federation::Data, http::session::ApiUser, service};
use axum::Json;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

#[derive(Serialize, ToSchema)]
pub struct Me {
    #[serde(flatten)]
    account: ActorView,
    /// `admin`, `moderator` or `member`.
    role: String,
}

/// The caller's profile.
#[utoipa::path(get, path = "/me", tag = "accounts", security(("bearer" = [])), responses((status = 200, body = Me)))]
pub async fn show(data: Data, me: ApiUser) -> Json<Me> {
    Json(Me { account: ActorView::new(&data, &me.actor), role: me.user.role.clone() })
}

/// Fields of `PATCH /api/v1/me`; any left out keep their value.
#[derive(Deserialize, ToSchema)]
pub struct ProfilePatch {
    display_name: Option<String>,
    summary: Option<String>,
    job_title: Option<String>,
    city: Option<String>,
    expertise: Option<Vec<String>>,
    avatar_url: Option<String>,
    manually_approves_followers: Option<bool>,
}

/// Update the caller's profile; fields left out keep their value.
#[utoipa::path(patch, path = "/me", tag = "accounts", security(("bearer" = [])), request_body = ProfilePatch,
    responses((status = 200, body = ActorView)))]
pub async fn update(data: Data, me: ApiUser, ApiJson(patch): ApiJson<ProfilePatch>) -> AppResult<Json<ActorView>> {
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
    Ok(Json(ActorView::new(&data, &saved)))
}
