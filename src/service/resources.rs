//! Publishing, editing, deleting and commenting on knowledge resources, and taking in what
//! other servers send about theirs.

use super::follows::Reach;
use super::moderation::{Audit, audit_removal};
use super::{
    audience::{audience, publication},
    events::Arrival,
};
use crate::{
    db::{
        self,
        models::{Actor, Comment, NewComment, Resource, User},
    },
    domain::{
        handle::host_of_url,
        markup::render_markdown,
        resource::{Impact, ResourceInput, check_resource},
    },
    error::{AppError, AppResult},
    federation::{
        Data,
        activities::{create::Create, delete::Delete, update::Update},
        objects::{
            comment::{ApComment, MAX_COMMENT_CHARS, note_json},
            resource::{ApResource, NewResourceParts, new_resource},
        },
        outbox::{Envelope, prepare},
        protocol::{
            article::{ARTICLE_TYPES, ArticleJson, NoteJson, PUBLIC},
            id_of,
        },
    },
};
use activitypub_federation::{
    kinds::activity::{CreateType, DeleteType, UpdateType},
    traits::Object,
};
use cairn_templates::i18n::t;
use chrono::Utc;
use serde_json::{Value, json};
use std::collections::HashMap;
use url::Url;

pub async fn publish(data: &Data, author: &Actor, input: &ResourceInput) -> AppResult<Resource> {
    let mut valid = check_resource(input)?;
    valid.media_ids.extend(super::media::named_in(data, author, &valid.attachments, None).await?);
    let files = super::media::attachable(data, author, &valid.media_ids, None, "media_ids").await?;
    super::media::add_attachments(data, &mut valid.attachments, &files);
    let published = Utc::now();
    let mut new = new_resource(NewResourceParts {
        ap_id: format!("urn:cairn:pending:{}", data.new_token()),
        local: true,
        origin: data.domain.clone(),
        author_id: author.id,
        valid: &valid,
        body_html: render_markdown(&valid.body),
        url: String::new(),
        demo: false,
        published,
        updated: published,
    })?;
    new.url = new.ap_id.clone();
    let audience = audience(data, author).await?;
    let base = data.base_url.clone();
    let city_followers = audience.city.as_ref().and_then(|c| c.followers_url.clone());
    let row = db::resources::create_local(
        &data.db,
        &new,
        |id| format!("{base}/resources/{id}"),
        |row: &Resource| {
            let article = ApResource::new(row.clone(), author.clone())?.to_article(&base, city_followers.as_deref());
            let object = serde_json::to_value(&article).map_err(AppError::internal)?;
            publication(data, author, &audience, object)
        },
    )
    .await?;
    data.deliveries_queued.notify_one();
    super::media::attach(data, &valid.media_ids, &row.ap_id).await?;
    super::topics::announce_new(data, &row.ap_id, &row.sector_list(), published).await?;
    Ok(row)
}

/// Whether `actor` may edit `resource`: its author, on this node.
pub fn may_edit(user: &User, actor: &Actor, resource: &Resource) -> AppResult<()> {
    may_change(user, actor, resource, false)
}

/// Whether `actor` may delete `resource`: its author, or a moderator or admin for a local one.
pub fn may_delete(user: &User, actor: &Actor, resource: &Resource) -> AppResult<()> {
    may_change(user, actor, resource, true)
}

fn may_change(user: &User, actor: &Actor, resource: &Resource, deleting: bool) -> AppResult<()> {
    if !resource.local {
        return Err(AppError::forbidden(t("this-resource-lives-on-another-node-change")));
    }
    if resource.author_id == actor.id || (deleting && user.moderates()) {
        Ok(())
    } else {
        Err(AppError::forbidden(t("only-the-author-can-change-this-resource")))
    }
}

