//! The transition map, cities' journeys and the Explore catalogue in the JSON API.

use super::{ActorView, ApiJson, ApiPath, ApiQuery};
use crate::{
    db::{self, models::Actor},
    domain::{
        search::SearchQuery,
        taxonomy::TAXONOMY,
        transition::{EXPLORE, StepInput, StepStatus, TRANSITION_MAP},
    },
    error::{AppError, AppResult},
    federation::{Data, objects::journey::ApJourney},
    http::session::{ApiUser, MaybeApiUser},
    service::{self, dashboard::Dashboard},
    state::AppState,
};
use activitypub_federation::traits::Object;
use axum::Json;
use cairn_templates::i18n::t_with;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

fn knowledge_url(state: &AppState, query: &SearchQuery) -> String {
    state.url(&format!("/knowledge?{}", query.to_query_string(false)))
}

#[derive(Serialize, ToSchema)]
pub struct StepView {
    id: String,
    title: String,
    purpose: String,
    guidance: String,
    outputs: Vec<String>,
    /// Resources tagged with this (and in the step's phase) were filed under it before
    /// `map_steps` existed, and still are.
    tag: String,
    resource_count: i64,
    /// The repository filtered to this step's resources.
    resources_url: String,
    url: String,
}

#[derive(Serialize, ToSchema)]
pub struct PhaseView {
    id: i32,
    title: String,
    purpose: String,
    steps: Vec<StepView>,
    templates_url: String,
}

#[derive(Serialize, ToSchema)]
pub struct MapView {
    phases: Vec<PhaseView>,
}

/// The six phases with their steps, and how many resources each step has.
#[utoipa::path(get, path = "/transition-map", tag = "transition", responses((status = 200, body = MapView)))]
pub async fn map(data: Data) -> AppResult<Json<MapView>> {
    let steps: Vec<_> = TRANSITION_MAP.steps().collect();
    let counts =
        db::search::counts(&data.db, &steps.iter().map(|(_, s)| s.resources_query()).collect::<Vec<_>>()).await?;
    let phases = TRANSITION_MAP
        .phases
        .iter()
        .map(|phase| PhaseView {
            id: phase.id,
            title: phase.title().to_string(),
            purpose: phase.purpose.clone(),
            steps: steps
                .iter()
                .zip(&counts)
                .filter(|((p, _), _)| p.id == phase.id)
                .map(|((_, step), count)| StepView {
                    id: step.id.clone(),
                    title: step.title.clone(),
                    purpose: step.purpose.clone(),
                    guidance: step.guidance.clone(),
                    outputs: step.outputs.clone(),
                    tag: step.id.clone(),
                    resource_count: *count,
                    resources_url: knowledge_url(&data, &step.resources_query()),
                    url: data.url(&format!("/map/{}", step.id)),
                })
                .collect(),
            templates_url: knowledge_url(&data, &phase.templates_query()),
        })
        .collect();
    Ok(Json(MapView { phases }))
}

#[derive(Serialize, ToSchema)]
pub struct JourneyStepView {
    step: String,
    phase: i32,
    title: String,
    /// `not_started`, `in_progress` or `done`.
    status: String,
    notes: String,
    evidence: Vec<String>,
    updated: Option<String>,
}

/// A city's journey through the transition map.
#[derive(Serialize, ToSchema)]
pub struct JourneyView {
    ap_id: String,
    url: String,
    city: ActorView,
    total: usize,
    done: usize,
    in_progress: usize,
    updated: Option<String>,
    steps: Vec<JourneyStepView>,
}

impl JourneyView {
    pub fn new(state: &AppState, journey: &ApJourney) -> Self {
        let steps: Vec<_> = TRANSITION_MAP
            .steps()
            .map(|(phase, step)| {
                let recorded = journey.steps.iter().find(|s| s.step == step.id);
                JourneyStepView {
                    step: step.id.clone(),
                    phase: phase.id,
                    title: step.title.clone(),
                    status: recorded.map_or(StepStatus::NotStarted.as_str(), |s| s.status.as_str()).to_string(),
                    notes: recorded.map(|s| s.notes.clone()).unwrap_or_default(),
                    evidence: recorded.map(|s| s.evidence_list()).unwrap_or_default(),
                    updated: recorded.map(|s| s.updated_at.and_utc().to_rfc3339()),
                }
            })
            .collect();
        JourneyView {
            ap_id: journey.id().to_string(),
            url: state.url(&journey_page(&journey.city)),
            city: ActorView::new(state, &journey.city),
            total: steps.len(),
            done: journey.count(StepStatus::Done),
            in_progress: journey.count(StepStatus::InProgress),
            updated: journey.updated().map(|u| u.to_rfc3339()),
            steps,
        }
    }
}

