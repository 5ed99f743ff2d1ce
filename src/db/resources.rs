//! Knowledge resources and their comments.

use super::{
    DbPool, SqliteConn,
    counts::LockCounts,
    deliveries::Outgoing,
    models::{Actor, Comment, NewComment, NewResource, Resource},
    schema::{actors, comments, resources},
    words::AddWords,
};
use crate::{
    db_enqueue, db_run, db_tx, db_write,
    error::{AppError, AppResult},
};
use diesel::{ExpressionMethods, JoinOnDsl, OptionalExtension, QueryDsl, QueryResult, SelectableHelper};
use diesel_async::{AsyncPgConnection, RunQueryDsl};
use std::{
    borrow::Cow,
    collections::{HashMap, HashSet},
};

/// Stores a new local resource; `ap_id_of` turns its row id into its ActivityPub id, and
/// `announce` builds the activities that go out with it, all in one transaction.
pub async fn create_local(
    pool: &DbPool,
    new: &NewResource,
    ap_id_of: impl Fn(i64) -> String + Send + Sync,
    announce: impl Fn(&Resource) -> AppResult<Vec<Outgoing>> + Send + Sync,
) -> AppResult<Resource> {
    let words = super::words::of_resources([new]);
    db_tx!(pool, |conn| {
        conn.add_words(&words).await?;
        // Inserted under the caller's provisional id, then given its real one from the row id.
        let row: Resource = diesel::insert_into(resources::table)
            .values(new)
            .returning(Resource::as_returning())
            .get_result(conn)
            .await?;
        let ap_id = ap_id_of(row.id);
        let row: Resource = diesel::update(resources::table.find(row.id))
            .set((resources::ap_id.eq(&ap_id), resources::url.eq(&ap_id)))
            .returning(Resource::as_returning())
            .get_result(conn)
            .await?;
        for outgoing in announce(&row)? {
            db_enqueue!(conn, &outgoing);
        }
        Ok(row)
    })
}

/// Replaces a resource's content (local edit or remote Update), with its activities.
/// `announce` builds the activities that tell others, from the updated row, in the same transaction.
pub async fn update(
    pool: &DbPool,
    id: i64,
    new: &NewResource,
    announce: impl Fn(&Resource) -> AppResult<Vec<Outgoing>> + Send + Sync,
) -> AppResult<Resource> {
    let words = super::words::of_resources([new]);
    db_tx!(pool, |conn| {
        conn.add_words(&words).await?;
        conn.lock_resources(&[id]).await?;
        conn.lock_counts().await?;
        let row: Resource = diesel::update(resources::table.find(id))
            .set(new)
            .returning(Resource::as_returning())
            .get_result(conn)
            .await?;
        for outgoing in announce(&row)? {
            db_enqueue!(conn, &outgoing);
        }
        Ok(row)
    })
}

/// Stores remote resources, new or seen before (one row per id), in one transaction; says each
/// one's row and whether it was new, in order. The ids must differ.
pub async fn upsert_remote(pool: &DbPool, news: &[NewResource]) -> AppResult<Vec<(Resource, bool)>> {
    let words = super::words::of_resources(news);
    let ap_ids: Vec<&str> = news.iter().map(|n| n.ap_id.as_str()).collect();
    db_tx!(pool, |conn| {
        conn.add_words(&words).await?;
        let mut known: HashMap<String, i64> = resources::table
            .filter(resources::ap_id.eq_any(&ap_ids))
            .select((resources::ap_id, resources::id))
            .load(conn)
            .await?
            .into_iter()
            .collect();
        // In the order of `LockCounts`: the known rows (one deleted meanwhile is stored again, as
        // new), the new rows, `all` (the insert's trigger takes it), then the updates. A row
        // another store inserts meanwhile is not known here: this insert fails on it.
        if !known.is_empty() {
            let locked: HashSet<i64> =
                conn.lock_resources(&known.values().copied().collect::<Vec<_>>()).await?.into_iter().collect();
            known.retain(|_, id| locked.contains(id));
        }
        // A backfill's page is new here, mostly: copied only when some of it is not.
        let fresh: Cow<[NewResource]> = match known.is_empty() {
            true => Cow::Borrowed(news),
            false => Cow::Owned(news.iter().filter(|n| !known.contains_key(&n.ap_id)).cloned().collect()),
        };
        let mut ids = Vec::with_capacity(news.len());
        if !fresh.is_empty() {
            ids.extend(conn.insert_resources(&fresh).await?);
        }
        if !known.is_empty() {
            conn.lock_counts().await?;
        }
        for new in news.iter().filter(|n| known.contains_key(&n.ap_id)) {
            let id = known[&new.ap_id];
            diesel::update(resources::table.find(id)).set(new).execute(conn).await?;
            ids.push(id);
        }
        let rows: Vec<Resource> =
            resources::table.filter(resources::id.eq_any(&ids)).select(Resource::as_select()).load(conn).await?;
        let mut by_ap_id: HashMap<String, Resource> = rows.into_iter().map(|r| (r.ap_id.clone(), r)).collect();
        news.iter()
            .map(|new| {
                let row = by_ap_id
                    .remove(&new.ap_id)
                    .ok_or_else(|| AppError::internal(anyhow::anyhow!("a stored resource is missing")))?;
                Ok((row, !known.contains_key(&new.ap_id)))
            })
            .collect()
    })
}

