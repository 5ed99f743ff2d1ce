use super::{ActorView, ApiJson};
use crate::{
    db::models::Actor,
    domain::profile::ProfileInput,
    error::AppResult,
    federation::Data,
    http::session::ApiUser,
    service::{
        self,
        archive::{Archive, ImportReport},
    },
};
use axum::{
    Json,
    http::header,
    response::{IntoResponse, Response},
};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

#[derive(Serialize, ToSchema)]
pub struct Me {
    #[serde(flatten)]
    account: ActorView,
    /// `admin`, `moderator` or `member`.
    role: String,
}

/// The caller's profile.
#[utoipa::path(get, path = "/me", tag = "accounts", security(("bearer" = [])), responses((status = 200, body = Me)))]
pub async fn show(data: Data, me: ApiUser) -> Json<Me> {
    Json(Me { account: ActorView::new(&data, &me.actor), role: me.user.role.clone() })
}

/// Fields of `PATCH /api/v1/me`; any left out keep their value.
#[derive(Deserialize, ToSchema)]
pub struct ProfilePatch {
    display_name: Option<String>,
    summary: Option<String>,
    job_title: Option<String>,
    /// Where the person works.
    organisation: Option<String>,
    city: Option<String>,
    /// ISO 3166-1 alpha-2 code, e.g. `BE`; empty to clear.
    country: Option<String>,
    /// Sector ids of the taxonomy (`GET /api/v1/taxonomy`), e.g. `energy_systems`.
    sectors: Option<Vec<String>>,
    expertise: Option<Vec<String>>,
    /// A picture elsewhere (`https://`); empty to clear.
    avatar_url: Option<String>,
    /// The picture across the top of the profile (`https://`); empty to clear.
    header_url: Option<String>,
    /// One of the caller's uploads (`POST /api/v1/media`, an image) to show as the avatar.
    avatar_media_id: Option<i64>,
    /// One of the caller's uploads (an image) to show as the header.
    header_media_id: Option<i64>,
    manually_approves_followers: Option<bool>,
}

/// Update the caller's profile; fields left out keep their value.
#[utoipa::path(patch, path = "/me", tag = "accounts", security(("bearer" = [])), request_body = ProfilePatch,
    responses((status = 200, body = ActorView)))]
pub async fn update(data: Data, me: ApiUser, ApiJson(patch): ApiJson<ProfilePatch>) -> AppResult<Json<ActorView>> {
    let actor = &me.actor;
    let now = service::profile::input_of(actor);
    let input = ProfileInput {
        display_name: patch.display_name.unwrap_or(now.display_name),
        summary: patch.summary.unwrap_or(now.summary),
        job_title: patch.job_title.unwrap_or(now.job_title),
        organisation: patch.organisation.unwrap_or(now.organisation),
        city: patch.city.unwrap_or(now.city),
        country: patch.country.unwrap_or(now.country),
        sectors: patch.sectors.unwrap_or(now.sectors),
        expertise: patch.expertise.unwrap_or(now.expertise),
        avatar_url: patch.avatar_url.unwrap_or(now.avatar_url),
        header_url: patch.header_url.unwrap_or(now.header_url),
        avatar_media_id: patch.avatar_media_id,
        header_media_id: patch.header_media_id,
        manually_approves: patch.manually_approves_followers.unwrap_or(now.manually_approves),
    };
    let saved = service::profile::update(&data, actor, &input).await?;
    Ok(Json(ActorView::new(&data, &saved)))
}

#[derive(Deserialize, ToSchema)]
pub struct Aliases {
    /// The accounts this one was before (`@name@host` or actor URLs); an empty list clears them.
    pub aliases: Vec<String>,
}

/// Name the accounts the caller was before, so that they can move here (`alsoKnownAs`).
#[utoipa::path(put, path = "/me/aliases", tag = "accounts", security(("bearer" = [])), request_body = Aliases,
    responses((status = 200, body = ActorView)))]
pub async fn set_aliases(data: Data, me: ApiUser, ApiJson(body): ApiJson<Aliases>) -> AppResult<Json<ActorView>> {
    let saved = service::moves::set_aliases(&data, &me.actor, &body.aliases).await?;
    Ok(Json(ActorView::new(&data, &saved)))
}

#[derive(Deserialize, ToSchema)]
pub struct MoveRequest {
    /// The new account (`@name@host` or its URL), which already names this one as an alias.
    pub target: String,
}

/// Move the caller's account: followers here and on other servers follow the new one instead.
#[utoipa::path(post, path = "/me/move", tag = "accounts", security(("bearer" = [])), request_body = MoveRequest,
    responses((status = 200, body = ActorView)))]
pub async fn move_account(data: Data, me: ApiUser, ApiJson(body): ApiJson<MoveRequest>) -> AppResult<Json<ActorView>> {
    let moved = service::moves::move_to(&data, &me.actor, &body.target).await?;
    Ok(Json(ActorView::new(&data, &moved)))
}

/// Name the accounts the city's organisation was before (admins).
#[utoipa::path(put, path = "/admin/city/aliases", tag = "admin", security(("bearer" = [])), request_body = Aliases,
    responses((status = 200, body = ActorView)))]
pub async fn set_city_aliases(data: Data, me: ApiUser, ApiJson(body): ApiJson<Aliases>) -> AppResult<Json<ActorView>> {
    me.require_admin()?;
    let city = service::node::organisation(&data).await?;
    let saved = service::moves::set_aliases(&data, &city, &body.aliases).await?;
    Ok(Json(ActorView::new(&data, &saved)))
}

/// Move the city's organisation to another node (admins), e.g. from a national network's node
/// to the city's own.
#[utoipa::path(post, path = "/admin/city/move", tag = "admin", security(("bearer" = [])), request_body = MoveRequest,
    responses((status = 200, body = ActorView)))]
pub async fn move_city(data: Data, me: ApiUser, ApiJson(body): ApiJson<MoveRequest>) -> AppResult<Json<ActorView>> {
    me.require_admin()?;
    let city = service::node::organisation(&data).await?;
    let moved = service::moves::move_to(&data, &city, &body.target).await?;
    Ok(Json(ActorView::new(&data, &moved)))
}

/// Everything the caller published here, their profile and whom they follow, as one document
/// to import on another node (`POST /me/import`).
#[utoipa::path(get, path = "/me/export", tag = "accounts", security(("bearer" = [])),
    responses((status = 200, body = Archive)))]
pub async fn export(data: Data, me: ApiUser) -> AppResult<Response> {
    archive_download(&data, &me.actor).await
}

/// The archive as a file to download.
pub async fn archive_download(data: &Data, actor: &Actor) -> AppResult<Response> {
    let archive = service::archive::export(data, actor).await?;
    let name = format!("cairn-{}-{}.json", actor.username, chrono::Utc::now().format("%Y-%m-%d"));
    let disposition = format!("attachment; filename=\"{name}\"");
    Ok(([(header::CONTENT_DISPOSITION, disposition)], Json(archive)).into_response())
}

/// Publish an archive's resources, events and posts again as the caller, follow what it
/// followed, and fill the profile's empty fields; every item that fails is named.
#[utoipa::path(post, path = "/me/import", tag = "accounts", security(("bearer" = [])), request_body = Archive,
    responses((status = 200, body = ImportReport)))]
pub async fn import(data: Data, me: ApiUser, ApiJson(archive): ApiJson<Archive>) -> AppResult<Json<ImportReport>> {
    Ok(Json(service::archive::import(&data, &me.actor, &archive).await?))
}
