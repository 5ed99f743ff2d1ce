//! The social side: the feed with its compose box, posts, groups, the directory and
//! notifications.

use crate::links::href;
use crate::{
    Ctx, FormErrors, PersonCard, Relation,
    components::{
        TranslationFormValues, VersionFields, VersionLink, chips, country_filter, csrf_field, error_summary, field,
        follow_button, layout, next_page, person_card_with, sector_choices, text_language_select, translation_fields,
        version_switcher,
    },
    events::{EventCard, event_card},
    i18n::{msg, t, t_with},
    knowledge::{ResourceCard, resource_card},
};
use maud::{Markup, PreEscaped, html};

#[derive(Debug, Clone, Default)]
pub struct PostView {
    pub page_url: String,
    pub author_name: String,
    pub author_handle: String,
    pub author_url: String,
    /// Name and page of the group the post is in.
    pub group: Option<(String, String)>,
    /// Sanitized HTML.
    pub content_html: String,
    pub published: String,
    pub origin: Option<String>,
    pub in_reply_to: Option<String>,
    /// The form action that removes it, for its author and the group's moderators.
    pub remove_action: Option<String>,
    pub report_url: Option<String>,
    pub attachments: Vec<crate::components::AttachmentView>,
}

pub fn post_item(ctx: &Ctx, post: &PostView) -> Markup {
    html! {
        article.card.post {
            div {
                p.meta {
                    a href=[href(&post.author_url)] { strong { (post.author_name) } } " " span.handle { (post.author_handle) }
                    @if let Some((name, url)) = &post.group { " · " (t("in-inline")) " " a href=[href(url)] { (name) } }
                }
                @if let Some(parent) = &post.in_reply_to { p.meta { (t("replying-to")) " " a href=[href(parent)] { (t("a-post")) } } }
                div.body { (PreEscaped(&post.content_html)) }
                @if !post.attachments.is_empty() { (crate::components::attachment_list(&post.attachments)) }
                p.meta {
                    a href=[href(&post.page_url)] { (post.published) }
                    @if let Some(origin) = &post.origin { " · " (t("from-inline")) " " (origin) }
                    @if let Some(action) = &post.remove_action {
                        " · "
                        form.inline method="post" action=(action) {
                            (csrf_field(ctx))
                            button.link type="submit" { (t("remove")) }
                        }
                    }
                    @if post.report_url.is_some() { " · " (crate::components::report_link(post.report_url.as_deref())) }
                }
            }
        }
    }
}

pub enum FeedEntry {
    Post(PostView),
    Resource(ResourceCard),
    Event(EventCard),
}

/// The compose box: a post on its own, into a group, or a reply.
pub fn compose(
    ctx: &Ctx,
    action: &str,
    label: &str,
    value: &str,
    errors: &FormErrors,
    hidden: &[(&str, &str)],
) -> Markup {
    html! {
        form.compose method="post" action=(action) {
            (csrf_field(ctx))
            @for (name, value) in hidden { input type="hidden" name=(*name) value=(*value); }
            (field(errors, "content", label, "textarea", value, Some(t("markdown-mention-people-as-name-host"))))
            button type="submit" { (t("post")) }
        }
    }
}

pub struct FeedView<'a> {
    /// Label, URL, current.
    pub tabs: &'a [(String, String, bool)],
    pub entries: &'a [FeedEntry],
    pub can_compose: bool,
    pub draft: &'a str,
    pub errors: &'a FormErrors,
    pub next_url: Option<String>,
}

pub fn feed(ctx: &Ctx, view: &FeedView<'_>) -> Markup {
    layout(
        ctx,
        t("feed"),
        html! {
            h1 { (t("feed")) }
            @if view.can_compose {
                (error_summary(view.errors))
                (compose(ctx, "/posts", t("what-are-you-working-on"), view.draft, view.errors, &[]))
            }
            nav.tabs aria-label=(t("timelines")) {
                @for (label, url, current) in view.tabs {
                    a href=[href(url)] aria-current=[current.then_some("page")] { (label) }
                }
            }
            @if view.entries.is_empty() {
                p.empty { (t("nothing-here-yet")) " " a href="/directory" { (t("find-colleagues-and-groups-to-follow")) } }
            }
            div.results {
                @for entry in view.entries {
                    @match entry {
                        FeedEntry::Post(post) => (post_item(ctx, post)),
                        FeedEntry::Resource(card) => (resource_card(card)),
                        FeedEntry::Event(card) => (event_card(card)),
                    }
                }
            }
            (next_page(view.next_url.as_deref()))
        },
    )
}

