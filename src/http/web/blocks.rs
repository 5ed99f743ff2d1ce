//! `/settings/blocks`: what a person blocks and mutes, and the buttons on profiles.

use super::extract::Form;
use super::{WebResult, ctx, form_errors, local_path, page, page_url, redirect_with_flash};
use crate::{
    db::{
        self,
        blocks::{BLOCK, MUTE},
        models::Actor,
    },
    error::{AppError, AppResult},
    federation::Data,
    http::session::Viewer,
    service::blocks::{self, Kind},
};
use axum::http::{HeaderMap, StatusCode};
use cairn_templates::{
    Ctx, FormErrors, Markup,
    i18n::t,
    moderation::{BlocksPage, KeptAway, keep_away_buttons},
};

use serde::Deserialize;

/// How many of each list the page shows.
const SHOWN: i64 = 200;

/// The block and mute buttons of `other`'s profile, for a signed-in visitor who is not them.
pub async fn buttons(data: &Data, ctx: &Ctx, viewer: &Viewer, other: &Actor) -> AppResult<Option<Markup>> {
    let Some((_, me)) = viewer.user.as_ref().filter(|(_, me)| me.id != other.id) else { return Ok(None) };
    let held = db::blocks::between(&data.db, me.id, other).await?;
    let has = |kind: &str| held.iter().any(|b| b.kind == kind && b.target_actor_id == Some(other.id));
    Ok(Some(keep_away_buttons(ctx, &other.ap_id, &page_url(other), has(BLOCK), has(MUTE))))
}

async fn listed(data: &Data, me: &Actor, kind: &str) -> AppResult<Vec<KeptAway>> {
    let rows = db::blocks::list(&data.db, me.id, kind, None, SHOWN).await?;
    Ok(rows
        .into_iter()
        .map(|(row, account)| match account {
            Some(account) => KeptAway {
                label: format!("{} ({})", account.name_or_username(), account.handle()),
                page: Some(page_url(&account)),
                target: row.target,
            },
            None => KeptAway { label: row.target.clone(), page: None, target: row.target },
        })
        .collect())
}

async fn render(
    data: &Data,
    viewer: &Viewer,
    headers: &HeaderMap,
    status: StatusCode,
    typed: (&str, &str),
    errors: &FormErrors,
) -> WebResult {
    let (_, me) = viewer.require_user()?;
    let blocked = listed(data, me, BLOCK).await?;
    let muted = listed(data, me, MUTE).await?;
    let view = BlocksPage { blocked: &blocked, muted: &muted, target: typed.0, kind: typed.1 };
    let ctx = ctx(data, viewer, headers).await?;
    Ok(page(&ctx, status, cairn_templates::moderation::blocks(&ctx, &view, errors)))
}

pub async fn list(data: Data, viewer: Viewer, headers: HeaderMap) -> WebResult {
    render(&data, &viewer, &headers, StatusCode::OK, ("", "mute"), &FormErrors::default()).await
}

#[derive(Deserialize)]
pub struct BlockForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    target: String,
    #[serde(default)]
    kind: String,
    /// `add` or `remove`.
    #[serde(default)]
    action: String,
    /// The page to go back to (a path of this node), else this settings page.
    #[serde(default)]
    back: String,
}

pub async fn change(data: Data, viewer: Viewer, headers: HeaderMap, Form(form): Form<BlockForm>) -> WebResult {
    viewer.check_csrf(&form.csrf)?;
    let (_, me) = viewer.require_user()?;
    let result = async {
        let kind = match form.kind.as_str() {
            BLOCK => Kind::Block,
            MUTE => Kind::Mute,
            _ => return Err(AppError::invalid("kind", t("choose-mute-or-block"))),
        };
        let target = blocks::target_of(&data, &form.target).await?;
        let done = match (form.action.as_str(), kind) {
            ("remove", Kind::Block) => t("unblocked"),
            ("remove", Kind::Mute) => t("unmuted"),
            (_, Kind::Block) => t("blocked-follows-between-you-ended"),
            (_, Kind::Mute) => t("muted"),
        };
        if form.action == "remove" {
            blocks::remove(&data, me, kind, &target).await?;
        } else {
            blocks::add(&data, me, kind, target).await?;
        }
        Ok(done)
    }
    .await;
    match result {
        Ok(done) => Ok(redirect_with_flash(local_path(&form.back).unwrap_or("/settings/blocks"), done)),
        Err(error) => {
            let errors = form_errors(error)?;
            let typed = (form.target.as_str(), form.kind.as_str());
            render(&data, &viewer, &headers, StatusCode::UNPROCESSABLE_ENTITY, typed, &errors).await
        }
    }
}
