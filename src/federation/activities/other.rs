use crate::{error::AppError, state::AppState};
use activitypub_federation::{config::Data, traits::Activity};
use serde::Deserialize;
use url::Url;

/// Any activity type Cairn does not act on (yet): signature-checked, logged and acknowledged.
#[derive(Debug, Deserialize)]
pub struct Other {
    pub id: Url,
    #[serde(rename = "type")]
    pub kind: String,
    #[serde(deserialize_with = "super::actor_url")]
    pub actor: Url,
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
