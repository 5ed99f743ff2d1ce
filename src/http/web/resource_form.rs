//! Publishing and editing a resource from the web form: preview, files, mistakes named by their field.

use super::extract::Path;
use super::forms::{
    FormPairs, Submitted, form_number, read_form, translation_values, translations_from_form, translations_typed,
};
use super::{WebResult, ctx, form_errors, page, redirect_with_flash};
use crate::domain::media::{MAX_FORM_FILES, SentFile};
use crate::service::media::Upload;
use crate::{
    db::models::{Actor, Resource},
    domain::{
        markup::render_markdown,
        resource::{Attachment, Impact, ResourceInput, check_resource},
        taxonomy::{LANGUAGE_CHOICES, TAXONOMY},
        transition::{EXPLORE, TRANSITION_MAP},
    },
    error::{AppError, AppResult, Problems},
    federation::Data,
    http::{api::resources::find, session::Viewer},
    service::{self, follows::Reach},
};
use axum::{
    extract::{RawQuery, Request},
    http::{HeaderMap, StatusCode},
    response::Response,
};
use cairn_templates::{
    FormErrors,
    i18n::{t, t_with},
    knowledge::{self, ResourceFormValues, ResourceFormView},
};

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
        translations: translations_from_form(form),
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
        translations: translation_values(&input.translations),
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
        translations: translations_typed(&v.translations),
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
        languages: &LANGUAGE_CHOICES,
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
        return Err(AppError::invalid(
            "upload",
            t_with("send-at-most-files-at-a-time", &[("max", MAX_FORM_FILES.into())]),
        ));
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
