//! The climate-transition tools on the web: the map, a city's journey, a step, Explore and the
//! financial guidance. Pages read through the same services and queries as the JSON API.

use super::extract::{Form, Path, Query};
use super::{WebResult, ctx, form_errors, knowledge::card, page, page_url, redirect_with_flash};
use crate::{
    db,
    domain::{
        finance::{Assessment, QuestionKind, check_assessment, rank},
        search::SearchQuery,
        taxonomy::TAXONOMY,
        transition::{EXPLORE, StepInput, StepStatus, TRANSITION_MAP},
    },
    error::{AppError, AppResult},
    federation::{Data, objects::journey::ApJourney},
    http::{
        api::{finance::assessment_path, transition::journey_page},
        session::Viewer,
    },
    service,
};
use axum::{
    extract::RawQuery,
    http::{HeaderMap, StatusCode},
};
use cairn_templates::{
    FormErrors,
    i18n::t,
    knowledge::ResourceCard,
    transition::{
        self, ExploreView, FinanceView, JourneyView, MapView, OptionResult, PhaseSummary, PurposeView, QuestionField,
        QuestionInput, StepSummary, StepView, ToolCard, ToolView,
    },
};
use serde::Deserialize;
use std::collections::BTreeMap;

fn knowledge_link(query: &SearchQuery) -> String {
    format!("/knowledge?{}", query.to_query_string(false))
}

/// Every phase with its steps, their resource counts and where `journey`'s city stands.
async fn phase_summaries(data: &Data, journey: &ApJourney) -> AppResult<Vec<PhaseSummary>> {
    let steps: Vec<_> = TRANSITION_MAP.steps().collect();
    let queries: Vec<SearchQuery> = steps.iter().map(|(_, step)| step.resources_query()).collect();
    let counts = db::search::counts(&data.db, &queries).await?;
    let summaries = TRANSITION_MAP
        .phases
        .iter()
        .map(|phase| PhaseSummary {
            id: phase.id,
            title: phase.title().to_string(),
            purpose: phase.purpose.clone(),
            templates_url: knowledge_link(&phase.templates_query()),
            steps: steps
                .iter()
                .zip(queries.iter().zip(&counts))
                .filter(|((p, _), _)| p.id == phase.id)
                .map(|((_, step), (query, count))| {
                    let recorded = journey.steps.iter().find(|s| s.step == step.id);
                    let status = recorded.and_then(|s| StepStatus::parse(&s.status)).unwrap_or_default();
                    StepSummary {
                        id: step.id.clone(),
                        title: step.title.clone(),
                        purpose: step.purpose.clone(),
                        url: format!("/map/{}", step.id),
                        resource_count: *count,
                        resources_url: knowledge_link(query),
                        status: status.as_str().to_string(),
                        status_label: t(status.label()).to_string(),
                        notes: recorded.map(|s| s.notes.clone()).unwrap_or_default(),
                        evidence: recorded.map(|s| s.evidence_list()).unwrap_or_default(),
                        updated: recorded.map(|s| s.updated_at.format("%Y-%m-%d").to_string()),
                    }
                })
                .collect(),
        })
        .collect();
    Ok(summaries)
}

async fn local_journey(data: &Data) -> AppResult<ApJourney> {
    service::journey::journey_of(data, service::node::organisation(data).await?).await
}

pub async fn map(data: Data, viewer: Viewer, headers: HeaderMap) -> WebResult {
    let journey = local_journey(&data).await?;
    let phases = phase_summaries(&data, &journey).await?;
    let ctx = ctx(&data, &viewer, &headers).await?;
    let view = MapView {
        phases: &phases,
        city_name: journey.city.name_or_username(),
        done: journey.count(StepStatus::Done),
        total: TRANSITION_MAP.steps().count(),
    };
    Ok(page(&ctx, StatusCode::OK, transition::map(&ctx, &view)))
}

#[derive(Deserialize)]
pub struct JourneyQuery {
    city: Option<String>,
}

pub async fn journey(data: Data, viewer: Viewer, headers: HeaderMap, Query(query): Query<JourneyQuery>) -> WebResult {
    let city = match query.city.as_deref().filter(|c| !c.trim().is_empty()) {
        Some(target) => service::follows::resolve(&data, target, viewer.reach()).await?.row,
        None => service::node::organisation(&data).await?,
    };
    let journey = service::journey::journey_of(&data, city).await?;
    let phases = phase_summaries(&data, &journey).await?;
    let others: Vec<(String, String, i64)> = db::journeys::cities(&data.db)
        .await?
        .into_iter()
        .filter(|(city, _)| city.id != journey.city.id)
        .map(|(city, done)| (city.name_or_username().to_string(), journey_page(&city), done))
        .collect();
    let ctx = ctx(&data, &viewer, &headers).await?;
    let city_url = page_url(&journey.city);
    let view = JourneyView {
        city_name: journey.city.name_or_username(),
        city_url: &city_url,
        origin: (!journey.city.local).then_some(journey.city.domain.as_str()),
        phases: &phases,
        done: journey.count(StepStatus::Done),
        in_progress: journey.count(StepStatus::InProgress),
        total: TRANSITION_MAP.steps().count(),
        updated: journey.updated().map(|u| u.format("%Y-%m-%d").to_string()),
        others: &others,
        can_edit: journey.city.local && viewer.user.as_ref().is_some_and(|(u, _)| u.is_admin()),
    };
    Ok(page(&ctx, StatusCode::OK, transition::journey(&ctx, &view)))
}

