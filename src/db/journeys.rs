//! Cities' journeys through the transition map.

use super::{
    DbPool,
    deliveries::Outgoing,
    models::{Actor, JourneyStep, NewJourneyStep},
    schema::{actors, journey_steps},
};
use crate::{db_enqueue, db_run, db_tx, error::AppResult};
use diesel::{ExpressionMethods, QueryDsl, SelectableHelper, upsert::excluded};
use diesel_async::RunQueryDsl;

pub async fn of_actor(pool: &DbPool, actor_id: i64) -> AppResult<Vec<JourneyStep>> {
    Ok(db_run!(pool, |conn| journey_steps::table
        .filter(journey_steps::actor_id.eq(actor_id))
        .order(journey_steps::id)
        .select(JourneyStep::as_select())
        .load(conn)
        .await?))
}

/// Records one step of a local city and writes the activities `publish` builds from the whole
/// journey as it now stands, in one transaction.
pub async fn record(
    pool: &DbPool,
    new: &NewJourneyStep,
    publish: impl Fn(&[JourneyStep]) -> AppResult<Vec<Outgoing>> + Send + Sync,
) -> AppResult<Vec<JourneyStep>> {
    db_tx!(pool, |conn| {
        diesel::insert_into(journey_steps::table)
            .values(new)
            .on_conflict((journey_steps::actor_id, journey_steps::step))
            .do_update()
            .set((
                journey_steps::status.eq(excluded(journey_steps::status)),
                journey_steps::notes.eq(excluded(journey_steps::notes)),
                journey_steps::evidence.eq(excluded(journey_steps::evidence)),
                journey_steps::updated_at.eq(excluded(journey_steps::updated_at)),
            ))
            .execute(conn)
            .await?;
        let steps: Vec<JourneyStep> = journey_steps::table
            .filter(journey_steps::actor_id.eq(new.actor_id))
            .order(journey_steps::id)
            .select(JourneyStep::as_select())
            .load(conn)
            .await?;
        for outgoing in publish(&steps)? {
            db_enqueue!(conn, &outgoing);
        }
        Ok(steps)
    })
}

/// Replaces what is known of a remote city's journey with what its node just sent.
pub async fn replace(pool: &DbPool, actor_id: i64, steps: &[NewJourneyStep]) -> AppResult<()> {
    db_tx!(pool, |conn| {
        diesel::delete(journey_steps::table.filter(journey_steps::actor_id.eq(actor_id))).execute(conn).await?;
        // One statement per row: SQLite's batch inserts cannot fill the id column by default.
        for step in steps {
            diesel::insert_into(journey_steps::table).values(step).execute(conn).await?;
        }
        Ok(())
    })
}

/// Every city whose journey this node knows, with its number of steps done, most first.
pub async fn cities(pool: &DbPool) -> AppResult<Vec<(Actor, i64)>> {
    let actors: Vec<Actor> = db_run!(pool, |conn| actors::table
        .filter(actors::id.eq_any(journey_steps::table.select(journey_steps::actor_id)))
        .select(Actor::as_select())
        .load(conn)
        .await?);
    let done: Vec<(i64, i64)> = db_run!(pool, |conn| journey_steps::table
        .filter(journey_steps::status.eq("done"))
        .group_by(journey_steps::actor_id)
        .select((journey_steps::actor_id, diesel::dsl::count_star()))
        .load(conn)
        .await?);
    let mut cities: Vec<(Actor, i64)> = actors
        .into_iter()
        .map(|a| {
            let n = done.iter().find(|(id, _)| *id == a.id).map_or(0, |(_, n)| *n);
            (a, n)
        })
        .collect();
    cities.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.username.cmp(&b.0.username)));
    Ok(cities)
}
