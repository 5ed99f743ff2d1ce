//! Networking groups (FEP-1b12): creating them, joining and leaving (a Follow of the group),
//! moderation, invitations, and who may post.

use super::media;
use super::moderation::{Audit, audit_removal};
use super::{
    accounts::new_local_actor,
    follows::{self, Reach},
    notify::notify,
};
use crate::{
    db::{
        self,
        follows::{ACCEPTED, PENDING},
        groups::{ADMIN, GroupProfile, MEMBER, MODERATOR},
        models::{Actor, Follow, Group, NewGroup},
        notifications as kinds,
    },
    domain::group::{GroupInput, ROLES, check_group},
    error::{AppError, AppResult, ErrorKind},
    federation::{Data, objects::actor::ApActor},
};
use activitypub_federation::traits::Object;
use cairn_templates::i18n::{t, t_with};

pub struct FoundGroup {
    pub actor: Actor,
    pub group: Group,
}

/// A member creates a group; the creator becomes its administrator.
pub async fn create(data: &Data, creator: &Actor, input: &GroupInput) -> AppResult<FoundGroup> {
    let valid = check_group(input, data.default_language.get().code())?;
    if db::actors::local_by_username(&data.db, &valid.handle).await?.is_some() {
        return Err(AppError::invalid("handle", t("that-handle-is-taken-choose-another")));
    }
    let avatar = media::picture(data, creator, input.media_ids.as_deref(), None, "media_ids").await?;
    let mut actor = new_local_actor(data, &valid.handle, "Group", &valid.name).await?;
    actor.summary = valid.description.clone();
    actor.avatar_url = avatar.url(data, None, true);
    actor.manually_approves = valid.join_mode != "open";
    actor.profile_url = Some(data.url(&format!("/groups/{}", valid.handle)));
    let json = |v: &Vec<String>| serde_json::to_string(v).map_err(AppError::internal);
    let group = NewGroup {
        actor_id: 0,
        sectors: json(&valid.sectors)?,
        topics: json(&valid.topics)?,
        join_mode: valid.join_mode.clone(),
        visibility: valid.visibility.clone(),
        created_at: db::now(),
        language: valid.language.clone(),
        translations: serde_json::to_string(&valid.translations).map_err(AppError::internal)?,
    };
    let (actor, group) = db::groups::create_local(&data.db, &actor, group, creator.id).await?;
    settle_avatar(data, &actor, avatar.chosen()).await?;
    Ok(FoundGroup { actor, group })
}

/// Attaches the picture chosen (`chosen`) to the saved group, and deletes one it no longer shows.
async fn settle_avatar(data: &Data, group: &Actor, chosen: Option<i64>) -> AppResult<()> {
    let shown: Vec<&str> = group.avatar_url.iter().map(String::as_str).collect();
    media::settle(data, &group.ap_id, &chosen.into_iter().collect::<Vec<_>>(), &shown).await
}

/// An administrator changes the group's name, description, sectors, topics, join mode or
/// visibility; its members' servers hear it as an `Update` of the group actor.
pub async fn update(data: &Data, admin: &Actor, found: &FoundGroup, input: &GroupInput) -> AppResult<FoundGroup> {
    require_admin(data, found, admin).await?;
    // Left out, the group keeps its language (a group kept from before has none: the node's).
    let language = if input.language.trim().is_empty() { &found.group.language } else { &input.language };
    let valid = check_group(
        &GroupInput { handle: found.actor.username.clone(), language: language.clone(), ..input.clone() },
        data.default_language.get().code(),
    )?;
    let avatar = media::picture(data, admin, input.media_ids.as_deref(), Some(&found.actor.ap_id), "media_ids").await?;
    let avatar_url = avatar.url(data, found.actor.avatar_url.clone(), true);
    let json = |v: &Vec<String>| serde_json::to_string(v).map_err(AppError::internal);
    let settings = NewGroup {
        actor_id: found.actor.id,
        sectors: json(&valid.sectors)?,
        topics: json(&valid.topics)?,
        join_mode: valid.join_mode.clone(),
        visibility: valid.visibility.clone(),
        created_at: found.group.created_at,
        language: valid.language.clone(),
        translations: serde_json::to_string(&valid.translations).map_err(AppError::internal)?,
    };
    let profile = GroupProfile { name: &valid.name, summary: &valid.description, avatar_url: avatar_url.as_deref() };
    let group = db::groups::update(&data.db, found.actor.id, &settings, &profile).await?;
    let actor =
        db::actors::by_id(&data.db, found.actor.id).await?.ok_or_else(|| AppError::not_found(t("group-gone")))?;
    let document = ApActor::new(actor.clone())?.into_json(data).await?;
    let id = data.new_activity_id("Update");
    let object = serde_json::to_value(document).map_err(AppError::internal)?;
    let update = crate::federation::activities::update::Update::new(
        activitypub_federation::kinds::activity::UpdateType::Update,
        id.clone(),
        &actor.ap_id,
        object,
    )?;
    let inboxes = db::follows::follower_inboxes(&data.db, actor.id).await?;
    let outgoing = crate::federation::outbox::prepare(
        data,
        &update,
        crate::federation::outbox::Envelope { id: &id, kind: "Update", signer: &actor, public: true, inboxes },
    )?;
    db::deliveries::enqueue(&data.db, &outgoing).await?;
    data.deliveries_queued.notify_one();
    settle_avatar(data, &actor, avatar.chosen()).await?;
    Ok(FoundGroup { actor, group })
}

