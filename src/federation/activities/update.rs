use super::{Handles, ObjectActivity};
use crate::{
    error::AppError,
    federation::{
        objects::actor::ApActor,
        protocol::{
            actor::{ACTOR_TYPES, ActorJson},
            id_of,
        },
    },
    state::AppState,
};
use activitypub_federation::{config::Data, kinds::activity::UpdateType, traits::Object};
use serde_json::Value;

/// `Update` of an actor's own profile, or of a resource or comment by its author.
pub type Update = ObjectActivity<UpdateType>;

fn updates_an_actor(activity: &Update) -> bool {
    activity.object.get("type").and_then(Value::as_str).is_some_and(|t| ACTOR_TYPES.contains(&t))
}

#[async_trait::async_trait]
impl Handles for UpdateType {
    fn check(activity: &Update) -> Result<(), AppError> {
        if updates_an_actor(activity) && id_of(&activity.object).as_ref() != Some(activity.actor.inner()) {
            return Err(AppError::forbidden("an actor may only update its own profile"));
        }
        Ok(())
    }

    async fn receive(activity: Update, data: &Data<AppState>) -> Result<(), AppError> {
        if !updates_an_actor(&activity) {
            return crate::service::resources::receive_updated(data, activity.actor.inner(), activity.object).await;
        }
        let json: ActorJson = serde_json::from_value(activity.object)?;
        ApActor::verify(&json, activity.actor.inner(), data).await?;
        ApActor::from_json(json, data).await?;
        Ok(())
    }
}
