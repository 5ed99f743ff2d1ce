//! The shared vocabulary: page frame, cards, forms, pagination.

use crate::links::href;
use crate::{
    Ctx, FormErrors, PersonCard, Relation,
    i18n::{self, Language, t, t_with},
};
use maud::{DOCTYPE, Markup, html};

pub fn layout(ctx: &Ctx, title: &str, body: Markup) -> Markup {
    html! {
        (DOCTYPE)
        html lang=(i18n::current().code()) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (title) " · " (ctx.node_name) }
                link rel="stylesheet" href="/static/cairn.css";
            }
            body {
                a.skip href="#main" { (t("skip-to-main-content")) }
                header.site {
                    a.brand href="/" { (ctx.node_name) }
                    nav aria-label=(t("main")) {
                        // Wide screens show the list; on a phone the same links fold into a menu
                        // that opens without JavaScript.
                        ul.wide { (nav_links(ctx)) }
                        details.narrow {
                            summary { (t("menu")) }
                            ul { (nav_links(ctx)) }
                        }
                    }
                }
                main #main {
                    @if let Some(flash) = &ctx.flash { p.flash role="status" { (flash) } }
                    (body)
                }
                footer.site {
                    p { (t("powered-by-cairn-a-federated-knowledge")) }
                    // An error page has no form token to post with.
                    @if !ctx.csrf.is_empty() { (language_switcher(ctx)) }
                }
            }
        }
    }
}

/// A form without script: the languages in their own names, each marked with its `lang`.
fn language_switcher(ctx: &Ctx) -> Markup {
    let shown = i18n::current();
    html! {
        form.language method="post" action="/language" {
            (csrf_field(ctx))
            input type="hidden" name="back" value=(ctx.path);
            label for="language-switcher" { (t("interface-language")) " " }
            select #language-switcher name="language" {
                option value="" { (t("language-as-the-browser-asks")) }
                @for language in Language::ALL {
                    option value=(language.code()) lang=(language.code()) selected[language == shown] { (language.name()) }
                }
            }
            " "
            button type="submit" { (t("change-language")) }
        }
    }
}

/// The main navigation's entries, the current section marked with `aria-current`.
fn nav_links(ctx: &Ctx) -> Markup {
    let entry = |href: &str, label: &str| {
        html! { li { a href=(href) aria-current=[current(&ctx.path, href)] { (label) } } }
    };
    html! {
        (entry("/", if ctx.user.is_some() { t("feed") } else { t("home") }))
        (entry("/knowledge", t("knowledge")))
        (entry("/groups", t("groups")))
        (entry("/events", t("events")))
        (entry("/directory", t("directory")))
        (entry("/map", t("map")))
        (entry("/explore", t("explore")))
        (entry("/dashboard", t("dashboard")))
        (entry("/finance", t("finance")))
        @if let Some(user) = &ctx.user {
            (entry(&format!("/@{}", user.username), t("my-profile")))
            li {
                a href="/notifications" aria-current=[current(&ctx.path, "/notifications")] {
                    (t("notifications"))
                    @if user.unseen_notifications > 0 { " " span.badge { (user.unseen_notifications) } }
                }
            }
            li {
                a href="/follow-requests" aria-current=[current(&ctx.path, "/follow-requests")] {
                    (t("requests"))
                    @if user.pending_requests > 0 { " " span.badge { (user.pending_requests) } }
                }
            }
            @if let Some(open) = user.open_reports {
                li {
                    a href="/admin/reports" aria-current=[current(&ctx.path, "/admin/reports")] {
                        (t("reports"))
                        @if open > 0 { " " span.badge { (open) } }
                    }
                }
            }
            @if user.is_admin { (entry("/admin", t("admin"))) }
            li {
                form.inline method="post" action="/logout" {
                    (csrf_field(ctx))
                    button.link type="submit" { (t("log-out")) }
                }
            }
        } @else {
            (entry("/login", t("log-in")))
            (entry("/register", t("register")))
        }
    }
}

/// `aria-current` for a navigation entry: `page` on the entry's own page, `true` inside its
/// section (`/knowledge/…` under Knowledge), nothing elsewhere.
fn current(path: &str, href: &str) -> Option<&'static str> {
    if path == href {
        Some("page")
    } else if href != "/" && path.strip_prefix(href).is_some_and(|rest| rest.starts_with('/')) {
        Some("true")
    } else {
        None
    }
}