pub async fn edit(
    data: &Data,
    user: &User,
    editor: &Actor,
    resource: &Resource,
    input: &ResourceInput,
) -> AppResult<Resource> {
    may_edit(user, editor, resource)?;
    let mut valid = check_resource(input)?;
    valid.media_ids.extend(super::media::named_in(data, editor, &valid.attachments, Some(&resource.ap_id)).await?);
    let files = super::media::attachable(data, editor, &valid.media_ids, Some(&resource.ap_id), "media_ids").await?;
    super::media::add_attachments(data, &mut valid.attachments, &files);
    let new = new_resource(NewResourceParts {
        ap_id: resource.ap_id.clone(),
        local: true,
        origin: resource.origin.clone(),
        author_id: resource.author_id,
        valid: &valid,
        body_html: render_markdown(&valid.body),
        url: resource.url.clone(),
        demo: resource.demo,
        published: resource.published_at.and_utc(),
        updated: Utc::now(),
    })?;
    let audience = audience(data, editor).await?;
    let city_followers = audience.city.as_ref().and_then(|c| c.followers_url.clone());
    let row = db::resources::update(&data.db, resource.id, &new, |updated: &Resource| {
        let article =
            ApResource::new(updated.clone(), editor.clone())?.to_article(&data.base_url, city_followers.as_deref());
        let id = data.new_activity_id("Update");
        let object = serde_json::to_value(&article).map_err(AppError::internal)?;
        let update =
            Update::new(UpdateType::Update, id.clone(), &editor.ap_id, object)?.addressed(json!([PUBLIC]), Value::Null);
        let inboxes = audience.everyone();
        Ok(vec![prepare(data, &update, Envelope { id: &id, kind: "Update", signer: editor, public: true, inboxes })?])
    })
    .await?;
    data.deliveries_queued.notify_one();
    let listed = row.attachment_list();
    let listed: Vec<&str> = listed.iter().map(|a| a.url.as_str()).collect();
    super::media::settle(data, &resource.ap_id, &valid.media_ids, &listed).await?;
    Ok(row)
}

pub async fn remove(data: &Data, user: &User, actor: &Actor, resource: &Resource, audit_at: Audit) -> AppResult<()> {
    may_delete(user, actor, resource)?;
    let author =
        db::actors::by_id(&data.db, resource.author_id).await?.ok_or_else(|| AppError::not_found(t("no-author")))?;
    let inboxes = audience(data, &author).await?.everyone();
    let id = data.new_activity_id("Delete");
    let tombstone = json!({"id": resource.ap_id, "type": "Tombstone"});
    let delete =
        Delete::new(DeleteType::Delete, id.clone(), &author.ap_id, tombstone)?.addressed(json!([PUBLIC]), Value::Null);
    let envelope = Envelope { id: &id, kind: "Delete", signer: &author, public: true, inboxes };
    let outgoing = prepare(data, &delete, envelope)?;
    let files = db::media::attached_to(&data.db, &resource.ap_id).await?;
    db::resources::delete(&data.db, resource.id, &[outgoing]).await?;
    data.deliveries_queued.notify_one();
    super::media::remove_files(data, files).await?;
    audit_removal(data, audit_at, actor, resource.author_id, "resource.remove", &resource.ap_id).await
}

/// A member comments on a resource; the comment goes to the resource's author if remote.
pub async fn comment(data: &Data, author: &Actor, resource: &Resource, text: &str) -> AppResult<Comment> {
    let text = text.trim();
    if text.is_empty() {
        return Err(AppError::invalid("comment", t("write-something-first")));
    }
    if text.chars().count() > MAX_COMMENT_CHARS / 4 {
        return Err(AppError::invalid("comment", t("keep-comments-under-5000-characters")));
    }
    let resource_author =
        db::actors::by_id(&data.db, resource.author_id).await?.ok_or_else(|| AppError::not_found(t("no-author")))?;
    if super::blocks::blocks(data, &resource_author, author).await? {
        return Err(super::blocks::blocked());
    }
    let id = Url::parse(&data.url(&format!("/comments/{}", data.new_token())))?;
    let published = Utc::now();
    let content_html = render_markdown(text);
    let note = note_json(&id, author, &resource.ap_id, &resource_author.ap_id, &content_html, published);
    let create_id = data.new_activity_id("Create");
    let object = serde_json::to_value(&note).map_err(AppError::internal)?;
    let create = Create::new(CreateType::Create, create_id.clone(), &author.ap_id, object)?
        .addressed(json!([PUBLIC]), json!([resource_author.ap_id]));
    let inboxes = if resource_author.local { Vec::new() } else { vec![resource_author.delivery_inbox()] };
    let outgoing =
        prepare(data, &create, Envelope { id: &create_id, kind: "Create", signer: author, public: true, inboxes })?;
    let new = NewComment {
        ap_id: id.to_string(),
        resource_id: resource.id,
        author_id: author.id,
        content_html,
        local: true,
        published_at: published.naive_utc(),
    };
    let row = db::resources::add_comment(&data.db, &new, Some(&outgoing)).await?;
    data.deliveries_queued.notify_one();
    Ok(row)
}

