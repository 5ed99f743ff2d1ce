//! The transition map, cities' journeys and the Explore catalogue in the JSON API.

use super::{ApiJson, actor_json};
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
    service,
    state::AppState,
};
use activitypub_federation::traits::Object;
use axum::{
    Json,
    extract::{Path, Query},
};
use serde::Deserialize;
use serde_json::{Value, json};

fn knowledge_url(state: &AppState, query: &SearchQuery) -> String {
    state.url(&format!("/knowledge?{}", query.to_query_string(false)))
}

/// The six phases with their steps, and how many resources each step has.
pub async fn map(data: Data) -> AppResult<Json<Value>> {
    let steps: Vec<_> = TRANSITION_MAP.steps().collect();
    let counts =
        db::search::counts(&data.db, &steps.iter().map(|(p, s)| s.resources_query(p)).collect::<Vec<_>>()).await?;
    let phases: Vec<Value> = TRANSITION_MAP
        .phases
        .iter()
        .map(|phase| {
            let steps: Vec<Value> = steps
                .iter()
                .zip(&counts)
                .filter(|((p, _), _)| p.id == phase.id)
                .map(|((p, step), count)| {
                    json!({
                        "id": step.id, "title": step.title, "purpose": step.purpose, "guidance": step.guidance,
                        "outputs": step.outputs, "tag": step.id, "resource_count": count,
                        "resources_url": knowledge_url(&data, &step.resources_query(p)),
                        "url": data.url(&format!("/map/{}", step.id)),
                    })
                })
                .collect();
            json!({
                "id": phase.id, "title": phase.title(), "purpose": phase.purpose, "steps": steps,
                "templates_url": knowledge_url(&data, &phase.templates_query()),
            })
        })
        .collect();
    Ok(Json(json!({"phases": phases})))
}

pub fn journey_json(state: &AppState, journey: &ApJourney) -> Value {
    let steps: Vec<Value> = TRANSITION_MAP
        .steps()
        .map(|(phase, step)| {
            let recorded = journey.steps.iter().find(|s| s.step == step.id);
            json!({
                "step": step.id,
                "phase": phase.id,
                "title": step.title,
                "status": recorded.map_or(StepStatus::NotStarted.as_str(), |s| s.status.as_str()),
                "notes": recorded.map(|s| s.notes.as_str()).unwrap_or_default(),
                "evidence": recorded.map(|s| s.evidence_list()).unwrap_or_default(),
                "updated": recorded.map(|s| s.updated_at.and_utc().to_rfc3339()),
            })
        })
        .collect();
    json!({
        "ap_id": journey.id().to_string(),
        "url": state.url(&journey_page(&journey.city)),
        "city": actor_json(state, &journey.city),
        "total": steps.len(),
        "done": journey.count(StepStatus::Done),
        "in_progress": journey.count(StepStatus::InProgress),
        "updated": journey.updated().map(|u| u.to_rfc3339()),
        "steps": steps,
    })
}

/// The page of a journey: this node's at `/journey`, another city's by its handle.
pub fn journey_page(city: &Actor) -> String {
    if city.local { "/journey".into() } else { format!("/journey?city={}", city.handle()) }
}

#[derive(Deserialize)]
pub struct JourneyQuery {
    /// Another city, by `@name@host` or actor URL; this node's city when absent.
    pub city: Option<String>,
}

pub async fn journey(data: Data, user: MaybeApiUser, Query(query): Query<JourneyQuery>) -> AppResult<Json<Value>> {
    let city = match query.city.as_deref().filter(|c| !c.trim().is_empty()) {
        Some(target) => service::follows::resolve(&data, target, user.reach()).await?.row,
        None => service::journey::city(&data).await?,
    };
    let journey = service::journey::journey_of(&data, city).await?;
    Ok(Json(journey_json(&data, &journey)))
}

pub async fn record_step(
    data: Data,
    api: ApiUser,
    Path(step): Path<String>,
    ApiJson(input): ApiJson<StepInput>,
) -> AppResult<Json<Value>> {
    service::journey::record_step(&data, &api.user, &step, &input).await?;
    let journey = service::journey::journey_of(&data, service::journey::city(&data).await?).await?;
    Ok(Json(journey_json(&data, &journey)))
}

#[derive(Deserialize)]
pub struct ExploreQuery {
    pub sector: Option<String>,
}

/// Tool types by purpose, with their matching resources counted (within a sector if given).
pub async fn explore(data: Data, Query(query): Query<ExploreQuery>) -> AppResult<Json<Value>> {
    let sectors: Vec<String> = query.sector.into_iter().filter(|s| !s.is_empty()).collect();
    if let Some(unknown) = sectors.iter().find(|s| TAXONOMY.sector_label(s).is_none()) {
        return Err(AppError::invalid("sector", format!("\"{unknown}\" is not a sector")));
    }
    let tools: Vec<_> = EXPLORE.tools().filter(|(_, t)| sectors.iter().all(|s| t.sectors.contains(s))).collect();
    let counts =
        db::search::counts(&data.db, &tools.iter().map(|(_, t)| t.resources_query(&sectors)).collect::<Vec<_>>())
            .await?;
    let purposes: Vec<Value> = EXPLORE
        .purposes
        .iter()
        .map(|purpose| {
            let tools: Vec<Value> = tools
                .iter()
                .zip(&counts)
                .filter(|((p, _), _)| p.id == purpose.id)
                .map(|((_, tool), count)| {
                    json!({
                        "id": tool.id, "name": tool.name, "description": tool.description, "sectors": tool.sectors,
                        "tag": tool.tag, "resource_count": count,
                        "resources_url": knowledge_url(&data, &tool.resources_query(&sectors)),
                        "url": data.url(&format!("/explore/{}", tool.id)),
                    })
                })
                .collect();
            json!({"id": purpose.id, "title": purpose.title, "summary": purpose.summary, "tools": tools})
        })
        .collect();
    Ok(Json(json!({"purposes": purposes})))
}

/// `GET /api/v1/dashboard`: the network's figures (what `/dashboard` draws).
pub async fn dashboard(
    data: crate::federation::Data,
) -> crate::error::AppResult<axum::Json<crate::service::dashboard::Dashboard>> {
    Ok(axum::Json(crate::service::dashboard::dashboard(&data).await?))
}
