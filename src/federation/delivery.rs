//! The persistent delivery queue's worker. Rows are written with the change they announce; this
//! worker sends each to its inbox with its own signature, retries with exponential backoff for
//! days, and keeps per-instance reachability. Whatever is pending survives a restart.

use super::{Data, objects::actor::ApActor, protocol::id_of};
use crate::{
    db::{
        self,
        deliveries::{DELIVERED, FAILED, PENDING},
        models::Delivery,
        now,
    },
    error::{AppError, AppResult},
    state::AppState,
};
use activitypub_federation::{activity_sending::SendActivityTask, config::FederationConfig, traits::Activity};
use chrono::Duration;
use serde::{Serialize, Serializer};
use std::sync::Arc;
use tokio::sync::Semaphore;
use url::Url;

const BATCH: i64 = 100;
const PARALLEL_SENDS: usize = 8;
/// A claimed delivery is retried by anyone after this, should its worker die mid-send.
const LEASE: Duration = Duration::minutes(2);
const MAX_BACKOFF: Duration = Duration::hours(24);
/// Failures in a row before an instance is shown as unreachable.
const UNREACHABLE_AFTER: i32 = 3;

/// A stored activity, sent exactly as it was written to the outbox.
#[derive(Debug)]
struct StoredActivity {
    id: Url,
    actor: Url,
    json: serde_json::Value,
}

impl Serialize for StoredActivity {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.json.serialize(serializer)
    }
}

// `SendActivityTask::prepare` wants an `Activity`; stored activities are only ever sent.
#[async_trait::async_trait]
impl Activity for StoredActivity {
    type DataType = AppState;
    type Error = AppError;
    fn id(&self) -> &Url {
        &self.id
    }
    fn actor(&self) -> &Url {
        &self.actor
    }
    async fn verify(&self, _: &Data) -> Result<(), AppError> {
        Err(AppError::bad_request("stored outgoing activities are not received"))
    }
    async fn receive(self, _: &Data) -> Result<(), AppError> {
        Err(AppError::bad_request("stored outgoing activities are not received"))
    }
}

/// Runs forever: sends what is due, then sleeps until something is queued or a retry is due.
pub async fn run(federation: FederationConfig<AppState>) {
    let data = federation.to_request_data();
    let permits = Arc::new(Semaphore::new(PARALLEL_SENDS));
    loop {
        let due = match db::deliveries::due(&data.db, BATCH).await {
            Ok(due) => due,
            Err(err) => {
                tracing::error!("delivery queue: {err:?}");
                Vec::new()
            }
        };
        let full_batch = due.len() as i64 == BATCH;
        for delivery in due {
            let lease_until = now() + LEASE;
            match db::deliveries::claim(&data.db, &delivery, lease_until).await {
                Ok(true) => {}
                Ok(false) => continue,
                Err(err) => {
                    tracing::error!("delivery queue: {err:?}");
                    continue;
                }
            }
            let permit = permits.clone().acquire_owned().await.expect("semaphore is never closed");
            let data = federation.to_request_data();
            tokio::spawn(async move {
                if let Err(err) = deliver(&data, delivery).await {
                    tracing::error!("delivery bookkeeping failed: {err:?}");
                }
                drop(permit);
            });
        }
        if !full_batch {
            tokio::select! {
                _ = data.deliveries_queued.notified() => {}
                _ = tokio::time::sleep(std::time::Duration::from_secs(1)) => {}
            }
        }
    }
}

async fn deliver(data: &Data, delivery: Delivery) -> AppResult<()> {
    let attempts = delivery.attempts + 1;
    match send(data, &delivery).await {
        Ok(()) => {
            db::deliveries::finish(&data.db, delivery.id, DELIVERED, attempts, now(), None).await?;
            db::deliveries::record_instance_outcome(&data.db, &delivery.domain, true, UNREACHABLE_AFTER).await
        }
        Err(err) => {
            let max = data.config.federation.max_attempts as i32;
            let (state, next) = if attempts >= max {
                (FAILED, now())
            } else {
                (PENDING, now() + backoff(data.config.federation.retry_initial_seconds, attempts))
            };
            tracing::warn!("delivery to {} failed (attempt {attempts}): {}", delivery.inbox, err.message);
            let reason = match &err.cause {
                Some(cause) => format!("{}: {cause:#}", err.message),
                None => err.message.clone(),
            };
            db::deliveries::finish(&data.db, delivery.id, state, attempts, next, Some(reason)).await?;
            db::deliveries::record_instance_outcome(&data.db, &delivery.domain, false, UNREACHABLE_AFTER).await
        }
    }
}

async fn send(data: &Data, delivery: &Delivery) -> AppResult<()> {
    let stored = db::deliveries::activity(&data.db, delivery.activity_id)
        .await?
        .ok_or_else(|| AppError::not_found("the activity was deleted"))?;
    let signer = db::actors::by_id(&data.db, delivery.signer_id)
        .await?
        .ok_or_else(|| AppError::not_found("the signing actor was deleted"))?;
    let json: serde_json::Value = serde_json::from_str(&stored.payload).map_err(AppError::internal)?;
    let activity = StoredActivity {
        id: Url::parse(&stored.ap_id)?,
        actor: json.get("actor").and_then(id_of).unwrap_or(Url::parse(&stored.actor_ap_id)?),
        json,
    };
    let inbox = Url::parse(&delivery.inbox)?;
    let tasks = SendActivityTask::prepare(&activity, &ApActor::new(signer)?, vec![inbox], data).await?;
    if tasks.is_empty() {
        return Err(AppError::forbidden("this inbox is blocked or not a valid address"));
    }
    for task in tasks {
        task.sign_and_send(data).await?;
    }
    Ok(())
}

/// `initial · 3^(attempt−1)`, capped at a day: with the default of a minute and 16 attempts,
/// a delivery is retried for about ten days.
pub fn backoff(initial_seconds: u64, attempt: i32) -> Duration {
    let factor = 3i64.saturating_pow(attempt.saturating_sub(1).max(0) as u32);
    let seconds = (initial_seconds as i64).saturating_mul(factor).min(MAX_BACKOFF.num_seconds());
    Duration::seconds(seconds)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_grows_then_caps() {
        assert_eq!(backoff(60, 1), Duration::seconds(60));
        assert_eq!(backoff(60, 2), Duration::seconds(180));
        assert_eq!(backoff(60, 5), Duration::seconds(60 * 81));
        assert_eq!(backoff(60, 15), Duration::hours(24));
        assert_eq!(backoff(60, 400), Duration::hours(24));
        let total: i64 = (1..16).map(|a| backoff(60, a).num_hours()).sum();
        assert!(total > 24 * 7, "retries span more than a week: {total}h");
    }
}
