use super::{ApiJson, ApiPath, ApiQuery, Page};
use crate::{
    db,
    domain::node::IdentityInput,
    error::{AppError, AppResult},
    federation::Data,
    http::session::ApiUser,
    service::{self, deliveries::QueueOverview, node::NodeIdentity},
    state::AppState,
};
use axum::{Json, extract::State, http::StatusCode};
use cairn_templates::i18n::t;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

#[derive(Serialize, ToSchema)]
pub struct DomainRuleView {
    domain: String,
    /// `block`, `limit` or `allow`.
    policy: String,
    /// `config` (the configuration file; changed there) or `admin` (set here).
    source: &'static str,
}

/// Domain allow and block rules, from the configuration and from admins.
#[utoipa::path(get, path = "/admin/domains", tag = "admin", security(("bearer" = [])),
    responses((status = 200, body = Page<DomainRuleView>)))]
pub async fn domains(State(state): State<AppState>, me: ApiUser) -> AppResult<Json<Page<DomainRuleView>>> {
    me.require_admin()?;
    let rules = db::domains::all(&state.db).await?;
    let federation = &state.config.federation;
    let rule = |domain: &String, policy: &str, source| DomainRuleView {
        domain: domain.clone(),
        policy: policy.into(),
        source,
    };
    let items = federation
        .blocklist
        .iter()
        .map(|d| rule(d, "block", "config"))
        .chain(federation.allowlist.iter().map(|d| rule(d, "allow", "config")))
        .chain(rules.iter().map(|r| rule(&r.domain, &r.policy, "admin")))
        .collect();
    Ok(Json(Page::whole(items)))
}

#[derive(Deserialize, ToSchema)]
pub struct Rule {
    domain: String,
    /// `block` (refused, and what it had here deleted), `limit` (out of public lists) or `allow`.
    policy: String,
}

/// Add a rule for a domain.
#[utoipa::path(post, path = "/admin/domains", tag = "admin", security(("bearer" = [])), request_body = Rule,
    responses((status = 201, body = DomainRuleView)))]
pub async fn add_domain(
    State(state): State<AppState>,
    me: ApiUser,
    ApiJson(rule): ApiJson<Rule>,
) -> AppResult<(StatusCode, Json<DomainRuleView>)> {
    me.require_admin()?;
    let domain = service::admin::set_domain_rule(&state, &me.user.username, &rule.domain, &rule.policy).await?;
    Ok((StatusCode::CREATED, Json(DomainRuleView { domain, policy: rule.policy, source: "admin" })))
}

/// Remove an admin's rule.
#[utoipa::path(delete, path = "/admin/domains/{domain}", tag = "admin", security(("bearer" = [])),
    params(("domain" = String, Path)), responses((status = 204, description = "Removed")))]
pub async fn remove_domain(
    State(state): State<AppState>,
    me: ApiUser,
    ApiPath(domain): ApiPath<String>,
) -> AppResult<StatusCode> {
    me.require_admin()?;
    service::admin::remove_domain_rule(&state, &me.user.username, &domain).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct LanesQuery {
    /// How many servers' lanes, 1 to 1000 (50 when absent).
    servers: Option<i64>,
}

/// Delivery queue counts and per-server lanes (queued, in flight, last success and error, next try).
#[utoipa::path(get, path = "/admin/deliveries", tag = "admin", security(("bearer" = [])), params(LanesQuery),
    responses((status = 200, body = QueueOverview)))]
pub async fn deliveries(
    State(state): State<AppState>,
    me: ApiUser,
    ApiQuery(query): ApiQuery<LanesQuery>,
) -> AppResult<Json<QueueOverview>> {
    me.require_admin()?;
    let servers = query.servers.unwrap_or(50);
    if !(1..=1000).contains(&servers) {
        return Err(AppError::bad_parameter("servers", t("servers-must-be-between-1-and-1000")));
    }
    Ok(Json(service::deliveries::overview(&state, servers).await?))
}

#[derive(Serialize, ToSchema)]
pub struct InstanceView {
    domain: String,
    /// Failed deliveries in a row.
    failures: i32,
    unreachable_since: Option<String>,
    last_success_at: Option<String>,
    last_failure_at: Option<String>,
    last_error: Option<String>,
    next_try_at: Option<String>,
}

/// Reachability of a remote server.
#[utoipa::path(get, path = "/admin/instances/{domain}", tag = "admin", security(("bearer" = [])),
    params(("domain" = String, Path)), responses((status = 200, body = InstanceView)))]
pub async fn instance(
    State(state): State<AppState>,
    me: ApiUser,
    ApiPath(domain): ApiPath<String>,
) -> AppResult<Json<InstanceView>> {
    me.require_admin()?;
    let found = db::deliveries::instance(&state.db, &domain)
        .await?
        .ok_or_else(|| AppError::not_found(t("no-deliveries-to-that-domain-yet")))?;
    let time = |t: Option<chrono::NaiveDateTime>| t.map(|t| t.and_utc().to_rfc3339());
    Ok(Json(InstanceView {
        domain: found.domain,
        failures: found.failures,
        unreachable_since: time(found.unreachable_since),
        last_success_at: time(found.last_success_at),
        last_failure_at: time(found.last_failure_at),
        last_error: found.last_error,
        next_try_at: time(found.retry_at.filter(|at| *at > db::now())),
    }))
}

/// Who runs this node: its name, city, country, description, logo and contact.
#[utoipa::path(get, path = "/node", tag = "node", responses((status = 200, body = NodeIdentity)))]
pub async fn node(State(state): State<AppState>) -> AppResult<Json<NodeIdentity>> {
    Ok(Json(service::node::identity(&state).await?))
}

/// Rename or redescribe the node (admins): every page shows it at once, and the organisation's
/// followers get an `Update` of its actor. Every field is replaced; `name` is required.
#[utoipa::path(put, path = "/admin/node", tag = "admin", security(("bearer" = [])), request_body = IdentityInput,
    responses((status = 200, body = NodeIdentity)))]
pub async fn set_node(
    data: Data,
    me: ApiUser,
    ApiJson(input): ApiJson<IdentityInput>,
) -> AppResult<Json<NodeIdentity>> {
    me.require_admin()?;
    Ok(Json(service::node::set_identity(&data, &me.user.username, &input).await?))
}

/// The node's rules, as its admins publish them.
#[derive(Debug, serde::Serialize, serde::Deserialize, utoipa::ToSchema)]
pub struct NodeRules {
    /// One text per rule, in order; reports cite a rule by its position (from 1).
    pub rules: Vec<String>,
}

/// The rules of this node: shown at registration, in NodeInfo and to Mastodon apps.
#[utoipa::path(get, path = "/node/rules", tag = "node", responses((status = 200, body = NodeRules)))]
pub async fn rules(State(state): State<AppState>) -> AppResult<Json<NodeRules>> {
    Ok(Json(NodeRules { rules: service::node::rules(&state).await? }))
}

/// Publish the node's rules (admins), replacing the earlier ones; empty texts are dropped.
#[utoipa::path(put, path = "/admin/node/rules", tag = "admin", security(("bearer" = [])), request_body = NodeRules,
    responses((status = 200, body = NodeRules)))]
pub async fn set_rules(
    State(state): State<AppState>,
    me: ApiUser,
    ApiJson(input): ApiJson<NodeRules>,
) -> AppResult<Json<NodeRules>> {
    me.require_admin()?;
    Ok(Json(NodeRules { rules: service::node::set_rules(&state, &me.user.username, &input.rules).await? }))
}
