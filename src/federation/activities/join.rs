use super::{Handles, ObjectActivity};
use crate::{error::AppError, state::AppState};
use activitypub_federation::{config::Data, kinds::activity::JoinType};

/// `Join` of a local event (RSVP); answered with `Accept` or `Reject`.
pub type Join = ObjectActivity<JoinType>;

#[async_trait::async_trait]
impl Handles for JoinType {
    async fn receive(activity: Join, data: &Data<AppState>) -> Result<(), AppError> {
        crate::service::events::receive_join(data, activity.actor.inner(), &activity.object, &activity.id).await
    }
}
