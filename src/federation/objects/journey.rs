//! A city's journey through the transition map as a federated `Journey` object.

use super::actor::ApActor;
use crate::{
    db::{
        self,
        models::{Actor, JourneyStep, NewJourneyStep},
    },
    domain::{
        handle::host_of_url,
        transition::{StepInput, StepStatus, TRANSITION_MAP, check_step},
    },
    error::{AppError, AppResult},
    federation::protocol::{
        article::PUBLIC,
        id_of,
        journey::{JourneyJson, JourneyStepJson},
    },
    state::AppState,
};
use activitypub_federation::{
    config::Data, fetch::object_id::ObjectId, protocol::verification::verify_domains_match, traits::Object,
};
use chrono::{DateTime, Utc};
use serde_json::{Value, json};
use url::Url;

/// More steps than any map has: a longer list is cut, not stored.
const MAX_STEPS: usize = 200;

#[derive(Debug, Clone)]
pub struct ApJourney {
    pub city: Actor,
    pub steps: Vec<JourneyStep>,
    id: Url,
}

/// The id of a city's journey: its actor id with `/journey`.
pub fn journey_id(city_ap_id: &str) -> String {
    format!("{city_ap_id}/journey")
}

impl ApJourney {
    pub fn new(city: Actor, steps: Vec<JourneyStep>) -> AppResult<ApJourney> {
        let id = Url::parse(&journey_id(&city.ap_id)).map_err(AppError::internal)?;
        Ok(ApJourney { city, steps, id })
    }

    pub fn updated(&self) -> Option<DateTime<Utc>> {
        self.steps.iter().map(|s| s.updated_at.and_utc()).max()
    }

    pub fn count(&self, status: StepStatus) -> usize {
        self.steps.iter().filter(|s| s.status == status.as_str()).count()
    }

    pub fn to_json(&self, page_url: &str) -> JourneyJson {
        let total = TRANSITION_MAP.steps().count();
        JourneyJson {
            id: self.id.clone(),
            kind: "Journey".into(),
            attributed_to: Value::String(self.city.ap_id.clone()),
            name: Some(format!("Transition journey of {}", self.city.name_or_username())),
            summary: Some(format!(
                "{} of {total} transition-map steps done, {} in progress.",
                self.count(StepStatus::Done),
                self.count(StepStatus::InProgress)
            )),
            url: Some(Value::String(page_url.to_string())),
            updated: self.updated(),
            to: json!([PUBLIC]),
            cc: json!([self.city.followers_url]),
            steps: self
                .steps
                .iter()
                .map(|s| JourneyStepJson {
                    kind: "JourneyStep".into(),
                    step: s.step.clone(),
                    phase: TRANSITION_MAP.step(&s.step).map(|(phase, _)| phase.id),
                    status: s.status.clone(),
                    notes: s.notes.clone(),
                    evidence: s.evidence_list(),
                    updated: Some(s.updated_at.and_utc()),
                })
                .collect(),
        }
    }
}

/// The steps of a received journey that this node's map knows and whose values pass the same
/// checks as a local record; the others are skipped, not fatal, since maps may differ.
fn steps_from(json: &JourneyJson, actor_id: i64) -> Vec<NewJourneyStep> {
    let fallback = json.updated.unwrap_or_else(Utc::now);
    json.steps
        .iter()
        .take(MAX_STEPS)
        .filter_map(|s| {
            let input = StepInput { status: s.status.clone(), notes: s.notes.clone(), evidence: s.evidence.clone() };
            match check_step(&s.step, &input) {
                Ok(valid) => Some(NewJourneyStep {
                    actor_id,
                    step: valid.step,
                    status: valid.status.as_str().to_string(),
                    notes: valid.notes,
                    evidence: serde_json::to_string(&valid.evidence).unwrap_or_else(|_| "[]".into()),
                    updated_at: s.updated.unwrap_or(fallback).naive_utc(),
                }),
                Err(error) => {
                    tracing::debug!("skipping journey step {:?} of {}: {error}", s.step, json.id);
                    None
                }
            }
        })
        .collect()
}

#[async_trait::async_trait]
impl Object for ApJourney {
    type DataType = AppState;
    type Kind = JourneyJson;
    type Error = AppError;

    fn id(&self) -> &Url {
        &self.id
    }

    fn last_refreshed_at(&self) -> Option<DateTime<Utc>> {
        self.updated()
    }

    async fn read_from_id(object_id: Url, data: &Data<AppState>) -> AppResult<Option<Self>> {
        let Some(city_id) = object_id.as_str().strip_suffix("/journey") else { return Ok(None) };
        let Some(city) = db::actors::by_ap_id(&data.db, city_id).await? else { return Ok(None) };
        let steps = db::journeys::of_actor(&data.db, city.id).await?;
        ApJourney::new(city, steps).map(Some)
    }

    async fn into_json(self, data: &Data<AppState>) -> AppResult<JourneyJson> {
        Ok(self.to_json(&data.url("/journey")))
    }

    async fn verify(json: &JourneyJson, expected_domain: &Url, _data: &Data<AppState>) -> AppResult<()> {
        verify_domains_match(&json.id, expected_domain)?;
        if json.kind != "Journey" {
            return Err(AppError::bad_request(format!("{} is a {}, not a journey", json.id, json.kind)));
        }
        let city = id_of(&json.attributed_to).ok_or_else(|| AppError::bad_request("a journey needs its city"))?;
        if json.id.as_str() != journey_id(city.as_str()) || host_of_url(&city) != host_of_url(&json.id) {
            return Err(AppError::forbidden("a journey must belong to the city whose id it carries"));
        }
        Ok(())
    }

    async fn from_json(json: JourneyJson, data: &Data<AppState>) -> AppResult<Self> {
        let city_id = id_of(&json.attributed_to).ok_or_else(|| AppError::bad_request("a journey needs its city"))?;
        let city = ObjectId::<ApActor>::from(city_id).dereference(data).await?;
        let incoming = steps_from(&json, city.row.id);
        let stored = db::journeys::of_actor(&data.db, city.row.id).await?;
        // Deliveries may arrive out of order: an older version never replaces a newer one.
        let latest_incoming = incoming.iter().map(|s| s.updated_at).max();
        let latest_stored = stored.iter().map(|s| s.updated_at).max();
        let steps = if latest_stored.is_none() || latest_incoming >= latest_stored {
            db::journeys::replace(&data.db, city.row.id, &incoming).await?;
            db::journeys::of_actor(&data.db, city.row.id).await?
        } else {
            stored
        };
        ApJourney::new(city.row, steps)
    }
}
