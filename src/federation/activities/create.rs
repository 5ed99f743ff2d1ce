use crate::{
    error::AppError,
    federation::{objects::actor::ApActor, protocol::id_of},
    service,
    state::AppState,
};
use activitypub_federation::{config::Data, fetch::object_id::ObjectId, kinds::activity::CreateType, traits::Activity};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use url::Url;

/// `Create` of a resource (`Article`) or of a comment (`Note` replying to a resource).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Create {
    pub id: Url,
    #[serde(rename = "type")]
    pub kind: CreateType,
    pub actor: ObjectId<ApActor>,
    pub object: Value,
    #[serde(default, skip_serializing_if = "Value::is_null")]
    pub to: Value,
    #[serde(default, skip_serializing_if = "Value::is_null")]
    pub cc: Value,
}

#[async_trait::async_trait]
impl Activity for Create {
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
        service::resources::receive_created(data, self.actor.inner(), self.object).await
    }
}
