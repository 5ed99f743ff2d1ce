//! Statuses: post (with a reply and a visibility), show, delete, context, favourite, reblog.

use super::{
    Client, MastoResult, MaybeClient,
    entities::{self, StatusRef},
};
use crate::service::moderation::Audit;
use crate::{
    db::{
        self,
        oauth::{FAVOURITE, REBLOG},
    },
    domain::group::MAX_POST_CHARS,
    error::AppError,
    federation::Data,
    service::{
        self,
        posts::{ItsFiles, PostInput},
    },
};
use axum::{
    Json,
    body::Bytes,
    extract::{Path, RawQuery},
    http::HeaderMap,
};
use cairn_templates::i18n::{t, t_with};
use serde_json::{Value, json};

pub async fn create(data: Data, client: Client, headers: HeaderMap, body: Bytes) -> MastoResult<Json<Value>> {
    let (_, me) = client.person("write:statuses")?;
    let f = super::request_fields(&headers, &body)?;
    let text = f.get("status").cloned().unwrap_or_default();
    if text.chars().count() > MAX_POST_CHARS {
        return Err(AppError::invalid(
            "status",
            t_with("text-character-limit-exceeded", &[("max", MAX_POST_CHARS.into())]),
        )
        .into());
    }
    match f.get("visibility").map(String::as_str) {
        None | Some("" | "public" | "unlisted") => {}
        Some(other) => {
            return Err(AppError::invalid(
                "visibility",
                format!("{other} posts are not supported here; posts are public or in a group"),
            )
            .into());
        }
    }
    let in_reply_to = match f.get("in_reply_to_id").filter(|v| !v.is_empty()) {
        Some(id) => Some(entities::ap_id_of(&data, StatusRef::parse(id)?).await?),
        None => None,
    };
    let media_ids = f
        .get("media_ids")
        .map(|ids| {
            ids.split_whitespace()
                .map(|id| {
                    id.parse().map_err(|_| {
                        AppError::invalid("media_ids", t_with("is-not-a-media-id", &[("id", id.to_string().into())]))
                    })
                })
                .collect()
        })
        .transpose()?
        .unwrap_or_default();
    let input = PostInput { content: text, in_reply_to, group: None, media_ids };
    let post = service::posts::compose(&data, me, &input).await?;
    Ok(Json(entities::post_status(&data, &post, me, Some(me)).await?))
}

pub async fn show(data: Data, client: MaybeClient, Path(id): Path<String>) -> MastoResult<Json<Value>> {
    Ok(Json(entities::status(&data, StatusRef::parse(&id)?, client.actor()).await?))
}

/// Deletes a status and answers it with its source text, as Mastodon does for "delete and
/// redraft"; its pictures stay the author's uploads to post again unless `delete_media` (in
/// the query or the body, as apps send it).
pub async fn delete(
    data: Data,
    client: Client,
    Path(id): Path<String>,
    RawQuery(query): RawQuery,
    headers: HeaderMap,
    body: Bytes,
) -> MastoResult<Json<Value>> {
    let delete_media = super::request_fields(&headers, &body)?.get("delete_media").is_some_and(|v| super::truthy(v))
        || url::form_urlencoded::parse(query.unwrap_or_default().as_bytes())
            .any(|(key, value)| key == "delete_media" && super::truthy(&value));
    let (user, me) = client.person("write:statuses")?;
    let StatusRef::Post(post_id) = StatusRef::parse(&id)? else {
        return Err(AppError::forbidden(t("delete-case-studies-and-events-from-their")).into());
    };
    let post = db::posts::by_id(&data.db, post_id).await?.ok_or_else(|| AppError::not_found(t("no-such-status")))?;
    let author =
        db::actors::by_id(&data.db, post.author_id).await?.ok_or_else(|| AppError::not_found(t("no-such-status")))?;
    let mut shown = entities::post_status(&data, &post, &author, Some(me)).await?;
    let its_files = if delete_media { ItsFiles::Deleted } else { ItsFiles::KeptForRedraft };
    service::posts::remove_with(&data, user, me, &post, Audit::Here, its_files).await?;
    shown["text"] = json!(post.content);
    Ok(Json(shown))
}

