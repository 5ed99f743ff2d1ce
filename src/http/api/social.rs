//! Posts, timelines, notifications and the directory in the JSON API.

use super::{
    ActorRef, ActorView, ApiJson, ApiPath, ApiQuery, ListQuery, Page, events::EventView, resources::ResourceView,
};
use crate::service::moderation::Audit;
use crate::{
    db::{
        self,
        actors::DirectoryQuery,
        models::{Actor, Post},
        posts::Timeline,
    },
    domain::resource::Attachment,
    error::{AppError, AppResult},
    federation::Data,
    http::session::{ApiUser, MaybeApiUser},
    service::{self, posts::PostInput},
    state::AppState,
};
use axum::{Json, http::StatusCode};
use cairn_templates::i18n::t;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

/// A post (a note), local or remote.
#[derive(Serialize, ToSchema)]
pub struct PostView {
    pub id: i64,
    pub ap_id: String,
    pub url: String,
    pub content: String,
    pub content_html: String,
    pub author: ActorView,
    /// The group it was posted in.
    pub group: Option<ActorRef>,
    /// What it replies to: a post, resource or event URL.
    pub in_reply_to: Option<String>,
    /// `public`, `unlisted`, `followers`, `members` or `direct`.
    pub visibility: String,
    pub mentions: Vec<String>,
    pub tags: Vec<String>,
    /// Its files: images and documents.
    pub attachments: Vec<Attachment>,
    pub published: String,
    pub local: bool,
    /// The server it comes from (remote posts only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub origin: Option<String>,
    /// Its page on its own server (remote posts only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub origin_url: Option<String>,
}

impl PostView {
    pub fn new(state: &AppState, post: &Post, author: &Actor, group: Option<&Actor>) -> Self {
        PostView {
            id: post.id,
            ap_id: post.ap_id.clone(),
            url: state.url(&format!("/posts/{}", post.id)),
            content: post.content.clone(),
            content_html: post.content_html.clone(),
            author: ActorView::new(state, author),
            group: group.map(ActorRef::new),
            in_reply_to: post.in_reply_to.clone(),
            visibility: post.visibility.clone(),
            mentions: post.mention_list(),
            tags: post.tag_list(),
            attachments: post.attachment_list(),
            published: post.published_at.and_utc().to_rfc3339(),
            local: post.local,
            origin: (!post.local).then(|| crate::domain::handle::host_of(&post.ap_id).to_string()),
            origin_url: (!post.local).then(|| post.url.clone()),
        }
    }
}

/// A post with its author and group, if the viewer may read it (a hidden post is not found).
pub async fn readable(data: &Data, post: Post, viewer: Option<&Actor>) -> AppResult<(Post, Actor, Option<Actor>)> {
    if !service::posts::may_read(data, &post, viewer).await? {
        return Err(AppError::not_found(t("no-such-post")));
    }
    let author =
        db::actors::by_id(&data.db, post.author_id).await?.ok_or_else(|| AppError::not_found(t("no-such-post")))?;
    let author = service::moderation::shown(author)?;
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
    post.ok_or_else(|| AppError::not_found(t("no-such-post")))
}

/// Post; `@mentions` and `#hashtags` federate.
#[utoipa::path(post, path = "/posts", tag = "posts", security(("bearer" = [])), request_body = PostInput,
    responses((status = 201, body = PostView)))]
pub async fn create(
    data: Data,
    api: ApiUser,
    ApiJson(input): ApiJson<PostInput>,
) -> AppResult<(StatusCode, Json<PostView>)> {
    let post = service::posts::compose(&data, &api.actor, &input).await?;
    let (post, author, group) = readable(&data, post, Some(&api.actor)).await?;
    Ok((StatusCode::CREATED, Json(PostView::new(&data, &post, &author, group.as_ref()))))
}

#[derive(Serialize, ToSchema)]
pub struct PostDetail {
    #[serde(flatten)]
    post: PostView,
    replies: Vec<PostView>,
}

/// A post with the replies the caller may read.
#[utoipa::path(get, path = "/posts/{id}", tag = "posts",
    params(("id" = String, Path, description = "A local id, or the post's ActivityPub id")),
    responses((status = 200, body = PostDetail)))]
