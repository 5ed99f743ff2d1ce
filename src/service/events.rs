//! Events: publishing, changing, cancelling, and taking part across nodes (Join → Accept or
//! Reject, Leave), with capacity enforced where the event lives.

use super::audience::{audience, cc_of, publication, union};
use super::media;
use super::moderation::{Audit, audit_removal};
use crate::domain::markup::render_markdown;
use crate::{
    db::{
        self,
        deliveries::Outgoing,
        events::{ACCEPTED, PENDING, REJECTED},
        models::{Actor, Event, User},
    },
    domain::{
        event::{EventInput, check_event},
        handle::host_of_url,
    },
    error::{AppError, AppResult, ErrorKind},
    federation::{
        Data,
        activities::{accept::Accept, delete::Delete, join::Join, leave::Leave, reject::Reject, update::Update},
        objects::event::{ApEvent, NewEventParts, new_event},
        outbox::{Envelope, prepare},
        protocol::{
            article::PUBLIC,
            event::{EventJson, withhold_link},
            id_of,
        },
    },
};
use activitypub_federation::{
    fetch::object_id::ObjectId,
    kinds::activity::{AcceptType, DeleteType, JoinType, LeaveType, RejectType, UpdateType},
    traits::Object,
};
use cairn_templates::i18n::t;
use chrono::Utc;
use serde_json::{Value, json};
use url::Url;

pub async fn publish(data: &Data, organizer: &Actor, input: &EventInput) -> AppResult<Event> {
    let valid = check_event(input)?;
    let banner = media::picture(data, organizer, input.media_ids.as_deref(), None, "media_ids").await?;
    let published = Utc::now();
    let new = new_event(NewEventParts {
        ap_id: format!("urn:cairn:pending:{}", data.new_token()),
        local: true,
        origin: data.domain.clone(),
        organizer_id: organizer.id,
        valid: &valid,
        description_html: render_markdown(&valid.description),
        url: String::new(),
        participant_count: 0,
        published,
        updated: published,
        banner: banner.attachment(data, None),
    })?;
    let audience = audience(data, organizer).await?;
    let base = data.base_url.clone();
    let row = db::events::create_local(
        &data.db,
        &new,
        |id| format!("{base}/events/{id}"),
        |row: &Event| {
            let json = ApEvent::new(row.clone(), organizer.clone())?.to_event(cc_of(organizer, audience.city.as_ref()));
            let object = serde_json::to_value(&json).map_err(AppError::internal)?;
            publication(data, organizer, &audience, object)
        },
    )
    .await?;
    data.deliveries_queued.notify_one();
    settle_banner(data, &row, banner.chosen()).await?;
    super::topics::announce_new(data, &row.ap_id, &row.sector_list(), published).await?;
    Ok(row)
}

/// Attaches the banner chosen (`chosen`) to the saved event, and deletes one it no longer shows.
async fn settle_banner(data: &Data, event: &Event, chosen: Option<i64>) -> AppResult<()> {
    let banner = event.banner();
    let shown: Vec<&str> = banner.iter().map(|b| b.url.as_str()).collect();
    media::settle(data, &event.ap_id, &chosen.into_iter().collect::<Vec<_>>(), &shown).await
}

async fn organizer_of(data: &Data, event: &Event) -> AppResult<Actor> {
    db::actors::by_id(&data.db, event.organizer_id)
        .await?
        .ok_or_else(|| AppError::not_found(t("the-organiser-is-gone")))
}

/// Everyone who should hear that a local event changed: followers of the organiser and the
/// city, and the servers of remote participants.
async fn change_inboxes(data: &Data, event: &Event, organizer: &Actor) -> AppResult<Vec<String>> {
    let participants = db::events::participant_inboxes(&data.db, event.id).await?;
    Ok(union(&audience(data, organizer).await?.everyone(), &participants))
}

/// The `Update` that carries a local event's current state.
fn update_of(data: &Data, event: &Event, organizer: &Actor, inboxes: Vec<String>) -> AppResult<Vec<Outgoing>> {
    let json = ApEvent::new(event.clone(), organizer.clone())?.to_event(json!([organizer.followers_url]));
    let id = data.new_activity_id("Update");
    let object = serde_json::to_value(&json).map_err(AppError::internal)?;
    let update =
        Update::new(UpdateType::Update, id.clone(), &organizer.ap_id, object)?.addressed(json!([PUBLIC]), Value::Null);
    Ok(vec![prepare(data, &update, Envelope { id: &id, kind: "Update", signer: organizer, public: true, inboxes })?])
}

