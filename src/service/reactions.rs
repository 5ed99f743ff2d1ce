//! Favourites (`Like`) and reblogs (`Announce`) of posts, resources and events, and undoing them.

use crate::{
    db::{
        self,
        models::Actor,
        oauth::{FAVOURITE, REBLOG},
    },
    error::{AppError, AppResult},
    federation::{
        Data,
        activities::{ObjectActivity, like::Like, undo::Undo},
        outbox::{Envelope, prepare},
        protocol::{article::PUBLIC, id_of},
    },
};
use activitypub_federation::kinds::activity::{AnnounceType, LikeType, UndoType};
use cairn_templates::i18n::t;
use serde_json::{Value, json};
use url::Url;

/// The author of a post, resource or event known here.
async fn author_of(data: &Data, ap_id: &str) -> AppResult<Actor> {
    let author_id = if let Some(post) = db::posts::by_ap_id(&data.db, ap_id).await? {
        post.author_id
    } else if let Some(resource) = db::resources::by_ap_id(&data.db, ap_id).await? {
        resource.author_id
    } else if let Some(event) = db::events::by_ap_id(&data.db, ap_id).await? {
        event.organizer_id
    } else {
        return Err(AppError::not_found(t("no-such-status")));
    };
    db::actors::by_id(&data.db, author_id).await?.ok_or_else(|| AppError::not_found(t("no-such-author")))
}

/// Who hears of a reaction: a favourite goes to the author; a reblog to one's followers and
/// the author.
async fn inboxes(data: &Data, me: &Actor, author: &Actor, kind: &str) -> AppResult<Vec<String>> {
    let mut inboxes = if kind == REBLOG { db::follows::follower_inboxes(&data.db, me.id).await? } else { Vec::new() };
    if !author.local {
        inboxes.push(author.delivery_inbox());
    }
    Ok(inboxes)
}

/// Someone elsewhere favourites something published here; it counts once per person.
pub async fn receive_like(data: &Data, like: &Like) -> AppResult<()> {
    let object = id_of(&like.object).ok_or_else(|| AppError::bad_request(t("the-like-has-no-object")))?;
    let liked = object.as_str();
    match author_of(data, liked).await {
        Ok(author) if author.local => {}
        // A Like of something that is not ours (or no longer exists) concerns us not.
        _ => return Ok(()),
    }
    let actor = like.actor.dereference(data).await?;
    db::oauth::react(&data.db, actor.row.id, liked, FAVOURITE, like.id.as_str(), db::now()).await?;
    Ok(())
}

/// An `Undo` of a Like (embedded, or named by its id): true when it was one and is undone.
pub async fn receive_undo(data: &Data, actor: &Url, object: &Value) -> AppResult<bool> {
    let is_like = object.get("type").and_then(Value::as_str) == Some("Like");
    let Some(activity_id) = id_of(object) else { return Ok(false) };
    let Some(reaction) = db::oauth::reaction_by_activity(&data.db, activity_id.as_str()).await? else {
        return Ok(is_like);
    };
    let owner = db::actors::by_id(&data.db, reaction.actor_id).await?;
    if owner.map(|a| a.ap_id) != Some(actor.to_string()) {
        return Err(AppError::forbidden(t("only-who-liked-something-can-undo-it")));
    }
    db::oauth::unreact(&data.db, reaction.actor_id, &reaction.object_ap_id, &reaction.kind).await?;
    Ok(true)
}

pub async fn react(data: &Data, me: &Actor, ap_id: &str, kind: &str) -> AppResult<()> {
    let author = author_of(data, ap_id).await?;
    if kind == REBLOG && db::posts::by_ap_id(&data.db, ap_id).await?.is_some_and(|p| p.visibility != "public") {
        return Err(AppError::invalid("reblog", t("only-public-posts-can-be-reblogged")));
    }
    let (name, id) = if kind == FAVOURITE {
        ("Like", data.new_activity_id("Like"))
    } else {
        ("Announce", data.new_activity_id("Announce"))
    };
    if !db::oauth::react(&data.db, me.id, ap_id, kind, id.as_str(), db::now()).await? {
        return Ok(());
    }
    let inboxes = inboxes(data, me, &author, kind).await?;
    let envelope = Envelope { id: &id, kind: name, signer: me, public: kind == REBLOG, inboxes };
    let outgoing = if kind == FAVOURITE {
        prepare(data, &ObjectActivity::new(LikeType::Like, id.clone(), &me.ap_id, json!(ap_id))?, envelope)?
    } else {
        let announce = ObjectActivity::new(AnnounceType::Announce, id.clone(), &me.ap_id, json!(ap_id))?
            .addressed(json!([PUBLIC]), json!([me.followers_url, author.ap_id]));
        prepare(data, &announce, envelope)?
    };
    db::deliveries::enqueue(&data.db, &outgoing).await?;
    data.deliveries_queued.notify_one();
    Ok(())
}

pub async fn undo(data: &Data, me: &Actor, ap_id: &str, kind: &str) -> AppResult<()> {
    let author = author_of(data, ap_id).await?;
    let Some(activity_id) = db::oauth::unreact(&data.db, me.id, ap_id, kind).await? else { return Ok(()) };
    let name = if kind == FAVOURITE { "Like" } else { "Announce" };
    let id = data.new_activity_id("Undo");
    let object = json!({"id": activity_id, "type": name, "actor": me.ap_id, "object": ap_id});
    let undo = Undo::new(UndoType::Undo, id.clone(), &me.ap_id, object)?;
    let inboxes = inboxes(data, me, &author, kind).await?;
    let outgoing = prepare(data, &undo, Envelope { id: &id, kind: "Undo", signer: me, public: false, inboxes })?;
    db::deliveries::enqueue(&data.db, &outgoing).await?;
    data.deliveries_queued.notify_one();
    Ok(())
}
