//! `/settings/tokens`: a person's API tokens, made, listed and revoked without JavaScript.

use super::extract::{Form, Path};
use super::{WebResult, ctx, form_errors, page, redirect_with_flash};
use crate::{http::session::Viewer, service::tokens, state::AppState};
use axum::{
    extract::State,
    http::{HeaderMap, StatusCode},
};
use cairn_templates::i18n::t;
use cairn_templates::{
    FormErrors,
    profile::{self, TokenRow},
};
use serde::Deserialize;

async fn show(
    state: &AppState,
    viewer: &Viewer,
    headers: &HeaderMap,
    status: StatusCode,
    secret: Option<&str>,
    errors: &FormErrors,
) -> WebResult {
    let (user, _) = viewer.require_user()?;
    let date = |t: chrono::NaiveDateTime| t.format("%Y-%m-%d %H:%M UTC").to_string();
    let rows: Vec<TokenRow> = tokens::list(state, user)
        .await?
        .iter()
        .map(|t| TokenRow {
            id: t.id().to_string(),
            name: t.name.clone(),
            created: date(t.created_at),
            last_used: t.last_used_at.map(date).unwrap_or_else(|| "never".into()),
            expires: t.expires_at.map(date).unwrap_or_else(|| "never".into()),
        })
        .collect();
    let ctx = ctx(state, viewer, headers).await?;
    Ok(page(&ctx, status, profile::api_tokens(&ctx, &rows, secret, errors)))
}

pub async fn list(State(state): State<AppState>, viewer: Viewer, headers: HeaderMap) -> WebResult {
    show(&state, &viewer, &headers, StatusCode::OK, None, &FormErrors::default()).await
}

#[derive(Deserialize)]
pub struct NewTokenForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    name: String,
    #[serde(default)]
    expires_in_days: String,
}

pub async fn create(
    State(state): State<AppState>,
    viewer: Viewer,
    headers: HeaderMap,
    Form(form): Form<NewTokenForm>,
) -> WebResult {
    viewer.check_csrf(&form.csrf)?;
    let (user, _) = viewer.require_user()?;
    let days = match form.expires_in_days.trim() {
        "" => Ok(None),
        days => days
            .parse::<i64>()
            .map(Some)
            .map_err(|_| crate::error::AppError::invalid("expires_in_days", t("enter-a-number-of-days-or-leave"))),
    };
    let issued = match days {
        Ok(days) => tokens::issue(&state, user, &form.name, days).await,
        Err(error) => Err(error),
    };
    match issued {
        Ok(secret) => show(&state, &viewer, &headers, StatusCode::CREATED, Some(&secret), &FormErrors::default()).await,
        Err(error) => {
            let errors = form_errors(error)?;
            show(&state, &viewer, &headers, StatusCode::UNPROCESSABLE_ENTITY, None, &errors).await
        }
    }
}

pub async fn revoke(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(id): Path<String>,
    Form(form): Form<super::auth::TokenForm>,
) -> WebResult {
    viewer.check_csrf(&form.csrf)?;
    let (user, _) = viewer.require_user()?;
    tokens::revoke(&state, user, &id).await?;
    Ok(redirect_with_flash("/settings/tokens", t("the-token-was-revoked")))
}
