//! The calendar on the web, event pages, the event form, and iCalendar files.

use super::extract::{Path, Query};
use super::{
    WebError, WebResult, ctx, form_errors,
    forms::{FormPairs, Submitted, form_number, read_form},
    page, page_url, pictures, redirect_with_flash,
    social::sector_options,
};
use crate::{
    db::{
        self,
        models::{Actor, Event},
    },
    domain::{
        event::{EventInput, check_event, may_see_online_link},
        profile::expertise_list,
        taxonomy::TAXONOMY,
    },
    error::{AppError, AppResult, Problems},
    federation::{Data, context, objects::event::ApEvent},
    http::{
        activitypub::{activity_json, wants_activity_json},
        api::events::{CalendarParams, find},
        session::Viewer,
    },
    service::{self, follows::Reach},
};
use activitypub_federation::{protocol::context::WithContext, traits::Object};
use axum::{
    body::Bytes,
    extract::Request,
    http::{HeaderMap, StatusCode, header},
    response::{IntoResponse, Response},
};
use cairn_templates::{
    FormErrors,
    events::{
        self as views, CalendarView, EventBanner, EventCard, EventFormValues, EventFormView, EventView, MonthDay,
        MonthGrid, Online,
    },
    i18n::{self, Language, t, t_with},
};
use chrono::{Datelike, Duration, NaiveDate, TimeZone};
use serde::Deserialize;

/// The day an event starts on, in its own time zone.
fn local_date(event: &Event) -> NaiveDate {
    match event.timezone.parse::<chrono_tz::Tz>() {
        Ok(tz) => tz.from_utc_datetime(&event.starts_at).date_naive(),
        Err(_) => event.starts_at.date(),
    }
}

/// The names of days and months in the language being written.
fn date_locale() -> chrono::Locale {
    match i18n::current() {
        Language::En => chrono::Locale::en_GB,
        Language::Fr => chrono::Locale::fr_FR,
        Language::De => chrono::Locale::de_DE,
        Language::Es => chrono::Locale::es_ES,
        Language::It => chrono::Locale::it_IT,
        Language::Nl => chrono::Locale::nl_NL,
        Language::Pl => chrono::Locale::pl_PL,
    }
}

/// "Tue 01 Dec 2026 18:00", "mar. 01 déc. 2026 18:00".
const LONG: &str = "%a %d %b %Y %H:%M";

fn when(event: &Event) -> String {
    let locale = date_locale();
    match event.timezone.parse::<chrono_tz::Tz>() {
        Ok(tz) => {
            let start = tz.from_utc_datetime(&event.starts_at);
            let end = tz.from_utc_datetime(&event.ends_at);
            let end_format = if start.date_naive() == end.date_naive() { "%H:%M" } else { LONG };
            let (start, end) = (start.format_localized(LONG, locale), end.format_localized(end_format, locale));
            format!("{start} – {end} ({})", event.timezone)
        }
        Err(_) => format!("{} UTC", event.starts_at.and_utc().format_localized(LONG, locale)),
    }
}

pub fn card(event: &Event, organizer: &Actor) -> EventCard {
    let places = match event.capacity {
        Some(capacity) => t_with(
            "places-taken-count",
            &[("taken", (event.participant_count).into()), ("capacity", (capacity).into())],
        ),
        None => t_with("participant-count", &[("count", (event.participant_count).into())]),
    };
    EventCard {
        url: format!("/events/{}", event.id),
        title: event.title.clone(),
        when: when(event),
        place: event.address.clone(),
        online: event.online,
        status: event.status.clone(),
        organizer: organizer.name_or_username().to_string(),
        organizer_url: page_url(organizer),
        origin: (!event.local).then(|| event.origin.clone()),
        participants: places,
        sectors: event.sector_list().iter().filter_map(|s| TAXONOMY.sector_label(s)).map(str::to_string).collect(),
    }
}

#[derive(Deserialize, Default)]
pub struct MonthParam {
    month: Option<String>,
}

fn calendar_link(params: &CalendarParams, when: &str, month: Option<&str>) -> String {
    let mut pairs: Vec<(&str, String)> = vec![("when", when.to_string())];
    if let Some(month) = month {
        pairs.push(("month", month.to_string()));
    }
    for (key, value) in [("sector", &params.sector), ("country", &params.country), ("online", &params.online)] {
        if let Some(value) = value.as_ref().filter(|v| !v.is_empty()) {
            pairs.push((key, value.clone()));
        }
    }
    format!("/events?{}", url::form_urlencoded::Serializer::new(String::new()).extend_pairs(pairs).finish())
}

