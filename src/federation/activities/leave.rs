use super::{Handles, ObjectActivity};
use crate::{error::AppError, state::AppState};
use activitypub_federation::{config::Data, kinds::activity::LeaveType};

/// `Leave` of a local event: the participant withdraws.
pub type Leave = ObjectActivity<LeaveType>;

#[async_trait::async_trait]
impl Handles for LeaveType {
    async fn receive(activity: Leave, data: &Data<AppState>) -> Result<(), AppError> {
        crate::service::events::receive_leave(data, activity.actor.inner(), &activity.object).await
    }
}
