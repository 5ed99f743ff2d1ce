use crate::{
    error::AppError,
    federation::{objects::actor::ApActor, protocol::id_of},
    service,
    state::AppState,
};
use activitypub_federation::{config::Data, fetch::object_id::ObjectId, kinds::activity::RejectType, traits::Activity};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use url::Url;

/// `Reject` of a Follow this node sent; `object` is the Follow, embedded or by id.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Reject {
    pub id: Url,
    #[serde(rename = "type")]
    pub kind: RejectType,
    pub actor: ObjectId<ApActor>,
    pub object: Value,
}

#[async_trait::async_trait]
impl Activity for Reject {
    type DataType = AppState;
    type Error = AppError;

    fn id(&self) -> &Url {
        &self.id
    }

    fn actor(&self) -> &Url {
        self.actor.inner()
    }

    async fn verify(&self, _data: &Data<AppState>) -> Result<(), AppError> {
        id_of(&self.object).map(|_| ()).ok_or_else(|| AppError::bad_request("a Reject must name the Follow it rejects"))
    }

    async fn receive(self, data: &Data<AppState>) -> Result<(), AppError> {
        service::follows::answer_from_remote(data, self.actor.inner(), &self.object, false).await
    }
}
