//! Reports, the moderation queue and the audit log in the JSON API.

use super::{ApiJson, ApiPath, ApiQuery, ListQuery, Page};
use crate::{
    db::{
        self,
        models::{Actor, AuditEntry, Report},
        moderation::{AuditFilter, Measure, OPEN},
    },
    domain::report::ReportInput,
    error::{AppError, AppResult},
    federation::Data,
    http::session::ApiUser,
    service::{admin, moderation},
};
use axum::{Json, http::StatusCode};
use cairn_templates::i18n::t;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

#[derive(Serialize, ToSchema)]
pub struct ReportView {
    id: i64,
    /// The address of what was reported.
    target: String,
    /// account, group, resource, event, post or comment.
    target_kind: String,
    /// The account it belongs to (`@name@host`) and its ActivityPub id.
    account: String,
    account_id: String,
    reason: String,
    /// The node rule it breaks, as "n. text", or empty.
    rule: String,
    comment: String,
    /// The domain the report came from: this node's for people here, another's for a `Flag`.
    origin: String,
    /// Whether it was also sent to the moderators of the content's server.
    forwarded: bool,
    /// open, dismissed, removed, warned, limited or suspended.
    status: String,
    resolved_by: Option<String>,
    resolved_at: Option<String>,
    created_at: String,
}

impl ReportView {
    pub fn new(report: &Report, account: &Actor) -> ReportView {
        ReportView {
            id: report.id,
            target: report.target_url.clone(),
            target_kind: report.target_kind.clone(),
            account: account.handle(),
            account_id: account.ap_id.clone(),
            reason: report.reason.clone(),
            rule: report.rule.clone(),
            comment: report.comment.clone(),
            origin: report.origin.clone(),
            forwarded: report.forwarded,
            status: report.status.clone(),
            resolved_by: report.resolved_by.clone(),
            resolved_at: report.resolved_at.map(|at| at.and_utc().to_rfc3339()),
            created_at: report.created_at.and_utc().to_rfc3339(),
        }
    }
}

/// Report an account or content to this node's moderators; with `forward`, content from
/// another server is also reported to its moderators, in this node's name and not yours.
#[utoipa::path(post, path = "/reports", tag = "moderation", security(("bearer" = [])), request_body = ReportInput,
    responses((status = 201, body = ReportView), (status = 409, description = "Reported already")))]
pub async fn report(
    data: Data,
    me: ApiUser,
    ApiJson(input): ApiJson<ReportInput>,
) -> AppResult<(StatusCode, Json<ReportView>)> {
    let report = moderation::file(&data, &me.actor, &input).await?;
    Ok((StatusCode::CREATED, view(&data, &report).await?))
}

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ReportsQuery {
    /// open (the default), dismissed, removed, warned, limited or suspended.
    status: Option<String>,
}

/// The moderation queue (moderators and admins): reports in one state, newest first.
#[utoipa::path(get, path = "/admin/reports", tag = "moderation", security(("bearer" = [])), params(ReportsQuery, ListQuery),
    responses((status = 200, body = Page<ReportView>)))]
pub async fn reports(
    data: Data,
    me: ApiUser,
    ApiQuery(query): ApiQuery<ReportsQuery>,
    ApiQuery(list): ApiQuery<ListQuery>,
) -> AppResult<Json<Page<ReportView>>> {
    me.require_moderator()?;
    let status = moderation::report_state(query.status.as_deref().unwrap_or(OPEN))?;
    let limit = list.limit();
    let rows = db::moderation::reports(&data.db, status, list.cursor()?, limit).await?;
    let next = (rows.len() as i64 == limit).then(|| rows.last().map(|(r, _)| r.id.to_string())).flatten();
    Ok(Json(Page::new(rows.iter().map(|(r, a)| ReportView::new(r, a)).collect(), next)))
}

/// Why a moderator acted (kept in the audit log).
#[derive(Deserialize, ToSchema, Default)]
pub struct Decision {
    #[serde(default)]
    reason: String,
}

/// Act on a report: `dismiss` leaves things as they are; `remove` deletes what was reported
/// (everywhere when it is this node's; here, and refused from then on, when it is another
/// server's); `warn` tells an account of this node; `limit` keeps the account out of public
/// timelines, the repository, search, the calendar and the directory (its followers still see
/// it); `suspend` refuses everything more from an account of another server and deletes what it
/// had here, or stops an account of this node from signing in and hides what it published (its
/// actor answers 410). Every open report about the same thing (about the account, for limit and
/// suspend) closes, and reporters here are told.
#[utoipa::path(post, path = "/admin/reports/{id}/{action}", tag = "moderation", security(("bearer" = [])),
    params(("id" = i64, Path), ("action" = String, Path, description = "dismiss, remove, warn, limit or suspend")),
    request_body = Decision, responses((status = 200, body = ReportView)))]