/// The webinar link for accepted participants on other servers: one private `Update` per
/// inbox they are reached at, addressed to them alone. Public copies of the event leave it out.
fn link_for(data: &Data, event: &Event, organizer: &Actor, participants: &[Actor]) -> AppResult<Vec<Outgoing>> {
    if event.online_url.is_none() {
        return Ok(Vec::new());
    }
    let mut by_inbox: std::collections::BTreeMap<String, Vec<&str>> = Default::default();
    for participant in participants.iter().filter(|p| !p.local) {
        by_inbox.entry(participant.delivery_inbox()).or_default().push(&participant.ap_id);
    }
    let event = ApEvent::new(event.clone(), organizer.clone())?;
    by_inbox
        .into_iter()
        .map(|(inbox, to)| {
            let id = data.new_activity_id("Update");
            let object = serde_json::to_value(event.for_participants(&to)).map_err(AppError::internal)?;
            let update = Update::new(UpdateType::Update, id.clone(), &organizer.ap_id, object)?
                .addressed(json!(to), Value::Null);
            let inboxes = vec![inbox];
            prepare(data, &update, Envelope { id: &id, kind: "Update", signer: organizer, public: false, inboxes })
        })
        .collect()
}

/// The event's accepted participants on other servers.
async fn remote_participants(data: &Data, event: &Event) -> AppResult<Vec<Actor>> {
    Ok(db::events::participants(&data.db, event.id)
        .await?
        .into_iter()
        .filter(|(p, a)| !a.local && p.state == ACCEPTED)
        .map(|(_, a)| a)
        .collect())
}

/// Whether `actor` may change (or, `deleting`, remove) `event`.
pub fn may_change(user: &User, actor: &Actor, event: &Event, deleting: bool) -> AppResult<()> {
    if !event.local {
        return Err(AppError::forbidden(t("this-event-lives-on-another-node-change")));
    }
    if event.organizer_id == actor.id || (deleting && user.moderates()) {
        Ok(())
    } else {
        Err(AppError::forbidden(t("only-the-organiser-can-change-this-event")))
    }
}

/// Edits (or cancels, with status `cancelled`) a local event; participants are told.
pub async fn edit(data: &Data, user: &User, editor: &Actor, event: &Event, input: &EventInput) -> AppResult<Event> {
    may_change(user, editor, event, false)?;
    let valid = check_event(input)?;
    let banner = media::picture(data, editor, input.media_ids.as_deref(), Some(&event.ap_id), "media_ids").await?;
    let new = new_event(NewEventParts {
        ap_id: event.ap_id.clone(),
        local: true,
        origin: event.origin.clone(),
        organizer_id: event.organizer_id,
        valid: &valid,
        description_html: render_markdown(&valid.description),
        url: event.url.clone(),
        participant_count: event.participant_count,
        published: event.published_at.and_utc(),
        updated: Utc::now(),
        banner: banner.attachment(data, event.banner()),
    })?;
    let inboxes = change_inboxes(data, event, editor).await?;
    // A new or changed link goes to those already taking part.
    let told_of_link =
        if new.online_url != event.online_url { remote_participants(data, event).await? } else { Vec::new() };
    let row = db::events::update(&data.db, event.id, &new, |updated| {
        let mut outgoing = update_of(data, updated, editor, inboxes.clone())?;
        outgoing.extend(link_for(data, updated, editor, &told_of_link)?);
        Ok(outgoing)
    })
    .await?;
    data.deliveries_queued.notify_one();
    settle_banner(data, &row, banner.chosen()).await?;
    super::notify::event_participants(data, &row, editor).await?;
    Ok(row)
}

