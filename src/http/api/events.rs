use super::{ApiJson, ListQuery, actor_json};
use crate::{
    db::{
        self,
        events::CalendarQuery,
        models::{Actor, Event},
    },
    domain::event::EventInput,
    error::{AppError, AppResult},
    federation::Data,
    http::session::{ApiUser, MaybeApiUser},
    service::{self, follows::Reach},
    state::AppState,
};
use axum::{
    Json,
    extract::{Path, Query},
    http::StatusCode,
};
use chrono::TimeZone;
use serde::Deserialize;
use serde_json::{Map, Value, json};

/// A moment in the event's own time zone, as RFC 3339 with its offset.
pub fn local_time(event: &Event, at: chrono::NaiveDateTime) -> String {
    match event.timezone.parse::<chrono_tz::Tz>() {
        Ok(tz) => tz.from_utc_datetime(&at).to_rfc3339(),
        Err(_) => at.and_utc().to_rfc3339(),
    }
}

pub fn event_json(state: &AppState, event: &Event, organizer: &Actor) -> Value {
    let mut value = json!({
        "id": event.id,
        "ap_id": event.ap_id,
        "url": state.url(&format!("/events/{}", event.id)),
        "title": event.title,
        "description": event.description,
        "description_html": event.description_html,
        "start": local_time(event, event.starts_at),
        "end": local_time(event, event.ends_at),
        "timezone": event.timezone,
        "online_url": event.online_url,
        "address": event.address,
        "capacity": event.capacity,
        "join_mode": event.join_mode,
        "status": event.status,
        "sectors": event.sector_list(),
        "tags": event.tag_list(),
        "language": event.language,
        "country": event.country,
        "participant_count": event.participant_count,
        "organizer": {"handle": organizer.handle(), "name": organizer.name_or_username(), "ap_id": organizer.ap_id},
        "local": event.local,
    });
    if !event.local {
        value["origin"] = Value::String(event.origin.clone());
    }
    value
}

#[derive(Deserialize, Default)]
pub struct CalendarParams {
    pub when: Option<String>,
    pub sector: Option<String>,
    pub online: Option<String>,
    pub country: Option<String>,
    pub origin: Option<String>,
    pub organizer: Option<i64>,
}

impl CalendarParams {
    pub fn query(&self, limit: i64, offset: i64) -> CalendarQuery {
        let nonempty = |v: &Option<String>| v.clone().filter(|s| !s.trim().is_empty());
        CalendarQuery {
            past: self.when.as_deref() == Some("past"),
            between: None,
            sector: nonempty(&self.sector),
            online: match self.online.as_deref() {
                Some("true" | "on" | "yes") => Some(true),
                Some("false" | "no") => Some(false),
                _ => None,
            },
            country: nonempty(&self.country).map(|c| c.to_ascii_uppercase()),
            origin: nonempty(&self.origin),
            organizer_id: self.organizer,
            limit,
            offset,
        }
    }
}

/// `GET /api/v1/events?when=upcoming|past&sector=&online=&country=&origin=&organizer=`
pub async fn list(
    data: Data,
    Query(params): Query<CalendarParams>,
    Query(page): Query<ListQuery>,
) -> AppResult<Json<Value>> {
    let offset = page.cursor()?.unwrap_or(0).max(0);
    let limit = page.limit();
    let rows = db::events::calendar(&data.db, &params.query(limit, offset)).await?;
    let next = (rows.len() as i64 == limit).then(|| (offset + limit).to_string());
    let items: Vec<Value> = rows.iter().map(|(e, a)| event_json(&data, e, a)).collect();
    Ok(Json(json!({"items": items, "next": next})))
}