/// The second step of deleting or removing something that federates: what will happen, and a
/// form that posts the same action again with `confirmed=yes` (no JavaScript needed).
pub struct Confirmation<'a> {
    /// "Delete this resource?"
    pub question: &'a str,
    /// What it is, in the person's words ("A citizens' assembly…").
    pub subject: &'a str,
    /// What follows ("Nodes that hold a copy are told to delete theirs.").
    pub consequence: &'a str,
    pub action: &'a str,
    /// Fields the first form carried, carried again.
    pub fields: &'a [(&'a str, &'a str)],
    pub button: &'a str,
    pub back: &'a str,
}

pub fn confirmation(ctx: &Ctx, view: &Confirmation<'_>) -> Markup {
    layout(
        ctx,
        view.question,
        html! {
            h1 { (view.question) }
            p.lead { (view.subject) }
            p { (view.consequence) }
            form method="post" action=(view.action) {
                (csrf_field(ctx))
                @for (name, value) in view.fields { input type="hidden" name=(name) value=(value); }
                input type="hidden" name="confirmed" value="yes";
                button.danger type="submit" { (view.button) }
                " "
                a href=[href(view.back)] { (t("cancel")) }
            }
        },
    )
}

/// "Report", leading to the report form, for signed-in people who do not own the thing.
pub fn report_link(url: Option<&str>) -> Markup {
    html! { @if let Some(url) = url { a.report href=[href(url)] { (t("report")) } } }
}

pub fn csrf_field(ctx: &Ctx) -> Markup {
    html! { input type="hidden" name="csrf" value=(ctx.csrf); }
}

pub fn error_summary(errors: &FormErrors) -> Markup {
    html! {
        @if !errors.is_empty() {
            div.errors role="alert" {
                h2 { (t("please-check-the-form")) }
                ul {
                    @if let Some(summary) = &errors.summary { li { (summary) } }
                    @for (field, message) in &errors.fields {
                        li { a href={ "#" (field) } { (message) } }
                    }
                }
            }
        }
    }
}

/// A labelled input with its error, if any, named next to it.
pub fn field(errors: &FormErrors, name: &str, label: &str, kind: &str, value: &str, hint: Option<&str>) -> Markup {
    let error = errors.field(name);
    html! {
        div.field {
            label for=(name) { (label) }
            @if let Some(hint) = hint { p.hint id={ (name) "-hint" } { (hint) } }
            @if let Some(error) = error { p.field-error id={ (name) "-error" } { (error) } }
            @if kind == "textarea" {
                textarea id=(name) name=(name) rows="5" aria-invalid=[error.map(|_| "true")]
                    aria-describedby=[described_by(name, hint.is_some(), error.is_some())] { (value) }
            } @else {
                input id=(name) name=(name) type=(kind) value=(value) aria-invalid=[error.map(|_| "true")]
                    aria-describedby=[described_by(name, hint.is_some(), error.is_some())];
            }
        }
    }
}

/// Checkboxes for the taxonomy's sectors (`options`: id and label), `chosen` ticked. The
/// fieldset carries the field's id, so the error summary's link lands on it.
pub fn sector_choices(errors: &FormErrors, options: &[(String, String)], chosen: &[String]) -> Markup {
    let error = errors.field("sectors");
    html! {
        fieldset.field #sectors aria-describedby=[error.map(|_| "sectors-error")] {
            legend { (t("sectors")) }
            @if let Some(error) = error { p.field-error #sectors-error { (error) } }
            @for (id, label) in options {
                label.check { input type="checkbox" name="sectors" value=(id) checked[chosen.contains(id)]; " " (label) }
            }
        }
    }
}

/// The ids of a field's hint and error, for `aria-describedby`; `None` when it has neither.
pub fn described_by(name: &str, hint: bool, error: bool) -> Option<String> {
    let ids: Vec<String> = [(hint, "hint"), (error, "error")]
        .into_iter()
        .filter(|(shown, _)| *shown)
        .map(|(_, what)| format!("{name}-{what}"))
        .collect();
    (!ids.is_empty()).then(|| ids.join(" "))
}

