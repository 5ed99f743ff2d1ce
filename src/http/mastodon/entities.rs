//! Cairn's objects as Mastodon entities. Posts are statuses; case studies (resources) and
//! events are statuses too, with their title, summary and a link card. Status ids are numbers
//! that say which kind of object they are (`id * 4 + kind`).

use crate::{
    db::{
        self,
        models::{Actor, Event, Media, Post, Resource},
    },
    domain::{
        markup::{html_escape, paragraphs_html},
        resource::Attachment,
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
use std::collections::{HashMap, HashSet};

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
    account_as(data, actor, &Shared::of(data, &[actor.id], &[], None).await?).await
}

/// `actor`'s account with its follower counts as `shared` holds them.
async fn account_as(data: &Data, actor: &Actor, shared: &Shared) -> AppResult<Value> {
    let (followers, following) = shared.follows.get(&actor.id).copied().unwrap_or_default();
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

/// What the statuses of a page share, asked once for the page: their authors' follower counts,
/// each status's reactions and replies, and the viewer's own reactions. Asked status by status, a
/// page of 40 took about 240 statements (BENCHMARKS.md).
#[derive(Default)]
pub struct Shared {
    follows: HashMap<i64, (i64, i64)>,
    reactions: HashMap<(String, String), i64>,
    replies: HashMap<String, i64>,
    reacted: HashSet<(String, String)>,
}

impl Shared {
    /// What `authors`' accounts and the statuses `ap_ids` show, for `viewer`.
    pub async fn of(data: &Data, authors: &[i64], ap_ids: &[String], viewer: Option<&Actor>) -> AppResult<Shared> {
        let follows = db::follows::counts_of(&data.db, authors).await?;
        let reactions = db::oauth::counts_of(&data.db, ap_ids).await?;
        let replies = db::posts::reply_counts(&data.db, ap_ids).await?;
        let reacted = match viewer {
            Some(viewer) => db::oauth::reactions_of(&data.db, viewer.id, ap_ids).await?,
            None => Vec::new(),
        };
        Ok(Shared {
            follows: follows.into_iter().map(|(id, followers, following)| (id, (followers, following))).collect(),
            reactions: reactions.into_iter().map(|(object, kind, n)| ((object, kind), n)).collect(),
            replies: replies.into_iter().collect(),
            reacted: reacted.into_iter().collect(),
        })
    }

    fn social_counts(&self, status: &mut Value, ap_id: &str) {
        use db::oauth::{FAVOURITE, REBLOG};
        let count = |kind: &str| self.reactions.get(&(ap_id.to_string(), kind.to_string())).copied().unwrap_or(0);
        let reacted = |kind: &str| self.reacted.contains(&(ap_id.to_string(), kind.to_string()));
        status["favourites_count"] = json!(count(FAVOURITE));
        status["reblogs_count"] = json!(count(REBLOG));
        status["replies_count"] = json!(self.replies.get(ap_id).copied().unwrap_or(0));
        status["favourited"] = json!(reacted(FAVOURITE));
        status["reblogged"] = json!(reacted(REBLOG));
    }
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

/// A post the viewer may see, by its author.
pub async fn post_status(data: &Data, post: &Post, author: &Actor, viewer: Option<&Actor>) -> AppResult<Value> {
    let shown = [Shown::Post(post.clone(), author.clone())];
    Ok(render(data, &shown, viewer).await?.pop().unwrap_or_default())
}

async fn post_as(data: &Data, post: &Post, author: &Actor, shared: &Shared) -> AppResult<Value> {
    let url = if post.local { data.url(&format!("/posts/{}", post.id)) } else { post.url.clone() };
    let mut status = base_status(
        StatusRef::Post(post.id),
        &post.ap_id,
        &url,
        account_as(data, author, shared).await?,
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
    shared.social_counts(&mut status, &post.ap_id);
    Ok(status)
}

async fn resource_as(data: &Data, resource: &Resource, author: &Actor, shared: &Shared) -> AppResult<Value> {
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
        account_as(data, author, shared).await?,
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
    shared.social_counts(&mut status, &resource.ap_id);
    Ok(status)
}

async fn event_as(data: &Data, event: &Event, organizer: &Actor, shared: &Shared) -> AppResult<Value> {
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
        account_as(data, organizer, shared).await?,
        content,
        event.published_at,
    );
    status["card"] = card(&url, &event.title, &description, organizer, data);
    status["language"] = json!(event.language);
    shared.social_counts(&mut status, &event.ap_id);
    Ok(status)
}

/// A status the viewer may see, with its author (or organiser).
pub enum Shown {
    Post(Post, Actor),
    Resource(Resource, Actor),
    Event(Event, Actor),
}

impl Shown {
    fn author(&self) -> &Actor {
        match self {
            Shown::Post(_, author) | Shown::Resource(_, author) | Shown::Event(_, author) => author,
        }
    }

    fn ap_id(&self) -> &str {
        match self {
            Shown::Post(post, _) => &post.ap_id,
            Shown::Resource(resource, _) => &resource.ap_id,
            Shown::Event(event, _) => &event.ap_id,
        }
    }
}

/// The statuses `shown`, in their order, with what they share asked once.
pub async fn render(data: &Data, shown: &[Shown], viewer: Option<&Actor>) -> AppResult<Vec<Value>> {
    let mut authors: Vec<i64> = shown.iter().map(|one| one.author().id).collect();
    authors.sort_unstable();
    authors.dedup();
    let ap_ids: Vec<String> = shown.iter().map(|one| one.ap_id().to_string()).collect();
    let shared = Shared::of(data, &authors, &ap_ids, viewer).await?;
    let mut statuses = Vec::with_capacity(shown.len());
    for one in shown {
        statuses.push(match one {
            Shown::Post(post, author) => post_as(data, post, author, &shared).await?,
            Shown::Resource(resource, author) => resource_as(data, resource, author, &shared).await?,
            Shown::Event(event, organizer) => event_as(data, event, organizer, &shared).await?,
        });
    }
    Ok(statuses)
}

/// The statuses `references` name, in their order, each as the viewer may see it or the error
/// that says why not (none such, its author suspended, a post not for the viewer). Case studies
/// and events are read together; posts one by one, as each has its own audience.
async fn load(data: &Data, references: &[StatusRef], viewer: Option<&Actor>) -> AppResult<Vec<AppResult<Shown>>> {
    let ids = |of: fn(StatusRef) -> Option<i64>| references.iter().filter_map(|r| of(*r)).collect::<Vec<_>>();
    let resources = match ids(|r| if let StatusRef::Resource(id) = r { Some(id) } else { None }) {
        ids if ids.is_empty() => Vec::new(),
        ids => db::resources::with_authors(&data.db, &ids).await?,
    };
    let events = match ids(|r| if let StatusRef::Event(id) = r { Some(id) } else { None }) {
        ids if ids.is_empty() => Vec::new(),
        ids => db::events::with_organizers(&data.db, &ids).await?,
    };
    let none_such = || AppError::not_found(t("no-such-status"));
    let mut loaded = Vec::with_capacity(references.len());
    for reference in references {
        loaded.push(match *reference {
            StatusRef::Post(id) => readable_post(data, id, viewer).await,
            StatusRef::Resource(id) => match resources.iter().find(|(resource, _)| resource.id == id) {
                Some((resource, author)) => {
                    service::moderation::shown(author.clone()).map(|author| Shown::Resource(resource.clone(), author))
                }
                None => Err(none_such()),
            },
            StatusRef::Event(id) => match events.iter().find(|(event, _)| event.id == id) {
                Some((event, organizer)) => service::moderation::shown(organizer.clone())
                    .map(|organizer| Shown::Event(event.clone(), organizer)),
                None => Err(none_such()),
            },
        });
    }
    Ok(loaded)
}

async fn readable_post(data: &Data, id: i64, viewer: Option<&Actor>) -> AppResult<Shown> {
    let post = db::posts::by_id(&data.db, id).await?.ok_or_else(|| AppError::not_found(t("no-such-status")))?;
    let (post, author, _) = crate::http::api::social::readable(data, post, viewer).await?;
    Ok(Shown::Post(post, author))
}

/// Any status by reference, if it exists and the viewer may see it.
pub async fn status(data: &Data, reference: StatusRef, viewer: Option<&Actor>) -> AppResult<Value> {
    let shown = load(data, &[reference], viewer)
        .await?
        .pop()
        .unwrap_or_else(|| Err(AppError::not_found(t("no-such-status"))))?;
    Ok(render(data, &[shown], viewer).await?.pop().unwrap_or_default())
}

/// The statuses among `references` the viewer may see, in their order; the others are left out.
pub async fn statuses(data: &Data, references: &[StatusRef], viewer: Option<&Actor>) -> AppResult<Vec<Value>> {
    let shown: Vec<Shown> = load(data, references, viewer).await?.into_iter().filter_map(Result::ok).collect();
    render(data, &shown, viewer).await
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
