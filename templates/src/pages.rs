//! Whole pages.

use crate::links::href;
use crate::{
    Ctx, FormErrors, PersonCard, Relation,
    components::{
        avatar, chips, country_select, csrf_field, error_summary, field, follow_button, layout, next_page, person_card,
    },
    i18n::t,
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
    /// Network figures, e.g. `(120, "resources")`.
    pub counts: &'a [(i64, &'a str)],
    pub can_register: bool,
}

pub fn home(ctx: &Ctx, page: &HomePage<'_>) -> Markup {
    let identity = &page.identity;
    layout(
        ctx,
        if ctx.user.is_some() { t("Overview") } else { t("Home") },
        html! {
            @if ctx.user.is_some() {
                nav.tabs aria-label=(t("Timelines")) {
                    a href="/" { (t("Home")) }
                    a href="/overview" aria-current="page" { (t("Overview")) }
                }
            }
            section.intro.identity {
                @if let Some(logo) = identity.logo_url.and_then(href) { img.logo src=(logo) alt="" width="64" height="64"; }
                div {
                    h1 { (identity.name) }
                    @if !identity.place.is_empty() { p.place { (identity.place) } }
                    @if !identity.description.is_empty() { p.lead { (identity.description) } }
                    @if let Some((link, text)) = &identity.contact {
                        p { (t("Contact")) ": " a href=[href(link).or_else(|| link.starts_with("mailto:").then(|| link.clone()))] { (text) } }
                    }
                    @if ctx.user.is_none() && page.can_register {
                        p { a.button href="/register" { (t("Join this node")) } " " a href="/login" { (t("or log in")) } }
                    }
                }
            }
            form.search role="search" method="get" action="/knowledge" {
                label for="home-q" { (t("Search the knowledge repository")) }
                div.inline-field {
                    input #home-q type="search" name="q" placeholder=(t("e.g. district heating"));
                    button type="submit" { (t("Search")) }
                }
            }
            ul.counts aria-label=(t("This network in figures")) {
                @for (count, label) in page.counts { li { strong { (count) } " " (label) } }
            }
            div.portal {
                (portal_section(
                    t("Latest case studies"),
                    page.case_studies.iter().map(crate::knowledge::resource_card),
                    html! { (t("No case studies yet.")) " " a href="/knowledge/new?kind=case_study" { (t("Share your city's work")) } },
                    ("/knowledge?kind=case_study", t("All case studies")),
                ))
                (portal_section(
                    t("Upcoming events"),
                    page.events.iter().map(crate::events::event_card),
                    html! { (t("No events planned.")) },
                    ("/events", t("The calendar")),
                ))
                (portal_section(
                    t("Groups"),
                    page.groups.iter().map(crate::social::group_card),
                    html! { (t("No groups yet.")) },
                    ("/groups", t("All groups")),
                ))
                section {
                    h2 { (t("Our transition")) }
                    p {
                        label for="journey-progress" { (page.steps_done) " " (t("of")) " " (page.steps) " " (t("steps of the Transition Map done")) }
                    }
                    progress #journey-progress max=(page.steps) value=(page.steps_done) { (page.steps_done) "/" (page.steps) }
                    p { a href="/journey" { (t("Follow the journey")) } " · " a href="/map" { (t("The Transition Map")) } " · " a href="/dashboard" { (t("The dashboard")) } }
                }
            }
            section {
                h2 { (t("The organisation")) }
                (person_card(page.organisation))
            }
            section {
                h2 { (t("People on this node")) }
                @if page.people.is_empty() {
                    p.empty { (t("Nobody has joined yet.")) @if page.can_register { " " a href="/register" { (t("Be the first.")) } } }
                } @else {
                    div.cards { @for p in page.people { (person_card(p)) } }
                    p { a href="/directory" { (t("The directory")) } }
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
        t("Log in"),
        html! {
            h1 { (t("Log in")) }
            (error_summary(errors))
            form method="post" action="/login" {
                (csrf_field(ctx))
                (field(errors, "username", t("Username"), "text", username, None))
                (field(errors, "password", t("Password"), "password", "", None))
                button type="submit" { (t("Log in")) }
            }
            p { (t("No account yet?")) " " a href="/register" { (t("Register")) } }
        },
    )
}

pub struct RegisterValues<'a> {
    pub username: &'a str,
    pub email: &'a str,
}

pub fn register(ctx: &Ctx, errors: &FormErrors, values: &RegisterValues<'_>, note: Option<&str>, open: bool) -> Markup {
    layout(
        ctx,
        t("Register"),
        html! {
            h1 { (t("Create an account")) }
            @if let Some(note) = note { p.note { (note) } }
            @if open {
                (error_summary(errors))
                form method="post" action="/register" {
                    (csrf_field(ctx))
                    (field(errors, "username", t("Username"), "text", values.username,
                        Some(t("Lowercase letters, digits and _; it becomes your handle."))))
                    (field(errors, "email", t("Email"), "email", values.email, None))
                    (field(errors, "password", t("Password"), "password", "",
                        Some(t("At least 10 characters; mix letters with digits or symbols."))))
                    button type="submit" { (t("Create account")) }
                }
            }
        },
    )
}

pub struct ProfilePage<'a> {
    pub person: &'a PersonCard,
    pub followers: i64,
    pub following: i64,
    pub relation: Relation,
    /// What the follow button sends: the actor's id.
    pub target: &'a str,
    /// Link base for the follower lists (local actors only).
    pub lists_url: Option<&'a str>,
    pub resources: &'a [crate::knowledge::ResourceCard],
    /// Where the account moved: its name and link.
    pub moved_to: Option<(String, String)>,
}

pub fn profile(ctx: &Ctx, page: &ProfilePage<'_>) -> Markup {
    let p = page.person;
    layout(
        ctx,
        &p.name,
        html! {
            article.profile {
                header {
                    (avatar(p))
                    div {
                        h1 { (p.name) }
                        p.handle { (p.handle) @if p.kind != "Person" { " · " (p.kind) } }
                    }
                }
                @if !p.job_title.is_empty() { p { strong { (t("Role")) ": " } (p.job_title) } }
                @if !p.city.is_empty() || !p.country.is_empty() {
                    p { strong { (t("City")) ": " } (p.city) @if !p.country.is_empty() { " (" (p.country) ")" } }
                }
                @if let Some((name, link)) = &page.moved_to {
                    p.flash role="status" { (t("This account has moved to")) " " a href=[href(link)] { (name) } "." }
                }
                @for para in p.summary.split("\n\n") { @if !para.trim().is_empty() { p { (para) } } }
                (chips(&p.expertise))
                @if let (Some(origin), Some(url)) = (&p.origin, &p.origin_url) {
                    p.origin { (t("This profile lives on")) " " a href=[href(url)] rel="nofollow noopener" { (origin) } }
                }
                p.counts {
                    @if let Some(lists) = page.lists_url {
                        a href={ (lists) "/followers" } { (page.followers) " " (t("followers")) }
                        " · "
                        a href={ (lists) "/following" } { (page.following) " " (t("following")) }
                    } @else {
                        (page.followers) " " (t("followers known here"))
                    }
                }
                (follow_button(ctx, page.relation, page.target))
                @if page.relation == Relation::Myself { p { a href="/settings/profile" { (t("Edit your profile")) } } }
            }
            @if !page.resources.is_empty() {
                section {
                    h2 { (t("Resources")) }
                    @for resource in page.resources { (crate::knowledge::resource_card(resource)) }
                }
            }
        },
    )
}

pub fn people_list(ctx: &Ctx, title: &str, owner: &PersonCard, people: &[PersonCard], next: Option<&str>) -> Markup {
    layout(
        ctx,
        title,
        html! {
            h1 { (title) }
            p { a href=[href(&owner.page_url)] { "← " (owner.name) } }
            @if people.is_empty() { p.empty { (t("Nobody yet.")) } }
            @else { div.cards { @for p in people { (person_card(p)) } } }
            (next_page(next))
        },
    )
}

pub fn follow_requests(ctx: &Ctx, requests: &[(i64, PersonCard)]) -> Markup {
    layout(
        ctx,
        t("Follow requests"),
        html! {
            h1 { (t("Follow requests")) }
            @if requests.is_empty() {
                p.empty { (t("No requests are waiting.")) " " a href="/settings/profile" { (t("Choose whether you approve followers")) } }
            }
            @for (id, person) in requests {
                div.request {
                    (person_card(person))
                    form.inline method="post" action={ "/follow-requests/" (id) } {
                        (csrf_field(ctx))
                        button type="submit" name="decision" value="accept" { (t("Accept")) }
                        " "
                        button.secondary type="submit" name="decision" value="reject" { (t("Reject")) }
                    }
                }
            }
        },
    )
}

pub struct ProfileValues {
    pub display_name: String,
    pub summary: String,
    pub job_title: String,
    pub city: String,
    pub country: String,
    pub expertise: String,
    pub avatar_url: String,
    pub manually_approves: bool,
}

pub fn edit_profile(ctx: &Ctx, values: &ProfileValues, errors: &FormErrors) -> Markup {
    layout(
        ctx,
        t("Edit profile"),
        html! {
            h1 { (t("Edit your profile")) }
            (error_summary(errors))
            form method="post" action="/settings/profile" {
                (csrf_field(ctx))
                (field(errors, "display_name", t("Display name"), "text", &values.display_name, None))
                (field(errors, "job_title", t("Job title"), "text", &values.job_title, None))
                (field(errors, "city", t("City"), "text", &values.city, None))
                (country_select(errors, "country", t("Country"), &values.country))
                (field(errors, "expertise", t("Expertise"), "text", &values.expertise, Some(t("Separate topics with commas, e.g. district heating, cycling"))))
                (field(errors, "summary", t("About you"), "textarea", &values.summary, None))
                (field(errors, "avatar_url", t("Picture address"), "url", &values.avatar_url, None))
                div.field.check {
                    input #manually_approves type="checkbox" name="manually_approves" value="on" checked[values.manually_approves];
                    label for="manually_approves" { (t("Approve each new follower myself")) }
                }
                button type="submit" { (t("Save")) }
            }
            p { a href="/settings/tokens" { (t("Your API tokens")) } " · " a href="/settings/move" { (t("Move your account")) } }
        },
    )
}

/// Who moves: the signed-in person's account, or a group (its administrators, from its page).
#[derive(Clone, Copy)]
pub enum Mover<'a> {
    Account,
    /// The group's pages' path prefix, e.g. `/groups/heat`.
    Group {
        base: &'a str,
    },
}

