//! Events: the calendar (lists and a month grid), an event, the event form.

use crate::links::href;
use crate::{
    Ctx, FormErrors,
    components::{
        PictureField, chips, country_filter, country_select, csrf_field, error_summary, field, layout, picture_field,
        sector_choices,
    },
    i18n::t,
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
                    @if card.status == "tentative" { " · " strong { (t("Tentative")) } }
                }
                h3 {
                    @if card.status == "cancelled" { span.status.cancelled-mark { (t("Cancelled")) } " " }
                    a href=[href(&card.url)] { (card.title) }
                }
                p.meta {
                    @if card.online { (t("Online")) @if !card.place.is_empty() { " & " } }
                    (card.place)
                    " · " a href=[href(&card.organizer_url)] { (card.organizer) }
                    " · " (card.participants)
                    @if let Some(origin) = &card.origin { " · " (t("from")) " " (origin) }
                }
                (chips(t("Sectors"), &card.sectors))
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
        t("Events"),
        html! {
            div.page-head {
                h1 { (view.heading) }
                @if view.can_publish { a.button href="/events/new" { (t("Publish an event")) } }
            }
            nav.tabs aria-label=(t("Calendar views")) {
                @for (label, url, current) in &view.tabs {
                    a href=[href(url)] aria-current=[current.then_some("page")] { (label) } " "
                }
            }
            form.filters method="get" action="/events" {
                input type="hidden" name="when" value=(view.hidden_when);
                div.field {
                    label for="sector" { (t("Sector")) }
                    select #sector name="sector" {
                        option value="" { (t("All sectors")) }
                        @for (id, label) in view.filters { option value=(id) selected[id == view.sector] { (label) } }
                    }
                }
                (country_filter(view.country))
                label.check { input type="checkbox" name="online" value="true" checked[view.online]; " " (t("Online only")) }
                button type="submit" { (t("Filter")) }
            }
            p.meta { a href=[href(&view.ics_url)] { (t("Subscribe to this calendar (iCal)")) } }
            @if let Some(grid) = &view.month {
                table.month {
                    caption { a href=[href(&grid.previous_url)] { "← " } (view.heading) a href=[href(&grid.next_url)] { " →" } }
                    thead { tr { @for d in ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"] { th scope="col" { (t(d)) } } } }
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
                p.empty { (t("No events here yet. Follow more cities to see theirs, or publish one.")) }
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
                    p.cancelled-banner role="status" { strong { (t("Cancelled")) } ": " (t("this event will not take place.")) }
                }
                @if let Some(banner) = view.banner.as_ref().filter(|b| b.kept_here) {
                    img.banner src=[href(&banner.url)] alt=(banner.alt) loading="lazy";
                }
                h1 { (card.title) }
                @if let Some(banner) = view.banner.as_ref().filter(|b| !b.kept_here) {
                    p { a href=[href(&banner.url)] rel="nofollow noopener" { (t("The event's picture")) } @if !banner.alt.is_empty() { ": " (banner.alt) } }
                }
                dl.facts {
                    dt { (t("When")) } dd { (card.when) }
                    @if !card.place.is_empty() { dt { (t("Where")) } dd { (card.place) } }
                    @match view.online {
                        Online::Link(url) => { dt { (t("Online")) } dd { a href=[href(url)] rel="nofollow noopener" { (url) } } }
                        Online::ForParticipants => { dt { (t("Online")) } dd { (t("The link is shown to participants once they take part.")) } }
                        Online::OnItsWay => { dt { (t("Online")) } dd { (t("The organiser's node sends the link to participants; it has not arrived here yet.")) } }
                        Online::No => {}
                    }
                    dt { (t("Organiser")) } dd { a href=[href(&card.organizer_url)] { (card.organizer) }
                        @if let (Some(origin), Some(url)) = (&card.origin, view.origin_url) { " · " a href=[href(url)] rel="nofollow noopener" { (origin) } } }
                    dt { (t("Participants")) } dd { (card.participants) (view.capacity) }
                }
                (chips(t("Sectors"), &card.sectors))
                div.body { (PreEscaped(view.description_html)) }
                p.actions {
                    @match view.my_state {
                        Some(state) => {
                            span.meta { @if state == "pending" { (t("You asked to join; the organiser decides.")) } @else if state == "rejected" { (t("Your request was not accepted.")) } @else { (t("You take part.")) } }
                            " "
                            form.inline method="post" action={ (view.action_url) "/leave" } { (csrf_field(ctx)) button.secondary type="submit" { (t("Leave")) } }
                        }
                        None => @if view.can_join {
                            form.inline method="post" action={ (view.action_url) "/join" } { (csrf_field(ctx)) button type="submit" { (t("Take part")) } }
                        } @else if ctx.user.is_none() { a href="/login" { (t("Log in to take part")) } }
                    }
                    " " a href=[href(&view.ics_url)] { (t("Add to my calendar (.ics)")) }
                    @if view.is_organizer { " " a.button href=[href(&view.edit_url)] { (t("Edit or cancel")) } }
                    " " (crate::components::report_link(view.report_url.as_deref()))
                }
                @if view.is_organizer {
                    section {
                        h2 { (t("Participants")) }
                        @if view.participants.is_empty() { p.empty { (t("Nobody yet.")) } }
                        ul { @for (name, url, state, actor_id) in view.participants {
                            li {
                                a href=[href(url)] { (name) } " · " (state)
                                @if state == "pending" {
                                    " "
                                    form.inline method="post" action={ (view.action_url) "/participants/" (actor_id) "/accept" } { (csrf_field(ctx)) button type="submit" { (t("Accept")) } }
                                    " "
                                    form.inline method="post" action={ (view.action_url) "/participants/" (actor_id) "/reject" } { (csrf_field(ctx)) button.secondary type="submit" { (t("Reject")) } }
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
}

pub struct EventFormView<'a> {
    pub action: &'a str,
    pub heading: &'a str,
    pub values: &'a EventFormValues,
    pub sectors: &'a [(String, String)],
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
                (field(errors, "title", t("Title"), "text", &v.title, None))
                (field(errors, "description", t("Description"), "textarea", &v.description, Some(t("Markdown."))))
                (picture_field(errors, &PictureField { name: "banner", label: t("Banner picture"), current: v.current_banner.as_deref(), kept: v.kept_banner }))
                (field(errors, "banner_description", t("What the banner shows (alt text)"), "text", &v.banner_description, None))
                (field(errors, "start", t("Starts"), "datetime-local", &v.start, Some(t("Local time where the event happens."))))
                (field(errors, "end", t("Ends"), "datetime-local", &v.end, None))
                (field(errors, "timezone", t("Time zone"), "text", &v.timezone, Some(t("For example Europe/Paris"))))
                (field(errors, "online_url", t("Webinar link"), "url", &v.online_url, None))
                (field(errors, "address", t("Address"), "text", &v.address, None))
                (field(errors, "capacity", t("Places"), "number", &v.capacity, Some(t("Leave empty for no limit."))))
                div.field {
                    label for="join_mode" { (t("Taking part")) }
                    @if let Some(e) = errors.field("join_mode") { p.field-error { (e) } }
                    select #join_mode name="join_mode" {
                        @for (id, label) in [("free", t("Anyone can join")), ("approval", t("The organiser approves each")), ("invite", t("By invitation")), ("external", t("Registration elsewhere"))] {
                            option value=(id) selected[v.join_mode == id] { (label) }
                        }
                    }
                }
                @if view.editing {
                    div.field {
                        label for="status" { (t("Status")) }
                        select #status name="status" {
                            @for (id, label) in [("confirmed", t("Confirmed")), ("tentative", t("Tentative")), ("cancelled", t("Cancelled"))] {
                                option value=(id) selected[v.status == id] { (label) }
                            }
                        }
                    }
                }
                (sector_choices(errors, view.sectors, &v.sectors))
                (field(errors, "tags", t("Topics"), "text", &v.tags, Some(t("Separate with commas"))))
                (field(errors, "language", t("Language"), "text", &v.language, None))
                (country_select(errors, "country", t("Country"), &v.country))
                button type="submit" { (t("Save")) }
            }
        },
    )
}