pub async fn remove(data: &Data, user: &User, actor: &Actor, event: &Event, audit_at: Audit) -> AppResult<()> {
    may_change(user, actor, event, true)?;
    let organizer = organizer_of(data, event).await?;
    let inboxes = change_inboxes(data, event, &organizer).await?;
    let id = data.new_activity_id("Delete");
    let tombstone = json!({"id": event.ap_id, "type": "Tombstone"});
    let delete = Delete::new(DeleteType::Delete, id.clone(), &organizer.ap_id, tombstone)?
        .addressed(json!([PUBLIC]), Value::Null);
    let outgoing =
        prepare(data, &delete, Envelope { id: &id, kind: "Delete", signer: &organizer, public: true, inboxes })?;
    let files = db::media::attached_to(&data.db, &event.ap_id).await?;
    db::events::delete(&data.db, event.id, &[outgoing]).await?;
    data.deliveries_queued.notify_one();
    media::remove_files(data, files).await?;
    audit_removal(data, audit_at, actor, event.organizer_id, "event.remove", &event.ap_id).await
}

/// Whether `event` takes `actor` now: `Ok(state)` or the reason it does not.
async fn admission(data: &Data, event: &Event, organizer: &Actor, actor: &Actor) -> AppResult<&'static str> {
    let actor_id = actor.id;
    if super::blocks::blocks(data, organizer, actor).await? {
        return Err(super::blocks::blocked());
    }
    if event.status == "cancelled" {
        return Err(AppError::invalid("event", t("this-event-was-cancelled")));
    }
    if event.ends_at < Utc::now().naive_utc() {
        return Err(AppError::invalid("event", t("this-event-is-over")));
    }
    match event.join_mode.as_str() {
        "external" => return Err(AppError::invalid("event", t("this-event-takes-registrations-on-its-own"))),
        "invite" => return Err(AppError::forbidden(t("this-event-is-by-invitation-only"))),
        _ => {}
    }
    if let Some(existing) = db::events::participation(&data.db, event.id, actor_id).await? {
        match existing.state.as_str() {
            ACCEPTED => return Err(AppError::new(ErrorKind::Conflict, t("you-are-already-taking-part"))),
            PENDING => {
                return Err(AppError::new(ErrorKind::Conflict, t("you-asked-to-join-already-the-organiser")));
            }
            _ => {}
        }
    }
    if event.capacity.is_some_and(|capacity| event.participant_count >= capacity) {
        return Err(AppError::new(ErrorKind::Conflict, t("this-event-is-full")));
    }
    Ok(if event.join_mode == "approval" { PENDING } else { ACCEPTED })
}

/// A local person joins an event: decided here for local events, asked of the organiser's
/// node (Join) for remote ones. Returns the participation's state.
pub async fn join(data: &Data, actor: &Actor, event: &Event) -> AppResult<&'static str> {
    if event.local {
        let organizer = organizer_of(data, event).await?;
        let state = admission(data, event, &organizer, actor).await?;
        let inboxes = change_inboxes(data, event, &organizer).await?;
        let marker = format!("{}#local-join-{}", event.ap_id, actor.id);
        db::events::set_participation(&data.db, event.id, actor.id, Some(state), &marker, |updated| {
            update_of(data, updated, &organizer, inboxes.clone())
        })
        .await?;
        data.deliveries_queued.notify_one();
        return Ok(state);
    }
    if event.status == "cancelled" {
        return Err(AppError::invalid("event", t("this-event-was-cancelled")));
    }
    if db::events::participation(&data.db, event.id, actor.id).await?.is_some_and(|p| p.state != REJECTED) {
        return Err(AppError::new(ErrorKind::Conflict, t("you-asked-to-join-already")));
    }
    let organizer = organizer_of(data, event).await?;
    let id = data.new_activity_id("Join");
    let join = Join::new(JoinType::Join, id.clone(), &actor.ap_id, Value::String(event.ap_id.clone()))?;
    let inbox = vec![organizer.inbox.clone()];
    let outgoing =
        prepare(data, &join, Envelope { id: &id, kind: "Join", signer: actor, public: false, inboxes: inbox })?;
    db::events::set_participation(&data.db, event.id, actor.id, Some(PENDING), id.as_str(), |_| {
        Ok(vec![outgoing.clone()])
    })
    .await?;
    data.deliveries_queued.notify_one();
    Ok(PENDING)
}

