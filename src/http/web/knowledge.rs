//! The knowledge repository on the web: search, resource pages, comments, Atom (the resource
//! form is in `resource_form`).

use super::ask_first;
use super::extract::Path;
use super::forms::FormPairs;
use super::versions::{self, Shown};
use super::{WebResult, ctx, form_errors, page, page_url, redirect_with_flash};
use crate::service::moderation::Audit;
use crate::{
    db::{
        self,
        models::{Actor, Resource},
    },
    domain::{
        highlight::{Piece, highlight},
        resource::Attachment,
        search::{SearchQuery, Sort, Terms, terms},
        taxonomy::TAXONOMY,
        taxonomy::endonym,
        transition::{EXPLORE, TRANSITION_MAP},
    },
    error::{AppError, AppResult},
    federation::{
        Data, context,
        objects::{comment::ApComment, resource::ApResource},
    },
    http::{
        activitypub::{activity_json, wants_activity_json},
        api::resources::find,
        session::Viewer,
    },
    service::{self, follows::Reach},
    state::AppState,
};
use activitypub_federation::{protocol::context::WithContext, traits::Object};
use axum::{
    body::Bytes,
    extract::RawQuery,
    http::{HeaderMap, StatusCode, header},
    response::{IntoResponse, Response},
};
use cairn_templates::components::{AttachmentView, Confirmation};
use cairn_templates::{
    FormErrors,
    i18n::{msg, t, t_with},
    knowledge::{self, CommentView, Facet, FacetValue, ResourceCard, ResourceView},
    numbers,
};

/// The version of a resource a reader is shown.
fn shown_version(resource: &Resource, asked: Option<&str>) -> Shown {
    let original = Shown {
        language: resource.language.clone(),
        title: resource.title.clone(),
        summary: resource.summary.clone(),
        body_html: resource.body_html.clone(),
    };
    versions::shown(original, &resource.translations, asked)
}

/// A resource's card, in the reader's language when it has a version in it.
pub fn card(resource: &Resource, author: &Actor) -> ResourceCard {
    card_of(resource, author, &shown_version(resource, None))
}

fn card_of(resource: &Resource, author: &Actor, shown: &Shown) -> ResourceCard {
    let place = [resource.city.as_str(), resource.country.as_str()]
        .iter()
        .filter(|s| !s.is_empty())
        .copied()
        .collect::<Vec<_>>()
        .join(", ");
    ResourceCard {
        url: format!("/resources/{}", resource.id),
        title: shown.title.clone(),
        summary: shown.summary.clone(),
        kind: TAXONOMY.kind_label(&resource.kind).unwrap_or(&resource.kind).to_string(),
        sectors: resource.sector_list().iter().filter_map(|s| TAXONOMY.sector_label(s)).map(str::to_string).collect(),
        phases: resource.phase_list().iter().filter_map(|p| TAXONOMY.phase_label(*p)).map(str::to_string).collect(),
        place,
        language: shown.language.clone(),
        author: author.name_or_username().to_string(),
        author_url: page_url(author),
        published: resource.published_at.format("%Y-%m-%d").to_string(),
        origin: (!resource.local).then(|| resource.origin.clone()),
        illustrative: resource.demo,
        marked_title: None,
        excerpt: None,
    }
}

/// A search result's card, with the words searched for marked in its title and in an excerpt.
fn found_card(resource: &Resource, author: &Actor, terms: &Terms) -> ResourceCard {
    let shown = shown_version(resource, None);
    let mut card = card_of(resource, author, &shown);
    if let Some(found) = highlight(&shown.title, &shown.summary, &shown.body_html, terms) {
        let pairs = |pieces: Vec<Piece>| pieces.into_iter().map(|p| (p.text, p.marked)).collect();
        card.marked_title = found.title.map(pairs);
        card.excerpt = found.excerpt.map(pairs);
    }
    card
}

const FACET_LABELS: &[(&str, &str)] = &[
    ("kind", msg("kind")),
    ("sector", msg("sector")),
    ("phase", msg("transition-map-phase")),
    ("country", msg("country")),
    ("lang", msg("language")),
    ("origin", msg("node")),
    ("year", msg("year")),
];

fn value_label(facet: &str, value: &str) -> String {
    let label = match facet {
        "kind" => TAXONOMY.kind_label(value),
        "sector" => TAXONOMY.sector_label(value),
        "phase" => value.parse().ok().and_then(|p| TAXONOMY.phase_label(p)),
        "country" => cairn_templates::countries::country_name(value),
        _ => None,
    };
    label.map_or_else(|| value.to_string(), str::to_string)
}

