//! Groups in the JSON API: list, create, join and leave, posts, members and moderation.

use super::{
    ActorView, ApiJson, ApiPath, ApiQuery, Decision, ListQuery, Page, StateView,
    me::{Aliases, MoveRequest},
    social::PostView,
};
use crate::{
    db::{self, follows::PENDING, models::Actor},
    domain::{group::GroupInput, translation::Translation},
    error::{AppError, AppResult},
    federation::Data,
    http::session::{ApiUser, MaybeApiUser},
    service::{self, groups::FoundGroup, posts::PostInput},
    state::AppState,
};
use axum::{Json, http::StatusCode};
use cairn_templates::i18n::t;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use utoipa::{IntoParams, ToSchema};

/// A group, local or remote.
#[derive(Serialize, ToSchema)]
pub struct GroupView {
    /// `handle` is the local name for this node's groups, `@name@host` for others.
    #[serde(flatten)]
    actor: ActorView,
    name: String,
    description: String,
    sectors: Vec<String>,
    topics: Vec<String>,
    /// `open`, `approval` or `invite`.
    join_mode: String,
    /// `public` or `members`.
    visibility: String,
    /// The language of `name` and `description` (empty when another server never said).
    language: String,
    /// The name (`title`) and description (`body`, plain text) in other languages.
    translations: Vec<Translation>,
    members: i64,
}

impl GroupView {
    pub fn new(state: &AppState, found: &FoundGroup, members: i64) -> Self {
        let mut actor = ActorView::new(state, &found.actor);
        if found.actor.local {
            actor.handle = found.actor.username.clone();
        }
        GroupView {
            actor,
            name: found.actor.name_or_username().to_string(),
            description: found.actor.summary.clone(),
            sectors: found.group.sector_list(),
            topics: found.group.topic_list(),
            join_mode: found.group.join_mode.clone(),
            visibility: found.group.visibility.clone(),
            language: found.group.language.clone(),
            translations: found.group.translation_list(),
            members,
        }
    }
}

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct GroupListQuery {
    /// Words in the name, description or topics.
    #[serde(default)]
    q: String,
    limit: Option<i64>,
    cursor: Option<String>,
}

/// Groups, local and known remote.
#[utoipa::path(get, path = "/groups", tag = "groups", params(GroupListQuery),
    responses((status = 200, body = Page<GroupView>)))]
pub async fn list(data: Data, ApiQuery(query): ApiQuery<GroupListQuery>) -> AppResult<Json<Page<GroupView>>> {
    let paging = ListQuery { limit: query.limit, cursor: query.cursor };
    let limit = paging.limit();
    let rows = db::groups::list(&data.db, &query.q, paging.cursor()?, limit).await?;
    let next = db::groups::next_before(&rows, limit).map(|id| id.to_string());
    let items = rows
        .into_iter()
        .map(|(actor, group, members)| GroupView::new(&data, &FoundGroup { actor, group }, members))
        .collect();
    Ok(Json(Page::new(items, next)))
}

async fn member_count(data: &Data, found: &FoundGroup) -> AppResult<i64> {
    db::follows::count(&data.db, found.actor.id, db::follows::Side::Followers, db::follows::ACCEPTED).await
}

/// Create a group; the creator is its first admin.
#[utoipa::path(post, path = "/groups", tag = "groups", security(("bearer" = [])), request_body = GroupInput,
    responses((status = 201, body = GroupView)))]
pub async fn create(
    data: Data,
    api: ApiUser,
    ApiJson(input): ApiJson<GroupInput>,
) -> AppResult<(StatusCode, Json<GroupView>)> {
    let found = service::groups::create(&data, &api.actor, &input).await?;
    Ok((StatusCode::CREATED, Json(GroupView::new(&data, &found, 1))))
}

#[derive(Serialize, ToSchema)]
pub struct GroupDetail {
    #[serde(flatten)]
    group: GroupView,
    /// The caller's membership (`accepted`, `pending`; null when none or signed out).
    membership: Option<String>,
    /// The caller's role (`admin`, `moderator`, `member`; null when none or signed out).
    role: Option<String>,
}

