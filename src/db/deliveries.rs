//! The outbox and the persistent delivery queue.

use super::{
    DbPool,
    dialect::{self, Bind},
    models::{Activity, Delivery, Instance, NewActivity},
    now,
    schema::{activities, deliveries, instances},
};
use crate::{db_run, db_write, error::AppResult};
use chrono::{Duration, NaiveDateTime};
use diesel::{BoolExpressionMethods, ExpressionMethods, OptionalExtension, QueryDsl, SelectableHelper};
use diesel_async::RunQueryDsl;

/// An activity to store and deliver, signed by the local actor `signer_id`, to each inbox once.
#[derive(Debug, Clone)]
pub struct Outgoing {
    pub activity: NewActivity,
    pub signer_id: i64,
    pub inboxes: Vec<String>,
}

/// The longest wait between two tries, of one delivery or of a parked server.
const MAX_BACKOFF: Duration = Duration::hours(24);

/// `initial · 3^(attempt−1)`, capped at a day: with the default of a minute and 16 attempts,
/// a delivery is retried for about ten days.
pub fn backoff(initial_seconds: u64, attempt: i32) -> Duration {
    let factor = 3i64.saturating_pow(attempt.saturating_sub(1).max(0) as u32);
    let seconds = (initial_seconds as i64).saturating_mul(factor).min(MAX_BACKOFF.num_seconds());
    Duration::seconds(seconds)
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

/// Queues activities that go with no other change.
pub async fn enqueue(pool: &DbPool, outgoing: &Outgoing) -> AppResult<()> {
    crate::db_tx!(pool, |conn| {
        crate::db_enqueue!(conn, outgoing);
        Ok(())
    })
}

/// Records an incoming activity id; false when it was seen before (a duplicate delivery).
pub async fn record_received(pool: &DbPool, activity: &NewActivity) -> AppResult<bool> {
    db_write!(pool, |conn| Ok(dialect::Prepared(
        diesel::insert_into(activities::table).values(activity).on_conflict_do_nothing()
    )
    .execute(conn)
    .await?
        == 1))
}

pub async fn forget_received(pool: &DbPool, ap_id: &str) -> AppResult<()> {
    db_write!(pool, |conn| {
        diesel::delete(activities::table.filter(activities::ap_id.eq(ap_id)).filter(activities::local.eq(false)))
            .execute(conn)
            .await?;
        Ok(())
    })
}

pub async fn activity(pool: &DbPool, id: i64) -> AppResult<Option<Activity>> {
    db_run!(pool, |conn| Ok(activities::table
        .find(id)
        .select(Activity::as_select())
        .get_result(conn)
        .await
        .optional()?))
}

pub async fn local_activity_by_ap_id(pool: &DbPool, ap_id: &str) -> AppResult<Option<Activity>> {
    db_run!(pool, |conn| Ok(activities::table
        .filter(activities::ap_id.eq(ap_id))
        .filter(activities::local.eq(true))
        .select(Activity::as_select())
        .get_result(conn)
        .await
        .optional()?))
}

/// A page of an actor's public outbox, newest first, below `before` (an activity row id).
/// An actor's public activities, and with `members_posts` a group's members-only posts too
/// (its Announces to its members).
pub async fn outbox_page(
    pool: &DbPool,
    actor_ap_id: &str,
    members_posts: bool,
    window: super::Window,
    limit: i64,
) -> AppResult<Vec<Activity>> {
    let rows: Vec<Activity> = db_run!(pool, |conn| {
        let mut query = activities::table
            .filter(activities::actor_ap_id.eq(actor_ap_id))
            .filter(activities::local.eq(true))
            .select(Activity::as_select())
            .into_boxed();
        query = match members_posts {
            true => query.filter(activities::public.eq(true).or(activities::kind.eq("Announce"))),
            false => query.filter(activities::public.eq(true)),
        };
        Ok::<_, crate::error::AppError>(crate::windowed!(query, activities::id, window).limit(limit).load(conn).await?)
    })?;
    Ok(window.newest_first(rows))
}

pub async fn outbox_count(pool: &DbPool, actor_ap_id: &str, members_posts: bool) -> AppResult<i64> {
    db_run!(pool, |conn| {
        let mut query = activities::table
            .filter(activities::actor_ap_id.eq(actor_ap_id))
            .filter(activities::local.eq(true))
            .into_boxed();
        query = match members_posts {
            true => query.filter(activities::public.eq(true).or(activities::kind.eq("Announce"))),
            false => query.filter(activities::public.eq(true)),
        };
        Ok(query.count().get_result(conn).await?)
    })
}

/// Takes up to `limit` pending deliveries whose time has come, oldest first, for `worker`, in one
/// statement: they are marked as its claims, due again at `lease_until` should it die mid-send
/// (while alive it [`renew`]s them). Servers parked until later, and those in `skip_domains`
/// (lanes with enough work already), are left alone.
pub async fn claim_due(
    pool: &DbPool,
    limit: i64,
    lease_until: NaiveDateTime,
    worker: &str,
    skip_domains: &[String],
) -> AppResult<Vec<Delivery>> {
    let at = now();
    let mut binds =
        vec![Bind::Timestamp(lease_until), Bind::Text(worker.to_string()), Bind::Timestamp(at), Bind::Timestamp(at)];
    let skip = if skip_domains.is_empty() {
        String::new()
    } else {
        binds.extend(skip_domains.iter().cloned().map(Bind::Text));
        format!(" AND d.domain NOT IN ({})", vec!["?"; skip_domains.len()].join(", "))
    };
    binds.push(Bind::Int(limit));
    let sql = format!(
        "UPDATE deliveries SET next_attempt_at = ?, claimed_by = ? WHERE id IN (\
           SELECT d.id FROM deliveries d LEFT JOIN instances i ON i.domain = d.domain \
           WHERE d.state = 'pending' AND d.next_attempt_at <= ? AND (i.retry_at IS NULL OR i.retry_at <= ?){skip} \
           ORDER BY d.next_attempt_at LIMIT ?{lock}) \
         RETURNING *",
        lock = dialect::skip_locked(pool.dialect(), "d"),
    );
    let sql = dialect::placeholders(pool.dialect(), &sql);
    crate::db_tx!(pool, |conn| Ok(crate::load_sql!(conn, &sql, &binds, Delivery)))
}

/// Extends the claims `worker` still holds until `until`; how many it holds.
pub async fn renew(pool: &DbPool, worker: &str, until: NaiveDateTime) -> AppResult<usize> {
    db_write!(pool, |conn| Ok(diesel::update(
        deliveries::table.filter(deliveries::claimed_by.eq(worker)).filter(deliveries::state.eq(PENDING))
    )
    .set(deliveries::next_attempt_at.eq(until))
    .execute(conn)
    .await?))
}

/// Gives claimed deliveries back untried, due at `at` (their server was parked meanwhile).
pub async fn release(pool: &DbPool, ids: &[i64], at: NaiveDateTime) -> AppResult<()> {
    db_write!(pool, |conn| {
        diesel::update(deliveries::table.filter(deliveries::id.eq_any(ids)).filter(deliveries::state.eq(PENDING)))
            .set((deliveries::next_attempt_at.eq(at), deliveries::claimed_by.eq(None::<String>)))
            .execute(conn)
            .await?;
        Ok(())
    })
}

/// Gives back everything `worker` holds, due now: it is stopping, and others may go on.
pub async fn release_all(pool: &DbPool, worker: &str) -> AppResult<usize> {
    db_write!(pool, |conn| Ok(diesel::update(
        deliveries::table.filter(deliveries::claimed_by.eq(worker)).filter(deliveries::state.eq(PENDING))
    )
    .set((deliveries::next_attempt_at.eq(now()), deliveries::claimed_by.eq(None::<String>)))
    .execute(conn)
    .await?))
}

/// Writes down an attempt's result; the delivery is no longer anyone's claim.
pub async fn finish(
    pool: &DbPool,
    id: i64,
    state: &str,
    attempts: i32,
    next_attempt_at: NaiveDateTime,
    error: Option<String>,
) -> AppResult<()> {
    db_write!(pool, |conn| {
        diesel::update(deliveries::table.find(id))
            .set((
                deliveries::state.eq(state),
                deliveries::attempts.eq(attempts),
                deliveries::next_attempt_at.eq(next_attempt_at),
                deliveries::last_error.eq(error),
                deliveries::updated_at.eq(now()),
                deliveries::claimed_by.eq(None::<String>),
            ))
            .execute(conn)
            .await?;
        Ok(())
    })
}

/// Writes down, in one transaction, deliveries made (their first and only claim's attempt) and
/// the servers that answered them.
pub async fn delivered(pool: &DbPool, ids: &[i64], reached: &[String]) -> AppResult<()> {
    let at = now();
    crate::db_tx!(pool, |conn| {
        diesel::update(deliveries::table.filter(deliveries::id.eq_any(ids)))
            .set((
                deliveries::state.eq(DELIVERED),
                deliveries::attempts.eq(deliveries::attempts + 1),
                deliveries::next_attempt_at.eq(at),
                deliveries::last_error.eq(None::<String>),
                deliveries::updated_at.eq(at),
                deliveries::claimed_by.eq(None::<String>),
            ))
            .execute(conn)
            .await?;
        for domain in reached {
            diesel::insert_into(instances::table)
                .values((instances::domain.eq(domain), instances::failures.eq(0), instances::last_success_at.eq(at)))
                .on_conflict(instances::domain)
                .do_update()
                .set((
                    instances::failures.eq(0),
                    instances::unreachable_since.eq(None::<NaiveDateTime>),
                    instances::last_success_at.eq(at),
                    instances::retry_at.eq(None::<NaiveDateTime>),
                ))
                .execute(conn)
                .await?;
        }
        Ok(())
    })
}

/// How `domain` takes signed deliveries, once learnt (`rfc9421` or `cavage`).
pub async fn signature_scheme(pool: &DbPool, domain: &str) -> AppResult<Option<String>> {
    db_run!(pool, |conn| Ok(instances::table
        .find(domain)
        .select(instances::signature_scheme)
        .first::<Option<String>>(conn)
        .await
        .optional()?
        .flatten()))
}

pub async fn set_signature_scheme(pool: &DbPool, domain: &str, scheme: &str) -> AppResult<()> {
    db_write!(pool, |conn| {
        diesel::insert_into(instances::table)
            .values((instances::domain.eq(domain), instances::failures.eq(0), instances::signature_scheme.eq(scheme)))
            .on_conflict(instances::domain)
            .do_update()
            .set(instances::signature_scheme.eq(scheme))
            .execute(conn)
            .await?;
        Ok(())
    })
}

/// Servers with more than `cap` deliveries pending, with how many.
pub async fn over_cap(pool: &DbPool, cap: i64) -> AppResult<Vec<(String, i64)>> {
    use diesel::dsl::count_star;
    db_run!(pool, |conn| Ok(deliveries::table
        .filter(deliveries::state.eq(PENDING))
        .group_by(deliveries::domain)
        .having(count_star().gt(cap))
        .select((deliveries::domain, count_star()))
        .load(conn)
        .await?))
}

/// Keeps the oldest `cap` pending deliveries to `domain` and fails the rest (those no worker
/// holds), counting them on the instance; how many were dropped.
pub async fn drop_over_cap(pool: &DbPool, domain: &str, cap: i64) -> AppResult<i64> {
    let at = now();
    let error = format!("dropped: the server had {cap} deliveries queued already (federation.max_queued_per_server)");
    crate::db_tx!(pool, |conn| {
        let last_kept: Option<i64> = deliveries::table
            .filter(deliveries::domain.eq(domain))
            .filter(deliveries::state.eq(PENDING))
            .order(deliveries::id)
            .offset(cap.max(1) - 1)
            .select(deliveries::id)
            .first(conn)
            .await
            .optional()?;
        let Some(last_kept) = last_kept else { return Ok(0) };
        let dropped = diesel::update(
            deliveries::table
                .filter(deliveries::domain.eq(domain))
                .filter(deliveries::state.eq(PENDING))
                .filter(deliveries::claimed_by.is_null())
                .filter(deliveries::id.gt(last_kept)),
        )
        .set((deliveries::state.eq(FAILED), deliveries::last_error.eq(&error), deliveries::updated_at.eq(at)))
        .execute(conn)
        .await? as i64;
        diesel::insert_into(instances::table)
            .values((instances::domain.eq(domain), instances::failures.eq(0), instances::dropped.eq(dropped)))
            .on_conflict(instances::domain)
            .do_update()
            .set(instances::dropped.eq(instances::dropped + dropped))
            .execute(conn)
            .await?;
        Ok(dropped)
    })
}

/// How many deliveries are in each state.
#[derive(Debug, Clone, Copy, Default, serde::Serialize, utoipa::ToSchema)]
pub struct QueueCounts {
    pub pending: i64,
    pub delivered: i64,
    pub failed: i64,
    /// Never queued: their server had its cap of queued work (`federation.max_queued_per_server`).
    pub dropped: i64,
}

/// The queue's counts, in one pass over it, and the deliveries dropped by the cap.
pub async fn counts(pool: &DbPool) -> AppResult<QueueCounts> {
    #[derive(diesel::QueryableByName)]
    struct Count {
        #[diesel(sql_type = diesel::sql_types::Text)]
        state: String,
        #[diesel(sql_type = diesel::sql_types::BigInt)]
        n: i64,
    }
    let sql = "SELECT state, COUNT(*) AS n FROM deliveries GROUP BY state \
               UNION ALL SELECT 'dropped' AS state, CAST(COALESCE(SUM(dropped), 0) AS BIGINT) AS n FROM instances";
    let rows: Vec<Count> = db_run!(pool, |conn| crate::load_sql!(conn, sql, &[] as &[Bind], Count));
    let mut counts = QueueCounts::default();
    for Count { state, n } in rows {
        match state.as_str() {
            PENDING => counts.pending = n,
            DELIVERED => counts.delivered = n,
            FAILED => counts.failed = n,
            "dropped" => counts.dropped = n,
            _ => {}
        }
    }
    Ok(counts)
}

/// Notes that a delivery to `domain` failed with `error` and returns until when the server is
/// parked: for as long as `backoff` says for its failures in a row. After `unreachable_after`
/// failures in a row the instance is marked unreachable; one success ([`delivered`]) clears the
/// mark and the parking.
pub async fn record_failure(
    pool: &DbPool,
    domain: &str,
    error: &str,
    initial_seconds: u64,
    unreachable_after: i32,
) -> AppResult<Option<NaiveDateTime>> {
    let at = now();
    crate::db_tx!(pool, |conn| {
        let known: Option<Instance> =
            instances::table.find(domain).select(Instance::as_select()).get_result(conn).await.optional()?;
        let mut row = known.unwrap_or(Instance {
            domain: domain.to_string(),
            failures: 0,
            unreachable_since: None,
            last_success_at: None,
            last_failure_at: None,
            retry_at: None,
            last_error: None,
            dropped: 0,
        });
        row.failures += 1;
        row.last_failure_at = Some(at);
        row.retry_at = Some(at + backoff(initial_seconds, row.failures));
        row.last_error = Some(error.to_string());
        if row.failures >= unreachable_after && row.unreachable_since.is_none() {
            row.unreachable_since = Some(at);
        }
        diesel::insert_into(instances::table)
            .values(&row)
            .on_conflict(instances::domain)
            .do_update()
            .set(&row)
            .execute(conn)
            .await?;
        Ok(row.retry_at)
    })
}

/// A parked server is tried again at once, with everything waiting for it: it has just shown
/// it is alive. Deliveries a worker holds are left to it.
pub async fn revive(pool: &DbPool, domain: &str) -> AppResult<()> {
    let at = now();
    crate::db_tx!(pool, |conn| {
        diesel::update(instances::table.find(domain).filter(instances::retry_at.is_not_null()))
            .set(instances::retry_at.eq(None::<NaiveDateTime>))
            .execute(conn)
            .await?;
        diesel::update(
            deliveries::table
                .filter(deliveries::domain.eq(domain))
                .filter(deliveries::state.eq(PENDING))
                .filter(deliveries::claimed_by.is_null()),
        )
        .set(deliveries::next_attempt_at.eq(at))
        .execute(conn)
        .await?;
        Ok(())
    })
}

/// Servers parked until some time after now, with that time.
pub async fn parked(pool: &DbPool) -> AppResult<Vec<(String, NaiveDateTime)>> {
    let rows: Vec<(String, Option<NaiveDateTime>)> = db_run!(pool, |conn| instances::table
        .filter(instances::retry_at.gt(now()))
        .select((instances::domain, instances::retry_at))
        .load(conn)
        .await?);
    Ok(rows.into_iter().filter_map(|(domain, at)| Some((domain, at?))).collect())
}

/// One destination server's lane as the database sees it.
#[derive(Debug, Clone, diesel::QueryableByName)]
pub struct LaneRow {
    #[diesel(sql_type = diesel::sql_types::Text)]
    pub domain: String,
    #[diesel(sql_type = diesel::sql_types::BigInt)]
    pub queued: i64,
    #[diesel(sql_type = diesel::sql_types::Nullable<diesel::sql_types::Timestamp>)]
    pub last_success_at: Option<NaiveDateTime>,
    #[diesel(sql_type = diesel::sql_types::Nullable<diesel::sql_types::Timestamp>)]
    pub last_failure_at: Option<NaiveDateTime>,
    #[diesel(sql_type = diesel::sql_types::Nullable<diesel::sql_types::Text>)]
    pub last_error: Option<String>,
    #[diesel(sql_type = diesel::sql_types::Nullable<diesel::sql_types::Timestamp>)]
    pub retry_at: Option<NaiveDateTime>,
    #[diesel(sql_type = diesel::sql_types::BigInt)]
    pub dropped: i64,
}

/// The servers with the most pending deliveries, then those known to fail, up to `limit`.
pub async fn lanes(pool: &DbPool, limit: i64) -> AppResult<Vec<LaneRow>> {
    let sql = dialect::placeholders(
        pool.dialect(),
        "SELECT q.domain AS domain, q.queued AS queued, i.last_success_at AS last_success_at, \
           i.last_failure_at AS last_failure_at, i.last_error AS last_error, i.retry_at AS retry_at, \
           COALESCE(i.dropped, 0) AS dropped \
         FROM (SELECT domain, COUNT(*) AS queued FROM deliveries WHERE state = 'pending' GROUP BY domain \
               UNION ALL SELECT domain, 0 AS queued FROM instances WHERE (failures > 0 OR dropped > 0) AND domain NOT IN \
                 (SELECT domain FROM deliveries WHERE state = 'pending')) q \
         LEFT JOIN instances i ON i.domain = q.domain \
         ORDER BY q.queued DESC, q.domain LIMIT ?",
    );
    db_run!(pool, |conn| Ok(crate::load_sql!(conn, &sql, &[Bind::Int(limit)], LaneRow)))
}

pub async fn instance(pool: &DbPool, domain: &str) -> AppResult<Option<Instance>> {
    db_run!(pool, |conn| Ok(instances::table
        .find(domain)
        .select(Instance::as_select())
        .get_result(conn)
        .await
        .optional()?))
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
