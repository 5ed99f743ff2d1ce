use crate::{
    error::AppError,
    federation::{objects::actor::ApActor, protocol::id_of},
    service,
    state::AppState,
};
use activitypub_federation::{config::Data, fetch::object_id::ObjectId, kinds::activity::UndoType, traits::Activity};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use url::Url;

/// `Undo` of an earlier activity by the same actor; Cairn acts on undone Follows.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Undo {
    pub id: Url,
    #[serde(rename = "type")]
    pub kind: UndoType,
    pub actor: ObjectId<ApActor>,
    pub object: Value,
}

#[async_trait::async_trait]
impl Activity for Undo {
    type DataType = AppState;
    type Error = AppError;

    fn id(&self) -> &Url {
        &self.id
    }

    fn actor(&self) -> &Url {
        self.actor.inner()
    }

    async fn verify(&self, _data: &Data<AppState>) -> Result<(), AppError> {
        id_of(&self.object).map(|_| ()).ok_or_else(|| AppError::bad_request("an Undo must name what it undoes"))
    }

    async fn receive(self, data: &Data<AppState>) -> Result<(), AppError> {
        service::follows::undo_from_remote(data, self.actor.inner(), &self.object).await
    }
}
