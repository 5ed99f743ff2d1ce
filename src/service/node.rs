//! The node's own actors: the organisation that runs it, and the application actor (FEP-2677)
//! that signs fetches.

use super::accounts::new_local_actor;
use crate::{
    db::{self, models::Actor},
    error::AppResult,
    state::AppState,
};

pub const APPLICATION_USERNAME: &str = "node";

/// Creates the node's actors on first start; later starts keep their keys and refresh the
/// organisation's name and summary from the configuration.
pub async fn ensure_actors(state: &AppState) -> AppResult<(Actor, Actor)> {
    let node = &state.config.node;
    let org = match db::actors::local_by_username(&state.db, &node.actor).await? {
        Some(actor) => actor,
        None => {
            let mut new = new_local_actor(state, &node.actor, "Organization", &node.name).await?;
            new.summary = node.summary.clone();
            new.country = node.country.clone();
            db::actors::insert(&state.db, &new).await?
        }
    };
    let org = db::actors::set_public_details(&state.db, org.id, &node.name, &node.summary, &node.country).await?;
    let app = match db::actors::local_by_username(&state.db, APPLICATION_USERNAME).await? {
        Some(actor) => actor,
        None => {
            let mut new = new_local_actor(state, APPLICATION_USERNAME, "Application", &state.domain).await?;
            new.summary = format!("The Cairn node at {}. It signs this server's requests.", state.domain);
            db::actors::insert(&state.db, &new).await?
        }
    };
    Ok((org, app))
}
