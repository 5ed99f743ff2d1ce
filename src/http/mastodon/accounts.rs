//! Accounts: the caller's own, lookups, statuses, followers, following, follows and
//! relationships.

use super::{Client, MastoResult, MaybeClient, Paging, entities};
use crate::{
    db::{
        self,
        blocks::{BLOCK, MUTE},
        follows::{ACCEPTED, Side},
        models::{Actor, Media},
    },
    domain::profile::ProfileInput,
    error::AppError,
    federation::Data,
    service::{self, follows::Reach},
};
use crate::{
    http::multipart::{self, MultipartForm},
    service::media::{self, Upload},
};
use axum::{
    Json,
    body::Bytes,
    extract::{FromRequest, Path, Query, RawQuery, Request},
};
use cairn_templates::i18n::t;
use serde::Deserialize;
use serde_json::{Value, json};

pub async fn actor_by_id(data: &Data, id: &str) -> MastoResult<Actor> {
    let id: i64 = id.parse().map_err(|_| AppError::not_found(t("no-such-account")))?;
    let actor = db::actors::by_id(&data.db, id).await?.filter(|a| a.kind != "Application");
    Ok(service::moderation::shown(actor.ok_or_else(|| AppError::not_found(t("no-such-account")))?)?)
}

pub async fn verify_credentials(data: Data, client: Client) -> MastoResult<Json<Value>> {
    let (_, me) = client.person("read:accounts")?;
    let mut account = entities::account(&data, me).await?;
    account["source"] = json!({"note": me.summary, "fields": account["fields"].clone(), "privacy": "public", "sensitive": false, "language": "", "follow_requests_count": 0});
    Ok(Json(account))
}

/// Changes the profile; an app sends `avatar` and `header` as files of a multipart form.
pub async fn update_credentials(data: Data, client: Client, request: Request) -> MastoResult<Json<Value>> {
    let (_, me) = client.person("write:accounts")?;
    let mut form = if multipart::sent(request.headers()) {
        MultipartForm::from_request(request, &()).await?
    } else {
        let headers = request.headers().clone();
        let body =
            Bytes::from_request(request, &()).await.map_err(|e| multipart::unreadable(e.status(), e.body_text()))?;
        let fields = super::request_fields(&headers, &body)?;
        MultipartForm { fields: fields.into_iter().collect(), files: Vec::new() }
    };
    // An app sends the pictures with the profile: kept as uploads, and removed again if the
    // profile is refused (a PDF as avatar, say), since no form will offer them again.
    let mut uploads: Vec<(&str, Media)> = Vec::new();
    let saved = async {
        for name in ["avatar", "header"] {
            if let Some(file) = form.take_file(name) {
                uploads.push((name, media::upload(&data, me, Upload::of(file, "")).await?));
            }
        }
        let uploaded = |name: &str| uploads.iter().find(|(field, _)| *field == name).map(|(_, file)| file.id);
        let now = service::profile::input_of(me);
        let input = ProfileInput {
            display_name: form.text("display_name").map_or(now.display_name.clone(), str::to_string),
            summary: form.text("note").map_or(now.summary.clone(), str::to_string),
            manually_approves: form.text("locked").map_or(now.manually_approves, super::truthy),
            avatar_media_id: uploaded("avatar"),
            header_media_id: uploaded("header"),
            ..now
        };
        service::profile::update(&data, me, &input).await
    }
    .await;
    if saved.is_err() {
        media::remove_files(&data, uploads.into_iter().map(|(_, file)| file).collect()).await?;
    }
    let saved = saved?;
    Ok(Json(entities::account(&data, &saved).await?))
}

#[derive(Deserialize)]
pub struct LookupQuery {
    #[serde(default)]
    acct: String,
}

pub async fn lookup(data: Data, client: MaybeClient, Query(query): Query<LookupQuery>) -> MastoResult<Json<Value>> {
    let reach = if client.actor().is_some() { Reach::Fetch } else { Reach::KnownOnly };
    let target = query.acct.trim().trim_start_matches('@').to_string();
    let target = if target.contains('@') { format!("@{target}") } else { target };
    let actor = service::follows::resolve(&data, &target, reach).await.map_err(|e| match e.kind {
        crate::error::ErrorKind::Invalid => AppError::not_found(t("no-such-account")),
        _ => e,
    })?;
    Ok(Json(entities::account(&data, &service::moderation::shown(actor.row)?).await?))
}

pub async fn show(data: Data, Path(id): Path<String>) -> MastoResult<Json<Value>> {
    Ok(Json(entities::account(&data, &actor_by_id(&data, &id).await?).await?))
}

