use crate::{
    error::AppError,
    federation::{objects::actor::ApActor, protocol::article::PUBLIC},
    service,
    state::AppState,
};
use activitypub_federation::{config::Data, fetch::object_id::ObjectId, kinds::activity::FollowType, traits::Activity};
use serde::{Deserialize, Serialize};
use url::Url;

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Follow {
    pub id: Url,
    #[serde(rename = "type")]
    pub kind: FollowType,
    pub actor: ObjectId<ApActor>,
    pub object: ObjectId<ApActor>,
}

#[async_trait::async_trait]
impl Activity for Follow {
    type DataType = AppState;
    type Error = AppError;

    fn id(&self) -> &Url {
        &self.id
    }

    fn actor(&self) -> &Url {
        self.actor.inner()
    }

    async fn verify(&self, data: &Data<AppState>) -> Result<(), AppError> {
        if self.is_relay_subscription() {
            return Ok(());
        }
        if !self.object.is_local(data) {
            return Err(AppError::bad_request("this Follow is for an actor on another server"));
        }
        Ok(())
    }

    async fn receive(self, data: &Data<AppState>) -> Result<(), AppError> {
        let follower = self.actor.dereference(data).await?;
        // A Mastodon-style relay subscription follows the whole node: its application actor.
        let target = match self.is_relay_subscription() {
            true => ApActor::new(service::subscriptions::application_actor(data).await?)?,
            false => self.object.dereference_local(data).await?,
        };
        service::follows::receive_follow(data, &follower, &target, &self.id).await
    }
}

impl Follow {
    /// A Follow of the Public collection, as Mastodon sends to subscribe to a relay.
    fn is_relay_subscription(&self) -> bool {
        self.object.inner().as_str() == PUBLIC
    }
}
