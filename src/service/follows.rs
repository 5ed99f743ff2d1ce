//! Following across nodes: resolve, follow, unfollow, and answer requests, both ways.

use super::{
    groups::{self, Admission},
    notify::notify,
};
use crate::db::notifications as kinds;
use crate::{
    db::{
        self,
        follows::{ACCEPTED, PENDING},
        models::{Actor, Follow, NewFollow},
        now,
    },
    domain::handle::{ActorRef, parse_actor_ref},
    error::{AppError, AppResult, ErrorKind},
    federation::{
        Data,
        activities::{accept::Accept, follow::Follow as FollowActivity, reject::Reject, undo::Undo},
        objects::actor::ApActor,
        outbox::{Envelope, prepare},
        protocol::id_of,
    },
};
use activitypub_federation::{
    fetch::{object_id::ObjectId, webfinger::webfinger_resolve_actor},
    kinds::activity::{AcceptType, FollowType, RejectType, UndoType},
};
use cairn_templates::i18n::{t, t_with};
use serde_json::Value;
use url::Url;

/// Whether finding something may fetch it from another server. Only signed-in people may
/// make this node fetch: anonymous visitors see what it already knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reach {
    KnownOnly,
    Fetch,
}

pub fn must_log_in() -> AppError {
    AppError::unauthorized(t("log-in-to-look-up-accounts-and"))
}

/// Finds an actor from what a person typed: a local name (`anna`, `@anna`), a handle, or an
/// actor URL.
/// Remote actors are fetched with a signed GET and cached.
pub async fn resolve(data: &Data, target: &str, reach: Reach) -> AppResult<ApActor> {
    let bare = target.trim().trim_start_matches('@');
    if crate::domain::accounts::validate_username(&bare.to_ascii_lowercase()).is_ok() {
        let local = db::actors::local_by_username(&data.db, bare).await?;
        return local
            .map(ApActor::new)
            .transpose()?
            .ok_or_else(|| AppError::not_found(t_with("no-account-here", &[("name", bare.to_string().into())])));
    }
    let found = match parse_actor_ref(target)? {
        ActorRef::Handle { username, host } if host == data.domain => {
            db::actors::local_by_username(&data.db, &username).await?.map(ApActor::new).transpose()?
        }
        ActorRef::Handle { username, host } if reach == Reach::KnownOnly => {
            let known = db::actors::remote_by_handle(&data.db, &username, &host).await?;
            Some(known.map(ApActor::new).transpose()?.ok_or_else(must_log_in)?)
        }
        ActorRef::Handle { username, host } => {
            match webfinger_resolve_actor::<_, ApActor>(&format!("{username}@{host}"), data).await {
                Ok(fetched) => Some(fetched),
                // A server that is down does not make an actor known here unknown: what is
                // sent to it waits in the delivery queue until the server is back.
                Err(err) if unreachable(&err) => {
                    let known = db::actors::remote_by_handle(&data.db, &username, &host).await?;
                    Some(known.map(ApActor::new).transpose()?.ok_or_else(|| explain_remote_failure(err, &host))?)
                }
                Err(err) => return Err(explain_remote_failure(err, &host)),
            }
        }
        ActorRef::Url(url) if reach == Reach::KnownOnly => {
            let known = db::actors::by_ap_id(&data.db, url.as_str()).await?;
            Some(known.map(ApActor::new).transpose()?.ok_or_else(must_log_in)?)
        }
        ActorRef::Url(url) => {
            // A known actor whose server is down: the library answers with the stored copy.
            let fetched = ObjectId::<ApActor>::from(url.clone()).dereference(data).await;
            Some(fetched.map_err(|err| explain_remote_failure(err, url.host_str().unwrap_or_default()))?)
        }
    };
    found.ok_or_else(|| AppError::not_found(t_with("no-account-here", &[("name", target.trim().to_string().into())])))
}

/// Whether a failure to fetch from another server says only that it could not be reached.
fn unreachable(err: &AppError) -> bool {
    matches!(err.kind, ErrorKind::RemoteFailed | ErrorKind::Internal)
}

fn explain_remote_failure(err: AppError, host: &str) -> AppError {
    if unreachable(&err) {
        AppError { message: format!("could not reach {host}: {}", err.message), ..err }
    } else {
        err
    }
}