/// `/events?when=upcoming|past|month&month=2026-03&sector=&country=&online=`
pub async fn calendar(
    data: Data,
    viewer: Viewer,
    headers: HeaderMap,
    Query(params): Query<CalendarParams>,
    Query(month): Query<MonthParam>,
) -> WebResult {
    let when_value = params.when.clone().unwrap_or_else(|| "upcoming".into());
    let today = chrono::Utc::now().date_naive();
    let first = month
        .month
        .as_deref()
        .and_then(|m| NaiveDate::parse_from_str(&format!("{m}-01"), "%Y-%m-%d").ok())
        .unwrap_or_else(|| today.with_day(1).unwrap_or(today));
    let next_first = first.checked_add_months(chrono::Months::new(1)).unwrap_or(first);
    let mut query = params.query(200, 0);
    if when_value == "month" {
        query.between =
            Some((first.and_hms_opt(0, 0, 0).unwrap_or_default(), next_first.and_hms_opt(0, 0, 0).unwrap_or_default()));
    }
    let rows = db::events::calendar(&data.db, &query).await?;
    let cards: Vec<EventCard> = rows.iter().map(|(e, a)| card(e, a)).collect();
    let month_view = (when_value == "month").then(|| {
        let offset = first.weekday().num_days_from_monday() as i64;
        let days = (next_first - first).num_days();
        let mut weeks = Vec::new();
        let mut week = Vec::new();
        for cell in 0..((offset + days + 6) / 7 * 7) {
            let day = cell - offset;
            week.push((0..days).contains(&day).then(|| {
                let date = first + Duration::days(day);
                MonthDay {
                    day: date.day(),
                    events: rows
                        .iter()
                        .filter(|(e, _)| local_date(e) == date)
                        .map(|(e, _)| (e.title.clone(), format!("/events/{}", e.id)))
                        .collect(),
                }
            }));
            if week.len() == 7 {
                weeks.push(std::mem::take(&mut week));
            }
        }
        let prev = first.checked_sub_months(chrono::Months::new(1)).unwrap_or(first);
        MonthGrid {
            weeks,
            previous_url: calendar_link(&params, "month", Some(&prev.format("%Y-%m").to_string())),
            next_url: calendar_link(&params, "month", Some(&next_first.format("%Y-%m").to_string())),
        }
    });
    let heading = match when_value.as_str() {
        "past" => t("past-events").to_string(),
        "month" => first.format_localized("%B %Y", date_locale()).to_string(),
        _ => t("upcoming-events-2").to_string(),
    };
    let tabs = [("upcoming", t("upcoming")), ("past", t("past")), ("month", t("month"))]
        .iter()
        .map(|(id, label)| (label.to_string(), calendar_link(&params, id, None), *id == when_value))
        .collect();
    let sectors = sector_options();
    let ctx = ctx(&data, &viewer, &headers).await?;
    let view = CalendarView {
        heading: &heading,
        tabs,
        filters: &sectors,
        sector: params.sector.as_deref().unwrap_or_default(),
        online: params.online.as_deref() == Some("true"),
        country: params.country.as_deref().unwrap_or_default(),
        hidden_when: &when_value,
        events: &cards,
        month: month_view,
        ics_url: calendar_link(&params, &when_value, None).replacen("/events?", "/events.ics?", 1),
        can_publish: viewer.user.is_some(),
    };
    Ok(page(&ctx, StatusCode::OK, views::calendar(&ctx, &view)))
}