/// Moving an account or a group: naming what it was before, and moving it away.
pub fn move_account(ctx: &Ctx, mover: Mover<'_>, aliases: &str, moved_to: Option<&str>, errors: &FormErrors) -> Markup {
    let (title, aliases_action, move_action) = match mover {
        Mover::Account => (t("Move your account"), "/settings/aliases".to_string(), "/settings/move".to_string()),
        Mover::Group { base } => (t("Move the group"), format!("{base}/aliases"), format!("{base}/move")),
    };
    let group = matches!(mover, Mover::Group { .. });
    layout(
        ctx,
        title,
        html! {
            h1 { (title) }
            (error_summary(errors))
            h2 { (if group { t("Coming here from another group") } else { t("Coming here from another account") }) }
            p { (if group {
                t("Name the group this one takes over, then move it from there: its members, moderators and discussions come here.")
            } else {
                t("Name the account you had before, then move it from there: its followers will follow you here.")
            }) }
            form method="post" action=(aliases_action) {
                (csrf_field(ctx))
                @if group {
                    (field(errors, "aliases", t("The groups this one was before"), "text", aliases, Some(t("Handles like @heat@network.example, separated by commas"))))
                } @else {
                    (field(errors, "aliases", t("Your other accounts"), "text", aliases, Some(t("Handles like @anna@lyon.example, separated by commas"))))
                }
                button type="submit" { (t("Save")) }
            }
            @if !group {
                h2 { (t("Your data")) }
                p {
                    a href="/settings/export" { (t("Download your data")) }
                    (t(": your resources, events, public posts, profile and follows, to import on your new node."))
                    " " a href="/settings/import" { (t("Import data from another node")) }
                }
            }
            h2 { (if group { t("Moving this group away") } else { t("Moving this account away") }) }
            @if let Some(moved_to) = moved_to {
                p.flash role="status" { (if group { t("This group has moved to") } else { t("This account has moved to") }) " " a href=[href(moved_to)] { (moved_to) } "." }
            } @else if group {
                p { (t("First create the new group on the other node and name this one there. Members here and on other servers will join the new group, whose node takes over the moderators and the discussions; this group will point to it.")) }
                form method="post" action=(move_action) {
                    (csrf_field(ctx))
                    (field(errors, "target", t("The new group"), "text", "", Some(t("A handle like @heat@gent.example"))))
                    button type="submit" { (t("Move the members to it")) }
                }
            } @else {
                p { (t("First name this account on the new one. Your followers, here and on other servers, will follow the new account; this one will point to it.")) }
                form method="post" action=(move_action) {
                    (csrf_field(ctx))
                    (field(errors, "target", t("Your new account"), "text", "", Some(t("A handle like @anna@gent.example"))))
                    button type="submit" { (t("Move my followers to it")) }
                }
            }
        },
    )
}