pub async fn statuses(
    data: Data,
    client: MaybeClient,
    Path(id): Path<String>,
    Query(paging): Query<Paging>,
) -> MastoResult<Json<Value>> {
    let actor = actor_by_id(&data, &id).await?;
    let before = match paging.max_id.as_deref().map(entities::StatusRef::parse) {
        Some(Ok(entities::StatusRef::Post(id))) => Some(id),
        _ => None,
    };
    let posts = db::posts::public_by_author(&data.db, actor.id, before, paging.limit() as i64).await?;
    let shown: Vec<entities::Shown> =
        posts.into_iter().map(|post| entities::Shown::Post(post, actor.clone())).collect();
    Ok(Json(Value::Array(entities::render(&data, &shown, client.actor()).await?)))
}

async fn people(data: &Data, id: &str, side: Side, paging: &Paging) -> MastoResult<Json<Value>> {
    let actor = actor_by_id(data, id).await?;
    let before = paging.max_id.as_deref().and_then(|m| m.parse().ok());
    let rows = db::follows::page(&data.db, actor.id, side, ACCEPTED, before, paging.limit() as i64).await?;
    let mut items = Vec::new();
    for (_, other) in &rows {
        items.push(entities::account(data, other).await?);
    }
    Ok(Json(Value::Array(items)))
}

pub async fn followers(data: Data, Path(id): Path<String>, Query(paging): Query<Paging>) -> MastoResult<Json<Value>> {
    people(&data, &id, Side::Followers, &paging).await
}

pub async fn following(data: Data, Path(id): Path<String>, Query(paging): Query<Paging>) -> MastoResult<Json<Value>> {
    people(&data, &id, Side::Following, &paging).await
}

pub async fn relationship(data: &Data, me: &Actor, other: &Actor) -> MastoResult<Value> {
    let mine = db::follows::by_pair(&data.db, me.id, other.id).await?;
    let theirs = db::follows::by_pair(&data.db, other.id, me.id).await?;
    let kept_away = db::blocks::between(&data.db, me.id, other).await?;
    let has =
        |kind: &str, domain: bool| kept_away.iter().any(|b| b.kind == kind && b.target_domain.is_some() == domain);
    Ok(json!({
        "id": other.id.to_string(),
        "following": mine.as_ref().is_some_and(|f| f.state == ACCEPTED),
        "requested": mine.as_ref().is_some_and(|f| f.state != ACCEPTED),
        "followed_by": theirs.as_ref().is_some_and(|f| f.state == ACCEPTED),
        "showing_reblogs": true, "notifying": false, "languages": null,
        "blocking": has(BLOCK, false), "blocked_by": service::blocks::blocks(data, other, me).await?, "muting": has(MUTE, false),
        "muting_notifications": has(MUTE, false), "domain_blocking": has(BLOCK, true), "endorsed": false, "note": "",
    }))
}

pub async fn follow(data: Data, client: Client, Path(id): Path<String>) -> MastoResult<Json<Value>> {
    let (_, me) = client.person("write:follows")?;
    let target = actor_by_id(&data, &id).await?;
    if target.kind == "Group" {
        let group =
            db::groups::by_actor(&data.db, target.id).await?.ok_or_else(|| AppError::not_found(t("no-such-group")))?;
        service::groups::join(&data, me, &service::groups::FoundGroup { actor: target.clone(), group }).await?;
    } else {
        service::follows::follow(&data, me, &crate::federation::objects::actor::ApActor::new(target.clone())?).await?;
    }
    Ok(Json(relationship(&data, me, &target).await?))
}

pub async fn unfollow(data: Data, client: Client, Path(id): Path<String>) -> MastoResult<Json<Value>> {
    let (_, me) = client.person("write:follows")?;
    let target = actor_by_id(&data, &id).await?;
    if db::follows::by_pair(&data.db, me.id, target.id).await?.is_some() {
        service::follows::unfollow(&data, me, &target).await?;
    }
    Ok(Json(relationship(&data, me, &target).await?))
}

pub async fn relationships(data: Data, client: Client, RawQuery(raw): RawQuery) -> MastoResult<Json<Value>> {
    let (_, me) = client.person("read:follows")?;
    let mut items = Vec::new();
    for (key, value) in url::form_urlencoded::parse(raw.unwrap_or_default().as_bytes()) {
        if (key == "id[]" || key == "id")
            && let Ok(other) = actor_by_id(&data, &value).await
        {
            items.push(relationship(&data, me, &other).await?);
        }
    }
    Ok(Json(Value::Array(items)))
}
