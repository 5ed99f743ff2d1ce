//! A person's pages: the profile, the people around them, and their settings (profile,
//! moving, archive import, API tokens).

use crate::links::href;
use crate::{
    Ctx, FormErrors, PersonCard, Relation,
    components::{
        PictureField, avatar, chips, country_select, csrf_field, error_summary, field, follow_button, layout,
        next_page, person_card, person_card_with, picture_field, sector_choices,
    },
    i18n::{t, t_with},
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
                @if !p.job_title.is_empty() { p { strong { (t("role")) ": " } (p.job_title) } }
                @if !p.organisation.is_empty() { p { strong { (t("organisation")) ": " } (p.organisation) } }
                @if !p.city.is_empty() || !p.country.is_empty() {
                    p { strong { (t("city")) ": " } (p.city) @if !p.country.is_empty() { " (" (p.country) ")" } }
                }
                @if let Some((name, link)) = &page.moved_to {
                    p.flash role="status" { (t("this-account-has-moved-to")) " " a href=[href(link)] { (name) } "." }
                }
                @for para in p.summary.split("\n\n") { @if !para.trim().is_empty() { p { (para) } } }
                @if !p.sectors.is_empty() { p { strong { (t("sectors")) ": " } (p.sectors.join(", ")) } }
                (chips(t("expertise"), &p.expertise))
                @if let (Some(origin), Some(url)) = (&p.origin, &p.origin_url) {
                    p.origin { (t("this-profile-lives-on")) " " a href=[href(url)] rel="nofollow noopener" { (origin) } }
                }
                p.counts {
                    @if let Some(lists) = page.lists_url {
                        a href={ (lists) "/followers" } { (t_with("follower-count", &[("count", (page.followers).into())])) }
                        " · "
                        a href={ (lists) "/following" } { (t_with("following-count", &[("count", (page.following).into())])) }
                    } @else {
                        (t_with("followers-known-here-count", &[("count", (page.followers).into())]))
                    }
                }
                (follow_button(ctx, page.relation, page.target))
                @if page.relation == Relation::Myself { p { a href="/settings/profile" { (t("edit-your-profile")) } } }
                @if let Some(buttons) = &page.keep_away { (buttons) }
                @if page.report_url.is_some() { p { (crate::components::report_link(page.report_url.as_deref())) } }
            }
            @if !page.resources.is_empty() {
                section {
                    h2 { (t("resources-2")) }
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
            @if people.is_empty() { p.empty { (t("nobody-yet")) } }
            @else { div.cards { @for p in people { (person_card(p)) } } }
            (next_page(next))
        },
    )
}