/// What importing an archive did, as its page shows it.
pub struct ImportDone {
    pub resources: usize,
    pub events: usize,
    pub posts: usize,
    pub follows: usize,
    pub already_here: usize,
    pub problems: Vec<String>,
}

/// Importing an archive downloaded from another node: the form, then what it did.
pub fn import_archive(ctx: &Ctx, done: Option<&ImportDone>, errors: &FormErrors) -> Markup {
    layout(
        ctx,
        t("Import your data"),
        html! {
            h1 { (t("Import your data")) }
            @if let Some(done) = done {
                div.flash role="status" {
                    p { (t("Imported")) ": " (done.resources) " " (t("resources")) ", " (done.events) " " (t("events")) ", "
                        (done.posts) " " (t("posts")) ", " (done.follows) " " (t("follows")) "." }
                    @if done.already_here > 0 { p { (done.already_here) " " (t("items were already here and were not published again.")) } }
                }
                @if !done.problems.is_empty() {
                    h2 { (t("Not imported")) }
                    ul { @for problem in &done.problems { li { (problem) } } }
                }
            }
            (error_summary(errors))
            p { (t("Publish here, as this account, the resources, events and public posts of an archive downloaded from another node, and follow again whom that account followed. Items already here are not published twice.")) }
            form method="post" action="/settings/import" enctype="multipart/form-data" {
                (csrf_field(ctx))
                (field(errors, "archive", t("Archive file"), "file", "", Some(t("The cairn-….json file from 'Download your data' on your old node (at most 1 MiB)"))))
                button type="submit" { (t("Import")) }
            }
        },
    )
}