pub async fn act(
    data: Data,
    me: ApiUser,
    ApiPath((id, action)): ApiPath<(i64, String)>,
    body: Option<ApiJson<Decision>>,
) -> AppResult<Json<ReportView>> {
    let reason = body.map(|ApiJson(d)| d.reason).unwrap_or_default();
    let report = moderation::act(&data, &me.user, &me.actor, id, action.parse()?, &reason).await?;
    view(&data, &report).await
}

async fn view(data: &Data, report: &Report) -> AppResult<Json<ReportView>> {
    let account =
        db::actors::by_id(&data.db, report.target_actor_id).await?.ok_or_else(|| AppError::not_found(t("gone")))?;
    Ok(Json(ReportView::new(report, &account)))
}

#[derive(Serialize, ToSchema)]
pub struct AuditView {
    id: i64,
    /// The username that acted, or "command line".
    moderator: String,
    /// e.g. report.remove, report.dismiss, account.suspend, domain.block, account.role, node.rules.
    action: String,
    target: String,
    reason: String,
    created_at: String,
}

impl From<&AuditEntry> for AuditView {
    fn from(entry: &AuditEntry) -> AuditView {
        AuditView {
            id: entry.id,
            moderator: entry.moderator.clone(),
            action: entry.action.clone(),
            target: entry.target.clone(),
            reason: entry.reason.clone(),
            created_at: entry.created_at.and_utc().to_rfc3339(),
        }
    }
}

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct AuditQuery {
    /// Only this action.
    action: Option<String>,
    /// Only what this username did.
    moderator: Option<String>,
}

/// What moderators and administrators did, newest first (admins).
#[utoipa::path(get, path = "/admin/audit", tag = "moderation", security(("bearer" = [])), params(AuditQuery, ListQuery),
    responses((status = 200, body = Page<AuditView>)))]
pub async fn audit(
    data: Data,
    me: ApiUser,
    ApiQuery(query): ApiQuery<AuditQuery>,
    ApiQuery(list): ApiQuery<ListQuery>,
) -> AppResult<Json<Page<AuditView>>> {
    me.require_admin()?;
    let filter = AuditFilter {
        action: query.action.filter(|a| !a.is_empty()),
        moderator: query.moderator.filter(|m| !m.is_empty()),
        before: list.cursor()?,
    };
    let limit = list.limit();
    let rows = db::moderation::audit_page(&data.db, &filter, limit).await?;
    let next = (rows.len() as i64 == limit).then(|| rows.last().map(|e| e.id.to_string())).flatten();
    Ok(Json(Page::new(rows.iter().map(AuditView::from).collect(), next)))
}

#[derive(Deserialize, Serialize, ToSchema)]
pub struct RoleChange {
    /// admin, moderator or member.
    role: String,
}

/// Make an account an administrator, a moderator or a member again (admins).
#[utoipa::path(put, path = "/admin/users/{username}/role", tag = "moderation", security(("bearer" = [])),
    params(("username" = String, Path)), request_body = RoleChange, responses((status = 200, body = RoleChange)))]
pub async fn set_role(
    data: Data,
    me: ApiUser,
    ApiPath(username): ApiPath<String>,
    ApiJson(change): ApiJson<RoleChange>,
) -> AppResult<Json<RoleChange>> {
    me.require_admin()?;
    admin::set_role(&data, &me.user.username, &username, &change.role).await?;
    Ok(Json(change))
}

#[derive(Serialize, ToSchema)]
pub struct AccountStanding {
    /// `@name@host`.
    account: String,
    account_id: String,
    limited: bool,
    suspended: bool,
}

/// Limit or suspend an account outside any report, or lift it: `limit`, `unlimit`, `suspend`,
/// `unsuspend`. The account is named by its handle (`name@host`, or `name` for this node's).
/// A suspension of another server's account deletes what it had here; lifting it does not
/// bring that back.
#[utoipa::path(post, path = "/admin/accounts/{handle}/{action}", tag = "moderation", security(("bearer" = [])),
    params(("handle" = String, Path), ("action" = String, Path, description = "limit, unlimit, suspend or unsuspend")),
    request_body = Decision, responses((status = 200, body = AccountStanding)))]
pub async fn account_measure(
    data: Data,
    me: ApiUser,
    ApiPath((handle, action)): ApiPath<(String, String)>,
    body: Option<ApiJson<Decision>>,
) -> AppResult<Json<AccountStanding>> {
    let reason = body.map(|ApiJson(d)| d.reason).unwrap_or_default();
    let (measure, on) = match action.as_str() {
        "limit" => (Measure::Limit, true),
        "unlimit" => (Measure::Limit, false),
        "suspend" => (Measure::Suspend, true),
        "unsuspend" => (Measure::Suspend, false),
        _ => return Err(AppError::bad_parameter("action", t("the-action-is-limit-unlimit-suspend-or"))),
    };
    let account = moderation::set_measure(&data, &me.user, &handle, measure, on, &reason).await?;
    Ok(Json(AccountStanding {
        account: account.handle(),
        account_id: account.ap_id,
        limited: account.limited,
        suspended: account.suspended,
    }))
}
