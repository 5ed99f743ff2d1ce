//! This node's subscriptions to other nodes and relays, and how far each backfill has got.

use super::{DbPool, deliveries::Outgoing, models::Subscription, schema::subscriptions};
use crate::{db_enqueue, db_run, db_tx, db_write, error::AppResult};
use chrono::NaiveDateTime;
use diesel::{ExpressionMethods, OptionalExtension, QueryDsl, SelectableHelper};
use diesel_async::RunQueryDsl;

pub const PENDING: &str = "pending";
pub const ACCEPTED: &str = "accepted";
pub const REJECTED: &str = "rejected";

/// Backfill states.
pub const WAITING: &str = "waiting";
pub const RUNNING: &str = "running";
pub const DONE: &str = "done";
pub const FAILED: &str = "failed";

/// Records a new subscription (or renews one for the same domain) with the Follow to send,
/// if it is not sent with a follow row, in one transaction.
pub async fn upsert(pool: &DbPool, subscription: &Subscription, follow: Option<&Outgoing>) -> AppResult<Subscription> {
    db_tx!(pool, |conn| {
        diesel::delete(subscriptions::table.filter(subscriptions::domain.eq(&subscription.domain)))
            .execute(conn)
            .await?;
        let row = diesel::insert_into(subscriptions::table)
            .values(subscription)
            .returning(Subscription::as_returning())
            .get_result(conn)
            .await?;
        if let Some(follow) = follow {
            db_enqueue!(conn, follow);
        }
        Ok(row)
    })
}

pub async fn list(pool: &DbPool) -> AppResult<Vec<Subscription>> {
    db_run!(pool, |conn| Ok(subscriptions::table
        .order(subscriptions::domain.asc())
        .select(Subscription::as_select())
        .load(conn)
        .await?))
}

pub async fn by_id(pool: &DbPool, id: i64) -> AppResult<Option<Subscription>> {
    db_run!(pool, |conn| Ok(subscriptions::table
        .find(id)
        .select(Subscription::as_select())
        .get_result(conn)
        .await
        .optional()?))
}

pub async fn by_domain(pool: &DbPool, domain: &str) -> AppResult<Option<Subscription>> {
    db_run!(pool, |conn| Ok(subscriptions::table
        .filter(subscriptions::domain.eq(domain))
        .select(Subscription::as_select())
        .first(conn)
        .await
        .optional()?))
}

pub async fn by_follow(pool: &DbPool, follow_ap_id: &str) -> AppResult<Option<Subscription>> {
    db_run!(pool, |conn| Ok(subscriptions::table
        .filter(subscriptions::follow_ap_id.eq(follow_ap_id))
        .select(Subscription::as_select())
        .first(conn)
        .await
        .optional()?))
}

/// Whether this node takes in what `domain` sends as a whole (an accepted subscription).
pub async fn takes_from(pool: &DbPool, domain: &str) -> AppResult<bool> {
    let found: Option<i64> = db_run!(pool, |conn| subscriptions::table
        .filter(subscriptions::domain.eq(domain))
        .filter(subscriptions::state.eq(ACCEPTED))
        .select(subscriptions::id)
        .first(conn)
        .await
        .optional()?);
    Ok(found.is_some())
}

pub async fn set_state(pool: &DbPool, id: i64, state: &str, at: NaiveDateTime) -> AppResult<()> {
    db_write!(pool, |conn| {
        diesel::update(subscriptions::table.find(id))
            .set((subscriptions::state.eq(state), subscriptions::last_contact_at.eq(Some(at))))
            .execute(conn)
            .await?;
        Ok(())
    })
}

/// Notes that the subscribed node was heard from (an activity arrived, a page was read).
pub async fn touch(pool: &DbPool, domain: &str, at: NaiveDateTime) -> AppResult<()> {
    db_write!(pool, |conn| {
        diesel::update(subscriptions::table.filter(subscriptions::domain.eq(domain)))
            .set(subscriptions::last_contact_at.eq(Some(at)))
            .execute(conn)
            .await?;
        Ok(())
    })
}

/// Where a backfill has got to: saved after every page, so an interrupted one resumes there.
pub struct Progress<'a> {
    pub state: &'a str,
    pub next: Option<&'a str>,
    pub total: Option<i64>,
    pub done: i64,
    pub error: Option<&'a str>,
}

/// Saves a backfill's progress; false when the subscription is gone (ended meanwhile).
pub async fn save_progress(pool: &DbPool, id: i64, progress: &Progress<'_>, at: NaiveDateTime) -> AppResult<bool> {
    db_write!(pool, |conn| {
        diesel::update(subscriptions::table.find(id))
            .set((
                subscriptions::backfill_state.eq(progress.state),
                subscriptions::backfill_next.eq(progress.next),
                subscriptions::backfill_total.eq(progress.total),
                subscriptions::backfilled.eq(progress.done),
                subscriptions::backfill_error.eq(progress.error),
                subscriptions::last_contact_at.eq(Some(at)),
            ))
            .execute(conn)
            .await
            .map(|updated| updated == 1)
            .map_err(Into::into)
    })
}

/// Backfills to run: accepted subscriptions whose backfill is waiting or was interrupted.
pub async fn unfinished_backfills(pool: &DbPool) -> AppResult<Vec<Subscription>> {
    db_run!(pool, |conn| Ok(subscriptions::table
        .filter(subscriptions::state.eq(ACCEPTED))
        .filter(subscriptions::backfill_state.eq_any([WAITING, RUNNING]))
        .select(Subscription::as_select())
        .load(conn)
        .await?))
}

pub async fn delete(pool: &DbPool, id: i64, undo: Option<&Outgoing>) -> AppResult<()> {
    db_tx!(pool, |conn| {
        diesel::delete(subscriptions::table.find(id)).execute(conn).await?;
        if let Some(undo) = undo {
            db_enqueue!(conn, undo);
        }
        Ok(())
    })
}
