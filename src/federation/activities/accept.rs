use crate::{
    error::AppError,
    federation::{objects::actor::ApActor, protocol::id_of},
    service,
    state::AppState,
};
use activitypub_federation::{config::Data, fetch::object_id::ObjectId, kinds::activity::AcceptType, traits::Activity};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use url::Url;

/// `Accept` of a Follow this node sent; `object` is the Follow, embedded or by id.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Accept {
    pub id: Url,
    #[serde(rename = "type")]
    pub kind: AcceptType,
    pub actor: ObjectId<ApActor>,
    pub object: Value,
}

#[async_trait::async_trait]
impl Activity for Accept {
    type DataType = AppState;
    type Error = AppError;

    fn id(&self) -> &Url {
        &self.id
    }

    fn actor(&self) -> &Url {
        self.actor.inner()
    }

    async fn verify(&self, _data: &Data<AppState>) -> Result<(), AppError> {
        id_of(&self.object)
            .map(|_| ())
            .ok_or_else(|| AppError::bad_request("an Accept must name the Follow it accepts"))
    }

    async fn receive(self, data: &Data<AppState>) -> Result<(), AppError> {
        service::follows::answer_from_remote(data, self.actor.inner(), &self.object, true).await
    }
}