/// A group, with the caller's membership and role.
#[utoipa::path(get, path = "/groups/{handle}", tag = "groups",
    params(("handle" = String, Path, description = "A local name, `@name@host` or the group's URL")),
    responses((status = 200, body = GroupDetail)))]
pub async fn show(data: Data, caller: MaybeApiUser, ApiPath(handle): ApiPath<String>) -> AppResult<Json<GroupDetail>> {
    let found = service::groups::find(&data, &handle, caller.reach()).await?;
    let group = GroupView::new(&data, &found, member_count(&data, &found).await?);
    let (membership, role) = match &caller.0 {
        Some(api) => (
            service::groups::membership(&data, &found.actor, &api.actor).await?.map(|m| m.state),
            db::groups::role_of(&data.db, found.actor.id, api.actor.id).await?,
        ),
        None => (None, None),
    };
    Ok(Json(GroupDetail { group, membership, role }))
}

/// Change a group's name, description, sectors, topics, join mode or visibility (its admins).
#[utoipa::path(patch, path = "/groups/{handle}", tag = "groups", security(("bearer" = [])),
    params(("handle" = String, Path)), request_body = GroupInput, responses((status = 200, body = GroupView)))]
pub async fn update(
    data: Data,
    api: ApiUser,
    ApiPath(handle): ApiPath<String>,
    ApiJson(patch): ApiJson<Value>,
) -> AppResult<Json<GroupView>> {
    let found = service::groups::find(&data, &handle, api.reach()).await?;
    let current = GroupInput {
        handle: found.actor.username.clone(),
        name: found.actor.name_or_username().to_string(),
        description: found.actor.summary.clone(),
        sectors: found.group.sector_list(),
        topics: found.group.topic_list(),
        join_mode: found.group.join_mode.clone(),
        visibility: found.group.visibility.clone(),
        media_ids: None,
        language: found.group.language.clone(),
        translations: found.group.translation_list(),
    };
    let input = super::patched(&current, patch)?;
    let found = service::groups::update(&data, &api.actor, &found, &input).await?;
    Ok(Json(GroupView::new(&data, &found, member_count(&data, &found).await?)))
}

/// Name the groups this one was before (its admins), so that they can move here.
#[utoipa::path(put, path = "/groups/{handle}/aliases", tag = "groups", security(("bearer" = [])),
    params(("handle" = String, Path)), request_body = Aliases, responses((status = 200, body = GroupView)))]
pub async fn set_aliases(
    data: Data,
    api: ApiUser,
    ApiPath(handle): ApiPath<String>,
    ApiJson(body): ApiJson<Aliases>,
) -> AppResult<Json<GroupView>> {
    let found = service::groups::find(&data, &handle, api.reach()).await?;
    let actor = service::moves::set_group_aliases(&data, &api.actor, &found, &body.aliases).await?;
    let found = FoundGroup { actor, group: found.group };
    Ok(Json(GroupView::new(&data, &found, member_count(&data, &found).await?)))
}

/// Move the group to a group on another node that names it (its admins): members everywhere
/// join the new group, whose node takes over the roles and the discussions.
#[utoipa::path(post, path = "/groups/{handle}/move", tag = "groups", security(("bearer" = [])),
    params(("handle" = String, Path)), request_body = MoveRequest, responses((status = 200, body = GroupView)))]
pub async fn move_group(
    data: Data,
    api: ApiUser,
    ApiPath(handle): ApiPath<String>,
    ApiJson(body): ApiJson<MoveRequest>,
) -> AppResult<Json<GroupView>> {
    let found = service::groups::find(&data, &handle, api.reach()).await?;
    let actor = service::moves::move_group(&data, &api.actor, &found, &body.target).await?;
    let found = FoundGroup { actor, group: found.group };
    Ok(Json(GroupView::new(&data, &found, member_count(&data, &found).await?)))
}

