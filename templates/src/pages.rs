//! Whole pages.

use crate::links::href;
use crate::{
    Ctx, FormErrors, PersonCard, Relation,
    components::{
        country_select, csrf_field, error_summary, field, follow_button, language_select, layout, person_card,
        person_card_with,
    },
    i18n::{t, t_with},
};
use maud::{Markup, html};

/// The node as it presents itself: its identity as the admins set it.
pub struct Identity<'a> {
    pub name: &'a str,
    /// City and country name, as far as known.
    pub place: &'a str,
    pub description: &'a str,
    pub logo_url: Option<&'a str>,
    /// Where to reach the team: a `mailto:` or https address, with its text.
    pub contact: Option<(String, &'a str)>,
}

/// The portal: what a visitor (and, one tab from their feed, a member) sees of the node.
pub struct HomePage<'a> {
    pub identity: Identity<'a>,
    pub organisation: &'a PersonCard,
    pub people: &'a [PersonCard],
    pub case_studies: &'a [crate::knowledge::ResourceCard],
    pub events: &'a [crate::events::EventCard],
    pub groups: &'a [crate::social::GroupCard],
    pub steps_done: i64,
    pub steps: i64,
    /// Network figures with their words, e.g. `(120, "resources")`.
    pub counts: &'a [(i64, String)],
    pub can_register: bool,
}

pub fn home(ctx: &Ctx, page: &HomePage<'_>) -> Markup {
    let identity = &page.identity;
    layout(
        ctx,
        if ctx.user.is_some() { t("overview") } else { t("home") },
        html! {
            @if ctx.user.is_some() {
                nav.tabs aria-label=(t("timelines")) {
                    a href="/" { (t("home")) }
                    a href="/overview" aria-current="page" { (t("overview")) }
                }
            }
            section.intro.identity {
                @if let Some(logo) = identity.logo_url.and_then(href) { img.logo src=(logo) alt="" width="64" height="64"; }
                div {
                    h1 { (identity.name) }
                    @if !identity.place.is_empty() { p.place { (identity.place) } }
                    @if !identity.description.is_empty() { p.lead { (identity.description) } }
                    @if let Some((link, text)) = &identity.contact {
                        p { (t("contact")) ": " a href=[href(link).or_else(|| link.starts_with("mailto:").then(|| link.clone()))] { (text) } }
                    }
                    @if ctx.user.is_none() && page.can_register {
                        p { a.button href="/register" { (t("join-this-node")) } " " a href="/login" { (t("or-log-in")) } }
                    }
                }
            }
            form.search role="search" method="get" action="/knowledge" {
                label for="home-q" { (t("search-the-knowledge-repository")) }
                div.inline-field {
                    input #home-q type="search" name="q" placeholder=(t("e-g-district-heating"));
                    button type="submit" { (t("search")) }
                }
            }
            ul.counts aria-label=(t("this-network-in-figures")) {
                @for (count, label) in page.counts { li { strong { (crate::numbers::count(*count as f64)) } " " (label) } }
            }
            div.portal {
                (portal_section(
                    t("latest-case-studies"),
                    page.case_studies.iter().map(crate::knowledge::resource_card),
                    html! { (t("no-case-studies-yet")) " " a href="/knowledge/new?kind=case_study" { (t("share-your-citys-work")) } },
                    ("/knowledge?kind=case_study", t("all-case-studies")),
                ))
                (portal_section(
                    t("upcoming-events-2"),
                    page.events.iter().map(crate::events::event_card),
                    html! { (t("no-events-planned")) },
                    ("/events", t("the-calendar")),
                ))
                (portal_section(
                    t("groups"),
                    page.groups.iter().map(crate::social::group_card),
                    html! { (t("no-groups-yet")) },
                    ("/groups", t("all-groups")),
                ))
                section {
                    h2 { (t("our-transition")) }
                    p {
                        label for="journey-progress" { (t_with("map-steps-done", &[("done", (page.steps_done).into()), ("total", (page.steps).into())])) }
                    }
                    progress #journey-progress max=(page.steps) value=(page.steps_done) { (page.steps_done) "/" (page.steps) }
                    p { a href="/journey" { (t("follow-the-journey")) } " · " a href="/map" { (t("the-transition-map")) } " · " a href="/dashboard" { (t("the-dashboard")) } }
                }
            }
            section {
                h2 { (t("the-organisation")) }
                (person_card(page.organisation))
            }
            section {
                h2 { (t("people-on-this-node")) }
                @if page.people.is_empty() {
                    p.empty { (t("nobody-has-joined-yet")) @if page.can_register { " " a href="/register" { (t("be-the-first")) } } }
                } @else {
                    div.cards { @for p in page.people { (person_card(p)) } }
                    p { a href="/directory" { (t("the-directory")) } }
                }
            }
        },
    )
}