/// A hashtag's page: the resources filed under it, then the public posts that use it.
pub struct TagView<'a> {
    pub tag: &'a str,
    pub resources: &'a [ResourceCard],
    pub resource_total: i64,
    pub resources_url: String,
    pub posts: &'a [FeedEntry],
    pub next_url: Option<String>,
}

pub fn tag_page(ctx: &Ctx, view: &TagView<'_>) -> Markup {
    let title = format!("#{}", view.tag);
    layout(
        ctx,
        &title,
        html! {
            h1 { (title) }
            section {
                h2 { (t("resources-2")) }
                @if view.resources.is_empty() { p.empty { (t("no-resource-is-filed-under-this")) } }
                div.results { @for card in view.resources { (resource_card(card)) } }
                @if view.resource_total > view.resources.len() as i64 {
                    p { a href=[href(&view.resources_url)] { (t("all-resources-with-this-tag")) " (" (view.resource_total) ")" } }
                }
            }
            section {
                h2 { (t("posts-2")) }
                @if view.posts.is_empty() { p.empty { (t("no-public-post-uses-this-tag")) } }
                div.results {
                    @for entry in view.posts {
                        @match entry {
                            FeedEntry::Post(post) => (post_item(ctx, post)),
                            FeedEntry::Resource(card) => (resource_card(card)),
                            FeedEntry::Event(card) => (event_card(card)),
                        }
                    }
                }
                (next_page(view.next_url.as_deref()))
            }
        },
    )
}

pub struct PostPage<'a> {
    pub post: &'a PostView,
    pub replies: &'a [PostView],
    pub reply_to: Option<&'a str>,
    pub errors: &'a FormErrors,
}

pub fn post_page(ctx: &Ctx, view: &PostPage<'_>) -> Markup {
    layout(
        ctx,
        t("post"),
        html! {
            h1.visually-hidden { (t("post-by")) " " (view.post.author_name) }
            (post_item(ctx, view.post))
            section {
                h2 { (t("replies")) " (" (view.replies.len()) ")" }
                @for reply in view.replies { (post_item(ctx, reply)) }
                @if let Some(parent) = view.reply_to {
                    (error_summary(view.errors))
                    (compose(ctx, "/posts", t("reply"), "", view.errors, &[("in_reply_to", parent)]))
                }
            }
        },
    )
}

#[derive(Debug, Clone, Default)]
pub struct GroupCard {
    pub name: String,
    pub handle: String,
    pub url: String,
    pub description: String,
    pub sectors: Vec<String>,
    pub topics: Vec<String>,
    pub members: i64,
    pub join_mode: String,
    pub visibility: String,
    pub origin: Option<String>,
    /// The language the name and description are shown in, when known.
    pub lang: Option<String>,
}

pub fn group_card(group: &GroupCard) -> Markup {
    html! {
        article.card.group {
            div {
                h3 lang=[group.lang.as_deref()] { a href=[href(&group.url)] { (group.name) } }
                p.handle { (group.handle) " · " (t_with("member-count", &[("count", (group.members).into())])) " · " (t(join_mode_label(&group.join_mode))) }
                @if !group.description.is_empty() { p lang=[group.lang.as_deref()] { (group.description.chars().take(200).collect::<String>()) } }
                (chips(t("sectors"), &group.sectors))
                @if let Some(origin) = &group.origin { p.origin { (t("from")) " " (origin) } }
            }
        }
    }
}

fn join_mode_label(mode: &str) -> &'static str {
    match mode {
        "approval" => msg("moderators-approve-new-members"),
        "invite" => msg("by-invitation"),
        _ => msg("open-to-all"),
    }
}

