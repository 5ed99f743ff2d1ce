use crate::{
    error::AppError,
    federation::{
        objects::actor::ApActor,
        protocol::{
            actor::{ACTOR_TYPES, ActorJson},
            id_of,
        },
    },
    state::AppState,
};
use activitypub_federation::{
    config::Data,
    fetch::object_id::ObjectId,
    kinds::activity::UpdateType,
    traits::{Activity, Object},
};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use url::Url;

/// `Update` of an actor's own profile, or of a resource or comment by its author.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Update {
    pub id: Url,
    #[serde(rename = "type")]
    pub kind: UpdateType,
    pub actor: ObjectId<ApActor>,
    pub object: Value,
}

impl Update {
    fn updates_an_actor(&self) -> bool {
        self.object.get("type").and_then(Value::as_str).is_some_and(|t| ACTOR_TYPES.contains(&t))
    }
}

#[async_trait::async_trait]
impl Activity for Update {
    type DataType = AppState;
    type Error = AppError;

    fn id(&self) -> &Url {
        &self.id
    }

    fn actor(&self) -> &Url {
        self.actor.inner()
    }

    async fn verify(&self, _data: &Data<AppState>) -> Result<(), AppError> {
        if self.updates_an_actor() && id_of(&self.object).as_ref() != Some(self.actor.inner()) {
            return Err(AppError::forbidden("an actor may only update its own profile"));
        }
        Ok(())
    }

    async fn receive(self, data: &Data<AppState>) -> Result<(), AppError> {
        if !self.updates_an_actor() {
            return crate::service::resources::receive_updated(data, self.actor.inner(), self.object).await;
        }
        let json: ActorJson = serde_json::from_value(self.object)?;
        ApActor::verify(&json, self.actor.inner(), data).await?;
        ApActor::from_json(json, data).await?;
        Ok(())
    }
}
