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
        activities::{ObjectActivity, undo::Undo},
        outbox::{Envelope, prepare},
        protocol::article::PUBLIC,
    },
};
use activitypub_federation::kinds::activity::{AnnounceType, LikeType, UndoType};
use serde_json::json;

/// The author of a post, resource or event known here.
async fn author_of(data: &Data, ap_id: &str) -> AppResult<Actor> {
    let author_id = if let Some(post) = db::posts::by_ap_id(&data.db, ap_id).await? {
        post.author_id
    } else if let Some(resource) = db::resources::by_ap_id(&data.db, ap_id).await? {
        resource.author_id
    } else if let Some(event) = db::events::by_ap_id(&data.db, ap_id).await? {
        event.organizer_id
    } else {
        return Err(AppError::not_found("no such status"));
    };
    db::actors::by_id(&data.db, author_id).await?.ok_or_else(|| AppError::not_found("no such author"))
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

pub async fn react(data: &Data, me: &Actor, ap_id: &str, kind: &str) -> AppResult<()> {
    let author = author_of(data, ap_id).await?;
    if kind == REBLOG && db::posts::by_ap_id(&data.db, ap_id).await?.is_some_and(|p| p.visibility != "public") {
        return Err(AppError::invalid("reblog", "only public posts can be reblogged"));
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