pub async fn show(data: Data, caller: MaybeApiUser, ApiPath(id): ApiPath<String>) -> AppResult<Json<PostDetail>> {
    let viewer = caller.0.as_ref().map(|c| &c.actor);
    let (post, author, group) = readable(&data, find(&data, &id).await?, viewer).await?;
    let mut replies = Vec::new();
    for (reply, _) in db::posts::replies_to(&data.db, &post.ap_id).await? {
        if let Ok((reply, author, reply_group)) = readable(&data, reply, viewer).await {
            replies.push(PostView::new(&data, &reply, &author, reply_group.as_ref()));
        }
    }
    Ok(Json(PostDetail { post: PostView::new(&data, &post, &author, group.as_ref()), replies }))
}

/// Delete a post (its author) or remove it from a group (the group's moderators).
#[utoipa::path(delete, path = "/posts/{id}", tag = "posts", security(("bearer" = [])), params(("id" = String, Path)),
    responses((status = 204, description = "Deleted")))]
pub async fn delete(data: Data, api: ApiUser, ApiPath(id): ApiPath<String>) -> AppResult<StatusCode> {
    let post = find(&data, &id).await?;
    service::posts::remove(&data, &api.user, &api.actor, &post, Audit::Here).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// One entry of a timeline, with its `type`.
#[derive(Serialize, ToSchema)]
#[serde(tag = "type", rename_all = "lowercase")]
pub enum TimelineEntry {
    Post(PostView),
    Resource(ResourceView),
    Event(EventView),
}

/// Timeline entries as the API shows them.
pub async fn entries_view(data: &Data, entries: &[db::posts::Entry]) -> AppResult<Vec<TimelineEntry>> {
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
        .filter_map(|entry| match entry.kind.as_str() {
            "post" => posts.iter().find(|(p, _)| p.id == entry.id).map(|(p, a)| {
                let group = p.group_id.and_then(|g| groups.iter().find(|x| x.id == g));
                TimelineEntry::Post(PostView::new(data, p, a, group))
            }),
            "resource" => resources
                .iter()
                .find(|(r, _)| r.id == entry.id)
                .map(|(r, a)| TimelineEntry::Resource(ResourceView::new(data, r, a))),
            _ => events
                .iter()
                .find(|(e, _)| e.id == entry.id)
                .map(|(e, a)| TimelineEntry::Event(EventView::new(data, e, a))),
        })
        .collect())
}

pub async fn timeline(
    data: &Data,
    which: &Timeline,
    viewer: Option<&Actor>,
    list: &ListQuery,
) -> AppResult<Json<Page<TimelineEntry>>> {
    let span = db::posts::Span::older_than(list.position()?);
    let entries = db::posts::timeline(&data.db, which, viewer.map(|v| v.id), &span, list.limit()).await?;
    let next = db::next_key(&entries, list.limit(), |last| last.position().to_string());
    Ok(Json(Page::new(entries_view(data, &entries).await?, next)))
}

/// Posts, resources and events from followed actors and joined groups (Mastodon's statuses with a
/// Mastodon app's token).
#[utoipa::path(get, path = "/timelines/home", tag = "timelines", security(("bearer" = [])), params(ListQuery),
    responses((status = 200, body = Page<TimelineEntry>)))]
pub async fn home(
    data: Data,
    api: ApiUser,
    ApiQuery(list): ApiQuery<ListQuery>,
) -> AppResult<Json<Page<TimelineEntry>>> {
    timeline(&data, &Timeline::Home { actor_id: api.actor.id, ap_id: api.actor.ap_id.clone() }, Some(&api.actor), &list)
        .await
}

/// Public posts, resources and events of this node.
#[utoipa::path(get, path = "/timelines/local", tag = "timelines", params(ListQuery),
    responses((status = 200, body = Page<TimelineEntry>)))]
pub async fn local(
    data: Data,
    caller: MaybeApiUser,
    ApiQuery(list): ApiQuery<ListQuery>,
) -> AppResult<Json<Page<TimelineEntry>>> {
    timeline(&data, &Timeline::Local, caller.actor(), &list).await
}