/// `{id}`: a local id, or an event's ActivityPub URL (fetched when the caller may).
pub async fn find(data: &Data, id: &str, reach: Reach) -> AppResult<(Event, Actor)> {
    let event = if let Ok(local) = id.parse::<i64>() {
        db::events::by_id(&data.db, local).await?
    } else if let Ok(url) = url::Url::parse(id) {
        match service::lookup::by_url(data, &url, reach).await? {
            service::lookup::Found::Event(found) => Some(found),
            _ => None,
        }
    } else {
        None
    };
    let event = event.ok_or_else(|| AppError::not_found("no such event"))?;
    let organizer =
        db::actors::by_id(&data.db, event.organizer_id).await?.ok_or_else(|| AppError::not_found("no organiser"))?;
    Ok((event, organizer))
}

pub async fn show(data: Data, caller: MaybeApiUser, Path(id): Path<String>) -> AppResult<Json<Value>> {
    let (event, organizer) = find(&data, &id, caller.reach()).await?;
    let mut value = event_json(&data, &event, &organizer);
    if let Some(me) = &caller.0 {
        let mine = db::events::participation(&data.db, event.id, me.actor.id).await?;
        value["my_participation"] = mine.map_or(Value::Null, |p| Value::String(p.state));
    }
    if caller.0.as_ref().is_some_and(|me| me.actor.id == event.organizer_id) {
        let participants = db::events::participants(&data.db, event.id).await?;
        value["participants"] = participants
            .iter()
            .map(|(p, a)| {
                let mut person = actor_json(&data, a);
                person["state"] = Value::String(p.state.clone());
                person
            })
            .collect();
    }
    Ok(Json(value))
}

pub async fn create(
    data: Data,
    me: ApiUser,
    ApiJson(input): ApiJson<EventInput>,
) -> AppResult<(StatusCode, Json<Value>)> {
    let event = service::events::publish(&data, &me.actor, &input).await?;
    Ok((StatusCode::CREATED, Json(event_json(&data, &event, &me.actor))))
}

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
    }
}

/// `PATCH /api/v1/events/{id}`: fields left out keep their value (`{"status": "cancelled"}` cancels).
pub async fn update(
    data: Data,
    me: ApiUser,
    Path(id): Path<String>,
    ApiJson(patch): ApiJson<Map<String, Value>>,
) -> AppResult<Json<Value>> {
    let (event, _) = find(&data, &id, Reach::Fetch).await?;
    let input = super::patched(&input_of(&event), patch)?;
    let saved = service::events::edit(&data, &me.user, &me.actor, &event, &input).await?;
    Ok(Json(event_json(&data, &saved, &me.actor)))
}

pub async fn delete(data: Data, me: ApiUser, Path(id): Path<String>) -> AppResult<StatusCode> {
    let (event, _) = find(&data, &id, Reach::Fetch).await?;
    service::events::remove(&data, &me.user, &me.actor, &event).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// `POST /api/v1/events/{id}/participation` → `{"state": "accepted"|"pending"}`
pub async fn join(data: Data, me: ApiUser, Path(id): Path<String>) -> AppResult<Json<Value>> {
    let (event, _) = find(&data, &id, Reach::Fetch).await?;
    let state = service::events::join(&data, &me.actor, &event).await?;
    Ok(Json(json!({"state": state})))
}

pub async fn leave(data: Data, me: ApiUser, Path(id): Path<String>) -> AppResult<StatusCode> {
    let (event, _) = find(&data, &id, Reach::Fetch).await?;
    service::events::leave(&data, &me.actor, &event).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// `POST /api/v1/events/{id}/participants/{actor_id}/accept|reject` (organiser, approval events)
pub async fn decide(
    data: Data,
    me: ApiUser,
    Path((id, actor_id, decision)): Path<(String, i64, String)>,
) -> AppResult<StatusCode> {
    let accept = match decision.as_str() {
        "accept" => true,
        "reject" => false,
        _ => return Err(AppError::not_found("use /accept or /reject")),
    };
    let (event, _) = find(&data, &id, Reach::KnownOnly).await?;
    service::events::decide(&data, &me.actor, &event, actor_id, accept).await?;
    Ok(StatusCode::NO_CONTENT)
}
