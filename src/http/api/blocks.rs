//! What a person blocks or mutes, in the JSON API. `GET` of these paths is shared with
//! Mastodon's API (answered by whichever API the caller's token belongs to).

use super::{ActorView, ApiJson, ApiQuery, ListQuery, Page};
use crate::{
    db::{
        self,
        models::{Actor, PersonalBlock},
    },
    error::AppResult,
    federation::Data,
    http::session::ApiUser,
    service::blocks::{self, Kind},
};
use axum::{Json, http::StatusCode};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

#[derive(Deserialize, ToSchema)]
pub struct BlockInput {
    /// An account (`@name@host`, its address, or the name of someone here) or a whole domain
    /// (`city.example`).
    target: String,
}

#[derive(Serialize, ToSchema)]
pub struct BlockView {
    /// The account's address, or the domain.
    target: String,
    /// `account` or `domain`.
    target_kind: &'static str,
    account: Option<ActorView>,
    created_at: String,
}

impl BlockView {
    fn new(data: &Data, row: &PersonalBlock, account: Option<&Actor>) -> BlockView {
        BlockView {
            target: row.target.clone(),
            target_kind: if row.target_domain.is_some() { "domain" } else { "account" },
            account: account.map(|a| ActorView::new(data, a)),
            created_at: row.created_at.and_utc().to_rfc3339(),
        }
    }
}

async fn add(data: &Data, me: &ApiUser, kind: Kind, input: &BlockInput) -> AppResult<(StatusCode, Json<BlockView>)> {
    let target = blocks::target_of(data, &input.target).await?;
    let row = blocks::add(data, &me.actor, kind, target.clone()).await?;
    let account = match &target {
        blocks::Target::Account(actor) => Some(actor.as_ref()),
        blocks::Target::Domain(_) => None,
    };
    Ok((StatusCode::CREATED, Json(BlockView::new(data, &row, account))))
}

async fn lift(data: &Data, me: &ApiUser, kind: Kind, input: &BlockInput) -> AppResult<StatusCode> {
    let target = blocks::target_of(data, &input.target).await?;
    blocks::remove(data, &me.actor, kind, &target).await?;
    Ok(StatusCode::NO_CONTENT)
}

async fn list(data: &Data, me: &ApiUser, kind: Kind, list: &ListQuery) -> AppResult<Json<Page<BlockView>>> {
    let limit = list.limit();
    let rows = db::blocks::list(&data.db, me.actor.id, kind.as_str(), list.cursor()?, limit).await?;
    let next = (rows.len() as i64 == limit).then(|| rows.last().map(|(b, _)| b.id.to_string())).flatten();
    Ok(Json(Page::new(rows.iter().map(|(b, a)| BlockView::new(data, b, a.as_ref())).collect(), next)))
}

/// Block an account or a domain: it can no longer follow you, mention you, reply to what you
/// publish or join your events; follows between you end, and a remote account is sent a `Block`.
#[utoipa::path(post, path = "/blocks", tag = "follows", security(("bearer" = [])), request_body = BlockInput,
    responses((status = 201, body = BlockView)))]
pub async fn block(
    data: Data,
    me: ApiUser,
    ApiJson(input): ApiJson<BlockInput>,
) -> AppResult<(StatusCode, Json<BlockView>)> {
    add(&data, &me, Kind::Block, &input).await
}

/// Lift a block (a remote account is sent the `Undo`).
#[utoipa::path(delete, path = "/blocks", tag = "follows", security(("bearer" = [])), request_body = BlockInput,
    responses((status = 204, description = "Lifted"), (status = 404, description = "Not blocked")))]
pub async fn unblock(data: Data, me: ApiUser, ApiJson(input): ApiJson<BlockInput>) -> AppResult<StatusCode> {
    lift(&data, &me, Kind::Block, &input).await
}

/// The accounts and domains you block, newest first.
#[utoipa::path(get, path = "/blocks", tag = "follows", security(("bearer" = [])), params(ListQuery),
    responses((status = 200, body = Page<BlockView>)))]
pub async fn blocked(
    data: Data,
    me: ApiUser,
    ApiQuery(query): ApiQuery<ListQuery>,
) -> AppResult<Json<Page<BlockView>>> {
    list(&data, &me, Kind::Block, &query).await
}

/// Mute an account or a domain: it disappears from your feed and notifications; nothing is sent.
#[utoipa::path(post, path = "/mutes", tag = "follows", security(("bearer" = [])), request_body = BlockInput,
    responses((status = 201, body = BlockView)))]
pub async fn mute(
    data: Data,
    me: ApiUser,
    ApiJson(input): ApiJson<BlockInput>,
) -> AppResult<(StatusCode, Json<BlockView>)> {
    add(&data, &me, Kind::Mute, &input).await
}

/// Lift a mute.
#[utoipa::path(delete, path = "/mutes", tag = "follows", security(("bearer" = [])), request_body = BlockInput,
    responses((status = 204, description = "Lifted"), (status = 404, description = "Not muted")))]
pub async fn unmute(data: Data, me: ApiUser, ApiJson(input): ApiJson<BlockInput>) -> AppResult<StatusCode> {
    lift(&data, &me, Kind::Mute, &input).await
}

/// The accounts and domains you mute, newest first.
#[utoipa::path(get, path = "/mutes", tag = "follows", security(("bearer" = [])), params(ListQuery),
    responses((status = 200, body = Page<BlockView>)))]
pub async fn muted(data: Data, me: ApiUser, ApiQuery(query): ApiQuery<ListQuery>) -> AppResult<Json<Page<BlockView>>> {
    list(&data, &me, Kind::Mute, &query).await
}