fn follow_json(follower: &Actor, followed: &Actor, id: &str) -> AppResult<FollowActivity> {
    Ok(FollowActivity {
        id: Url::parse(id)?,
        kind: FollowType::Follow,
        actor: Url::parse(&follower.ap_id)?.into(),
        object: Url::parse(&followed.ap_id)?.into(),
    })
}

/// `follower` (local) follows `target`. Returns the follow's state.
pub async fn follow(data: &Data, follower: &Actor, target: &ApActor) -> AppResult<Follow> {
    let target_row = &target.row;
    if target_row.id == follower.id {
        return Err(AppError::invalid("target", t("you-cannot-follow-yourself")));
    }
    if let Some(existing) = db::follows::by_pair(&data.db, follower.id, target_row.id).await? {
        return Ok(existing);
    }
    if super::blocks::blocks(data, target_row, follower).await? {
        return Err(super::blocks::blocked());
    }
    let activity_id = data.new_activity_id("Follow");
    let new = NewFollow {
        follower_id: follower.id,
        followed_id: target_row.id,
        state: if target_row.local && !target_row.manually_approves { ACCEPTED } else { PENDING }.to_string(),
        activity_ap_id: activity_id.to_string(),
        created_at: now(),
    };
    if target_row.local {
        let row = db::follows::upsert(&data.db, &new, None).await?;
        if target_row.kind != "Group" {
            announce_new_follower(data, target_row, follower, &row.state).await?;
        }
        return Ok(row);
    }
    let activity = follow_json(follower, target_row, activity_id.as_str())?;
    let envelope = Envelope {
        id: &activity_id,
        kind: "Follow",
        signer: follower,
        public: false,
        inboxes: vec![target_row.inbox.clone()],
    };
    let outgoing = prepare(data, &activity, envelope)?;
    let row = db::follows::upsert(&data.db, &new, Some(&outgoing)).await?;
    data.deliveries_queued.notify_one();
    Ok(row)
}

/// `follower` (local) stops following `target`, or withdraws a pending request.
pub async fn unfollow(data: &Data, follower: &Actor, target: &Actor) -> AppResult<()> {
    let existing = db::follows::by_pair(&data.db, follower.id, target.id)
        .await?
        .ok_or_else(|| AppError::not_found(t_with("you-do-not-follow", &[("name", target.handle().into())])))?;
    if target.local {
        if is_moved_group(target) {
            return Err(AppError::new(
                ErrorKind::Conflict,
                "this group moved; its member list is kept as it was, for the new group to read",
            ));
        }
        // Leaving a group here: it keeps an administrator, and the leaver's role goes.
        if target.kind == "Group" {
            groups::keep_an_admin(data, target, follower).await?;
            db::groups::set_role(&data.db, target.id, follower.id, db::groups::MEMBER).await?;
        }
        return db::follows::delete(&data.db, existing.id, None).await;
    }
    let undo_id = data.new_activity_id("Undo");
    let object =
        serde_json::to_value(follow_json(follower, target, &existing.activity_ap_id)?).map_err(AppError::internal)?;
    let undo = Undo::new(UndoType::Undo, undo_id.clone(), &follower.ap_id, object)?;
    let envelope =
        Envelope { id: &undo_id, kind: "Undo", signer: follower, public: false, inboxes: vec![target.inbox.clone()] };
    let outgoing = prepare(data, &undo, envelope)?;
    db::follows::delete(&data.db, existing.id, Some(&outgoing)).await?;
    data.deliveries_queued.notify_one();
    Ok(())
}