/// One of the portal's lists: its cards, or what to say when there are none, and where the rest is.
fn portal_section(title: &str, cards: impl Iterator<Item = Markup>, empty: Markup, more: (&str, &str)) -> Markup {
    let cards: Vec<Markup> = cards.collect();
    html! {
        section {
            h2 { (title) }
            @if cards.is_empty() { p.empty { (empty) } } @else { div.results { @for card in cards { (card) } } }
            p { a href=(more.0) { (more.1) } }
        }
    }
}

pub fn login(ctx: &Ctx, errors: &FormErrors, username: &str) -> Markup {
    layout(
        ctx,
        t("log-in"),
        html! {
            h1 { (t("log-in")) }
            (error_summary(errors))
            form method="post" action="/login" {
                (csrf_field(ctx))
                (field(errors, "username", t("username"), "text", username, None))
                (field(errors, "password", t("password"), "password", "", None))
                button type="submit" { (t("log-in")) }
            }
            p { (t("no-account-yet")) " " a href="/register" { (t("register")) } }
        },
    )
}

pub struct RegisterValues<'a> {
    pub username: &'a str,
    pub email: &'a str,
    /// The node's rules, which a new account agrees to.
    pub rules: &'a [String],
}

pub fn register(ctx: &Ctx, errors: &FormErrors, values: &RegisterValues<'_>, note: Option<&str>, open: bool) -> Markup {
    layout(
        ctx,
        t("register"),
        html! {
            h1 { (t("create-an-account")) }
            @if let Some(note) = note { p.note { (note) } }
            @if open && !values.rules.is_empty() {
                section.rules aria-labelledby="rules-heading" {
                    h2 #rules-heading { (t("the-rules-of-this-node")) }
                    ol { @for rule in values.rules { li { (rule) } } }
                    p { (t("by-creating-an-account-you-agree")) }
                }
            }
            @if open {
                (error_summary(errors))
                form method="post" action="/register" {
                    (csrf_field(ctx))
                    (field(errors, "username", t("username"), "text", values.username,
                        Some(t("lowercase-letters-digits-and-it-becomes"))))
                    (field(errors, "email", t("email"), "email", values.email, None))
                    (field(errors, "password", t("password"), "password", "",
                        Some(t("at-least-10-characters-mix-letters"))))
                    button type="submit" { (t("create-account")) }
                }
            }
        },
    )
}

pub fn find(ctx: &Ctx, query: &str, errors: &FormErrors, result: Option<(&PersonCard, Relation, &str)>) -> Markup {
    layout(
        ctx,
        t("find-people"),
        html! {
            h1 { (t("find-a-colleague-or-a-city")) }
            (error_summary(errors))
            form method="get" action="/find" role="search" {
                (field(errors, "target", t("handle-or-address"), "search", query,
                    Some(t("for-example-anna-lyon-example-or"))))
                button type="submit" { (t("look-up")) }
            }
            @if let Some((person, relation, target)) = result {
                section {
                    h2 { (t("found")) }
                    (person_card_with(person, follow_button(ctx, relation, target)))
                }
            }
        },
    )
}

/// The node's identity as the admin form shows it (as saved, or as typed when it had errors).
#[derive(Default)]
pub struct IdentityValues {
    pub name: String,
    pub city: String,
    pub country: String,
    pub description: String,
    pub logo_url: String,
    pub contact: String,
    /// A language code.
    pub language: String,
}

