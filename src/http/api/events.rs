use super::{ActorRef, ActorView, ApiJson, ApiPath, ApiQuery, Decision, ListQuery, Page, StateView};
use crate::service::moderation::Audit;
use crate::{
    db::{
        self,
        events::CalendarQuery,
        models::{Actor, Event},
    },
    domain::{
        event::{EventInput, may_see_online_link},
        resource::Translation,
    },
    error::{AppError, AppResult},
    federation::Data,
    http::session::{ApiUser, MaybeApiUser},
    service::{
        self,
        events::{input_of, local_time},
        follows::Reach,
    },
    state::AppState,
};
use axum::{Json, http::StatusCode};
use cairn_templates::i18n::t;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use utoipa::{IntoParams, ToSchema};

/// An event of the calendar (a webinar, a meeting, a site visit…).
#[derive(Serialize, ToSchema)]
pub struct EventView {
    pub id: i64,
    pub ap_id: String,
    pub url: String,
    pub title: String,
    pub description: String,
    pub description_html: String,
    /// RFC 3339 in the event's own time zone.
    pub start: String,
    pub end: String,
    pub timezone: String,
    /// The webinar link: given to the organiser and accepted participants only.
    pub online_url: Option<String>,
    /// Whether the event happens online (also when its link is not given to this caller).
    pub online: bool,
    pub address: String,
    pub capacity: Option<i64>,
    /// `free`, `approval`, `invite` or `external`.
    pub join_mode: String,
    /// `confirmed`, `tentative` or `cancelled`.
    pub status: String,
    pub sectors: Vec<String>,
    pub tags: Vec<String>,
    pub language: String,
    /// Its versions in other languages: `title`, `body` (the description, Markdown) and
    /// `body_html`; no summary.
    pub translations: Vec<Translation>,
    pub country: String,
    pub participant_count: i64,
    pub organizer: ActorRef,
    pub local: bool,
    /// The server it comes from (remote events only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub origin: Option<String>,
}

impl EventView {
    /// The event as anyone may see it: no webinar link (see `with_link`).
    pub fn new(state: &AppState, event: &Event, organizer: &Actor) -> Self {
        EventView {
            id: event.id,
            ap_id: event.ap_id.clone(),
            url: state.url(&format!("/events/{}", event.id)),
            title: event.title.clone(),
            description: event.description.clone(),
            description_html: event.description_html.clone(),
            start: local_time(event, event.starts_at),
            end: local_time(event, event.ends_at),
            timezone: event.timezone.clone(),
            online_url: None,
            online: event.online,
            address: event.address.clone(),
            capacity: event.capacity,
            join_mode: event.join_mode.clone(),
            status: event.status.clone(),
            sectors: event.sector_list(),
            tags: event.tag_list(),
            language: event.language.clone(),
            translations: event.translation_list(),
            country: event.country.clone(),
            participant_count: event.participant_count,
            organizer: ActorRef::new(organizer),
            local: event.local,
            origin: (!event.local).then(|| event.origin.clone()),
        }
    }

    /// The event with its webinar link, for a caller allowed to see it.
    pub fn with_link(mut self, event: &Event) -> Self {
        self.online_url = event.online_url.clone();
        self
    }
}

#[derive(Deserialize, Default, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct CalendarParams {
    /// `upcoming` (the default) or `past`.
    pub when: Option<String>,
    pub sector: Option<String>,
    /// `true` for online events, `false` for events in a place.
    pub online: Option<String>,
    pub country: Option<String>,
    /// `local` or a server's domain.
    pub origin: Option<String>,
    /// An organiser's actor id.
    pub organizer: Option<i64>,
}

impl CalendarParams {
    pub fn query(&self, limit: i64, after: Option<db::TimeKey>) -> CalendarQuery {
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
            after,
        }
    }
}

/// The calendar (`/events.ics` is the same list as iCalendar).
#[utoipa::path(get, path = "/events", tag = "events", params(CalendarParams, ListQuery),
    responses((status = 200, body = Page<EventView>)))]
pub async fn list(
    data: Data,
    ApiQuery(params): ApiQuery<CalendarParams>,
    ApiQuery(page): ApiQuery<ListQuery>,
) -> AppResult<Json<Page<EventView>>> {
    let limit = page.limit();
    let rows = db::events::calendar(&data.db, &params.query(limit, page.position()?)).await?;
    let next = db::next_key(&rows, limit, |(last, _)| db::events::calendar_key(last).to_string());
    let items = rows.iter().map(|(e, a)| EventView::new(&data, e, a)).collect();
    Ok(Json(Page::new(items, next)))
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
    let event = event.ok_or_else(|| AppError::not_found(t("no-such-event")))?;
    let organizer =
        db::actors::by_id(&data.db, event.organizer_id).await?.ok_or_else(|| AppError::not_found(t("no-organiser")))?;
    Ok((event, service::moderation::shown(organizer)?))
}

#[derive(Serialize, ToSchema)]
pub struct Participant {
    #[serde(flatten)]
    person: ActorView,
    /// `accepted` or `pending`.
    state: String,
}

