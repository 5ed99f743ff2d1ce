//! The node directory for administrators: subscriptions to other nodes and relays.

use super::{ApiJson, ApiPath, Page};
use crate::{
    error::AppResult,
    federation::Data,
    http::session::ApiUser,
    service::subscriptions::{self, DirectoryEntry},
};
use axum::{Json, http::StatusCode};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

#[derive(Serialize, ToSchema)]
pub struct BackfillView {
    /// `waiting`, `running`, `done` or `failed`.
    state: String,
    done: i64,
    total: Option<i64>,
    error: Option<String>,
}

/// A node or relay this node is subscribed to.
#[derive(Serialize, ToSchema)]
pub struct SubscriptionView {
    domain: String,
    /// `node`, `relay` or `mastodon_relay`.
    kind: String,
    name: String,
    software: String,
    country: String,
    actor: Option<String>,
    /// `pending`, `accepted` or `rejected`.
    state: String,
    /// Resources held here that came from it.
    resources: i64,
    reachable: bool,
    last_contact_at: Option<String>,
    subscribed_at: String,
    backfill: BackfillView,
}

impl SubscriptionView {
    pub fn new(entry: &DirectoryEntry) -> Self {
        let s = &entry.subscription;
        SubscriptionView {
            domain: s.domain.clone(),
            kind: s.kind.clone(),
            name: s.name.clone(),
            software: s.software.clone(),
            country: s.country.clone(),
            actor: s.actor_ap_id.clone(),
            state: s.state.clone(),
            resources: entry.resources,
            reachable: entry.reachable,
            last_contact_at: s.last_contact_at.map(|t| t.and_utc().to_rfc3339()),
            subscribed_at: s.created_at.and_utc().to_rfc3339(),
            backfill: BackfillView {
                state: s.backfill_state.clone(),
                done: s.backfilled,
                total: s.backfill_total,
                error: s.backfill_error.clone(),
            },
        }
    }
}

/// The node directory: subscribed nodes and relays, their counts and backfill.
#[utoipa::path(get, path = "/admin/subscriptions", tag = "admin", security(("bearer" = [])),
    responses((status = 200, body = Page<SubscriptionView>)))]
pub async fn list(data: Data, me: ApiUser) -> AppResult<Json<Page<SubscriptionView>>> {
    me.require_admin()?;
    let items = subscriptions::directory(&data).await?.iter().map(SubscriptionView::new).collect();
    Ok(Json(Page::whole(items)))
}

#[derive(Deserialize, ToSchema)]
pub struct Target {
    /// A node's domain, a relay actor's URL or a relay inbox's URL.
    target: String,
}

/// Subscribe to a node or relay.
#[utoipa::path(post, path = "/admin/subscriptions", tag = "admin", security(("bearer" = [])), request_body = Target,
    responses((status = 201, body = SubscriptionView)))]
pub async fn subscribe(
    data: Data,
    me: ApiUser,
    ApiJson(body): ApiJson<Target>,
) -> AppResult<(StatusCode, Json<SubscriptionView>)> {
    me.require_admin()?;
    let subscription = subscriptions::subscribe(&data, &me.user.username, &body.target).await?;
    let entry = DirectoryEntry { subscription, resources: 0, reachable: true };
    Ok((StatusCode::CREATED, Json(SubscriptionView::new(&entry))))
}

/// Unsubscribe.
#[utoipa::path(delete, path = "/admin/subscriptions/{domain}", tag = "admin", security(("bearer" = [])),
    params(("domain" = String, Path)), responses((status = 204, description = "Unsubscribed")))]
pub async fn unsubscribe(data: Data, me: ApiUser, ApiPath(domain): ApiPath<String>) -> AppResult<StatusCode> {
    me.require_admin()?;
    subscriptions::unsubscribe(&data, &me.user.username, &domain).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Unsubscribe and block the domain.
#[utoipa::path(post, path = "/admin/subscriptions/{domain}/block", tag = "admin", security(("bearer" = [])),
    params(("domain" = String, Path)), responses((status = 204, description = "Unsubscribed and blocked")))]
pub async fn block(data: Data, me: ApiUser, ApiPath(domain): ApiPath<String>) -> AppResult<StatusCode> {
    me.require_admin()?;
    subscriptions::block(&data, &me.user.username, &domain).await?;
    Ok(StatusCode::NO_CONTENT)
}
