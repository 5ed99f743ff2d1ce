//! `POST /api/v1/reports` as Mastodon apps send it: an account, some of its statuses, a
//! category and the rules it breaks. Each status becomes one report in the moderation queue.

use super::{
    Client, MastoResult,
    entities::{self, StatusRef},
};
use crate::{
    db::{self, models::Report},
    domain::report::ReportInput,
    error::AppError,
    federation::Data,
    service::moderation,
    state::AppState,
};
use axum::{
    Json,
    body::Bytes,
    extract::{Request, State},
    http::HeaderMap,
    response::Response,
};
use cairn_templates::i18n::{t, t_with};
use serde_json::{Value, json};

/// The most statuses one report names.
const MAX_STATUSES: usize = 20;

pub async fn create(data: Data, client: Client, headers: HeaderMap, body: Bytes) -> MastoResult<Json<Value>> {
    let (_, me) = client.person("write:reports")?;
    let fields = super::request_fields(&headers, &body)?;
    let field = |name: &str| fields.get(name).map(String::as_str).unwrap_or_default();
    let account_id: i64 =
        field("account_id").parse().map_err(|_| AppError::invalid("account_id", t("name-the-account")))?;
    let account =
        db::actors::by_id(&data.db, account_id).await?.ok_or_else(|| AppError::not_found(t("no-such-account")))?;
    let first_rule = field("rule_ids").split_whitespace().next().and_then(|id| id.parse().ok());
    let reason = match field("category") {
        "spam" => "spam",
        "legal" => "illegal",
        "violation" if first_rule.is_some() => "rule",
        _ => "other",
    };
    let status_ids: Vec<&str> = field("status_ids").split_whitespace().collect();
    if status_ids.len() > MAX_STATUSES {
        return Err(AppError::invalid(
            "status_ids",
            t_with("report-at-most-statuses-at-once", &[("max", MAX_STATUSES.into())]),
        )
        .into());
    }
    // Every status is checked before anything is filed.
    let mut targets = Vec::new();
    for id in &status_ids {
        let ap_id = entities::ap_id_of(&data, StatusRef::parse(id)?).await?;
        let by_account = moderation::find_held(&data, &ap_id).await?.is_some_and(|(_, owner)| owner.id == account.id);
        if !by_account {
            return Err(AppError::invalid(
                "status_ids",
                t_with("status-is-not-by-this-account", &[("id", id.to_string().into())]),
            )
            .into());
        }
        targets.push(ap_id);
    }
    if targets.is_empty() {
        targets.push(account.ap_id.clone());
    }
    let mut filed: Vec<Report> = Vec::new();
    for target in &targets {
        let input = ReportInput {
            target: target.clone(),
            reason: reason.into(),
            rule: first_rule.filter(|_| reason == "rule"),
            comment: field("comment").to_string(),
            forward: matches!(field("forward"), "true" | "1" | "on"),
        };
        filed.push(moderation::file(&data, me, &input).await?);
    }
    let first = &filed[0];
    Ok(Json(json!({
        "id": first.id.to_string(),
        "action_taken": false,
        "action_taken_at": null,
        "category": match first.reason.as_str() { "spam" => "spam", "illegal" => "legal", "rule" => "violation", _ => "other" },
        "comment": first.comment,
        "forwarded": first.forwarded,
        "created_at": first.created_at.and_utc().to_rfc3339_opts(chrono::SecondsFormat::Millis, true),
        "status_ids": status_ids,
        "rule_ids": first_rule.filter(|_| reason == "rule").map(|n: usize| vec![n.to_string()]),
        "target_account": entities::account(&data, &account).await?,
    })))
}

/// Mastodon's shape unless the caller uses a Cairn API token (then Cairn's `ReportInput`).
pub async fn create_either(State(state): State<AppState>, request: Request) -> Response {
    super::timelines::by_token(state, request, crate::http::api::moderation::report, create).await
}
