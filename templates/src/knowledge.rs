//! Knowledge repository pages: search with facets, a resource, the publishing form.

use crate::links::href;
use crate::{
    Ctx, FormErrors,
    components::{
        AttachmentView, TranslationFormValues, VersionFields, VersionLink, attachment_list, chips, country_select,
        csrf_field, error_summary, field, layout, sector_choices, text_language_select, translation_fields,
        version_switcher,
    },
    i18n::{t, t_with},
};
use maud::{Markup, PreEscaped, html};

/// A resource as a search result or list item.
#[derive(Debug, Clone, Default)]
pub struct ResourceCard {
    pub url: String,
    pub title: String,
    pub summary: String,
    pub kind: String,
    pub sectors: Vec<String>,
    pub phases: Vec<String>,
    pub place: String,
    pub language: String,
    pub author: String,
    pub author_url: String,
    pub published: String,
    pub origin: Option<String>,
    pub illustrative: bool,
    /// In a search's results: the title with the words searched for marked (text, marked).
    pub marked_title: Option<Vec<(String, bool)>>,
    /// In a search's results: a few words of the text around the first word searched for.
    pub excerpt: Option<Vec<(String, bool)>>,
}

/// Text with some stretches marked (`mark`), as a search's results show why they matched.
pub fn marked(pieces: &[(String, bool)]) -> Markup {
    html! {
        @for (text, marked) in pieces {
            @if *marked { mark { (text) } } @else { (text) }
        }
    }
}

pub struct FacetValue {
    pub label: String,
    pub count: i64,
    pub url: String,
    pub selected: bool,
}

pub struct Facet {
    pub label: String,
    pub values: Vec<FacetValue>,
}

pub struct SearchView<'a> {
    pub text: &'a str,
    pub total: i64,
    pub results: &'a [ResourceCard],
    pub facets: &'a [Facet],
    pub next_url: Option<String>,
    pub prev_url: Option<String>,
    pub newest_url: String,
    pub relevance_url: String,
    pub newest: bool,
    pub atom_url: String,
    /// Page links: number, address, whether it is this page; `None` for a gap.
    pub pages: &'a [Option<(i64, String, bool)>],
    /// Past the last result: the first page's address.
    pub past_end: Option<String>,
    /// The node holds nothing yet (not a search that found nothing).
    pub empty_node: bool,
    /// A search that found nothing: the same with its unknown words fixed (text, address).
    pub did_you_mean: Option<(String, String)>,
    pub can_publish: bool,
}

pub fn resource_card(card: &ResourceCard) -> Markup {
    html! {
        article.card.resource {
            div {
                p.meta { (card.kind) @if card.illustrative { " · " strong { (t("illustrative-demo-data")) } } }
                h3 {
                    a href=[href(&card.url)] {
                        @if let Some(title) = &card.marked_title { (marked(title)) } @else { (card.title) }
                    }
                }
                p { @if let Some(excerpt) = &card.excerpt { (marked(excerpt)) } @else { (card.summary) } }
                p.meta {
                    a href=[href(&card.author_url)] { (card.author) }
                    @if !card.place.is_empty() { " · " (card.place) }
                    " · " (card.published)
                    @if let Some(origin) = &card.origin { " · " (t("from-inline")) " " (origin) }
                }
                (chips(t("sectors"), &card.sectors))
            }
        }
    }
}