/// A labelled select of every country by name (the stored value is the ISO code), with its error.
pub fn country_select(errors: &FormErrors, name: &str, label: &str, value: &str) -> Markup {
    let error = errors.field(name);
    let known = crate::countries::country_name(value).is_some();
    html! {
        div.field {
            label for=(name) { (label) }
            @if let Some(error) = error { p.field-error id={ (name) "-error" } { (error) } }
            select id=(name) name=(name) aria-invalid=[error.map(|_| "true")]
                aria-describedby=[described_by(name, false, error.is_some())] {
                option value="" selected[value.is_empty()] { (t("not-set")) }
                @if !value.is_empty() && !known { option value=(value) selected { (value) } }
                @for (code, country) in crate::countries::countries() {
                    option value=(code) selected[code.eq_ignore_ascii_case(value)] { (country) }
                }
            }
        }
    }
}

/// A choice among the interface's languages, each named in itself.
pub fn language_select(errors: &FormErrors, name: &str, label: &str, value: &str, hint: &str) -> Markup {
    let error = errors.field(name);
    html! {
        div.field {
            label for=(name) { (label) }
            p.hint id={ (name) "-hint" } { (hint) }
            @if let Some(error) = error { p.field-error id={ (name) "-error" } { (error) } }
            select id=(name) name=(name) aria-invalid=[error.map(|_| "true")]
                aria-describedby=[described_by(name, true, error.is_some())] {
                @for language in Language::ALL {
                    option value=(language.code()) lang=(language.code()) selected[language.code() == value] { (language.name()) }
                }
            }
        }
    }
}

/// The country filter of a list: any country, or one chosen by name.
pub fn country_filter(value: &str) -> Markup {
    html! {
        div.field {
            label for="country" { (t("country")) }
            select #country name="country" {
                option value="" selected[value.is_empty()] { (t("any-country")) }
                @for (code, country) in crate::countries::countries() {
                    option value=(code) selected[code.eq_ignore_ascii_case(value)] { (country) }
                }
            }
        }
    }
}

pub fn avatar(person: &PersonCard) -> Markup {
    html! {
        @if let Some(url) = &person.avatar_url {
            // Remote pictures are not loaded: a node must look right with no internet.
            @if person.origin.is_none() { img.avatar src=[href(url)] alt="" width="48" height="48"; }
            @else { span.avatar.initial aria-hidden="true" { (initial(&person.name)) } }
        } @else {
            span.avatar.initial aria-hidden="true" { (initial(&person.name)) }
        }
    }
}

fn initial(name: &str) -> String {
    name.chars().next().map(|c| c.to_uppercase().to_string()).unwrap_or_else(|| "?".into())
}

pub fn person_card(person: &PersonCard) -> Markup {
    person_card_with(person, html! {})
}

/// A person's card with what the viewer can do about them (follow, accept, remove…) inside it.
pub fn person_card_with(person: &PersonCard, actions: Markup) -> Markup {
    let has_actions = !actions.0.is_empty();
    html! {
        article.card {
            (avatar(person))
            div {
                h3 { a href=[href(&person.page_url)] { (person.name) } }
                p.handle { (person.handle) @if person.kind != "Person" { " · " (person.kind) } }
                @let meta: Vec<&str> = [&person.job_title, &person.organisation, &person.city].into_iter().map(String::as_str).filter(|m| !m.is_empty()).collect();
                @if !meta.is_empty() { p.meta { (meta.join(", ")) } }
                @if !person.sectors.is_empty() { p.meta { (person.sectors.join(", ")) } }
                (chips(t("expertise"), &person.expertise))
                @if let Some(origin) = &person.origin { p.origin { (t("from")) " " (origin) } }
                @if has_actions { div.actions { (actions) } }
            }
        }
    }
}

/// A short list of labels, named for screen readers by `what` (e.g. "Sectors").
pub fn chips(what: &str, tags: &[String]) -> Markup {
    html! {
        @if !tags.is_empty() {
            ul.chips aria-label=(what) { @for tag in tags { li { (tag) } } }
        }
    }
}

/// The follow / unfollow button for `target` (a handle or actor URL).
pub fn follow_button(ctx: &Ctx, relation: Relation, target: &str) -> Markup {
    html! {
        @match relation {
            Relation::Anonymous => p { a href="/login" { (t("log-in-to-follow")) } },
            Relation::Myself => {},
            Relation::None => form method="post" action="/follow" {
                (csrf_field(ctx))
                input type="hidden" name="target" value=(target);
                button type="submit" { (t("follow")) }
            },
            Relation::Requested | Relation::Following => form method="post" action="/unfollow" {
                (csrf_field(ctx))
                input type="hidden" name="target" value=(target);
                @if relation == Relation::Requested { p.meta { (t("follow-request-sent-2")) } }
                button.secondary type="submit" {
                    @if relation == Relation::Requested { (t("withdraw-request")) } @else { (t("unfollow")) }
                }
            },
        }
    }
}

