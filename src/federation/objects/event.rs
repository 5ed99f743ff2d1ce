//! Events as federated `Event` objects.

use super::{
    actor::ApActor,
    versions::{WireVersions, by_language},
};
use crate::{
    db::{
        self,
        models::{Actor, Event, NewEvent},
    },
    domain::{
        event::{EVENT_VERSIONS, EventInput, ValidEvent, check_event},
        handle::host_of_url,
        markup::{html_to_text, sanitize_html},
        resource::Attachment,
    },
    error::{AppError, AppResult},
    federation::protocol::{
        article::PUBLIC,
        event::{EventJson, banner_from_wire, banner_to_wire, cairn_join_mode, wire_join_mode},
        id_of, page_url,
    },
    service::topics,
    state::AppState,
};
use activitypub_federation::{
    config::Data, fetch::object_id::ObjectId, protocol::verification::verify_domains_match, traits::Object,
};
use chrono::{DateTime, Utc};
use serde_json::{Value, json};
use url::Url;

#[derive(Debug, Clone)]
pub struct ApEvent {
    pub row: Event,
    pub organizer: Actor,
    id: Url,
}

impl ApEvent {
    pub fn new(row: Event, organizer: Actor) -> AppResult<ApEvent> {
        let id = Url::parse(&row.ap_id).map_err(AppError::internal)?;
        Ok(ApEvent { row, organizer, id })
    }

    /// The event as anyone may read it: online or not, but without the webinar link, which
    /// only its participants get (`for_participants`).
    pub fn to_event(&self, cc: Value) -> EventJson {
        let row = &self.row;
        let mut location = Vec::new();
        if !row.address.is_empty() {
            location.push(json!({"type": "Place", "name": row.address, "address": {"type": "PostalAddress", "streetAddress": row.address, "addressCountry": row.country}}));
        }
        let (image, attachment) = banner_to_wire(row.banner());
        let versions = row.translation_list();
        EventJson {
            id: self.id.clone(),
            kind: "Event".into(),
            name: Some(row.title.clone()),
            name_map: Some(by_language(&row.language, &row.title, &versions, |v| &v.title)),
            content: Some(row.description_html.clone()),
            content_map: Some(by_language(&row.language, &row.description_html, &versions, |v| &v.body_html)),
            start_time: Some(row.starts_at.and_utc()),
            end_time: Some(row.ends_at.and_utc()),
            timezone: Some(row.timezone.clone()),
            location,
            join_mode: Some(wire_join_mode(&row.join_mode).into()),
            maximum_attendee_capacity: row.capacity,
            participant_count: Some(row.participant_count),
            event_status: Some(row.status.clone()),
            ical_status: None,
            attributed_to: Value::String(self.organizer.ap_id.clone()),
            url: Some(Value::String(row.url.clone())),
            published: Some(row.published_at.and_utc()),
            updated: Some(row.updated_at.and_utc()),
            to: json!([PUBLIC]),
            cc,
            tag: row
                .tag_list()
                .iter()
                .map(|t| json!({"type": "Hashtag", "name": format!("#{}", t.split_whitespace().collect::<String>())}))
                .collect(),
            sectors: row.sector_list().into_iter().map(Value::String).collect(),
            topics: row.tag_list().into_iter().map(Value::String).collect(),
            language: Some(row.language.clone()),
            country: (!row.country.is_empty()).then(|| row.country.clone()),
            is_online: Some(row.online),
            image,
            attachment,
        }
    }

    /// The event with its webinar link, addressed to the accepted participants in `to` alone.
    pub fn for_participants(&self, to: &[&str]) -> EventJson {
        let mut event = self.to_event(Value::Null);
        event.to = json!(to);
        if let Some(url) = &self.row.online_url {
            event.location.push(json!({"type": "VirtualLocation", "url": url}));
        }
        event
    }
}

