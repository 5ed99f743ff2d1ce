//! Groups in the JSON API: list, create, join and leave, posts, members and moderation.

use super::{ApiJson, ListQuery, actor_json, social::post_json};
use crate::{
    db::{self, follows::PENDING, models::Actor},
    domain::group::GroupInput,
    error::{AppError, AppResult},
    federation::Data,
    http::session::{ApiUser, MaybeApiUser},
    service::{self, groups::FoundGroup, posts::PostInput},
    state::AppState,
};
use axum::{
    Json,
    extract::{Path, Query},
    http::StatusCode,
};
use serde::Deserialize;
use serde_json::{Value, json};

pub fn group_json(state: &AppState, found: &FoundGroup, members: i64) -> Value {
    let mut value = actor_json(state, &found.actor);
    value["handle"] = json!(if found.actor.local { found.actor.username.clone() } else { found.actor.handle() });
    value["name"] = json!(found.actor.name_or_username());
    value["description"] = json!(found.actor.summary);
    value["sectors"] = json!(found.group.sector_list());
    value["topics"] = json!(found.group.topic_list());
    value["join_mode"] = json!(found.group.join_mode);
    value["visibility"] = json!(found.group.visibility);
    value["members"] = json!(members);
    value["url"] = json!(state.url(&crate::http::web::page_url(&found.actor)));
    value
}

#[derive(Deserialize)]
pub struct GroupListQuery {
    #[serde(default)]
    q: String,
    limit: Option<i64>,
    cursor: Option<String>,
}

pub async fn list(data: Data, Query(query): Query<GroupListQuery>) -> AppResult<Json<Value>> {
    let paging = ListQuery { limit: query.limit, cursor: query.cursor };
    let (limit, offset) = (paging.limit(), paging.cursor()?.unwrap_or(0));
    let rows = db::groups::list(&data.db, &query.q, limit + 1, offset).await?;
    let next = (rows.len() as i64 > limit).then(|| (offset + limit).to_string());
    let items: Vec<Value> = rows
        .into_iter()
        .take(limit as usize)
        .map(|(actor, group, members)| group_json(&data, &FoundGroup { actor, group }, members))
        .collect();
    Ok(Json(json!({"items": items, "next": next})))
}

async fn member_count(data: &Data, found: &FoundGroup) -> AppResult<i64> {
    db::follows::count(&data.db, found.actor.id, db::follows::Side::Followers, db::follows::ACCEPTED).await
}

pub async fn create(
    data: Data,
    api: ApiUser,
    ApiJson(input): ApiJson<GroupInput>,
) -> AppResult<(StatusCode, Json<Value>)> {
    let found = service::groups::create(&data, &api.actor, &input).await?;
    Ok((StatusCode::CREATED, Json(group_json(&data, &found, 1))))
}

pub async fn show(data: Data, caller: MaybeApiUser, Path(handle): Path<String>) -> AppResult<Json<Value>> {
    let found = service::groups::find(&data, &handle, caller.reach()).await?;
    let mut value = group_json(&data, &found, member_count(&data, &found).await?);
    if let Some(api) = &caller.0 {
        let membership = service::groups::membership(&data, &found.actor, &api.actor).await?;
        value["membership"] = json!(membership.map(|m| m.state));
        value["role"] = json!(db::groups::role_of(&data.db, found.actor.id, api.actor.id).await?);
    }
    Ok(Json(value))
}

/// `PATCH /api/v1/groups/{handle}`: fields left out keep their value.
pub async fn update(
    data: Data,
    api: ApiUser,
    Path(handle): Path<String>,
    ApiJson(patch): ApiJson<serde_json::Map<String, Value>>,
) -> AppResult<Json<Value>> {
    let found = service::groups::find(&data, &handle, api.reach()).await?;
    let current = GroupInput {
        handle: found.actor.username.clone(),
        name: found.actor.name_or_username().to_string(),
        description: found.actor.summary.clone(),
        sectors: found.group.sector_list(),
        topics: found.group.topic_list(),
        join_mode: found.group.join_mode.clone(),
        visibility: found.group.visibility.clone(),
    };
    let input = super::patched(&current, patch)?;
    let found = service::groups::update(&data, &api.actor, &found, &input).await?;
    Ok(Json(group_json(&data, &found, member_count(&data, &found).await?)))
}

pub async fn join(data: Data, api: ApiUser, Path(handle): Path<String>) -> AppResult<Json<Value>> {
    let found = service::groups::find(&data, &handle, api.reach()).await?;
    let state = service::groups::join(&data, &api.actor, &found).await?;
    Ok(Json(json!({"state": state})))
}