/// One API token as its owner sees it (never the secret).
pub struct TokenRow {
    pub id: String,
    pub name: String,
    pub created: String,
    pub last_used: String,
    pub expires: String,
}

/// The person's API tokens: made here (the secret shown once), listed, revoked.
pub fn api_tokens(ctx: &Ctx, tokens: &[TokenRow], new_secret: Option<&str>, errors: &FormErrors) -> Markup {
    layout(
        ctx,
        t("API tokens"),
        html! {
            h1 { (t("API tokens")) }
            p { (t("Scripts and apps act as you with a token. Revoke one you no longer use or may have leaked.")) }
            @if let Some(secret) = new_secret {
                div.flash role="status" {
                    p { (t("Your new token. Copy it now: it is not shown again.")) }
                    p { code { (secret) } }
                }
            }
            @if tokens.is_empty() { p.empty { (t("You have no API tokens.")) } }
            @else {
                table {
                    thead { tr { th { (t("Name")) } th { (t("Created")) } th { (t("Last used")) } th { (t("Expires")) } th {} } }
                    tbody {
                        @for token in tokens {
                            tr {
                                td { (token.name) } td { (token.created) } td { (token.last_used) } td { (token.expires) }
                                td {
                                    form.inline method="post" action={ "/settings/tokens/" (token.id) "/revoke" } {
                                        (csrf_field(ctx))
                                        button.link type="submit" { (t("Revoke")) }
                                    }
                                }
                            }
                        }
                    }
                }
            }
            h2 { (t("New token")) }
            (error_summary(errors))
            form method="post" action="/settings/tokens" {
                (csrf_field(ctx))
                (field(errors, "name", t("What is it for?"), "text", "", None))
                (field(errors, "expires_in_days", t("Expires after (days)"), "number", "", Some(t("Leave empty for a token that lives until you revoke it"))))
                button type="submit" { (t("Make a token")) }
            }
        },
    )
}

