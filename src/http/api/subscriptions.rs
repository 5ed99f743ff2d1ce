//! The node directory for administrators: subscriptions to other nodes and relays.

use super::ApiJson;
use crate::{
    error::AppResult,
    federation::Data,
    http::session::ApiUser,
    service::subscriptions::{self, DirectoryEntry},
};
use axum::{Json, extract::Path, http::StatusCode};
use serde::Deserialize;
use serde_json::{Value, json};

pub fn entry_json(entry: &DirectoryEntry) -> Value {
    let s = &entry.subscription;
    json!({
        "domain": s.domain, "kind": s.kind, "name": s.name, "software": s.software, "country": s.country,
        "actor": s.actor_ap_id, "state": s.state, "resources": entry.resources, "reachable": entry.reachable,
        "last_contact_at": s.last_contact_at.map(|t| t.and_utc().to_rfc3339()),
        "subscribed_at": s.created_at.and_utc().to_rfc3339(),
        "backfill": {"state": s.backfill_state, "done": s.backfilled, "total": s.backfill_total, "error": s.backfill_error},
    })
}

/// `GET /api/v1/admin/subscriptions`
pub async fn list(data: Data, me: ApiUser) -> AppResult<Json<Value>> {
    me.require_admin()?;
    let items: Vec<Value> = subscriptions::directory(&data).await?.iter().map(entry_json).collect();
    Ok(Json(json!({"items": items, "next": null})))
}

#[derive(Deserialize)]
pub struct Target {
    target: String,
}

/// `POST /api/v1/admin/subscriptions {"target": domain | actor URL | relay inbox URL}`
pub async fn subscribe(
    data: Data,
    me: ApiUser,
    ApiJson(body): ApiJson<Target>,
) -> AppResult<(StatusCode, Json<Value>)> {
    me.require_admin()?;
    let subscription = subscriptions::subscribe(&data, &body.target).await?;
    let entry = DirectoryEntry { subscription, resources: 0, reachable: true };
    Ok((StatusCode::CREATED, Json(entry_json(&entry))))
}

/// `DELETE /api/v1/admin/subscriptions/{domain}`
pub async fn unsubscribe(data: Data, me: ApiUser, Path(domain): Path<String>) -> AppResult<StatusCode> {
    me.require_admin()?;
    subscriptions::unsubscribe(&data, &domain).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// `POST /api/v1/admin/subscriptions/{domain}/block`: unsubscribe and block the domain.
pub async fn block(data: Data, me: ApiUser, Path(domain): Path<String>) -> AppResult<StatusCode> {
    me.require_admin()?;
    subscriptions::block(&data, &domain).await?;
    Ok(StatusCode::NO_CONTENT)
}
