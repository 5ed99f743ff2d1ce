//! Who hears about what a local actor publishes.

use crate::{
    db::{self, models::Actor},
    error::AppResult,
    federation::Data,
};
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
