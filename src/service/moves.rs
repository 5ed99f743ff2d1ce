//! Accounts that move to another server: the new account names the old one (`alsoKnownAs`),
//! the old one sends `Move` to its followers and points to the new one (`movedTo`), and
//! followers follow the new account instead, here and on every server that acts on `Move`.
//!
//! A group moves the same way, and takes along what no fediverse server moves today: the node of
//! the new group reads the old one's members (they are let in when their servers follow the new
//! group), its moderators (whoever moved here from those accounts moderates again) and its
//! discussions (its outbox, members-only posts included for the new group's server); every node
//! that hears of the move shows the old group's posts in the new one.

use crate::{
    db::{
        self,
        follows::{ACCEPTED, Side},
        models::Actor,
    },
    domain::handle::host_of_url,
    error::{AppError, AppResult, ErrorKind},
    federation::{
        Data,
        activities::moves::Move,
        objects::actor::ApActor,
        outbox::{Envelope, prepare},
        protocol::id_of,
    },
    service::{
        follows::{self, Reach},
        groups::{self, FoundGroup},
    },
};
use activitypub_federation::{
    fetch::{fetch_object_http, object_id::ObjectId},
    kinds::activity::MoveType,
};
use cairn_templates::i18n::{t, t_with};
use serde_json::Value;
use std::collections::HashSet;
use url::Url;

const MAX_ALIASES: usize = 10;

