//! The knowledge repository on the web: search, resource pages, publishing, comments, Atom.

use super::ask_first;
use super::extract::Path;
use super::forms::{FormPairs, Submitted, form_number, read_form};
use super::{WebResult, ctx, form_errors, page, page_url, redirect_with_flash};
use crate::domain::media::{MAX_FORM_FILES, SentFile};
use crate::service::media::Upload;
use crate::service::moderation::Audit;
use crate::{
    db::{
        self,
        models::{Actor, Resource},
    },
    domain::{
        resource::{Attachment, Impact, ResourceInput, check_resource, render_markdown},
        search::{SearchQuery, Sort},
        taxonomy::TAXONOMY,
        transition::{EXPLORE, TRANSITION_MAP},
    },
    error::{AppError, AppResult, Problems},
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
    extract::{RawQuery, Request},
    http::{HeaderMap, StatusCode, header},
    response::{IntoResponse, Response},
};
use cairn_templates::components::{AttachmentView, Confirmation};
use cairn_templates::{
    FormErrors,
    i18n::{msg, t, t_with},
    knowledge::{
        self, CommentView, Facet, FacetValue, ResourceCard, ResourceFormValues, ResourceFormView, ResourceView,
    },
    numbers,
};

pub fn card(resource: &Resource, author: &Actor) -> ResourceCard {
    let place = [resource.city.as_str(), resource.country.as_str()]
        .iter()
        .filter(|s| !s.is_empty())
        .copied()
        .collect::<Vec<_>>()
        .join(", ");
    ResourceCard {
        url: format!("/resources/{}", resource.id),
        title: resource.title.clone(),
        summary: resource.summary.clone(),
        kind: TAXONOMY.kind_label(&resource.kind).unwrap_or(&resource.kind).to_string(),
        sectors: resource.sector_list().iter().filter_map(|s| TAXONOMY.sector_label(s)).map(str::to_string).collect(),
        phases: resource.phase_list().iter().filter_map(|p| TAXONOMY.phase_label(*p)).map(str::to_string).collect(),
        place,
        language: resource.language.clone(),
        author: author.name_or_username().to_string(),
        author_url: page_url(author),
        published: resource.published_at.format("%Y-%m-%d").to_string(),
        origin: (!resource.local).then(|| resource.origin.clone()),
        illustrative: resource.demo,
    }
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
    let results: Vec<ResourceCard> = rows.iter().map(|(r, a)| card(r, a)).collect();
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
    let pages = cairn_templates::components::page_numbers(query.offset / limit + 1, (found.total + limit - 1) / limit)
        .into_iter()
        .map(|number| number.map(|(n, current)| (n, at((n - 1) * limit), current)))
        .collect::<Vec<_>>();
    let unfiltered = query.to_query_string(false).is_empty();
    let ctx = ctx(&data, &viewer, &headers).await?;
    let view = knowledge::SearchView {
        text: &query.text,
        total: found.total,
        results: &results,
        facets: &facets,
        next_url: (query.offset + query.limit < found.total).then(|| at(query.offset + query.limit)),
        prev_url: (query.offset > 0).then(|| at((query.offset - query.limit).max(0))),
        newest_url: link(&SearchQuery { sort: Sort::Newest, offset: 0, ..query.clone() }),
        relevance_url: link(&SearchQuery { sort: Sort::Relevance, offset: 0, ..query.clone() }),
        newest: query.sort == Sort::Newest,
        atom_url: format!("/knowledge.atom?{}", query.to_query_string(false)),
        can_publish: viewer.user.is_some(),
        pages: &pages,
        past_end: (found.total > 0 && query.offset >= found.total).then(|| at(0)),
        empty_node: found.total == 0 && unfiltered,
    };
    Ok(page(&ctx, StatusCode::OK, knowledge::search(&ctx, &view)))
}

pub fn xml_escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

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

