//! Mastodon's blocks, mutes and domain blocks, over Cairn's personal blocks.

use super::{
    Client, MastoResult, Paging,
    accounts::{actor_by_id, relationship},
    entities,
    timelines::by_token,
};
use crate::{
    db,
    error::AppError,
    federation::Data,
    service::blocks::{self, Kind, Target},
    state::AppState,
};
use axum::{
    Json,
    body::Bytes,
    extract::{Path, Query, RawQuery, Request, State},
    http::HeaderMap,
    response::Response,
};
use cairn_templates::i18n::t;
use serde_json::Value;

async fn change(data: &Data, client: &Client, id: &str, kind: Kind, on: bool) -> MastoResult<Json<Value>> {
    let scope = if kind == Kind::Block { "write:blocks" } else { "write:mutes" };
    let (_, me) = client.person(scope)?;
    let target = actor_by_id(data, id).await?;
    let account = Target::Account(Box::new(target.clone()));
    if on {
        blocks::add(data, me, kind, account).await?;
    } else {
        lift_if_held(data, me, kind, &account).await?;
    }
    Ok(Json(relationship(data, me, &target).await?))
}

/// Mastodon answers an undo of something not done with success, as if done.
async fn lift_if_held(data: &Data, me: &crate::db::models::Actor, kind: Kind, target: &Target) -> MastoResult<()> {
    if let Some(held) = blocks::held(data, me, kind, target).await? {
        blocks::lift(data, me, &held, target).await?;
    }
    Ok(())
}

pub async fn block(data: Data, client: Client, Path(id): Path<String>) -> MastoResult<Json<Value>> {
    change(&data, &client, &id, Kind::Block, true).await
}

pub async fn unblock(data: Data, client: Client, Path(id): Path<String>) -> MastoResult<Json<Value>> {
    change(&data, &client, &id, Kind::Block, false).await
}

pub async fn mute(data: Data, client: Client, Path(id): Path<String>) -> MastoResult<Json<Value>> {
    change(&data, &client, &id, Kind::Mute, true).await
}

pub async fn unmute(data: Data, client: Client, Path(id): Path<String>) -> MastoResult<Json<Value>> {
    change(&data, &client, &id, Kind::Mute, false).await
}

/// The blocked or muted accounts, as Mastodon lists them (domains are under `domain_blocks`).
async fn accounts(data: &Data, client: &Client, kind: Kind, paging: &Paging) -> MastoResult<Json<Value>> {
    let scope = if kind == Kind::Block { "read:blocks" } else { "read:mutes" };
    let (_, me) = client.person(scope)?;
    let before = paging.max_id.as_deref().and_then(|id| id.parse().ok());
    let rows = db::blocks::list(&data.db, me.id, kind.as_str(), before, paging.limit() as i64).await?;
    let mut items = Vec::new();
    for account in rows.iter().filter_map(|(_, account)| account.as_ref()) {
        items.push(entities::account(data, account).await?);
    }
    Ok(Json(Value::Array(items)))
}

pub async fn blocked(data: Data, client: Client, Query(paging): Query<Paging>) -> MastoResult<Json<Value>> {
    accounts(&data, &client, Kind::Block, &paging).await
}

pub async fn muted(data: Data, client: Client, Query(paging): Query<Paging>) -> MastoResult<Json<Value>> {
    accounts(&data, &client, Kind::Mute, &paging).await
}

/// `GET /api/v1/domain_blocks`: the blocked domains, as strings.
pub async fn domains(data: Data, client: Client, Query(paging): Query<Paging>) -> MastoResult<Json<Value>> {
    let (_, me) = client.person("read:blocks")?;
    let before = paging.max_id.as_deref().and_then(|id| id.parse().ok());
    let domains = db::blocks::domains(&data.db, me.id, before, paging.limit() as i64).await?;
    Ok(Json(Value::Array(domains.into_iter().map(Value::String).collect())))
}

/// The `domain` of a domain block request, from the body (form or JSON) or the query.
fn domain_field(headers: &HeaderMap, body: &[u8], query: Option<String>) -> MastoResult<String> {
    let mut fields = super::request_fields(headers, body)?;
    for (key, value) in url::form_urlencoded::parse(query.unwrap_or_default().as_bytes()) {
        fields.entry(key.into_owned()).or_insert(value.into_owned());
    }
    let domain = fields.remove("domain").unwrap_or_default();
    if domain.contains('@') || domain.contains('/') || domain.trim().is_empty() {
        return Err(AppError::invalid("domain", t("name-a-domain-such-as-city-example")).into());
    }
    Ok(domain)
}

pub async fn block_domain(
    data: Data,
    client: Client,
    headers: HeaderMap,
    RawQuery(query): RawQuery,
    body: Bytes,
) -> MastoResult<Json<Value>> {
    let (_, me) = client.person("write:blocks")?;
    let target = blocks::target_of(&data, &domain_field(&headers, &body, query)?).await?;
    blocks::add(&data, me, Kind::Block, target).await?;
    Ok(Json(serde_json::json!({})))
}

pub async fn unblock_domain(
    data: Data,
    client: Client,
    headers: HeaderMap,
    RawQuery(query): RawQuery,
    body: Bytes,
) -> MastoResult<Json<Value>> {
    let (_, me) = client.person("write:blocks")?;
    let target = blocks::target_of(&data, &domain_field(&headers, &body, query)?).await?;
    lift_if_held(&data, me, Kind::Block, &target).await?;
    Ok(Json(serde_json::json!({})))
}

/// Mastodon's list unless the caller uses a Cairn API token (then Cairn's page of blocks).
pub async fn blocked_either(State(state): State<AppState>, request: Request) -> Response {
    by_token(state, request, crate::http::api::blocks::blocked, blocked).await
}

pub async fn muted_either(State(state): State<AppState>, request: Request) -> Response {
    by_token(state, request, crate::http::api::blocks::muted, muted).await
}