/// A group by local handle, `@name@host` or URL (fetched when `reach` allows).
pub async fn find(data: &Data, handle: &str, reach: Reach) -> AppResult<FoundGroup> {
    let handle = handle.trim();
    // `name@host` in a page address stands for the handle `@name@host`.
    let target = if handle.contains('@') && !handle.starts_with('@') && !handle.contains('/') {
        format!("@{handle}")
    } else {
        handle.to_string()
    };
    let actor = follows::resolve(data, &target, reach).await?.row;
    let group = match db::groups::by_actor(&data.db, actor.id).await? {
        Some(group) if actor.kind == "Group" => group,
        _ => return Err(AppError::not_found(t_with("is-not-a-group", &[("name", actor.handle().into())]))),
    };
    Ok(FoundGroup { actor, group })
}

/// Whether `actor` moderates `group` (its administrators included): a member with the role.
pub async fn is_moderator(data: &Data, group: &Actor, actor: &Actor) -> AppResult<bool> {
    Ok(matches!(db::groups::role_of(&data.db, group.id, actor.id).await?.as_deref(), Some(ADMIN | MODERATOR))
        && is_member(data, group, actor).await?)
}

/// Refuses to let a local group lose its last administrator.
pub async fn keep_an_admin(data: &Data, group: &Actor, leaving: &Actor) -> AppResult<()> {
    if db::groups::role_of(&data.db, group.id, leaving.id).await?.as_deref() != Some(ADMIN) {
        return Ok(());
    }
    if db::groups::admins(&data.db, group.id).await?.iter().all(|id| *id == leaving.id) {
        return Err(AppError::new(
            crate::error::ErrorKind::Conflict,
            "you are the group's last administrator; make someone else administrator first",
        ));
    }
    Ok(())
}

pub async fn require_moderator(data: &Data, group: &Actor, actor: &Actor) -> AppResult<()> {
    if !group.local {
        return Err(AppError::forbidden(t("this-group-is-moderated-on-its-own")));
    }
    if !is_moderator(data, group, actor).await? {
        return Err(AppError::forbidden(t("only-the-groups-moderators-can-do-this")));
    }
    Ok(())
}

pub async fn membership(data: &Data, group: &Actor, actor: &Actor) -> AppResult<Option<Follow>> {
    db::follows::by_pair(&data.db, actor.id, group.id).await
}

pub async fn is_member(data: &Data, group: &Actor, actor: &Actor) -> AppResult<bool> {
    Ok(membership(data, group, actor).await?.is_some_and(|f| f.state == ACCEPTED))
}

/// What a group answers to someone who asks to join.
#[derive(Debug, PartialEq, Eq)]
pub enum Admission {
    Accept,
    Hold,
    Refuse,
}

pub async fn admission(data: &Data, found: &FoundGroup, candidate: &Actor) -> AppResult<Admission> {
    if found.actor.moved_to.is_some() {
        return Ok(Admission::Refuse);
    }
    // An invitation is the moderators' approval, whatever the join mode.
    if found.group.join_mode == "open" || db::groups::is_invited(&data.db, found.actor.id, candidate.id).await? {
        return Ok(Admission::Accept);
    }
    Ok(match found.group.join_mode.as_str() {
        // A group that names the groups it was (alsoKnownAs) waits for their members until it
        // takes one over: their requests may come before the old member list is read here.
        "invite" if found.actor.aliases().is_empty() || db::groups::has_adopted(&data.db, found.actor.id).await? => {
            Admission::Refuse
        }
        _ => Admission::Hold,
    })
}