async fn resource_cards(data: &Data, query: &SearchQuery) -> AppResult<Vec<ResourceCard>> {
    let ids = db::search::page(&data.db, query).await?;
    Ok(db::resources::with_authors(&data.db, &ids).await?.iter().map(|(r, a)| card(r, a)).collect())
}

/// A step page; `form` holds what an administrator just submitted, with its errors.
async fn render_step(
    data: &Data,
    viewer: &Viewer,
    headers: &HeaderMap,
    step_id: &str,
    form: Option<(&StepForm, FormErrors)>,
) -> WebResult {
    let (phase, step) =
        TRANSITION_MAP.step(step_id).ok_or_else(|| AppError::not_found(t("the-transition-map-has-no-such-step")))?;
    let journey = local_journey(data).await?;
    let phases = phase_summaries(data, &journey).await?;
    let phase_summary = phases.iter().find(|p| p.id == phase.id).expect("every phase is summarised");
    let summary = phase_summary.steps.iter().find(|s| s.id == step.id).expect("every step is summarised");
    let resources = resource_cards(data, &step.resources_query()).await?;
    let templates = resource_cards(data, &phase.templates_query()).await?;
    let evidence_lines = summary.evidence.join("\n");
    let (status, notes, evidence, errors) = match form {
        Some((form, errors)) => (form.status.as_str(), form.notes.as_str(), form.evidence.as_str(), errors),
        None => (summary.status.as_str(), summary.notes.as_str(), evidence_lines.as_str(), FormErrors::default()),
    };
    let is_admin = viewer.user.as_ref().is_some_and(|(u, _)| u.is_admin());
    let view = StepView {
        phase: phase_summary,
        step: summary,
        guidance: &step.guidance,
        outputs: &step.outputs,
        resources: &resources,
        templates: &templates,
        editor: is_admin.then_some((status, notes, evidence)),
        errors: &errors,
    };
    let ctx = ctx(data, viewer, headers).await?;
    let code = if errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    Ok(page(&ctx, code, transition::step(&ctx, &view)))
}

pub async fn step(data: Data, viewer: Viewer, headers: HeaderMap, Path(step): Path<String>) -> WebResult {
    render_step(&data, &viewer, &headers, &step, None).await
}

#[derive(Deserialize)]
pub struct StepForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    status: String,
    #[serde(default)]
    notes: String,
    /// One link per line.
    #[serde(default)]
    evidence: String,
}

pub async fn record_step(
    data: Data,
    viewer: Viewer,
    headers: HeaderMap,
    Path(step): Path<String>,
    Form(form): Form<StepForm>,
) -> WebResult {
    viewer.check_csrf(&form.csrf)?;
    let (user, _) = viewer.require_admin()?;
    let input = StepInput {
        status: form.status.clone(),
        notes: form.notes.clone(),
        evidence: form.evidence.lines().map(str::to_string).collect(),
    };
    match service::journey::record_step(&data, user, &step, &input).await {
        Ok(_) => Ok(redirect_with_flash(&format!("/map/{step}"), t("saved-and-published-to-the-citys"))),
        Err(err) => {
            let errors = form_errors(err)?;
            render_step(&data, &viewer, &headers, &step, Some((&form, errors))).await
        }
    }
}

fn sector_labels(ids: &[String]) -> Vec<String> {
    ids.iter().filter_map(|s| TAXONOMY.sector_label(s)).map(str::to_string).collect()
}

#[derive(Deserialize)]
pub struct ExploreQuery {
    #[serde(default)]
    sector: String,
}

pub async fn explore(data: Data, viewer: Viewer, headers: HeaderMap, Query(query): Query<ExploreQuery>) -> WebResult {
    // An unknown sector shows everything rather than an error: the page is a filter, not a form.
    let sector = TAXONOMY.sector_label(&query.sector).map(|_| query.sector.clone());
    let sectors: Vec<String> = sector.clone().into_iter().collect();
    let tools: Vec<_> = EXPLORE.tools().filter(|(_, t)| sectors.iter().all(|s| t.sectors.contains(s))).collect();
    let queries: Vec<SearchQuery> = tools.iter().map(|(_, tool)| tool.resources_query(&sectors)).collect();
    let counts = db::search::counts(&data.db, &queries).await?;
    let purposes: Vec<PurposeView> = EXPLORE
        .purposes
        .iter()
        .map(|purpose| PurposeView {
            id: purpose.id.clone(),
            title: purpose.title.clone(),
            summary: purpose.summary.clone(),
            tools: tools
                .iter()
                .zip(&counts)
                .filter(|((p, _), _)| p.id == purpose.id)
                .map(|((_, tool), count)| ToolCard {
                    name: tool.name.clone(),
                    description: tool.description.clone(),
                    url: match &sector {
                        Some(sector) => format!("/explore/{}?sector={sector}", tool.id),
                        None => format!("/explore/{}", tool.id),
                    },
                    sectors: sector_labels(&tool.sectors),
                    resource_count: *count,
                })
                .collect(),
        })
        .collect();
    let sector_options: Vec<(String, String)> =
        TAXONOMY.sectors.iter().map(|s| (s.id.clone(), s.label.clone())).collect();
    let ctx = ctx(&data, &viewer, &headers).await?;
    let view =
        ExploreView { sector: sector.as_deref().unwrap_or_default(), sectors: &sector_options, purposes: &purposes };
    Ok(page(&ctx, StatusCode::OK, transition::explore(&ctx, &view)))
}

