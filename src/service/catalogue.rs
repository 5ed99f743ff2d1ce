//! Following brings the back catalogue: when a remote person, organisation or group accepts the
//! first follow from this node, its outbox is read, newest first and up to
//! `federation.catalogue_max_items`, and what it published before (resources, events, posts) is
//! taken as the inbox would have taken it, so the repository, calendar and timelines hold it too.

use super::{
    jobs::JobLease,
    node::APPLICATION_USERNAME,
    outboxes::{self, Reading, Walk},
};
use crate::{
    db::{
        self,
        follows::{ACCEPTED, Side},
        models::Actor,
        subscriptions::{DONE, RUNNING, WAITING},
    },
    error::AppResult,
    federation::Data,
};
use url::Url;

/// A follow from here was accepted: reads the followed actor's back catalogue unless someone
/// here already followed it (what it published since came to the inbox).
pub async fn followed(data: &Data, follower: &Actor, followed: &Actor) -> AppResult<()> {
    if data.config.federation.catalogue_max_items == 0 {
        return Ok(());
    }
    // The node's own follows are subscriptions, whose backfill reads the whole outbox.
    if followed.local || (follower.local && follower.username == APPLICATION_USERNAME) {
        return Ok(());
    }
    if db::follows::count(&data.db, followed.id, Side::Followers, ACCEPTED).await? > 1 {
        return Ok(());
    }
    let Some(outbox) = followed.outbox.as_deref() else { return Ok(()) };
    db::catalogues::start(&data.db, followed.id, outbox, db::now()).await?;
    outboxes::spawn(data, Reading::Catalogue(followed.id));
    Ok(())
}

/// Reads (or resumes reading) `actor_id`'s outbox. Runs while `lease` holds.
pub(super) async fn read(data: &Data, actor_id: i64, lease: &mut JobLease) -> AppResult<()> {
    let Some(catalogue) = db::catalogues::of_actor(&data.db, actor_id).await? else { return Ok(()) };
    let (Some(next), true) = (catalogue.next_page, [WAITING, RUNNING].contains(&catalogue.state.as_str())) else {
        return Ok(());
    };
    let Some(actor) = db::actors::by_id(&data.db, actor_id).await? else { return Ok(()) };
    let limits = &data.config.federation;
    let walk = Walk {
        owner: &Url::parse(&actor.ap_id)?,
        next,
        total: catalogue.total,
        done: catalogue.done,
        max_pages: limits.backfill_max_pages,
        max_items: limits.catalogue_max_items,
        limits_setting: "federation.catalogue_max_items",
        announced_copies_current: false,
        state_at_limit: DONE,
    };
    outboxes::walk(data, Reading::Catalogue(actor_id), walk, lease).await
}
