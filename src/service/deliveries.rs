//! The delivery queue as admins see it: counts, and each destination server's lane.

use crate::{
    db::{self, deliveries::QueueCounts},
    error::AppResult,
    state::AppState,
};
use chrono::{DateTime, NaiveDateTime, Utc};
use serde::Serialize;

/// One destination server (`host[:port]`) and its lane.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct ServerLane {
    pub domain: String,
    /// Deliveries waiting for this server, in every process.
    pub queued: i64,
    /// Requests to it in flight from this process.
    pub in_flight: usize,
    pub last_success_at: Option<DateTime<Utc>>,
    pub last_failure_at: Option<DateTime<Utc>>,
    pub last_error: Option<String>,
    /// While the server is parked after failures: when it is tried again.
    pub next_try_at: Option<DateTime<Utc>>,
    /// Deliveries dropped because it had `federation.max_queued_per_server` queued already.
    pub dropped: i64,
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct QueueOverview {
    #[serde(flatten)]
    pub counts: QueueCounts,
    /// The servers with the most waiting, then those that failed lately.
    pub servers: Vec<ServerLane>,
}

pub async fn overview(state: &AppState, servers: i64) -> AppResult<QueueOverview> {
    let utc = |t: Option<NaiveDateTime>| t.map(|t| t.and_utc());
    let now = db::now();
    let lanes = db::deliveries::lanes(&state.db, servers).await?;
    Ok(QueueOverview {
        counts: db::deliveries::counts(&state.db).await?,
        servers: lanes
            .into_iter()
            .map(|row| ServerLane {
                in_flight: state.lanes.in_flight_to(&row.domain),
                queued: row.queued,
                last_success_at: utc(row.last_success_at),
                last_failure_at: utc(row.last_failure_at),
                last_error: row.last_error,
                next_try_at: utc(row.retry_at.filter(|at| *at > now)),
                dropped: row.dropped,
                domain: row.domain,
            })
            .collect(),
    })
}
