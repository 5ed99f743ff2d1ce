//! Posts: writing them (with mentions, hashtags, replies, into groups), removing them, and
//! taking in what other servers send, directly or through a group.

use super::moderation::{Audit, audit_removal};
use super::{
    audience::group_inboxes,
    follows::{self, Reach},
    groups::{self, FoundGroup},
    notify::notify,
};
use crate::{
    db::{
        self,
        deliveries::Outgoing,
        models::{Actor, NewPost, Post, User},
        notifications as kinds,
    },
    domain::{group::check_post, handle::host_of_url, markup::render_markdown_linked},
    error::{AppError, AppResult},
    federation::{
        Data,
        activities::{announce::Announce, create::Create, delete::Delete},
        objects::post::{Addressing, ApPost, Placement, silent_mentions},
        outbox::{Envelope, prepare},
        protocol::{
            article::{NoteJson, PUBLIC},
            id_of,
        },
    },
};
use activitypub_federation::{
    fetch::{fetch_object_http, object_id::ObjectId},
    kinds::activity::{AnnounceType, CreateType, DeleteType},
    traits::Object,
};
use cairn_templates::i18n::{t, t_with};
use chrono::Utc;
use serde::Deserialize;
use serde_json::{Value, json};
use url::Url;

#[derive(Debug, Clone, Default, Deserialize, utoipa::ToSchema)]
pub struct PostInput {
    #[serde(default)]
    pub content: String,
    /// What this replies to: a post, resource or event, by URL or local post id.
    #[serde(default)]
    pub in_reply_to: Option<String>,
    /// The group to post into: local handle, `@name@host` or URL.
    #[serde(default)]
    pub group: Option<String>,
    /// One's own uploads (`POST /media`) to attach, at most four.
    #[serde(default)]
    pub media_ids: Vec<i64>,
}

/// What a reply points at.
struct Parent {
    ap_id: String,
    author: Option<Actor>,
    group_id: Option<i64>,
}

/// What `me` replies to; a post they may not read is as good as missing.
async fn parent_of(data: &Data, me: &Actor, reference: &str) -> AppResult<Parent> {
    let reference = reference.trim();
    let post = match reference.parse::<i64>() {
        Ok(id) => db::posts::by_id(&data.db, id).await?,
        Err(_) => db::posts::by_ap_id(&data.db, reference).await?,
    };
    if let Some(post) = post {
        if !may_read(data, &post, Some(me)).await? {
            return Err(AppError::invalid("in_reply_to", t("there-is-no-such-post-here-to")));
        }
        let author = db::actors::by_id(&data.db, post.author_id).await?;
        return replying(data, me, author, Parent { ap_id: post.ap_id, author: None, group_id: post.group_id }).await;
    }
    if let Some(resource) = db::resources::by_ap_id(&data.db, reference).await? {
        let author = db::actors::by_id(&data.db, resource.author_id).await?;
        return replying(data, me, author, Parent { ap_id: resource.ap_id, author: None, group_id: None }).await;
    }
    if let Some(event) = db::events::by_ap_id(&data.db, reference).await? {
        let author = db::actors::by_id(&data.db, event.organizer_id).await?;
        return replying(data, me, author, Parent { ap_id: event.ap_id, author: None, group_id: None }).await;
    }
    Err(AppError::invalid("in_reply_to", t("there-is-no-such-post-here-to")))
}

/// The parent of a reply by `me`, unless its author blocks `me`.
async fn replying(data: &Data, me: &Actor, author: Option<Actor>, parent: Parent) -> AppResult<Parent> {
    if let Some(author) = &author
        && super::blocks::blocks(data, author, me).await?
    {
        return Err(super::blocks::blocked());
    }
    Ok(Parent { author, ..parent })
}

/// Whether `viewer` may read a post: public ones anyone; group posts their members; posts for
/// followers the author's followers; direct ones their author and the people they mention.
pub async fn may_read(data: &Data, post: &Post, viewer: Option<&Actor>) -> AppResult<bool> {
    if post.visibility == "public" {
        return Ok(true);
    }
    let Some(viewer) = viewer else { return Ok(false) };
    if viewer.id == post.author_id || post.mention_list().contains(&viewer.ap_id) {
        return Ok(true);
    }
    Ok(match (post.visibility.as_str(), post.group_id) {
        ("members", Some(group_id)) => match db::actors::by_id(&data.db, group_id).await? {
            Some(group) => groups::is_member(data, &group, viewer).await?,
            None => false,
        },
        ("followers", _) => db::follows::by_pair(&data.db, viewer.id, post.author_id)
            .await?
            .is_some_and(|f| f.state == crate::db::follows::ACCEPTED),
        _ => false,
    })
}