pub async fn delete(pool: &DbPool, id: i64, outgoing: &[Outgoing]) -> AppResult<()> {
    db_tx!(pool, |conn| {
        diesel::delete(resources::table.find(id)).execute(conn).await?;
        for outgoing in outgoing {
            db_enqueue!(conn, outgoing);
        }
        Ok(())
    })
}

/// Deletes up to `limit` of `seed-demo`'s illustrative resources; returns how many.
pub async fn delete_demo_batch(pool: &DbPool, limit: i64) -> AppResult<usize> {
    db_write!(pool, |conn| {
        let ids: Vec<i64> =
            resources::table.filter(resources::demo.eq(true)).select(resources::id).limit(limit).load(conn).await?;
        Ok(diesel::delete(resources::table.filter(resources::id.eq_any(&ids))).execute(conn).await?)
    })
}

pub async fn by_id(pool: &DbPool, id: i64) -> AppResult<Option<Resource>> {
    db_run!(pool, |conn| Ok(resources::table
        .find(id)
        .select(Resource::as_select())
        .get_result(conn)
        .await
        .optional()?))
}

pub async fn by_ap_id(pool: &DbPool, ap_id: &str) -> AppResult<Option<Resource>> {
    db_run!(pool, |conn| Ok(resources::table
        .filter(resources::ap_id.eq(ap_id))
        .select(Resource::as_select())
        .get_result(conn)
        .await
        .optional()?))
}

/// Rows by id, in the order of `ids`, each with its author.
pub async fn with_authors(pool: &DbPool, ids: &[i64]) -> AppResult<Vec<(Resource, Actor)>> {
    let rows: Vec<(Resource, Actor)> = db_run!(pool, |conn| resources::table
        .inner_join(actors::table)
        .filter(resources::id.eq_any(ids))
        .select((Resource::as_select(), Actor::as_select()))
        .load(conn)
        .await?);
    Ok(ids.iter().filter_map(|id| rows.iter().find(|(r, _)| r.id == *id).cloned()).collect())
}

pub async fn add_comment(pool: &DbPool, comment: &NewComment, outgoing: Option<&Outgoing>) -> AppResult<Comment> {
    db_tx!(pool, |conn| {
        let row = diesel::insert_into(comments::table)
            .values(comment)
            .on_conflict(comments::ap_id)
            .do_update()
            .set(comments::content_html.eq(&comment.content_html))
            .returning(Comment::as_returning())
            .get_result(conn)
            .await?;
        if let Some(outgoing) = outgoing {
            db_enqueue!(conn, outgoing);
        }
        Ok(row)
    })
}

/// The comments on a resource, oldest first, but those of suspended accounts.
pub async fn comments_of(pool: &DbPool, resource_id: i64) -> AppResult<Vec<(Comment, Actor)>> {
    db_run!(pool, |conn| Ok(comments::table
        .inner_join(actors::table.on(actors::id.eq(comments::author_id)))
        .filter(comments::resource_id.eq(resource_id))
        .filter(actors::suspended.eq(false))
        .filter(actors::suspended_at_origin.eq(false))
        .order(comments::published_at.asc())
        .limit(500)
        .select((Comment::as_select(), Actor::as_select()))
        .load(conn)
        .await?))
}

pub async fn comment_by_ap_id(pool: &DbPool, ap_id: &str) -> AppResult<Option<Comment>> {
    db_run!(pool, |conn| Ok(comments::table
        .filter(comments::ap_id.eq(ap_id))
        .select(Comment::as_select())
        .get_result(conn)
        .await
        .optional()?))
}

pub async fn delete_comment(pool: &DbPool, id: i64, outgoing: &[Outgoing]) -> AppResult<()> {
    db_tx!(pool, |conn| {
        diesel::delete(comments::table.find(id)).execute(conn).await?;
        for outgoing in outgoing {
            db_enqueue!(conn, outgoing);
        }
        Ok(())
    })
}

/// Stores new resources, and says their row ids (in no particular order).
trait InsertResources {
    fn insert_resources(&mut self, batch: &[NewResource]) -> impl Future<Output = QueryResult<Vec<i64>>> + Send;