fn link(query: &SearchQuery) -> String {
    let qs = query.to_query_string(true);
    if qs.is_empty() { "/knowledge".into() } else { format!("/knowledge?{qs}") }
}

pub async fn search(data: Data, viewer: Viewer, headers: HeaderMap, RawQuery(raw): RawQuery) -> WebResult {
    let query = SearchQuery::from_query_string(raw.as_deref().unwrap_or_default());
    let found = db::search::search(&data.db, &query).await?;
    let rows = db::resources::with_authors(&data.db, &found.ids).await?;
    let terms = terms(&query.text);
    let results: Vec<ResourceCard> = rows.iter().map(|(r, a)| found_card(r, a, &terms)).collect();
    let facets: Vec<Facet> = found
        .facets
        .iter()
        .map(|(name, values)| Facet {
            label: t(FACET_LABELS.iter().find(|(n, _)| n == name).map_or("", |(_, l)| l)).to_string(),
            values: values
                .iter()
                .map(|(value, count)| FacetValue {
                    label: value_label(name, value),
                    count: *count,
                    url: link(&query.toggled(name, value)),
                    selected: query.is_selected(name, value),
                })
                .collect(),
        })
        .collect();
    let at = |offset: i64| link(&SearchQuery { offset, ..query.clone() });
    let limit = query.limit.max(1);
    let pages =
        cairn_templates::components::page_numbers(query.offset / limit + 1, (found.reachable + limit - 1) / limit)
            .into_iter()
            .map(|number| number.map(|(n, current)| (n, at((n - 1) * limit), current)))
            .collect::<Vec<_>>();
    let unfiltered = query.to_query_string(false).is_empty();
    let did_you_mean = service::search::did_you_mean(&data.db, &query, found.total).await?.map(|text| {
        let url = link(&SearchQuery { text: text.clone(), offset: 0, ..query.clone() });
        (text, url)
    });
    let ctx = ctx(&data, &viewer, &headers).await?;
    let view = knowledge::SearchView {
        text: &query.text,
        total: found.total,
        results: &results,
        facets: &facets,
        next_url: (query.offset + query.limit < found.reachable).then(|| at(query.offset + query.limit)),
        prev_url: (query.offset > 0).then(|| at((query.offset - query.limit).max(0))),
        newest_url: link(&SearchQuery { sort: Sort::Newest, offset: 0, ..query.clone() }),
        relevance_url: link(&SearchQuery { sort: Sort::Relevance, offset: 0, ..query.clone() }),
        newest: query.sort == Sort::Newest,
        atom_url: format!("/knowledge.atom?{}", query.to_query_string(false)),
        can_publish: viewer.user.is_some(),
        pages: &pages,
        past_end: (found.total > 0 && query.offset >= found.reachable).then(|| at(0)),
        empty_node: found.total == 0 && unfiltered,
        did_you_mean,
    };
    Ok(page(&ctx, StatusCode::OK, knowledge::search(&ctx, &view)))
}

pub use crate::domain::markup::html_escape as xml_escape;

/// `/knowledge.atom?…`: the newest resources of any search as an Atom feed.
pub async fn atom(data: Data, RawQuery(raw): RawQuery) -> AppResult<Response> {
    let query = SearchQuery {
        sort: Sort::Newest,
        limit: 50,
        offset: 0,
        ..SearchQuery::from_query_string(raw.as_deref().unwrap_or_default())
    };
    let ids = db::search::page(&data.db, &query).await?;
    let rows = db::resources::with_authors(&data.db, &ids).await?;
    let updated = rows.iter().map(|(r, _)| r.updated_at).max().unwrap_or_else(db::now).and_utc().to_rfc3339();
    let self_url = data.url(&format!("/knowledge.atom?{}", query.to_query_string(false)));
    let mut feed = format!(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n<title>{}</title>\n<id>{}</id>\n<updated>{updated}</updated>\n<link rel=\"self\" href=\"{}\"/>\n<link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n",
        xml_escape(&format!("{}: {}", service::node::identity(&data).await?.name, t("knowledge-repository"))),
        xml_escape(&self_url),
        xml_escape(&self_url),
        xml_escape(&data.url(&link(&query))),
    );
    for (resource, author) in &rows {
        let url = data.url(&format!("/resources/{}", resource.id));
        feed.push_str(&format!(
            "<entry>\n<title>{}</title>\n<id>{}</id>\n<link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n<published>{}</published>\n<updated>{}</updated>\n<author><name>{}</name><uri>{}</uri></author>\n<summary>{}</summary>\n{}</entry>\n",
            xml_escape(&resource.title),
            xml_escape(&resource.ap_id),
            xml_escape(&url),
            resource.published_at.and_utc().to_rfc3339(),
            resource.updated_at.and_utc().to_rfc3339(),
            xml_escape(author.name_or_username()),
            xml_escape(&author.ap_id),
            xml_escape(&resource.summary),
            resource.sector_list().iter().map(|s| format!("<category term=\"{}\"/>\n", xml_escape(s))).collect::<String>(),
        ));
    }
    feed.push_str("</feed>\n");
    Ok(([(header::CONTENT_TYPE, "application/atom+xml; charset=utf-8")], feed).into_response())
}

