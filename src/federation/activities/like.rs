use super::{Handles, ObjectActivity};
use crate::{error::AppError, state::AppState};
use activitypub_federation::{config::Data, kinds::activity::LikeType};

/// `Like` (a favourite) of a post, case study or event published here.
pub type Like = ObjectActivity<LikeType>;

#[async_trait::async_trait]
impl Handles for LikeType {
    async fn receive(activity: Like, data: &Data<AppState>) -> Result<(), AppError> {
        crate::service::reactions::receive_like(data, &activity).await
    }
}