#[derive(Serialize, ToSchema)]
pub struct EventDetail {
    #[serde(flatten)]
    event: EventView,
    /// The caller's participation (`accepted`, `pending`; null when none or signed out).
    my_participation: Option<String>,
    /// Who takes part, for the organiser only.
    #[serde(skip_serializing_if = "Option::is_none")]
    participants: Option<Vec<Participant>>,
}

/// An event; its organiser also sees the participants.
#[utoipa::path(get, path = "/events/{id}", tag = "events",
    params(("id" = String, Path, description = "A local id, or the event's ActivityPub URL")),
    responses((status = 200, body = EventDetail)))]
pub async fn show(data: Data, caller: MaybeApiUser, ApiPath(id): ApiPath<String>) -> AppResult<Json<EventDetail>> {
    let (event, organizer) = find(&data, &id, caller.reach()).await?;
    let my_participation = match &caller.0 {
        Some(me) => db::events::participation(&data.db, event.id, me.actor.id).await?.map(|p| p.state),
        None => None,
    };
    let participants = match &caller.0 {
        Some(me) if me.actor.id == event.organizer_id => Some(
            db::events::participants(&data.db, event.id)
                .await?
                .iter()
                .map(|(p, a)| Participant { person: ActorView::new(&data, a), state: p.state.clone() })
                .collect(),
        ),
        _ => None,
    };
    let mut view = EventView::new(&data, &event, &organizer);
    if may_see_online_link(caller.0.as_ref().map(|me| me.actor.id), event.organizer_id, my_participation.as_deref()) {
        view = view.with_link(&event);
    }
    Ok(Json(EventDetail { event: view, my_participation, participants }))
}

/// Publish an event.
#[utoipa::path(post, path = "/events", tag = "events", security(("bearer" = [])), request_body = EventInput,
    responses((status = 201, body = EventView)))]
pub async fn create(
    data: Data,
    me: ApiUser,
    ApiJson(input): ApiJson<EventInput>,
) -> AppResult<(StatusCode, Json<EventView>)> {
    let event = service::events::publish(&data, &me.actor, &input).await?;
    Ok((StatusCode::CREATED, Json(EventView::new(&data, &event, &me.actor).with_link(&event))))
}

/// Edit an event, or cancel it with `{"status": "cancelled"}`; fields left out keep their value.
#[utoipa::path(patch, path = "/events/{id}", tag = "events", security(("bearer" = [])), params(("id" = String, Path)),
    request_body = EventInput, responses((status = 200, body = EventView)))]
pub async fn update(
    data: Data,
    me: ApiUser,
    ApiPath(id): ApiPath<String>,
    ApiJson(patch): ApiJson<Value>,
) -> AppResult<Json<EventView>> {
    let (event, _) = find(&data, &id, Reach::Fetch).await?;
    let input = super::patched(&input_of(&event), patch)?;
    let saved = service::events::edit(&data, &me.user, &me.actor, &event, &input).await?;
    Ok(Json(EventView::new(&data, &saved, &me.actor).with_link(&saved)))
}

/// Delete an event.
#[utoipa::path(delete, path = "/events/{id}", tag = "events", security(("bearer" = [])), params(("id" = String, Path)),
    responses((status = 204, description = "Deleted")))]
pub async fn delete(data: Data, me: ApiUser, ApiPath(id): ApiPath<String>) -> AppResult<StatusCode> {
    let (event, _) = find(&data, &id, Reach::Fetch).await?;
    service::events::remove(&data, &me.user, &me.actor, &event, Audit::Here).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Take part (RSVP): `accepted`, or `pending` when the organiser approves.
#[utoipa::path(post, path = "/events/{id}/participation", tag = "events", security(("bearer" = [])),
    params(("id" = String, Path)), responses((status = 200, body = StateView)))]
pub async fn join(data: Data, me: ApiUser, ApiPath(id): ApiPath<String>) -> AppResult<Json<StateView>> {
    let (event, _) = find(&data, &id, Reach::Fetch).await?;
    let state = service::events::join(&data, &me.actor, &event).await?;
    Ok(Json(StateView { state: state.to_string() }))
}

/// Stop taking part.
#[utoipa::path(delete, path = "/events/{id}/participation", tag = "events", security(("bearer" = [])),
    params(("id" = String, Path)), responses((status = 204, description = "No longer taking part")))]
pub async fn leave(data: Data, me: ApiUser, ApiPath(id): ApiPath<String>) -> AppResult<StatusCode> {
    let (event, _) = find(&data, &id, Reach::Fetch).await?;
    service::events::leave(&data, &me.actor, &event).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Accept or reject a request to join (the organiser of an approval event).
#[utoipa::path(post, path = "/events/{id}/participants/{actor_id}/{decision}", tag = "events",
    security(("bearer" = [])),
    params(("id" = String, Path), ("actor_id" = i64, Path), ("decision" = inline(Decision), Path)),
    responses((status = 204, description = "Decided")))]
pub async fn decide(
    data: Data,
    me: ApiUser,
    ApiPath((id, actor_id, decision)): ApiPath<(String, i64, Decision)>,
) -> AppResult<StatusCode> {
    let (event, _) = find(&data, &id, Reach::KnownOnly).await?;
    service::events::decide(&data, &me.actor, &event, actor_id, decision.accepts()).await?;
    Ok(StatusCode::NO_CONTENT)
}