/// Names the accounts `actor` was before (handles or actor URLs); an empty list clears them.
pub async fn set_aliases(data: &Data, actor: &Actor, targets: &[String]) -> AppResult<Actor> {
    if targets.len() > MAX_ALIASES {
        return Err(AppError::invalid("aliases", t_with("name-at-most-accounts", &[("max", MAX_ALIASES.into())])));
    }
    let mut aliases = Vec::new();
    for target in targets {
        let alias = follows::resolve(data, target, Reach::Fetch).await?;
        if alias.row.id == actor.id {
            return Err(AppError::invalid("aliases", t("an-account-is-not-an-alias-of")));
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
    let target = move_target(data, actor, target).await?;
    if target.row.kind == "Group" {
        return Err(AppError::invalid("target", t("a-person-or-an-organisation-moves-to")));
    }
    send_move(data, actor, &target, Vec::new()).await
}

/// A group's administrator names the groups it was before (`alsoKnownAs`).
pub async fn set_group_aliases(data: &Data, admin: &Actor, found: &FoundGroup, targets: &[String]) -> AppResult<Actor> {
    groups::require_admin(data, found, admin).await?;
    set_aliases(data, &found.actor, targets).await
}

/// A group's administrator moves it to `target`, a group on another node that names it: its
/// members everywhere join the new group, whose node takes its roles and discussions along.
pub async fn move_group(data: &Data, admin: &Actor, found: &FoundGroup, target: &str) -> AppResult<Actor> {
    groups::require_admin(data, found, admin).await?;
    let target = move_target(data, &found.actor, target).await?;
    if target.row.kind != "Group" {
        return Err(AppError::invalid("target", t("a-group-moves-to-another-group")));
    }
    // The new group's node hears of it too: it takes the members, roles and discussions over.
    send_move(data, &found.actor, &target, vec![target.row.delivery_inbox()]).await
}

/// The account `actor` may move to: found afresh, not itself, and naming `actor` as an alias.
async fn move_target(data: &Data, actor: &Actor, target: &str) -> AppResult<ApActor> {
    if let Some(moved_to) = &actor.moved_to {
        return Err(AppError::new(
            ErrorKind::Conflict,
            t_with("account-moved-to", &[("account", actor.handle().into()), ("target", moved_to.to_string().into())]),
        ));
    }
    let found = follows::resolve(data, target, Reach::Fetch).await?;
    let target = fresh(data, &Url::parse(&found.row.ap_id)?).await?;
    if target.row.id == actor.id {
        return Err(AppError::invalid("target", t("an-account-cannot-move-to-itself")));
    }
    if !target.row.aliases().contains(&actor.ap_id) {
        return Err(AppError::invalid(
            "target",
            format!("first name {} as an alias (alsoKnownAs) of {}", actor.handle(), target.row.handle()),
        ));
    }
    Ok(target)
}

/// `Move` to the followers' servers (and `also`) in the same transaction as `movedTo`; then
/// the followers here follow the new account.
async fn send_move(data: &Data, actor: &Actor, target: &ApActor, also: Vec<String>) -> AppResult<Actor> {
    let id = data.new_activity_id("Move");
    let actor_id = Url::parse(&actor.ap_id)?;
    let activity = Move {
        id: id.clone(),
        kind: MoveType::Move,
        actor: actor_id.clone().into(),
        object: actor_id.into(),
        target: Url::parse(&target.row.ap_id)?.into(),
    };
    let mut inboxes = db::follows::follower_inboxes(&data.db, actor.id).await?;
    for inbox in also {
        if !inboxes.contains(&inbox) {
            inboxes.push(inbox);
        }
    }
    let outgoing = prepare(data, &activity, Envelope { id: &id, kind: "Move", signer: actor, public: true, inboxes })?;
    let moved = db::actors::set_moved_to(&data.db, actor.id, &target.row.ap_id, Some(&outgoing)).await?;
    data.deliveries_queued.notify_one();
    // Followers on this node hear of it here, not through an inbox.
    moved_here(data, &moved, target).await?;
    Ok(moved)
}

/// A `Move` from another server: checked against the new account's `alsoKnownAs` as its server
/// serves it now, then this node's followers follow the new account.
pub async fn receive_move(data: &Data, moved: &Actor, target: &Url) -> AppResult<()> {
    // Unverifiable is refused (4xx, so the sender does not retry a move nobody can check).
    let target = fresh(data, target).await.map_err(|e| {
        AppError::forbidden(t_with(
            "cannot-check-the-new-account",
            &[("account", target.to_string().into()), ("problem", e.message.into())],
        ))
    })?;
    if !target.row.aliases().contains(&moved.ap_id) {
        return Err(AppError::forbidden(t_with(
            "does-not-name-as-an-alias",
            &[("account", target.row.ap_id.clone().into()), ("old", moved.ap_id.clone().into())],
        )));
    }
    if (moved.kind == "Group") != (target.row.kind == "Group") {
        return Err(AppError::forbidden(t("a-group-moves-to-a-group-and")));
    }
    let moved = db::actors::set_moved_to(&data.db, moved.id, &target.row.ap_id, None).await?;
    // A group taken over here: once, whatever the number of times its Move arrives.
    if moved.kind == "Group"
        && target.row.local
        && db::groups::adopt(&data.db, moved.id, target.row.id, db::now()).await?
    {
        adopt_members_here(data, &moved, &target.row).await?;
        spawn_adoption(data, moved.clone(), target.row.clone());
    }
    moved_here(data, &moved, &target).await
}

/// The account `actor` moved to, when this node knows it and it names `actor` (a `movedTo`
/// alone proves nothing: any server can write one).
pub async fn verified_successor(data: &Data, actor: &Actor) -> AppResult<Option<Actor>> {
    let Some(moved_to) = &actor.moved_to else { return Ok(None) };
    Ok(db::actors::by_ap_id(&data.db, moved_to).await?.filter(|a| a.aliases().contains(&actor.ap_id)))
}

/// Whether a fetch signed by `signer` reads `actor`'s whole outbox: the server of the group a
/// group moved to reads its members-only posts too, to carry its discussions over.
pub fn reads_whole_outbox(actor: &Actor, signer: Option<&Actor>) -> bool {
    let new_home = actor.moved_to.as_deref().and_then(|url| Url::parse(url).ok());
    match (new_home, signer) {
        (Some(new_home), Some(signer)) if actor.kind == "Group" => signer.domain == host_of_url(&new_home),
        _ => false,
    }
}

/// What a move changes on this node once it is known: a group's posts are the new group's, and
/// the local followers follow the new account.
async fn moved_here(data: &Data, moved: &Actor, target: &ApActor) -> AppResult<()> {
    if moved.kind == "Group" {
        db::posts::reassign_group(&data.db, moved.id, target.row.id).await?;
    }
    follow_along(data, moved, target).await
}

/// Members of the old group can be told apart here before anything is fetched: the local ones.
/// They are let into the new group, which is on this node too.
async fn adopt_members_here(data: &Data, old: &Actor, new: &Actor) -> AppResult<()> {
    for member in local_followers(data, old).await? {
        groups::carry_member(data, new, &member).await?;
    }
    Ok(())
}

/// The people of this node who follow `actor` (its members, for a group), read page by page
/// before anyone of them acts, since acting may remove their follow.
async fn local_followers(data: &Data, actor: &Actor) -> AppResult<Vec<Actor>> {
    let (mut followers, mut cursor) = (Vec::new(), None);
    loop {
        let page = db::follows::page(&data.db, actor.id, Side::Followers, ACCEPTED, cursor, 200).await?;
        let Some((last, _)) = page.last() else { return Ok(followers) };
        cursor = Some(last.id);
        followers.extend(page.into_iter().map(|(_, f)| f).filter(|f| f.local && f.kind != "Application"));
    }
}

/// The most members (and moderators) read from a group that moved here, and the most pages of
/// a collection read to find them.
const MAX_ADOPTED_MEMBERS: usize = 10_000;
const MAX_COLLECTION_PAGES: usize = 500;

/// Reads, in the background, what the old group's server says about its members, moderators and
/// discussions; a failure is logged (the members' servers follow the new group all the same,
/// and wait for a moderator there).
fn spawn_adoption(data: &Data, old: Actor, new: Actor) {
    let data = data.reset_request_count();
    tokio::spawn(async move {
        if let Err(error) = adopt(&data, &old, &new).await {
            tracing::warn!("{} taking over {}: {}", new.handle(), old.ap_id, error.message);
        }
    });
}

async fn adopt(data: &Data, old: &Actor, new: &Actor) -> AppResult<()> {
    let old_url = Url::parse(&old.ap_id)?;
    // The discussions: the old group's outbox, read as a followed actor's back catalogue.
    if let Some(outbox) = old.outbox.as_deref() {
        db::catalogues::start(&data.db, old.id, outbox, db::now()).await?;
        super::outboxes::spawn(data, super::outboxes::Reading::Catalogue(old.id));
    }
    // The moderators: whoever moved here from one of those accounts moderates again.
    let group = db::groups::by_actor(&data.db, new.id).await?.ok_or_else(|| AppError::not_found(t("group-gone")))?;
    let found = FoundGroup { actor: new.clone(), group };
    let document: Value = fetch_object_http(&old_url, &data.reset_request_count()).await?.object;
    if let Some(moderators) = document.get("attributedTo").and_then(id_of) {
        // Roles in a group go to people on its server only: anyone else listed is not one.
        let listed_here = listed(data, &old_url, &moderators, MAX_ADOPTED_MEMBERS).await?;
        for moderator in listed_here.into_iter().filter(|m| host_of_url(m) == host_of_url(&old_url)) {
            let carried = match successor_here(data, &moderator).await {
                Ok(Some(person)) => groups::carry_role(data, &found, &person, db::groups::MODERATOR).await,
                Ok(None) => Ok(()),
                Err(error) => Err(error),
            };
            if let Err(error) = carried {
                tracing::info!("moderator {moderator} of {}: {}", old.ap_id, error.message);
            }
        }
    }
    // The members: let in when their servers follow the new group (those who already asked are
    // let in now).
    let Some(followers) = old.followers_url.as_deref() else { return Ok(()) };
    for member in listed(data, &old_url, &Url::parse(followers)?, MAX_ADOPTED_MEMBERS).await? {
        let carried = match ObjectId::<ApActor>::from(member.clone()).dereference(data).await {
            Ok(found) => groups::carry_member(data, new, &found.row).await,
            Err(error) => Err(error),
        };
        if let Err(error) = carried {
            tracing::info!("member {member} of {}: {}", old.ap_id, error.message);
        }
    }
    Ok(())
}

/// The ids a collection on `owner`'s server lists (its own items, then its pages from `first`
/// along `next`), up to `max`.
async fn listed(data: &Data, owner: &Url, collection: &Url, max: usize) -> AppResult<Vec<Url>> {
    let host = host_of_url(owner);
    let mut ids = Vec::new();
    let mut next = Some(collection.clone());
    let mut read = HashSet::new();
    while let Some(url) = next.take() {
        if host_of_url(&url) != host {
            return Err(AppError::forbidden(t_with(
                "is-not-on-the-server-of",
                &[("url", url.to_string().into()), ("owner", owner.to_string().into())],
            )));
        }
        let page: Value = fetch_object_http(&url, &data.reset_request_count()).await?.object;
        let following = if read.is_empty() { page.get("first") } else { page.get("next") };
        read.insert(url);
        let items = page["orderedItems"].as_array().or(page["items"].as_array());
        ids.extend(items.into_iter().flatten().filter_map(id_of));
        if ids.len() >= max || read.len() >= MAX_COLLECTION_PAGES {
            ids.truncate(max);
            break;
        }
        next = following.and_then(id_of).filter(|n| !read.contains(n));
    }
    Ok(ids)
}

/// The local account that is `account` now: itself, or the one here it moved to (which names it).
async fn successor_here(data: &Data, account: &Url) -> AppResult<Option<Actor>> {
    if let Some(actor) = db::actors::by_ap_id(&data.db, account.as_str()).await?.filter(|a| a.local) {
        return Ok(Some(actor));
    }
    let Some(moved_to) = fresh(data, account).await?.row.moved_to else { return Ok(None) };
    Ok(db::actors::by_ap_id(&data.db, &moved_to)
        .await?
        .filter(|a| a.local && a.aliases().iter().any(|alias| alias == account.as_str())))
}

/// A member joins the new group (the group's rules apply: this node lets in the members of a
/// group that moved here); anyone else follows the new account.
async fn follow_instead(data: &Data, follower: &Actor, target: &ApActor) -> AppResult<()> {
    if target.row.kind != "Group" {
        return follows::follow(data, follower, target).await.map(|_| ());
    }
    let group = db::groups::by_actor(&data.db, target.row.id)
        .await?
        .ok_or_else(|| AppError::not_found(t_with("is-not-a-group", &[("name", target.row.ap_id.clone().into())])))?;
    groups::join(data, follower, &FoundGroup { actor: target.row.clone(), group }).await.map(|_| ())
}

/// Each local follower of `moved` follows `target` and stops following `moved`.
async fn follow_along(data: &Data, moved: &Actor, target: &ApActor) -> AppResult<()> {
    for follower in local_followers(data, moved).await? {
        if let Err(error) = follow_instead(data, &follower, target).await {
            tracing::info!("{} could not follow {} after a move: {error:?}", follower.handle(), target.row.handle());
            continue;
        }
        if let Err(error) = follows::unfollow(data, &follower, moved).await {
            tracing::info!("{} could not unfollow {} after a move: {error:?}", follower.handle(), moved.handle());
        }
    }
    Ok(())
}