/// Whether someone on the server `domain` is in a post's audience: how a signed fetch by
/// another node (signed by its application actor, on behalf of its people) is judged.
pub async fn audience_on_server(data: &Data, post: &Post, domain: &str) -> AppResult<bool> {
    if post.visibility == "public" {
        return Ok(true);
    }
    let on_domain = |ap_id: &str| url::Url::parse(ap_id).is_ok_and(|url| host_of_url(&url) == domain);
    let author = db::actors::by_id(&data.db, post.author_id).await?;
    if author.as_ref().is_some_and(|a| a.domain == domain) || post.mention_list().iter().any(|m| on_domain(m)) {
        return Ok(true);
    }
    Ok(match (post.visibility.as_str(), post.group_id) {
        // The group's own server, and its members' servers (a group that moved here is read by
        // its new server before any member follows it there).
        ("members", Some(group_id)) => match db::actors::by_id(&data.db, group_id).await? {
            Some(group) if group.domain == domain => true,
            _ => db::follows::has_follower_on(&data.db, group_id, domain).await?,
        },
        ("followers", _) => db::follows::has_follower_on(&data.db, post.author_id, domain).await?,
        _ => false,
    })
}

/// A local person writes a post, a reply, or a post in a group.
pub async fn compose(data: &Data, author: &Actor, input: &PostInput) -> AppResult<Post> {
    let text = check_post(&input.content, input.media_ids.len())?;
    let files = super::media::attachable(data, author, &input.media_ids, None, "media_ids").await?;
    let mut attachments = Vec::new();
    super::media::add_attachments(data, &mut attachments, &files);
    let mut mentioned: Vec<Actor> = Vec::new();
    for handle in &text.mentions {
        let target =
            if handle.matches('@').count() == 1 { format!("{handle}@{}", data.domain) } else { handle.clone() };
        let actor = follows::resolve(data, &target, Reach::Fetch).await.map_err(|e| {
            AppError::invalid(
                "content",
                t_with("cannot-mention", &[("name", handle.to_string().into()), ("problem", e.message.into())]),
            )
        })?;
        if !mentioned.iter().any(|m| m.id == actor.row.id) {
            mentioned.push(actor.row);
        }
    }
    let parent = match input.in_reply_to.as_deref().filter(|r| !r.trim().is_empty()) {
        Some(reference) => Some(parent_of(data, author, reference).await?),
        None => None,
    };
    let group =
        match (input.group.as_deref().filter(|g| !g.trim().is_empty()), parent.as_ref().and_then(|p| p.group_id)) {
            (Some(handle), parent_group) => {
                let found = groups::find(data, handle, Reach::Fetch).await?;
                if parent.is_some() && parent_group != Some(found.actor.id) {
                    return Err(AppError::invalid(
                        "in_reply_to",
                        "a reply stays where its post is; reply without naming a group",
                    ));
                }
                Some(found)
            }
            (None, Some(group_id)) => {
                let actor =
                    db::actors::by_id(&data.db, group_id).await?.ok_or_else(|| AppError::not_found(t("group-gone")))?;
                let group = db::groups::by_actor(&data.db, group_id)
                    .await?
                    .ok_or_else(|| AppError::not_found(t("group-gone")))?;
                Some(FoundGroup { actor, group })
            }
            (None, None) => None,
        };
    if let Some(found) = &group {
        groups::still_here(found)?;
        let allowed = if found.actor.local {
            groups::may_post(data, found, author).await?
        } else {
            groups::is_member(data, &found.actor, author).await?
        };
        if !allowed {
            return Err(AppError::forbidden(t("join-the-group-before-posting-in-it")));
        }
    }
    let content_html = render_markdown_linked(
        &text.content,
        |typed| {
            let mut parts = typed.trim_start_matches('@').split('@');
            let (username, host) = (parts.next()?, parts.next());
            text.mentions.iter().any(|m| m == typed).then_some(())?;
            let actor = mentioned.iter().find(|a| {
                a.username.eq_ignore_ascii_case(username) && host.is_none_or(|h| a.domain.eq_ignore_ascii_case(h))
            })?;
            Some(actor.profile_url.clone().unwrap_or_else(|| actor.ap_id.clone()))
        },
        |tag| data.url(&crate::domain::resource::tag_path(tag)),
    );
    let now = Utc::now().naive_utc();
    let visibility = match &group {
        Some(found) if found.group.members_only() => "members",
        _ => "public",
    };
    let new = NewPost {
        ap_id: data.url(&format!("/posts/{}", data.new_token())),
        local: true,
        author_id: author.id,
        group_id: group.as_ref().map(|g| g.actor.id),
        in_reply_to: parent.as_ref().map(|p| p.ap_id.clone()),
        content: text.content.clone(),
        content_html,
        visibility: visibility.to_string(),
        mentions: serde_json::to_string(&mentioned.iter().map(|a| &a.ap_id).collect::<Vec<_>>())
            .map_err(AppError::internal)?,
        tags: serde_json::to_string(&text.hashtags).map_err(AppError::internal)?,
        url: String::new(),
        published_at: now,
        updated_at: now,
        attachments: serde_json::to_string(&attachments).map_err(AppError::internal)?,
    };
    let author_inboxes = match &group {
        None => db::follows::follower_inboxes(&data.db, author.id).await?,
        Some(_) => Vec::new(),
    };
    let group_inboxes = match &group {
        Some(found) if found.actor.local => group_inboxes(data, &found.actor, visibility == "public").await?,
        Some(found) => vec![found.actor.delivery_inbox()],
        None => Vec::new(),
    };
    let replied_author = parent.as_ref().and_then(|p| p.author.clone());
    let base = data.base_url.clone();
    let post = db::posts::create_local(
        &data.db,
        &new,
        |id| format!("{base}/posts/{id}"),
        |row: &Post| {
            let addressing = Addressing {
                author,
                group: group.as_ref().map(|g| &g.actor),
                mentioned: &mentioned,
                replied_author: replied_author.as_ref().map(|a| a.ap_id.as_str()),
            };
            let note =
                serde_json::to_value(ApPost::new(row.clone())?.to_note(&addressing)).map_err(AppError::internal)?;
            let mut inboxes: Vec<String> = mentioned
                .iter()
                .chain(replied_author.as_ref())
                .filter(|a| !a.local)
                .map(Actor::delivery_inbox)
                .collect();
            inboxes.extend(author_inboxes.iter().cloned());
            let local_group = group.as_ref().filter(|g| g.actor.local);
            if local_group.is_none() {
                inboxes.extend(group_inboxes.iter().cloned());
            }
            let create_id = data.new_activity_id("Create");
            let create = Create::new(CreateType::Create, create_id.clone(), &author.ap_id, note.clone())?
                .addressed(note["to"].clone(), note["cc"].clone());
            let public = row.visibility == "public";
            let mut outgoing = vec![prepare(
                data,
                &create,
                Envelope { id: &create_id, kind: "Create", signer: author, public, inboxes },
            )?];
            if let Some(found) = local_group {
                outgoing.push(group_announce(data, found, note, group_inboxes.clone(), public)?);
            }
            Ok(outgoing)
        },
    )
    .await?;
    data.deliveries_queued.notify_one();
    super::media::attach(data, &input.media_ids, &post.ap_id).await?;
    notify_recipients(data, &post, author).await?;
    Ok(post)
}