/// Refuses what a group that moved elsewhere no longer does here (joining, posting).
pub fn still_here(found: &FoundGroup) -> AppResult<()> {
    match &found.actor.moved_to {
        Some(moved_to) => Err(AppError::new(
            crate::error::ErrorKind::Conflict,
            t_with("this-group-moved-to", &[("target", moved_to.to_string().into())]),
        )),
        None => Ok(()),
    }
}

/// Where a group's posts belong now: the group it moved to, when this node knows that group and
/// it names this one.
pub async fn home(data: &Data, group: &Actor) -> AppResult<Actor> {
    let successor = super::moves::verified_successor(data, group).await?;
    Ok(successor.filter(|a| a.kind == "Group").unwrap_or_else(|| group.clone()))
}

/// A member of a group that moved to `group` (here) is let in: at once when their server has
/// already asked, else when it asks.
pub async fn carry_member(data: &Data, group: &Actor, member: &Actor) -> AppResult<()> {
    db::groups::invite(&data.db, group.id, member.id, group.id, db::now()).await?;
    let_in_if_invited(data, group, member).await
}

/// Accepts `member`'s pending request to join `group` when they are invited. Called after
/// either is written, so an invitation and a request recorded at the same moment (a member
/// carried over while their server's Join arrives) still end in one accepted membership.
pub async fn let_in_if_invited(data: &Data, group: &Actor, member: &Actor) -> AppResult<()> {
    if let Some(follow) = db::follows::by_pair(&data.db, member.id, group.id).await?
        && follow.state == PENDING
        && db::groups::is_invited(&data.db, group.id, member.id).await?
    {
        match follows::decide_request(data, group, follow.id, true).await {
            // Answered meanwhile by the other path: in already.
            Err(error) if error.kind == ErrorKind::NotFound => {}
            other => other?,
        }
    }
    Ok(())
}

/// A moderator of a group that moved to `group` (here) is, as the person here they are now, a
/// member with the role (an administrator stays one).
pub async fn carry_role(data: &Data, found: &FoundGroup, person: &Actor, role: &str) -> AppResult<()> {
    if db::groups::role_of(&data.db, found.actor.id, person.id).await?.as_deref() == Some(ADMIN) {
        return Ok(());
    }
    carry_member(data, &found.actor, person).await?;
    if !is_member(data, &found.actor, person).await? {
        join(data, person, found).await?;
    }
    db::groups::set_role(&data.db, found.actor.id, person.id, role).await
}

/// Refuses anyone but the local group's administrators.
pub async fn require_admin(data: &Data, found: &FoundGroup, actor: &Actor) -> AppResult<()> {
    if !found.actor.local || db::groups::role_of(&data.db, found.actor.id, actor.id).await?.as_deref() != Some(ADMIN) {
        return Err(AppError::forbidden(t("only-the-groups-administrators-can-do-this")));
    }
    Ok(())
}

/// Tells the local moderators that someone waits to join.
pub async fn announce_request(data: &Data, group: &Actor, candidate: &Actor) -> AppResult<()> {
    for moderator in db::groups::moderators(&data.db, group.id).await? {
        notify(data, &moderator, kinds::JOIN_REQUEST, candidate, Some(group.id), None).await?;
    }
    Ok(())
}

/// A local person joins a group here or elsewhere; returns the membership's state.
pub async fn join(data: &Data, member: &Actor, found: &FoundGroup) -> AppResult<String> {
    still_here(found)?;
    if found.actor.local {
        match admission(data, found, member).await? {
            Admission::Refuse => return Err(AppError::forbidden(t("this-group-is-by-invitation-only"))),
            Admission::Accept if found.actor.manually_approves => {
                // Invited to an invitation-only group: in without waiting.
                let follow = follows::follow(data, member, &ApActor::new(found.actor.clone())?).await?;
                db::follows::set_state(&data.db, follow.id, ACCEPTED, None).await?;
                return Ok(ACCEPTED.into());
            }
            _ => {}
        }
    }
    let follow = follows::follow(data, member, &ApActor::new(found.actor.clone())?).await?;
    if found.actor.local && follow.state == PENDING {
        announce_request(data, &found.actor, member).await?;
        let_in_if_invited(data, &found.actor, member).await?;
        return Ok(membership(data, &found.actor, member).await?.map_or(follow.state, |f| f.state));
    }
    Ok(follow.state)
}

