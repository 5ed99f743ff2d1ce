//! Events and who takes part in them.

use super::{
    DbPool,
    deliveries::Outgoing,
    models::{Actor, Event, NewEvent, Participation},
    now,
    schema::{actors, events, participations},
};
use crate::{db_enqueue, db_run, db_tx, db_write, error::AppResult};
use chrono::NaiveDateTime;
use diesel::{
    BoolExpressionMethods, ExpressionMethods, JoinOnDsl, OptionalExtension, QueryDsl, SelectableHelper,
    TextExpressionMethods,
};
use diesel_async::RunQueryDsl;

pub const ACCEPTED: &str = "accepted";
pub const PENDING: &str = "pending";
pub const REJECTED: &str = "rejected";

/// Stores a local event under a provisional id, gives it its id-based one, and writes the
/// activities `announce` builds from the stored row, in one transaction.
pub async fn create_local(
    pool: &DbPool,
    new: &NewEvent,
    ap_id_of: impl Fn(i64) -> String + Send + Sync,
    announce: impl Fn(&Event) -> AppResult<Vec<Outgoing>> + Send + Sync,
) -> AppResult<Event> {
    db_tx!(pool, |conn| {
        let id: i64 = diesel::insert_into(events::table).values(new).returning(events::id).get_result(conn).await?;
        let ap_id = ap_id_of(id);
        let row: Event = diesel::update(events::table.find(id))
            .set((events::ap_id.eq(&ap_id), events::url.eq(&ap_id)))
            .returning(Event::as_returning())
            .get_result(conn)
            .await?;
        for outgoing in announce(&row)? {
            db_enqueue!(conn, &outgoing);
        }
        Ok(row)
    })
}

pub async fn update(
    pool: &DbPool,
    id: i64,
    new: &NewEvent,
    announce: impl Fn(&Event) -> AppResult<Vec<Outgoing>> + Send + Sync,
) -> AppResult<Event> {
    // Another server's public copy of an online event leaves the link out; the link its
    // participants here were sent privately stays, whichever of the two arrives first.
    let keep_link = new.online && new.online_url.is_none();
    db_tx!(pool, |conn| {
        let query = diesel::update(events::table.find(id));
        let row: Event = if keep_link {
            query.set(new).returning(Event::as_returning()).get_result(conn).await?
        } else {
            query
                .set((new, events::online_url.eq(&new.online_url)))
                .returning(Event::as_returning())
                .get_result(conn)
                .await?
        };
        for outgoing in announce(&row)? {
            db_enqueue!(conn, &outgoing);
        }
        Ok(row)
    })
}

pub async fn upsert_remote(pool: &DbPool, new: &NewEvent) -> AppResult<Event> {
    if let Some(existing) = by_ap_id(pool, &new.ap_id).await? {
        return update(pool, existing.id, new, |_| Ok(Vec::new())).await;
    }
    db_write!(pool, |conn| Ok(diesel::insert_into(events::table)
        .values(new)
        .returning(Event::as_returning())
        .get_result(conn)
        .await?))
}

pub async fn delete(pool: &DbPool, id: i64, outgoing: &[Outgoing]) -> AppResult<()> {
    db_tx!(pool, |conn| {
        diesel::delete(events::table.find(id)).execute(conn).await?;
        for outgoing in outgoing {
            db_enqueue!(conn, outgoing);
        }
        Ok(())
    })
}

pub async fn by_id(pool: &DbPool, id: i64) -> AppResult<Option<Event>> {
    db_run!(pool, |conn| Ok(events::table.find(id).select(Event::as_select()).get_result(conn).await.optional()?))
}

pub async fn by_ap_id(pool: &DbPool, ap_id: &str) -> AppResult<Option<Event>> {
    db_run!(pool, |conn| Ok(events::table
        .filter(events::ap_id.eq(ap_id))
        .select(Event::as_select())
        .get_result(conn)
        .await
        .optional()?))
}