/// The group passes a post on to its members on every node (FEP-1b12).
fn group_announce(
    data: &Data,
    found: &FoundGroup,
    object: Value,
    inboxes: Vec<String>,
    public: bool,
) -> AppResult<Outgoing> {
    let id = data.new_activity_id("Announce");
    let to = if public { json!([PUBLIC]) } else { json!([found.actor.followers_url]) };
    let announce = Announce::new(AnnounceType::Announce, id.clone(), &found.actor.ap_id, object)?
        .addressed(to, json!([found.actor.followers_url]));
    prepare(data, &announce, Envelope { id: &id, kind: "Announce", signer: &found.actor, public, inboxes })
}

/// Tells local people a post mentions them or replies to them. The author of the post replied
/// to hears of a reply, whether it also mentions them or (as replies are addressed) silently.
async fn notify_recipients(data: &Data, post: &Post, author: &Actor) -> AppResult<()> {
    let parent_author = match &post.in_reply_to {
        Some(parent) => match db::posts::by_ap_id(&data.db, parent).await? {
            Some(parent) => db::actors::by_id(&data.db, parent.author_id).await?,
            None => None,
        },
        None => None,
    };
    for ap_id in post.mention_list() {
        if parent_author.as_ref().is_some_and(|parent_author| parent_author.ap_id == ap_id) {
            continue;
        }
        if let Some(actor) = db::actors::by_ap_id(&data.db, &ap_id).await? {
            notify(data, &actor, kinds::MENTION, author, post.group_id, Some(post.id)).await?;
        }
    }
    if let Some(parent_author) = parent_author {
        notify(data, &parent_author, kinds::REPLY, author, post.group_id, Some(post.id)).await?;
    }
    Ok(())
}