/// A moderator removes a comment made here: it is deleted, and the resource's author, if on
/// another server, is sent the `Delete` in the comment author's name.
pub async fn remove_comment(data: &Data, comment: &Comment) -> AppResult<()> {
    let author =
        db::actors::by_id(&data.db, comment.author_id).await?.ok_or_else(|| AppError::not_found(t("no-author")))?;
    let resource_author = match db::resources::by_id(&data.db, comment.resource_id).await? {
        Some(resource) => db::actors::by_id(&data.db, resource.author_id).await?,
        None => None,
    };
    let inboxes: Vec<String> = resource_author.filter(|a| !a.local).map(|a| a.delivery_inbox()).into_iter().collect();
    let id = data.new_activity_id("Delete");
    let tombstone = json!({"id": comment.ap_id, "type": "Tombstone"});
    let delete =
        Delete::new(DeleteType::Delete, id.clone(), &author.ap_id, tombstone)?.addressed(json!([PUBLIC]), Value::Null);
    let outgoing =
        prepare(data, &delete, Envelope { id: &id, kind: "Delete", signer: &author, public: true, inboxes })?;
    db::resources::delete_comment(&data.db, comment.id, &[outgoing]).await?;
    data.deliveries_queued.notify_one();
    Ok(())
}

fn object_type(object: &Value) -> &str {
    object.get("type").and_then(Value::as_str).unwrap_or_default()
}

fn author_is(object: &Value, actor: &Url) -> AppResult<()> {
    match object.get("attributedTo").and_then(id_of) {
        Some(author) if &author == actor => Ok(()),
        _ => Err(AppError::forbidden(t("only-its-author-can-publish-or-change"))),
    }
}

/// A resource or comment that a remote actor created.
pub async fn receive_created(data: &Data, actor: &Url, object: Value) -> AppResult<()> {
    if super::moderation::refuses(data, &object).await? {
        return Ok(());
    }
    let kind = object_type(&object).to_string();
    match kind.as_str() {
        "Event" => return super::events::receive_event(data, actor, object, Arrival::FromOrganiser).await,
        "Journey" => return super::journey::receive(data, actor, object).await,
        _ => {}
    }
    if ARTICLE_TYPES.contains(&kind.as_str()) {
        if !super::subscriptions::listens_to(data, actor).await? {
            tracing::info!("ignoring a resource from {actor}, whom nobody here follows");
            return Ok(());
        }
        author_is(&object, actor)?;
        let json: ArticleJson = serde_json::from_value(object)?;
        ApResource::verify(&json, actor, data).await?;
        ApResource::from_json(json, data).await?;
    } else if kind == "Note" {
        author_is(&object, actor)?;
        let json: NoteJson = serde_json::from_value(object)?;
        if let Some(parent) = id_of(&json.in_reply_to)
            && super::blocks::refuses_reply(data, actor, &parent).await?
        {
            tracing::info!("not taking {actor}'s reply to {parent}: its author here blocks them");
            return Ok(());
        }
        let replies_to_resource = match id_of(&json.in_reply_to) {
            Some(parent) => db::resources::by_ap_id(&data.db, parent.as_str()).await?.is_some(),
            None => false,
        };
        if !replies_to_resource {
            return super::posts::receive_note(data, actor, json).await;
        }
        ApComment::verify(&json, actor, data).await?;
        ApComment::from_json(json, data).await?;
    } else {
        tracing::info!("ignoring Create of a {kind} from {actor}");
    }
    Ok(())
}