pub struct AdminPage<'a> {
    pub identity: &'a IdentityValues,
    /// The node's rules, one per line, as saved or as typed.
    pub node_rules: &'a str,
    pub configured_allow: &'a [String],
    pub configured_block: &'a [String],
    pub rules: &'a [(String, String)],
    pub awaiting_approval: &'a [(i64, String, String)],
    pub pending_deliveries: i64,
    pub failed_deliveries: i64,
    pub lanes: &'a [crate::network::LaneRow],
    /// Where the finance matrix comes from, its number of options, and the last reload error.
    pub matrix_source: &'a str,
    pub matrix_options: usize,
    pub matrix_error: Option<&'a str>,
    pub nodes: &'a [crate::network::NodeRow],
    /// Why the last subscription could not be made.
    pub subscription_error: Option<&'a str>,
}

pub fn admin(ctx: &Ctx, page: &AdminPage<'_>, errors: &FormErrors) -> Markup {
    layout(
        ctx,
        t("admin"),
        html! {
            h1 { (t("administration")) }
            p { a href="/admin/reports" { (t("reports")) } " · " a href="/admin/audit" { (t("audit-log")) } }
            section #identity {
                h2 { (t("node-identity")) }
                p.hint { (t("how-this-node-presents-itself-the")) }
                form method="post" action="/admin/identity" {
                    (csrf_field(ctx))
                    (field(errors, "name", t("name"), "text", &page.identity.name, None))
                    (field(errors, "city", t("city"), "text", &page.identity.city, None))
                    (country_select(errors, "country", t("country"), &page.identity.country))
                    (field(errors, "description", t("description"), "textarea", &page.identity.description, None))
                    (field(errors, "logo_url", t("logo-address"), "url", &page.identity.logo_url, Some(t("an-https-address-of-a-picture"))))
                    (field(errors, "contact", t("contact"), "text", &page.identity.contact, Some(t("an-e-mail-address-or-an"))))
                    (language_select(errors, "language", t("node-default-language"), &page.identity.language, t("node-default-language-hint")))
                    button type="submit" { (t("save-the-identity")) }
                }
            }
            section #node-rules {
                h2 { (t("node-rules")) }
                p.hint { (t("what-everyone-here-agrees-to-shown")) }
                form method="post" action="/admin/rules" {
                    (csrf_field(ctx))
                    (field(errors, "rules", t("rules"), "textarea", page.node_rules, None))
                    button type="submit" { (t("publish-the-rules")) }
                }
            }
            section {
                h2 { (t("federation")) }
                p { (page.pending_deliveries) " " (t("deliveries-waiting")) ", " (page.failed_deliveries) " " (t("given-up")) }
                (crate::network::delivery_lanes(page.lanes))
                h3 { (t("domain-rules")) }
                @if !page.configured_block.is_empty() { p { (t("blocked-in-the-configuration-file")) ": " (page.configured_block.join(", ")) } }
                @if !page.configured_allow.is_empty() { p { (t("allowed-in-the-configuration-file")) ": " (page.configured_allow.join(", ")) } }
                @if page.rules.is_empty() { p.empty { (t("no-domain-rules-yet-this-node")) } }
                @else {
                    table {
                        thead { tr { th scope="col" { (t("domain")) } th scope="col" { (t("rule")) } th scope="col" { span.visually-hidden { (t("actions")) } } } }
                        tbody {
                            @for (domain, policy) in page.rules {
                                tr {
                                    td { (domain) } td { (policy) }
                                    td {
                                        form.inline method="post" action="/admin/domains/remove" {
                                            (csrf_field(ctx))
                                            input type="hidden" name="domain" value=(domain);
                                            button.secondary type="submit" { (t("remove")) }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
                (error_summary(errors))
                form method="post" action="/admin/domains" {
                    (csrf_field(ctx))
                    (field(errors, "domain", t("domain"), "text", "", None))
                    div.field {
                        label for="policy" { (t("rule")) }
                        select #policy name="policy" {
                            option value="block" { (t("block-refuse-its-activities-fetch-nothing")) }
                            option value="limit" { (t("limit-keep-it-out-of-public")) }
                            option value="allow" { (t("allow-once-any-domain-is-allowed")) }
                        }
                    }
                    button type="submit" { (t("add-rule")) }
                }
            }
            (crate::network::node_directory(ctx, page.nodes, page.subscription_error))
            section #finance-matrix {
                h2 { (t("financial-guidance-matrix")) }
                p { (t("source")) ": " code { (page.matrix_source) } ", " (page.matrix_options) " " (t("financing-options-in-use")) }
                @if let Some(error) = page.matrix_error {
                    div.errors role="alert" {
                        p { (t("the-matrix-file-was-not-loaded")) }
                        p { code { (error) } }
                    }
                }
                form.inline method="post" action="/admin/finance/reload" {
                    (csrf_field(ctx))
                    button type="submit" { (t("reload-the-matrix-file")) }
                }
            }
            section {
                h2 { (t("accounts-waiting-for-approval")) }
                @if page.awaiting_approval.is_empty() { p.empty { (t("none-2")) } }
                @for (id, username, email) in page.awaiting_approval {
                    form.inline method="post" action={ "/admin/users/" (id) "/approve" } {
                        (csrf_field(ctx))
                        span { (username) " (" (email) ") " }
                        button type="submit" { (t("approve")) }
                    }
                }
            }
        },
    )
}

/// Messages are written to follow a colon ("name: this is required"); alone, they start a sentence.
fn sentence(message: &str) -> String {
    let mut chars = message.chars();
    chars.next().map(|first| first.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

pub fn error_page(ctx: &Ctx, status: u16, message: &str) -> Markup {
    layout(
        ctx,
        t("error"),
        html! {
            h1 { (t("something-is-not-right")) " (" (status) ")" }
            p { (sentence(message)) }
            p { a href="/" { (t("back-to-the-home-page")) } }
        },
    )
}

pub struct AuthorizeView<'a> {
    pub app_name: &'a str,
    pub app_website: Option<&'a str>,
    pub scopes: &'a [String],
    /// `client_id`, `redirect_uri`, `scope`, `response_type`, `state` carried through the form.
    pub params: &'a [(&'a str, String)],
    /// Whether the person must log in on this form.
    pub needs_login: bool,
    pub error: Option<&'a str>,
}

/// OAuth: an app asks for access to the account.
pub fn authorize(ctx: &Ctx, view: &AuthorizeView<'_>) -> Markup {
    layout(
        ctx,
        t("authorize-an-app"),
        html! {
            h1 { (t("authorize")) " " (view.app_name) }
            @if let Some(site) = view.app_website { p.meta { a href=[href(site)] rel="nofollow noopener" { (site) } } }
            p { (t("this-app-asks-to-act-for")) }
            ul { @for scope in view.scopes { li { code { (scope) } } } }
            @if let Some(error) = view.error { div.errors role="alert" { p { (error) } } }
            form method="post" action="/oauth/authorize" {
                (csrf_field(ctx))
                @for (name, value) in view.params { input type="hidden" name=(*name) value=(value); }
                @if view.needs_login {
                    div.field { label for="username" { (t("username-or-email")) } input #username name="username" type="text" autocomplete="username"; }
                    div.field { label for="password" { (t("password")) } input #password name="password" type="password" autocomplete="current-password"; }
                }
                button type="submit" name="decision" value="approve" { (t("authorize")) }
                " "
                button.secondary type="submit" name="decision" value="deny" { (t("deny")) }
            }
        },
    )
}

/// OAuth out-of-band: the code the person copies into the app.
pub fn authorization_code(ctx: &Ctx, code: &str) -> Markup {
    layout(
        ctx,
        t("authorization-code"),
        html! {
            h1 { (t("authorization-code")) }
            p { (t("copy-this-code-into-the-app")) }
            p { code #code { (code) } }
        },
    )
}