/// Whether `actor` may remove `post`: its local author; in a local group its moderators and the
/// node's moderators and admins; elsewhere those, for a local post. (`remove` decides what each
/// removal sends.)
pub async fn may_remove(
    data: &Data,
    post: &Post,
    group: Option<&Actor>,
    actor: &Actor,
    node_moderator: bool,
) -> AppResult<bool> {
    Ok(match group {
        _ if actor.id == post.author_id && post.local => true,
        Some(group) if group.local => node_moderator || groups::is_moderator(data, group, actor).await?,
        _ => node_moderator && post.local,
    })
}

/// What becomes of a removed post's files.
#[derive(Clone, Copy, PartialEq)]
pub enum ItsFiles {
    Deleted,
    /// Its author's uploads again, to post anew ("delete and redraft" in Mastodon apps); the
    /// sweep clears them a day later if nothing takes them.
    KeptForRedraft,
}

pub async fn remove(data: &Data, user: &User, actor: &Actor, post: &Post, audit_at: Audit) -> AppResult<()> {
    remove_with(data, user, actor, post, audit_at, ItsFiles::Deleted).await
}

/// Removes a post, deciding what becomes of its files (kept only for its own author).
pub async fn remove_with(
    data: &Data,
    user: &User,
    actor: &Actor,
    post: &Post,
    audit_at: Audit,
    its_files: ItsFiles,
) -> AppResult<()> {
    let group = match post.group_id {
        Some(id) => db::actors::by_id(&data.db, id).await?,
        None => None,
    };
    let author =
        db::actors::by_id(&data.db, post.author_id).await?.ok_or_else(|| AppError::not_found(t("author-gone")))?;
    let moderates = match &group {
        Some(group) if group.local => groups::is_moderator(data, group, actor).await? || user.moderates(),
        _ => false,
    };
    let tombstone = json!({"id": post.ap_id, "type": "Tombstone"});
    let mut outgoing = Vec::new();
    // The author's own deletion, or an administrator's of a local post: signed by the author so
    // every server that holds a copy honours it.
    if post.local && (post.author_id == actor.id || (user.moderates() && !moderates)) {
        let mut inboxes = db::follows::follower_inboxes(&data.db, author.id).await?;
        if let Some(group) = group.as_ref().filter(|g| !g.local) {
            inboxes.push(group.delivery_inbox());
        }
        for ap_id in post.mention_list() {
            inboxes
                .extend(db::actors::by_ap_id(&data.db, &ap_id).await?.filter(|a| !a.local).map(|a| a.delivery_inbox()));
        }
        let id = data.new_activity_id("Delete");
        let delete = Delete::new(DeleteType::Delete, id.clone(), &author.ap_id, tombstone.clone())?
            .addressed(json!([PUBLIC]), Value::Null);
        outgoing.push(prepare(
            data,
            &delete,
            Envelope { id: &id, kind: "Delete", signer: &author, public: true, inboxes },
        )?);
    } else if !(moderates || user.moderates() && post.local) {
        return Err(AppError::forbidden(t("only-the-author-or-the-groups-moderators")));
    }
    if let Some(group) = group.as_ref().filter(|g| g.local) {
        let mut inboxes = group_inboxes(data, group, post.visibility == "public").await?;
        if !author.local {
            inboxes.push(author.delivery_inbox());
        }
        let id = data.new_activity_id("Delete");
        let delete = Delete::new(DeleteType::Delete, id.clone(), &group.ap_id, tombstone)?
            .addressed(json!([group.followers_url]), Value::Null);
        outgoing.push(prepare(
            data,
            &delete,
            Envelope { id: &id, kind: "Delete", signer: group, public: false, inboxes },
        )?);
        if post.author_id != actor.id {
            notify(data, &author, kinds::POST_REMOVED, actor, Some(group.id), None).await?;
        }
    }
    let files = db::media::attached_to(&data.db, &post.ap_id).await?;
    db::posts::delete(&data.db, post.id, &outgoing).await?;
    data.deliveries_queued.notify_one();
    if its_files == ItsFiles::KeptForRedraft && post.author_id == actor.id {
        db::media::release(&data.db, &files.iter().map(|file| file.id).collect::<Vec<_>>()).await?;
    } else {
        super::media::remove_files(data, files).await?;
    }
    audit_removal(data, audit_at, actor, post.author_id, "post.remove", &post.ap_id).await
}