pub fn follow_requests(ctx: &Ctx, requests: &[(i64, PersonCard)]) -> Markup {
    layout(
        ctx,
        t("follow-requests"),
        html! {
            h1 { (t("follow-requests")) }
            @if requests.is_empty() {
                p.empty { (t("no-requests-are-waiting")) " " a href="/settings/profile" { (t("choose-whether-you-approve-followers")) } }
            }
            @for (id, person) in requests {
                (person_card_with(person, html! {
                    form.inline method="post" action={ "/follow-requests/" (id) } {
                        (csrf_field(ctx))
                        button type="submit" name="decision" value="accept" { (t("accept")) }
                        " "
                        button.secondary type="submit" name="decision" value="reject" { (t("reject")) }
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
        t("edit-profile"),
        html! {
            h1 { (t("edit-your-profile")) }
            (error_summary(errors))
            form method="post" action="/settings/profile" enctype="multipart/form-data" {
                (csrf_field(ctx))
                (field(errors, "display_name", t("display-name"), "text", &values.display_name, None))
                (field(errors, "job_title", t("job-title"), "text", &values.job_title, None))
                (field(errors, "organisation", t("organisation"), "text", &values.organisation, Some(t("where-you-work-e-g-city"))))
                (field(errors, "city", t("city"), "text", &values.city, None))
                (country_select(errors, "country", t("country"), &values.country))
                (sector_choices(errors, sectors, &values.sectors))
                (field(errors, "expertise", t("expertise"), "text", &values.expertise, Some(t("separate-topics-with-commas-e-g"))))
                (field(errors, "summary", t("about-you"), "textarea", &values.summary, None))
                (picture_field(errors, &PictureField { name: "avatar", label: t("your-picture"), current: values.current_avatar.as_deref(), kept: values.kept_avatar }))
                (field(errors, "avatar_url", t("or-the-address-of-a-picture"), "url", &values.avatar_url, None))
                (picture_field(errors, &PictureField { name: "header", label: t("header-picture-across-the-top-of"), current: values.current_header.as_deref(), kept: values.kept_header }))
                (field(errors, "header_url", t("or-the-address-of-a-header"), "url", &values.header_url, None))
                div.field.check {
                    input #manually_approves type="checkbox" name="manually_approves" value="on" checked[values.manually_approves];
                    label for="manually_approves" { (t("approve-each-new-follower-myself")) }
                }
                button type="submit" { (t("save")) }
            }
            p { a href="/settings/tokens" { (t("your-api-tokens")) } " · " a href="/settings/blocks" { (t("blocks-and-mutes")) } " · " a href="/settings/move" { (t("move-your-account")) } }
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
        Mover::Account => (t("move-your-account"), "/settings/aliases".to_string(), "/settings/move".to_string()),
        Mover::Group { base } => (t("move-the-group"), format!("{base}/aliases"), format!("{base}/move")),
    };
    let group = matches!(mover, Mover::Group { .. });
    layout(
        ctx,
        title,
        html! {
            h1 { (title) }
            (error_summary(errors))
            h2 { (if group { t("coming-here-from-another-group") } else { t("coming-here-from-another-account") }) }
            p { (if group {
                t("name-the-group-this-one-takes")
            } else {
                t("name-the-account-you-had-before")
            }) }
            form method="post" action=(aliases_action) {
                (csrf_field(ctx))
                @if group {
                    (field(errors, "aliases", t("the-groups-this-one-was-before"), "text", aliases, Some(t("handles-like-heat-network-example-separated"))))
                } @else {
                    (field(errors, "aliases", t("your-other-accounts"), "text", aliases, Some(t("handles-like-anna-lyon-example-separated"))))
                }
                button type="submit" { (t("save")) }
            }
            @if !group {
                h2 { (t("your-data")) }
                p {
                    a href="/settings/export" { (t("download-your-data")) }
                    (t("your-resources-events-public-posts-profile"))
                    " " a href="/settings/import" { (t("import-data-from-another-node")) }
                }
            }
            h2 { (if group { t("moving-this-group-away") } else { t("moving-this-account-away") }) }
            @if let Some(moved_to) = moved_to {
                p.flash role="status" { (if group { t("this-group-has-moved-to") } else { t("this-account-has-moved-to") }) " " a href=[href(moved_to)] { (moved_to) } "." }
            } @else if group {
                p { (t("first-create-the-new-group-on")) }
                form method="post" action=(move_action) {
                    (csrf_field(ctx))
                    (field(errors, "target", t("the-new-group"), "text", "", Some(t("a-handle-like-heat-gent-example"))))
                    button type="submit" { (t("move-the-members-to-it")) }
                }
            } @else {
                p { (t("first-name-this-account-on-the")) }
                form method="post" action=(move_action) {
                    (csrf_field(ctx))
                    (field(errors, "target", t("your-new-account"), "text", "", Some(t("a-handle-like-anna-gent-example"))))
                    button type="submit" { (t("move-my-followers-to-it")) }
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
        t("import-your-data"),
        html! {
            h1 { (t("import-your-data")) }
            @if let Some(done) = done {
                div.flash role="status" {
                    p { (t_with("import-summary", &[("resources", (done.resources).into()), ("events", (done.events).into()), ("posts", (done.posts).into()), ("follows", (done.follows).into())])) }
                    @if done.already_here > 0 { p { (t_with("import-already-here", &[("count", (done.already_here).into())])) } }
                }
                @if !done.problems.is_empty() {
                    h2 { (t("not-imported")) }
                    ul { @for problem in &done.problems { li { (problem) } } }
                }
            }
            (error_summary(errors))
            p { (t("publish-here-as-this-account-the")) }
            form method="post" action="/settings/import" enctype="multipart/form-data" {
                (csrf_field(ctx))
                (field(errors, "archive", t("archive-file"), "file", "", Some(t("the-cairn-json-file-from-download"))))
                button type="submit" { (t("import")) }
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
        t("api-tokens"),
        html! {
            h1 { (t("api-tokens")) }
            p { (t("scripts-and-apps-act-as-you")) }
            @if let Some(secret) = new_secret {
                div.flash role="status" {
                    p { (t("your-new-token-copy-it-now")) }
                    p { code { (secret) } }
                }
            }
            @if tokens.is_empty() { p.empty { (t("you-have-no-api-tokens")) } }
            @else {
                table {
                    thead { tr { th { (t("name")) } th { (t("created")) } th { (t("last-used")) } th { (t("expires")) } th {} } }
                    tbody {
                        @for token in tokens {
                            tr {
                                td { (token.name) } td { (token.created) } td { (token.last_used) } td { (token.expires) }
                                td {
                                    form.inline method="post" action={ "/settings/tokens/" (token.id) "/revoke" } {
                                        (csrf_field(ctx))
                                        button.link type="submit" { (t("revoke")) }
                                    }
                                }
                            }
                        }
                    }
                }
            }
            h2 { (t("new-token")) }
            (error_summary(errors))
            form method="post" action="/settings/tokens" {
                (csrf_field(ctx))
                (field(errors, "name", t("what-is-it-for"), "text", "", None))
                (field(errors, "expires_in_days", t("expires-after-days"), "number", "", Some(t("leave-empty-for-a-token-that"))))
                button type="submit" { (t("make-a-token")) }
            }
        },
    )
}
