//! OAuth 2 endpoints for Mastodon apps: `POST /api/v1/apps`, `/oauth/authorize` (a login and
//! consent page), `/oauth/token`, `/oauth/revoke`, and the server's OAuth metadata.

use super::{MastoResult, request_fields};
use crate::http::web::extract::{Form, Query};
use crate::{
    error::AppError,
    federation::Data,
    http::{
        session::Viewer,
        web::{WebResult, ctx, page},
    },
    service::oauth::{self as service, OOB, Scopes},
};
use axum::{
    Json,
    body::Bytes,
    http::{HeaderMap, StatusCode},
    response::{IntoResponse, Redirect, Response},
};
use cairn_templates::i18n::{t, t_with};
use cairn_templates::pages;
use serde::Deserialize;
use serde_json::{Value, json};
use std::collections::HashMap;

fn text(fields: &HashMap<String, String>, name: &str) -> String {
    fields.get(name).cloned().unwrap_or_default()
}

pub async fn create_app(data: Data, headers: HeaderMap, body: Bytes) -> MastoResult<Json<Value>> {
    let f = request_fields(&headers, &body)?;
    let website = text(&f, "website");
    let (app, secret) = service::register_app(
        &data,
        &text(&f, "client_name"),
        &text(&f, "redirect_uris"),
        &text(&f, "scopes"),
        (!website.is_empty()).then_some(website.as_str()),
    )
    .await?;
    let uris: Vec<&str> = app.redirect_uris.lines().collect();
    Ok(Json(json!({
        "id": app.id.to_string(), "name": app.name, "website": app.website,
        "redirect_uri": uris.join("\n"), "redirect_uris": uris, "scopes": app.scopes.split(' ').collect::<Vec<_>>(),
        "client_id": app.client_id, "client_secret": secret, "vapid_key": "",
    })))
}

#[derive(Deserialize, Default)]
pub struct AuthorizeQuery {
    #[serde(default)]
    client_id: String,
    #[serde(default)]
    redirect_uri: String,
    #[serde(default)]
    scope: String,
    #[serde(default)]
    response_type: String,
    #[serde(default)]
    state: String,
}

impl AuthorizeQuery {
    fn params(&self) -> Vec<(&'static str, String)> {
        vec![
            ("client_id", self.client_id.clone()),
            ("redirect_uri", self.redirect_uri.clone()),
            ("scope", self.scope.clone()),
            ("response_type", self.response_type.clone()),
            ("state", self.state.clone()),
        ]
    }
}

async fn render_authorize(
    data: &Data,
    viewer: &Viewer,
    headers: &HeaderMap,
    query: &AuthorizeQuery,
    error: Option<&str>,
) -> WebResult {
    let app = crate::db::oauth::app_by_client_id(&data.db, &query.client_id)
        .await?
        .ok_or_else(|| AppError::bad_request(t("unknown-client-id-register-the-app-first")))?;
    service::check_redirect(&app, &query.redirect_uri)?;
    if query.response_type != "code" {
        return Err(AppError::bad_request(t("response-type-must-be-code")).into());
    }
    let scopes = Scopes::parse(&query.scope)?;
    let ctx = ctx(data, viewer, headers).await?;
    let params = query.params();
    let view = pages::AuthorizeView {
        app_name: &app.name,
        app_website: app.website.as_deref(),
        scopes: &scopes.0,
        params: &params,
        needs_login: viewer.user.is_none(),
        error,
    };
    let status = if error.is_some() { StatusCode::UNAUTHORIZED } else { StatusCode::OK };
    Ok(page(&ctx, status, pages::authorize(&ctx, &view)))
}

pub async fn authorize_page(
    data: Data,
    viewer: Viewer,
    headers: HeaderMap,
    Query(query): Query<AuthorizeQuery>,
) -> WebResult {
    render_authorize(&data, &viewer, &headers, &query, None).await
}

#[derive(Deserialize)]
pub struct AuthorizeForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    username: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    decision: String,
    #[serde(flatten)]
    query: AuthorizeQuery,
}

