use super::ApiJson;
use crate::{db, error::AppResult, http::session::ApiUser, service, state::AppState};
use axum::{
    Json,
    extract::{Path, Query, State},
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

#[derive(Deserialize)]
pub struct LanesQuery {
    servers: Option<i64>,
}

/// `GET /api/v1/admin/deliveries?servers=N`: the queue's counts and the busiest servers' lanes.
pub async fn deliveries(
    State(state): State<AppState>,
    me: ApiUser,
    Query(query): Query<LanesQuery>,
) -> AppResult<Json<service::deliveries::QueueOverview>> {
    me.require_admin()?;
    let servers = query.servers.unwrap_or(50);
    if !(1..=1000).contains(&servers) {
        return Err(crate::error::AppError::bad_request("servers must be between 1 and 1000"));
    }
    Ok(Json(service::deliveries::overview(&state, servers).await?))
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
        "last_error": found.last_error,
        "next_try_at": found.retry_at.filter(|at| *at > db::now()).map(|t| t.and_utc().to_rfc3339()),
    })))
}