fn values_from_form(form: &FormPairs) -> ResourceFormValues {
    ResourceFormValues {
        kind: form.one("kind"),
        title: form.one("title"),
        summary: form.one("summary"),
        body: form.one("body"),
        language: form.one("language"),
        license: form.one("license"),
        sectors: form.all("sectors"),
        phases: form.all("phases"),
        tags: form.one("tags"),
        city: form.one("city"),
        country: form.one("country"),
        period_start: form.one("period_start"),
        period_end: form.one("period_end"),
        tco2e_per_year: form.one("tco2e_per_year"),
        investment_eur: form.one("investment_eur"),
        people_reached: form.one("people_reached"),
        attachments: form.one("attachments"),
        organisation: form.one("organisation"),
        map_steps: form.all("map_steps"),
        tool_types: form.all("tool_types"),
    }
}

fn values_from_input(input: &ResourceInput) -> ResourceFormValues {
    let number = |v: Option<f64>| v.map(|n| n.to_string()).unwrap_or_default();
    ResourceFormValues {
        kind: input.kind.clone(),
        title: input.title.clone(),
        summary: input.summary.clone(),
        body: input.body.clone(),
        language: input.language.clone(),
        license: input.license.clone(),
        sectors: input.sectors.clone(),
        phases: input.phases.iter().map(|p| p.to_string()).collect(),
        tags: input.tags.join(", "),
        city: input.city.clone(),
        country: input.country.clone(),
        period_start: input.period_start.map(|y| y.to_string()).unwrap_or_default(),
        period_end: input.period_end.map(|y| y.to_string()).unwrap_or_default(),
        tco2e_per_year: number(input.impact.tco2e_per_year),
        investment_eur: number(input.impact.investment_eur),
        people_reached: input.impact.people_reached.map(|n| n.to_string()).unwrap_or_default(),
        attachments: input
            .attachments
            .iter()
            .map(|a| format!("{} | {} | {}", a.url, a.title, a.media_type))
            .collect::<Vec<_>>()
            .join("\n"),
        organisation: input.organisation.clone(),
        map_steps: input.map_steps.clone(),
        tool_types: input.tool_types.clone(),
    }
}

/// Reads the form's text into a `ResourceInput`; numbers that are not numbers are named with
/// every other problem.
fn input_from_values(v: &ResourceFormValues) -> AppResult<ResourceInput> {
    let mut unreadable = Problems::default();
    let phases = v.phases.iter().filter_map(|phase| form_number(&mut unreadable, "phases", phase)).collect();
    let attachments = v
        .attachments
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|line| {
            let mut parts = line.split('|').map(str::trim);
            Attachment {
                url: parts.next().unwrap_or_default().to_string(),
                title: parts.next().unwrap_or_default().to_string(),
                media_type: parts.next().unwrap_or_default().to_string(),
                blurhash: None,
            }
        })
        .collect();
    let input = ResourceInput {
        kind: v.kind.clone(),
        title: v.title.clone(),
        summary: v.summary.clone(),
        body: v.body.clone(),
        language: v.language.clone(),
        license: v.license.clone(),
        sectors: v.sectors.clone(),
        tags: crate::domain::profile::expertise_list(&v.tags),
        phases,
        city: v.city.clone(),
        country: v.country.clone(),
        period_start: form_number(&mut unreadable, "period_start", &v.period_start),
        period_end: form_number(&mut unreadable, "period_end", &v.period_end),
        impact: Impact {
            tco2e_per_year: form_number(&mut unreadable, "tco2e_per_year", &v.tco2e_per_year),
            investment_eur: form_number(&mut unreadable, "investment_eur", &v.investment_eur),
            people_reached: form_number(&mut unreadable, "people_reached", &v.people_reached),
        },
        attachments,
        media_ids: Vec::new(),
        organisation: v.organisation.clone(),
        map_steps: v.map_steps.clone(),
        tool_types: v.tool_types.clone(),
    };
    read_form(input, unreadable, check_resource)
}

