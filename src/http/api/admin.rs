use super::ApiJson;
use crate::{
    db::{
        self,
        deliveries::{DELIVERED, FAILED, PENDING},
    },
    error::AppResult,
    http::session::ApiUser,
    service,
    state::AppState,
};
use axum::{
    Json,
    extract::{Path, State},
    http::StatusCode,
};
use serde::Deserialize;
use serde_json::{Value, json};

/// `GET /api/v1/admin/domains`
pub async fn domains(State(state): State<AppState>, me: ApiUser) -> AppResult<Json<Value>> {
    me.require_admin()?;
    let rules = db::domains::all(&state.db).await?;
    let items: Vec<Value> =
        rules.iter().map(|r| json!({"domain": r.domain, "policy": r.policy, "source": "admin"})).collect();
    let federation = &state.config.federation;
    let configured: Vec<Value> = federation
        .blocklist
        .iter()
        .map(|d| json!({"domain": d, "policy": "block", "source": "config"}))
        .chain(federation.allowlist.iter().map(|d| json!({"domain": d, "policy": "allow", "source": "config"})))
        .collect();
    Ok(Json(json!({"items": configured.into_iter().chain(items).collect::<Vec<_>>(), "next": null})))
}

#[derive(Deserialize)]
pub struct Rule {
    domain: String,
    policy: String,
}

/// `POST /api/v1/admin/domains {"domain","policy": "block"|"allow"}`
pub async fn add_domain(
    State(state): State<AppState>,
    me: ApiUser,
    ApiJson(rule): ApiJson<Rule>,
) -> AppResult<(StatusCode, Json<Value>)> {
    me.require_admin()?;
    let domain = service::admin::set_domain_rule(&state, &rule.domain, &rule.policy).await?;
    Ok((StatusCode::CREATED, Json(json!({"domain": domain, "policy": rule.policy}))))
}

/// `DELETE /api/v1/admin/domains/{domain}`
pub async fn remove_domain(
    State(state): State<AppState>,
    me: ApiUser,
    Path(domain): Path<String>,
) -> AppResult<StatusCode> {
    me.require_admin()?;
    service::admin::remove_domain_rule(&state, &domain).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// `GET /api/v1/admin/deliveries`: the queue's state, and one instance's reachability.
pub async fn deliveries(State(state): State<AppState>, me: ApiUser) -> AppResult<Json<Value>> {
    me.require_admin()?;
    Ok(Json(json!({
        "pending": db::deliveries::count_by_state(&state.db, PENDING).await?,
        "delivered": db::deliveries::count_by_state(&state.db, DELIVERED).await?,
        "failed": db::deliveries::count_by_state(&state.db, FAILED).await?,
    })))
}

/// `GET /api/v1/admin/instances/{domain}`
pub async fn instance(
    State(state): State<AppState>,
    me: ApiUser,
    Path(domain): Path<String>,
) -> AppResult<Json<Value>> {
    me.require_admin()?;
    let found = db::deliveries::instance(&state.db, &domain)
        .await?
        .ok_or_else(|| crate::error::AppError::not_found("no deliveries to that domain yet"))?;
    Ok(Json(json!({
        "domain": found.domain,
        "failures": found.failures,
        "unreachable_since": found.unreachable_since.map(|t| t.and_utc().to_rfc3339()),
        "last_success_at": found.last_success_at.map(|t| t.and_utc().to_rfc3339()),
        "last_failure_at": found.last_failure_at.map(|t| t.and_utc().to_rfc3339()),
    })))
}
