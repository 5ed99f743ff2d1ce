//! Accounts that move to another server: the new account names the old one (`alsoKnownAs`),
//! the old one sends `Move` to its followers and points to the new one (`movedTo`), and
//! followers follow the new account instead, here and on every server that acts on `Move`.

use crate::{
    db::{
        self,
        follows::{ACCEPTED, Side},
        models::Actor,
    },
    error::{AppError, AppResult},
    federation::{
        Data,
        activities::moves::Move,
        objects::actor::ApActor,
        outbox::{Envelope, prepare},
    },
    service::follows::{self, Reach},
};
use activitypub_federation::{fetch::object_id::ObjectId, kinds::activity::MoveType};
use url::Url;

const MAX_ALIASES: usize = 10;

/// Names the accounts `actor` was before (handles or actor URLs); an empty list clears them.
pub async fn set_aliases(data: &Data, actor: &Actor, targets: &[String]) -> AppResult<Actor> {
    if targets.len() > MAX_ALIASES {
        return Err(AppError::invalid("aliases", format!("name at most {MAX_ALIASES} accounts")));
    }
    let mut aliases = Vec::new();
    for target in targets {
        let alias = follows::resolve(data, target, Reach::Fetch).await?;
        if alias.row.id == actor.id {
            return Err(AppError::invalid("aliases", "an account is not an alias of itself"));
        }
        if !aliases.contains(&alias.row.ap_id) {
            aliases.push(alias.row.ap_id.clone());
        }
    }
    db::actors::set_aliases(&data.db, actor.id, &aliases).await
}

/// The account at `url` as its server says now (an alias added a minute ago counts).
async fn fresh(data: &Data, url: &Url) -> AppResult<ApActor> {
    let id = ObjectId::<ApActor>::from(url.clone());
    if id.is_local(data) { id.dereference_local(data).await } else { id.dereference_forced(data).await }
}

/// Moves a local account to `target`, which must already name it as an alias.
pub async fn move_to(data: &Data, actor: &Actor, target: &str) -> AppResult<Actor> {
    if let Some(moved_to) = &actor.moved_to {
        return Err(AppError::new(crate::error::ErrorKind::Conflict, format!("this account moved to {moved_to}")));
    }
    let found = follows::resolve(data, target, Reach::Fetch).await?;
    let target = fresh(data, &Url::parse(&found.row.ap_id)?).await?;
    if target.row.id == actor.id {
        return Err(AppError::invalid("target", "an account cannot move to itself"));
    }
    if !target.row.aliases().contains(&actor.ap_id) {
        return Err(AppError::invalid(
            "target",
            format!("first name {} as an alias (alsoKnownAs) of {}", actor.handle(), target.row.handle()),
        ));
    }
    let id = data.new_activity_id("Move");
    let actor_id = Url::parse(&actor.ap_id)?;
    let activity = Move {
        id: id.clone(),
        kind: MoveType::Move,
        actor: actor_id.clone().into(),
        object: actor_id.into(),
        target: Url::parse(&target.row.ap_id)?.into(),
    };
    let inboxes = db::follows::follower_inboxes(&data.db, actor.id).await?;
    let outgoing = prepare(data, &activity, Envelope { id: &id, kind: "Move", signer: actor, public: true, inboxes })?;
    let moved = db::actors::set_moved_to(&data.db, actor.id, &target.row.ap_id, Some(&outgoing)).await?;
    data.deliveries_queued.notify_one();
    // Followers on this node hear of it here, not through an inbox.
    follow_along(data, &moved, &target).await?;
    Ok(moved)
}

/// A `Move` from another server: checked against the new account's `alsoKnownAs` as its server
/// serves it now, then this node's followers follow the new account.
pub async fn receive_move(data: &Data, moved: &Actor, target: &Url) -> AppResult<()> {
    // Unverifiable is refused (4xx, so the sender does not retry a move nobody can check).
    let target = fresh(data, target)
        .await
        .map_err(|e| AppError::forbidden(format!("cannot check the new account {target}: {}", e.message)))?;
    if !target.row.aliases().contains(&moved.ap_id) {
        return Err(AppError::forbidden(format!("{} does not name {} as an alias", target.row.ap_id, moved.ap_id)));
    }
    let moved = db::actors::set_moved_to(&data.db, moved.id, &target.row.ap_id, None).await?;
    follow_along(data, &moved, &target).await
}

/// Each local follower of `moved` follows `target` and stops following `moved`.
async fn follow_along(data: &Data, moved: &Actor, target: &ApActor) -> AppResult<()> {
    let mut cursor = None;
    loop {
        let page = db::follows::page(&data.db, moved.id, Side::Followers, ACCEPTED, cursor, 200).await?;
        let Some((last, _)) = page.last() else { return Ok(()) };
        cursor = Some(last.id);
        for (_, follower) in page.iter().filter(|(_, f)| f.local && f.kind != "Application") {
            if let Err(error) = follows::follow(data, follower, target).await {
                tracing::info!(
                    "{} could not follow {} after a move: {error:?}",
                    follower.handle(),
                    target.row.handle()
                );
                continue;
            }
            if let Err(error) = follows::unfollow(data, follower, moved).await {
                tracing::info!("{} could not unfollow {} after a move: {error:?}", follower.handle(), moved.handle());
            }
        }
    }
}