pub async fn leave(data: &Data, actor: &Actor, event: &Event) -> AppResult<()> {
    let existing = db::events::participation(&data.db, event.id, actor.id)
        .await?
        .ok_or_else(|| AppError::not_found(t("you-are-not-taking-part-in-this")))?;
    if event.local {
        let organizer = organizer_of(data, event).await?;
        let inboxes = change_inboxes(data, event, &organizer).await?;
        db::events::set_participation(&data.db, event.id, actor.id, None, &existing.activity_ap_id, |updated| {
            update_of(data, updated, &organizer, inboxes.clone())
        })
        .await?;
    } else {
        let organizer = organizer_of(data, event).await?;
        let id = data.new_activity_id("Leave");
        let leave = Leave::new(LeaveType::Leave, id.clone(), &actor.ap_id, Value::String(event.ap_id.clone()))?;
        let inbox = vec![organizer.inbox.clone()];
        let outgoing =
            prepare(data, &leave, Envelope { id: &id, kind: "Leave", signer: actor, public: false, inboxes: inbox })?;
        db::events::set_participation(&data.db, event.id, actor.id, None, &existing.activity_ap_id, |_| {
            Ok(vec![outgoing.clone()])
        })
        .await?;
    }
    data.deliveries_queued.notify_one();
    Ok(())
}

/// The Accept or Reject a local organiser sends to a remote participant about their Join.
fn answer_join(
    data: &Data,
    organizer: &Actor,
    participant: &Actor,
    join_id: &str,
    event: &Event,
    accept: bool,
) -> AppResult<Outgoing> {
    let object = json!({"id": join_id, "type": "Join", "actor": participant.ap_id, "object": event.ap_id});
    let kind = if accept { "Accept" } else { "Reject" };
    let id = data.new_activity_id(kind);
    let envelope =
        Envelope { id: &id, kind, signer: organizer, public: false, inboxes: vec![participant.inbox.clone()] };
    if accept {
        prepare(data, &Accept::new(AcceptType::Accept, id.clone(), &organizer.ap_id, object)?, envelope)
    } else {
        prepare(data, &Reject::new(RejectType::Reject, id.clone(), &organizer.ap_id, object)?, envelope)
    }
}

/// The organiser decides on a pending participant of an approval event.
pub async fn decide(data: &Data, organizer: &Actor, event: &Event, participant_id: i64, accept: bool) -> AppResult<()> {
    if !event.local || event.organizer_id != organizer.id {
        return Err(AppError::forbidden(t("only-the-organiser-decides-who-takes-part")));
    }
    let participation = db::events::participation(&data.db, event.id, participant_id)
        .await?
        .filter(|p| p.state == PENDING)
        .ok_or_else(|| AppError::not_found(t("no-such-request-to-join")))?;
    if accept && event.capacity.is_some_and(|capacity| event.participant_count >= capacity) {
        return Err(AppError::new(ErrorKind::Conflict, t("this-event-is-full")));
    }
    let participant =
        db::actors::by_id(&data.db, participant_id).await?.ok_or_else(|| AppError::not_found(t("no-such-person")))?;
    let inboxes = change_inboxes(data, event, organizer).await?;
    let state = if accept { ACCEPTED } else { REJECTED };
    db::events::set_participation(
        &data.db,
        event.id,
        participant_id,
        Some(state),
        &participation.activity_ap_id,
        |updated| {
            let mut outgoing = update_of(data, updated, organizer, inboxes.clone())?;
            if !participant.local {
                outgoing.push(answer_join(
                    data,
                    organizer,
                    &participant,
                    &participation.activity_ap_id,
                    updated,
                    accept,
                )?);
                if accept {
                    outgoing.extend(link_for(data, updated, organizer, std::slice::from_ref(&participant))?);
                }
            }
            Ok(outgoing)
        },
    )
    .await?;
    data.deliveries_queued.notify_one();
    Ok(())
}

async fn local_event(data: &Data, object: &Value) -> AppResult<Event> {
    let id = id_of(object).ok_or_else(|| AppError::bad_request(t("which-event")))?;
    db::events::by_ap_id(&data.db, id.as_str())
        .await?
        .filter(|e| e.local)
        .ok_or_else(|| AppError::not_found(t("no-such-event-on-this-node")))
}