/// A remote actor asked to follow a local one (or to join a local group).
pub async fn receive_follow(data: &Data, follower: &ApActor, target: &ApActor, follow_id: &Url) -> AppResult<()> {
    let existing = db::follows::by_pair(&data.db, follower.row.id, target.row.id).await?;
    let group = match target.row.kind.as_str() {
        "Group" => db::groups::by_actor(&data.db, target.row.id).await?,
        _ => None,
    };
    let admission = match group {
        _ if super::blocks::blocks(data, &target.row, &follower.row).await? => Admission::Refuse,
        Some(group) => {
            let found = groups::FoundGroup { actor: target.row.clone(), group };
            groups::admission(data, &found, &follower.row).await?
        }
        None => {
            // Read as stored now: another process may have just changed this setting, and a
            // follow it should hold must not be accepted on a copy kept from before.
            let target = db::actors::current(&data.db, target.row.id).await?;
            if target.is_none_or(|t| t.manually_approves) { Admission::Hold } else { Admission::Accept }
        }
    };
    let state = match (&existing, admission) {
        // Answered once: a Follow repeated under fresh ids (or a flood of them) queues nothing.
        (Some(f), _) if f.state == ACCEPTED => return Ok(()),
        (Some(f), Admission::Hold) if f.state == PENDING => return Ok(()),
        (_, Admission::Refuse) => {
            let reject = answer(data, &target.row, &follower.row, follow_id.as_str(), false)?;
            db::deliveries::enqueue(&data.db, &reject).await?;
            data.deliveries_queued.notify_one();
            return Ok(());
        }
        (_, Admission::Hold) => PENDING,
        (_, Admission::Accept) => ACCEPTED,
    };
    let new = NewFollow {
        follower_id: follower.row.id,
        followed_id: target.row.id,
        state: state.to_string(),
        activity_ap_id: follow_id.to_string(),
        created_at: now(),
    };
    let outgoing = if state == ACCEPTED {
        Some(answer(data, &target.row, &follower.row, follow_id.as_str(), true)?)
    } else {
        None
    };
    db::follows::upsert(&data.db, &new, outgoing.as_ref()).await?;
    data.deliveries_queued.notify_one();
    if existing.is_none() {
        announce_new_follower(data, &target.row, &follower.row, state).await?;
    }
    if state == PENDING && target.row.kind == "Group" {
        groups::let_in_if_invited(data, &target.row, &follower.row).await?;
    }
    Ok(())
}

/// Tells the followed person, or a group's moderators, about a new follower or request.
async fn announce_new_follower(data: &Data, target: &Actor, follower: &Actor, state: &str) -> AppResult<()> {
    match (target.kind.as_str(), state) {
        ("Group", PENDING) => groups::announce_request(data, target, follower).await,
        ("Group", _) => Ok(()),
        (_, PENDING) => notify(data, target, kinds::FOLLOW_REQUEST, follower, None, None).await,
        _ => notify(data, target, kinds::FOLLOW, follower, None, None).await,
    }
}

/// The owner ends someone's follow (a group removing a member); a remote follower is told
/// with a `Reject` of its Follow.
pub async fn remove_follower(data: &Data, owner: &Actor, follow: &Follow) -> AppResult<()> {
    let follower = db::actors::by_id(&data.db, follow.follower_id)
        .await?
        .ok_or_else(|| AppError::not_found(t("the-follower-is-gone")))?;
    let outgoing =
        if follower.local { None } else { Some(answer(data, owner, &follower, &follow.activity_ap_id, false)?) };
    db::follows::delete(&data.db, follow.id, outgoing.as_ref()).await?;
    data.deliveries_queued.notify_one();
    Ok(())
}

/// The Accept or Reject that `followed` sends to `follower` about Follow `follow_id`.
fn answer(
    data: &Data,
    followed: &Actor,
    follower: &Actor,
    follow_id: &str,
    accept: bool,
) -> AppResult<crate::db::deliveries::Outgoing> {
    let kind = if accept { "Accept" } else { "Reject" };
    let id = data.new_activity_id(kind);
    let object = serde_json::to_value(follow_json(follower, followed, follow_id)?).map_err(AppError::internal)?;
    let envelope = Envelope { id: &id, kind, signer: followed, public: false, inboxes: vec![follower.inbox.clone()] };
    if accept {
        prepare(data, &Accept::new(AcceptType::Accept, id.clone(), &followed.ap_id, object)?, envelope)
    } else {
        prepare(data, &Reject::new(RejectType::Reject, id.clone(), &followed.ap_id, object)?, envelope)
    }
}

