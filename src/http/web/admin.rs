use super::ask_first;
use super::extract::{Form, Path};
use super::{WebResult, ctx, form_errors, page, redirect_with_flash};
use crate::{
    db, domain::node::IdentityInput, error::AppResult, federation::Data, http::session::Viewer, service,
    state::AppState,
};
use axum::{
    extract::State,
    http::{HeaderMap, StatusCode},
};
use cairn_templates::components::Confirmation;
use cairn_templates::{
    Ctx, FormErrors,
    i18n::{t, t_with},
    network::{LaneRow, NodeRow},
    pages::{self, IdentityValues},
};
use serde::Deserialize;

async fn render(data: &Data, ctx: &Ctx, errors: &FormErrors) -> AppResult<axum::response::Response> {
    let saved = service::node::identity(data).await?.into_input();
    render_with(data, ctx, errors, &values(saved), None).await
}

fn values(input: IdentityInput) -> IdentityValues {
    IdentityValues {
        name: input.name,
        city: input.city,
        country: input.country,
        description: input.description,
        logo_url: input.logo_url,
        contact: input.contact,
        language: input.language.unwrap_or_default(),
    }
}

async fn render_with(
    data: &Data,
    ctx: &Ctx,
    errors: &FormErrors,
    identity: &IdentityValues,
    typed_rules: Option<&str>,
) -> AppResult<axum::response::Response> {
    let state: &AppState = data;
    let node_rules = match typed_rules {
        Some(typed) => typed.to_string(),
        None => service::node::rules(state).await?.join("\n"),
    };
    let rules: Vec<(String, String)> =
        db::domains::all(&state.db).await?.into_iter().map(|r| (r.domain, r.policy)).collect();
    let waiting: Vec<(i64, String, String)> =
        db::users::awaiting_approval(&state.db).await?.into_iter().map(|u| (u.id, u.username, u.email)).collect();
    let federation = &state.config.federation;
    let matrix = state.finance.status();
    let matrix_error = matrix.error.as_ref().map(|e| e.to_string());
    let nodes: Vec<NodeRow> = service::subscriptions::directory(data).await?.into_iter().map(node_row).collect();
    let subscription_error = errors.field("target");
    let queue = service::deliveries::overview(state, 20).await?;
    let lanes: Vec<LaneRow> = queue.servers.into_iter().map(lane_row).collect();
    let admin = pages::AdminPage {
        identity,
        node_rules: &node_rules,
        nodes: &nodes,
        subscription_error,
        matrix_source: &matrix.source,
        matrix_options: matrix.options,
        matrix_error: matrix_error.as_deref(),
        configured_allow: &federation.allowlist,
        configured_block: &federation.blocklist,
        rules: &rules,
        awaiting_approval: &waiting,
        pending_deliveries: queue.counts.pending,
        failed_deliveries: queue.counts.failed,
        lanes: &lanes,
    };
    let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    Ok(page(ctx, status, pages::admin(ctx, &admin, errors)))
}

pub async fn show(state: Data, viewer: Viewer, headers: HeaderMap) -> WebResult {
    viewer.require_admin()?;
    let ctx = ctx(&state, &viewer, &headers).await?;
    Ok(render(&state, &ctx, &FormErrors::default()).await?)
}

#[derive(Deserialize)]
pub struct IdentityForm {
    #[serde(default)]
    csrf: String,
    #[serde(flatten)]
    identity: IdentityInput,
}

pub async fn set_identity(data: Data, viewer: Viewer, headers: HeaderMap, Form(form): Form<IdentityForm>) -> WebResult {
    viewer.check_csrf(&form.csrf)?;
    let (admin, _) = viewer.require_admin()?;
    match service::node::set_identity(&data, &admin.username, &form.identity).await {
        Ok(_) => Ok(redirect_with_flash("/admin#identity", t("the-nodes-identity-is-saved"))),
        Err(err) => {
            let errors = form_errors(err)?;
            let ctx = ctx(&data, &viewer, &headers).await?;
            Ok(render_with(&data, &ctx, &errors, &values(form.identity), None).await?)
        }
    }
}

#[derive(Deserialize)]
pub struct NodeRulesForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    rules: String,
}

pub async fn set_node_rules(
    data: Data,
    viewer: Viewer,
    headers: HeaderMap,
    Form(form): Form<NodeRulesForm>,
) -> WebResult {
    viewer.check_csrf(&form.csrf)?;
    let (admin, _) = viewer.require_admin()?;
    let rules: Vec<String> = form.rules.lines().map(str::to_string).collect();
    match service::node::set_rules(&data, &admin.username, &rules).await {
        Ok(_) => Ok(redirect_with_flash("/admin#node-rules", t("the-nodes-rules-are-published"))),
        Err(err) => {
            let errors = form_errors(err)?;
            let ctx = ctx(&data, &viewer, &headers).await?;
            let saved = service::node::identity(&data).await?.into_input();
            Ok(render_with(&data, &ctx, &errors, &values(saved), Some(&form.rules)).await?)
        }
    }
}

#[derive(Deserialize)]
pub struct RuleForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    domain: String,
    #[serde(default)]
    policy: String,
}

pub async fn add_rule(state: Data, viewer: Viewer, headers: HeaderMap, Form(form): Form<RuleForm>) -> WebResult {
    viewer.check_csrf(&form.csrf)?;
    let (admin, _) = viewer.require_admin()?;
    match service::admin::set_domain_rule(&state, &admin.username, &form.domain, &form.policy).await {
        Ok(domain) => {
            Ok(redirect_with_flash("/admin", &t_with("rule-saved-for-domain", &[("domain", (domain).into())])))
        }
        Err(err) => {
            let errors = form_errors(err)?;
            let ctx = ctx(&state, &viewer, &headers).await?;
            Ok(render(&state, &ctx, &errors).await?)
        }
    }
}