/// Ancestors (oldest first) and descendants (in reply order) of a status.
pub async fn context(data: Data, client: MaybeClient, Path(id): Path<String>) -> MastoResult<Json<Value>> {
    let reference = StatusRef::parse(&id)?;
    let viewer = client.actor();
    entities::status(&data, reference, viewer).await?;
    let ap_id = entities::ap_id_of(&data, reference).await?;
    let mut ancestors = Vec::new();
    let mut parent = match reference {
        StatusRef::Post(post_id) => db::posts::by_id(&data.db, post_id).await?.and_then(|p| p.in_reply_to),
        _ => None,
    };
    while let Some(parent_id) = parent.take() {
        if ancestors.len() >= 40 {
            break;
        }
        if let Some(post) = db::posts::by_ap_id(&data.db, &parent_id).await? {
            parent = post.in_reply_to.clone();
            if let Ok(status) = entities::status(&data, StatusRef::Post(post.id), viewer).await {
                ancestors.push(status);
            }
        } else if let Some(resource) = db::resources::by_ap_id(&data.db, &parent_id).await? {
            ancestors.push(entities::status(&data, StatusRef::Resource(resource.id), viewer).await?);
        } else if let Some(event) = db::events::by_ap_id(&data.db, &parent_id).await? {
            ancestors.push(entities::status(&data, StatusRef::Event(event.id), viewer).await?);
        }
    }
    ancestors.reverse();
    let mut descendants = Vec::new();
    let mut queue = vec![ap_id];
    while let Some(current) = queue.pop() {
        for (reply, author) in db::posts::replies_to(&data.db, &current).await? {
            if descendants.len() >= 200 {
                break;
            }
            queue.push(reply.ap_id.clone());
            if crate::http::api::social::readable(&data, reply.clone(), viewer).await.is_ok() {
                descendants.push(entities::Shown::Post(reply, author));
            }
        }
    }
    let descendants = entities::render(&data, &descendants, viewer).await?;
    Ok(Json(json!({"ancestors": ancestors, "descendants": descendants})))
}

async fn react(data: Data, client: Client, id: String, kind: &str, undo: bool) -> MastoResult<Json<Value>> {
    let scope = if kind == FAVOURITE { "write:favourites" } else { "write:statuses" };
    let (_, me) = client.person(scope)?;
    let reference = StatusRef::parse(&id)?;
    entities::status(&data, reference, Some(me)).await?;
    let ap_id = entities::ap_id_of(&data, reference).await?;
    if undo {
        service::reactions::undo(&data, me, &ap_id, kind).await?;
    } else {
        service::reactions::react(&data, me, &ap_id, kind).await?;
    }
    let status = entities::status(&data, reference, Some(me)).await?;
    if kind == REBLOG && !undo {
        // A reblog answers with the reblog itself, wrapping the original.
        let mut wrapper = status.clone();
        wrapper["reblog"] = status;
        wrapper["account"] = entities::account(&data, me).await?;
        wrapper["content"] = json!("");
        return Ok(Json(wrapper));
    }
    Ok(Json(status))
}

pub async fn favourite(data: Data, client: Client, Path(id): Path<String>) -> MastoResult<Json<Value>> {
    react(data, client, id, FAVOURITE, false).await
}

pub async fn unfavourite(data: Data, client: Client, Path(id): Path<String>) -> MastoResult<Json<Value>> {
    react(data, client, id, FAVOURITE, true).await
}

pub async fn reblog(data: Data, client: Client, Path(id): Path<String>) -> MastoResult<Json<Value>> {
    react(data, client, id, REBLOG, false).await
}

pub async fn unreblog(data: Data, client: Client, Path(id): Path<String>) -> MastoResult<Json<Value>> {
    react(data, client, id, REBLOG, true).await
}