/// Whether this node has a reason to keep a note: it mentions, addresses or replies to someone
/// here, or its author is followed from here.
async fn wanted_here(data: &Data, json: &NoteJson, actor: &Url) -> AppResult<bool> {
    // Mentions first: the mentioned people are read again (from the request's memo) to be told.
    for tag in &json.tag {
        if let Some(href) = tag.get("href").and_then(Value::as_str)
            && db::actors::by_ap_id(&data.db, href).await?.is_some_and(|a| a.local)
        {
            return Ok(true);
        }
    }
    if !silent_mentions(json, data, &[]).await?.is_empty() {
        return Ok(true);
    }
    if db::follows::has_local_follower(&data.db, actor.as_str()).await? {
        return Ok(true);
    }
    Ok(match id_of(&json.in_reply_to) {
        Some(parent) => db::posts::by_ap_id(&data.db, parent.as_str()).await?.is_some(),
        None => false,
    })
}

/// A `Note` another server created (not a comment on a resource).
pub async fn receive_note(data: &Data, actor: &Url, json: NoteJson) -> AppResult<()> {
    if id_of(&json.attributed_to).as_ref() != Some(actor) {
        return Err(AppError::forbidden(t("only-its-author-can-publish-this-note")));
    }
    let group = crate::federation::objects::post::group_of(&json, data).await?;
    if let Some(group) = group.filter(|g| g.local) {
        let found = FoundGroup {
            group: db::groups::by_actor(&data.db, group.id)
                .await?
                .ok_or_else(|| AppError::not_found(t("no-such-group")))?,
            actor: group,
        };
        let author =
            ObjectId::<crate::federation::objects::actor::ApActor>::from(actor.clone()).dereference(data).await?;
        if !groups::may_post(data, &found, &author.row).await? {
            return Err(AppError::forbidden(t("only-members-can-post-in-this-group")));
        }
        ApPost::verify(&json, actor, data).await?;
        // A members-only group keeps its posts among members, whatever the sender addressed.
        let placement = Placement { group_id: found.actor.id, may_be_public: !found.group.members_only() };
        let (post, new) = ApPost::store(json.clone(), data, Some(placement)).await?;
        let post = post.row;
        let visibility = post.visibility.as_str();
        if new {
            let note = serde_json::to_value(&json).map_err(AppError::internal)?;
            let inboxes = group_inboxes(data, &found.actor, visibility == "public").await?;
            let announce = group_announce(data, &found, note, inboxes, visibility == "public")?;
            db::deliveries::enqueue(&data.db, &announce).await?;
            data.deliveries_queued.notify_one();
            notify_recipients(data, &post, &author.row).await?;
        }
        return Ok(());
    }
    if !wanted_here(data, &json, actor).await? {
        tracing::info!("ignoring a note from {actor} that concerns nobody here");
        return Ok(());
    }
    store_and_notify(data, json, actor, None).await
}