pub async fn remove_rule(State(state): State<AppState>, viewer: Viewer, Form(form): Form<RuleForm>) -> WebResult {
    viewer.check_csrf(&form.csrf)?;
    let (admin, _) = viewer.require_admin()?;
    service::admin::remove_domain_rule(&state, &admin.username, &form.domain).await?;
    Ok(redirect_with_flash("/admin", t("rule-removed")))
}

#[derive(Deserialize)]
pub struct TokenOnly {
    #[serde(default)]
    csrf: String,
}

pub async fn approve_user(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(id): Path<i64>,
    Form(form): Form<TokenOnly>,
) -> WebResult {
    viewer.check_csrf(&form.csrf)?;
    let (admin, _) = viewer.require_admin()?;
    service::admin::approve_user(&state, &admin.username, id).await?;
    Ok(redirect_with_flash("/admin", t("account-approved")))
}

/// Reloads the finance matrix file; a broken file is reported on the page and not used.
pub async fn reload_matrix(state: Data, viewer: Viewer, headers: HeaderMap, Form(form): Form<TokenOnly>) -> WebResult {
    viewer.check_csrf(&form.csrf)?;
    let (admin, _) = viewer.require_admin()?;
    match service::finance::reload(&state, &admin.username).await {
        Ok(options) => Ok(redirect_with_flash(
            "/admin#finance-matrix",
            &t_with("finance-matrix-reloaded-options", &[("count", (options).into())]),
        )),
        Err(err) => {
            // The page itself shows the error kept with the matrix; say so at the top too.
            let errors = FormErrors { summary: Some(err.message), fields: Vec::new() };
            let ctx = ctx(&state, &viewer, &headers).await?;
            Ok(render(&state, &ctx, &errors).await?)
        }
    }
}

fn lane_row(lane: service::deliveries::ServerLane) -> LaneRow {
    let when = |t: Option<chrono::DateTime<chrono::Utc>>| t.map(|t| t.format("%Y-%m-%d %H:%M:%S UTC").to_string());
    LaneRow {
        domain: lane.domain,
        queued: lane.queued,
        in_flight: lane.in_flight,
        last_success: when(lane.last_success_at),
        last_error: lane.last_error,
        next_try: when(lane.next_try_at),
        dropped: lane.dropped,
    }
}

fn node_row(entry: service::subscriptions::DirectoryEntry) -> NodeRow {
    let s = entry.subscription;
    let backfill = match (s.backfill_state.as_str(), s.backfill_total, &s.backfill_error) {
        (state, _, Some(error)) => format!("{state}: {error}"),
        (state, Some(total), None) => format!("{state}: {} / {total}", s.backfilled),
        (state, None, None) => format!("{state}: {}", s.backfilled),
    };
    NodeRow {
        domain: s.domain,
        name: s.name,
        kind: s.kind,
        software: s.software,
        country: s.country,
        state: s.state,
        resources: entry.resources,
        last_contact: s.last_contact_at.map(|t| t.format("%Y-%m-%d %H:%M UTC").to_string()),
        reachable: entry.reachable,
        backfill,
    }
}

#[derive(Deserialize)]
pub struct SubscriptionForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    target: String,
    #[serde(default)]
    domain: String,
    #[serde(default)]
    confirmed: String,
}

/// Subscribes to a node or relay; a target that does not work is named on the page.
pub async fn subscribe(
    data: Data,
    viewer: Viewer,
    headers: HeaderMap,
    Form(form): Form<SubscriptionForm>,
) -> WebResult {
    viewer.check_csrf(&form.csrf)?;
    let (admin, _) = viewer.require_admin()?;
    match service::subscriptions::subscribe(&data, &admin.username, &form.target).await {
        Ok(s) => {
            Ok(redirect_with_flash("/admin#nodes", &t_with("subscribed-to-domain", &[("domain", (s.domain).into())])))
        }
        Err(err) => {
            let errors = FormErrors { summary: None, fields: vec![("target".into(), err.message)] };
            let ctx = ctx(&data, &viewer, &headers).await?;
            Ok(render(&data, &ctx, &errors).await?)
        }
    }
}

pub async fn unsubscribe(
    data: Data,
    viewer: Viewer,
    headers: HeaderMap,
    Form(form): Form<SubscriptionForm>,
) -> WebResult {
    viewer.check_csrf(&form.csrf)?;
    let (admin, _) = viewer.require_admin()?;
    let ask = Confirmation {
        question: t("unsubscribe-from-this-node"),
        subject: &form.domain,
        consequence: t("this-node-stops-gathering-its-work"),
        action: "/admin/subscriptions/remove",
        fields: &[("domain", &form.domain)],
        button: t("unsubscribe"),
        back: "/admin#nodes",
    };
    if let Some(asking) = ask_first(&data, &viewer, &headers, &form.confirmed, &ask).await? {
        return Ok(asking);
    }
    service::subscriptions::unsubscribe(&data, &admin.username, &form.domain).await?;
    Ok(redirect_with_flash(
        "/admin#nodes",
        &t_with("unsubscribed-from-domain", &[("domain", (form.domain.as_str()).into())]),
    ))
}

pub async fn block(data: Data, viewer: Viewer, Form(form): Form<SubscriptionForm>) -> WebResult {
    viewer.check_csrf(&form.csrf)?;
    let (admin, _) = viewer.require_admin()?;
    service::subscriptions::block(&data, &admin.username, &form.domain).await?;
    Ok(redirect_with_flash("/admin#nodes", &t_with("domain-blocked", &[("domain", (form.domain.as_str()).into())])))
}