/// A remote person asks to take part in a local event: accepted, held for the organiser, or
/// rejected with the reason (full, cancelled, over).
pub async fn receive_join(data: &Data, actor: &Url, object: &Value, join_id: &Url) -> AppResult<()> {
    let event = local_event(data, object).await?;
    let participant =
        ObjectId::<crate::federation::objects::actor::ApActor>::from(actor.clone()).dereference(data).await?.row;
    let organizer = organizer_of(data, &event).await?;
    let inboxes = change_inboxes(data, &event, &organizer).await?;
    let asked_before = db::events::participation(&data.db, event.id, participant.id).await?;
    let (state, accept) = match admission(data, &event, &organizer, &participant).await {
        Ok(PENDING) => (PENDING, None),
        Ok(_) => (ACCEPTED, Some(true)),
        // Taking part or waiting already (the message says so in the node's language; the state
        // is what decides).
        Err(err)
            if err.kind == ErrorKind::Conflict
                && asked_before.as_ref().is_some_and(|p| p.state == ACCEPTED || p.state == PENDING) =>
        {
            // Asking again is how a participant's server recovers a link it never received.
            if asked_before.is_some_and(|p| p.state == ACCEPTED) {
                for outgoing in link_for(data, &event, &organizer, std::slice::from_ref(&participant))? {
                    db::deliveries::enqueue(&data.db, &outgoing).await?;
                }
                data.deliveries_queued.notify_one();
            }
            return Ok(());
        }
        Err(err) => {
            tracing::info!("refusing {actor}'s Join of {}: {}", event.ap_id, err.message);
            (REJECTED, Some(false))
        }
    };
    db::events::set_participation(&data.db, event.id, participant.id, Some(state), join_id.as_str(), |updated| {
        let mut outgoing = Vec::new();
        if let Some(accept) = accept {
            outgoing.push(answer_join(data, &organizer, &participant, join_id.as_str(), updated, accept)?);
        }
        if state == ACCEPTED {
            outgoing.extend(update_of(data, updated, &organizer, inboxes.clone())?);
            outgoing.extend(link_for(data, updated, &organizer, std::slice::from_ref(&participant))?);
        }
        Ok(outgoing)
    })
    .await?;
    data.deliveries_queued.notify_one();
    Ok(())
}

pub async fn receive_leave(data: &Data, actor: &Url, object: &Value) -> AppResult<()> {
    let event = local_event(data, object).await?;
    let Some(participant) = db::actors::by_ap_id(&data.db, actor.as_str()).await? else { return Ok(()) };
    let Some(existing) = db::events::participation(&data.db, event.id, participant.id).await? else { return Ok(()) };
    let organizer = organizer_of(data, &event).await?;
    let inboxes = change_inboxes(data, &event, &organizer).await?;
    db::events::set_participation(&data.db, event.id, participant.id, None, &existing.activity_ap_id, |updated| {
        update_of(data, updated, &organizer, inboxes.clone())
    })
    .await?;
    data.deliveries_queued.notify_one();
    Ok(())
}

/// An organiser's answer to a Join a local person sent. `Ok(false)` when the answer is not
/// about a Join (it is then a Follow's).
pub async fn receive_answer(data: &Data, actor: &Url, object: &Value, accepted: bool) -> AppResult<bool> {
    let Some(join_id) = id_of(object) else { return Ok(false) };
    let Some(participation) = db::events::participation_by_activity(&data.db, join_id.as_str()).await? else {
        return Ok(false);
    };
    let event = db::events::by_id(&data.db, participation.event_id)
        .await?
        .ok_or_else(|| AppError::not_found(t("no-such-event")))?;
    let organizer = organizer_of(data, &event).await?;
    if organizer.ap_id != actor.as_str() {
        return Err(AppError::forbidden(t("only-the-organiser-answers-a-request-to")));
    }
    let state = if accepted { ACCEPTED } else { REJECTED };
    db::events::set_participation(&data.db, event.id, participation.actor_id, Some(state), join_id.as_str(), |_| {
        Ok(Vec::new())
    })
    .await?;
    Ok(true)
}

/// How a remote event arrived: from its organiser, or passed on (Announce) by an actor of the
/// same server, such as its city.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Arrival {
    FromOrganiser,
    Announced,
}

