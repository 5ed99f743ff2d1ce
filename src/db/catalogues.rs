//! How far the reading of a followed actor's back catalogue (its outbox) has got.

use super::{DbPool, schema::catalogues, subscriptions::Progress};
use crate::{db_run, db_write, error::AppResult};
use chrono::NaiveDateTime;
use diesel::{ExpressionMethods, QueryDsl, upsert::excluded};
use diesel_async::RunQueryDsl;

/// Starts (or starts again) the reading of `actor_id`'s outbox at `outbox`.
pub async fn start(pool: &DbPool, actor_id: i64, outbox: &str, at: NaiveDateTime) -> AppResult<()> {
    let row = (
        catalogues::actor_id.eq(actor_id),
        catalogues::state.eq(super::subscriptions::WAITING),
        catalogues::next_page.eq(Some(outbox)),
        catalogues::total.eq(None::<i64>),
        catalogues::done.eq(0),
        catalogues::error.eq(None::<&str>),
        catalogues::updated_at.eq(at),
    );
    db_write!(pool, |conn| {
        diesel::insert_into(catalogues::table)
            .values(row)
            .on_conflict(catalogues::actor_id)
            .do_update()
            .set((
                catalogues::state.eq(excluded(catalogues::state)),
                catalogues::next_page.eq(excluded(catalogues::next_page)),
                catalogues::total.eq(excluded(catalogues::total)),
                catalogues::done.eq(excluded(catalogues::done)),
                catalogues::error.eq(excluded(catalogues::error)),
                catalogues::updated_at.eq(excluded(catalogues::updated_at)),
            ))
            .execute(conn)
            .await?;
        Ok(())
    })
}

/// Saves a catalogue's progress; false when its row is gone.
pub async fn save_progress(
    pool: &DbPool,
    actor_id: i64,
    progress: &Progress<'_>,
    at: NaiveDateTime,
) -> AppResult<bool> {
    db_write!(pool, |conn| {
        diesel::update(catalogues::table.find(actor_id))
            .set((
                catalogues::state.eq(progress.state),
                catalogues::next_page.eq(progress.next),
                catalogues::total.eq(progress.total),
                catalogues::done.eq(progress.done),
                catalogues::error.eq(progress.error),
                catalogues::updated_at.eq(at),
            ))
            .execute(conn)
            .await
            .map(|updated| updated == 1)
            .map_err(Into::into)
    })
}

/// Where the reading of an actor's outbox stands.
#[derive(diesel::Queryable)]
pub struct Catalogue {
    pub state: String,
    pub next_page: Option<String>,
    pub total: Option<i64>,
    pub done: i64,
    pub error: Option<String>,
}

pub async fn of_actor(pool: &DbPool, actor_id: i64) -> AppResult<Option<Catalogue>> {
    use diesel::OptionalExtension;
    db_run!(pool, |conn| Ok(catalogues::table
        .find(actor_id)
        .select((catalogues::state, catalogues::next_page, catalogues::total, catalogues::done, catalogues::error))
        .first(conn)
        .await
        .optional()?))
}

/// The actors whose catalogue is waiting to be read or was interrupted.
pub async fn unfinished(pool: &DbPool) -> AppResult<Vec<i64>> {
    use super::subscriptions::{RUNNING, WAITING};
    db_run!(pool, |conn| Ok(catalogues::table
        .filter(catalogues::state.eq_any([WAITING, RUNNING]))
        .select(catalogues::actor_id)
        .load(conn)
        .await?))
}