/// Refuses a change to something stored here unless `actor` is its remote author.
async fn ensure_remote_author(data: &Data, local: bool, author_id: i64, actor: &Url) -> AppResult<()> {
    let author = db::actors::by_id(&data.db, author_id).await?.map(|a| a.ap_id);
    if local || author.as_deref() != Some(actor.as_str()) {
        return Err(AppError::forbidden(t("only-its-author-can-change-it")));
    }
    Ok(())
}

/// An edit from the origin: only the author's own edits are taken.
pub async fn receive_updated(data: &Data, actor: &Url, object: Value) -> AppResult<()> {
    let Some(id) = id_of(&object) else { return Err(AppError::bad_request(t("the-updated-object-has-no-id"))) };
    if super::moderation::refuses(data, &object).await? {
        return Ok(());
    }
    match object_type(&object) {
        "Event" => return super::events::receive_event(data, actor, object, Arrival::FromOrganiser).await,
        "Journey" => return super::journey::receive(data, actor, object).await,
        _ => {}
    }
    if let Some(existing) = db::resources::by_ap_id(&data.db, id.as_str()).await? {
        ensure_remote_author(data, existing.local, existing.author_id, actor).await?;
        author_is(&object, actor)?;
        let json: ArticleJson = serde_json::from_value(object)?;
        ApResource::verify(&json, actor, data).await?;
        ApResource::from_json(json, data).await?;
    } else if let Some(existing) = db::resources::comment_by_ap_id(&data.db, id.as_str()).await? {
        ensure_remote_author(data, existing.local, existing.author_id, actor).await?;
        let json: NoteJson = serde_json::from_value(object)?;
        ApComment::verify(&json, actor, data).await?;
        ApComment::from_json(json, data).await?;
    } else if let Some(existing) = db::posts::by_ap_id(&data.db, id.as_str()).await? {
        super::posts::receive_updated(data, actor, &existing, object).await?;
    } else {
        // Something Cairn never stored: take it as a first sight if it would have been accepted.
        receive_created(data, actor, object).await?;
    }
    Ok(())
}

/// A deletion from the origin: only the author's own deletions are honoured.
pub async fn receive_deleted(data: &Data, actor: &Url, object: &Value) -> AppResult<()> {
    let Some(id) = id_of(object) else { return Err(AppError::bad_request(t("the-deleted-object-has-no-id"))) };
    // An account deleting itself (as Mastodon announces a deleted account): hidden here too.
    if &id == actor {
        if let Some(account) = db::actors::by_ap_id(&data.db, actor.as_str()).await?.filter(|a| !a.local) {
            db::actors::set_suspended_at_origin(&data.db, account.id, true).await?;
        }
        return Ok(());
    }
    if super::events::receive_deleted(data, actor, &id).await?
        || super::posts::receive_deleted(data, actor, &id).await?
    {
        return Ok(());
    }
    if let Some(existing) = db::resources::by_ap_id(&data.db, id.as_str()).await? {
        ensure_remote_author(data, existing.local, existing.author_id, actor).await?;
        return db::resources::delete(&data.db, existing.id, &[]).await;
    }
    if let Some(existing) = db::resources::comment_by_ap_id(&data.db, id.as_str()).await? {
        ensure_remote_author(data, existing.local, existing.author_id, actor).await?;
        return db::resources::delete_comment(&data.db, existing.id, &[]).await;
    }
    tracing::debug!("{actor} deleted {id}, which this node does not hold");
    Ok(())
}

