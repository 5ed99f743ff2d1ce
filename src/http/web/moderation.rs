//! `/report`, the moderation queue (`/admin/reports`) and the audit log (`/admin/audit`).

use super::extract::{Form, Path, Query};
use super::{WebResult, ctx, form_errors, page, page_url, redirect_with_flash};
use crate::{
    db::{
        self,
        models::{Actor, Report},
        moderation::{AuditFilter, OPEN},
    },
    domain::{
        markup::html_to_text,
        report::{REASONS, ReportInput},
    },
    error::{AppError, AppResult},
    federation::Data,
    http::session::Viewer,
    service::{
        moderation::{self, Action, Reported},
        node,
    },
};
use axum::http::{HeaderMap, StatusCode};
use cairn_templates::{
    FormErrors,
    i18n::{msg, t, t_with},
    moderation::{AuditPage, AuditRow, Queue, QueueItem, ReportForm},
};
use serde::Deserialize;

const PAGE: i64 = 20;
const SUMMARY_CHARS: usize = 140;

/// Actions the audit log records, for its filter.
const AUDIT_ACTIONS: [&str; 24] = [
    "report.remove",
    "report.warn",
    "report.dismiss",
    "resource.remove",
    "event.remove",
    "post.remove",
    "group.remove_member",
    "account.limit",
    "account.unlimit",
    "account.suspend",
    "account.unsuspend",
    "account.approve",
    "account.role",
    "domain.block",
    "domain.limit",
    "domain.allow",
    "domain.rule_removed",
    "node.identity",
    "node.rules",
    "tokens.revoke",
    "tokens.issue",
    "subscription.add",
    "subscription.remove",
    "finance.reload",
];

/// A reported thing's title or first words, and this node's page about it.
fn describe(reported: &Reported, owner: &Actor) -> (String, String) {
    let short = |html: &str| {
        let text = html_to_text(html);
        match text.char_indices().nth(SUMMARY_CHARS) {
            Some((cut, _)) => format!("{}…", &text[..cut]),
            None => text,
        }
    };
    match reported {
        Reported::Account(actor) => (format!("{} ({})", actor.name_or_username(), actor.handle()), page_url(actor)),
        Reported::Resource(resource) => (resource.title.clone(), format!("/resources/{}", resource.id)),
        Reported::Event(event) => (event.title.clone(), format!("/events/{}", event.id)),
        Reported::Post(post) => (short(&post.content_html), format!("/posts/{}", post.id)),
        Reported::Comment(comment) => (
            t_with("comment-by-name", &[("name", (owner.name_or_username().to_string()).into())])
                + ": "
                + &short(&comment.content_html),
            format!("/resources/{}", comment.resource_id),
        ),
    }
}

/// Where `viewer` reports `ap_id`: signed-in people, for what is not their own.
pub fn report_url(viewer: Option<&Actor>, ap_id: &str, owner_id: i64) -> Option<String> {
    viewer.filter(|me| me.id != owner_id).map(|_| {
        format!(
            "/report?{}",
            url::form_urlencoded::Serializer::new(String::new()).append_pair("target", ap_id).finish()
        )
    })
}

#[derive(Deserialize)]
pub struct TargetQuery {
    #[serde(default)]
    target: String,
}

pub async fn report_form(
    data: Data,
    viewer: Viewer,
    headers: HeaderMap,
    Query(query): Query<TargetQuery>,
) -> WebResult {
    viewer.require_user()?;
    let input = ReportInput { target: query.target, ..Default::default() };
    render_form(&data, &viewer, &headers, &input, StatusCode::OK, &FormErrors::default()).await
}

async fn render_form(
    data: &Data,
    viewer: &Viewer,
    headers: &HeaderMap,
    input: &ReportInput,
    status: StatusCode,
    errors: &FormErrors,
) -> WebResult {
    let (reported, owner) = moderation::find_held(data, input.target.trim())
        .await?
        .ok_or_else(|| AppError::not_found(t("nothing-on-this-node-has-that-address")))?;
    let (summary, page_link) = describe(&reported, &owner);
    let rules = node::rules(data).await?;
    let owner_line = format!("{} ({})", owner.name_or_username(), owner.handle());
    let form = ReportForm {
        target: input.target.trim(),
        kind: reported.kind(),
        summary: &summary,
        page: &page_link,
        owner: &owner_line,
        remote_domain: (!owner.local).then_some(owner.domain.as_str()),
        reasons: &REASONS.map(|(id, _)| (id, reason_message(id))),
        rules: &rules,
        reason: &input.reason,
        rule: input.rule,
        comment: &input.comment,
        forward: input.forward,
    };
    let ctx = ctx(data, viewer, headers).await?;
    Ok(page(&ctx, status, cairn_templates::moderation::report_form(&ctx, &form, errors)))
}

