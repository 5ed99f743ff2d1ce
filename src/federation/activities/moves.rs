use crate::{error::AppError, federation::objects::actor::ApActor, service, state::AppState};
use activitypub_federation::{config::Data, fetch::object_id::ObjectId, kinds::activity::MoveType, traits::Activity};
use serde::{Deserialize, Serialize};
use url::Url;

/// `Move`: an account moved to `target`, which names it in its `alsoKnownAs`; its followers
/// here follow the new account instead (as Mastodon's followers do).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Move {
    pub id: Url,
    #[serde(rename = "type")]
    pub kind: MoveType,
    pub actor: ObjectId<ApActor>,
    /// The account that moved: the actor itself.
    pub object: ObjectId<ApActor>,
    pub target: ObjectId<ApActor>,
}

#[async_trait::async_trait]
impl Activity for Move {
    type DataType = AppState;
    type Error = AppError;

    fn id(&self) -> &Url {
        &self.id
    }

    fn actor(&self) -> &Url {
        self.actor.inner()
    }

    async fn verify(&self, _data: &Data<AppState>) -> Result<(), AppError> {
        if self.object.inner() != self.actor.inner() {
            return Err(AppError::forbidden("an account can only move itself"));
        }
        if self.target.inner() == self.actor.inner() {
            return Err(AppError::bad_request("an account cannot move to itself"));
        }
        Ok(())
    }

    async fn receive(self, data: &Data<AppState>) -> Result<(), AppError> {
        let moved = self.actor.dereference(data).await?;
        service::moves::receive_move(data, &moved.row, self.target.inner()).await
    }
}