/// Leaving is unfollowing the group (which keeps a local group with an administrator and
/// clears the leaver's role).
pub async fn leave(data: &Data, member: &Actor, found: &FoundGroup) -> AppResult<()> {
    follows::unfollow(data, member, &found.actor).await
}

/// A moderator accepts or refuses someone waiting to join.
pub async fn decide(
    data: &Data,
    moderator: &Actor,
    found: &FoundGroup,
    candidate_id: i64,
    accept: bool,
) -> AppResult<()> {
    require_moderator(data, &found.actor, moderator).await?;
    let follow = db::follows::by_pair(&data.db, candidate_id, found.actor.id)
        .await?
        .filter(|f| f.state == PENDING)
        .ok_or_else(|| AppError::not_found(t("no-such-request-to-join")))?;
    follows::decide_request(data, &found.actor, follow.id, accept).await?;
    if let Some(candidate) = db::actors::by_id(&data.db, candidate_id).await? {
        let kind = if accept { kinds::JOIN_ACCEPTED } else { kinds::JOIN_REJECTED };
        notify(data, &candidate, kind, &found.actor, Some(found.actor.id), None).await?;
    }
    Ok(())
}

/// A moderator invites someone (here or elsewhere) to join.
pub async fn invite(data: &Data, moderator: &Actor, found: &FoundGroup, target: &str) -> AppResult<Actor> {
    require_moderator(data, &found.actor, moderator).await?;
    let invitee = follows::resolve(data, target, Reach::Fetch).await?.row;
    db::groups::invite(&data.db, found.actor.id, invitee.id, moderator.id, db::now()).await?;
    // A waiting request from the invitee is accepted at once.
    if let Some(follow) = db::follows::by_pair(&data.db, invitee.id, found.actor.id).await?
        && follow.state == PENDING
    {
        follows::decide_request(data, &found.actor, follow.id, true).await?;
    }
    notify(data, &invitee, kinds::INVITE, moderator, Some(found.actor.id), None).await?;
    Ok(invitee)
}

/// An administrator gives a member a role (`admin`, `moderator` or `member`).
pub async fn set_role(data: &Data, admin: &Actor, found: &FoundGroup, member_id: i64, role: &str) -> AppResult<()> {
    if !ROLES.contains(&role) {
        return Err(AppError::invalid("role", t("choose-admin-moderator-or-member")));
    }
    require_admin(data, found, admin).await?;
    let member =
        db::actors::by_id(&data.db, member_id).await?.ok_or_else(|| AppError::not_found(t("no-such-member")))?;
    if !member.local && role != MEMBER {
        return Err(AppError::invalid("role", t("roles-go-to-members-of-this-node")));
    }
    if !is_member(data, &found.actor, &member).await? {
        return Err(AppError::not_found(t("that-person-is-not-a-member")));
    }
    if role != ADMIN {
        keep_an_admin(data, &found.actor, &member).await?;
    }
    db::groups::set_role(&data.db, found.actor.id, member.id, role).await
}

/// A moderator removes a member (not an administrator).
pub async fn remove_member(data: &Data, moderator: &Actor, found: &FoundGroup, member_id: i64) -> AppResult<()> {
    require_moderator(data, &found.actor, moderator).await?;
    if db::groups::role_of(&data.db, found.actor.id, member_id).await?.as_deref() == Some(ADMIN) {
        return Err(AppError::forbidden(t("administrators-cannot-be-removed")));
    }
    let follow = db::follows::by_pair(&data.db, member_id, found.actor.id)
        .await?
        .ok_or_else(|| AppError::not_found(t("that-person-is-not-a-member")))?;
    follows::remove_follower(data, &found.actor, &follow).await?;
    db::groups::set_role(&data.db, found.actor.id, member_id, MEMBER).await?;
    let member =
        db::actors::by_id(&data.db, member_id).await?.ok_or_else(|| AppError::not_found(t("no-such-member")))?;
    let target = format!("{} in {}", member.ap_id, found.actor.ap_id);
    audit_removal(data, Audit::Here, moderator, member_id, "group.remove_member", &target).await
}

/// Whether `author` may post into a local group: members may; in a public open group anyone may.
pub async fn may_post(data: &Data, found: &FoundGroup, author: &Actor) -> AppResult<bool> {
    still_here(found)?;
    if is_member(data, &found.actor, author).await? {
        return Ok(true);
    }
    Ok(found.group.join_mode == "open" && !found.group.members_only())
}