pub async fn authorize(data: Data, viewer: Viewer, headers: HeaderMap, Form(form): Form<AuthorizeForm>) -> WebResult {
    viewer.check_csrf(&form.csrf)?;
    let query = &form.query;
    let app = crate::db::oauth::app_by_client_id(&data.db, &query.client_id)
        .await?
        .ok_or_else(|| AppError::bad_request(t("unknown-client-id")))?;
    service::check_redirect(&app, &query.redirect_uri)?;
    let separator = if query.redirect_uri.contains('?') { '&' } else { '?' };
    if form.decision != "approve" {
        if query.redirect_uri == OOB {
            return Err(AppError::forbidden(t("you-denied-the-app-access")).into());
        }
        return Ok(Redirect::to(&format!("{}{separator}error=access_denied", query.redirect_uri)).into_response());
    }
    let user = match &viewer.user {
        Some((user, _)) => user.clone(),
        None => match crate::service::accounts::authenticate(&data, form.username.trim(), &form.password).await {
            Ok(user) => user,
            Err(err) => return render_authorize(&data, &viewer, &headers, query, Some(&err.message)).await,
        },
    };
    let code = service::authorize(&data, &app, &user, &Scopes::parse(&query.scope)?, &query.redirect_uri).await?;
    if query.redirect_uri == OOB {
        let ctx = ctx(&data, &viewer, &headers).await?;
        return Ok(page(&ctx, StatusCode::OK, pages::authorization_code(&ctx, &code)));
    }
    let mut target = format!("{}{separator}code={code}", query.redirect_uri);
    if !query.state.is_empty() {
        target.push_str(&format!(
            "&state={}",
            url::form_urlencoded::byte_serialize(query.state.as_bytes()).collect::<String>()
        ));
    }
    Ok(Redirect::to(&target).into_response())
}

/// OAuth errors use OAuth's shape: `{"error", "error_description"}`.
fn oauth_error(error: AppError) -> Response {
    let (status, code) = match error.kind {
        crate::error::ErrorKind::Unauthorized => (StatusCode::UNAUTHORIZED, "invalid_client"),
        crate::error::ErrorKind::Invalid => (StatusCode::BAD_REQUEST, "invalid_scope"),
        _ => (StatusCode::BAD_REQUEST, "invalid_grant"),
    };
    (status, Json(json!({"error": code, "error_description": error.message}))).into_response()
}

pub async fn token(data: Data, headers: HeaderMap, body: Bytes) -> Response {
    let result: Result<Value, AppError> = async {
        let f = request_fields(&headers, &body)?;
        let app = service::client(&data, &text(&f, "client_id"), &text(&f, "client_secret")).await?;
        let requested = Scopes::parse(&text(&f, "scope"))?;
        let (token, scopes) = match text(&f, "grant_type").as_str() {
            "authorization_code" => service::exchange_code(&data, &app, &text(&f, "code"), &text(&f, "redirect_uri")).await?,
            "password" => {
                (service::password_grant(&data, &app, &text(&f, "username"), &text(&f, "password"), &requested).await?, requested)
            }
            "client_credentials" => (service::client_credentials(&data, &app, &requested).await?, requested),
            other => return Err(AppError::bad_request(t_with("unsupported-grant-type", &[("grant", format!("{other:?}").into())]))),
        };
        Ok(json!({"access_token": token, "token_type": "Bearer", "scope": scopes.text(), "created_at": chrono::Utc::now().timestamp()}))
    }
    .await;
    match result {
        Ok(value) => Json(value).into_response(),
        Err(error) => oauth_error(error),
    }
}

pub async fn revoke(data: Data, headers: HeaderMap, body: Bytes) -> Response {
    let result: Result<(), AppError> = async {
        let f = request_fields(&headers, &body)?;
        let app = service::client(&data, &text(&f, "client_id"), &text(&f, "client_secret")).await?;
        service::revoke(&data, &app, &text(&f, "token")).await
    }
    .await;
    match result {
        Ok(()) => Json(json!({})).into_response(),
        Err(error) => oauth_error(error),
    }
}

pub async fn server_metadata(data: Data) -> Json<Value> {
    Json(json!({
        "issuer": data.base_url,
        "authorization_endpoint": data.url("/oauth/authorize"),
        "token_endpoint": data.url("/oauth/token"),
        "revocation_endpoint": data.url("/oauth/revoke"),
        "app_registration_endpoint": data.url("/api/v1/apps"),
        "scopes_supported": ["read", "write", "follow", "push", "profile", "read:accounts", "read:statuses", "read:notifications", "read:search", "read:follows", "write:statuses", "write:favourites", "write:follows", "write:accounts"],
        "response_types_supported": ["code"],
        "response_modes_supported": ["query"],
        "grant_types_supported": ["authorization_code", "password", "client_credentials"],
        "token_endpoint_auth_methods_supported": ["client_secret_basic", "client_secret_post"],
    }))
}
