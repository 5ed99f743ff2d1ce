//! The persistent delivery queue's worker. Rows are written with the change they announce; this
//! worker sends each to its inbox with its own signature, retries with exponential backoff for
//! days, and keeps per-server reachability. Whatever is pending survives a restart.
//!
//! Every destination server has a lane: at most `PER_SERVER_IN_FLIGHT` requests to it at once and
//! at most `LANE_BACKLOG` deliveries held for it in memory. A server that fails is parked (in the
//! database, so every process sees it) with a growing backoff; what was waiting for it goes back to
//! the queue untried. So a slow, dead or hostile server delays only its own deliveries.
//!
//! Several workers may share one database: each claims deliveries in its own name and renews its
//! claims while it holds them, so a delivery is made by one worker, and those of a worker that
//! died are taken over once its claims run out. Only requests in flight at a crash, or answered
//! and not yet written down, can be made twice.

use super::{
    Data, outgoing,
    policy::PolicyVerifier,
    signing::{Scheme, Signer},
};
use crate::{
    db::{
        self,
        deliveries::{FAILED, PENDING, backoff},
        models::{Actor, Delivery},
        now,
    },
    error::{AppError, AppResult, ErrorKind},
    state::AppState,
};
use activitypub_federation::config::{FederationConfig, UrlVerifier};
use bytes::Bytes;
use chrono::{Duration, NaiveDateTime};
use reqwest::StatusCode;
use std::{
    collections::HashMap,
    sync::{Arc, Mutex},
};
use tokio::sync::{Semaphore, mpsc};
use url::Url;

/// Deliveries claimed per statement.
const BATCH: i64 = 500;
/// Requests in flight to one server: enough to keep a far-away busy server's pipe full.
const PER_SERVER_IN_FLIGHT: usize = 32;
/// Deliveries held in memory for one server; the rest wait in the database.
const LANE_BACKLOG: usize = 128;
/// Open requests in all: bounds sockets and memory whatever the number of servers.
const CONNECTIONS: usize = 512;
/// A claimed delivery is taken by another worker after this, should its worker die; while it
/// lives, the worker renews its claims every `RENEW_EVERY`.
const LEASE: Duration = Duration::seconds(30);
const RENEW_EVERY: std::time::Duration = std::time::Duration::from_secs(10);
/// How often a lane that keeps succeeding writes that down.
const SUCCESS_RECORD_EVERY: std::time::Duration = std::time::Duration::from_secs(60);
/// Deliveries made that one transaction writes down at most.
const LEDGER_BATCH: usize = 500;
/// How much of a failing server's answer is kept as the error.
const ERROR_TEXT_BYTES: usize = 512;
/// Failures in a row before an instance is shown as unreachable.
const UNREACHABLE_AFTER: i32 = 3;

/// This process's lanes, one per destination server (`host[:port]`).
pub struct Lanes {
    lanes: Mutex<HashMap<String, Arc<Lane>>>,
    connections: Arc<Semaphore>,
    /// Local actors' signing keys, parsed once (by actor row id).
    signers: Mutex<HashMap<i64, Arc<Signer>>>,
    /// How each server met takes signed deliveries, as read from (or written to) the database;
    /// `None` while it has not been learnt.
    schemes: Mutex<HashMap<String, Option<Scheme>>>,
}

/// Servers whose signature scheme is kept in memory; past that the map starts again.
const SCHEMES_KEPT: usize = 100_000;

struct Lane {
    in_flight: Arc<Semaphore>,
    state: Mutex<LaneState>,
}

#[derive(Default)]
struct LaneState {
    /// Claimed and not yet finished.
    held: usize,
    sending: usize,
    parked_until: Option<NaiveDateTime>,
    /// When this process last wrote down that the server answers.
    success_recorded: Option<std::time::Instant>,
}

impl Default for Lanes {
    fn default() -> Lanes {
        Lanes {
            lanes: Mutex::default(),
            connections: Arc::new(Semaphore::new(CONNECTIONS)),
            signers: Mutex::default(),
            schemes: Mutex::default(),
        }
    }
}

