//! Who hears about what a local actor publishes.

use super::node::APPLICATION_USERNAME;
use crate::{
    db::{self, deliveries::Outgoing, models::Actor},
    error::AppResult,
    federation::{
        Data,
        activities::{announce::Announce, create::Create},
        outbox::{Envelope, prepare},
        protocol::article::PUBLIC,
    },
};
use activitypub_federation::kinds::activity::{AnnounceType, CreateType};
use serde_json::{Value, json};

/// Who hears about what a local actor publishes.
pub struct Audience {
    /// The author's followers' inboxes.
    pub author: Vec<String>,
    /// The organisation that runs the node, and its followers' inboxes.
    pub city: Option<Actor>,
    pub city_inboxes: Vec<String>,
    /// The node's application actor, and the inboxes of nodes and relays subscribed to it.
    pub node: Option<Actor>,
    pub node_inboxes: Vec<String>,
}

impl Audience {
    /// Every inbox that hears of the object's later changes.
    pub fn everyone(&self) -> Vec<String> {
        union(&union(&self.author, &self.city_inboxes), &self.node_inboxes)
    }
}

pub async fn audience(data: &Data, author: &Actor) -> AppResult<Audience> {
    let followers_of = async |actor: &Option<Actor>| match actor {
        Some(actor) => db::follows::follower_inboxes(&data.db, actor.id).await,
        None => Ok(Vec::new()),
    };
    let city = db::actors::local_by_username(&data.db, &data.config.node.actor).await?;
    let node = db::actors::local_by_username(&data.db, APPLICATION_USERNAME).await?;
    Ok(Audience {
        author: db::follows::follower_inboxes(&data.db, author.id).await?,
        city_inboxes: followers_of(&city).await?,
        node_inboxes: followers_of(&node).await?,
        city,
        node,
    })
}

pub fn cc_of(author: &Actor, city: Option<&Actor>) -> Value {
    let followers: Vec<&String> =
        [author.followers_url.as_ref(), city.and_then(|c| c.followers_url.as_ref())].into_iter().flatten().collect();
    json!(followers)
}

/// Who hears of what a local group passes on: its members' servers and, for a public post, the
/// nodes subscribed to this one, whose copy of the group's discussion stays whole.
pub async fn group_inboxes(data: &Data, group: &Actor, public: bool) -> AppResult<Vec<String>> {
    let members = db::follows::follower_inboxes(&data.db, group.id).await?;
    let node = match public {
        true => db::actors::local_by_username(&data.db, APPLICATION_USERNAME).await?,
        false => None,
    };
    match node {
        Some(node) => Ok(union(&members, &db::follows::follower_inboxes(&data.db, node.id).await?)),
        None => Ok(members),
    }
}

pub fn union(a: &[String], b: &[String]) -> Vec<String> {
    let mut all: Vec<String> = a.iter().chain(b).cloned().collect();
    all.sort();
    all.dedup();
    all
}

/// The activities that publish `object`: a Create by its author to the author's followers, an
/// Announce by the city to the city's followers, and one by the node to its subscribers.
pub fn publication(data: &Data, author: &Actor, audience: &Audience, object: Value) -> AppResult<Vec<Outgoing>> {
    let create_id = data.new_activity_id("Create");
    let create = Create::new(CreateType::Create, create_id.clone(), &author.ap_id, object.clone())?
        .addressed(json!([PUBLIC]), cc_of(author, audience.city.as_ref()));
    let envelope =
        Envelope { id: &create_id, kind: "Create", signer: author, public: true, inboxes: audience.author.clone() };
    let mut outgoing = vec![prepare(data, &create, envelope)?];
    for (announcer, inboxes) in [(&audience.city, &audience.city_inboxes), (&audience.node, &audience.node_inboxes)] {
        if let Some(announcer) = announcer {
            outgoing.push(announce(data, announcer, object.clone(), inboxes.clone())?);
        }
    }
    Ok(outgoing)
}

/// `announcer` passes `object` on, publicly, to `inboxes`.
pub fn announce(data: &Data, announcer: &Actor, object: Value, inboxes: Vec<String>) -> AppResult<Outgoing> {
    let id = data.new_activity_id("Announce");
    let announce = Announce::new(AnnounceType::Announce, id.clone(), &announcer.ap_id, object)?
        .addressed(json!([PUBLIC]), json!([announcer.followers_url]));
    prepare(data, &announce, Envelope { id: &id, kind: "Announce", signer: announcer, public: true, inboxes })
}
