//! Posts, timelines, notifications and the directory in the JSON API.

use super::{ApiJson, ListQuery, actor_json, events::event_json, resources::resource_json};
use crate::{
    db::{
        self,
        actors::DirectoryQuery,
        models::{Actor, Post},
        posts::Timeline,
    },
    error::{AppError, AppResult},
    federation::Data,
    http::session::{ApiUser, MaybeApiUser},
    service::{self, posts::PostInput},
    state::AppState,
};
use axum::{
    Json,
    extract::{Path, Query},
    http::StatusCode,
};
use serde::Deserialize;
use serde_json::{Value, json};

pub fn post_json(state: &AppState, post: &Post, author: &Actor, group: Option<&Actor>) -> Value {
    let mut value = json!({
        "id": post.id,
        "ap_id": post.ap_id,
        "url": state.url(&format!("/posts/{}", post.id)),
        "content": post.content,
        "content_html": post.content_html,
        "author": actor_json(state, author),
        "group": group.map(|g| json!({"handle": g.handle(), "name": g.name_or_username(), "ap_id": g.ap_id})),
        "in_reply_to": post.in_reply_to,
        "visibility": post.visibility,
        "mentions": post.mention_list(),
        "tags": post.tag_list(),
        "published": post.published_at.and_utc().to_rfc3339(),
        "local": post.local,
    });
    if !post.local {
        value["origin"] = json!(crate::domain::handle::host_of(&post.ap_id));
        value["origin_url"] = json!(post.url);
    }
    value
}

/// A post with its author and group, if the viewer may read it (a hidden post is not found).
pub async fn readable(data: &Data, post: Post, viewer: Option<&Actor>) -> AppResult<(Post, Actor, Option<Actor>)> {
    if !service::posts::may_read(data, &post, viewer).await? {
        return Err(AppError::not_found("no such post"));
    }
    let author =
        db::actors::by_id(&data.db, post.author_id).await?.ok_or_else(|| AppError::not_found("no such post"))?;
    let group = match post.group_id {
        Some(id) => db::actors::by_id(&data.db, id).await?,
        None => None,
    };
    Ok((post, author, group))
}

pub async fn find(data: &Data, id: &str) -> AppResult<Post> {
    let post = match id.parse::<i64>() {
        Ok(local) => db::posts::by_id(&data.db, local).await?,
        Err(_) => db::posts::by_ap_id(&data.db, id).await?,
    };
    post.ok_or_else(|| AppError::not_found("no such post"))
}

pub async fn create(
    data: Data,
    api: ApiUser,
    ApiJson(input): ApiJson<PostInput>,
) -> AppResult<(StatusCode, Json<Value>)> {
    let post = service::posts::compose(&data, &api.actor, &input).await?;
    let (post, author, group) = readable(&data, post, Some(&api.actor)).await?;
    Ok((StatusCode::CREATED, Json(post_json(&data, &post, &author, group.as_ref()))))
}

pub async fn show(data: Data, caller: MaybeApiUser, Path(id): Path<String>) -> AppResult<Json<Value>> {
    let viewer = caller.0.as_ref().map(|c| &c.actor);
    let (post, author, group) = readable(&data, find(&data, &id).await?, viewer).await?;
    let mut value = post_json(&data, &post, &author, group.as_ref());
    let mut replies = Vec::new();
    for (reply, _) in db::posts::replies_to(&data.db, &post.ap_id).await? {
        if let Ok((reply, author, reply_group)) = readable(&data, reply, viewer).await {
            replies.push(post_json(&data, &reply, &author, reply_group.as_ref()));
        }
    }
    value["replies"] = Value::Array(replies);
    Ok(Json(value))
}