impl Lanes {
    /// How `domain` takes signed deliveries, if known; read from the database once per process.
    async fn scheme(&self, db: &db::DbPool, domain: &str) -> Option<Scheme> {
        if let Some(known) = self.schemes.lock().expect("schemes lock").get(domain) {
            return *known;
        }
        let stored = match db::deliveries::signature_scheme(db, domain).await {
            Ok(stored) => stored.as_deref().and_then(Scheme::parse),
            Err(error) => {
                tracing::warn!("the signature scheme of {domain}: {}", error.message);
                return None;
            }
        };
        let mut schemes = self.schemes.lock().expect("schemes lock");
        if schemes.len() >= SCHEMES_KEPT {
            schemes.clear();
        }
        schemes.insert(domain.to_string(), stored);
        stored
    }

    async fn remember(&self, db: &db::DbPool, domain: &str, scheme: Scheme) -> AppResult<()> {
        db::deliveries::set_signature_scheme(db, domain, scheme.as_str()).await?;
        self.schemes.lock().expect("schemes lock").insert(domain.to_string(), Some(scheme));
        Ok(())
    }

    fn lane(&self, domain: &str) -> Arc<Lane> {
        let mut lanes = self.lanes.lock().expect("lanes lock");
        lanes
            .entry(domain.to_string())
            .or_insert_with(|| {
                Arc::new(Lane { in_flight: Arc::new(Semaphore::new(PER_SERVER_IN_FLIGHT)), state: Mutex::default() })
            })
            .clone()
    }

    /// Servers whose lane holds all it may; the next claim leaves their deliveries queued.
    fn full(&self) -> Vec<String> {
        let lanes = self.lanes.lock().expect("lanes lock");
        lanes.iter().filter(|(_, lane)| lane.state().held >= LANE_BACKLOG).map(|(d, _)| d.clone()).collect()
    }

    /// Forgets idle lanes, so a node that has reached ten thousand servers keeps no state for
    /// them, and learns which servers are parked (by this process before a restart, or another).
    async fn sweep(&self, db: &db::DbPool) {
        {
            let mut lanes = self.lanes.lock().expect("lanes lock");
            lanes.retain(|_, lane| {
                let state = lane.state();
                state.held > 0 || state.parked_until.is_some_and(|until| until > now())
            });
        }
        // The database is the authority: it also holds what other processes parked and revived.
        match db::deliveries::parked(db).await {
            Ok(parked) => {
                let parked: HashMap<String, NaiveDateTime> = parked.into_iter().collect();
                for (domain, lane) in self.lanes.lock().expect("lanes lock").iter() {
                    lane.state().parked_until = parked.get(domain).copied();
                }
                for (domain, until) in parked {
                    self.lane(&domain).state().parked_until = Some(until);
                }
            }
            Err(err) => tracing::error!("delivery queue: {err:?}"),
        }
    }

    /// Requests in flight to all servers.
    pub fn in_flight(&self) -> usize {
        let lanes = self.lanes.lock().expect("lanes lock");
        lanes.values().map(|lane| lane.state().sending).sum()
    }

    /// Requests in flight to one server.
    pub fn in_flight_to(&self, domain: &str) -> usize {
        let lanes = self.lanes.lock().expect("lanes lock");
        lanes.get(domain).map_or(0, |lane| lane.state().sending)
    }

    /// The parsed signing key of a local actor; parsed again only when the key changed.
    fn signer(&self, actor: &Actor) -> AppResult<Arc<Signer>> {
        let pem =
            actor.private_key_pem.as_deref().ok_or_else(|| AppError::not_found("the actor has no signing key"))?;
        if let Some(signer) = self.signers.lock().expect("signers lock").get(&actor.id)
            && signer.made_from(pem)
        {
            return Ok(signer.clone());
        }
        let signer = Arc::new(Signer::new(&actor.ap_id, pem)?);
        self.signers.lock().expect("signers lock").insert(actor.id, signer.clone());
        Ok(signer)
    }

    /// Unparks a server in this process (the database is the caller's part); true if it was parked.
    fn unpark(&self, domain: &str) -> bool {
        let lanes = self.lanes.lock().expect("lanes lock");
        lanes.get(domain).is_some_and(|lane| lane.state().parked_until.take().is_some())
    }
}

impl Lane {
    fn state(&self) -> std::sync::MutexGuard<'_, LaneState> {
        self.state.lock().expect("lane lock")
    }
}

