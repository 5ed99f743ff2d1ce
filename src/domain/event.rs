//! Events and webinars: the rules every event meets, from the form, the API or another server.

use super::{
    resource::{Translation, VersionRules, check_country, check_translations, normalise_tag},
    taxonomy::TAXONOMY,
};
use crate::error::{AppError, AppResult, Problems};
use cairn_templates::i18n::{t, t_with};
use chrono::{DateTime, NaiveDateTime, TimeZone, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};

pub const JOIN_MODES: &[&str] = &["free", "approval", "invite", "external"];
pub const STATUSES: &[&str] = &["confirmed", "tentative", "cancelled"];

#[derive(Debug, Clone, Default, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(default)]
pub struct EventInput {
    pub title: String,
    pub description: String,
    /// RFC 3339 with an offset, or a local `YYYY-MM-DDTHH:MM` read in `timezone`.
    pub start: String,
    pub end: String,
    pub timezone: String,
    pub online_url: String,
    pub address: String,
    pub capacity: Option<i64>,
    pub join_mode: String,
    pub sectors: Vec<String>,
    pub tags: Vec<String>,
    pub language: String,
    pub status: String,
    pub country: String,
    /// Set only for another server's event that is online but gives its link to participants
    /// alone: it needs neither an address nor a link here.
    #[serde(skip)]
    pub link_withheld: bool,
    /// The banner picture: one of the organiser's uploads (`POST /api/v1/media`, an image);
    /// `[]` removes it; left out, the event keeps the one it has.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub media_ids: Option<Vec<i64>>,
    /// Its versions in other languages: title and description (`body`), no summary.
    pub translations: Vec<Translation>,
}

#[derive(Debug, Clone)]
pub struct ValidEvent {
    pub title: String,
    pub description: String,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub timezone: String,
    pub online_url: Option<String>,
    /// Online, whether or not the link is known (`online_url`).
    pub online: bool,
    pub address: String,
    pub capacity: Option<i64>,
    pub join_mode: String,
    pub sectors: Vec<String>,
    pub tags: Vec<String>,
    pub language: String,
    pub status: String,
    pub country: String,
    pub translations: Vec<Translation>,
}

fn text(field: &'static str, value: &str, min: usize, max: usize) -> AppResult<String> {
    let value = value.trim();
    let chars = value.chars().count();
    if chars < min {
        return Err(AppError::invalid(field, t("this-is-required")));
    }
    if chars > max {
        return Err(AppError::invalid(field, t_with("keep-this-under-characters", &[("max", max.into())])));
    }
    Ok(value.to_string())
}

/// A moment as typed: with an offset, or local wall-clock time in `tz`.
fn moment(field: &'static str, value: &str, tz: Tz) -> AppResult<DateTime<Utc>> {
    let value = value.trim();
    if let Ok(with_offset) = DateTime::parse_from_rfc3339(value) {
        return Ok(with_offset.with_timezone(&Utc));
    }
    let local = NaiveDateTime::parse_from_str(value, "%Y-%m-%dT%H:%M")
        .or_else(|_| NaiveDateTime::parse_from_str(value, "%Y-%m-%dT%H:%M:%S"))
        .map_err(|_| AppError::invalid(field, t("enter-a-date-and-time-like")))?;
    tz.from_local_datetime(&local).earliest().map(|t| t.with_timezone(&Utc)).ok_or_else(|| {
        AppError::invalid(field, t_with("that-time-does-not-exist-in", &[("zone", tz.to_string().into())]))
    })
}

/// Whether a viewer may see an event's webinar link. As on Mobilizon, only its organiser and
/// accepted participants do: a public link would let anyone into the meeting.
/// `participation` is the viewer's state (`accepted`, `pending`, `rejected`), if any.
pub fn may_see_online_link(viewer: Option<i64>, organizer: i64, participation: Option<&str>) -> bool {
    viewer == Some(organizer) || participation == Some("accepted")
}

