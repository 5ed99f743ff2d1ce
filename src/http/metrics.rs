//! `GET /metrics`: Prometheus text for the monitoring server (`server.metrics_networks`) and for
//! administrators (their API token or session). Anyone else is refused: queue sizes and error
//! rates tell an attacker how a node is doing.

use super::{
    limits::client_ip,
    session::{MaybeApiUser, Viewer},
};
use crate::{
    error::{AppError, AppResult},
    service::metrics::exposition,
    state::AppState,
};
use axum::{
    extract::{Request, State},
    http::header,
    response::{IntoResponse, Response},
};
use cairn_templates::i18n::t;

pub async fn metrics(
    State(state): State<AppState>,
    MaybeApiUser(api): MaybeApiUser,
    viewer: Viewer,
    request: Request,
) -> AppResult<Response> {
    let from_monitoring = client_ip(&state, &request)
        .is_some_and(|ip| state.config.server.metrics_networks.iter().any(|net| net.contains(&ip)));
    let admin = api.is_some_and(|a| a.user.is_admin()) || viewer.require_admin().is_ok();
    if !from_monitoring && !admin {
        return Err(AppError::forbidden(t("metrics-are-for-administrators-and-the-networks")));
    }
    let text = exposition(&state).await?;
    Ok(([(header::CONTENT_TYPE, "text/plain; version=0.0.4; charset=utf-8")], text).into_response())
}
