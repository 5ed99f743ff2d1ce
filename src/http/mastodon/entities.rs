//! Cairn's objects as Mastodon entities. Posts are statuses; case studies (resources) and
//! events are statuses too, with their title, summary and a link card. Status ids are numbers
//! that say which kind of object they are (`id * 4 + kind`).

use crate::{
    db::{
        self,
        follows::{ACCEPTED, Side},
        models::{Actor, Event, Media, Post, Resource},
    },
    domain::{
        resource::{Attachment, html_escape, paragraphs_html},
        taxonomy::TAXONOMY,
    },
    error::{AppError, AppResult},
    federation::Data,
    http::web::page_url,
    service,
    state::AppState,
};
use cairn_templates::i18n::t;
use serde_json::{Value, json};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StatusRef {
    Post(i64),
    Resource(i64),
    Event(i64),
}

impl StatusRef {
    pub fn id(self) -> String {
        match self {
            StatusRef::Post(id) => id * 4,
            StatusRef::Resource(id) => id * 4 + 1,
            StatusRef::Event(id) => id * 4 + 2,
        }
        .to_string()
    }

    pub fn parse(id: &str) -> AppResult<StatusRef> {
        let n: i64 = id.parse().map_err(|_| AppError::not_found(t("no-such-status")))?;
        match n % 4 {
            0 => Ok(StatusRef::Post(n / 4)),
            1 => Ok(StatusRef::Resource(n / 4)),
            2 => Ok(StatusRef::Event(n / 4)),
            _ => Err(AppError::not_found(t("no-such-status"))),
        }
    }

    /// The timeline entry's kind and its id in that kind's table.
    pub fn kind_and_id(self) -> (&'static str, i64) {
        match self {
            StatusRef::Post(id) => ("post", id),
            StatusRef::Resource(id) => ("resource", id),
            StatusRef::Event(id) => ("event", id),
        }
    }

    pub fn of_entry(kind: &str, id: i64) -> StatusRef {
        match kind {
            "post" => StatusRef::Post(id),
            "resource" => StatusRef::Resource(id),
            _ => StatusRef::Event(id),
        }
    }
}

fn acct(actor: &Actor) -> String {
    if actor.local { actor.username.clone() } else { format!("{}@{}", actor.username, actor.domain) }
}

pub async fn account(data: &Data, actor: &Actor) -> AppResult<Value> {
    let followers = db::follows::count(&data.db, actor.id, Side::Followers, ACCEPTED).await?;
    let following = db::follows::count(&data.db, actor.id, Side::Following, ACCEPTED).await?;
    let mut account = account_with_counts(data, actor, followers, following);
    // Apps show "has moved to …" from the new account, as Mastodon serves it.
    if let Some(moved_to) = &actor.moved_to
        && let Some(new) = db::actors::by_ap_id(&data.db, moved_to).await?
    {
        account["moved"] = account_with_counts(data, &new, 0, 0);
    }
    Ok(account)
}

pub fn account_with_counts(state: &AppState, actor: &Actor, followers: i64, following: i64) -> Value {
    let avatar = actor.avatar_url.clone().unwrap_or_else(|| state.url("/static/avatar.svg"));
    let header = actor.header_url.clone().unwrap_or_default();
    let url = if actor.local {
        state.url(&page_url(actor))
    } else {
        actor.profile_url.clone().unwrap_or_else(|| actor.ap_id.clone())
    };
    let note = paragraphs_html(&actor.summary);
    let fields: Vec<Value> = [("Job title", &actor.job_title), ("City", &actor.city)]
        .iter()
        .filter(|(_, v)| !v.is_empty())
        .map(|(name, value)| json!({"name": name, "value": html_escape(value), "verified_at": null}))
        .collect();
    json!({
        "id": actor.id.to_string(),
        "username": actor.username,
        "acct": acct(actor),
        "display_name": actor.display_name,
        "locked": actor.manually_approves,
        "bot": matches!(actor.kind.as_str(), "Application" | "Service"),
        "group": actor.kind == "Group",
        "discoverable": true,
        "created_at": actor.created_at.and_utc().format("%Y-%m-%dT%H:%M:%S%.3fZ").to_string(),
        "note": note,
        "url": url,
        "uri": actor.ap_id,
        "avatar": avatar,
        "avatar_static": avatar,
        "header": header,
        "header_static": header,
        "followers_count": followers,
        "following_count": following,
        "statuses_count": 0,
        "last_status_at": null,
        "emojis": [],
        "fields": fields,
    })
}

fn time(at: chrono::NaiveDateTime) -> String {
    at.and_utc().format("%Y-%m-%dT%H:%M:%S%.3fZ").to_string()
}

