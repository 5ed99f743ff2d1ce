//! The calendar on the web, event pages and the event form (the feeds are in `event_feeds`).

use super::extract::{Path, Query};
use super::versions::{self, Shown};
use super::{
    WebError, WebResult, ctx, event_feeds, form_errors,
    forms::{
        FormPairs, Submitted, form_number, read_form, translation_values, translations_from_form, translations_typed,
    },
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
        taxonomy::{LANGUAGE_CHOICES, TAXONOMY},
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
    extract::{RawQuery, Request},
    http::{HeaderMap, StatusCode},
    response::Response,
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

pub(super) fn when(event: &Event) -> String {
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

/// The version of an event a reader is shown (no summary).
fn shown_version(event: &Event, asked: Option<&str>) -> Shown {
    let original = Shown {
        language: event.language.clone(),
        title: event.title.clone(),
        summary: String::new(),
        body_html: event.description_html.clone(),
    };
    versions::shown(original, &event.translations, asked)
}

/// An event's card, in the reader's language when it has a version in it.
pub fn card(event: &Event, organizer: &Actor) -> EventCard {
    card_of(event, organizer, &shown_version(event, None).title)
}

fn card_of(event: &Event, organizer: &Actor, title: &str) -> EventCard {
    let places = match event.capacity {
        Some(capacity) => t_with(
            "places-taken-count",
            &[("taken", (event.participant_count).into()), ("capacity", (capacity).into())],
        ),
        None => t_with("participant-count", &[("count", (event.participant_count).into())]),
    };
    EventCard {
        url: format!("/events/{}", event.id),
        title: title.to_string(),
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
    let mut query = params.query(200, None);
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

/// `/events/{id}` (page or ActivityPub JSON) and `/events/{id}.ics`.
pub async fn show(
    data: Data,
    viewer: Viewer,
    headers: HeaderMap,
    Path(id): Path<String>,
    RawQuery(query): RawQuery,
) -> WebResult {
    if let Some(id) = id.strip_suffix(".ics") {
        let (event, organizer) = find(&data, id, Reach::KnownOnly).await?;
        return Ok(event_feeds::ics_response(event_feeds::icalendar(
            &event.title,
            &[(event.clone(), organizer)],
            &data.base_url,
        )));
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
    let shown = shown_version(&event, versions::asked(query.as_deref()).as_deref());
    let card = card_of(&event, &organizer, &shown.title);
    let capacity =
        event.capacity.map(|c| format!(" {}", t_with("capacity-places", &[("count", (c).into())]))).unwrap_or_default();
    let ctx = ctx(&data, &viewer, &headers).await?;
    let view = EventView {
        card: &card,
        description_html: &shown.body_html,
        lang: &shown.language,
        versions: versions::links(
            &format!("/events/{}", event.id),
            &event.language,
            &event.translations,
            &shown.language,
        ),
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
        translations: translations_from_form(form),
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
        translations: translations_typed(&v.translations),
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
    let view = EventFormView { action, heading, values, sectors: &sectors, languages: &LANGUAGE_CHOICES, editing };
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
        translations: translation_values(&input.translations),
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
