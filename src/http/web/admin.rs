use super::{WebResult, ctx, form_errors, page, redirect_with_flash};
use crate::{
    db::{
        self,
        deliveries::{FAILED, PENDING},
    },
    error::AppResult,
    http::session::Viewer,
    service,
    state::AppState,
};
use axum::{
    Form,
    extract::{Path, State},
    http::{HeaderMap, StatusCode},
};
use cairn_templates::{Ctx, FormErrors, i18n::t, pages};
use serde::Deserialize;

async fn render(state: &AppState, ctx: &Ctx, errors: &FormErrors) -> AppResult<axum::response::Response> {
    let rules: Vec<(String, String)> =
        db::domains::all(&state.db).await?.into_iter().map(|r| (r.domain, r.policy)).collect();
    let waiting: Vec<(i64, String, String)> =
        db::users::awaiting_approval(&state.db).await?.into_iter().map(|u| (u.id, u.username, u.email)).collect();
    let federation = &state.config.federation;
    let matrix = state.finance.status();
    let matrix_error = matrix.error.as_ref().map(|e| e.to_string());
    let admin = pages::AdminPage {
        matrix_source: &matrix.source,
        matrix_options: matrix.options,
        matrix_error: matrix_error.as_deref(),
        configured_allow: &federation.allowlist,
        configured_block: &federation.blocklist,
        rules: &rules,
        awaiting_approval: &waiting,
        pending_deliveries: db::deliveries::count_by_state(&state.db, PENDING).await?,
        failed_deliveries: db::deliveries::count_by_state(&state.db, FAILED).await?,
    };
    let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    Ok(page(ctx, status, pages::admin(ctx, &admin, errors)))
}

pub async fn show(State(state): State<AppState>, viewer: Viewer, headers: HeaderMap) -> WebResult {
    viewer.require_admin()?;
    let ctx = ctx(&state, &viewer, &headers).await?;
    Ok(render(&state, &ctx, &FormErrors::default()).await?)
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

pub async fn add_rule(
    State(state): State<AppState>,
    viewer: Viewer,
    headers: HeaderMap,
    Form(form): Form<RuleForm>,
) -> WebResult {
    viewer.check_csrf(&form.csrf)?;
    viewer.require_admin()?;
    match service::admin::set_domain_rule(&state, &form.domain, &form.policy).await {
        Ok(domain) => Ok(redirect_with_flash("/admin", &format!("{} {domain}", t("Rule saved for")))),
        Err(err) => {
            let errors = form_errors(err)?;
            let ctx = ctx(&state, &viewer, &headers).await?;
            Ok(render(&state, &ctx, &errors).await?)
        }
    }
}

pub async fn remove_rule(State(state): State<AppState>, viewer: Viewer, Form(form): Form<RuleForm>) -> WebResult {
    viewer.check_csrf(&form.csrf)?;
    viewer.require_admin()?;
    service::admin::remove_domain_rule(&state, &form.domain).await?;
    Ok(redirect_with_flash("/admin", t("Rule removed.")))
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
    viewer.require_admin()?;
    service::admin::approve_user(&state, id).await?;
    Ok(redirect_with_flash("/admin", t("Account approved.")))
}

/// Reloads the finance matrix file; a broken file is reported on the page and not used.
pub async fn reload_matrix(
    State(state): State<AppState>,
    viewer: Viewer,
    headers: HeaderMap,
    Form(form): Form<TokenOnly>,
) -> WebResult {
    viewer.check_csrf(&form.csrf)?;
    viewer.require_admin()?;
    match service::finance::reload(&state.finance) {
        Ok(options) => Ok(redirect_with_flash(
            "/admin#finance-matrix",
            &format!("{} ({options} {})", t("Finance matrix reloaded"), t("options")),
        )),
        Err(err) => {
            // The page itself shows the error kept with the matrix; say so at the top too.
            let errors = FormErrors { summary: Some(err.message), fields: Vec::new() };
            let ctx = ctx(&state, &viewer, &headers).await?;
            Ok(render(&state, &ctx, &errors).await?)
        }
    }
}