pub fn groups(ctx: &Ctx, query: &str, groups: &[GroupCard], can_create: bool, next: Option<&str>) -> Markup {
    layout(
        ctx,
        t("groups"),
        html! {
            div.page-head {
                h1 { (t("groups")) }
                @if can_create { a.button href="/groups/new" { (t("create-a-group")) } }
            }
            form.searchbar method="get" action="/groups" role="search" {
                div.row {
                    label.visually-hidden for="q" { (t("search-groups")) }
                    input #q type="search" name="q" value=(query) placeholder=(t("search-groups"));
                    button type="submit" { (t("search")) }
                }
            }
            @if groups.is_empty() { p.empty { (t("no-groups-yet")) @if can_create { " " a href="/groups/new" { (t("start-one")) } } } }
            div.cards { @for group in groups { (group_card(group)) } }
            (next_page(next))
        },
    )
}

#[derive(Debug, Clone, Default)]
pub struct GroupFormValues {
    pub handle: String,
    pub name: String,
    pub description: String,
    pub sectors: Vec<String>,
    pub topics: String,
    pub join_mode: String,
    pub visibility: String,
    /// The group's picture now, and an upload kept from a form shown again.
    pub current_avatar: Option<String>,
    pub kept_avatar: Option<i64>,
    /// The language of its name and description, and their versions in other languages.
    pub language: String,
    pub translations: Vec<TranslationFormValues>,
}

/// The group form: a new group, or (with `editing` = the group's page) an existing one, whose
/// handle stays.
pub fn group_form(
    ctx: &Ctx,
    values: &GroupFormValues,
    sectors: &[(String, String)],
    languages: &[(String, String)],
    errors: &FormErrors,
    editing: Option<&str>,
) -> Markup {
    let title = if editing.is_some() { t("edit-the-group") } else { t("create-a-group") };
    let action = editing.map_or_else(|| "/groups/new".to_string(), |page| format!("{page}/edit"));
    layout(
        ctx,
        title,
        html! {
            h1 { (title) }
            (error_summary(errors))
            form method="post" action=(action) enctype="multipart/form-data" {
                (csrf_field(ctx))
                @if editing.is_some() {
                    p { (t("handle")) ": " code { (values.handle) } }
                } @else {
                    (field(errors, "handle", t("handle"), "text", &values.handle, Some(t("lowercase-letters-digits-and-the-groups"))))
                }
                (field(errors, "name", t("name"), "text", &values.name, None))
                (field(errors, "description", t("description"), "textarea", &values.description, None))
                (text_language_select(errors, languages, &values.language))
                (translation_fields(errors, languages, &values.translations, VersionFields { summary: false, title: t("name"), body: t("description"), hint: t("the-same-group-in-other-languages") }))
                (crate::components::picture_field(errors, &crate::components::PictureField { name: "avatar", label: t("the-groups-picture"), current: values.current_avatar.as_deref(), kept: values.kept_avatar }))
                (sector_choices(errors, sectors, &values.sectors))
                (field(errors, "topics", t("topics"), "text", &values.topics, Some(t("separated-by-commas"))))
                fieldset.field #join_mode {
                    legend { (t("who-can-join")) }
                    @if let Some(error) = errors.field("join_mode") { p.field-error { (error) } }
                    @for (value, label) in [("open", msg("open-to-all")), ("approval", msg("moderators-approve-new-members")), ("invite", msg("by-invitation"))] {
                        label.check { input type="radio" name="join_mode" value=(value) checked[values.join_mode == value || (values.join_mode.is_empty() && value == "open")]; " " (t(label)) }
                    }
                }
                fieldset.field #visibility {
                    legend { (t("who-can-read-the-discussions")) }
                    @if let Some(error) = errors.field("visibility") { p.field-error { (error) } }
                    @for (value, label) in [("public", msg("everyone")), ("members", msg("members-only"))] {
                        label.check { input type="radio" name="visibility" value=(value) checked[values.visibility == value || (values.visibility.is_empty() && value == "public")]; " " (t(label)) }
                    }
                }
                button type="submit" { (if editing.is_some() { t("save") } else { t("create-the-group") }) }
            }
        },
    )
}

pub struct GroupPage<'a> {
    pub card: &'a GroupCard,
    /// Every language its name and description can be read in.
    pub versions: Vec<VersionLink>,
    /// `accepted`, `pending`, or none.
    pub membership: Option<&'a str>,
    pub role: Option<&'a str>,
    pub can_post: bool,
    pub readable: bool,
    pub posts: &'a [PostView],
    pub requests: &'a [(i64, PersonCard)],
    pub is_moderator: bool,
    /// The path prefix of the group's pages, e.g. `/groups/heat`.
    pub base: &'a str,
    pub logged_in: bool,
    pub errors: &'a FormErrors,
    pub next_url: Option<String>,
    /// Where the group moved: its name and link.
    pub moved_to: Option<(String, String)>,
    pub report_url: Option<String>,
}

