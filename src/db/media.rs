//! The records of uploaded files (the files themselves are in the media store).

use super::{
    DbPool,
    models::{Media, NewMedia},
    schema::{actors, events, media, posts, resources},
};
use crate::{db_run, db_write, error::AppResult};
use chrono::NaiveDateTime;
use diesel::{
    BoolExpressionMethods, ExpressionMethods, JoinOnDsl, NullableExpressionMethods, OptionalExtension, QueryDsl,
    SelectableHelper,
    dsl::{exists, not, sql},
    sql_types::BigInt,
};
use diesel_async::RunQueryDsl;

pub async fn insert(pool: &DbPool, new: &NewMedia) -> AppResult<Media> {
    db_write!(pool, |conn| Ok(diesel::insert_into(media::table)
        .values(new)
        .returning(Media::as_returning())
        .get_result(conn)
        .await?))
}

pub async fn by_id(pool: &DbPool, id: i64) -> AppResult<Option<Media>> {
    db_run!(pool, |conn| Ok(media::table.find(id).select(Media::as_select()).first(conn).await.optional()?))
}

/// The file a key names: the stored file, or its thumbnail.
pub async fn by_key(pool: &DbPool, key: &str) -> AppResult<Option<Media>> {
    db_run!(pool, |conn| Ok(media::table
        .filter(media::file_key.eq(key).or(media::thumbnail_key.eq(key)))
        .select(Media::as_select())
        .first(conn)
        .await
        .optional()?))
}

/// How many bytes of files an account keeps here.
pub async fn bytes_of(pool: &DbPool, owner_id: i64) -> AppResult<u64> {
    // Summed here: SUM of a BIGINT is NUMERIC on PostgreSQL, and a person's files are few.
    let sizes: AppResult<Vec<i64>> = db_run!(pool, |conn| Ok(media::table
        .filter(media::owner_id.eq(owner_id))
        .select(media::size)
        .load(conn)
        .await?));
    Ok(sizes?.into_iter().map(|size| size.max(0) as u64).sum())
}

/// Attaches files to what `object` (an ActivityPub id) names, those not attached to anything
/// else meanwhile; how many.
pub async fn attach(pool: &DbPool, ids: &[i64], object: &str) -> AppResult<usize> {
    db_write!(pool, |conn| Ok(diesel::update(
        media::table
            .filter(media::id.eq_any(ids))
            .filter(media::attached_to.is_null().or(media::attached_to.eq(object)))
    )
    .set(media::attached_to.eq(object))
    .execute(conn)
    .await?))
}

/// Makes files uploads not yet attached to anything again, as if made now (the sweep of unused
/// uploads counts from then).
pub async fn release(pool: &DbPool, ids: &[i64]) -> AppResult<usize> {
    let now = super::now();
    db_write!(pool, |conn| Ok(diesel::update(media::table.filter(media::id.eq_any(ids)))
        .set((media::attached_to.eq(None::<String>), media::created_at.eq(now)))
        .execute(conn)
        .await?))
}

/// The files attached to what `object` (an ActivityPub id) names.
pub async fn attached_to(pool: &DbPool, object: &str) -> AppResult<Vec<Media>> {
    db_run!(pool, |conn| Ok(media::table
        .filter(media::attached_to.eq(object))
        .select(Media::as_select())
        .load(conn)
        .await?))
}

/// Deletes the records of up to `limit` uploads never attached to anything and made before
/// `cutoff` (checked again as they are deleted: one attached meanwhile stays); returns them.
pub async fn delete_unattached_before(pool: &DbPool, cutoff: NaiveDateTime, limit: i64) -> AppResult<Vec<Media>> {
    let unattached = || media::attached_to.is_null().and(media::created_at.lt(cutoff));
    db_write!(pool, |conn| {
        let ids: Vec<i64> =
            media::table.filter(unattached()).order(media::id).limit(limit).select(media::id).load(conn).await?;
        Ok(diesel::delete(media::table.filter(media::id.eq_any(ids)).filter(unattached()))
            .returning(Media::as_returning())
            .get_results(conn)
            .await?)
    })
}