fn render_form(
    ctx: &cairn_templates::Ctx,
    action: &str,
    heading: &str,
    values: &ResourceFormValues,
    errors: &FormErrors,
    preview: Option<&str>,
) -> Response {
    let kinds: Vec<(String, String)> = TAXONOMY.kinds.iter().map(|k| (k.id.clone(), k.label.clone())).collect();
    let sectors: Vec<(String, String)> = TAXONOMY.sectors.iter().map(|k| (k.id.clone(), k.label.clone())).collect();
    let phases: Vec<(String, String)> = TAXONOMY.phases.iter().map(|k| (k.id.to_string(), k.label.clone())).collect();
    let map_steps: Vec<(String, Vec<(String, String)>)> = TRANSITION_MAP
        .phases
        .iter()
        .map(|phase| {
            let steps = phase.steps.iter().map(|s| (s.id.clone(), s.title.clone())).collect();
            (format!("{}. {}", phase.id, phase.title()), steps)
        })
        .collect();
    let tool_types: Vec<(String, String)> = EXPLORE.tools().map(|(_, t)| (t.id.clone(), t.name.clone())).collect();
    let view = ResourceFormView {
        action,
        heading,
        values,
        kinds: &kinds,
        sectors: &sectors,
        phases: &phases,
        map_steps: &map_steps,
        tool_types: &tool_types,
        languages: &TAXONOMY.languages,
        preview_html: preview,
    };
    let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    page(ctx, status, knowledge::resource_form(ctx, &view, errors))
}

/// `/knowledge/new?step=…&tool=…`: the form, with a Transition Map step or an Explore tool type
/// ("Share your city's work" on its page) ticked, and the step's phase or the tool type's
/// sectors, as a person would tick them. Unknown or repeated values are passed over.
pub async fn new_form(data: Data, viewer: Viewer, headers: HeaderMap, RawQuery(raw): RawQuery) -> WebResult {
    viewer.require_user()?;
    let ctx = ctx(&data, &viewer, &headers).await?;
    let params = FormPairs::parse(raw.unwrap_or_default().as_bytes());
    let step = TRANSITION_MAP.step(&params.one("step"));
    let tool = EXPLORE.tool(&params.one("tool")).map(|(_, tool)| tool);
    let values = ResourceFormValues {
        kind: "case_study".into(),
        language: "en".into(),
        map_steps: step.iter().map(|(_, s)| s.id.clone()).collect(),
        phases: step.iter().map(|(p, _)| p.id.to_string()).collect(),
        tool_types: tool.iter().map(|t| t.id.clone()).collect(),
        sectors: tool.map(|t| t.sectors.clone()).unwrap_or_default(),
        ..Default::default()
    };
    Ok(render_form(&ctx, "/knowledge/new", t("publish-a-resource"), &values, &FormErrors::default(), None))
}

pub async fn create(data: Data, viewer: Viewer, headers: HeaderMap, request: Request) -> WebResult {
    let (_, me) = viewer.require_user()?;
    let sent = Submitted::read(request).await?;
    viewer.check_csrf(&sent.form.one("csrf"))?;
    let target = FormTarget {
        action: "/knowledge/new",
        heading: t("publish-a-resource"),
        saved: t("published-your-followers-and-the-citys"),
    };
    submit(&data, &viewer, &headers, sent, &target, async |input| service::resources::publish(&data, me, &input).await)
        .await
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

/// Where a resource form posts, and what it says.
struct FormTarget<'a> {
    action: &'a str,
    heading: &'a str,
    saved: &'a str,
}

/// A submitted resource form: a preview, the form again with its mistakes named, or (once
/// `save` succeeds) the resource's page. Files sent with it are kept first and listed in its
/// attachments, so a form shown again still has them.
async fn submit(
    data: &Data,
    viewer: &Viewer,
    headers: &HeaderMap,
    sent: Submitted,
    target: &FormTarget<'_>,
    save: impl AsyncFnOnce(ResourceInput) -> AppResult<Resource>,
) -> WebResult {
    let form = &sent.form;
    let mut values = values_from_form(form);
    let (_, me) = viewer.require_user()?;
    if let Err(err) = keep_uploads(data, me, sent.files, &form.one("upload_description"), &mut values).await {
        let ctx = ctx(data, viewer, headers).await?;
        return Ok(render_form(&ctx, target.action, target.heading, &values, &form_errors(err)?, None));
    }
    let result = match input_from_values(&values) {
        Ok(input) if form.one("preview").is_empty() => save(input).await.map(Some),
        Ok(input) => crate::domain::resource::check_resource(&input).map(|_| None),
        Err(err) => Err(err),
    };
    let ctx = ctx(data, viewer, headers).await?;
    match result {
        Ok(Some(saved)) => Ok(redirect_with_flash(&format!("/resources/{}", saved.id), target.saved)),
        Ok(None) => {
            let preview = render_markdown(&values.body);
            Ok(render_form(&ctx, target.action, target.heading, &values, &FormErrors::default(), Some(&preview)))
        }
        Err(err) => Ok(render_form(&ctx, target.action, target.heading, &values, &form_errors(err)?, None)),
    }
}