/// The parts every status has, with Cairn's defaults for what it does not do (media, polls…).
fn base_status(
    id: StatusRef,
    uri: &str,
    url: &str,
    account: Value,
    content: String,
    created: chrono::NaiveDateTime,
) -> Value {
    json!({
        "id": id.id(), "uri": uri, "url": url, "account": account, "content": content,
        "created_at": time(created), "edited_at": null, "visibility": "public", "sensitive": false,
        "spoiler_text": "", "media_attachments": [], "mentions": [], "tags": [], "emojis": [],
        "reblogs_count": 0, "favourites_count": 0, "replies_count": 0, "reblog": null,
        "in_reply_to_id": null, "in_reply_to_account_id": null, "card": null, "poll": null,
        "language": null, "favourited": false, "reblogged": false, "bookmarked": false,
        "muted": false, "pinned": false, "application": null, "filtered": [],
    })
}

fn card(url: &str, title: &str, description: &str, author: &Actor, state: &AppState) -> Value {
    json!({
        "url": url, "title": title, "description": description, "type": "link",
        "author_name": author.name_or_username(), "author_url": state.url(&page_url(author)),
        "provider_name": state.config.node.name, "provider_url": state.base_url,
        "html": "", "width": 0, "height": 0, "image": null, "embed_url": "", "blurhash": null,
    })
}

async fn social_counts(data: &Data, status: &mut Value, ap_id: &str, viewer: Option<&Actor>) -> AppResult<()> {
    use db::oauth::{FAVOURITE, REBLOG};
    status["favourites_count"] = json!(db::oauth::count(&data.db, ap_id, FAVOURITE).await?);
    status["reblogs_count"] = json!(db::oauth::count(&data.db, ap_id, REBLOG).await?);
    status["replies_count"] = json!(db::posts::replies_to(&data.db, ap_id).await?.len());
    if let Some(viewer) = viewer {
        status["favourited"] = json!(db::oauth::has_reacted(&data.db, viewer.id, ap_id, FAVOURITE).await?);
        status["reblogged"] = json!(db::oauth::has_reacted(&data.db, viewer.id, ap_id, REBLOG).await?);
    }
    Ok(())
}

/// Mastodon's `MediaAttachment` for a file listed with a status, `file` when it is kept here (an
/// upload, or a file of a local post).
fn media_attachment(state: &AppState, id: String, attachment: &Attachment, file: Option<&Media>) -> Value {
    let image = attachment.media_type.starts_with("image/");
    let preview = file
        .and_then(|f| f.thumbnail_key.as_deref())
        .map(|key| service::media::url_of(state, key))
        .or_else(|| image.then(|| attachment.url.clone()));
    let meta = match file.and_then(|f| Some((f.width?, f.height?))) {
        Some((width, height)) => json!({"original": {"width": width, "height": height,
            "size": format!("{width}x{height}"), "aspect": f64::from(width) / f64::from(height.max(1))}}),
        None => json!({}),
    };
    json!({
        "id": id, "type": if image { "image" } else { "unknown" }, "url": attachment.url,
        "preview_url": preview, "remote_url": if file.is_some() { Value::Null } else { json!(attachment.url) },
        "text_url": null, "meta": meta,
        "description": (!attachment.title.is_empty()).then_some(&attachment.title),
        "blurhash": attachment.blurhash,
    })
}

/// Mastodon's `MediaAttachment` for an upload.
pub fn upload(state: &AppState, file: &Media) -> Value {
    media_attachment(state, file.id.to_string(), &service::media::attachment_of(state, file), Some(file))
}

pub async fn post_status(data: &Data, post: &Post, author: &Actor, viewer: Option<&Actor>) -> AppResult<Value> {
    let url = if post.local { data.url(&format!("/posts/{}", post.id)) } else { post.url.clone() };
    let mut status = base_status(
        StatusRef::Post(post.id),
        &post.ap_id,
        &url,
        account(data, author).await?,
        post.content_html.clone(),
        post.published_at,
    );
    status["visibility"] = json!(if post.visibility == "public" { "public" } else { "private" });
    let mut mentions = Vec::new();
    for ap_id in post.mention_list() {
        if let Some(actor) = db::actors::by_ap_id(&data.db, &ap_id).await? {
            mentions.push(json!({"id": actor.id.to_string(), "username": actor.username, "acct": acct(&actor), "url": actor.profile_url.clone().unwrap_or(actor.ap_id.clone())}));
        }
    }
    status["mentions"] = json!(mentions);
    let attachments = post.attachment_list();
    // Most statuses have no files: the query is made only for a local one that has some.
    let files = if post.local && !attachments.is_empty() {
        db::media::attached_to(&data.db, &post.ap_id).await?
    } else {
        Vec::new()
    };
    status["media_attachments"] = attachments
        .iter()
        .enumerate()
        .map(|(at, attachment)| {
            let file = files.iter().find(|f| service::media::url_of(data, &f.file_key) == attachment.url);
            // Another server's file has no id here; one made from the status's stays the same.
            let id = file.map_or_else(|| format!("{}-{at}", post.id), |f| f.id.to_string());
            media_attachment(data, id, attachment, file)
        })
        .collect();
    status["tags"] = post
        .tag_list()
        .iter()
        .map(|t| json!({"name": t, "url": data.url(&crate::domain::resource::tag_path(t))}))
        .collect();
    if let Some(parent) = &post.in_reply_to {
        let (id, author) = if let Some(p) = db::posts::by_ap_id(&data.db, parent).await? {
            (Some(StatusRef::Post(p.id)), Some(p.author_id))
        } else if let Some(r) = db::resources::by_ap_id(&data.db, parent).await? {
            (Some(StatusRef::Resource(r.id)), Some(r.author_id))
        } else if let Some(e) = db::events::by_ap_id(&data.db, parent).await? {
            (Some(StatusRef::Event(e.id)), Some(e.organizer_id))
        } else {
            (None, None)
        };
        status["in_reply_to_id"] = json!(id.map(StatusRef::id));
        status["in_reply_to_account_id"] = json!(author.map(|a| a.to_string()));
    }
    social_counts(data, &mut status, &post.ap_id, viewer).await?;
    Ok(status)
}