    /// Stores new resources whose ActivityPub id and URL are `url_prefix` and their row id.
    fn insert_numbered(
        &mut self,
        batch: &[NewResource],
        url_prefix: &str,
    ) -> impl Future<Output = QueryResult<()>> + Send;
}

impl InsertResources for AsyncPgConnection {
    /// In one statement: PostgreSQL counts a statement's rows together (migration 000029), where
    /// a statement a row would update each count once per resource. The rows go in in the order
    /// of their ActivityPub ids, so that two pages stored at once that hold some of the same new
    /// resources in different orders wait for each other instead of deadlocking on the unique
    /// index.
    async fn insert_resources(&mut self, batch: &[NewResource]) -> QueryResult<Vec<i64>> {
        let mut sorted: Vec<&NewResource> = batch.iter().collect();
        sorted.sort_unstable_by_key(|new| new.ap_id.as_str());
        diesel::insert_into(resources::table).values(sorted).returning(resources::id).get_results(self).await
    }

    /// The ids are taken from the sequence first, so each row is written once, with its addresses:
    /// setting them after the insert left a dead version of every row until vacuumed.
    async fn insert_numbered(&mut self, batch: &[NewResource], url_prefix: &str) -> QueryResult<()> {
        let reserved: Vec<super::IdRow> = diesel::sql_query(super::dialect::RESERVE_RESOURCE_IDS)
            .bind::<diesel::sql_types::BigInt, _>(batch.len() as i64)
            .load(self)
            .await?;
        let rows: Vec<_> = batch
            .iter()
            .zip(reserved)
            .map(|(new, super::IdRow { id })| {
                let numbered = format!("{url_prefix}{id}");
                (resources::id.eq(id), NewResource { ap_id: numbered.clone(), url: numbered, ..new.clone() })
            })
            .collect();
        diesel::insert_into(resources::table).values(rows).execute(self).await.map(drop)
    }
}

impl InsertResources for SqliteConn {
    /// A statement a row (diesel cannot batch SQLite inserts with optional columns), all of
    /// them on one blocking thread: a thread switch per statement cost more than the insert.
    async fn insert_resources(&mut self, batch: &[NewResource]) -> QueryResult<Vec<i64>> {
        let batch = batch.to_vec();
        self.spawn_blocking(move |conn| {
            batch
                .iter()
                .map(|new| {
                    let insert = diesel::insert_into(resources::table).values(new).returning(resources::id);
                    diesel::RunQueryDsl::get_result(insert, conn)
                })
                .collect()
        })
        .await
    }

    /// Inserted, then numbered: SQLite's ids come from the insert.
    async fn insert_numbered(&mut self, batch: &[NewResource], url_prefix: &str) -> QueryResult<()> {
        use diesel::sql_types::Text;
        let numbered =
            || diesel::dsl::sql::<Text>("").bind::<Text, _>(url_prefix.to_string()).sql(" || CAST(id AS TEXT)");
        let ids = self.insert_resources(batch).await?;
        diesel::update(resources::table.filter(resources::id.eq_any(&ids)))
            .set((resources::ap_id.eq(numbered()), resources::url.eq(numbered())))
            .execute(self)
            .await
            .map(drop)
    }
}

/// Many rows at once, in one transaction; each gets its id-based ActivityPub id and URL, the
/// id written after `url_prefix`.
pub async fn insert_batch(pool: &DbPool, batch: &[NewResource], url_prefix: &str) -> AppResult<()> {
    let words = super::words::of_resources(batch);
    db_tx!(pool, |conn| {
        conn.add_words(&words).await?;
        Ok(conn.insert_numbered(batch, url_prefix).await?)
    })
}

/// This node's own resources, newest first, before the row id `before`: the node's outbox.
pub async fn local_page(pool: &DbPool, window: super::Window, limit: i64) -> AppResult<Vec<(Resource, Actor)>> {
    let rows: Vec<(Resource, Actor)> = db_run!(pool, |conn| {
        let query = resources::table
            .inner_join(actors::table)
            .filter(resources::local.eq(true))
            .select((Resource::as_select(), Actor::as_select()))
            .into_boxed();
        Ok::<_, crate::error::AppError>(crate::windowed!(query, resources::id, window).limit(limit).load(conn).await?)
    })?;
    Ok(window.newest_first(rows))
}

pub async fn local_count(pool: &DbPool) -> AppResult<i64> {
    db_run!(pool, |conn| Ok(resources::table.filter(resources::local.eq(true)).count().get_result(conn).await?))
}

/// How many resources this node holds from each origin server.
pub async fn count_by_origin(pool: &DbPool) -> AppResult<Vec<(String, i64)>> {
    use diesel::dsl::count_star;
    db_run!(pool, |conn| Ok(resources::table
        .group_by(resources::origin)
        .select((resources::origin, count_star()))
        .load(conn)
        .await?))
}