pub fn next_page(next: Option<&str>) -> Markup {
    html! {
        @if let Some(next) = next {
            nav.pagination aria-label=(t("pages")) { a rel="next" href=[href(next)] { (t("older")) " →" } }
        }
    }
}

/// Which page numbers to offer: the first, the last, and two either side of `current`; `None`
/// where numbers are left out. Each number says whether it is the current page.
pub fn page_numbers(current: i64, count: i64) -> Vec<Option<(i64, bool)>> {
    let near = |n: i64| n == 1 || n == count || (n - current).abs() <= 2;
    let mut shown = Vec::new();
    for n in 1..=count {
        // A gap of one page shows that page: "1 2 3 [4]", not "1 … 3 [4]".
        let lone_gap = !near(n) && near(n - 1) && near(n + 1);
        if near(n) || lone_gap {
            shown.push(Some((n, n == current)));
        } else if shown.last().is_some_and(Option::is_some) {
            shown.push(None);
        }
    }
    if count <= 1 { Vec::new() } else { shown }
}

#[cfg(test)]
mod tests {
    use super::page_numbers;

    #[test]
    fn page_numbers_keep_the_ends_and_the_neighbourhood() {
        let shown = |current, count| {
            page_numbers(current, count)
                .iter()
                .map(|n| n.map_or("…".to_string(), |(n, here)| if here { format!("[{n}]") } else { n.to_string() }))
                .collect::<Vec<_>>()
                .join(" ")
        };
        assert_eq!(shown(1, 1), "");
        assert_eq!(shown(1, 3), "[1] 2 3");
        assert_eq!(shown(6, 12), "1 … 4 5 [6] 7 8 … 12");
        assert_eq!(shown(5, 12), "1 2 3 4 [5] 6 7 … 12", "a gap of one page shows it");
        assert_eq!(shown(12, 12), "1 … 10 11 [12]");
        assert_eq!(shown(30, 12), "1 … 12", "past the end, the ends stay");
    }
}

/// A file listed with a resource or a post; an image of this node's shows its thumbnail.
#[derive(Debug, Clone)]
pub struct AttachmentView {
    pub url: String,
    pub title: String,
    pub media_type: String,
    pub thumbnail: Option<Thumbnail>,
}

#[derive(Debug, Clone)]
pub struct Thumbnail {
    pub url: String,
    pub width: u32,
    pub height: u32,
}

/// Files as a list: images of this node as thumbnails that open the image, every file as a link
/// with its type.
pub fn attachment_list(files: &[AttachmentView]) -> Markup {
    html! {
        ul.attachments { @for file in files {
            li {
                @if let Some(small) = &file.thumbnail {
                    a href=[href(&file.url)] {
                        img src=[href(&small.url)] alt=(file.title) width=(small.width) height=(small.height) loading="lazy";
                    }
                    br;
                }
                a href=[href(&file.url)] rel="nofollow noopener" { (file.title) }
                @if !file.media_type.is_empty() { " (" (file.media_type) ")" }
            }
        } }
    }
}

/// A picture something shows (an avatar, a header, an event's banner) as a form chooses it.
pub struct PictureField<'a> {
    /// The file input's name; the upload kept from a form sent before travels in `{name}_media_id`.
    pub name: &'a str,
    pub label: &'a str,
    /// The picture shown now.
    pub current: Option<&'a str>,
    /// An upload kept from a form shown again with its mistakes.
    pub kept: Option<i64>,
}

/// A file input for one picture, with the picture shown now and a box to remove it. Works
/// without script: the form must be `multipart/form-data`.
pub fn picture_field(errors: &FormErrors, picture: &PictureField<'_>) -> Markup {
    let name = picture.name;
    let error = errors.field(name);
    let hint_id = format!("{name}-hint");
    html! {
        div.field {
            label for=(name) { (picture.label) }
            p.hint id=(hint_id) { (t("jpeg-png-webp-or-gif-its")) }
            @if let Some(error) = error { p.field-error id={ (name) "-error" } { (error) } }
            @if let Some(url) = picture.current {
                img.picture-preview src=[href(url)] alt="" height="80" loading="lazy";
                label.check { input type="checkbox" name={ "remove_" (name) } value="on"; " " (t("remove-this-picture")) }
            }
            @if let Some(kept) = picture.kept {
                input type="hidden" name={ (name) "_media_id" } value=(kept);
                p.hint { (t("the-picture-you-sent-is-kept")) }
            }
            input id=(name) name=(name) type="file" accept="image/jpeg,image/png,image/webp,image/gif"
                aria-invalid=[error.map(|_| "true")]
                aria-describedby={ (hint_id) @if error.is_some() { " " (name) "-error" } };
        }
    }
}