fn maps_of(json: &EventJson) -> WireVersions<'_> {
    WireVersions {
        language: json.language.as_ref(),
        content: json.content.as_ref(),
        name_map: json.name_map.as_ref(),
        summary_map: None,
        content_map: json.content_map.as_ref(),
    }
}

/// What another server sent, read leniently into Cairn's rules.
fn input_from(json: &EventJson) -> EventInput {
    let start = json.start_time.unwrap_or_else(Utc::now);
    let end = json.end_time.filter(|e| *e > start).unwrap_or(start + chrono::Duration::hours(1));
    let place = json.location.iter().find(|l| l.get("type").and_then(Value::as_str) == Some("Place"));
    let address: String = place
        .and_then(|p| p.pointer("/address/streetAddress").or_else(|| p.get("name")))
        .and_then(Value::as_str)
        .map(|a| html_to_text(a).chars().take(300).collect())
        .unwrap_or_default();
    let online = json
        .location
        .iter()
        .find(|l| l.get("type").and_then(Value::as_str) == Some("VirtualLocation"))
        .and_then(|l| l.get("url"))
        .and_then(Value::as_str)
        .unwrap_or_default();
    let link_withheld = online.is_empty() && json.is_online == Some(true);
    let strings = |values: &[Value]| values.iter().filter_map(Value::as_str).map(str::to_string).collect::<Vec<_>>();
    let maps = maps_of(json);
    let title: String = json.name.as_deref().map(html_to_text).unwrap_or_default().chars().take(200).collect();
    let language = maps
        .original_language()
        .filter(|l| crate::domain::taxonomy::TAXONOMY.knows_language(l))
        .unwrap_or_else(|| "en".into());
    EventInput {
        translations: maps.translations(&language, &title, None, EVENT_VERSIONS),
        title,
        description: String::new(),
        start: start.to_rfc3339(),
        end: end.to_rfc3339(),
        timezone: json
            .timezone
            .clone()
            .filter(|tz| tz.parse::<chrono_tz::Tz>().is_ok())
            .unwrap_or_else(|| "UTC".into()),
        online_url: online.to_string(),
        address: if address.is_empty() && online.is_empty() && !link_withheld { "Online".into() } else { address },
        capacity: json.maximum_attendee_capacity.filter(|c| *c >= 0),
        join_mode: cairn_join_mode(json.join_mode.as_deref().unwrap_or("free")).into(),
        sectors: strings(&json.sectors)
            .into_iter()
            .filter(|s| crate::domain::taxonomy::TAXONOMY.sector_label(s).is_some())
            .collect(),
        tags: strings(&json.topics).into_iter().take(20).collect(),
        language,
        status: json
            .event_status
            .clone()
            .or_else(|| json.ical_status.as_ref().map(|s| s.to_ascii_lowercase()))
            .filter(|s| crate::domain::event::STATUSES.contains(&s.as_str()))
            .unwrap_or_else(|| "confirmed".into()),
        country: json.country.clone().filter(|c| c.len() == 2).unwrap_or_default(),
        link_withheld,
        media_ids: None,
    }
}

pub struct NewEventParts<'a> {
    pub ap_id: String,
    pub local: bool,
    pub origin: String,
    pub organizer_id: i64,
    pub valid: &'a ValidEvent,
    pub description_html: String,
    pub url: String,
    pub participant_count: i64,
    pub published: DateTime<Utc>,
    pub updated: DateTime<Utc>,
    pub banner: Option<Attachment>,
}

