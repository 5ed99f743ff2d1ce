use super::{Handles, ObjectActivity};
use crate::{error::AppError, state::AppState};
use activitypub_federation::{config::Data, kinds::activity::DeleteType};

/// `Delete` of a resource or comment, by its author (the object is an id or a `Tombstone`).
pub type Delete = ObjectActivity<DeleteType>;

#[async_trait::async_trait]
impl Handles for DeleteType {
    async fn receive(activity: Delete, data: &Data<AppState>) -> Result<(), AppError> {
        crate::service::resources::receive_deleted(data, activity.actor.inner(), &activity.object).await
    }
}