/// One version in another language, as typed in a form.
#[derive(Debug, Clone, Default)]
pub struct TranslationFormValues {
    pub language: String,
    pub title: String,
    pub summary: String,
    pub body: String,
}

/// What a form's versions in other languages are made of, and how their fields are named.
pub struct VersionFields {
    pub summary: bool,
    pub title: &'static str,
    pub body: &'static str,
    pub hint: &'static str,
}

/// The versions in other languages: those written so far and one empty set to add another (no
/// script needed; emptying a set removes that version). Events' and groups' have no summary.
pub fn translation_fields(
    errors: &FormErrors,
    languages: &[(String, String)],
    versions: &[TranslationFormValues],
    fields: VersionFields,
) -> Markup {
    let error = errors.field("translations");
    let empty = TranslationFormValues::default();
    html! {
        fieldset.field #translations aria-describedby=[error.map(|_| "translations-error")] {
            legend { (t("translations")) }
            p.hint { (fields.hint) }
            @if let Some(error) = error { p.field-error #translations-error { (error) } }
            @for (n, version) in versions.iter().chain(std::iter::once(&empty)).enumerate() {
                fieldset.translation {
                    legend { (t_with("translation-number", &[("number", (n + 1).into())])) }
                    div.field {
                        label for={ "translation-" (n) "-language" } { (t("language")) }
                        select id={ "translation-" (n) "-language" } name="translation_language" {
                            option value="" { "—" }
                            (language_options(languages, &version.language))
                        }
                    }
                    div.field {
                        label for={ "translation-" (n) "-title" } { (fields.title) }
                        input id={ "translation-" (n) "-title" } name="translation_title" type="text" value=(version.title);
                    }
                    @if fields.summary {
                        div.field {
                            label for={ "translation-" (n) "-summary" } { (t("summary")) }
                            textarea id={ "translation-" (n) "-summary" } name="translation_summary" rows="3" { (version.summary) }
                        }
                    }
                    div.field {
                        label for={ "translation-" (n) "-body" } { (fields.body) }
                        textarea id={ "translation-" (n) "-body" } name="translation_body" rows="5" { (version.body) }
                    }
                }
            }
        }
    }
}

/// The language a text is written in, chosen among `languages` (each tag with its name in itself).
pub fn text_language_select(errors: &FormErrors, languages: &[(String, String)], chosen: &str) -> Markup {
    html! {
        div.field {
            label for="language" { (t("language")) }
            @if let Some(e) = errors.field("language") { p.field-error { (e) } }
            select #language name="language" { (language_options(languages, chosen)) }
        }
    }
}

/// A select's languages, by their names in themselves, with `chosen` selected: a regional tag
/// (`pt-BR`) is kept as it was given.
fn language_options(languages: &[(String, String)], chosen: &str) -> Markup {
    html! {
        @for (tag, name) in languages { option value=(tag) lang=(tag) selected[tag == chosen] { (name) } }
        @if !chosen.is_empty() && !languages.iter().any(|(tag, _)| tag == chosen) {
            option value=(chosen) selected { (chosen) }
        }
    }
}

/// One of the languages a resource or an event can be read in, for the page's switcher.
pub struct VersionLink {
    /// The language's name in itself.
    pub name: String,
    pub lang: String,
    pub url: String,
    pub original: bool,
    /// The version on the page now.
    pub shown: bool,
}

/// The languages a page can be read in, the one shown marked, the original named so; nothing
/// when there is only the original.
pub fn version_switcher(versions: &[VersionLink]) -> Markup {
    html! {
        @if versions.len() > 1 {
            nav.versions aria-label=(t("languages-of-this-page")) {
                (t("read-in")) " "
                @for (n, version) in versions.iter().enumerate() {
                    @if n > 0 { " · " }
                    @if version.shown {
                        strong lang=(version.lang) aria-current="true" { (version.name) }
                    } @else {
                        a href=[href(&version.url)] lang=(version.lang) hreflang=(version.lang) { (version.name) }
                    }
                    @if version.original { " (" (t("original")) ")" }
                }
            }
        }
    }
}