/// The event as it will be kept, or every problem with it at once (required fields first).
pub fn check_event(input: &EventInput) -> AppResult<ValidEvent> {
    let mut problems = Problems::default();
    let title = problems.keep(text("title", &input.title, 3, 200))?.unwrap_or_default();
    let tz: Option<Tz> = input.timezone.trim().parse().ok();
    if tz.is_none() {
        problems.add("timezone", t("choose-a-time-zone-such-as-europe"));
    }
    let tz = tz.unwrap_or(Tz::UTC);
    let starts_at = problems.keep(moment("start", &input.start, tz))?;
    let ends_at = problems.keep(moment("end", &input.end, tz))?;
    if let (Some(start), Some(end)) = (starts_at, ends_at)
        && end <= start
    {
        problems.add("end", t("an-event-ends-after-it-starts"));
    }
    let description = problems.keep(text("description", &input.description, 0, 20_000))?.unwrap_or_default();
    let online_url = match input.online_url.trim() {
        "" => None,
        url => {
            let link = super::web_link(url);
            if link.is_none() {
                problems.add("online_url", t("enter-the-webinars-https-address"));
            }
            link
        }
    };
    let address = problems.keep(text("address", &input.address, 0, 300))?.unwrap_or_default();
    let online = !input.online_url.trim().is_empty() || input.link_withheld;
    if !online && address.is_empty() {
        problems.add("address", t("give-an-address-a-webinar-link-or"));
    }
    if input.capacity.is_some_and(|c| !(0..=1_000_000).contains(&c)) {
        problems.add("capacity", t("capacity-is-a-number-of-people-zero"));
    }
    let join_mode = if input.join_mode.is_empty() { "free".to_string() } else { input.join_mode.clone() };
    if !JOIN_MODES.contains(&join_mode.as_str()) {
        problems.add("join_mode", t("joining-is-free-approval-invite-or-external"));
    }
    let status = if input.status.is_empty() { "confirmed".to_string() } else { input.status.clone() };
    if !STATUSES.contains(&status.as_str()) {
        problems.add("status", t("an-event-is-confirmed-tentative-or-cancelled"));
    }
    let language = if input.language.trim().is_empty() { "en".to_string() } else { input.language.trim().to_string() };
    if !TAXONOMY.knows_language(&language) {
        problems.add("language", t("choose-a-language-e-g-en-fr"));
    }
    let sectors = TAXONOMY.chosen_sectors(&input.sectors, &mut problems);
    let mut tags: Vec<String> = Vec::new();
    for tag in input.tags.iter().map(|t| normalise_tag(t)).filter(|t| !t.is_empty()) {
        if !tags.contains(&tag) {
            tags.push(tag);
        }
    }
    if tags.len() > 20 || tags.iter().any(|t| t.chars().count() > 50) {
        problems.add("tags", t("use-at-most-20-short-topic-tags"));
    }
    let country = problems.keep(check_country(&input.country))?.unwrap_or_default();
    let translations = check_translations(&language, &input.translations, EVENT_VERSIONS, &mut problems);
    problems.finish()?;
    Ok(ValidEvent {
        title,
        description,
        starts_at: starts_at.expect("checked"),
        ends_at: ends_at.expect("checked"),
        timezone: tz.name().to_string(),
        online_url,
        online,
        address,
        capacity: input.capacity,
        join_mode,
        sectors,
        tags,
        language,
        status,
        country,
        translations,
    })
}

pub const EVENT_VERSIONS: VersionRules =
    VersionRules { title_chars: (3, 200), summary: false, body_max: 20_000, body_markdown: true };

#[cfg(test)]
mod tests {
    use super::*;

    fn valid() -> EventInput {
        EventInput {
            title: "Heat planning webinar".into(),
            start: "2026-03-29T10:00".into(),
            end: "2026-03-29T11:30".into(),
            timezone: "Europe/Paris".into(),
            online_url: "https://meet.example/heat".into(),
            ..Default::default()
        }
    }

    #[test]
    fn local_times_are_read_in_the_event_time_zone() {
        let e = check_event(&valid()).unwrap();
        assert_eq!(e.starts_at.to_rfc3339(), "2026-03-29T08:00:00+00:00", "summer time starts that night");
        let winter =
            check_event(&EventInput { start: "2026-03-28T10:00".into(), end: "2026-03-28T11:00".into(), ..valid() })
                .unwrap();
        assert_eq!(winter.starts_at.to_rfc3339(), "2026-03-28T09:00:00+00:00");
    }

    #[test]
    fn mistakes_name_their_field() {
        for (input, field) in [
            (EventInput { end: "2026-03-29T09:00".into(), ..valid() }, "end"),
            (EventInput { timezone: "Mars/Olympus".into(), ..valid() }, "timezone"),
            (EventInput { capacity: Some(-1), ..valid() }, "capacity"),
            (EventInput { start: "2026-03-29T02:30".into(), ..valid() }, "start"),
            (EventInput { online_url: String::new(), ..valid() }, "address"),
            (EventInput { join_mode: "lottery".into(), ..valid() }, "join_mode"),
        ] {
            assert_eq!(check_event(&input).unwrap_err().field.as_deref(), Some(field));
        }
    }
}