pub async fn show(data: Data, viewer: Viewer, headers: HeaderMap, Path(id): Path<String>) -> WebResult {
    let (resource, author) = find(&data, &id, viewer.reach()).await?;
    if wants_activity_json(&headers) {
        if !resource.local {
            return Err(AppError::not_found(t("this-resource-is-served-by-its-own")).into());
        }
        let article = ApResource::new(resource, author)?.into_json(&data).await?;
        return Ok(activity_json(&WithContext::new(article, context(&data))));
    }
    render_resource(&data, &viewer, &headers, &resource, &author, &FormErrors::default()).await
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
    errors: &FormErrors,
) -> WebResult {
    let ctx = ctx(data, viewer, headers).await?;
    let card = card(resource, author);
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
    fact(msg("language"), resource.language.clone());
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
        body_html: &resource.body_html,
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
        lang: &resource.language,
        report_url: super::moderation::report_url(me.map(|(_, a)| a), &resource.ap_id, resource.author_id),
    };
    let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    Ok(page(&ctx, status, knowledge::resource(&ctx, &view, errors)))
}

/// Keeps the files of a resource form, each listed on a line of its attachments; one refused
/// is named with the reason (those before it are kept and listed).
async fn keep_uploads(
    data: &Data,
    owner: &Actor,
    files: Vec<SentFile>,
    description: &str,
    values: &mut ResourceFormValues,
) -> AppResult<()> {
    if files.len() > MAX_FORM_FILES {
        return Err(AppError::invalid("upload", format!("send at most {MAX_FORM_FILES} files at a time")));
    }
    for file in files {
        let name = file.file_name.clone();
        let kept = service::media::upload(data, owner, Upload::of(file, description))
            .await
            .map_err(|e| AppError::invalid("upload", format!("{name}: {}", e.message)))?;
        let title = if kept.description.is_empty() { name } else { kept.description.clone() };
        let line = format!("{} | {} | {}", service::media::url_of(data, &kept.file_key), title, kept.media_type);
        if !values.attachments.trim().is_empty() {
            values.attachments.push('\n');
        }
        values.attachments.push_str(&line);
    }
    Ok(())
}

pub async fn edit_form(data: Data, viewer: Viewer, headers: HeaderMap, Path(id): Path<String>) -> WebResult {
    let (_, me) = viewer.require_user()?;
    let (resource, _) = find(&data, &id, Reach::Fetch).await?;
    if !resource.local || resource.author_id != me.id {
        return Err(AppError::forbidden(t("only-the-author-can-change-this-resource")).into());
    }
    let ctx = ctx(&data, &viewer, &headers).await?;
    let action = format!("/resources/{}/edit", resource.id);
    Ok(render_form(
        &ctx,
        &action,
        t("edit-resource"),
        &values_from_input(&service::resources::input_of(&resource)),
        &FormErrors::default(),
        None,
    ))
}

pub async fn update(
    data: Data,
    viewer: Viewer,
    headers: HeaderMap,
    Path(id): Path<String>,
    request: Request,
) -> WebResult {
    let (user, me) = viewer.require_user()?;
    let (resource, _) = find(&data, &id, Reach::Fetch).await?;
    service::resources::may_edit(user, me, &resource)?;
    let sent = Submitted::read(request).await?;
    viewer.check_csrf(&sent.form.one("csrf"))?;
    let action = format!("/resources/{}/edit", resource.id);
    let target = FormTarget { action: &action, heading: t("edit-resource"), saved: t("saved-the-change-goes-out-to") };
    submit(&data, &viewer, &headers, sent, &target, async |input| {
        service::resources::edit(&data, user, me, &resource, &input).await
    })
    .await
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
        Err(err) => render_resource(&data, &viewer, &headers, &resource, &author, &form_errors(err)?).await,
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
