use crate::{error::AppError, federation::protocol::id_of, state::AppState};
use activitypub_federation::{config::Data, traits::Activity};
use serde::{Deserialize, Deserializer};
use serde_json::Value;
use url::Url;

/// Any activity type Cairn does not act on (yet): signature-checked, logged and acknowledged.
#[derive(Debug, Deserialize)]
pub struct Other {
    pub id: Url,
    #[serde(rename = "type")]
    pub kind: String,
    #[serde(deserialize_with = "actor_id")]
    pub actor: Url,
}

fn actor_id<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Url, D::Error> {
    let value = Value::deserialize(deserializer)?;
    id_of(&value).ok_or_else(|| serde::de::Error::custom("actor must be a URL or an object with an id"))
}

#[async_trait::async_trait]
impl Activity for Other {
    type DataType = AppState;
    type Error = AppError;

    fn id(&self) -> &Url {
        &self.id
    }

    fn actor(&self) -> &Url {
        &self.actor
    }

    async fn verify(&self, _data: &Data<AppState>) -> Result<(), AppError> {
        Ok(())
    }

    async fn receive(self, _data: &Data<AppState>) -> Result<(), AppError> {
        tracing::info!("accepted and ignored a {} activity {} from {}", self.kind, self.id, self.actor);
        Ok(())
    }
}
