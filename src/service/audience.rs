//! Who hears about what a local actor publishes.

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

/// Who hears about what an actor publishes: its followers and the city's followers.
pub async fn audience(data: &Data, author: &Actor) -> AppResult<(Vec<String>, Option<Actor>, Vec<String>)> {
    let author_inboxes = db::follows::follower_inboxes(&data.db, author.id).await?;
    let city = db::actors::local_by_username(&data.db, &data.config.node.actor).await?;
    let city_inboxes = match &city {
        Some(city) => db::follows::follower_inboxes(&data.db, city.id).await?,
        None => Vec::new(),
    };
    Ok((author_inboxes, city, city_inboxes))
}

pub fn cc_of(author: &Actor, city: Option<&Actor>) -> Value {
    let followers: Vec<&String> =
        [author.followers_url.as_ref(), city.and_then(|c| c.followers_url.as_ref())].into_iter().flatten().collect();
    json!(followers)
}

pub fn union(a: &[String], b: &[String]) -> Vec<String> {
    let mut all: Vec<String> = a.iter().chain(b).cloned().collect();
    all.sort();
    all.dedup();
    all
}

/// The activities that publish `object`: a Create by its author to the author's followers, and
/// an Announce by the city to the city's followers.
pub fn publication(
    data: &Data,
    author: &Actor,
    city: Option<&Actor>,
    object: Value,
    author_inboxes: Vec<String>,
    city_inboxes: Vec<String>,
) -> AppResult<Vec<Outgoing>> {
    let create_id = data.new_activity_id("Create");
    let create = Create::new(CreateType::Create, create_id.clone(), &author.ap_id, object.clone())?
        .addressed(json!([PUBLIC]), cc_of(author, city));
    let envelope = Envelope { id: &create_id, kind: "Create", signer: author, public: true, inboxes: author_inboxes };
    let mut outgoing = vec![prepare(data, &create, envelope)?];
    if let Some(city) = city {
        let announce_id = data.new_activity_id("Announce");
        let announce = Announce::new(AnnounceType::Announce, announce_id.clone(), &city.ap_id, object)?
            .addressed(json!([PUBLIC]), json!([city.followers_url]));
        let envelope =
            Envelope { id: &announce_id, kind: "Announce", signer: city, public: true, inboxes: city_inboxes };
        outgoing.push(prepare(data, &announce, envelope)?);
    }
    Ok(outgoing)
}