pub fn find(ctx: &Ctx, query: &str, errors: &FormErrors, result: Option<(&PersonCard, Relation, &str)>) -> Markup {
    layout(
        ctx,
        t("Find people"),
        html! {
            h1 { (t("Find a colleague or a city")) }
            (error_summary(errors))
            form method="get" action="/find" role="search" {
                (field(errors, "target", t("Handle or address"), "search", query,
                    Some(t("For example @anna@lyon.example or https://lyon.example/users/anna"))))
                button type="submit" { (t("Look up")) }
            }
            @if let Some((person, relation, target)) = result {
                section {
                    h2 { (t("Found")) }
                    (person_card(person))
                    (follow_button(ctx, relation, target))
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
}

pub struct AdminPage<'a> {
    pub identity: &'a IdentityValues,
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
        t("Admin"),
        html! {
            h1 { (t("Administration")) }
            section #identity {
                h2 { (t("Node identity")) }
                p.hint { (t("How this node presents itself: the name replaces \"Cairn\" on every page, and the organisation's followers on other servers see the change.")) }
                form method="post" action="/admin/identity" {
                    (csrf_field(ctx))
                    (field(errors, "name", t("Name"), "text", &page.identity.name, None))
                    (field(errors, "city", t("City"), "text", &page.identity.city, None))
                    (country_select(errors, "country", t("Country"), &page.identity.country))
                    (field(errors, "description", t("Description"), "textarea", &page.identity.description, None))
                    (field(errors, "logo_url", t("Logo address"), "url", &page.identity.logo_url, Some(t("An https:// address of a picture"))))
                    (field(errors, "contact", t("Contact"), "text", &page.identity.contact, Some(t("An e-mail address or an https:// page where people reach your team"))))
                    button type="submit" { (t("Save the identity")) }
                }
            }
            section {
                h2 { (t("Federation")) }
                p { (page.pending_deliveries) " " (t("deliveries waiting")) ", " (page.failed_deliveries) " " (t("given up")) }
                (crate::network::delivery_lanes(page.lanes))
                h3 { (t("Domain rules")) }
                @if !page.configured_block.is_empty() { p { (t("Blocked in the configuration file")) ": " (page.configured_block.join(", ")) } }
                @if !page.configured_allow.is_empty() { p { (t("Allowed in the configuration file")) ": " (page.configured_allow.join(", ")) } }
                @if page.rules.is_empty() { p.empty { (t("No domain rules yet: this node federates with everyone.")) } }
                @else {
                    table {
                        thead { tr { th scope="col" { (t("Domain")) } th scope="col" { (t("Rule")) } th scope="col" { span.visually-hidden { (t("Actions")) } } } }
                        tbody {
                            @for (domain, policy) in page.rules {
                                tr {
                                    td { (domain) } td { (policy) }
                                    td {
                                        form.inline method="post" action="/admin/domains/remove" {
                                            (csrf_field(ctx))
                                            input type="hidden" name="domain" value=(domain);
                                            button.secondary type="submit" { (t("Remove")) }
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
                    (field(errors, "domain", t("Domain"), "text", "", None))
                    div.field {
                        label for="policy" { (t("Rule")) }
                        select #policy name="policy" {
                            option value="block" { (t("Block: refuse its activities, fetch nothing, deliver nothing")) }
                            option value="allow" { (t("Allow: once any domain is allowed, only allowed domains federate")) }
                        }
                    }
                    button type="submit" { (t("Add rule")) }
                }
            }
            (crate::network::node_directory(ctx, page.nodes, page.subscription_error))
            section #finance-matrix {
                h2 { (t("Financial guidance matrix")) }
                p { (t("Source")) ": " code { (page.matrix_source) } ", " (page.matrix_options) " " (t("financing options in use.")) }
                @if let Some(error) = page.matrix_error {
                    div.errors role="alert" {
                        p { (t("The matrix file was not loaded; the last good matrix stays in use.")) }
                        p { code { (error) } }
                    }
                }
                form.inline method="post" action="/admin/finance/reload" {
                    (csrf_field(ctx))
                    button type="submit" { (t("Reload the matrix file")) }
                }
            }
            section {
                h2 { (t("Accounts waiting for approval")) }
                @if page.awaiting_approval.is_empty() { p.empty { (t("None.")) } }
                @for (id, username, email) in page.awaiting_approval {
                    form.inline method="post" action={ "/admin/users/" (id) "/approve" } {
                        (csrf_field(ctx))
                        span { (username) " (" (email) ") " }
                        button type="submit" { (t("Approve")) }
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
        t("Error"),
        html! {
            h1 { (t("Something is not right")) " (" (status) ")" }
            p { (sentence(message)) }
            p { a href="/" { (t("Back to the home page")) } }
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
        t("Authorize an app"),
        html! {
            h1 { (t("Authorize")) " " (view.app_name) }
            @if let Some(site) = view.app_website { p.meta { a href=[href(site)] rel="nofollow noopener" { (site) } } }
            p { (t("This app asks to act for your account with these permissions:")) }
            ul { @for scope in view.scopes { li { code { (scope) } } } }
            @if let Some(error) = view.error { div.errors role="alert" { p { (error) } } }
            form method="post" action="/oauth/authorize" {
                (csrf_field(ctx))
                @for (name, value) in view.params { input type="hidden" name=(*name) value=(value); }
                @if view.needs_login {
                    div.field { label for="username" { (t("Username or email")) } input #username name="username" type="text" autocomplete="username"; }
                    div.field { label for="password" { (t("Password")) } input #password name="password" type="password" autocomplete="current-password"; }
                }
                button type="submit" name="decision" value="approve" { (t("Authorize")) }
                " "
                button.secondary type="submit" name="decision" value="deny" { (t("Deny")) }
            }
        },
    )
}

/// OAuth out-of-band: the code the person copies into the app.
pub fn authorization_code(ctx: &Ctx, code: &str) -> Markup {
    layout(
        ctx,
        t("Authorization code"),
        html! {
            h1 { (t("Authorization code")) }
            p { (t("Copy this code into the app:")) }
            p { code #code { (code) } }
        },
    )
}