/// Everything public this node knows.
#[utoipa::path(get, path = "/timelines/federated", tag = "timelines", params(ListQuery),
    responses((status = 200, body = Page<TimelineEntry>)))]
pub async fn federated(
    data: Data,
    caller: MaybeApiUser,
    ApiQuery(list): ApiQuery<ListQuery>,
) -> AppResult<Json<Page<TimelineEntry>>> {
    timeline(&data, &Timeline::Federated, caller.actor(), &list).await
}

/// Public posts with a hashtag.
#[utoipa::path(get, path = "/timelines/tag/{tag}", tag = "timelines", params(("tag" = String, Path), ListQuery),
    responses((status = 200, body = Page<TimelineEntry>)))]
pub async fn tag(
    data: Data,
    caller: MaybeApiUser,
    ApiPath(tag): ApiPath<String>,
    ApiQuery(list): ApiQuery<ListQuery>,
) -> AppResult<Json<Page<TimelineEntry>>> {
    timeline(&data, &Timeline::Tag(tag.trim_start_matches('#').to_lowercase()), caller.actor(), &list).await
}

#[derive(Serialize, ToSchema)]
pub struct NotificationView {
    id: i64,
    /// `follow`, `follow_request`, `mention`, `reply`, `join_request`, `joined`, …
    #[serde(rename = "type")]
    kind: String,
    account: ActorView,
    group: Option<ActorRef>,
    post_id: Option<i64>,
    event_id: Option<i64>,
    seen: bool,
    created_at: String,
}

/// Follows, mentions, replies, join requests and decisions.
#[utoipa::path(get, path = "/notifications", tag = "timelines", security(("bearer" = [])), params(ListQuery),
    responses((status = 200, body = Page<NotificationView>)))]
pub async fn notifications(
    data: Data,
    api: ApiUser,
    ApiQuery(list): ApiQuery<ListQuery>,
) -> AppResult<Json<Page<NotificationView>>> {
    let rows = db::notifications::page(&data.db, api.actor.id, list.cursor()?, list.limit()).await?;
    let next = (rows.len() as i64 == list.limit()).then(|| rows.last().map(|(n, _)| n.id.to_string())).flatten();
    let mut items = Vec::new();
    for (notification, actor) in &rows {
        let group = match notification.group_id {
            Some(id) => db::actors::by_id(&data.db, id).await?,
            None => None,
        };
        items.push(NotificationView {
            id: notification.id,
            kind: notification.kind.clone(),
            account: ActorView::new(&data, actor),
            group: group.as_ref().map(ActorRef::new),
            post_id: notification.post_id,
            event_id: notification.event_id,
            seen: notification.seen,
            created_at: notification.created_at.and_utc().to_rfc3339(),
        });
    }
    Ok(Json(Page::new(items, next)))
}

/// Mark all notifications seen.
#[utoipa::path(post, path = "/notifications/seen", tag = "timelines", security(("bearer" = [])),
    responses((status = 204, description = "Seen")))]
pub async fn mark_seen(data: Data, api: ApiUser) -> AppResult<StatusCode> {
    db::notifications::mark_seen(&data.db, api.actor.id).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize, Default, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct DirectoryParams {
    /// Beginnings of words in names, handles, roles, organisations, expertise, cities and
    /// summaries (`ann lyo`); every word must match, accents or not.
    #[serde(default)]
    pub q: String,
    /// `person`, `organization` or `group`.
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

/// People, organisations and groups.
#[utoipa::path(get, path = "/directory", tag = "directory", params(DirectoryParams),
    responses((status = 200, body = Page<ActorView>)))]
pub async fn directory(data: Data, ApiQuery(params): ApiQuery<DirectoryParams>) -> AppResult<Json<Page<ActorView>>> {
    let list = ListQuery { limit: params.limit, cursor: params.cursor.clone() };
    let rows = db::actors::directory(&data.db, &params.query(), list.limit(), list.cursor()?).await?;
    let next = (rows.len() as i64 == list.limit()).then(|| rows.last().map(|a| a.id.to_string())).flatten();
    Ok(Json(Page::new(rows.iter().map(|a| ActorView::new(&data, a)).collect(), next)))
}
