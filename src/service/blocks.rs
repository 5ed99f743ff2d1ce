//! What one person keeps away. A blocked account cannot follow them, mention them, reply to
//! what they publish or join their events, and a remote one is told with a `Block`, as
//! Mastodon does; a muted account just disappears from their feed and notifications. Either
//! may name a whole domain.

use super::follows::{self, Reach};
use crate::{
    db::{
        self,
        blocks::{BLOCK, MUTE},
        models::{Actor, Follow, NewPersonalBlock, PersonalBlock},
    },
    domain::handle::check_domain,
    error::{AppError, AppResult},
    federation::{
        Data,
        outbox::{Envelope, prepare},
    },
};
use cairn_templates::i18n::{t, t_with};
use serde_json::{Value, json};

/// Blocking or muting.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Block,
    Mute,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Block => BLOCK,
            Kind::Mute => MUTE,
        }
    }
}

/// What a person keeps away: one account, or every account of a domain.
#[derive(Debug, Clone)]
pub enum Target {
    Account(Box<Actor>),
    Domain(String),
}

impl Target {
    /// The account's address or the domain, as lists show it.
    pub fn key(&self) -> String {
        match self {
            Target::Account(actor) => actor.ap_id.clone(),
            Target::Domain(domain) => domain.clone(),
        }
    }
}

/// Reads what a person names: a handle (`@name@city.example`), an account's address, a local
/// name, or a bare domain (`city.example`).
pub async fn target_of(data: &Data, text: &str) -> AppResult<Target> {
    let text = text.trim();
    if text.is_empty() {
        return Err(AppError::invalid("target", t("name-an-account-name-domain-or-its")));
    }
    if !text.contains('@') && !text.contains('/') && text.contains(['.', ':']) {
        let domain = check_domain(text).map_err(|e| AppError::invalid("target", e.message))?;
        if domain == data.domain {
            return Err(AppError::invalid("target", t("that-is-this-node-block-or-mute")));
        }
        return Ok(Target::Domain(domain));
    }
    let actor = follows::resolve(data, text, Reach::Fetch).await.map_err(|e| {
        AppError::invalid(
            "target",
            t_with("cannot-find", &[("name", text.to_string().into()), ("problem", e.message.into())]),
        )
    })?;
    blockable(&actor.row)?;
    Ok(Target::Account(Box::new(actor.row)))
}

/// This node's groups and its own actor are not blocked or muted: leave a group instead, and
/// the node's moderators must be able to reach its people.
pub fn blockable(actor: &Actor) -> AppResult<()> {
    if actor.local && actor.kind != "Person" {
        return Err(AppError::invalid("target", t("this-nodes-groups-and-its-own-account")));
    }
    Ok(())
}

/// `owner` blocks or mutes `target`. A block also ends follows either way (the owner's with an
/// `Undo`, the other's with a `Reject`) and tells a remote account with a `Block`.
pub async fn add(data: &Data, owner: &Actor, kind: Kind, target: Target) -> AppResult<PersonalBlock> {
    if let Target::Account(actor) = &target {
        blockable(actor)?;
        if actor.id == owner.id {
            return Err(AppError::invalid("target", t("you-cannot-block-or-mute-yourself")));
        }
    }
    if let Some(existing) = held(data, owner, kind, &target).await? {
        return Ok(existing);
    }
    let mut outgoing = None;
    let mut block_ap_id = None;
    if kind == Kind::Block {
        end_follows(data, owner, &target).await?;
        if let Target::Account(actor) = &target
            && !actor.local
        {
            let id = data.new_activity_id("Block");
            let block = block_json(owner, actor, id.as_str());
            let envelope =
                Envelope { id: &id, kind: "Block", signer: owner, public: false, inboxes: vec![actor.inbox.clone()] };
            outgoing = Some(prepare(data, &block, envelope)?);
            block_ap_id = Some(id.to_string());
        }
    }
    let (target_actor_id, target_domain) = match &target {
        Target::Account(actor) => (Some(actor.id), None),
        Target::Domain(domain) => (None, Some(domain.clone())),
    };
    let new = NewPersonalBlock {
        owner_id: owner.id,
        kind: kind.as_str().to_string(),
        target: target.key(),
        target_actor_id,
        target_domain,
        block_ap_id,
        created_at: db::now(),
    };
    let row = db::blocks::add(&data.db, &new, outgoing.as_ref()).await?;
    data.deliveries_queued.notify_one();
    Ok(row)
}