/// Something an actor passed on. Resources and events from followed announcers are taken:
/// embedded ones when they come from the announcer's own server, otherwise fetched from their
/// origin.
pub async fn receive_announced(data: &Data, actor: &Url, object: Value) -> AppResult<()> {
    if super::moderation::refuses(data, &object).await? {
        return Ok(());
    }
    if !super::subscriptions::listens_to(data, actor).await? {
        tracing::info!("ignoring an Announce from {actor}, whom nobody here follows");
        return Ok(());
    }
    if let Some(group) = db::actors::by_ap_id(&data.db, actor.as_str()).await?.filter(|a| a.kind == "Group") {
        return super::posts::receive_group_announce(data, &group, object).await;
    }
    let Some(id) = id_of(&object) else { return Err(AppError::bad_request(t("the-announced-object-has-no-id"))) };
    let embedded_here = embedded_by_its_server(actor, &object);
    if embedded_here && object_type(&object) == "Event" {
        return super::events::receive_event(data, actor, object, Arrival::Announced).await;
    }
    if embedded_here {
        if !ARTICLE_TYPES.contains(&object_type(&object)) {
            tracing::info!("ignoring an Announce of a {} from {actor}", object_type(&object));
            return Ok(());
        }
        let json: ArticleJson = serde_json::from_value(object)?;
        ApResource::verify(&json, &id, data).await?;
        ApResource::from_json(json, data).await?;
        return Ok(());
    }
    // Anything else is read from its origin as it is now: a resource or an event (a topic
    // actor's Announce of an event names it).
    if let Err(err) = super::lookup::by_url(data, &id, Reach::Fetch).await {
        tracing::info!("an Announce from {actor} of {id} was not taken: {}", err.message);
    }
    Ok(())
}

/// Whether `object` is embedded whole in an Announce by its own server's actor, and so speaks
/// for itself (anything else is read from its origin).
fn embedded_by_its_server(actor: &Url, object: &Value) -> bool {
    object.is_object() && id_of(object).is_some_and(|id| host_of_url(&id) == host_of_url(actor))
}

/// What `actor` announced on one page of its outbox, ready to be stored together (a backfill's
/// page): see [`prepare_announced`] and [`store_announced`].
pub struct AnnouncedPage {
    actor: Url,
    ready: Vec<(db::models::NewResource, Actor)>,
}

impl AnnouncedPage {
    /// Whether the page has no resource to store.
    pub fn is_empty(&self) -> bool {
        self.ready.is_empty()
    }
}

/// Whose Announces a reading of an outbox takes, found once for the whole reading (a reading
/// whose subscription ends meanwhile stops when it next saves its progress). Found for each page,
/// it cost its statements every page, and on SQLite the subscription's touch (a write) made a
/// page being prepared wait for the store of the page before.
pub enum Announcer {
    /// A group: what it announced is its members' posts, taken one by one.
    Group,
    /// Followed from here, a subscribed node, or an account that moved here.
    Heard,
    /// Nobody here follows it: what it announced is ignored.
    Unheard,
}

impl Announcer {
    /// A group by its actor row; otherwise heard as `subscriptions::listens_to` says.
    pub async fn of(data: &Data, actor: &Url) -> AppResult<Announcer> {
        if db::actors::by_ap_id(&data.db, actor.as_str()).await?.is_some_and(|a| a.kind == "Group") {
            return Ok(Announcer::Group);
        }
        Ok(match super::subscriptions::listens_to(data, actor).await? {
            true => Announcer::Heard,
            false => Announcer::Unheard,
        })
    }
}