/// Stores a note (in a group, when the group vouched for it) and tells local people it concerns.
async fn store_and_notify(data: &Data, json: NoteJson, expected: &Url, placement: Option<Placement>) -> AppResult<()> {
    ApPost::verify(&json, expected, data).await?;
    let (post, new) = ApPost::store(json, data, placement).await?;
    let post = post.row;
    if new && let Some(author) = db::actors::by_id(&data.db, post.author_id).await? {
        notify_recipients(data, &post, &author).await?;
    }
    Ok(())
}

/// What a group passed on: a post (as a Note, or a Create/Update of one), or a removal. A post
/// of a group that moved is kept in the group it moved to, and may already say so.
pub async fn receive_group_announce(data: &Data, group: &Actor, object: Value) -> AppResult<()> {
    let kind = object.get("type").and_then(Value::as_str).unwrap_or_default().to_string();
    if kind == "Delete" {
        let target =
            object.get("object").and_then(id_of).ok_or_else(|| AppError::bad_request(t("a-removal-names-a-post")))?;
        return remove_from_group(data, group, &target).await;
    }
    let note = if matches!(kind.as_str(), "Create" | "Update") {
        object.get("object").cloned().unwrap_or_default()
    } else {
        object
    };
    let id = id_of(&note).ok_or_else(|| AppError::bad_request(t("the-announced-post-has-no-id")))?;
    if super::moderation::refuses(data, &note).await? {
        return Ok(());
    }
    let home = groups::home(data, group).await?;
    // Trusted as sent only when the group's own server wrote it; otherwise asked of its origin.
    let json: NoteJson = if note.is_object() && host_of_url(&id) == host_of_url(&Url::parse(&group.ap_id)?) {
        serde_json::from_value(note)?
    } else if db::posts::by_ap_id(&data.db, id.as_str()).await?.is_some() {
        return Ok(());
    } else {
        fetch_object_http::<_, NoteJson>(&id, data).await?.object
    };
    let audience = crate::federation::objects::post::group_of(&json, data).await?.map(|a| a.ap_id);
    if audience.as_deref() != Some(group.ap_id.as_str()) && audience.as_deref() != Some(home.ap_id.as_str()) {
        return Err(AppError::forbidden(t("the-group-passed-on-a-post-that")));
    }
    store_and_notify(data, json, &id, Some(Placement { group_id: home.id, may_be_public: true })).await
}

async fn remove_from_group(data: &Data, group: &Actor, target: &Url) -> AppResult<()> {
    match db::posts::by_ap_id(&data.db, target.as_str()).await? {
        Some(post) if post.group_id == Some(group.id) => db::posts::delete(&data.db, post.id, &[]).await,
        Some(_) => Err(AppError::forbidden(t("a-group-can-only-remove-its-own"))),
        None => Ok(()),
    }
}

/// A deletion of a post: honoured from its author, or from the group it was posted in.
/// Returns false when no post has that id.
pub async fn receive_deleted(data: &Data, actor: &Url, id: &Url) -> AppResult<bool> {
    let Some(post) = db::posts::by_ap_id(&data.db, id.as_str()).await? else { return Ok(false) };
    let author = db::actors::by_id(&data.db, post.author_id).await?.map(|a| a.ap_id);
    let group = match post.group_id {
        Some(group_id) => db::actors::by_id(&data.db, group_id).await?.map(|a| a.ap_id),
        None => None,
    };
    let from_author = !post.local && author.as_deref() == Some(actor.as_str());
    let from_group = group.as_deref() == Some(actor.as_str());
    if !from_author && !from_group {
        return Err(AppError::forbidden(t("only-its-author-or-its-group-can")));
    }
    db::posts::delete(&data.db, post.id, &[]).await?;
    Ok(true)
}

/// An edit of a post from its author.
pub async fn receive_updated(data: &Data, actor: &Url, existing: &Post, object: Value) -> AppResult<()> {
    let author = db::actors::by_id(&data.db, existing.author_id).await?.map(|a| a.ap_id);
    if existing.local || author.as_deref() != Some(actor.as_str()) {
        return Err(AppError::forbidden(t("only-its-author-can-change-this-post")));
    }
    let json: NoteJson = serde_json::from_value(object)?;
    ApPost::verify(&json, actor, data).await?;
    ApPost::from_json(json, data).await?;
    Ok(())
}
