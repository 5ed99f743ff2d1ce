//! The outbox and the persistent delivery queue.

use super::{
    DbPool,
    models::{Activity, Delivery, Instance, NewActivity},
    now,
    schema::{activities, deliveries, instances},
};
use crate::{db_run, error::AppResult};
use chrono::NaiveDateTime;
use diesel::{ExpressionMethods, OptionalExtension, QueryDsl, SelectableHelper};
use diesel_async::RunQueryDsl;

/// An activity to store and deliver, signed by the local actor `signer_id`, to each inbox once.
#[derive(Debug, Clone)]
pub struct Outgoing {
    pub activity: NewActivity,
    pub signer_id: i64,
    pub inboxes: Vec<String>,
}

pub const PENDING: &str = "pending";
pub const DELIVERED: &str = "delivered";
pub const FAILED: &str = "failed";

/// Inside a `db_tx!` body: stores `$outgoing`'s activity and one delivery row per inbox, so the
/// activity commits or rolls back together with the change it announces.
#[macro_export]
macro_rules! db_enqueue {
    ($conn:ident, $outgoing:expr) => {{
        let outgoing: &$crate::db::deliveries::Outgoing = $outgoing;
        let activity_id: i64 = diesel::insert_into($crate::db::schema::activities::table)
            .values(&outgoing.activity)
            .returning($crate::db::schema::activities::id)
            .get_result($conn)
            .await?;
        let created = $crate::db::now();
        // One statement per inbox: SQLite's batch inserts cannot fill the id column by default.
        for inbox in &outgoing.inboxes {
            diesel::insert_into($crate::db::schema::deliveries::table)
                .values(&$crate::db::models::NewDelivery {
                    activity_id,
                    signer_id: outgoing.signer_id,
                    inbox: inbox.clone(),
                    domain: $crate::domain::handle::host_of(inbox),
                    state: $crate::db::deliveries::PENDING.to_string(),
                    attempts: 0,
                    next_attempt_at: created,
                    created_at: created,
                    updated_at: created,
                })
                .execute($conn)
                .await?;
        }
        activity_id
    }};
}

/// Records an incoming activity id; false when it was seen before (a duplicate delivery).
/// Queues activities that go with no other change.
pub async fn enqueue(pool: &DbPool, outgoing: &Outgoing) -> AppResult<()> {
    crate::db_tx!(pool, |conn| {
        crate::db_enqueue!(conn, outgoing);
        Ok(())
    })
}

pub async fn record_received(pool: &DbPool, activity: &NewActivity) -> AppResult<bool> {
    db_run!(pool, |conn| Ok(diesel::insert_into(activities::table)
        .values(activity)
        .on_conflict_do_nothing()
        .execute(conn)
        .await?
        == 1))
}

pub async fn forget_received(pool: &DbPool, ap_id: &str) -> AppResult<()> {
    db_run!(pool, |conn| {
        diesel::delete(activities::table.filter(activities::ap_id.eq(ap_id)).filter(activities::local.eq(false)))
            .execute(conn)
            .await?;
        Ok(())
    })
}

pub async fn activity(pool: &DbPool, id: i64) -> AppResult<Option<Activity>> {
    db_run!(pool, |conn| Ok(activities::table.find(id).select(Activity::as_select()).first(conn).await.optional()?))
}

pub async fn local_activity_by_ap_id(pool: &DbPool, ap_id: &str) -> AppResult<Option<Activity>> {
    db_run!(pool, |conn| Ok(activities::table
        .filter(activities::ap_id.eq(ap_id))
        .filter(activities::local.eq(true))
        .select(Activity::as_select())
        .first(conn)
        .await
        .optional()?))
}

/// A page of an actor's public outbox, newest first, below `before` (an activity row id).
pub async fn outbox_page(
    pool: &DbPool,
    actor_ap_id: &str,
    before: Option<i64>,
    limit: i64,
) -> AppResult<Vec<Activity>> {
    db_run!(pool, |conn| {
        let mut query = activities::table
            .filter(activities::actor_ap_id.eq(actor_ap_id))
            .filter(activities::local.eq(true))
            .filter(activities::public.eq(true))
            .order(activities::id.desc())
            .limit(limit)
            .select(Activity::as_select())
            .into_boxed();
        if let Some(before) = before {
            query = query.filter(activities::id.lt(before));
        }
        Ok(query.load(conn).await?)
    })
}