/// Deletes the records of up to `limit` files attached to something that is gone (a resource
/// or post deleted with its group, say, rather than on its own); returns them. A kind of object
/// that takes files must be named here too: resources, posts, events, and actors (avatars,
/// headers).
pub async fn delete_attached_to_nothing(pool: &DbPool, limit: i64) -> AppResult<Vec<Media>> {
    let orphaned = || {
        media::attached_to
            .is_not_null()
            .and(not(exists(resources::table.filter(resources::ap_id.nullable().eq(media::attached_to)))))
            .and(not(exists(posts::table.filter(posts::ap_id.nullable().eq(media::attached_to)))))
            .and(not(exists(events::table.filter(events::ap_id.nullable().eq(media::attached_to)))))
            .and(not(exists(actors::table.filter(actors::ap_id.nullable().eq(media::attached_to)))))
    };
    db_write!(pool, |conn| {
        let ids: Vec<i64> =
            media::table.filter(orphaned()).order(media::id).limit(limit).select(media::id).load(conn).await?;
        Ok(diesel::delete(media::table.filter(media::id.eq_any(ids)).filter(orphaned()))
            .returning(Media::as_returning())
            .get_results(conn)
            .await?)
    })
}

/// How many bytes of other servers' pictures are kept here, by the server they came from.
pub async fn remote_bytes_by_origin(pool: &DbPool) -> AppResult<Vec<(String, u64)>> {
    let totals: AppResult<Vec<(String, i64)>> = db_run!(pool, |conn| Ok(media::table
        .inner_join(actors::table.on(actors::id.eq(media::owner_id)))
        .filter(media::remote_url.is_not_null())
        .group_by(actors::domain)
        // Cast: SUM of a BIGINT is NUMERIC on PostgreSQL.
        .select((actors::domain, sql::<BigInt>("CAST(SUM(media.size) AS BIGINT)")))
        .load(conn)
        .await?));
    Ok(totals?.into_iter().map(|(origin, bytes)| (origin, bytes.max(0) as u64)).collect())
}

/// Deletes the records of the oldest pictures kept here from the server `origin`, as many as
/// free `bytes` (at most 100 at a time); returns them.
pub async fn delete_oldest_remote(pool: &DbPool, origin: &str, bytes: u64) -> AppResult<Vec<Media>> {
    db_write!(pool, |conn| {
        let oldest: Vec<(i64, i64)> = media::table
            .filter(media::owner_id.eq_any(actors::table.filter(actors::domain.eq(origin)).select(actors::id)))
            .filter(media::remote_url.is_not_null())
            .order((media::created_at, media::id))
            .limit(100)
            .select((media::id, media::size))
            .load(conn)
            .await?;
        let mut freed = 0u64;
        let ids: Vec<i64> = oldest
            .into_iter()
            .take_while(|(_, size)| {
                let more = freed < bytes;
                freed += (*size).max(0) as u64;
                more
            })
            .map(|(id, _)| id)
            .collect();
        Ok(diesel::delete(media::table.filter(media::id.eq_any(ids)))
            .returning(Media::as_returning())
            .get_results(conn)
            .await?)
    })
}

pub async fn describe(pool: &DbPool, id: i64, description: &str) -> AppResult<Media> {
    db_write!(pool, |conn| Ok(diesel::update(media::table.find(id))
        .set(media::description.eq(description))
        .returning(Media::as_returning())
        .get_result(conn)
        .await?))
}

pub async fn delete(pool: &DbPool, ids: &[i64]) -> AppResult<()> {
    db_write!(pool, |conn| {
        diesel::delete(media::table.filter(media::id.eq_any(ids))).execute(conn).await?;
        Ok(())
    })
}