pub fn group_page(ctx: &Ctx, view: &GroupPage<'_>) -> Markup {
    let card = view.card;
    layout(
        ctx,
        &card.name,
        html! {
            header.group-head {
                h1 lang=[card.lang.as_deref()] { (card.name) }
                (version_switcher(&view.versions))
                p.handle { (card.handle) " · " a href={ (view.base) "/members" } { (t_with("member-count", &[("count", (card.members).into())])) } " · " (t(join_mode_label(&card.join_mode))) " · " (if card.visibility == "members" { t("discussions-for-members-only") } else { t("public-discussions") }) }
                @if let Some(origin) = &card.origin { p.origin { (t("this-group-lives-on")) " " (origin) } }
                @if view.report_url.is_some() { p { (crate::components::report_link(view.report_url.as_deref())) } }
                @if let Some((name, link)) = &view.moved_to {
                    p.flash role="status" { (t("this-group-has-moved-to")) " " a href=[href(link)] { (name) } "." }
                }
                @if view.role == Some("admin") {
                    p { a href={ (view.base) "/edit" } { (t("edit-the-group")) } " · " a href={ (view.base) "/move" } { (t("move-the-group")) } }
                }
                @if !card.description.is_empty() { p lang=[card.lang.as_deref()] { (card.description) } }
                (chips(t("sectors"), &card.sectors))
                (chips(t("topics"), &card.topics))
                @if view.logged_in {
                    @match view.membership {
                        Some("accepted") => {
                            form.inline method="post" action={ (view.base) "/leave" } {
                                (csrf_field(ctx))
                                @if let Some(role) = view.role { span.badge { (role) } " " }
                                button.secondary type="submit" { (t("leave-the-group")) }
                            }
                        }
                        Some(_) => {
                            p { (t("your-request-to-join-waits-for")) }
                            form.inline method="post" action={ (view.base) "/leave" } { (csrf_field(ctx)) button.secondary type="submit" { (t("withdraw-the-request")) } }
                        }
                        None if view.moved_to.is_some() => {}
                        None => {
                            form.inline method="post" action={ (view.base) "/join" } {
                                (csrf_field(ctx))
                                button type="submit" { (if card.join_mode == "open" { t("join") } else { t("ask-to-join") }) }
                            }
                        }
                    }
                } @else {
                    p { a href="/login" { (t("log-in-to-join")) } }
                }
            }
            @if view.is_moderator {
                section.moderation {
                    h2 { (t("waiting-to-join")) }
                    @if view.requests.is_empty() { p.empty { (t("nobody-is-waiting")) } }
                    @for (actor_id, person) in view.requests {
                        (person_card_with(person, html! {
                            form.inline method="post" action={ (view.base) "/requests/" (actor_id) "/accept" } { (csrf_field(ctx)) button type="submit" { (t("accept")) } }
                            form.inline method="post" action={ (view.base) "/requests/" (actor_id) "/reject" } { (csrf_field(ctx)) button.secondary type="submit" { (t("refuse")) } }
                        }))
                    }
                    form method="post" action={ (view.base) "/invite" } {
                        (csrf_field(ctx))
                        (field(view.errors, "target", t("invite-someone-name-host"), "text", "", None))
                        button type="submit" { (t("invite")) }
                    }
                }
            }
            section {
                h2 { (t("discussions")) }
                @if view.can_post {
                    (error_summary(view.errors))
                    (compose(ctx, &format!("{}/posts", view.base), t("start-a-discussion"), "", view.errors, &[]))
                }
                @if !view.readable {
                    p.empty { (t("discussions-are-for-members-only")) }
                } @else if view.posts.is_empty() {
                    p.empty { (t("no-discussions-yet")) }
                }
                div.results { @for post in view.posts { (post_item(ctx, post)) } }
                (next_page(view.next_url.as_deref()))
            }
        },
    )
}

pub struct MemberRow {
    pub actor_id: i64,
    pub person: PersonCard,
    pub role: String,
    pub can_remove: bool,
    pub can_set_role: bool,
}

