use super::{Handles, ObjectActivity};
use crate::{error::AppError, state::AppState};
use activitypub_federation::{config::Data, kinds::activity::AnnounceType};

/// `Announce` (a boost, or a node or group passing on): the inner object is fetched from its
/// origin unless it comes embedded from the same server as the announcer.
pub type Announce = ObjectActivity<AnnounceType>;

#[async_trait::async_trait]
impl Handles for AnnounceType {
    async fn receive(activity: Announce, data: &Data<AppState>) -> Result<(), AppError> {
        crate::service::resources::receive_announced(data, activity.actor.inner(), activity.object).await
    }
}
