//! Events: the calendar (lists and a month grid), an event, the event form.

use crate::links::href;
use crate::{
    Ctx, FormErrors,
    components::{
        PictureField, TranslationFormValues, VersionFields, VersionLink, chips, country_filter, country_select,
        csrf_field, error_summary, field, layout, picture_field, sector_choices, text_language_select,
        translation_fields, version_switcher,
    },
    i18n::{msg, t},
};
use maud::{Markup, PreEscaped, html};

#[derive(Debug, Clone, Default)]
pub struct EventCard {
    pub url: String,
    pub title: String,
    /// Start and end in the event's own time zone, with its name.
    pub when: String,
    pub place: String,
    pub online: bool,
    pub status: String,
    pub organizer: String,
    pub organizer_url: String,
    pub origin: Option<String>,
    pub participants: String,
    pub sectors: Vec<String>,
}

pub fn event_card(card: &EventCard) -> Markup {
    html! {
        article.card.event.cancelled[card.status == "cancelled"] {
            div {
                p.meta {
                    (card.when)
                    @if card.status == "tentative" { " · " strong { (t("tentative")) } }
                }
                h3 {
                    @if card.status == "cancelled" { span.status.cancelled-mark { (t("cancelled")) } " " }
                    a href=[href(&card.url)] { (card.title) }
                }
                p.meta {
                    @if card.online { (t("online")) @if !card.place.is_empty() { " & " } }
                    (card.place)
                    " · " a href=[href(&card.organizer_url)] { (card.organizer) }
                    " · " (card.participants)
                    @if let Some(origin) = &card.origin { " · " (t("from-inline")) " " (origin) }
                }
                (chips(t("sectors"), &card.sectors))
            }
        }
    }
}

pub struct MonthDay {
    pub day: u32,
    pub events: Vec<(String, String)>,
}

/// A month grid: weeks of days (`None` outside the month), and links to the months around it.
pub struct MonthGrid {
    pub weeks: Vec<Vec<Option<MonthDay>>>,
    pub previous_url: String,
    pub next_url: String,
}

pub struct CalendarView<'a> {
    pub heading: &'a str,
    pub tabs: Vec<(String, String, bool)>,
    pub filters: &'a [(String, String)],
    pub sector: &'a str,
    pub online: bool,
    pub country: &'a str,
    pub hidden_when: &'a str,
    pub events: &'a [EventCard],
    pub month: Option<MonthGrid>,
    pub ics_url: String,
    pub can_publish: bool,
}

pub fn calendar(ctx: &Ctx, view: &CalendarView<'_>) -> Markup {
    layout(
        ctx,
        t("events"),
        html! {
            div.page-head {
                h1 { (view.heading) }
                @if view.can_publish { a.button href="/events/new" { (t("publish-an-event")) } }
            }
            nav.tabs aria-label=(t("calendar-views")) {
                @for (label, url, current) in &view.tabs {
                    a href=[href(url)] aria-current=[current.then_some("page")] { (label) } " "
                }
            }
            form.filters method="get" action="/events" {
                input type="hidden" name="when" value=(view.hidden_when);
                div.field {
                    label for="sector" { (t("sector")) }
                    select #sector name="sector" {
                        option value="" { (t("all-sectors")) }
                        @for (id, label) in view.filters { option value=(id) selected[id == view.sector] { (label) } }
                    }
                }
                (country_filter(view.country))
                label.check { input type="checkbox" name="online" value="true" checked[view.online]; " " (t("online-only")) }
                button type="submit" { (t("filter")) }
            }
            p.meta { a href=[href(&view.ics_url)] { (t("subscribe-to-this-calendar-ical")) } }
            @if let Some(grid) = &view.month {
                table.month {
                    caption { a href=[href(&grid.previous_url)] { "← " } (view.heading) a href=[href(&grid.next_url)] { " →" } }
                    thead { tr { @for d in [msg("mon"), msg("tue"), msg("wed"), msg("thu"), msg("fri"), msg("sat"), msg("sun")] { th scope="col" { (t(d)) } } } }
                    tbody {
                        @for week in &grid.weeks {
                            tr { @for day in week {
                                td { @if let Some(day) = day {
                                    span.day { (day.day) }
                                    @for (title, url) in &day.events { a href=[href(url)] { (title) } }
                                } }
                            } }
                        }
                    }
                }
            }
            @if view.events.is_empty() {
                p.empty { (t("no-events-here-yet-follow-more")) }
            }
            @for card in view.events { (event_card(card)) }
        },
    )
}