/// A resource's or post's files as listed on its page, images kept here with their thumbnails.
pub(super) async fn attachment_views(
    data: &Data,
    object: &str,
    attachments: Vec<Attachment>,
) -> AppResult<Vec<AttachmentView>> {
    let mut thumbnails =
        if attachments.is_empty() { Vec::new() } else { service::media::thumbnails(data, object).await? };
    Ok(attachments
        .into_iter()
        .map(|a| AttachmentView {
            thumbnail: thumbnails.iter().position(|(url, _)| *url == a.url).map(|at| thumbnails.swap_remove(at).1),
            title: if a.title.is_empty() { a.url.clone() } else { a.title },
            url: a.url,
            media_type: a.media_type,
        })
        .collect())
}

pub async fn show(
    data: Data,
    viewer: Viewer,
    headers: HeaderMap,
    Path(id): Path<String>,
    RawQuery(query): RawQuery,
) -> WebResult {
    let (resource, author) = find(&data, &id, viewer.reach()).await?;
    if wants_activity_json(&headers) {
        if !resource.local {
            return Err(AppError::not_found(t("this-resource-is-served-by-its-own")).into());
        }
        let article = ApResource::new(resource, author)?.into_json(&data).await?;
        return Ok(activity_json(&WithContext::new(article, context(&data))));
    }
    render_resource(
        &data,
        &viewer,
        &headers,
        &resource,
        &author,
        versions::asked(query.as_deref()).as_deref(),
        &FormErrors::default(),
    )
    .await
}

/// The map steps and tool types a resource is filed under, each linked to its page.
fn filed_under(resource: &Resource) -> Vec<(String, String)> {
    let steps = resource.map_step_list().into_iter().filter_map(|id| {
        TRANSITION_MAP.step(&id).map(|(phase, step)| {
            (
                format!("{} · {}", t_with("phase-number", &[("number", (phase.id).into())]), step.title),
                format!("/map/{id}"),
            )
        })
    });
    let tools = resource
        .tool_type_list()
        .into_iter()
        .filter_map(|id| EXPLORE.tool(&id).map(|(_, tool)| (tool.name.clone(), format!("/explore/{id}"))));
    steps.chain(tools).collect()
}

async fn render_resource(
    data: &Data,
    viewer: &Viewer,
    headers: &HeaderMap,
    resource: &Resource,
    author: &Actor,
    asked: Option<&str>,
    errors: &FormErrors,
) -> WebResult {
    let ctx = ctx(data, viewer, headers).await?;
    let shown = shown_version(resource, asked);
    let card = card_of(resource, author, &shown);
    let versions = versions::links(
        &format!("/resources/{}", resource.id),
        &resource.language,
        &resource.translations,
        &shown.language,
    );
    let mut facts = Vec::new();
    let mut fact = |label: &'static str, value: String| {
        if !value.is_empty() {
            facts.push((t(label).to_string(), value));
        }
    };
    fact(
        msg("phases"),
        resource
            .phase_list()
            .iter()
            .map(|p| format!("{p}. {}", TAXONOMY.phase_label(*p).unwrap_or_default()))
            .collect::<Vec<_>>()
            .join("; "),
    );
    fact(msg("place"), card.place.clone());
    fact(
        msg("period"),
        match (resource.period_start, resource.period_end) {
            (Some(s), Some(e)) => format!("{s}–{e}"),
            (Some(s), None) => format!("{s}–"),
            _ => String::new(),
        },
    );
    fact(msg("emissions-avoided"), resource.tco2e_per_year.map(numbers::co2e_per_year).unwrap_or_default());
    fact(msg("investment"), resource.investment_eur.map(numbers::euros).unwrap_or_default());
    fact(msg("people-reached"), resource.people_reached.map(|v| v.to_string()).unwrap_or_default());
    fact(msg("organisation"), resource.organisation.clone());
    fact(msg("licence"), resource.license.clone());
    fact(msg("language"), endonym(&resource.language));
    let me = viewer.user.as_ref();
    let comments: Vec<CommentView> = db::resources::comments_of(&data.db, resource.id)
        .await?
        .into_iter()
        .map(|(c, a)| CommentView {
            author: a.name_or_username().to_string(),
            author_url: page_url(&a),
            published: c.published_at.format("%Y-%m-%d %H:%M").to_string(),
            origin: (!a.local).then(|| a.domain.clone()),
            report_url: super::moderation::report_url(me.map(|(_, a)| a), &c.ap_id, c.author_id),
            html: c.content_html,
        })
        .collect();
    let attachments = attachment_views(data, &resource.ap_id, resource.attachment_list()).await?;
    let view = ResourceView {
        card: &card,
        body_html: &shown.body_html,
        versions,
        facts,
        filed_under: filed_under(resource),
        tags: resource
            .tag_list()
            .into_iter()
            .map(|tag| {
                let url = format!(
                    "/knowledge?{}",
                    url::form_urlencoded::Serializer::new(String::new()).append_pair("tag", &tag).finish()
                );
                (tag, url)
            })
            .collect(),
        attachments,
        origin_url: (!resource.local).then_some(resource.url.as_str()),
        comments: &comments,
        can_comment: me.is_some(),
        can_edit: resource.local && me.is_some_and(|(_, a)| a.id == resource.author_id),
        can_delete: resource.local && me.is_some_and(|(u, a)| a.id == resource.author_id || u.moderates()),
        edit_url: format!("/resources/{}/edit", resource.id),
        delete_url: format!("/resources/{}/delete", resource.id),
        comment_url: format!("/resources/{}/comments", resource.id),
        lang: &shown.language,
        report_url: super::moderation::report_url(me.map(|(_, a)| a), &resource.ap_id, resource.author_id),
    };
    let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    Ok(page(&ctx, status, knowledge::resource(&ctx, &view, errors)))
}

