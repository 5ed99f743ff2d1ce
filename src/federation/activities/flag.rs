use crate::{error::AppError, federation::protocol::id_of, state::AppState};
use activitypub_federation::{config::Data, kinds::activity::FlagType, traits::Activity};
use serde::Deserialize;
use serde_json::Value;
use url::Url;

/// The most things one `Flag` may name (Mastodon sends the account and the reported posts).
const MAX_FLAGGED: usize = 20;

/// `Flag`: another server's moderators (usually its application actor, for a reporter it does
/// not name) report an account or content of this node. It lands in the moderation queue.
#[derive(Debug, Deserialize)]
pub struct Flag {
    id: Url,
    #[serde(rename = "type")]
    _kind: FlagType,
    #[serde(deserialize_with = "super::actor_url")]
    actor: Url,
    /// One id, one object, or a list of them.
    object: Value,
    #[serde(default)]
    content: Option<String>,
}

impl Flag {
    fn flagged(&self) -> Vec<Url> {
        match &self.object {
            Value::Array(items) => items.iter().filter_map(id_of).collect(),
            single => id_of(single).into_iter().collect(),
        }
    }
}

#[async_trait::async_trait]
impl Activity for Flag {
    type DataType = AppState;
    type Error = AppError;

    fn id(&self) -> &Url {
        &self.id
    }

    fn actor(&self) -> &Url {
        &self.actor
    }

    async fn verify(&self, _data: &Data<AppState>) -> Result<(), AppError> {
        match self.flagged().len() {
            0 => Err(AppError::bad_request("a Flag must name what it reports")),
            n if n > MAX_FLAGGED => Err(AppError::bad_request(format!("a Flag names at most {MAX_FLAGGED} things"))),
            _ => Ok(()),
        }
    }

    async fn receive(self, data: &Data<AppState>) -> Result<(), AppError> {
        let content = self.content.as_deref().unwrap_or_default();
        crate::service::moderation::receive_flag(data, &self.id, &self.actor, &self.flagged(), content).await
    }
}
