use super::{Handles, ObjectActivity};
use crate::{db, error::AppError, federation::protocol::id_of, state::AppState};
use activitypub_federation::{config::Data, kinds::activity::BlockType};

/// `Block` of a local account by a remote one (Mastodon sends it): the follows between them
/// end here. Nothing else is sent back.
pub type Block = ObjectActivity<BlockType>;

#[async_trait::async_trait]
impl Handles for BlockType {
    async fn receive(activity: Block, data: &Data<AppState>) -> Result<(), AppError> {
        let blocked = id_of(&activity.object).ok_or_else(|| AppError::bad_request("a Block names an account"))?;
        let Some(blocked) = db::actors::by_ap_id(&data.db, blocked.as_str()).await?.filter(|a| a.local) else {
            return Ok(());
        };
        let blocker = activity.actor.dereference(data).await?;
        crate::service::blocks::receive_block(data, &blocker.row, &blocked).await
    }
}