pub async fn resource_status(
    data: &Data,
    resource: &Resource,
    author: &Actor,
    viewer: Option<&Actor>,
) -> AppResult<Value> {
    let url = data.url(&format!("/resources/{}", resource.id));
    let kind = TAXONOMY.kind_label(&resource.kind).unwrap_or("Resource");
    let content = format!(
        "<p><strong>{}</strong> ({kind})</p><p>{}</p><p><a href=\"{url}\">{url}</a></p>",
        html_escape(&resource.title),
        html_escape(&resource.summary)
    );
    let mut status = base_status(
        StatusRef::Resource(resource.id),
        &resource.ap_id,
        &url,
        account(data, author).await?,
        content,
        resource.published_at,
    );
    status["card"] = card(&url, &resource.title, &resource.summary, author, data);
    status["language"] = json!(resource.language);
    status["tags"] = resource
        .tag_list()
        .iter()
        .map(|t| json!({"name": t, "url": data.url(&crate::domain::resource::tag_path(t))}))
        .collect();
    social_counts(data, &mut status, &resource.ap_id, viewer).await?;
    Ok(status)
}

pub async fn event_status(data: &Data, event: &Event, organizer: &Actor, viewer: Option<&Actor>) -> AppResult<Value> {
    let url = data.url(&format!("/events/{}", event.id));
    let when = format!("{} UTC", event.starts_at.format("%Y-%m-%d %H:%M"));
    let place = if event.address.is_empty() { "Online".to_string() } else { event.address.clone() };
    let description = format!("{when} · {place}");
    let content = format!(
        "<p><strong>{}</strong></p><p>{}</p><p><a href=\"{url}\">{url}</a></p>",
        html_escape(&event.title),
        html_escape(&description)
    );
    let mut status = base_status(
        StatusRef::Event(event.id),
        &event.ap_id,
        &url,
        account(data, organizer).await?,
        content,
        event.published_at,
    );
    status["card"] = card(&url, &event.title, &description, organizer, data);
    status["language"] = json!(event.language);
    social_counts(data, &mut status, &event.ap_id, viewer).await?;
    Ok(status)
}

/// Any status by reference, if it exists and the viewer may see it.
pub async fn status(data: &Data, reference: StatusRef, viewer: Option<&Actor>) -> AppResult<Value> {
    match reference {
        StatusRef::Post(id) => {
            let post = db::posts::by_id(&data.db, id).await?.ok_or_else(|| AppError::not_found(t("no-such-status")))?;
            let (post, author, _) = crate::http::api::social::readable(data, post, viewer).await?;
            post_status(data, &post, &author, viewer).await
        }
        StatusRef::Resource(id) => {
            let rows = db::resources::with_authors(&data.db, &[id]).await?;
            let (resource, author) = rows.first().ok_or_else(|| AppError::not_found(t("no-such-status")))?;
            let author = crate::service::moderation::shown(author.clone())?;
            resource_status(data, resource, &author, viewer).await
        }
        StatusRef::Event(id) => {
            let rows = db::events::with_organizers(&data.db, &[id]).await?;
            let (event, organizer) = rows.first().ok_or_else(|| AppError::not_found(t("no-such-status")))?;
            let organizer = crate::service::moderation::shown(organizer.clone())?;
            event_status(data, event, &organizer, viewer).await
        }
    }
}

/// The ActivityPub id of a status.
pub async fn ap_id_of(data: &Data, reference: StatusRef) -> AppResult<String> {
    let found = match reference {
        StatusRef::Post(id) => db::posts::by_id(&data.db, id).await?.map(|p| p.ap_id),
        StatusRef::Resource(id) => db::resources::by_id(&data.db, id).await?.map(|r| r.ap_id),
        StatusRef::Event(id) => db::events::by_id(&data.db, id).await?.map(|e| e.ap_id),
    };
    found.ok_or_else(|| AppError::not_found(t("no-such-status")))
}