pub async fn delete(data: Data, api: ApiUser, Path(id): Path<String>) -> AppResult<StatusCode> {
    let post = find(&data, &id).await?;
    service::posts::remove(&data, &api.user, &api.actor, &post).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Timeline entries as JSON, each with its `type` (`post`, `resource` or `event`).
pub async fn entries_json(data: &Data, entries: &[db::posts::Entry]) -> AppResult<Vec<Value>> {
    let ids = |kind: &str| entries.iter().filter(|e| e.kind == kind).map(|e| e.id).collect::<Vec<_>>();
    let posts = db::posts::with_authors(&data.db, &ids("post")).await?;
    let resources = db::resources::with_authors(&data.db, &ids("resource")).await?;
    let events = db::events::with_organizers(&data.db, &ids("event")).await?;
    let mut groups: Vec<Actor> = Vec::new();
    for group_id in posts.iter().filter_map(|(p, _)| p.group_id) {
        if !groups.iter().any(|g| g.id == group_id) {
            groups.extend(db::actors::by_id(&data.db, group_id).await?);
        }
    }
    Ok(entries
        .iter()
        .filter_map(|entry| {
            let mut value = match entry.kind.as_str() {
                "post" => posts
                    .iter()
                    .find(|(p, _)| p.id == entry.id)
                    .map(|(p, a)| post_json(data, p, a, p.group_id.and_then(|g| groups.iter().find(|x| x.id == g)))),
                "resource" => resources.iter().find(|(r, _)| r.id == entry.id).map(|(r, a)| resource_json(data, r, a)),
                _ => events.iter().find(|(e, _)| e.id == entry.id).map(|(e, a)| event_json(data, e, a)),
            }?;
            value["type"] = json!(entry.kind);
            Some(value)
        })
        .collect())
}

pub async fn timeline(data: &Data, which: &Timeline, list: &ListQuery) -> AppResult<Json<Value>> {
    let offset = list.cursor()?.unwrap_or(0);
    let entries = db::posts::timeline(&data.db, which, offset, list.limit()).await?;
    let next = (entries.len() as i64 == list.limit()).then(|| (offset + list.limit()).to_string());
    Ok(Json(json!({"items": entries_json(data, &entries).await?, "next": next})))
}

pub async fn home(data: Data, api: ApiUser, Query(list): Query<ListQuery>) -> AppResult<Json<Value>> {
    timeline(&data, &Timeline::Home { actor_id: api.actor.id, ap_id: api.actor.ap_id.clone() }, &list).await
}

pub async fn local(data: Data, Query(list): Query<ListQuery>) -> AppResult<Json<Value>> {
    timeline(&data, &Timeline::Local, &list).await
}

pub async fn federated(data: Data, Query(list): Query<ListQuery>) -> AppResult<Json<Value>> {
    timeline(&data, &Timeline::Federated, &list).await
}

pub async fn tag(data: Data, Path(tag): Path<String>, Query(list): Query<ListQuery>) -> AppResult<Json<Value>> {
    timeline(&data, &Timeline::Tag(tag.trim_start_matches('#').to_lowercase()), &list).await
}

pub async fn notifications(data: Data, api: ApiUser, Query(list): Query<ListQuery>) -> AppResult<Json<Value>> {
    let rows = db::notifications::page(&data.db, api.actor.id, list.cursor()?, list.limit()).await?;
    let next = (rows.len() as i64 == list.limit()).then(|| rows.last().map(|(n, _)| n.id.to_string())).flatten();
    let mut items = Vec::new();
    for (notification, actor) in &rows {
        let group = match notification.group_id {
            Some(id) => db::actors::by_id(&data.db, id).await?,
            None => None,
        };
        items.push(json!({
            "id": notification.id,
            "type": notification.kind,
            "account": actor_json(&data, actor),
            "group": group.map(|g| json!({"handle": g.handle(), "name": g.name_or_username(), "ap_id": g.ap_id})),
            "post_id": notification.post_id,
            "event_id": notification.event_id,
            "seen": notification.seen,
            "created_at": notification.created_at.and_utc().to_rfc3339(),
        }));
    }
    Ok(Json(json!({"items": items, "next": next})))
}

pub async fn mark_seen(data: Data, api: ApiUser) -> AppResult<StatusCode> {
    db::notifications::mark_seen(&data.db, api.actor.id).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize, Default)]
pub struct DirectoryParams {
    #[serde(default)]
    pub q: String,
    #[serde(default)]
    pub kind: String,
    #[serde(default)]
    pub country: String,
    #[serde(default)]
    pub city: String,
    #[serde(default)]
    pub role: String,
    #[serde(default)]
    pub expertise: String,
    #[serde(default)]
    pub sector: String,
    pub limit: Option<i64>,
    pub cursor: Option<String>,
}

impl DirectoryParams {
    pub fn query(&self) -> DirectoryQuery {
        DirectoryQuery {
            text: self.q.clone(),
            kind: self.kind.clone(),
            country: self.country.clone(),
            city: self.city.clone(),
            role: self.role.clone(),
            expertise: self.expertise.clone(),
            sector: self.sector.clone(),
        }
    }
}

pub async fn directory(data: Data, Query(params): Query<DirectoryParams>) -> AppResult<Json<Value>> {
    let list = ListQuery { limit: params.limit, cursor: params.cursor.clone() };
    let offset = list.cursor()?.unwrap_or(0);
    let rows = db::actors::directory(&data.db, &params.query(), list.limit(), offset).await?;
    let next = (rows.len() as i64 == list.limit()).then(|| (offset + list.limit()).to_string());
    let items: Vec<Value> = rows.iter().map(|a| actor_json(&data, a)).collect();
    Ok(Json(json!({"items": items, "next": next})))
}