#[derive(Deserialize)]
pub struct ReportFormData {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    target: String,
    #[serde(default)]
    reason: String,
    #[serde(default)]
    rule: String,
    #[serde(default)]
    comment: String,
    #[serde(default)]
    forward: Option<String>,
}

pub async fn report(data: Data, viewer: Viewer, headers: HeaderMap, Form(form): Form<ReportFormData>) -> WebResult {
    viewer.check_csrf(&form.csrf)?;
    let (_, me) = viewer.require_user()?;
    let input = ReportInput {
        target: form.target,
        reason: form.reason,
        // The select offers numbers only; anything else reads as "no rule chosen".
        rule: form.rule.trim().parse().ok(),
        comment: form.comment,
        forward: form.forward.is_some(),
    };
    match moderation::file(&data, me, &input).await {
        Ok(report) => {
            let back = match moderation::find_held(&data, &report.target_url).await? {
                Some((reported, owner)) => describe(&reported, &owner).1,
                None => "/".to_string(),
            };
            let message = if report.forwarded {
                t("thank-you-the-moderators-here-will-look-forwarded")
            } else {
                t("thank-you-the-moderators-here-will")
            };
            Ok(redirect_with_flash(&back, message))
        }
        Err(error) => {
            let errors = form_errors(error)?;
            render_form(&data, &viewer, &headers, &input, StatusCode::UNPROCESSABLE_ENTITY, &errors).await
        }
    }
}

#[derive(Deserialize, Default)]
pub struct QueueQuery {
    #[serde(default)]
    status: String,
    before: Option<i64>,
}

pub async fn queue(data: Data, viewer: Viewer, headers: HeaderMap, Query(query): Query<QueueQuery>) -> WebResult {
    let (user, _) = viewer.require_moderator()?;
    let status = match query.status.as_str() {
        "" => OPEN,
        status => moderation::report_state(status)?,
    };
    let rows = db::moderation::reports(&data.db, status, query.before, PAGE).await?;
    let mut items = Vec::new();
    for (report, owner) in &rows {
        items.push(queue_item(&data, report, owner).await?);
    }
    let next = (rows.len() as i64 == PAGE)
        .then(|| rows.last().map(|(r, _)| format!("/admin/reports?status={status}&before={}", r.id)))
        .flatten();
    let view = Queue { status, items: &items, next, is_admin: user.is_admin() };
    let ctx = ctx(&data, &viewer, &headers).await?;
    Ok(page(&ctx, StatusCode::OK, cairn_templates::moderation::queue(&ctx, &view)))
}

async fn queue_item(data: &Data, report: &Report, owner: &Actor) -> AppResult<QueueItem> {
    let when = |at: chrono::NaiveDateTime| at.format("%Y-%m-%d %H:%M UTC").to_string();
    let found = moderation::find_held(data, &report.target_url).await?;
    let (summary, page_link) = match &found {
        Some((reported, owner)) => {
            let (summary, link) = describe(reported, owner);
            (summary, Some(link))
        }
        None => (report.target_url.clone(), None),
    };
    let from = match report.reporter_id {
        Some(id) => match db::actors::by_id(&data.db, id).await? {
            Some(reporter) => format!("{} ({})", t("a-person-here"), reporter.handle()),
            None => t("a-person-here-whose-account-is").to_string(),
        },
        None => t_with("the-moderators-of-domain", &[("domain", (report.origin.clone()).into())]),
    };
    let (earlier, domain_reports) = db::moderation::history(&data.db, report, &owner.domain, 10).await?;
    Ok(QueueItem {
        id: report.id,
        kind: report.target_kind.clone(),
        summary,
        page: page_link,
        target: report.target_url.clone(),
        owner: format!("{} ({})", owner.name_or_username(), owner.handle()),
        owner_page: page_url(owner),
        reason: t(reason_message(&report.reason)).to_string(),
        rule: report.rule.clone(),
        comment: report.comment.clone(),
        from,
        when: when(report.created_at),
        outcome: report.resolved_at.map(|at| {
            let said =
                [("moderator", report.resolved_by.clone().unwrap_or_default().into()), ("when", when(at).into())];
            match report.status.as_str() {
                "removed" => t_with("removed-by", &said),
                "warned" => t_with("account-warned-by", &said),
                "limited" => t_with("account-limited-by", &said),
                "suspended" => t_with("account-suspended-by", &said),
                _ => t_with("dismissed-by", &said),
            }
        }),
        earlier: earlier
            .iter()
            .map(|r| format!("{}: {} ({})", when(r.created_at), t(reason_message(&r.reason)), r.status))
            .collect(),
        domain: owner.domain.clone(),
        domain_reports,
        measurable: !owner.local || owner.kind == "Person",
        warnable: owner.local && owner.kind == "Person",
    })
}