/// Join (a Follow of the group; may wait for a moderator).
#[utoipa::path(post, path = "/groups/{handle}/membership", tag = "groups", security(("bearer" = [])),
    params(("handle" = String, Path)), responses((status = 200, body = StateView)))]
pub async fn join(data: Data, api: ApiUser, ApiPath(handle): ApiPath<String>) -> AppResult<Json<StateView>> {
    let found = service::groups::find(&data, &handle, api.reach()).await?;
    let state = service::groups::join(&data, &api.actor, &found).await?;
    Ok(Json(StateView { state }))
}

/// Leave the group.
#[utoipa::path(delete, path = "/groups/{handle}/membership", tag = "groups", security(("bearer" = [])),
    params(("handle" = String, Path)), responses((status = 204, description = "Left")))]
pub async fn leave(data: Data, api: ApiUser, ApiPath(handle): ApiPath<String>) -> AppResult<StatusCode> {
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

/// The group's posts (members only, for members-only groups).
#[utoipa::path(get, path = "/groups/{handle}/posts", tag = "groups", params(("handle" = String, Path), ListQuery),
    responses((status = 200, body = Page<PostView>)))]
pub async fn posts(
    data: Data,
    caller: MaybeApiUser,
    ApiPath(handle): ApiPath<String>,
    ApiQuery(list): ApiQuery<ListQuery>,
) -> AppResult<Json<Page<PostView>>> {
    let found = service::groups::find(&data, &handle, caller.reach()).await?;
    if !may_read(&data, &found, caller.0.as_ref().map(|c| &c.actor)).await? {
        return Err(AppError::forbidden(t("only-members-read-this-groups-posts")));
    }
    let rows = db::posts::of_group(&data.db, found.actor.id, list.cursor()?, list.limit()).await?;
    let next = (rows.len() as i64 == list.limit()).then(|| rows.last().map(|(p, _)| p.id.to_string())).flatten();
    let mut items = Vec::new();
    for (post, author) in &rows {
        if service::posts::may_read(&data, post, caller.0.as_ref().map(|c| &c.actor)).await? {
            items.push(PostView::new(&data, post, author, Some(&found.actor)));
        }
    }
    Ok(Json(Page::new(items, next)))
}

/// Post in the group (`group` is taken from the path).
#[utoipa::path(post, path = "/groups/{handle}/posts", tag = "groups", security(("bearer" = [])),
    params(("handle" = String, Path)), request_body = PostInput, responses((status = 201, body = PostView)))]
pub async fn post(
    data: Data,
    api: ApiUser,
    ApiPath(handle): ApiPath<String>,
    ApiJson(mut input): ApiJson<PostInput>,
) -> AppResult<(StatusCode, Json<PostView>)> {
    input.group = Some(handle);
    let post = service::posts::compose(&data, &api.actor, &input).await?;
    let group = match post.group_id {
        Some(id) => db::actors::by_id(&data.db, id).await?,
        None => None,
    };
    Ok((StatusCode::CREATED, Json(PostView::new(&data, &post, &api.actor, group.as_ref()))))
}

#[derive(Serialize, ToSchema)]
pub struct MemberView {
    #[serde(flatten)]
    actor: ActorView,
    /// `admin`, `moderator` or `member`.
    role: String,
}

#[derive(Serialize, ToSchema)]
pub struct Members {
    items: Vec<MemberView>,
    next: Option<String>,
    /// Requests to join, for the group's moderators only.
    #[serde(skip_serializing_if = "Option::is_none")]
    requests: Option<Vec<ActorView>>,
}

/// Members with their roles (moderators also see requests to join).
#[utoipa::path(get, path = "/groups/{handle}/members", tag = "groups", params(("handle" = String, Path), ListQuery),
    responses((status = 200, body = Members)))]
