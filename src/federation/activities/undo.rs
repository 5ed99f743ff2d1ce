use super::{Handles, ObjectActivity};
use crate::{error::AppError, state::AppState};
use activitypub_federation::{config::Data, kinds::activity::UndoType};

/// `Undo` of an earlier activity by the same actor; Cairn acts on undone Follows and Likes.
pub type Undo = ObjectActivity<UndoType>;

#[async_trait::async_trait]
impl Handles for UndoType {
    async fn receive(activity: Undo, data: &Data<AppState>) -> Result<(), AppError> {
        let actor = activity.actor.inner();
        if crate::service::reactions::receive_undo(data, actor, &activity.object).await? {
            return Ok(());
        }
        crate::service::follows::undo_from_remote(data, actor, &activity.object).await
    }
}