/// A remote event, created, updated or announced.
pub async fn receive_event(data: &Data, actor: &Url, mut object: Value, arrival: Arrival) -> AppResult<()> {
    let organizer = object.get("attributedTo").and_then(id_of);
    // A webinar link is taken from its organiser only: a copy passed on by someone else
    // could plant a different one for the participants here.
    if arrival != Arrival::FromOrganiser || organizer.as_ref() != Some(actor) {
        withhold_link(&mut object);
    }
    let json: EventJson = serde_json::from_value(object)?;
    let Some(organizer) = organizer else {
        return Err(AppError::bad_request(t("the-event-names-no-organiser-attributedto")));
    };
    let trusted = match arrival {
        Arrival::FromOrganiser => organizer == *actor || group_vouches(data, &organizer, actor, &json.id).await?,
        Arrival::Announced => host_of_url(&organizer) == host_of_url(actor),
    };
    if !trusted {
        return Err(AppError::forbidden(t("only-its-organiser-can-publish-or-change")));
    }
    if let Some(existing) = db::events::by_ap_id(&data.db, json.id.as_str()).await? {
        if existing.local {
            return Err(AppError::forbidden(t("this-event-lives-here")));
        }
    } else if !super::subscriptions::listens_to(data, actor).await?
        && (organizer == *actor || !super::subscriptions::listens_to(data, &organizer).await?)
    {
        tracing::info!("ignoring an event from {actor}, whom nobody here follows");
        return Ok(());
    }
    let id = json.id.clone();
    let before = db::events::by_ap_id(&data.db, id.as_str()).await?;
    ApEvent::verify(&json, &id, data).await?;
    let event = ApEvent::from_json(json, data).await?;
    // People here taking part hear of a change to the time, place or status.
    if let Some(before) = before
        && (before.starts_at != event.row.starts_at
            || before.address != event.row.address
            || before.status != event.row.status)
    {
        super::notify::event_participants(data, &event.row, &event.organizer).await?;
    }
    Ok(())
}

/// Whether a group's server vouches for an event that one of its people sends in the group's
/// name, as Mobilizon sends group events (the person in `actor`, the group in `attributedTo`):
/// the group, the event and the sender all live on the server that signed the activity.
async fn group_vouches(data: &Data, group: &Url, sender: &Url, event: &Url) -> AppResult<bool> {
    if host_of_url(group) != host_of_url(sender) || host_of_url(event) != host_of_url(sender) {
        return Ok(false);
    }
    let group = ObjectId::<crate::federation::objects::actor::ApActor>::from(group.clone()).dereference(data).await?;
    Ok(group.row.kind == "Group")
}

/// A remote event deleted by its organiser; `Ok(false)` when no such event is held here.
pub async fn receive_deleted(data: &Data, actor: &Url, id: &Url) -> AppResult<bool> {
    let Some(existing) = db::events::by_ap_id(&data.db, id.as_str()).await? else { return Ok(false) };
    let organizer = organizer_of(data, &existing).await?;
    if existing.local || organizer.ap_id != actor.as_str() {
        return Err(AppError::forbidden(t("only-the-organiser-can-delete-this-event")));
    }
    db::events::delete(&data.db, existing.id, &[]).await?;
    Ok(true)
}

/// A moment in the event's own time zone, as RFC 3339 with its offset.
pub fn local_time(event: &Event, at: chrono::NaiveDateTime) -> String {
    match event.timezone.parse::<chrono_tz::Tz>() {
        Ok(tz) => chrono::TimeZone::from_utc_datetime(&tz, &at).to_rfc3339(),
        Err(_) => at.and_utc().to_rfc3339(),
    }
}

/// The editable fields of an event, as `EventInput` reads them (times in its own zone).
pub fn input_of(event: &Event) -> EventInput {
    EventInput {
        title: event.title.clone(),
        description: event.description.clone(),
        start: local_time(event, event.starts_at),
        end: local_time(event, event.ends_at),
        timezone: event.timezone.clone(),
        online_url: event.online_url.clone().unwrap_or_default(),
        address: event.address.clone(),
        capacity: event.capacity,
        join_mode: event.join_mode.clone(),
        sectors: event.sector_list(),
        tags: event.tag_list(),
        language: event.language.clone(),
        status: event.status.clone(),
        country: event.country.clone(),
        link_withheld: false,
        media_ids: None,
        translations: event.translation_list(),
    }
}