pub async fn members(
    data: Data,
    caller: MaybeApiUser,
    ApiPath(handle): ApiPath<String>,
    ApiQuery(list): ApiQuery<ListQuery>,
) -> AppResult<Json<Members>> {
    let found = service::groups::find(&data, &handle, caller.reach()).await?;
    let rows = db::groups::members(&data.db, found.actor.id, list.cursor()?, list.limit()).await?;
    let next = db::next_key(&rows, list.limit(), |last| last.joined.to_string());
    let items = rows
        .iter()
        .map(|member| MemberView { actor: ActorView::new(&data, &member.actor), role: member.role.clone() })
        .collect();
    let mut requests = None;
    if let Some(api) = &caller.0
        && found.actor.local
        && service::groups::is_moderator(&data, &found.actor, &api.actor).await?
    {
        let waiting =
            db::follows::page(&data.db, found.actor.id, db::follows::Side::Followers, PENDING, None, 200).await?;
        requests = Some(waiting.iter().map(|(_, a)| ActorView::new(&data, a)).collect());
    }
    Ok(Json(Members { items, next, requests }))
}

/// Accept or refuse a request to join (moderators).
#[utoipa::path(post, path = "/groups/{handle}/requests/{actor_id}/{decision}", tag = "groups",
    security(("bearer" = [])),
    params(("handle" = String, Path), ("actor_id" = i64, Path), ("decision" = inline(Decision), Path)),
    responses((status = 204, description = "Decided")))]
pub async fn decide(
    data: Data,
    api: ApiUser,
    ApiPath((handle, actor_id, decision)): ApiPath<(String, i64, Decision)>,
) -> AppResult<StatusCode> {
    let found = service::groups::find(&data, &handle, api.reach()).await?;
    service::groups::decide(&data, &api.actor, &found, actor_id, decision.accepts()).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize, ToSchema)]
pub struct Invitee {
    /// `@user@host` or an actor's URL.
    #[serde(default)]
    target: String,
}

#[derive(Serialize, ToSchema)]
pub struct Invited {
    invited: ActorView,
}

/// Invite someone (moderators).
#[utoipa::path(post, path = "/groups/{handle}/invites", tag = "groups", security(("bearer" = [])),
    params(("handle" = String, Path)), request_body = Invitee, responses((status = 200, body = Invited)))]
pub async fn invite(
    data: Data,
    api: ApiUser,
    ApiPath(handle): ApiPath<String>,
    ApiJson(body): ApiJson<Invitee>,
) -> AppResult<Json<Invited>> {
    let found = service::groups::find(&data, &handle, api.reach()).await?;
    let invitee = service::groups::invite(&data, &api.actor, &found, &body.target).await?;
    Ok(Json(Invited { invited: ActorView::new(&data, &invitee) }))
}

#[derive(Deserialize, ToSchema)]
pub struct RoleBody {
    /// `admin`, `moderator` or `member`.
    #[serde(default)]
    role: String,
}

/// Give a member a role (admins).
#[utoipa::path(put, path = "/groups/{handle}/members/{actor_id}", tag = "groups", security(("bearer" = [])),
    params(("handle" = String, Path), ("actor_id" = i64, Path)), request_body = RoleBody,
    responses((status = 204, description = "Role given")))]
pub async fn set_role(
    data: Data,
    api: ApiUser,
    ApiPath((handle, actor_id)): ApiPath<(String, i64)>,
    ApiJson(body): ApiJson<RoleBody>,
) -> AppResult<StatusCode> {
    let found = service::groups::find(&data, &handle, api.reach()).await?;
    service::groups::set_role(&data, &api.actor, &found, actor_id, &body.role).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Remove a member (moderators).
#[utoipa::path(delete, path = "/groups/{handle}/members/{actor_id}", tag = "groups", security(("bearer" = [])),
    params(("handle" = String, Path), ("actor_id" = i64, Path)), responses((status = 204, description = "Removed")))]
pub async fn remove_member(
    data: Data,
    api: ApiUser,
    ApiPath((handle, actor_id)): ApiPath<(String, i64)>,
) -> AppResult<StatusCode> {
    let found = service::groups::find(&data, &handle, api.reach()).await?;
    service::groups::remove_member(&data, &api.actor, &found, actor_id).await?;
    Ok(StatusCode::NO_CONTENT)
}
