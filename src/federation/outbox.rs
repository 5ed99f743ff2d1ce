//! Turns an activity into an `Outgoing` row set: stored first, delivered by the queue.

use super::{Data, context};
use crate::{
    db::{
        deliveries::Outgoing,
        models::{Actor, NewActivity},
        now,
    },
    error::{AppError, AppResult},
};
use activitypub_federation::protocol::context::WithContext;
use serde::Serialize;
use url::Url;

pub struct Envelope<'a> {
    pub id: &'a Url,
    pub kind: &'a str,
    pub signer: &'a Actor,
    /// Public activities are listed in the signer's outbox.
    pub public: bool,
    pub inboxes: Vec<String>,
}

pub fn prepare<A: Serialize>(data: &Data, activity: &A, envelope: Envelope<'_>) -> AppResult<Outgoing> {
    let payload = serde_json::to_string(&WithContext::new(activity, context(data))).map_err(AppError::internal)?;
    let mut inboxes = envelope.inboxes;
    inboxes.sort();
    inboxes.dedup();
    Ok(Outgoing {
        activity: NewActivity {
            ap_id: envelope.id.to_string(),
            kind: envelope.kind.to_string(),
            actor_ap_id: envelope.signer.ap_id.clone(),
            local: true,
            public: envelope.public,
            payload,
            created_at: now(),
        },
        signer_id: envelope.signer.id,
        inboxes,
    })
}