#[derive(Deserialize)]
pub struct DecisionForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    action: String,
    #[serde(default)]
    reason: String,
}

pub async fn decide(data: Data, viewer: Viewer, Path(id): Path<i64>, Form(form): Form<DecisionForm>) -> WebResult {
    viewer.check_csrf(&form.csrf)?;
    let (user, actor) = viewer.require_moderator()?;
    let action: Action = form.action.parse()?;
    moderation::act(&data, user, actor, id, action, &form.reason).await?;
    let message = match action {
        Action::Remove => t("removed-the-report-is-closed-and"),
        Action::Dismiss => t("dismissed-the-report-is-closed-and"),
        Action::Warn => t("warned-the-account-is-told-and"),
        Action::Limit => t("limited-the-account-is-left-out"),
        Action::Suspend => t("suspended-nothing-more-is-taken-from"),
    };
    Ok(redirect_with_flash("/admin/reports", message))
}

#[derive(Deserialize, Default)]
pub struct AuditQuery {
    #[serde(default)]
    action: String,
    #[serde(default)]
    moderator: String,
    before: Option<i64>,
}

pub async fn audit(data: Data, viewer: Viewer, headers: HeaderMap, Query(query): Query<AuditQuery>) -> WebResult {
    viewer.require_admin()?;
    let filter = AuditFilter {
        action: Some(query.action.trim().to_string()).filter(|a| !a.is_empty()),
        moderator: Some(query.moderator.trim().to_string()).filter(|m| !m.is_empty()),
        before: query.before,
    };
    let entries = db::moderation::audit_page(&data.db, &filter, PAGE).await?;
    let rows: Vec<AuditRow> = entries
        .iter()
        .map(|e| AuditRow {
            when: e.created_at.format("%Y-%m-%d %H:%M:%S UTC").to_string(),
            moderator: e.moderator.clone(),
            action: e.action.clone(),
            target: e.target.clone(),
            reason: e.reason.clone(),
        })
        .collect();
    let next = (entries.len() as i64 == PAGE)
        .then(|| {
            entries.last().map(|e| {
                let mut url = url::form_urlencoded::Serializer::new(String::new());
                url.append_pair("action", &query.action)
                    .append_pair("moderator", &query.moderator)
                    .append_pair("before", &e.id.to_string());
                format!("/admin/audit?{}", url.finish())
            })
        })
        .flatten();
    let view = AuditPage {
        action: query.action.trim(),
        moderator: query.moderator.trim(),
        actions: &AUDIT_ACTIONS,
        rows: &rows,
        next,
    };
    let ctx = ctx(&data, &viewer, &headers).await?;
    Ok(page(&ctx, StatusCode::OK, cairn_templates::moderation::audit(&ctx, &view)))
}

/// A report's reason as people here read it (the domain keeps the English that other servers get).
fn reason_message(reason: &str) -> &'static str {
    match reason {
        "spam" => msg("report-reason-spam"),
        "abuse" => msg("report-reason-abuse"),
        "illegal" => msg("report-reason-illegal"),
        "misleading" => msg("report-reason-misleading"),
        "rule" => msg("report-reason-rule"),
        _ => msg("report-reason-other"),
    }
}