pub async fn outbox_count(pool: &DbPool, actor_ap_id: &str) -> AppResult<i64> {
    db_run!(pool, |conn| Ok(activities::table
        .filter(activities::actor_ap_id.eq(actor_ap_id))
        .filter(activities::local.eq(true))
        .filter(activities::public.eq(true))
        .count()
        .get_result(conn)
        .await?))
}

/// Pending deliveries whose time has come, oldest first.
pub async fn due(pool: &DbPool, limit: i64) -> AppResult<Vec<Delivery>> {
    db_run!(pool, |conn| Ok(deliveries::table
        .filter(deliveries::state.eq(PENDING))
        .filter(deliveries::next_attempt_at.le(now()))
        .order(deliveries::next_attempt_at.asc())
        .limit(limit)
        .select(Delivery::as_select())
        .load(conn)
        .await?))
}

/// Takes a delivery for this worker by pushing its next attempt past `lease_until`; false if
/// another worker (or process) took it first.
pub async fn claim(pool: &DbPool, delivery: &Delivery, lease_until: NaiveDateTime) -> AppResult<bool> {
    db_run!(pool, |conn| Ok(diesel::update(
        deliveries::table
            .find(delivery.id)
            .filter(deliveries::state.eq(PENDING))
            .filter(deliveries::next_attempt_at.eq(delivery.next_attempt_at))
    )
    .set(deliveries::next_attempt_at.eq(lease_until))
    .execute(conn)
    .await?
        == 1))
}

pub async fn finish(
    pool: &DbPool,
    id: i64,
    state: &str,
    attempts: i32,
    next_attempt_at: NaiveDateTime,
    error: Option<String>,
) -> AppResult<()> {
    db_run!(pool, |conn| {
        diesel::update(deliveries::table.find(id))
            .set((
                deliveries::state.eq(state),
                deliveries::attempts.eq(attempts),
                deliveries::next_attempt_at.eq(next_attempt_at),
                deliveries::last_error.eq(error),
                deliveries::updated_at.eq(now()),
            ))
            .execute(conn)
            .await?;
        Ok(())
    })
}

pub async fn count_by_state(pool: &DbPool, state: &str) -> AppResult<i64> {
    db_run!(pool, |conn| Ok(deliveries::table.filter(deliveries::state.eq(state)).count().get_result(conn).await?))
}

/// Notes a delivery outcome for `domain`; after `unreachable_after` failures in a row the
/// instance is marked unreachable, and one success clears the mark.
pub async fn record_instance_outcome(
    pool: &DbPool,
    domain: &str,
    success: bool,
    unreachable_after: i32,
) -> AppResult<()> {
    let at = now();
    db_run!(pool, |conn| {
        let known: Option<Instance> =
            instances::table.find(domain).select(Instance::as_select()).first(conn).await.optional()?;
        let mut row = known.unwrap_or(Instance {
            domain: domain.to_string(),
            failures: 0,
            unreachable_since: None,
            last_success_at: None,
            last_failure_at: None,
        });
        if success {
            row.failures = 0;
            row.unreachable_since = None;
            row.last_success_at = Some(at);
        } else {
            row.failures += 1;
            row.last_failure_at = Some(at);
            if row.failures >= unreachable_after && row.unreachable_since.is_none() {
                row.unreachable_since = Some(at);
            }
        }
        diesel::insert_into(instances::table)
            .values((
                instances::domain.eq(&row.domain),
                instances::failures.eq(row.failures),
                instances::unreachable_since.eq(row.unreachable_since),
                instances::last_success_at.eq(row.last_success_at),
                instances::last_failure_at.eq(row.last_failure_at),
            ))
            .on_conflict(instances::domain)
            .do_update()
            .set((
                instances::failures.eq(row.failures),
                instances::unreachable_since.eq(row.unreachable_since),
                instances::last_success_at.eq(row.last_success_at),
                instances::last_failure_at.eq(row.last_failure_at),
            ))
            .execute(conn)
            .await?;
        Ok(())
    })
}

pub async fn instance(pool: &DbPool, domain: &str) -> AppResult<Option<Instance>> {
    db_run!(pool, |conn| Ok(instances::table
        .find(domain)
        .select(Instance::as_select())
        .first(conn)
        .await
        .optional()?))
}
