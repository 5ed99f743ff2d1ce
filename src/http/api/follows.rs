use super::{ActorView, ApiJson, ApiPath, ApiQuery, Decision, ListQuery, Page};
use crate::{
    db::{
        self,
        follows::{ACCEPTED, PENDING, Side},
    },
    error::AppResult,
    federation::Data,
    http::{
        api::{events::EventView, resources::ResourceView},
        session::{ApiUser, MaybeApiUser},
    },
    service::{self, follows::Reach, lookup::Found},
};
use axum::{Json, http::StatusCode};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

#[derive(Deserialize, ToSchema)]
pub struct Target {
    /// `@user@host` or an actor's URL.
    target: String,
}

#[derive(Serialize, ToSchema)]
pub struct FollowAnswer {
    /// `accepted`, or `pending` while the other side decides (or its server is unreachable).
    state: String,
    target: ActorView,
}

/// Follow an account, organisation or group.
#[utoipa::path(post, path = "/follows", tag = "follows", security(("bearer" = [])), request_body = Target,
    responses((status = 200, body = FollowAnswer)))]
pub async fn follow(data: Data, me: ApiUser, ApiJson(body): ApiJson<Target>) -> AppResult<Json<FollowAnswer>> {
    let target = service::follows::resolve(&data, &body.target, Reach::Fetch).await?;
    let follow = service::follows::follow(&data, &me.actor, &target).await?;
    Ok(Json(FollowAnswer { state: follow.state, target: ActorView::new(&data, &target.row) }))
}

/// Unfollow.
#[utoipa::path(delete, path = "/follows", tag = "follows", security(("bearer" = [])), request_body = Target,
    responses((status = 204, description = "No longer followed")))]
pub async fn unfollow(data: Data, me: ApiUser, ApiJson(body): ApiJson<Target>) -> AppResult<StatusCode> {
    let target = service::follows::resolve(&data, &body.target, Reach::Fetch).await?;
    service::follows::unfollow(&data, &me.actor, &target.row).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// An actor on one side of a follow.
#[derive(Serialize, ToSchema)]
pub struct FollowView {
    #[serde(flatten)]
    actor: ActorView,
    /// The follow's id (for accepting or rejecting a request).
    follow_id: i64,
    since: String,
}

async fn list(
    data: &Data,
    me: &ApiUser,
    side: Side,
    state: &str,
    query: &ListQuery,
) -> AppResult<Json<Page<FollowView>>> {
    let limit = query.limit();
    let rows = db::follows::page(&data.db, me.actor.id, side, state, query.cursor()?, limit).await?;
    let next = (rows.len() as i64 == limit).then(|| rows.last().map(|(f, _)| f.id.to_string())).flatten();
    let items = rows
        .iter()
        .map(|(f, a)| FollowView {
            actor: ActorView::new(data, a),
            follow_id: f.id,
            since: f.created_at.and_utc().to_rfc3339(),
        })
        .collect();
    Ok(Json(Page::new(items, next)))
}

/// Accepted followers.
#[utoipa::path(get, path = "/me/followers", tag = "follows", security(("bearer" = [])), params(ListQuery),
    responses((status = 200, body = Page<FollowView>)))]
pub async fn followers(
    data: Data,
    me: ApiUser,
    ApiQuery(query): ApiQuery<ListQuery>,
) -> AppResult<Json<Page<FollowView>>> {
    list(&data, &me, Side::Followers, ACCEPTED, &query).await
}

/// Accepted follows (requests awaiting an answer are listed at `/me/following/pending`).
#[utoipa::path(get, path = "/me/following", tag = "follows", security(("bearer" = [])), params(ListQuery),
    responses((status = 200, body = Page<FollowView>)))]
pub async fn following(
    data: Data,
    me: ApiUser,
    ApiQuery(query): ApiQuery<ListQuery>,
) -> AppResult<Json<Page<FollowView>>> {
    list(&data, &me, Side::Following, ACCEPTED, &query).await
}

/// Follow requests the caller sent that await an answer.
#[utoipa::path(get, path = "/me/following/pending", tag = "follows", security(("bearer" = [])), params(ListQuery),
    responses((status = 200, body = Page<FollowView>)))]
pub async fn following_pending(
    data: Data,
    me: ApiUser,
    ApiQuery(query): ApiQuery<ListQuery>,
) -> AppResult<Json<Page<FollowView>>> {
    list(&data, &me, Side::Following, PENDING, &query).await
}

/// Requests to follow the caller, awaiting a decision.
#[utoipa::path(get, path = "/me/follow-requests", tag = "follows", security(("bearer" = [])), params(ListQuery),
    responses((status = 200, body = Page<FollowView>)))]
pub async fn requests(
    data: Data,
    me: ApiUser,
    ApiQuery(query): ApiQuery<ListQuery>,
) -> AppResult<Json<Page<FollowView>>> {
    list(&data, &me, Side::Followers, PENDING, &query).await
}

/// Accept or reject a request to follow the caller.
#[utoipa::path(post, path = "/me/follow-requests/{id}/{decision}", tag = "follows", security(("bearer" = [])),
    params(("id" = i64, Path, description = "The request's `follow_id`"), ("decision" = inline(Decision), Path)),
    responses((status = 204, description = "Decided")))]
pub async fn decide(
    data: Data,
    me: ApiUser,
    ApiPath((id, decision)): ApiPath<(i64, Decision)>,
) -> AppResult<StatusCode> {
    service::follows::decide_request(&data, &me.actor, id, decision.accepts()).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct LookupQuery {
    /// `@user@host`, or the URL of an actor, a resource or an event.
    q: Option<String>,
}

/// What a lookup found, with its `object_type`.
#[derive(Serialize, ToSchema)]
#[serde(tag = "object_type", rename_all = "lowercase")]
pub enum LookupView {
    Actor(ActorView),
    Resource(Box<ResourceView>),
    Event(EventView),
}

/// Find an actor, resource or event by handle or URL, fetching and storing it if remote.
#[utoipa::path(get, path = "/lookup", tag = "follows", params(LookupQuery),
    responses((status = 200, body = LookupView)))]
pub async fn lookup(
    data: Data,
    caller: MaybeApiUser,
    ApiQuery(query): ApiQuery<LookupQuery>,
) -> AppResult<Json<LookupView>> {
    let q = query.q.unwrap_or_default();
    let url = url::Url::parse(q.trim()).ok().filter(|u| matches!(u.scheme(), "http" | "https"));
    let found = match url {
        Some(url) => service::lookup::by_url(&data, &url, caller.reach()).await?,
        None => Found::Actor(service::follows::resolve(&data, &q, caller.reach()).await?),
    };
    Ok(Json(match found {
        Found::Actor(actor) => LookupView::Actor(ActorView::new(&data, &actor.row)),
        Found::Resource(resource) => {
            let (resource, author) = super::resources::find(&data, &resource.id.to_string(), Reach::KnownOnly).await?;
            LookupView::Resource(Box::new(ResourceView::new(&data, &resource, &author)))
        }
        Found::Event(event) => {
            let (event, organizer) = super::events::find(&data, &event.id.to_string(), Reach::KnownOnly).await?;
            LookupView::Event(EventView::new(&data, &event, &organizer))
        }
    }))
}