/// The first half of taking what `actor` (as `announcer` says) announced on one page of its
/// outbox: each object meets `receive_announced`'s checks, and the resources it embeds as they
/// are now are verified and prepared off the runtime, to be stored by [`store_announced`];
/// anything else is taken one by one, here. An object that is not taken is logged and does not
/// stop the others. The embedded resources are not written here, so a backfill prepares a page
/// while the one before is stored (what is taken one by one, and an author met for the first
/// time, are other rows).
pub async fn prepare_announced(
    data: &Data,
    actor: &Url,
    announcer: &Announcer,
    objects: Vec<Value>,
) -> AppResult<AnnouncedPage> {
    let mut page = AnnouncedPage { actor: actor.clone(), ready: Vec::new() };
    // A page that announced nothing (an account's Creates, say) costs no statement.
    if objects.is_empty() {
        return Ok(page);
    }
    let one_by_one = async |objects: Vec<Value>| {
        for object in objects {
            let id = id_of(&object).map(String::from).unwrap_or_default();
            if let Err(error) = receive_announced(data, actor, object).await {
                not_taken(actor, &id, &error);
            }
        }
    };
    match announcer {
        Announcer::Group => {
            one_by_one(objects).await;
            return Ok(page);
        }
        Announcer::Unheard => {
            tracing::info!("ignoring {} Announces from {actor}, whom nobody here follows", objects.len());
            return Ok(page);
        }
        Announcer::Heard => {}
    }
    let refused = super::moderation::refused(data, &objects).await?;
    let mut authors: HashMap<Url, Actor> = HashMap::new();
    let mut articles = Vec::new();
    for (object, refused) in objects.into_iter().zip(refused) {
        let id = id_of(&object).map(String::from).unwrap_or_default();
        if refused {
            continue;
        }
        if !(embedded_by_its_server(actor, &object) && ARTICLE_TYPES.contains(&object_type(&object))) {
            one_by_one(vec![object]).await;
            continue;
        }
        let verified = async {
            let json: ArticleJson = serde_json::from_value(object)?;
            ApResource::verify(&json, &json.id, data).await?;
            let author_id = ApResource::author_id(&json)?;
            let author = match authors.get(&author_id) {
                Some(author) => author.clone(),
                None => {
                    let author = ApResource::author_of(&json, data).await?;
                    authors.insert(author_id, author.clone());
                    author
                }
            };
            Ok::<_, AppError>((json, author))
        };
        match verified.await {
            Ok(article) => articles.push(article),
            Err(error) => not_taken(actor, &id, &error),
        }
    }
    let prepared = tokio::task::spawn_blocking(move || {
        articles
            .into_iter()
            .map(|(json, author)| (ApResource::prepare(&json, &author), author, json.id))
            .collect::<Vec<_>>()
    })
    .await
    .map_err(AppError::internal)?;
    for (new, author, id) in prepared {
        match new {
            Ok(new) => page.ready.push((new, author)),
            Err(error) => not_taken(actor, id.as_str(), &error),
        }
    }
    Ok(page)
}

/// The second half: the page's resources stored in one transaction.
pub async fn store_announced(data: &Data, page: AnnouncedPage) -> AppResult<()> {
    let AnnouncedPage { actor, ready } = page;
    if ready.is_empty() {
        return Ok(());
    }
    let (news, authors): (Vec<_>, Vec<_>) = ready.into_iter().unzip();
    if let Err(error) = ApResource::store(data, &news, &authors).await {
        // One row the database refuses (or the same object arriving at the inbox meanwhile)
        // must not cost the page: each is stored alone. Nothing of the batch was stored.
        tracing::info!("an outbox page of {actor} was stored one by one: {}", error.message);
        for (new, author) in news.iter().zip(&authors) {
            let one = ApResource::store(data, std::slice::from_ref(new), std::slice::from_ref(author)).await;
            if let Err(error) = one {
                not_taken(&actor, &new.ap_id, &error);
            }
        }
    }
    Ok(())
}

/// Both halves at once, where nothing is stored meanwhile.
pub async fn take_announced(data: &Data, actor: &Url, announcer: &Announcer, objects: Vec<Value>) -> AppResult<()> {
    let page = prepare_announced(data, actor, announcer, objects).await?;
    store_announced(data, page).await
}

fn not_taken(actor: &Url, id: &str, error: &AppError) {
    tracing::info!("an Announce from {actor} of {id} was not taken: {}", error.message)
}

/// The editable fields of a resource, as `ResourceInput` reads them.
pub fn input_of(resource: &Resource) -> ResourceInput {
    ResourceInput {
        kind: resource.kind.clone(),
        title: resource.title.clone(),
        summary: resource.summary.clone(),
        body: resource.body.clone(),
        language: resource.language.clone(),
        license: resource.license.clone(),
        sectors: resource.sector_list(),
        tags: resource.tag_list(),
        phases: resource.phase_list(),
        city: resource.city.clone(),
        country: resource.country.clone(),
        period_start: resource.period_start,
        period_end: resource.period_end,
        impact: Impact {
            tco2e_per_year: resource.tco2e_per_year,
            investment_eur: resource.investment_eur,
            people_reached: resource.people_reached,
        },
        attachments: resource.attachment_list(),
        media_ids: Vec::new(),
        organisation: resource.organisation.clone(),
        map_steps: resource.map_step_list(),
        tool_types: resource.tool_type_list(),
        translations: resource.translation_list(),
    }
}
