//! A city's journey through the transition map: recorded by the node's admins for the node's
//! organisation, published to its followers, and taken in from the cities this node follows.

use crate::{
    db::{
        self,
        models::{Actor, JourneyStep, NewJourneyStep, User},
    },
    domain::transition::{StepInput, check_step},
    error::{AppError, AppResult},
    federation::{
        Data,
        activities::update::Update,
        objects::journey::ApJourney,
        outbox::{Envelope, prepare},
        protocol::{article::PUBLIC, journey::JourneyJson},
    },
};
use activitypub_federation::{kinds::activity::UpdateType, traits::Object};
use cairn_templates::i18n::t;
use chrono::Utc;
use serde_json::json;
use url::Url;

pub async fn journey_of(data: &Data, city: Actor) -> AppResult<ApJourney> {
    let steps = db::journeys::of_actor(&data.db, city.id).await?;
    ApJourney::new(city, steps)
}

/// An administrator records where the city stands on a step; the whole journey goes to the
/// city's followers as an `Update`.
pub async fn record_step(data: &Data, user: &User, step: &str, input: &StepInput) -> AppResult<Vec<JourneyStep>> {
    if !user.is_admin() {
        return Err(AppError::forbidden(t("only-the-nodes-administrators-record-the-citys")));
    }
    let valid = check_step(step, input)?;
    let city = super::node::organisation(data).await?;
    let new = NewJourneyStep {
        actor_id: city.id,
        step: valid.step,
        status: valid.status.as_str().to_string(),
        notes: valid.notes,
        evidence: serde_json::to_string(&valid.evidence).map_err(AppError::internal)?,
        updated_at: Utc::now().naive_utc(),
    };
    // The city's followers, and the nodes subscribed to this one (aggregators chart progress).
    let inboxes = super::audience::audience(data, &city).await?.everyone();
    let page = data.url("/journey");
    let steps = db::journeys::record(&data.db, &new, |steps| {
        let journey = ApJourney::new(city.clone(), steps.to_vec())?;
        let object = serde_json::to_value(journey.to_json(&page)).map_err(AppError::internal)?;
        let id = data.new_activity_id("Update");
        let update = Update::new(UpdateType::Update, id.clone(), &city.ap_id, object)?
            .addressed(json!([PUBLIC]), json!([city.followers_url]));
        let envelope = Envelope { id: &id, kind: "Update", signer: &city, public: true, inboxes: inboxes.clone() };
        Ok(vec![prepare(data, &update, envelope)?])
    })
    .await?;
    data.deliveries_queued.notify_one();
    Ok(steps)
}

/// A journey a followed city sent (in a `Create` or an `Update`): only its own, and only if
/// someone here follows it.
pub async fn receive(data: &Data, actor: &Url, object: serde_json::Value) -> AppResult<()> {
    if !super::subscriptions::listens_to(data, actor).await? {
        tracing::info!("ignoring a journey from {actor}, whom nobody here follows");
        return Ok(());
    }
    let json: JourneyJson = serde_json::from_value(object)?;
    if crate::federation::protocol::id_of(&json.attributed_to).as_ref() != Some(actor) {
        return Err(AppError::forbidden(t("only-a-city-itself-can-publish-its")));
    }
    ApJourney::verify(&json, actor, data).await?;
    ApJourney::from_json(json, data).await?;
    Ok(())
}
