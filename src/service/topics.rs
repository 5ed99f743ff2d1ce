//! Topic actors: one `Service` actor per sector (`@mobility@national.example`) that anyone,
//! Mastodon users included, can follow to hear of every new resource and event of that sector
//! this node learns of, from the whole network it gathers. Made on first lookup.

use super::{accounts::new_local_actor, audience::announce};
use crate::{
    db::{self, models::Actor},
    domain::taxonomy::TAXONOMY,
    error::AppResult,
    federation::Data,
    state::AppState,
};
use chrono::{DateTime, Duration, Utc};
use serde_json::json;

/// Objects older than this when they arrive (a backfill, a late fetch) are not news.
const NEWS_WINDOW: Duration = Duration::days(2);

pub fn is_topic(username: &str) -> bool {
    TAXONOMY.sectors.iter().any(|s| s.id == username)
}

/// The topic actor for `username` when it names a sector, made if it does not exist yet.
pub async fn ensure(state: &AppState, username: &str) -> AppResult<Option<Actor>> {
    if !is_topic(username) {
        return Ok(None);
    }
    if let Some(actor) = db::actors::local_by_username(&state.db, username).await? {
        return Ok(Some(actor));
    }
    // The actor is stored and federated once: it is named in English, whoever asked first.
    let label = TAXONOMY.english().sector_label(username).unwrap_or(username);
    let mut new = new_local_actor(state, username, "Service", &format!("{label} · {}", state.config.node.name)).await?;
    new.summary = format!(
        "Every new case study, resource and event about {label} that {} gathers from its network. Follow to hear of them.",
        state.config.node.name
    );
    Ok(Some(db::actors::insert(&state.db, &new).await?))
}

/// The topic actors of `sectors` pass a newly known object on to their followers.
pub async fn announce_new(data: &Data, ap_id: &str, sectors: &[String], published: DateTime<Utc>) -> AppResult<()> {
    if published < Utc::now() - NEWS_WINDOW {
        return Ok(());
    }
    let mut queued = false;
    for sector in sectors.iter().filter(|s| is_topic(s)) {
        let Some(topic) = db::actors::local_by_username(&data.db, sector).await? else { continue };
        let inboxes = db::follows::follower_inboxes(&data.db, topic.id).await?;
        if inboxes.is_empty() {
            continue;
        }
        db::deliveries::enqueue(&data.db, &announce(data, &topic, json!(ap_id), inboxes)?).await?;
        queued = true;
    }
    if queued {
        data.deliveries_queued.notify_one();
    }
    Ok(())
}