pub async fn tool(
    data: Data,
    viewer: Viewer,
    headers: HeaderMap,
    Path(tool): Path<String>,
    Query(query): Query<ExploreQuery>,
) -> WebResult {
    let (purpose, tool) = EXPLORE.tool(&tool).ok_or_else(|| AppError::not_found(t("explore-has-no-such-tool-type")))?;
    let sectors: Vec<String> = TAXONOMY.sector_label(&query.sector).map(|_| query.sector.clone()).into_iter().collect();
    let search = tool.resources_query(&sectors);
    let total = db::search::counts(&data.db, std::slice::from_ref(&search)).await?[0];
    let resources = resource_cards(&data, &search).await?;
    let card = ToolCard {
        name: tool.name.clone(),
        description: tool.description.clone(),
        url: format!("/explore/{}", tool.id),
        sectors: sector_labels(&tool.sectors),
        resource_count: total,
    };
    let all_url = knowledge_link(&search);
    let view = ToolView {
        tool: &card,
        purpose: &purpose.title,
        id: &tool.id,
        tag: &tool.tag,
        resources: &resources,
        all_url: &all_url,
    };
    let ctx = ctx(&data, &viewer, &headers).await?;
    Ok(page(&ctx, StatusCode::OK, transition::tool(&ctx, &view)))
}

/// The finance form, and the ranking when answers are given: a GET form, so the URL of the
/// results is the link to share.
pub async fn finance(data: Data, viewer: Viewer, headers: HeaderMap, RawQuery(raw): RawQuery) -> WebResult {
    let matrix = data.finance.current();
    let pairs: Vec<(String, String)> =
        url::form_urlencoded::parse(raw.unwrap_or_default().as_bytes()).into_owned().collect();
    let chosen: Vec<String> = pairs.iter().filter(|(k, _)| k == "sector").map(|(_, v)| v.clone()).collect();
    let answers: BTreeMap<String, String> = pairs.iter().filter(|(k, _)| k != "sector").cloned().collect();
    let submitted = !pairs.is_empty();
    let (assessment, errors): (Option<Assessment>, FormErrors) = match check_assessment(&matrix, &chosen, &answers) {
        _ if !submitted => (None, FormErrors::default()),
        Ok(assessment) => (Some(assessment), FormErrors::default()),
        Err(fields) => (None, FormErrors { summary: None, fields }),
    };
    let results: Option<Vec<OptionResult>> = assessment.as_ref().map(|assessment| {
        rank(&matrix, assessment)
            .iter()
            .enumerate()
            .map(|(i, scored)| OptionResult {
                rank: i + 1,
                name: scored.option.name.clone(),
                score: scored.score,
                finances: scored.option.finances.clone(),
                pros: scored.option.pros.clone(),
                cons: scored.option.cons.clone(),
                programmes: scored.option.programmes.clone(),
                why: scored.why.iter().map(|r| (r.points, r.reason.clone())).collect(),
            })
            .collect()
    });
    let sectors: Vec<(String, String, bool)> =
        TAXONOMY.sectors.iter().map(|s| (s.id.clone(), s.label.clone(), chosen.contains(&s.id))).collect();
    let questions: Vec<QuestionField> = matrix
        .questions
        .iter()
        .map(|q| QuestionField {
            id: q.id.clone(),
            label: q.label.clone(),
            input: match &q.kind {
                QuestionKind::Number { min, max } => QuestionInput::Number { min: *min, max: *max },
                QuestionKind::Bool => QuestionInput::YesNo,
                QuestionKind::Choice { choices } => {
                    let label = |i: usize, id: &String| q.choice_labels.get(i).unwrap_or(id).clone();
                    QuestionInput::Choice(
                        choices.iter().enumerate().map(|(i, id)| (id.clone(), label(i, id))).collect(),
                    )
                }
            },
            value: answers.get(&q.id).cloned().unwrap_or_default(),
        })
        .collect();
    let share_url = assessment.as_ref().map(assessment_path);
    let view = FinanceView {
        sectors: &sectors,
        questions: &questions,
        errors: &errors,
        results: results.as_deref(),
        share_url: share_url.as_deref(),
    };
    let ctx = ctx(&data, &viewer, &headers).await?;
    let code = if errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    Ok(page(&ctx, code, transition::finance(&ctx, &view)))
}
