//! A person's pages: the profile, the people around them, and their settings (profile,
//! moving, archive import, API tokens).

use crate::links::href;
use crate::{
    Ctx, FormErrors, PersonCard, Relation,
    components::{
        PictureField, avatar, chips, country_select, csrf_field, error_summary, field, follow_button, layout,
        next_page, person_card, person_card_with, picture_field, sector_choices,
    },
    i18n::t,
};
use maud::{Markup, html};

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
    pub report_url: Option<String>,
    /// Block and mute buttons, for a signed-in visitor who is someone else.
    pub keep_away: Option<Markup>,
}

pub fn profile(ctx: &Ctx, page: &ProfilePage<'_>) -> Markup {
    let p = page.person;
    layout(
        ctx,
        &p.name,
        html! {
            article.profile {
                // As with avatars, another server's picture is not loaded from there: a reader's
                // address is not handed to a server they did not visit.
                @if let Some(header) = p.header_url.as_ref().filter(|_| p.origin.is_none()) {
                    img.profile-header src=[href(header)] alt="" loading="lazy";
                }
                header {
                    (avatar(p))
                    div {
                        h1 { (p.name) }
                        p.handle { (p.handle) @if p.kind != "Person" { " · " (p.kind) } }
                    }
                }
                @if !p.job_title.is_empty() { p { strong { (t("Role")) ": " } (p.job_title) } }
                @if !p.organisation.is_empty() { p { strong { (t("Organisation")) ": " } (p.organisation) } }
                @if !p.city.is_empty() || !p.country.is_empty() {
                    p { strong { (t("City")) ": " } (p.city) @if !p.country.is_empty() { " (" (p.country) ")" } }
                }
                @if let Some((name, link)) = &page.moved_to {
                    p.flash role="status" { (t("This account has moved to")) " " a href=[href(link)] { (name) } "." }
                }
                @for para in p.summary.split("\n\n") { @if !para.trim().is_empty() { p { (para) } } }
                @if !p.sectors.is_empty() { p { strong { (t("Sectors")) ": " } (p.sectors.join(", ")) } }
                (chips(t("Expertise"), &p.expertise))
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
                @if let Some(buttons) = &page.keep_away { (buttons) }
                @if page.report_url.is_some() { p { (crate::components::report_link(page.report_url.as_deref())) } }
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
                (person_card_with(person, html! {
                    form.inline method="post" action={ "/follow-requests/" (id) } {
                        (csrf_field(ctx))
                        button type="submit" name="decision" value="accept" { (t("Accept")) }
                        " "
                        button.secondary type="submit" name="decision" value="reject" { (t("Reject")) }
                    }
                }))
            }
        },
    )
}

#[derive(Default)]
pub struct ProfileValues {
    pub display_name: String,
    pub summary: String,
    pub job_title: String,
    pub organisation: String,
    pub city: String,
    pub country: String,
    pub sectors: Vec<String>,
    pub expertise: String,
    pub avatar_url: String,
    pub header_url: String,
    /// The pictures shown now.
    pub current_avatar: Option<String>,
    pub current_header: Option<String>,
    /// Uploads kept from a form shown again with its mistakes.
    pub kept_avatar: Option<i64>,
    pub kept_header: Option<i64>,
    pub manually_approves: bool,
}

/// `sectors`: the taxonomy's sectors to choose from (id, label).
pub fn edit_profile(ctx: &Ctx, values: &ProfileValues, sectors: &[(String, String)], errors: &FormErrors) -> Markup {
    layout(
        ctx,
        t("Edit profile"),
        html! {
            h1 { (t("Edit your profile")) }
            (error_summary(errors))
            form method="post" action="/settings/profile" enctype="multipart/form-data" {
                (csrf_field(ctx))
                (field(errors, "display_name", t("Display name"), "text", &values.display_name, None))
                (field(errors, "job_title", t("Job title"), "text", &values.job_title, None))
                (field(errors, "organisation", t("Organisation"), "text", &values.organisation, Some(t("Where you work, e.g. City of Gent, climate team"))))
                (field(errors, "city", t("City"), "text", &values.city, None))
                (country_select(errors, "country", t("Country"), &values.country))
                (sector_choices(errors, sectors, &values.sectors))
                (field(errors, "expertise", t("Expertise"), "text", &values.expertise, Some(t("Separate topics with commas, e.g. district heating, cycling"))))
                (field(errors, "summary", t("About you"), "textarea", &values.summary, None))
                (picture_field(errors, &PictureField { name: "avatar", label: t("Your picture"), current: values.current_avatar.as_deref(), kept: values.kept_avatar }))
                (field(errors, "avatar_url", t("Or the address of a picture elsewhere"), "url", &values.avatar_url, None))
                (picture_field(errors, &PictureField { name: "header", label: t("Header picture, across the top of your page"), current: values.current_header.as_deref(), kept: values.kept_header }))
                (field(errors, "header_url", t("Or the address of a header picture elsewhere"), "url", &values.header_url, None))
                div.field.check {
                    input #manually_approves type="checkbox" name="manually_approves" value="on" checked[values.manually_approves];
                    label for="manually_approves" { (t("Approve each new follower myself")) }
                }
                button type="submit" { (t("Save")) }
            }
            p { a href="/settings/tokens" { (t("Your API tokens")) } " · " a href="/settings/blocks" { (t("Blocks and mutes")) } " · " a href="/settings/move" { (t("Move your account")) } }
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
