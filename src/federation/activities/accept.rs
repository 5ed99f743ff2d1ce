use super::{Handles, ObjectActivity};
use crate::{error::AppError, state::AppState};
use activitypub_federation::{config::Data, kinds::activity::AcceptType};

/// `Accept` of a Follow or an event Join this node sent; `object` is the Follow, embedded or by id.
pub type Accept = ObjectActivity<AcceptType>;

#[async_trait::async_trait]
impl Handles for AcceptType {
    async fn receive(activity: Accept, data: &Data<AppState>) -> Result<(), AppError> {
        if crate::service::events::receive_answer(data, activity.actor.inner(), &activity.object, true).await? {
            return Ok(());
        }
        crate::service::subscriptions::answered(data, activity.actor.inner(), &activity.object, true).await?;
        crate::service::follows::answer_from_remote(data, activity.actor.inner(), &activity.object, true).await
    }
}