pub fn search(ctx: &Ctx, view: &SearchView<'_>) -> Markup {
    layout(
        ctx,
        t("knowledge"),
        html! {
            div.page-head {
                h1 { (t("knowledge-repository")) }
                @if view.can_publish { a.button href="/knowledge/new" { (t("publish-a-resource")) } }
            }
            form.searchbar method="get" action="/knowledge" role="search" {
                label for="q" { (t("search-case-studies-methods-videos")) }
                div.row {
                    input #q type="search" name="q" value=(view.text) aria-describedby="q-hint";
                    button type="submit" { (t("search")) }
                }
                p.hint #q-hint { (t("search-syntax-hint")) }
            }
            div.with-sidebar {
                aside #filters aria-label=(t("filters")) {
                    details open {
                        summary { (t("filters")) }
                        @for facet in view.facets {
                            @if !facet.values.is_empty() {
                                section.facet {
                                    h2 { (facet.label) }
                                    ul {
                                        @for value in &facet.values {
                                            li {
                                                a href=[href(&value.url)] aria-current=[value.selected.then_some("true")] {
                                                    @if value.selected { "✓ " }
                                                    (value.label) " " span.count { "(" (value.count) ")" }
                                                }
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
                section.results aria-live="polite" {
                    p.meta {
                        (t_with("resource-count", &[("count", (view.total).into())])) " · " (t("sort-by")) ": "
                        @if view.newest { a href=[href(&view.relevance_url)] { (t("relevance")) } " · " strong { (t("newest")) } }
                        @else { strong { (t("relevance")) } " · " a href=[href(&view.newest_url)] { (t("newest")) } }
                        " · " a href=[href(&view.atom_url)] { (t("atom-feed-of-this-search")) }
                    span.jump { " · " a href="#filters" { (t("filters")) " ↓" } }
                    }
                    @if let Some(first) = &view.past_end {
                        p.empty { (t("this-page-is-past-the-last")) " " a href=[href(first)] { (t("back-to-the-first-page")) } }
                    } @else if view.empty_node {
                        p.empty {
                            (t("this-node-holds-no-resources-yet"))
                            @if view.can_publish { " " a href="/knowledge/new" { (t("publish-the-first-one")) } "," }
                            " " (t("or-follow-other-cities-to-gather"))
                        }
                    } @else if view.results.is_empty() {
                        @if let Some((text, url)) = &view.did_you_mean {
                            p.did-you-mean { (t("did-you-mean")) " " a href=[href(url)] { (text) } }
                        }
                        p.empty { (t("nothing-matches-try-fewer-words-or")) }
                    }
                    @for card in view.results { (resource_card(card)) }
                    @if !view.pages.is_empty() || view.prev_url.is_some() || view.next_url.is_some() {
                        nav.pagination aria-label=(t("pages")) {
                            @if let Some(prev) = &view.prev_url { a rel="prev" href=[href(prev)] { "← " (t("previous")) } " " }
                            ol {
                                @for number in view.pages {
                                    @match number {
                                        Some((n, url, true)) => li { a href=[href(url)] aria-current="page" { (n) } },
                                        Some((n, url, false)) => li { a href=[href(url)] aria-label={ (t("page")) " " (n) } { (n) } },
                                        None => li aria-hidden="true" { "…" },
                                    }
                                }
                            }
                            @if let Some(next) = &view.next_url { " " a rel="next" href=[href(next)] { (t("next")) " →" } }
                        }
                    }
                }
            }
        },
    )
}

pub struct CommentView {
    pub author: String,
    pub author_url: String,
    pub html: String,
    pub published: String,
    pub origin: Option<String>,
    pub report_url: Option<String>,
}

pub struct ResourceView<'a> {
    pub card: &'a ResourceCard,
    /// Sanitized when stored.
    pub body_html: &'a str,
    /// Every language it can be read in (empty when only the original's).
    pub versions: Vec<VersionLink>,
    pub facts: Vec<(String, String)>,
    /// The Transition Map steps and Explore tool types it is filed under: (name, page).
    pub filed_under: Vec<(String, String)>,
    pub tags: Vec<(String, String)>,
    pub attachments: Vec<AttachmentView>,
    pub origin_url: Option<&'a str>,
    pub comments: &'a [CommentView],
    pub can_comment: bool,
    pub can_edit: bool,
    pub can_delete: bool,
    pub edit_url: String,
    pub delete_url: String,
    pub comment_url: String,
    pub lang: &'a str,
    pub report_url: Option<String>,
}

pub fn resource(ctx: &Ctx, view: &ResourceView<'_>, comment_errors: &FormErrors) -> Markup {
    let card = view.card;
    layout(
        ctx,
        &card.title,
        html! {
            article.resource-page lang=(view.lang) {
                p.meta { (card.kind) @if card.illustrative { " · " strong { (t("illustrative-demo-data-not-a-real")) } } }
                h1 { (card.title) }
                (version_switcher(&view.versions))
                p.lead { (card.summary) }
                p.meta {
                    (t("by")) " " a href=[href(&card.author_url)] { (card.author) } " · " (card.published)
                    @if let (Some(origin), Some(url)) = (&card.origin, view.origin_url) {
                        " · " (t("published-on")) " " a href=[href(url)] rel="nofollow noopener" { (origin) }
                    }
                    @if view.report_url.is_some() { " · " (crate::components::report_link(view.report_url.as_deref())) }
                }
                (chips(t("sectors"), &card.sectors))
                @if !view.facts.is_empty() {
                    dl.facts { @for (term, value) in &view.facts { dt { (term) } dd { (value) } } }
                }
                @if !view.filed_under.is_empty() {
                    ul.chips aria-label=(t("on-the-transition-map-and-in")) {
                        @for (name, url) in &view.filed_under { li { a href=[href(url)] { (name) } } }
                    }
                }
                div.body { (PreEscaped(view.body_html)) }
                @if !view.attachments.is_empty() {
                    h2 { (t("attachments")) }
                    (attachment_list(&view.attachments))
                }
                @if !view.tags.is_empty() {
                    ul.chips aria-label=(t("topics")) { @for (tag, url) in &view.tags { li { a href=[href(url)] { "#" (tag) } } } }
                }
                @if view.can_edit || view.can_delete {
                    p.actions {
                        @if view.can_edit { a.button href=[href(&view.edit_url)] { (t("edit")) } " " }
                        @if view.can_delete {
                            form.inline method="post" action=(view.delete_url) {
                                (csrf_field(ctx))
                                button.secondary type="submit" { (t("delete")) }
                            }
                        }
                    }
                }
            }
            section.comments lang="" {
                h2 { (t("comments")) " (" (view.comments.len()) ")" }
                @for comment in view.comments {
                    article.comment {
                        p.meta { a href=[href(&comment.author_url)] { (comment.author) } " · " (comment.published)
                            @if let Some(origin) = &comment.origin { " · " (t("from-inline")) " " (origin) }
                            @if comment.report_url.is_some() { " · " (crate::components::report_link(comment.report_url.as_deref())) } }
                        div { (PreEscaped(&comment.html)) }
                    }
                }
                @if view.can_comment {
                    (error_summary(comment_errors))
                    form method="post" action=(view.comment_url) {
                        (csrf_field(ctx))
                        (field(comment_errors, "comment", t("add-a-comment"), "textarea", "", None))
                        button type="submit" { (t("comment")) }
                    }
                } @else {
                    p { a href="/login" { (t("log-in-to-comment")) } }
                }
            }
        },
    )
}

/// What the publishing form shows (as typed, so mistakes can be corrected).
#[derive(Debug, Clone, Default)]
pub struct ResourceFormValues {
    pub kind: String,
    pub title: String,
    pub summary: String,
    pub body: String,
    pub language: String,
    pub license: String,
    pub sectors: Vec<String>,
    pub phases: Vec<String>,
    pub tags: String,
    pub city: String,
    pub country: String,
    pub period_start: String,
    pub period_end: String,
    pub tco2e_per_year: String,
    pub investment_eur: String,
    pub people_reached: String,
    pub attachments: String,
    pub organisation: String,
    pub map_steps: Vec<String>,
    pub tool_types: Vec<String>,
    /// The versions in other languages, as typed.
    pub translations: Vec<TranslationFormValues>,
}

pub struct ResourceFormView<'a> {
    pub action: &'a str,
    pub heading: &'a str,
    pub values: &'a ResourceFormValues,
    pub kinds: &'a [(String, String)],
    pub sectors: &'a [(String, String)],
    pub phases: &'a [(String, String)],
    /// Each phase's title with its steps (id, title).
    pub map_steps: &'a [(String, Vec<(String, String)>)],
    /// Explore tool types (id, name).
    pub tool_types: &'a [(String, String)],
    /// The languages a text may be in, each with its name in itself.
    pub languages: &'a [(String, String)],
    pub preview_html: Option<&'a str>,
}

pub fn resource_form(ctx: &Ctx, view: &ResourceFormView<'_>, errors: &FormErrors) -> Markup {
    let v = view.values;
    layout(
        ctx,
        view.heading,
        html! {
            h1 { (view.heading) }
            (error_summary(errors))
            @if let Some(preview) = view.preview_html {
                section.preview aria-label=(t("preview")) { h2 { (t("preview")) } h3 { (v.title) } p.lead { (v.summary) } div.body { (PreEscaped(preview)) } }
            }
            form method="post" action=(view.action) enctype="multipart/form-data" {
                (csrf_field(ctx))
                div.field {
                    label for="kind" { (t("kind")) }
                    @if let Some(e) = errors.field("kind") { p.field-error { (e) } }
                    select #kind name="kind" {
                        @for (id, label) in view.kinds { option value=(id) selected[*id == v.kind] { (label) } }
                    }
                }
                (field(errors, "title", t("title"), "text", &v.title, None))
                (field(errors, "summary", t("summary"), "textarea", &v.summary, Some(t("plain-text-a-few-sentences-mastodon"))))
                (field(errors, "body", t("body-2"), "textarea", &v.body, Some(t("markdown-bold-italic-links-https-lists"))))
                (sector_choices(errors, view.sectors, &v.sectors))
                fieldset.field {
                    legend { (t("transition-map-phases")) }
                    @if let Some(e) = errors.field("phases") { p.field-error { (e) } }
                    @for (id, label) in view.phases {
                        label.check { input type="checkbox" name="phases" value=(id) checked[v.phases.contains(id)]; " " (id) ". " (label) }
                    }
                }
                fieldset.field #map_steps {
                    legend { (t("transition-map-steps-it-helps-with")) }
                    @if let Some(e) = errors.field("map_steps") { p.field-error { (e) } }
                    @for (phase, steps) in view.map_steps {
                        p.hint { (phase) }
                        @for (id, title) in steps {
                            label.check { input type="checkbox" name="map_steps" value=(id) checked[v.map_steps.contains(id)]; " " (title) }
                        }
                    }
                }
                fieldset.field #tool_types {
                    legend { (t("explore-tool-types-it-is-an")) }
                    @if let Some(e) = errors.field("tool_types") { p.field-error { (e) } }
                    @for (id, name) in view.tool_types {
                        label.check { input type="checkbox" name="tool_types" value=(id) checked[v.tool_types.contains(id)]; " " (name) }
                    }
                }
                (field(errors, "tags", t("topics"), "text", &v.tags, Some(t("separate-with-commas-e-g-citizen"))))
                (text_language_select(errors, view.languages, &v.language))
                (translation_fields(errors, view.languages, &v.translations, VersionFields { summary: true, title: t("title"), body: t("body-2"), hint: t("the-same-resource-in-other-languages") }))
                (field(errors, "license", t("licence"), "text", &v.license, Some(t("for-example-cc-by-4-0"))))
                (field(errors, "city", t("city"), "text", &v.city, None))
                (country_select(errors, "country", t("country"), &v.country))
                (field(errors, "period_start", t("started-year"), "number", &v.period_start, None))
                (field(errors, "period_end", t("ended-year"), "number", &v.period_end, None))
                (field(errors, "tco2e_per_year", t("emissions-avoided-tco2e-per-year"), "number", &v.tco2e_per_year, Some(t("only-figures-you-can-stand-behind"))))
                (field(errors, "investment_eur", t("investment-eur"), "number", &v.investment_eur, None))
                (field(errors, "people_reached", t("people-reached"), "number", &v.people_reached, None))
                div.field {
                    label for="upload" { (t("add-files")) }
                    p.hint #upload-hint { (t("a-few-at-a-time-pdf")) }
                    @if let Some(e) = errors.field("upload") { p.field-error #upload-error { (e) } }
                    input #upload name="upload" type="file" multiple
                        accept=".pdf,.docx,.xlsx,.pptx,.odt,.ods,.odp,.csv,.txt,image/jpeg,image/png,image/webp,image/gif"
                        aria-describedby={ "upload-hint" @if errors.field("upload").is_some() { " upload-error" } };
                }
                (field(errors, "upload_description", t("what-the-files-show-alt-text"), "text", "", Some(t("for-people-who-cannot-see-them"))))
                (field(errors, "attachments", t("attachments"), "textarea", &v.attachments, Some(t("one-per-line-address-title-media"))))
                (field(errors, "organisation", t("publishing-organisation"), "text", &v.organisation, None))
                button.secondary type="submit" name="preview" value="1" { (t("preview")) }
                " "
                button type="submit" { (t("publish")) }
            }
        },
    )
}