/// Runs forever: claims what is due, hands each delivery to its server's lane, then sleeps
/// until something is queued, a lane has room again or a retry is due.
pub async fn run(federation: FederationConfig<AppState>) {
    let data = federation.to_request_data();
    let lanes = data.lanes.clone();
    let mut swept: Option<std::time::Instant> = None;
    let mut renewed = std::time::Instant::now();
    let ledger = Ledger::start(data.db.clone());
    loop {
        if swept.is_none_or(|at| at.elapsed() > std::time::Duration::from_secs(60)) {
            lanes.sweep(&data.db).await;
            if let Err(err) = cap_queues(&data).await {
                tracing::error!("delivery queue cap: {err:?}");
            }
            swept = Some(std::time::Instant::now());
        }
        if renewed.elapsed() > RENEW_EVERY {
            if let Err(err) = db::deliveries::renew(&data.db, &data.process, now() + LEASE).await {
                tracing::error!("delivery queue: renewing claims: {err:?}");
            }
            renewed = std::time::Instant::now();
        }
        let claimed =
            match db::deliveries::claim_due(&data.db, BATCH, now() + LEASE, &data.process, &lanes.full()).await {
                Ok(claimed) => claimed,
                Err(err) => {
                    tracing::error!("delivery queue: {err:?}");
                    Vec::new()
                }
            };
        let full_batch = claimed.len() as i64 == BATCH;
        let mut payloads = Payloads::default();
        for delivery in claimed {
            let payload = match payloads.get(&data, &delivery).await {
                Ok(payload) => payload,
                Err(err) => {
                    // The activity or its signer is gone: nothing will ever send it.
                    let _ = db::deliveries::finish(
                        &data.db,
                        delivery.id,
                        FAILED,
                        delivery.attempts,
                        now(),
                        Some(err.message),
                    )
                    .await;
                    continue;
                }
            };
            let lane = lanes.lane(&delivery.domain);
            {
                // The claim skipped parked servers, so this one is not parked, whatever this
                // process last saw (another process, or an inbound request, may have revived it).
                let mut state = lane.state();
                state.held += 1;
                state.parked_until = None;
            }
            let data = federation.to_request_data();
            let ledger = ledger.clone();
            tokio::spawn(async move {
                let domain = delivery.domain.clone();
                if let Err(err) = in_lane(&data, &lane, &ledger, delivery, payload).await {
                    tracing::error!("delivery bookkeeping for {domain} failed: {err:?}");
                }
                let was_full = {
                    let mut state = lane.state();
                    state.held -= 1;
                    state.held + 1 == LANE_BACKLOG
                };
                if was_full {
                    data.deliveries_queued.notify_one();
                }
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

/// Drops what exceeds `federation.max_queued_per_server` for any server, once a minute across
/// the cluster.
pub async fn cap_queues(data: &Data) -> AppResult<()> {
    let cap = data.config.federation.max_queued_per_server as i64;
    // The lease is not given up: held until it runs out, the other workers skip their turns.
    if crate::service::jobs::JobLease::take(&data.db, "delivery-queue-cap", &data.process).await?.is_none() {
        return Ok(());
    }
    for (domain, queued) in db::deliveries::over_cap(&data.db, cap).await? {
        let dropped = db::deliveries::drop_over_cap(&data.db, &domain, cap).await?;
        tracing::warn!("delivery queue: {domain} had {queued} deliveries queued; dropped the newest {dropped}");
    }
    Ok(())
}

/// Gives back this process's claims as it stops, so other workers make them at once.
pub async fn stop(state: &AppState) {
    match db::deliveries::release_all(&state.db, &state.process).await {
        Ok(0) => {}
        Ok(n) => tracing::info!("delivery queue: gave back {n} claimed deliveries"),
        Err(err) => tracing::error!("delivery queue: giving back claims: {err:?}"),
    }
}

/// For a process that serves requests but makes no deliveries: keeps its lanes' knowledge of
/// parked servers current, so that [`revive`] works there too.
pub async fn follow_parking(state: AppState) {
    loop {
        state.lanes.sweep(&state.db).await;
        tokio::time::sleep(std::time::Duration::from_secs(60)).await;
    }
}

/// Marks a server as reachable again in every process: called when it sends us something.
pub async fn revive(data: &Data, domain: &str) -> AppResult<()> {
    if data.lanes.unpark(domain) {
        db::deliveries::revive(&data.db, domain).await?;
        data.deliveries_queued.notify_one();
    }
    Ok(())
}

/// The activity and signer of each claimed delivery, read once per batch; signing keys are
/// parsed once per process ([`Lanes::signer`]).
#[derive(Default)]
struct Payloads {
    bodies: HashMap<i64, Bytes>,
    signers: HashMap<i64, Arc<Signer>>,
}

/// A stored activity, sent exactly as it was written to the outbox, and who signs it.
struct Payload {
    body: Bytes,
    signer: Arc<Signer>,
}

impl Payloads {
    async fn get(&mut self, data: &Data, delivery: &Delivery) -> AppResult<Payload> {
        let body = match self.bodies.get(&delivery.activity_id) {
            Some(body) => body.clone(),
            None => {
                let row = db::deliveries::activity(&data.db, delivery.activity_id)
                    .await?
                    .ok_or_else(|| AppError::not_found("the activity was deleted"))?;
                let body = Bytes::from(row.payload);
                self.bodies.insert(delivery.activity_id, body.clone());
                body
            }
        };
        let signer = match self.signers.get(&delivery.signer_id) {
            Some(signer) => signer.clone(),
            None => {
                let signer: Actor = db::actors::by_id(&data.db, delivery.signer_id)
                    .await?
                    .ok_or_else(|| AppError::not_found("the signing actor was deleted"))?;
                let signer = data.lanes.signer(&signer)?;
                self.signers.insert(delivery.signer_id, signer.clone());
                signer
            }
        };
        Ok(Payload { body, signer })
    }
}

/// Deliveries made, written down in batches: while one transaction commits the next batch
/// gathers, so the bookkeeping of hundreds of answers a second costs a few commits. Until it is
/// written, a delivery stays this worker's claim, so nobody sends it again.
#[derive(Clone)]
struct Ledger {
    made: mpsc::UnboundedSender<Made>,
}

struct Made {
    id: i64,
    /// The server, when it is time to write down again that it answers.
    reached: Option<String>,
}

impl Ledger {
    fn start(db: db::DbPool) -> Ledger {
        let (made, mut queue) = mpsc::unbounded_channel::<Made>();
        tokio::spawn(async move {
            let mut batch = Vec::with_capacity(LEDGER_BATCH);
            while queue.recv_many(&mut batch, LEDGER_BATCH).await > 0 {
                let ids: Vec<i64> = batch.iter().map(|made| made.id).collect();
                let mut reached: Vec<String> = batch.drain(..).filter_map(|made| made.reached).collect();
                reached.sort_unstable();
                reached.dedup();
                Ledger::write(&db, &ids, &reached).await;
            }
        });
        Ledger { made }
    }

    async fn write(db: &db::DbPool, ids: &[i64], reached: &[String]) {
        for attempt in 1..=3 {
            let started = std::time::Instant::now();
            match db::deliveries::delivered(db, ids, reached).await {
                Ok(()) => {
                    let took = started.elapsed();
                    return tracing::debug!("delivery queue: wrote down {} deliveries in {took:?}", ids.len());
                }
                Err(err) => {
                    tracing::error!("delivery queue: writing down {} deliveries ({attempt}): {err:?}", ids.len())
                }
            }
            tokio::time::sleep(std::time::Duration::from_secs(1)).await;
        }
        // Better sent twice than held forever: give them back to the queue.
        if let Err(err) = db::deliveries::release(db, ids, now()).await {
            tracing::error!("delivery queue: giving back {} deliveries: {err:?}", ids.len());
        }
    }

    fn record(&self, made: Made) {
        // The receiver lives as long as the worker loop that owns this ledger.
        let _ = self.made.send(made);
    }
}

/// Waits for a turn in the server's lane, then sends, unless the server was parked meanwhile.
async fn in_lane(data: &Data, lane: &Lane, ledger: &Ledger, delivery: Delivery, payload: Payload) -> AppResult<()> {
    let _turn = lane.in_flight.clone().acquire_owned().await.expect("lane semaphore is never closed");
    let parked_until = lane.state().parked_until.filter(|until| *until > now());
    if let Some(until) = parked_until {
        return db::deliveries::release(&data.db, &[delivery.id], until).await;
    }
    let _connection = data.lanes.connections.clone().acquire_owned().await.expect("never closed");
    lane.state().sending += 1;
    let started = std::time::Instant::now();
    let sent = send(data, &delivery, &payload).await;
    data.metrics.delivery(sent.is_ok(), started.elapsed());
    lane.state().sending -= 1;
    let attempts = delivery.attempts + 1;
    match sent {
        Ok(()) => {
            // A server that keeps answering needs its row touched only now and then.
            let record = {
                let mut state = lane.state();
                let stale = state.success_recorded.is_none_or(|at| at.elapsed() > SUCCESS_RECORD_EVERY);
                let record = stale || state.parked_until.is_some() || attempts > 1;
                state.parked_until = None;
                if record {
                    state.success_recorded = Some(std::time::Instant::now());
                }
                record
            };
            ledger.record(Made { id: delivery.id, reached: record.then(|| delivery.domain.clone()) });
            Ok(())
        }
        Err(err) => {
            let reason = match &err.cause {
                Some(cause) => format!("{}: {cause:#}", err.message),
                None => err.message.clone(),
            };
            tracing::warn!("delivery to {} failed (attempt {attempts}): {reason}", delivery.inbox);
            let initial_seconds = data.config.federation.retry_initial_seconds;
            let (state, next) = if attempts >= data.config.federation.max_attempts as i32 {
                (FAILED, now())
            } else {
                (PENDING, now() + backoff(initial_seconds, attempts))
            };
            db::deliveries::finish(&data.db, delivery.id, state, attempts, next, Some(reason.clone())).await?;
            let park =
                db::deliveries::record_failure(&data.db, &delivery.domain, &reason, initial_seconds, UNREACHABLE_AFTER)
                    .await?;
            let mut state = lane.state();
            state.success_recorded = None;
            state.parked_until = park.max(state.parked_until);
            Ok(())
        }
    }
}

/// Signs and posts the activity to the inbox, after the one check every outgoing address passes.
/// A 4xx answer other than 408 and 429 is final (the server refuses it, retrying changes
/// nothing), as Mastodon treats it. A server not known to read RFC 9421 signatures that refuses
/// one is asked again at once with a draft-cavage signature (double knocking, as Fedify does),
/// and the scheme it took is kept for it.
async fn send(data: &Data, delivery: &Delivery, payload: &Payload) -> AppResult<()> {
    let inbox = Url::parse(&delivery.inbox)?;
    if let Err(refused) = PolicyVerifier::new(data).verify(&inbox).await {
        return Err(AppError::forbidden(format!("this inbox is not delivered to: {refused}")));
    }
    let known = data.lanes.scheme(&data.db, &delivery.domain).await;
    let mut scheme = known.unwrap_or(Scheme::Rfc9421);
    let mut response = post(data, &inbox, payload, scheme).await?;
    // Answers that ask to come back later, not refusals.
    let later = |status: StatusCode| status == StatusCode::REQUEST_TIMEOUT || status == StatusCode::TOO_MANY_REQUESTS;
    if scheme == Scheme::Rfc9421 && !response.status().is_success() && !later(response.status()) {
        scheme = Scheme::Cavage;
        response = post(data, &inbox, payload, scheme).await?;
    }
    let status = response.status();
    if status.is_success() && known != Some(scheme) {
        data.lanes.remember(&data.db, &delivery.domain, scheme).await?;
    }
    if status.is_success() || (status.is_client_error() && !later(status)) {
        return Ok(());
    }
    let text = outgoing::read_limited(response, ERROR_TEXT_BYTES).await.unwrap_or_default();
    Err(AppError::new(ErrorKind::RemoteFailed, format!("the server answered {status}: {text}")))
}

async fn post(data: &Data, inbox: &Url, payload: &Payload, scheme: Scheme) -> AppResult<reqwest::Response> {
    let headers = payload.signer.post_headers(inbox, &payload.body, scheme)?;
    data.http
        .post(inbox.clone())
        .headers(headers)
        .body(payload.body.clone())
        .send()
        .await
        .map_err(|e| AppError::new(ErrorKind::RemoteFailed, "the request failed").with_cause(anyhow::Error::from(e)))
}
