use super::{ApiJson, ListQuery, actor_json};
use crate::{
    db::{
        self,
        follows::{ACCEPTED, PENDING, Side},
    },
    error::AppResult,
    federation::Data,
    http::session::{ApiUser, MaybeApiUser},
    service::{self, follows::Reach, lookup::Found},
};
use axum::{
    Json,
    extract::{Path, Query},
    http::StatusCode,
};
use serde::Deserialize;

#[derive(Deserialize)]
pub struct LookupQuery {
    q: Option<String>,
}
use serde_json::{Value, json};

#[derive(Deserialize)]
pub struct Target {
    target: String,
}

/// `POST /api/v1/follows {"target"}` → `{"state": "pending"|"accepted"}`
pub async fn follow(data: Data, me: ApiUser, ApiJson(body): ApiJson<Target>) -> AppResult<(StatusCode, Json<Value>)> {
    let target = service::follows::resolve(&data, &body.target, Reach::Fetch).await?;
    let follow = service::follows::follow(&data, &me.actor, &target).await?;
    Ok((StatusCode::OK, Json(json!({"state": follow.state, "target": actor_json(&data, &target.row)}))))
}

/// `DELETE /api/v1/follows {"target"}`
pub async fn unfollow(data: Data, me: ApiUser, ApiJson(body): ApiJson<Target>) -> AppResult<StatusCode> {
    let target = service::follows::resolve(&data, &body.target, Reach::Fetch).await?;
    service::follows::unfollow(&data, &me.actor, &target.row).await?;
    Ok(StatusCode::NO_CONTENT)
}

async fn list(data: &Data, me: &ApiUser, side: Side, state: &str, query: &ListQuery) -> AppResult<Json<Value>> {
    let limit = query.limit();
    let rows = db::follows::page(&data.db, me.actor.id, side, state, query.cursor()?, limit).await?;
    let next = (rows.len() as i64 == limit).then(|| rows.last().map(|(f, _)| f.id.to_string())).flatten();
    let items: Vec<Value> = rows
        .iter()
        .map(|(f, a)| {
            let mut item = actor_json(data, a);
            item["follow_id"] = json!(f.id);
            item["since"] = json!(f.created_at.and_utc().to_rfc3339());
            item
        })
        .collect();
    Ok(Json(json!({"items": items, "next": next})))
}

/// `GET /api/v1/me/followers`
pub async fn followers(data: Data, me: ApiUser, Query(query): Query<ListQuery>) -> AppResult<Json<Value>> {
    list(&data, &me, Side::Followers, ACCEPTED, &query).await
}

/// `GET /api/v1/me/following` (accepted follows; `pending` requests are listed separately)
pub async fn following(data: Data, me: ApiUser, Query(query): Query<ListQuery>) -> AppResult<Json<Value>> {
    list(&data, &me, Side::Following, ACCEPTED, &query).await
}

/// `GET /api/v1/me/following/pending`: requests this account sent that await an answer.
pub async fn following_pending(data: Data, me: ApiUser, Query(query): Query<ListQuery>) -> AppResult<Json<Value>> {
    list(&data, &me, Side::Following, PENDING, &query).await
}

/// `GET /api/v1/me/follow-requests`: requests to follow this account, awaiting a decision.
pub async fn requests(data: Data, me: ApiUser, Query(query): Query<ListQuery>) -> AppResult<Json<Value>> {
    list(&data, &me, Side::Followers, PENDING, &query).await
}

/// `POST /api/v1/me/follow-requests/{id}/accept` and `/reject`
pub async fn decide(data: Data, me: ApiUser, Path((id, decision)): Path<(i64, String)>) -> AppResult<StatusCode> {
    let accept = match decision.as_str() {
        "accept" => true,
        "reject" => false,
        _ => return Err(crate::error::AppError::not_found("use /accept or /reject")),
    };
    service::follows::decide_request(&data, &me.actor, id, accept).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// `GET /api/v1/lookup?q=@user@host|URL`: the actor or resource, fetched and stored if remote.
pub async fn lookup(data: Data, caller: MaybeApiUser, Query(query): Query<LookupQuery>) -> AppResult<Json<Value>> {
    let q = query.q.unwrap_or_default();
    let url = url::Url::parse(q.trim()).ok().filter(|u| matches!(u.scheme(), "http" | "https"));
    let found = match url {
        Some(url) => service::lookup::by_url(&data, &url, caller.reach()).await?,
        None => Found::Actor(service::follows::resolve(&data, &q, caller.reach()).await?),
    };
    Ok(Json(match found {
        Found::Actor(actor) => with_type(actor_json(&data, &actor.row), "actor"),
        Found::Resource(resource) => {
            let (resource, author) = super::resources::find(&data, &resource.id.to_string(), Reach::KnownOnly).await?;
            with_type(super::resources::resource_json(&data, &resource, &author), "resource")
        }
        Found::Event(event) => {
            let (event, organizer) = super::events::find(&data, &event.id.to_string(), Reach::KnownOnly).await?;
            with_type(super::events::event_json(&data, &event, &organizer), "event")
        }
    }))
}

fn with_type(mut value: Value, kind: &str) -> Value {
    value["object_type"] = Value::String(kind.to_string());
    value
}
