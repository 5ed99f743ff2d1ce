//! `/api/v1/instance` and `/api/v2/instance`: what apps read to detect the server.

use super::MastoResult;
use crate::{
    db,
    domain::{
        group::{MAX_POST_CHARS, MAX_POST_FILES},
        media::{DOCUMENT_TYPES, IMAGE_TYPES},
    },
    error::AppResult,
    federation::Data,
    service::{self, media::MAX_PIXELS, node::NodeIdentity},
    state::AppState,
};
use axum::Json;
use serde_json::{Value, json};

/// The Mastodon version whose API this subset follows; Cairn's own version comes after it.
const COMPATIBLE: &str = "4.2.0";

fn version() -> String {
    format!("{COMPATIBLE} (compatible; Cairn {})", env!("CARGO_PKG_VERSION"))
}

fn configuration(state: &AppState) -> Value {
    let types: Vec<&str> = IMAGE_TYPES.iter().chain(&DOCUMENT_TYPES).copied().collect();
    let file_limit = state.config.media.max_file_bytes;
    json!({
        "statuses": {"max_characters": MAX_POST_CHARS, "max_media_attachments": MAX_POST_FILES, "characters_reserved_per_url": 23},
        "media_attachments": {"supported_mime_types": types, "image_size_limit": file_limit, "video_size_limit": 0,
            "image_matrix_limit": MAX_PIXELS},
        "polls": {"max_options": 0, "max_characters_per_option": 0, "min_expiration": 0, "max_expiration": 0},
        "accounts": {"max_featured_tags": 0},
        "urls": {"streaming": null},
    })
}

async fn contact(state: &AppState) -> AppResult<Value> {
    let city = service::node::organisation(state).await?;
    Ok(crate::http::mastodon::entities::account_with_counts(state, &city, 0, 0))
}

/// The contact when it is an e-mail address (Mastodon's entity has room only for that).
fn email(identity: &NodeIdentity) -> &str {
    if identity.contact.contains('@') && !identity.contact.contains("://") { &identity.contact } else { "" }
}

/// The node's rules as Mastodon's `Rule` entities (ids are positions, from 1).
async fn rules(data: &Data) -> AppResult<Value> {
    let rules = service::node::rules(data).await?;
    Ok(rules.iter().enumerate().map(|(i, text)| json!({"id": (i + 1).to_string(), "text": text, "hint": ""})).collect())
}

/// `GET /api/v1/instance/rules`.
pub async fn rules_list(data: Data) -> MastoResult<Json<Value>> {
    Ok(Json(rules(&data).await?))
}

pub async fn v1(data: Data) -> MastoResult<Json<Value>> {
    let users = db::users::count(&data.db).await?;
    let identity = service::node::identity(&data).await?;
    Ok(Json(json!({
        "uri": data.domain, "title": identity.name, "short_description": identity.description,
        "description": identity.description, "email": email(&identity), "version": version(),
        "urls": {"streaming_api": null}, "stats": {"user_count": users, "status_count": 0, "domain_count": 0},
        "thumbnail": null, "languages": ["en"],
        "registrations": data.config.accounts.registration != crate::config::RegistrationMode::Closed,
        "approval_required": data.config.accounts.registration == crate::config::RegistrationMode::Approval,
        "invites_enabled": false, "configuration": configuration(&data), "contact_account": contact(&data).await?, "rules": rules(&data).await?,
    })))
}

pub async fn v2(data: Data) -> MastoResult<Json<Value>> {
    let users = db::users::count(&data.db).await?;
    let identity = service::node::identity(&data).await?;
    Ok(Json(json!({
        "domain": data.domain, "title": identity.name, "version": version(),
        "api_versions": {"mastodon": 2},
        "source_url": "https://www.gnu.org/licenses/agpl-3.0.html", "description": identity.description,
        "usage": {"users": {"active_month": users}}, "thumbnail": {"url": data.url("/static/avatar.svg")},
        "languages": ["en"], "configuration": configuration(&data),
        "registrations": {"enabled": data.config.accounts.registration != crate::config::RegistrationMode::Closed,
                          "approval_required": data.config.accounts.registration == crate::config::RegistrationMode::Approval, "message": null},
        "contact": {"email": email(&identity), "account": contact(&data).await?}, "rules": rules(&data).await?,
    })))
}