/// `owner`'s block or mute of `target`, if there is one.
pub async fn held(data: &Data, owner: &Actor, kind: Kind, target: &Target) -> AppResult<Option<PersonalBlock>> {
    db::blocks::find(&data.db, owner.id, kind.as_str(), &target.key()).await
}

/// `owner` lifts a block or mute; 404 when there is none.
pub async fn remove(data: &Data, owner: &Actor, kind: Kind, target: &Target) -> AppResult<()> {
    let existing = held(data, owner, kind, target).await?.ok_or_else(|| {
        AppError::not_found(match kind {
            Kind::Block => t_with("you-do-not-block", &[("name", target.key().to_string().into())]),
            Kind::Mute => t_with("you-do-not-mute", &[("name", target.key().to_string().into())]),
        })
    })?;
    lift(data, owner, &existing, target).await
}

/// Lifts a block or mute `owner` holds; a remote account that was told of the block gets the
/// `Undo`.
pub async fn lift(data: &Data, owner: &Actor, existing: &PersonalBlock, target: &Target) -> AppResult<()> {
    let outgoing = match (&existing.block_ap_id, target) {
        (Some(block_id), Target::Account(actor)) => {
            let id = data.new_activity_id("Undo");
            let undo = json!({
                "id": id, "type": "Undo", "actor": owner.ap_id, "object": block_json(owner, actor, block_id),
            });
            let envelope =
                Envelope { id: &id, kind: "Undo", signer: owner, public: false, inboxes: vec![actor.inbox.clone()] };
            Some(prepare(data, &undo, envelope)?)
        }
        _ => None,
    };
    db::blocks::remove(&data.db, existing.id, outgoing.as_ref()).await?;
    data.deliveries_queued.notify_one();
    Ok(())
}

fn block_json(owner: &Actor, blocked: &Actor, id: &str) -> Value {
    json!({ "id": id, "type": "Block", "actor": owner.ap_id, "object": blocked.ap_id })
}

/// Ends the follows between `owner` and the target, either way.
async fn end_follows(data: &Data, owner: &Actor, target: &Target) -> AppResult<()> {
    let follows: Vec<Follow> = match target {
        Target::Account(actor) => db::follows::either_way(&data.db, owner.id, actor.id).await?,
        Target::Domain(domain) => db::follows::with_domain(&data.db, owner.id, domain).await?,
    };
    for follow in follows {
        if follow.follower_id == owner.id {
            if let Some(followed) = db::actors::by_id(&data.db, follow.followed_id).await? {
                follows::unfollow(data, owner, &followed).await?;
            }
        } else {
            follows::remove_follower(data, owner, &follow).await?;
        }
    }
    Ok(())
}

/// Whether local `owner` blocks `other` (the account or its domain).
pub async fn blocks(data: &Data, owner: &Actor, other: &Actor) -> AppResult<bool> {
    Ok(owner.local && db::blocks::between(&data.db, owner.id, other).await?.iter().any(|b| b.kind == BLOCK))
}

/// Whether local `owner` blocks or mutes `other`: nothing of `other` reaches their notifications.
pub async fn silences(data: &Data, owner: &Actor, other: &Actor) -> AppResult<bool> {
    Ok(owner.local && !db::blocks::between(&data.db, owner.id, other).await?.is_empty())
}

/// Whether a reply by `author` (another server's account) to `parent` is refused: the parent
/// belongs to someone here who blocks them.
pub async fn refuses_reply(data: &Data, author: &url::Url, parent: &url::Url) -> AppResult<bool> {
    let Some(author) = db::actors::by_ap_id(&data.db, author.as_str()).await? else { return Ok(false) };
    match super::moderation::find_held(data, parent.as_str()).await? {
        Some((_, owner)) => blocks(data, &owner, &author).await,
        None => Ok(false),
    }
}

/// The error a blocked account meets (the same words whether it is a follow, a reply or a join).
pub fn blocked() -> AppError {
    AppError::forbidden(t("this-account-does-not-accept-that-from"))
}

/// A remote account blocks a local person: the follows between them end here, without answers.
/// (A Block of a group or of the node's own actor changes nothing.)
pub async fn receive_block(data: &Data, blocker: &Actor, blocked: &Actor) -> AppResult<()> {
    if blocked.kind != "Person" {
        return Ok(());
    }
    for follow in db::follows::either_way(&data.db, blocker.id, blocked.id).await? {
        db::follows::delete(&data.db, follow.id, None).await?;
    }
    Ok(())
}