pub async fn delete(data: Data, viewer: Viewer, headers: HeaderMap, Path(id): Path<String>, body: Bytes) -> WebResult {
    let form = FormPairs::parse(&body);
    viewer.check_csrf(&form.one("csrf"))?;
    let (user, me) = viewer.require_user()?;
    let (resource, _) = find(&data, &id, Reach::Fetch).await?;
    // Only someone who may delete it is asked.
    service::resources::may_delete(user, me, &resource)?;
    let page = format!("/resources/{}", resource.id);
    let ask = Confirmation {
        question: t("delete-this-resource"),
        subject: &resource.title,
        consequence: t("it-disappears-from-this-node-resource"),
        action: &format!("{page}/delete"),
        fields: &[],
        button: t("delete-it"),
        back: &page,
    };
    if let Some(asking) = ask_first(&data, &viewer, &headers, &form.one("confirmed"), &ask).await? {
        return Ok(asking);
    }
    service::resources::remove(&data, user, me, &resource, Audit::Here).await?;
    Ok(redirect_with_flash("/knowledge", t("deleted-the-deletion-goes-out-to")))
}

pub async fn comment(data: Data, viewer: Viewer, headers: HeaderMap, Path(id): Path<String>, body: Bytes) -> WebResult {
    let form = FormPairs::parse(&body);
    viewer.check_csrf(&form.one("csrf"))?;
    let (_, me) = viewer.require_user()?;
    let (resource, author) = find(&data, &id, Reach::Fetch).await?;
    match service::resources::comment(&data, me, &resource, &form.one("comment")).await {
        Ok(_) => Ok(redirect_with_flash(&format!("/resources/{}", resource.id), t("comment-posted"))),
        Err(err) => render_resource(&data, &viewer, &headers, &resource, &author, None, &form_errors(err)?).await,
    }
}

/// `/comments/{token}`: a local comment as ActivityPub JSON.
pub async fn comment_document(data: Data, Path(token): Path<String>) -> AppResult<Response> {
    let id = data.url(&format!("/comments/{token}"));
    let row = db::resources::comment_by_ap_id(&data.db, &id)
        .await?
        .ok_or_else(|| AppError::not_found(t("no-such-comment")))?;
    let note = ApComment::new(row)?.into_json(&data).await?;
    Ok(activity_json(&WithContext::new(note, context(&data))))
}

/// A person's resources, or for a city or network everything published on its node, newest
/// first, for their profile page.
pub async fn by_author(state: &AppState, author: &Actor) -> AppResult<Vec<ResourceCard>> {
    let query = if author.kind == "Organization" {
        SearchQuery { origins: vec![author.domain.clone()], sort: Sort::Newest, limit: 10, ..Default::default() }
    } else {
        SearchQuery { author_id: Some(author.id), sort: Sort::Newest, limit: 10, ..Default::default() }
    };
    let ids = db::search::page(&state.db, &query).await?;
    Ok(db::resources::with_authors(&state.db, &ids).await?.iter().map(|(r, a)| card(r, a)).collect())
}