/// The page of a journey: this node's at `/journey`, another city's by its handle.
pub fn journey_page(city: &Actor) -> String {
    if city.local { "/journey".into() } else { format!("/journey?city={}", city.handle()) }
}

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct JourneyQuery {
    /// Another city, by `@name@host` or actor URL; this node's city when absent.
    pub city: Option<String>,
}

/// A city's journey through the map (this node's city by default).
#[utoipa::path(get, path = "/journey", tag = "transition", params(JourneyQuery),
    responses((status = 200, body = JourneyView)))]
pub async fn journey(
    data: Data,
    user: MaybeApiUser,
    ApiQuery(query): ApiQuery<JourneyQuery>,
) -> AppResult<Json<JourneyView>> {
    let city = match query.city.as_deref().filter(|c| !c.trim().is_empty()) {
        Some(target) => service::follows::resolve(&data, target, user.reach()).await?.row,
        None => service::node::organisation(&data).await?,
    };
    let journey = service::journey::journey_of(&data, city).await?;
    Ok(Json(JourneyView::new(&data, &journey)))
}

/// Record where this node's city stands on a step (admins); federated.
#[utoipa::path(put, path = "/journey/steps/{step}", tag = "transition", security(("bearer" = [])),
    params(("step" = String, Path, description = "A step's id from the transition map")), request_body = StepInput,
    responses((status = 200, body = JourneyView)))]
pub async fn record_step(
    data: Data,
    api: ApiUser,
    ApiPath(step): ApiPath<String>,
    ApiJson(input): ApiJson<StepInput>,
) -> AppResult<Json<JourneyView>> {
    service::journey::record_step(&data, &api.user, &step, &input).await?;
    let journey = service::journey::journey_of(&data, service::node::organisation(&data).await?).await?;
    Ok(Json(JourneyView::new(&data, &journey)))
}

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ExploreQuery {
    /// Only tools for this sector.
    pub sector: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct ToolView {
    id: String,
    name: String,
    description: String,
    sectors: Vec<String>,
    tag: String,
    resource_count: i64,
    resources_url: String,
    url: String,
}

#[derive(Serialize, ToSchema)]
pub struct PurposeView {
    id: String,
    title: String,
    summary: String,
    tools: Vec<ToolView>,
}

#[derive(Serialize, ToSchema)]
pub struct ExploreView {
    purposes: Vec<PurposeView>,
}

/// Tool types by purpose, with their matching resources counted (within a sector if given).
#[utoipa::path(get, path = "/explore", tag = "transition", params(ExploreQuery),
    responses((status = 200, body = ExploreView)))]
pub async fn explore(data: Data, ApiQuery(query): ApiQuery<ExploreQuery>) -> AppResult<Json<ExploreView>> {
    let sectors: Vec<String> = query.sector.into_iter().filter(|s| !s.is_empty()).collect();
    if let Some(unknown) = sectors.iter().find(|s| TAXONOMY.sector_label(s).is_none()) {
        return Err(AppError::invalid("sector", t_with("is-not-a-sector", &[("value", unknown.to_string().into())])));
    }
    let tools: Vec<_> = EXPLORE.tools().filter(|(_, t)| sectors.iter().all(|s| t.sectors.contains(s))).collect();
    let counts =
        db::search::counts(&data.db, &tools.iter().map(|(_, t)| t.resources_query(&sectors)).collect::<Vec<_>>())
            .await?;
    let purposes = EXPLORE
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
                .map(|((_, tool), count)| ToolView {
                    id: tool.id.clone(),
                    name: tool.name.clone(),
                    description: tool.description.clone(),
                    sectors: tool.sectors.clone(),
                    tag: tool.tag.clone(),
                    resource_count: *count,
                    resources_url: knowledge_url(&data, &tool.resources_query(&sectors)),
                    url: data.url(&format!("/explore/{}", tool.id)),
                })
                .collect(),
        })
        .collect();
    Ok(Json(ExploreView { purposes }))
}

/// Network figures: resources and impact by sector, country and year; journeys; upcoming events.
#[utoipa::path(get, path = "/dashboard", tag = "transition", params(DashboardQuery),
    responses((status = 200, body = Dashboard)))]
pub async fn dashboard(data: Data, ApiQuery(query): ApiQuery<DashboardQuery>) -> AppResult<Json<Dashboard>> {
    Ok(Json(service::dashboard::dashboard(&data, query.includes_illustrative()).await?))
}

#[derive(Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct DashboardQuery {
    /// `exclude` leaves out the illustrative resources of `cairn admin seed-demo`; `include`
    /// (the default) counts them.
    #[param(inline)]
    pub illustrative: Option<Illustrative>,
}

#[derive(Debug, Clone, Copy, PartialEq, Deserialize, ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum Illustrative {
    Include,
    Exclude,
}

impl DashboardQuery {
    pub fn includes_illustrative(&self) -> bool {
        self.illustrative != Some(Illustrative::Exclude)
    }
}
