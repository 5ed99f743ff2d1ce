use super::{Handles, ObjectActivity};
use crate::{error::AppError, state::AppState};
use activitypub_federation::{config::Data, kinds::activity::CreateType};

/// `Create` of a resource (`Article`) or of a comment (`Note` replying to a resource).
pub type Create = ObjectActivity<CreateType>;

#[async_trait::async_trait]
impl Handles for CreateType {
    async fn receive(activity: Create, data: &Data<AppState>) -> Result<(), AppError> {
        crate::service::resources::receive_created(data, activity.actor.inner(), activity.object).await
    }
}
