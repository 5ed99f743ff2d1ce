use super::extract::{Form, Path, Query};
use super::{WebResult, card, ctx, form_errors, page, redirect_with_flash, relation};
use crate::{
    db::{
        self,
        follows::{ACCEPTED, PENDING, Side},
    },
    federation::Data,
    http::session::Viewer,
    service::{self, follows::Reach},
};
use axum::http::{HeaderMap, StatusCode};
use cairn_templates::{FormErrors, i18n::t, pages, profile};
use serde::Deserialize;

#[derive(Deserialize)]
pub struct FindQuery {
    #[serde(default)]
    target: String,
}

/// `/find?target=@name@host`: looks an actor up (fetching it if remote) and offers to follow.
pub async fn find(data: Data, viewer: Viewer, headers: HeaderMap, Query(query): Query<FindQuery>) -> WebResult {
    let ctx = ctx(&data, &viewer, &headers).await?;
    if query.target.trim().is_empty() {
        return Ok(page(&ctx, StatusCode::OK, pages::find(&ctx, "", &FormErrors::default(), None)));
    }
    match service::follows::resolve(&data, &query.target, viewer.reach()).await {
        Ok(found) => {
            let relation = relation(&data, &viewer, &found.row).await?;
            let person = card(&found.row);
            Ok(page(
                &ctx,
                StatusCode::OK,
                pages::find(&ctx, &query.target, &FormErrors::default(), Some((&person, relation, &found.row.ap_id))),
            ))
        }
        Err(err) => {
            let status = err.status();
            let mut errors = form_errors(err)?;
            if let Some(message) = errors.summary.take() {
                errors.fields.push(("target".into(), message));
            }
            Ok(page(&ctx, status, pages::find(&ctx, &query.target, &errors, None)))
        }
    }
}

#[derive(Deserialize)]
pub struct TargetForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    target: String,
}

pub async fn follow(data: Data, viewer: Viewer, Form(form): Form<TargetForm>) -> WebResult {
    viewer.check_csrf(&form.csrf)?;
    let (_, me) = viewer.require_user()?;
    let target = service::follows::resolve(&data, &form.target, Reach::Fetch).await?;
    let follow = service::follows::follow(&data, me, &target).await?;
    let message = if follow.state == ACCEPTED { t("you-follow-them-now") } else { t("follow-request-sent") };
    Ok(redirect_with_flash(&super::page_url(&target.row), message))
}

pub async fn unfollow(data: Data, viewer: Viewer, Form(form): Form<TargetForm>) -> WebResult {
    viewer.check_csrf(&form.csrf)?;
    let (_, me) = viewer.require_user()?;
    let target = service::follows::resolve(&data, &form.target, Reach::Fetch).await?;
    service::follows::unfollow(&data, me, &target.row).await?;
    Ok(redirect_with_flash(&super::page_url(&target.row), t("you-no-longer-follow-them")))
}

pub async fn requests(data: Data, viewer: Viewer, headers: HeaderMap) -> WebResult {
    let (_, me) = viewer.require_user()?;
    let rows = db::follows::page(&data.db, me.id, Side::Followers, PENDING, None, 200).await?;
    let requests: Vec<_> = rows.iter().map(|(f, a)| (f.id, card(a))).collect();
    let ctx = ctx(&data, &viewer, &headers).await?;
    Ok(page(&ctx, StatusCode::OK, profile::follow_requests(&ctx, &requests)))
}

#[derive(Deserialize)]
pub struct DecisionForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    decision: String,
}

pub async fn decide(data: Data, viewer: Viewer, Path(id): Path<i64>, Form(form): Form<DecisionForm>) -> WebResult {
    viewer.check_csrf(&form.csrf)?;
    let (_, me) = viewer.require_user()?;
    let accept = form.decision == "accept";
    service::follows::decide_request(&data, me, id, accept).await?;
    let message = if accept { t("request-accepted") } else { t("request-rejected") };
    Ok(redirect_with_flash("/follow-requests", message))
}