pub fn new_event(parts: NewEventParts<'_>) -> AppResult<NewEvent> {
    let v = parts.valid;
    let json = |value: &Vec<String>| serde_json::to_string(value).map_err(AppError::internal);
    Ok(NewEvent {
        ap_id: parts.ap_id,
        local: parts.local,
        origin: parts.origin,
        organizer_id: parts.organizer_id,
        title: v.title.clone(),
        description: v.description.clone(),
        description_html: parts.description_html,
        starts_at: v.starts_at.naive_utc(),
        ends_at: v.ends_at.naive_utc(),
        timezone: v.timezone.clone(),
        online_url: v.online_url.clone(),
        online: v.online,
        address: v.address.clone(),
        capacity: v.capacity,
        join_mode: v.join_mode.clone(),
        status: v.status.clone(),
        sectors: json(&v.sectors)?,
        tags: json(&v.tags)?,
        language: v.language.clone(),
        country: v.country.clone(),
        participant_count: parts.participant_count,
        url: parts.url,
        published_at: parts.published.naive_utc(),
        updated_at: parts.updated.naive_utc(),
        banner: parts.banner.as_ref().map(serde_json::to_string).transpose().map_err(AppError::internal)?,
        translations: serde_json::to_string(&v.translations).map_err(AppError::internal)?,
    })
}

#[async_trait::async_trait]
impl Object for ApEvent {
    type DataType = AppState;
    type Kind = EventJson;
    type Error = AppError;

    fn id(&self) -> &Url {
        &self.id
    }

    fn last_refreshed_at(&self) -> Option<DateTime<Utc>> {
        Some(self.row.updated_at.and_utc())
    }

    async fn read_from_id(object_id: Url, data: &Data<AppState>) -> AppResult<Option<Self>> {
        let Some(row) = db::events::by_ap_id(&data.db, object_id.as_str()).await? else { return Ok(None) };
        let Some(organizer) = db::actors::by_id(&data.db, row.organizer_id).await? else { return Ok(None) };
        ApEvent::new(row, organizer).map(Some)
    }

    async fn into_json(self, _data: &Data<AppState>) -> AppResult<EventJson> {
        let cc = json!([self.organizer.followers_url]);
        Ok(self.to_event(cc))
    }

    async fn verify(json: &EventJson, expected_domain: &Url, _data: &Data<AppState>) -> AppResult<()> {
        verify_domains_match(&json.id, expected_domain)?;
        if json.kind != "Event" {
            return Err(AppError::bad_request(format!("{} is a {}, not an event", json.id, json.kind)));
        }
        let organizer =
            id_of(&json.attributed_to).ok_or_else(|| AppError::bad_request("an event needs an organiser"))?;
        if host_of_url(&organizer) != host_of_url(&json.id) {
            return Err(AppError::forbidden("an event's organiser must be on the event's own server"));
        }
        Ok(())
    }

    async fn from_json(json: EventJson, data: &Data<AppState>) -> AppResult<Self> {
        let organizer_id =
            id_of(&json.attributed_to).ok_or_else(|| AppError::bad_request("an event needs an organiser"))?;
        let organizer = ObjectId::<ApActor>::from(organizer_id).dereference(data).await?;
        let valid = check_event(&input_from(&json))?;
        let published = json.published.unwrap_or_else(Utc::now);
        let url = page_url(json.url.as_ref().and_then(id_of), &json.id);
        let new = new_event(NewEventParts {
            ap_id: json.id.to_string(),
            local: false,
            origin: host_of_url(&json.id),
            organizer_id: organizer.row.id,
            valid: &valid,
            description_html: sanitize_html(&maps_of(&json).original_content().unwrap_or_default()),
            url,
            participant_count: json.participant_count.unwrap_or(0).max(0),
            published,
            updated: json.updated.unwrap_or(published),
            banner: banner_from_wire(&json),
        })?;
        let first_sight = db::events::by_ap_id(&data.db, &new.ap_id).await?.is_none();
        let row = db::events::upsert_remote(&data.db, &new).await?;
        crate::service::remote_pictures::keep_for(data, row.organizer_id, &row.ap_id, &Vec::from_iter(row.banner()));
        if first_sight {
            topics::announce_new(data, &row.ap_id, &row.sector_list(), row.published_at.and_utc()).await?;
        }
        ApEvent::new(row, organizer.row)
    }
}