/// An iCalendar TEXT value (RFC 5545 §3.3.11): line breaks become `\n`, other control
/// characters are dropped, and `\ ; ,` are escaped.
pub fn ical_text(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.replace("\r\n", "\n").chars() {
        match c {
            '\n' => out.push_str("\\n"),
            '\\' | ';' | ',' => {
                out.push('\\');
                out.push(c);
            }
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// An iCalendar parameter value (`CN=…`, §3.2): always quoted; a quoted value cannot hold
/// double quotes or control characters, so they are dropped.
pub fn ical_param(value: &str) -> String {
    let inner: String = value.chars().filter(|c| *c != '"' && !c.is_control()).collect();
    format!("\"{inner}\"")
}

/// One content line, folded at 75 octets with CRLF as RFC 5545 asks.
pub fn fold(line: &str) -> String {
    let mut out = String::new();
    let mut width = 0;
    for c in line.chars() {
        if width + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += c.len_utf8();
    }
    out.push_str("\r\n");
    out
}

/// A VCALENDAR of events. Times are written in UTC, converted from each event's own time
/// zone, so every calendar shows the right local time on both sides of a clock change.
pub fn icalendar(name: &str, events: &[(Event, Actor)], base: &str) -> String {
    let mut out = String::new();
    for line in
        ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Cairn//Cairn events//EN", "CALSCALE:GREGORIAN", "METHOD:PUBLISH"]
    {
        out.push_str(&fold(line));
    }
    out.push_str(&fold(&format!("X-WR-CALNAME:{}", ical_text(name))));
    let stamp = chrono::Utc::now().format("%Y%m%dT%H%M%SZ").to_string();
    for (event, organizer) in events {
        // Calendar files are fetched without signing in: they never carry the webinar link.
        let location = match (event.address.as_str(), event.online) {
            ("", true) => t("online").to_string(),
            (address, true) => format!("{address} / {}", t("online")),
            (address, false) => address.to_string(),
        };
        let description = crate::domain::resource::html_to_text(&event.description_html);
        for line in [
            "BEGIN:VEVENT".to_string(),
            format!("UID:{}", event.ap_id),
            format!("DTSTAMP:{stamp}"),
            format!("DTSTART:{}", event.starts_at.format("%Y%m%dT%H%M%SZ")),
            format!("DTEND:{}", event.ends_at.format("%Y%m%dT%H%M%SZ")),
            format!("SUMMARY:{}", ical_text(&event.title)),
            format!("DESCRIPTION:{}", ical_text(&description)),
            format!("LOCATION:{}", ical_text(&location)),
            format!("URL:{base}/events/{}", event.id),
            format!("ORGANIZER;CN={}:{}", ical_param(organizer.name_or_username()), organizer.ap_id),
            format!("STATUS:{}", event.status.to_ascii_uppercase()),
            "END:VEVENT".to_string(),
        ] {
            out.push_str(&fold(&line));
        }
    }
    out.push_str(&fold("END:VCALENDAR"));
    out
}

fn ics_response(body: String) -> Response {
    ([(header::CONTENT_TYPE, "text/calendar; charset=utf-8")], body).into_response()
}

/// `/events.ics?…`: a subscribable feed for the calendar's filters (upcoming unless `when=past`).
pub async fn feed(data: Data, Query(params): Query<CalendarParams>) -> AppResult<Response> {
    let rows = db::events::calendar(&data.db, &params.query(500, 0)).await?;
    let name = format!("{}: {}", service::node::identity(&data).await?.name, t("events"));
    Ok(ics_response(icalendar(&name, &rows, &data.base_url)))
}

/// `/events.atom?…`: the same calendar as an Atom feed.
pub async fn atom(data: Data, Query(params): Query<CalendarParams>) -> AppResult<Response> {
    use super::knowledge::xml_escape;
    let rows = db::events::calendar(&data.db, &params.query(50, 0)).await?;
    let updated = rows.iter().map(|(e, _)| e.updated_at).max().unwrap_or_else(db::now).and_utc().to_rfc3339();
    let self_url = data.url("/events.atom");
    let mut feed = format!(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n<title>{}</title>\n<id>{}</id>\n<updated>{updated}</updated>\n<link rel=\"self\" href=\"{}\"/>\n",
        xml_escape(&format!("{}: {}", service::node::identity(&data).await?.name, t("events"))),
        xml_escape(&self_url),
        xml_escape(&self_url),
    );
    for (event, organizer) in &rows {
        feed.push_str(&format!(
            "<entry>\n<title>{}</title>\n<id>{}</id>\n<link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n<updated>{}</updated>\n<author><name>{}</name></author>\n<summary>{}</summary>\n</entry>\n",
            xml_escape(&event.title),
            xml_escape(&event.ap_id),
            xml_escape(&data.url(&format!("/events/{}", event.id))),
            event.updated_at.and_utc().to_rfc3339(),
            xml_escape(organizer.name_or_username()),
            xml_escape(&format!("{} · {}", when(event), event.status)),
        ));
    }
    feed.push_str("</feed>\n");
    Ok(([(header::CONTENT_TYPE, "application/atom+xml; charset=utf-8")], feed).into_response())
}

/// `/events/{id}` (page or ActivityPub JSON) and `/events/{id}.ics`.
pub async fn show(data: Data, viewer: Viewer, headers: HeaderMap, Path(id): Path<String>) -> WebResult {
    if let Some(id) = id.strip_suffix(".ics") {
        let (event, organizer) = find(&data, id, Reach::KnownOnly).await?;
        return Ok(ics_response(icalendar(&event.title, &[(event.clone(), organizer)], &data.base_url)));
    }
    let (event, organizer) = find(&data, &id, viewer.reach()).await?;
    if wants_activity_json(&headers) {
        if !event.local {
            return Err(AppError::not_found(t("this-event-is-served-by-its-own")).into());
        }
        let json = ApEvent::new(event, organizer)?.into_json(&data).await?;
        return Ok(activity_json(&WithContext::new(json, context(&data))));
    }
    let me = viewer.user.as_ref();
    let my_state = match me {
        Some((_, actor)) => db::events::participation(&data.db, event.id, actor.id).await?.map(|p| p.state),
        None => None,
    };
    let is_organizer = me.is_some_and(|(_, a)| a.id == event.organizer_id) && event.local;
    let participants: Vec<(String, String, String, i64)> = if is_organizer {
        db::events::participants(&data.db, event.id)
            .await?
            .into_iter()
            .map(|(p, a)| (a.name_or_username().to_string(), page_url(&a), p.state, a.id))
            .collect()
    } else {
        Vec::new()
    };
    let banner = match event.banner() {
        Some(banner) => Some(match service::remote_pictures::shown_at(&data, &event.ap_id, &banner.url).await? {
            Some(here) => EventBanner { url: here, alt: banner.title, kept_here: true },
            None => EventBanner { url: banner.url, alt: banner.title, kept_here: false },
        }),
        None => None,
    };
    let card = card(&event, &organizer);
    let capacity =
        event.capacity.map(|c| format!(" {}", t_with("capacity-places", &[("count", (c).into())]))).unwrap_or_default();
    let ctx = ctx(&data, &viewer, &headers).await?;
    let view = EventView {
        card: &card,
        description_html: &event.description_html,
        online: match (
            event.online,
            may_see_online_link(me.map(|(_, a)| a.id), event.organizer_id, my_state.as_deref()),
        ) {
            (false, _) => Online::No,
            (true, false) => Online::ForParticipants,
            (true, true) => event.online_url.as_deref().map_or(Online::OnItsWay, Online::Link),
        },
        capacity,
        origin_url: (!event.local).then_some(event.url.as_str()),
        my_state: my_state.as_deref(),
        can_join: me.is_some_and(|(_, a)| a.id != event.organizer_id)
            && event.status != "cancelled"
            && matches!(event.join_mode.as_str(), "free" | "approval"),
        participants: &participants,
        is_organizer,
        edit_url: format!("/events/{}/edit", event.id),
        ics_url: format!("/events/{}.ics", event.id),
        action_url: format!("/events/{}", event.id),
        report_url: super::moderation::report_url(me.map(|(_, a)| a), &event.ap_id, event.organizer_id),
        banner,
    };
    Ok(page(&ctx, StatusCode::OK, views::event(&ctx, &view)))
}

fn values_from_form(form: &FormPairs) -> EventFormValues {
    EventFormValues {
        title: form.one("title"),
        description: form.one("description"),
        start: form.one("start"),
        end: form.one("end"),
        timezone: form.one("timezone"),
        online_url: form.one("online_url"),
        address: form.one("address"),
        capacity: form.one("capacity"),
        join_mode: form.one("join_mode"),
        sectors: form.all("sectors"),
        tags: form.one("tags"),
        language: form.one("language"),
        status: form.one("status"),
        country: form.one("country"),
        banner_description: form.one("banner_description"),
        ..Default::default()
    }
}

fn input_from_values(v: &EventFormValues) -> AppResult<EventInput> {
    let mut unreadable = Problems::default();
    let capacity = form_number(&mut unreadable, "capacity", &v.capacity);
    let input = EventInput {
        title: v.title.clone(),
        description: v.description.clone(),
        start: v.start.clone(),
        end: v.end.clone(),
        timezone: v.timezone.clone(),
        online_url: v.online_url.clone(),
        address: v.address.clone(),
        capacity,
        join_mode: v.join_mode.clone(),
        sectors: v.sectors.clone(),
        tags: expertise_list(&v.tags),
        language: v.language.clone(),
        status: v.status.clone(),
        country: v.country.clone(),
        link_withheld: false,
        media_ids: None,
    };
    read_form(input, unreadable, check_event)
}

fn render_form(
    ctx: &cairn_templates::Ctx,
    action: &str,
    heading: &str,
    values: &EventFormValues,
    errors: &FormErrors,
    editing: bool,
) -> Response {
    let sectors = sector_options();
    let view = EventFormView { action, heading, values, sectors: &sectors, editing };
    let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    page(ctx, status, views::event_form(ctx, &view, errors))
}

pub async fn new_form(data: Data, viewer: Viewer, headers: HeaderMap) -> WebResult {
    viewer.require_user()?;
    let ctx = ctx(&data, &viewer, &headers).await?;
    let values = EventFormValues {
        timezone: "Europe/Brussels".into(),
        language: "en".into(),
        join_mode: "free".into(),
        ..Default::default()
    };
    Ok(render_form(&ctx, "/events/new", t("publish-an-event"), &values, &FormErrors::default(), false))
}

pub async fn create(data: Data, viewer: Viewer, headers: HeaderMap, request: Request) -> WebResult {
    let (_, me) = viewer.require_user()?;
    let sent = Submitted::read(request).await?;
    viewer.check_csrf(&sent.form.one("csrf"))?;
    let heading = t("publish-an-event");
    submit(&data, &viewer, &headers, sent, None, async |input| service::events::publish(&data, me, &input).await)
        .await
        .map(|done| {
            done.unwrap_or_else(|(ctx, values, errors)| {
                render_form(&ctx, "/events/new", heading, &values, &errors, false)
            })
        })
}

/// A submitted event form, its banner kept first: `Ok(Ok(redirect))` once `save` succeeds, or
/// what to show the form again with.
async fn submit(
    data: &Data,
    viewer: &Viewer,
    headers: &HeaderMap,
    mut sent: Submitted,
    event: Option<&Event>,
    save: impl AsyncFnOnce(EventInput) -> AppResult<Event>,
) -> Result<Result<Response, (cairn_templates::Ctx, EventFormValues, FormErrors)>, WebError> {
    let (_, me) = viewer.require_user()?;
    let mut values = values_from_form(&sent.form);
    values.current_banner = event.and_then(|e| e.banner()).map(|b| b.url);
    let result = match pictures::chosen(data, me, &mut sent, "banner").await {
        Ok(banner) => {
            values.kept_banner = banner.kept;
            match input_from_values(&values) {
                Ok(input) => save(EventInput { media_ids: banner.ids, ..input }).await,
                Err(err) => Err(err),
            }
        }
        Err(err) => Err(err),
    };
    match result {
        Ok(saved) => {
            let done = if event.is_some() {
                t("saved-participants-and-followers-are-told")
            } else {
                t("published-it-appears-in-your-followers")
            };
            Ok(Ok(redirect_with_flash(&format!("/events/{}", saved.id), done)))
        }
        Err(err) => Ok(Err((ctx(data, viewer, headers).await?, values, form_errors(err)?))),
    }
}

pub async fn edit_form(data: Data, viewer: Viewer, headers: HeaderMap, Path(id): Path<String>) -> WebResult {
    let (_, me) = viewer.require_user()?;
    let (event, _) = find(&data, &id, Reach::KnownOnly).await?;
    if !event.local || event.organizer_id != me.id {
        return Err(AppError::forbidden(t("only-the-organiser-can-change-this-event")).into());
    }
    let input = service::events::input_of(&event);
    let local = |text: &str| text.get(..16).unwrap_or(text).to_string();
    let values = EventFormValues {
        title: input.title,
        description: input.description,
        start: local(&input.start),
        end: local(&input.end),
        timezone: input.timezone,
        online_url: input.online_url,
        address: input.address,
        capacity: input.capacity.map(|c| c.to_string()).unwrap_or_default(),
        join_mode: input.join_mode,
        sectors: input.sectors,
        tags: input.tags.join(", "),
        language: input.language,
        status: input.status,
        country: input.country,
        current_banner: event.banner().map(|b| b.url),
        ..Default::default()
    };
    let ctx = ctx(&data, &viewer, &headers).await?;
    Ok(render_form(&ctx, &format!("/events/{}/edit", event.id), t("edit-event"), &values, &FormErrors::default(), true))
}

pub async fn update(
    data: Data,
    viewer: Viewer,
    headers: HeaderMap,
    Path(id): Path<String>,
    request: Request,
) -> WebResult {
    let (user, me) = viewer.require_user()?;
    let (event, _) = find(&data, &id, Reach::KnownOnly).await?;
    service::events::may_change(user, me, &event, false)?;
    let sent = Submitted::read(request).await?;
    viewer.check_csrf(&sent.form.one("csrf"))?;
    let action = format!("/events/{}/edit", event.id);
    submit(&data, &viewer, &headers, sent, Some(&event), async |input| {
        service::events::edit(&data, user, me, &event, &input).await
    })
    .await
    .map(|done| {
        done.unwrap_or_else(|(ctx, values, errors)| render_form(&ctx, &action, t("edit-event"), &values, &errors, true))
    })
}

/// `POST /events/{id}/join|leave` from the event page.
pub async fn take_part(
    data: Data,
    viewer: Viewer,
    Path((id, action)): Path<(String, String)>,
    body: Bytes,
) -> WebResult {
    let form = FormPairs::parse(&body);
    viewer.check_csrf(&form.one("csrf"))?;
    let (_, me) = viewer.require_user()?;
    let (event, _) = find(&data, &id, Reach::Fetch).await?;
    let message = match action.as_str() {
        "join" => match service::events::join(&data, me, &event).await? {
            "accepted" => t("you-take-part"),
            _ => t("your-request-to-join-is-sent"),
        },
        "leave" => {
            service::events::leave(&data, me, &event).await?;
            t("you-no-longer-take-part")
        }
        _ => return Err(AppError::not_found(t("no-such-action")).into()),
    };
    Ok(redirect_with_flash(&format!("/events/{}", event.id), message))
}

/// `POST /events/{id}/participants/{actor_id}/accept|reject` from the organiser's page.
pub async fn decide(
    data: Data,
    viewer: Viewer,
    Path((id, actor_id, decision)): Path<(String, i64, String)>,
    body: Bytes,
) -> WebResult {
    let form = FormPairs::parse(&body);
    viewer.check_csrf(&form.one("csrf"))?;
    let (_, me) = viewer.require_user()?;
    let (event, _) = find(&data, &id, Reach::KnownOnly).await?;
    service::events::decide(&data, me, &event, actor_id, decision == "accept").await?;
    Ok(redirect_with_flash(&format!("/events/{}", event.id), t("saved")))
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2000))]

        #[test]
        fn no_value_breaks_a_line_or_a_parameter(value in proptest::string::string_regex("(?s).{0,120}").unwrap()) {
            let param = ical_param(&value);
            proptest::prop_assert!(param.starts_with('"') && param.ends_with('"') && param.matches('"').count() == 2);
            let text = ical_text(&value);
            for escaped in [&param, &text] {
                proptest::prop_assert!(!escaped.chars().any(char::is_control), "{escaped:?}");
            }
            let folded = fold(&format!("SUMMARY:{text}"));
            proptest::prop_assert!(folded.ends_with("\r\n"));
            for line in folded.trim_end_matches("\r\n").split("\r\n") {
                proptest::prop_assert!(line.len() <= 75, "{line:?}");
            }
        }
    }

    #[test]
    fn ical_values_cannot_start_new_lines_or_parameters() {
        let hostile = "Lyon\"; X-INJECTED=1:mailto:x\r\nBEGIN:VEVENT\rSUMMARY:x\u{0b}\u{7f}, ok; \\";
        let param = ical_param(hostile);
        assert!(param.starts_with('"') && param.ends_with('"'));
        assert_eq!(param.matches('"').count(), 2, "{param}");
        let text = ical_text(hostile);
        for value in [&param, &text] {
            assert!(!value.chars().any(|c| c.is_control()), "{value:?}");
        }
        assert!(text.contains("\\nBEGIN:VEVENT") && text.contains("\\, ok\\; \\\\"), "{text}");
        // Folding keeps every physical line within 75 octets and never splits a character.
        let folded = fold(&format!("DESCRIPTION:{}", "é".repeat(100)));
        assert!(folded.split("\r\n").all(|line| line.len() <= 75));
    }
}