/// Which events a calendar shows.
#[derive(Debug, Clone, Default)]
pub struct CalendarQuery {
    pub past: bool,
    /// Only events starting in `[from, to)`, e.g. one month.
    pub between: Option<(NaiveDateTime, NaiveDateTime)>,
    pub sector: Option<String>,
    pub online: Option<bool>,
    pub country: Option<String>,
    pub origin: Option<String>,
    pub organizer_id: Option<i64>,
    pub limit: i64,
    /// Where the previous page ended: its last event's start and id.
    pub after: Option<super::TimeKey>,
}

/// An event's place in the calendar, where a page after it starts.
pub fn calendar_key(event: &Event) -> super::TimeKey {
    super::TimeKey { at: event.starts_at, id: event.id }
}

/// Events with their organisers: upcoming soonest first, past most recent first.
pub async fn calendar(pool: &DbPool, query: &CalendarQuery) -> AppResult<Vec<(Event, Actor)>> {
    let at = now();
    db_run!(pool, |conn| {
        let mut q = events::table.inner_join(actors::table.on(actors::id.eq(events::organizer_id))).into_boxed();
        q = match (&query.between, query.past) {
            (Some((from, to)), _) => {
                q.filter(events::starts_at.ge(*from)).filter(events::starts_at.lt(*to)).order(events::starts_at.asc())
            }
            (None, false) => q.filter(events::ends_at.ge(at)).order(events::starts_at.asc()),
            (None, true) => q.filter(events::ends_at.lt(at)).order(events::starts_at.desc()),
        };
        if let Some(sector) = &query.sector {
            q = q.filter(events::sectors.like(format!("%\"{sector}\"%")));
        }
        match query.online {
            Some(true) => q = q.filter(events::online.eq(true)),
            Some(false) => q = q.filter(events::online.eq(false).or(events::address.ne(""))),
            None => {}
        }
        if let Some(country) = &query.country {
            q = q.filter(events::country.eq(country));
        }
        if let Some(origin) = &query.origin {
            q = q.filter(events::origin.eq(origin));
        }
        match query.organizer_id {
            Some(organizer) => q = q.filter(events::organizer_id.eq(organizer)),
            // The calendar leaves out limited and suspended accounts; their own pages do not.
            None => q = q.filter(super::blocks::actor_not_withdrawn()),
        }
        if let Some(after) = query.after {
            // Past events run latest first, the rest soonest first; ties by id either way. The
            // first filter of each repeats the second as a range the index can start from.
            let same_start = events::starts_at.eq(after.at).and(events::id.gt(after.id));
            q = match query.past && query.between.is_none() {
                true => q.filter(events::starts_at.le(after.at)).filter(events::starts_at.lt(after.at).or(same_start)),
                false => q.filter(events::starts_at.ge(after.at)).filter(events::starts_at.gt(after.at).or(same_start)),
            };
        }
        Ok(q.then_order_by(events::id.asc())
            .limit(query.limit)
            .select((Event::as_select(), Actor::as_select()))
            .load(conn)
            .await?)
    })
}

pub async fn participation(pool: &DbPool, event_id: i64, actor_id: i64) -> AppResult<Option<Participation>> {
    db_run!(pool, |conn| Ok(participations::table
        .filter(participations::event_id.eq(event_id))
        .filter(participations::actor_id.eq(actor_id))
        .select(Participation::as_select())
        .first(conn)
        .await
        .optional()?))
}

pub async fn participation_by_activity(pool: &DbPool, activity_ap_id: &str) -> AppResult<Option<Participation>> {
    db_run!(pool, |conn| Ok(participations::table
        .filter(participations::activity_ap_id.eq(activity_ap_id))
        .select(Participation::as_select())
        .first(conn)
        .await
        .optional()?))
}

