use crate::{
    error::AppError,
    federation::{objects::actor::ApActor, protocol::id_of},
    service,
    state::AppState,
};
use activitypub_federation::{config::Data, fetch::object_id::ObjectId, kinds::activity::DeleteType, traits::Activity};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use url::Url;

/// `Delete` of a resource or comment, by its author (the object is an id or a `Tombstone`).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Delete {
    pub id: Url,
    #[serde(rename = "type")]
    pub kind: DeleteType,
    pub actor: ObjectId<ApActor>,
    pub object: Value,
    #[serde(default, skip_serializing_if = "Value::is_null")]
    pub to: Value,
    #[serde(default, skip_serializing_if = "Value::is_null")]
    pub cc: Value,
}

#[async_trait::async_trait]
impl Activity for Delete {
    type DataType = AppState;
    type Error = AppError;

    fn id(&self) -> &Url {
        &self.id
    }

    fn actor(&self) -> &Url {
        self.actor.inner()
    }

    async fn verify(&self, _data: &Data<AppState>) -> Result<(), AppError> {
        id_of(&self.object).map(|_| ()).ok_or_else(|| AppError::bad_request("the activity's object has no id"))
    }

    async fn receive(self, data: &Data<AppState>) -> Result<(), AppError> {
        service::resources::receive_deleted(data, self.actor.inner(), &self.object).await
    }
}