pub fn members(ctx: &Ctx, group: &GroupCard, base: &str, members: &[MemberRow], next: Option<&str>) -> Markup {
    layout(
        ctx,
        t("members-2"),
        html! {
            p.meta { a href=[href(base)] { (group.name) } }
            h1 { (t("members-2")) " (" (group.members) ")" }
            @for member in members {
                (person_card_with(&member.person, html! {
                    span.badge { (member.role) }
                    @if member.can_set_role {
                        form.inline method="post" action={ (base) "/members/" (member.actor_id) "/role" } {
                            (csrf_field(ctx))
                            label.visually-hidden for={ "role-" (member.actor_id) } { (t("role")) }
                            select id={ "role-" (member.actor_id) } name="role" {
                                @for role in ["member", "moderator", "admin"] { option value=(role) selected[member.role == role] { (role) } }
                            }
                            button.secondary type="submit" { (t("set-role")) }
                        }
                    }
                    @if member.can_remove {
                        form.inline method="post" action={ (base) "/members/" (member.actor_id) "/remove" } {
                            (csrf_field(ctx))
                            button.secondary type="submit" { (t("remove-from-the-group")) }
                        }
                    }
                }))
            }
            (next_page(next))
        },
    )
}

pub struct DirectoryView<'a> {
    /// (name, label, value) of each filter field.
    pub filters: &'a [(&'a str, &'static str, String)],
    pub country: &'a str,
    pub kind: &'a str,
    pub sector: &'a str,
    pub sectors: &'a [(String, String)],
    pub results: &'a [(PersonCard, Relation, String)],
    pub next_url: Option<String>,
}

pub fn directory(ctx: &Ctx, view: &DirectoryView<'_>) -> Markup {
    layout(
        ctx,
        t("directory"),
        html! {
            h1 { (t("directory")) }
            p.lead { (t("people-cities-and-groups-here-and")) " " a href="/find" { (t("look-someone-up-by-handle")) } }
            form.filters method="get" action="/directory" {
                @for (name, label, value) in view.filters {
                    div.field { label for=(name) { (t(label)) } input id=(name) name=(name) type="text" value=(value); }
                }
                (country_filter(view.country))
                div.field {
                    label for="kind" { (t("kind")) }
                    select #kind name="kind" {
                        @for (value, label) in [("", msg("everyone")), ("person", msg("people-2")), ("organization", msg("cities-and-organisations")), ("group", msg("groups"))] {
                            option value=(value) selected[view.kind == value] { (t(label)) }
                        }
                    }
                }
                div.field {
                    label for="sector" { (t("sector")) }
                    select #sector name="sector" {
                        option value="" { (t("all-sectors")) }
                        @for (id, label) in view.sectors { option value=(id) selected[view.sector == id] { (label) } }
                    }
                }
                button type="submit" { (t("search")) }
            }
            @if view.results.is_empty() { p.empty { (t("nobody-matches-try-fewer-filters-or")) " " a href="/find" { (t("find-people")) } "." } }
            div.cards {
                @for (person, relation, target) in view.results {
                    (person_card_with(person, html! {
                        @if person.kind == "Group" {
                            a.button href=[href(&person.page_url)] { (t("view-and-join")) }
                        } @else {
                            (follow_button(ctx, *relation, target))
                        }
                    }))
                }
            }
            (next_page(view.next_url.as_deref()))
        },
    )
}

pub struct NotificationView {
    pub text: String,
    pub actor_name: String,
    pub actor_url: String,
    pub link: Option<String>,
    pub when: String,
    pub unseen: bool,
}

pub fn notifications(ctx: &Ctx, items: &[NotificationView], next: Option<&str>) -> Markup {
    layout(
        ctx,
        t("notifications"),
        html! {
            h1 { (t("notifications")) }
            @if items.is_empty() { p.empty { (t("nothing-new")) } }
            ul.notifications {
                @for item in items {
                    li class=[item.unseen.then_some("unseen")] {
                        a href=[href(&item.actor_url)] { (item.actor_name) } " " (item.text)
                        @if let Some(link) = &item.link { " · " a href=[href(link)] { (t("see")) } }
                        " · " span.meta { (item.when) }
                    }
                }
            }
            (next_page(next))
        },
    )
}