/// Records (or changes) a participation, recounts accepted participants, and writes the
/// activities that tell others, in one transaction. Returns the event as updated.
pub async fn set_participation(
    pool: &DbPool,
    event_id: i64,
    actor_id: i64,
    state: Option<&str>,
    activity_ap_id: &str,
    announce: impl Fn(&Event) -> AppResult<Vec<Outgoing>> + Send + Sync,
) -> AppResult<Event> {
    db_tx!(pool, |conn| {
        let existing = participations::table
            .filter(participations::event_id.eq(event_id))
            .filter(participations::actor_id.eq(actor_id));
        match state {
            None => {
                diesel::delete(existing).execute(conn).await?;
            }
            Some(state) => {
                diesel::insert_into(participations::table)
                    .values((
                        participations::event_id.eq(event_id),
                        participations::actor_id.eq(actor_id),
                        participations::state.eq(state),
                        participations::activity_ap_id.eq(activity_ap_id),
                        participations::created_at.eq(now()),
                    ))
                    .on_conflict((participations::event_id, participations::actor_id))
                    .do_update()
                    .set((participations::state.eq(state), participations::activity_ap_id.eq(activity_ap_id)))
                    .execute(conn)
                    .await?;
            }
        }
        let count: i64 = participations::table
            .filter(participations::event_id.eq(event_id))
            .filter(participations::state.eq(ACCEPTED))
            .count()
            .get_result(conn)
            .await?;
        let row: Event = diesel::update(events::table.find(event_id))
            .set(events::participant_count.eq(count))
            .returning(Event::as_returning())
            .get_result(conn)
            .await?;
        for outgoing in announce(&row)? {
            db_enqueue!(conn, &outgoing);
        }
        Ok(row)
    })
}

pub async fn participants(pool: &DbPool, event_id: i64) -> AppResult<Vec<(Participation, Actor)>> {
    db_run!(pool, |conn| Ok(participations::table
        .inner_join(actors::table.on(actors::id.eq(participations::actor_id)))
        .filter(participations::event_id.eq(event_id))
        .order(participations::id.asc())
        .select((Participation::as_select(), Actor::as_select()))
        .load(conn)
        .await?))
}

/// Where to tell remote participants about a change: their servers' inboxes.
pub async fn participant_inboxes(pool: &DbPool, event_id: i64) -> AppResult<Vec<String>> {
    let mut inboxes: Vec<String> = participants(pool, event_id)
        .await?
        .into_iter()
        .filter(|(p, a)| !a.local && p.state != REJECTED)
        .map(|(_, a)| a.shared_inbox.unwrap_or(a.inbox))
        .collect();
    inboxes.sort();
    inboxes.dedup();
    Ok(inboxes)
}

/// Events with their organisers, in the order of `ids`.
pub async fn with_organizers(pool: &DbPool, ids: &[i64]) -> AppResult<Vec<(Event, Actor)>> {
    let rows: Vec<(Event, Actor)> = db_run!(pool, |conn| events::table
        .inner_join(actors::table.on(actors::id.eq(events::organizer_id)))
        .filter(events::id.eq_any(ids))
        .select((Event::as_select(), Actor::as_select()))
        .load(conn)
        .await?);
    Ok(ids.iter().filter_map(|id| rows.iter().find(|(e, _)| e.id == *id).cloned()).collect())
}

/// This node's own events, newest first, before the row id `before`: the node's outbox.
pub async fn local_page(pool: &DbPool, window: super::Window, limit: i64) -> AppResult<Vec<(Event, Actor)>> {
    let rows: Vec<(Event, Actor)> = db_run!(pool, |conn| {
        let query = events::table
            .inner_join(actors::table.on(actors::id.eq(events::organizer_id)))
            .filter(events::local.eq(true))
            .select((Event::as_select(), Actor::as_select()))
            .into_boxed();
        Ok::<_, crate::error::AppError>(crate::windowed!(query, events::id, window).limit(limit).load(conn).await?)
    })?;
    Ok(window.newest_first(rows))
}

/// Events held here that have not ended.
pub async fn upcoming_count(pool: &DbPool) -> AppResult<i64> {
    let at = now();
    db_run!(pool, |conn| Ok(events::table.filter(events::ends_at.ge(at)).count().get_result(conn).await?))
}

pub async fn local_count(pool: &DbPool) -> AppResult<i64> {
    db_run!(pool, |conn| Ok(events::table.filter(events::local.eq(true)).count().get_result(conn).await?))
}