/// A local actor decides on a pending follow request.
pub async fn decide_request(data: &Data, owner: &Actor, follow_id: i64, accept: bool) -> AppResult<()> {
    let follow = db::follows::by_id(&data.db, follow_id)
        .await?
        .filter(|f| f.followed_id == owner.id && f.state == PENDING)
        .ok_or_else(|| AppError::not_found(t("no-such-follow-request")))?;
    let follower = db::actors::by_id(&data.db, follow.follower_id)
        .await?
        .ok_or_else(|| AppError::not_found(t("the-follower-is-gone")))?;
    let outgoing =
        if follower.local { None } else { Some(answer(data, owner, &follower, &follow.activity_ap_id, accept)?) };
    if accept {
        db::follows::accept_pending(&data.db, follow.id, outgoing.as_ref()).await?;
    } else {
        db::follows::delete(&data.db, follow.id, outgoing.as_ref()).await?;
    }
    data.deliveries_queued.notify_one();
    Ok(())
}

/// The follow this node sent that a remote `Accept`/`Reject`/`Undo` refers to: by the Follow's
/// id, or, for servers that embed a Follow with another id, by its actor and object.
async fn follow_named_by(data: &Data, object: &Value) -> AppResult<Option<Follow>> {
    let Some(id) = id_of(object) else { return Ok(None) };
    if let Some(found) = db::follows::by_activity(&data.db, id.as_str()).await? {
        return Ok(Some(found));
    }
    let (Some(actor), Some(target)) = (object.get("actor").and_then(id_of), object.get("object").and_then(id_of))
    else {
        return Ok(None);
    };
    let (Some(actor), Some(target)) =
        (db::actors::by_ap_id(&data.db, actor.as_str()).await?, db::actors::by_ap_id(&data.db, target.as_str()).await?)
    else {
        return Ok(None);
    };
    db::follows::by_pair(&data.db, actor.id, target.id).await
}

/// A remote actor accepted or rejected a follow request from a local one.
pub async fn answer_from_remote(data: &Data, actor: &Url, object: &Value, accepted: bool) -> AppResult<()> {
    let Some(follow) = follow_named_by(data, object).await? else {
        tracing::info!("{actor} answered a follow this node does not know; ignored");
        return Ok(());
    };
    let followed = db::actors::by_id(&data.db, follow.followed_id)
        .await?
        .filter(|followed| followed.ap_id == actor.as_str())
        .ok_or_else(|| AppError::forbidden(t("only-the-followed-actor-can-answer-a")))?;
    let follower = db::actors::by_id(&data.db, follow.follower_id).await?;
    if accepted {
        db::follows::set_state(&data.db, follow.id, ACCEPTED, None).await?;
        if let Some(follower) = &follower {
            super::catalogue::followed(data, follower, &followed).await?;
        }
    } else {
        db::follows::delete(&data.db, follow.id, None).await?;
    }
    // People hear how their requests to join a group were answered.
    if let (true, Some(member)) = (followed.kind == "Group", follower) {
        let kind = if accepted { kinds::JOIN_ACCEPTED } else { kinds::JOIN_REJECTED };
        notify(data, &member, kind, &followed, Some(followed.id), None).await?;
    }
    Ok(())
}

/// A remote actor undid something; Cairn acts when it was a Follow of a local actor.
pub async fn undo_from_remote(data: &Data, actor: &Url, object: &Value) -> AppResult<()> {
    let kind = object.get("type").and_then(Value::as_str);
    if kind.is_some_and(|k| k != "Follow") {
        tracing::info!("ignoring Undo of a {} from {actor}", kind.unwrap_or_default());
        return Ok(());
    }
    let Some(follow) = follow_named_by(data, object).await? else { return Ok(()) };
    let follower = db::actors::by_id(&data.db, follow.follower_id).await?;
    if follower.map(|a| a.ap_id) != Some(actor.to_string()) {
        return Err(AppError::forbidden(t("only-the-follower-can-undo-a-follow")));
    }
    if db::actors::by_id(&data.db, follow.followed_id).await?.is_some_and(|a| is_moved_group(&a)) {
        return Ok(());
    }
    db::follows::delete(&data.db, follow.id, None).await
}

/// A group that moved away keeps its member list as it was at the move: the new group's node
/// reads it to let the members in, while they are already leaving the old group.
fn is_moved_group(actor: &Actor) -> bool {
    actor.kind == "Group" && actor.moved_to.is_some()
}