pub async fn leave(data: Data, api: ApiUser, Path(handle): Path<String>) -> AppResult<StatusCode> {
    let found = service::groups::find(&data, &handle, api.reach()).await?;
    service::groups::leave(&data, &api.actor, &found).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Whether `viewer` may read the group's posts: anyone for public groups, members otherwise.
pub async fn may_read(data: &Data, found: &FoundGroup, viewer: Option<&Actor>) -> AppResult<bool> {
    if !found.group.members_only() {
        return Ok(true);
    }
    match viewer {
        Some(actor) => service::groups::is_member(data, &found.actor, actor).await,
        None => Ok(false),
    }
}

pub async fn posts(
    data: Data,
    caller: MaybeApiUser,
    Path(handle): Path<String>,
    Query(list): Query<ListQuery>,
) -> AppResult<Json<Value>> {
    let found = service::groups::find(&data, &handle, caller.reach()).await?;
    if !may_read(&data, &found, caller.0.as_ref().map(|c| &c.actor)).await? {
        return Err(AppError::forbidden("only members read this group's posts"));
    }
    let rows = db::posts::of_group(&data.db, found.actor.id, list.cursor()?, list.limit()).await?;
    let next = (rows.len() as i64 == list.limit()).then(|| rows.last().map(|(p, _)| p.id.to_string())).flatten();
    let mut items = Vec::new();
    for (post, author) in &rows {
        if service::posts::may_read(&data, post, caller.0.as_ref().map(|c| &c.actor)).await? {
            items.push(post_json(&data, post, author, Some(&found.actor)));
        }
    }
    Ok(Json(json!({"items": items, "next": next})))
}

pub async fn post(
    data: Data,
    api: ApiUser,
    Path(handle): Path<String>,
    ApiJson(mut input): ApiJson<PostInput>,
) -> AppResult<(StatusCode, Json<Value>)> {
    input.group = Some(handle);
    let post = service::posts::compose(&data, &api.actor, &input).await?;
    let group = match post.group_id {
        Some(id) => db::actors::by_id(&data.db, id).await?,
        None => None,
    };
    Ok((StatusCode::CREATED, Json(post_json(&data, &post, &api.actor, group.as_ref()))))
}

pub async fn members(
    data: Data,
    caller: MaybeApiUser,
    Path(handle): Path<String>,
    Query(list): Query<ListQuery>,
) -> AppResult<Json<Value>> {
    let found = service::groups::find(&data, &handle, caller.reach()).await?;
    let offset = list.cursor()?.unwrap_or(0);
    let rows = db::groups::members(&data.db, found.actor.id, list.limit(), offset).await?;
    let next = (rows.len() as i64 == list.limit()).then(|| (offset + list.limit()).to_string());
    let items: Vec<Value> = rows
        .iter()
        .map(|(actor, role)| {
            let mut value = actor_json(&data, actor);
            value["role"] = json!(role);
            value
        })
        .collect();
    let mut answer = json!({"items": items, "next": next});
    if let Some(api) = &caller.0
        && found.actor.local
        && service::groups::is_moderator(&data, &found.actor, &api.actor).await?
    {
        let waiting =
            db::follows::page(&data.db, found.actor.id, db::follows::Side::Followers, PENDING, None, 200).await?;
        answer["requests"] = waiting.iter().map(|(_, a)| actor_json(&data, a)).collect();
    }
    Ok(Json(answer))
}

pub async fn decide(
    data: Data,
    api: ApiUser,
    Path((handle, actor_id, decision)): Path<(String, i64, String)>,
) -> AppResult<StatusCode> {
    let found = service::groups::find(&data, &handle, api.reach()).await?;
    let accept = match decision.as_str() {
        "accept" => true,
        "reject" => false,
        _ => return Err(AppError::not_found("decide with accept or reject")),
    };
    service::groups::decide(&data, &api.actor, &found, actor_id, accept).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize)]
pub struct Target {
    #[serde(default)]
    target: String,
}

pub async fn invite(
    data: Data,
    api: ApiUser,
    Path(handle): Path<String>,
    ApiJson(body): ApiJson<Target>,
) -> AppResult<Json<Value>> {
    let found = service::groups::find(&data, &handle, api.reach()).await?;
    let invitee = service::groups::invite(&data, &api.actor, &found, &body.target).await?;
    Ok(Json(json!({"invited": actor_json(&data, &invitee)})))
}

#[derive(Deserialize)]
pub struct RoleBody {
    #[serde(default)]
    role: String,
}

pub async fn set_role(
    data: Data,
    api: ApiUser,
    Path((handle, actor_id)): Path<(String, i64)>,
    ApiJson(body): ApiJson<RoleBody>,
) -> AppResult<StatusCode> {
    let found = service::groups::find(&data, &handle, api.reach()).await?;
    service::groups::set_role(&data, &api.actor, &found, actor_id, &body.role).await?;
    Ok(StatusCode::NO_CONTENT)
}

pub async fn remove_member(
    data: Data,
    api: ApiUser,
    Path((handle, actor_id)): Path<(String, i64)>,
) -> AppResult<StatusCode> {
    let found = service::groups::find(&data, &handle, api.reach()).await?;
    service::groups::remove_member(&data, &api.actor, &found, actor_id).await?;
    Ok(StatusCode::NO_CONTENT)
}
