//! Counters for monitoring, kept in memory per process, and the Prometheus text that shows them
//! with the queue's state from the database.

use crate::{db, error::AppResult, state::AppState};
use std::{
    fmt::Write,
    sync::atomic::{AtomicU64, Ordering},
    time::Duration,
};

/// Upper bounds (seconds) of the delivery latency histogram's buckets.
const LATENCY_BUCKETS: [f64; 8] = [0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0];

#[derive(Default)]
pub struct Metrics {
    inbox_accepted: AtomicU64,
    inbox_refused: AtomicU64,
    deliveries_sent: AtomicU64,
    deliveries_failed: AtomicU64,
    /// Per bucket of `LATENCY_BUCKETS`, then one for everything slower.
    latency_buckets: [AtomicU64; LATENCY_BUCKETS.len() + 1],
    latency_micros: AtomicU64,
}

impl Metrics {
    pub fn inbox(&self, accepted: bool) {
        let counter = if accepted { &self.inbox_accepted } else { &self.inbox_refused };
        counter.fetch_add(1, Ordering::Relaxed);
    }

    /// One attempt to deliver, and how long the request took.
    pub fn delivery(&self, sent: bool, took: Duration) {
        let counter = if sent { &self.deliveries_sent } else { &self.deliveries_failed };
        counter.fetch_add(1, Ordering::Relaxed);
        let seconds = took.as_secs_f64();
        let bucket = LATENCY_BUCKETS.iter().position(|le| seconds <= *le).unwrap_or(LATENCY_BUCKETS.len());
        self.latency_buckets[bucket].fetch_add(1, Ordering::Relaxed);
        self.latency_micros.fetch_add(took.as_micros() as u64, Ordering::Relaxed);
    }
}

/// One metric: its help and type lines, then its samples (`labels` may be empty).
fn metric(out: &mut String, name: &str, kind: &str, help: &str, samples: &[(&str, f64)]) {
    let _ = writeln!(out, "# HELP {name} {help}\n# TYPE {name} {kind}");
    for (labels, value) in samples {
        let _ = writeln!(out, "{name}{labels} {value}");
    }
}

/// The Prometheus text exposition (version 0.0.4) of this process's counters and the queue.
pub async fn exposition(state: &AppState) -> AppResult<String> {
    let m = &state.metrics;
    let load = |c: &AtomicU64| c.load(Ordering::Relaxed);
    let counts = db::deliveries::counts(&state.db).await?;
    let mut out = String::new();
    metric(
        &mut out,
        "cairn_deliveries",
        "gauge",
        "Deliveries in the queue by state (all processes).",
        &[
            ("{state=\"pending\"}", counts.pending as f64),
            ("{state=\"delivered\"}", counts.delivered as f64),
            ("{state=\"failed\"}", counts.failed as f64),
        ],
    );
    metric(
        &mut out,
        "cairn_deliveries_dropped_total",
        "counter",
        "Deliveries dropped because their server had its cap of queued work (all processes).",
        &[("", counts.dropped as f64)],
    );
    metric(
        &mut out,
        "cairn_delivery_servers_parked",
        "gauge",
        "Destination servers parked after failures (all processes).",
        &[("", db::deliveries::parked(&state.db).await?.len() as f64)],
    );
    metric(
        &mut out,
        "cairn_deliveries_in_flight",
        "gauge",
        "Delivery requests in flight from this process.",
        &[("", state.lanes.in_flight() as f64)],
    );
    metric(
        &mut out,
        "cairn_delivery_attempts_total",
        "counter",
        "Delivery attempts by this process since it started, by outcome.",
        &[
            ("{outcome=\"sent\"}", load(&m.deliveries_sent) as f64),
            ("{outcome=\"failed\"}", load(&m.deliveries_failed) as f64),
        ],
    );
    let mut cumulative = 0;
    let mut buckets: Vec<(String, f64)> = Vec::new();
    for (n, le) in LATENCY_BUCKETS.iter().map(|le| le.to_string()).chain(["+Inf".to_string()]).enumerate() {
        cumulative += load(&m.latency_buckets[n]);
        buckets.push((format!("{{le=\"{le}\"}}"), cumulative as f64));
    }
    let samples: Vec<(&str, f64)> = buckets.iter().map(|(l, v)| (l.as_str(), *v)).collect();
    let _ = writeln!(out, "# HELP cairn_delivery_seconds Time a delivery request took.");
    let _ = writeln!(out, "# TYPE cairn_delivery_seconds histogram");
    for (labels, value) in samples {
        let _ = writeln!(out, "cairn_delivery_seconds_bucket{labels} {value}");
    }
    let _ = writeln!(out, "cairn_delivery_seconds_sum {}", load(&m.latency_micros) as f64 / 1e6);
    let _ = writeln!(out, "cairn_delivery_seconds_count {cumulative}");
    metric(
        &mut out,
        "cairn_inbox_activities_total",
        "counter",
        "Activities posted to this process's inboxes since it started, by outcome.",
        &[
            ("{outcome=\"accepted\"}", load(&m.inbox_accepted) as f64),
            ("{outcome=\"refused\"}", load(&m.inbox_refused) as f64),
        ],
    );
    Ok(out)
}