/// What a viewer learns of an event's online part.
pub enum Online<'a> {
    No,
    /// The webinar link, for the organiser and accepted participants.
    Link(&'a str),
    /// Online, but the link is for participants.
    ForParticipants,
    /// A participant, but the organiser's node has not sent the link here yet.
    OnItsWay,
}

pub struct EventView<'a> {
    pub card: &'a EventCard,
    pub description_html: &'a str,
    /// The language shown, and every language it can be read in.
    pub lang: &'a str,
    pub versions: Vec<VersionLink>,
    pub online: Online<'a>,
    pub capacity: String,
    pub origin_url: Option<&'a str>,
    /// `Some(state)` when the viewer takes part (or asked to).
    pub my_state: Option<&'a str>,
    pub can_join: bool,
    pub participants: &'a [(String, String, String, i64)],
    pub is_organizer: bool,
    pub edit_url: String,
    pub ics_url: String,
    pub action_url: String,
    pub report_url: Option<String>,
    pub banner: Option<EventBanner>,
}

/// An event's banner: shown when this node keeps it, a link to it on another server otherwise.
pub struct EventBanner {
    pub url: String,
    pub alt: String,
    pub kept_here: bool,
}

pub fn event(ctx: &Ctx, view: &EventView<'_>) -> Markup {
    let card = view.card;
    layout(
        ctx,
        &card.title,
        html! {
            article.event-page {
                @if card.status == "cancelled" {
                    p.cancelled-banner role="status" { strong { (t("cancelled")) } ": " (t("this-event-will-not-take-place")) }
                }
                @if let Some(banner) = view.banner.as_ref().filter(|b| b.kept_here) {
                    img.banner src=[href(&banner.url)] alt=(banner.alt) loading="lazy";
                }
                h1 lang=(view.lang) { (card.title) }
                (version_switcher(&view.versions))
                @if let Some(banner) = view.banner.as_ref().filter(|b| !b.kept_here) {
                    p { a href=[href(&banner.url)] rel="nofollow noopener" { (t("the-events-picture")) } @if !banner.alt.is_empty() { ": " (banner.alt) } }
                }
                dl.facts {
                    dt { (t("when")) } dd { (card.when) }
                    @if !card.place.is_empty() { dt { (t("where")) } dd { (card.place) } }
                    @match view.online {
                        Online::Link(url) => { dt { (t("online")) } dd { a href=[href(url)] rel="nofollow noopener" { (url) } } }
                        Online::ForParticipants => { dt { (t("online")) } dd { (t("the-link-is-shown-to-participants")) } }
                        Online::OnItsWay => { dt { (t("online")) } dd { (t("the-organisers-node-sends-the-link")) } }
                        Online::No => {}
                    }
                    dt { (t("organiser")) } dd { a href=[href(&card.organizer_url)] { (card.organizer) }
                        @if let (Some(origin), Some(url)) = (&card.origin, view.origin_url) { " · " a href=[href(url)] rel="nofollow noopener" { (origin) } } }
                    dt { (t("participants")) } dd { (card.participants) (view.capacity) }
                }
                (chips(t("sectors"), &card.sectors))
                div.body lang=(view.lang) { (PreEscaped(view.description_html)) }
                p.actions {
                    @match view.my_state {
                        Some(state) => {
                            span.meta { @if state == "pending" { (t("you-asked-to-join-the-organiser")) } @else if state == "rejected" { (t("your-request-was-not-accepted")) } @else { (t("you-take-part")) } }
                            " "
                            form.inline method="post" action={ (view.action_url) "/leave" } { (csrf_field(ctx)) button.secondary type="submit" { (t("leave")) } }
                        }
                        None => @if view.can_join {
                            form.inline method="post" action={ (view.action_url) "/join" } { (csrf_field(ctx)) button type="submit" { (t("take-part")) } }
                        } @else if ctx.user.is_none() { a href="/login" { (t("log-in-to-take-part")) } }
                    }
                    " " a href=[href(&view.ics_url)] { (t("add-to-my-calendar-ics")) }
                    @if view.is_organizer { " " a.button href=[href(&view.edit_url)] { (t("edit-or-cancel")) } }
                    " " (crate::components::report_link(view.report_url.as_deref()))
                }
                @if view.is_organizer {
                    section {
                        h2 { (t("participants")) }
                        @if view.participants.is_empty() { p.empty { (t("nobody-yet")) } }
                        ul { @for (name, url, state, actor_id) in view.participants {
                            li {
                                a href=[href(url)] { (name) } " · " (state)
                                @if state == "pending" {
                                    " "
                                    form.inline method="post" action={ (view.action_url) "/participants/" (actor_id) "/accept" } { (csrf_field(ctx)) button type="submit" { (t("accept")) } }
                                    " "
                                    form.inline method="post" action={ (view.action_url) "/participants/" (actor_id) "/reject" } { (csrf_field(ctx)) button.secondary type="submit" { (t("reject")) } }
                                }
                            }
                        } }
                    }
                }
            }
        },
    )
}

#[derive(Debug, Clone, Default)]
pub struct EventFormValues {
    pub title: String,
    pub description: String,
    pub start: String,
    pub end: String,
    pub timezone: String,
    pub online_url: String,
    pub address: String,
    pub capacity: String,
    pub join_mode: String,
    pub sectors: Vec<String>,
    pub tags: String,
    pub language: String,
    pub status: String,
    pub country: String,
    /// The banner shown now, and an upload kept from a form shown again.
    pub current_banner: Option<String>,
    pub kept_banner: Option<i64>,
    pub banner_description: String,
    /// The versions in other languages, as typed (no summary).
    pub translations: Vec<TranslationFormValues>,
}

pub struct EventFormView<'a> {
    pub action: &'a str,
    pub heading: &'a str,
    pub values: &'a EventFormValues,
    pub sectors: &'a [(String, String)],
    /// The languages a version may be in.
    /// The languages a text may be in, each with its name in itself.
    pub languages: &'a [(String, String)],
    pub editing: bool,
}

pub fn event_form(ctx: &Ctx, view: &EventFormView<'_>, errors: &FormErrors) -> Markup {
    let v = view.values;
    layout(
        ctx,
        view.heading,
        html! {
            h1 { (view.heading) }
            (error_summary(errors))
            form method="post" action=(view.action) enctype="multipart/form-data" {
                (csrf_field(ctx))
                (field(errors, "title", t("title"), "text", &v.title, None))
                (field(errors, "description", t("description"), "textarea", &v.description, Some(t("markdown"))))
                (picture_field(errors, &PictureField { name: "banner", label: t("banner-picture"), current: v.current_banner.as_deref(), kept: v.kept_banner }))
                (field(errors, "banner_description", t("what-the-banner-shows-alt-text"), "text", &v.banner_description, None))
                (field(errors, "start", t("starts"), "datetime-local", &v.start, Some(t("local-time-where-the-event-happens"))))
                (field(errors, "end", t("ends"), "datetime-local", &v.end, None))
                (field(errors, "timezone", t("time-zone"), "text", &v.timezone, Some(t("for-example-europe-paris"))))
                (field(errors, "online_url", t("webinar-link"), "url", &v.online_url, None))
                (field(errors, "address", t("address"), "text", &v.address, None))
                (field(errors, "capacity", t("places-2"), "number", &v.capacity, Some(t("leave-empty-for-no-limit"))))
                div.field {
                    label for="join_mode" { (t("taking-part-2")) }
                    @if let Some(e) = errors.field("join_mode") { p.field-error { (e) } }
                    select #join_mode name="join_mode" {
                        @for (id, label) in [("free", t("anyone-can-join")), ("approval", t("the-organiser-approves-each")), ("invite", t("by-invitation")), ("external", t("registration-elsewhere"))] {
                            option value=(id) selected[v.join_mode == id] { (label) }
                        }
                    }
                }
                @if view.editing {
                    div.field {
                        label for="status" { (t("status")) }
                        select #status name="status" {
                            @for (id, label) in [("confirmed", t("confirmed")), ("tentative", t("tentative")), ("cancelled", t("cancelled"))] {
                                option value=(id) selected[v.status == id] { (label) }
                            }
                        }
                    }
                }
                (sector_choices(errors, view.sectors, &v.sectors))
                (field(errors, "tags", t("topics"), "text", &v.tags, Some(t("separate-with-commas"))))
                (text_language_select(errors, view.languages, &v.language))
                (translation_fields(errors, view.languages, &v.translations, VersionFields { summary: false, title: t("title"), body: t("body-2"), hint: t("the-same-event-in-other-languages") }))
                (country_select(errors, "country", t("country"), &v.country))
                button type="submit" { (t("save")) }
            }
        },
    )
}
