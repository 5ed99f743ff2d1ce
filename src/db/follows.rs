use super::{
    DbPool,
    deliveries::Outgoing,
    models::{Actor, Follow, NewFollow},
    schema::{actors, follows},
};
use crate::{db_enqueue, db_run, db_tx, error::AppResult};
use diesel::{ExpressionMethods, JoinOnDsl, OptionalExtension, QueryDsl, SelectableHelper, upsert::excluded};
use diesel_async::RunQueryDsl;

pub const PENDING: &str = "pending";
pub const ACCEPTED: &str = "accepted";

/// Creates or renews a follow, with the activity that announces it (if any) in the same transaction.
pub async fn upsert(pool: &DbPool, follow: &NewFollow, outgoing: Option<&Outgoing>) -> AppResult<Follow> {
    db_tx!(pool, |conn| {
        let row = diesel::insert_into(follows::table)
            .values(follow)
            .on_conflict((follows::follower_id, follows::followed_id))
            .do_update()
            .set((
                follows::state.eq(excluded(follows::state)),
                follows::activity_ap_id.eq(excluded(follows::activity_ap_id)),
            ))
            .returning(Follow::as_returning())
            .get_result(conn)
            .await?;
        if let Some(outgoing) = outgoing {
            db_enqueue!(conn, outgoing);
        }
        Ok(row)
    })
}

pub async fn set_state(pool: &DbPool, id: i64, state: &str, outgoing: Option<&Outgoing>) -> AppResult<()> {
    db_tx!(pool, |conn| {
        diesel::update(follows::table.find(id)).set(follows::state.eq(state)).execute(conn).await?;
        if let Some(outgoing) = outgoing {
            db_enqueue!(conn, outgoing);
        }
        Ok(())
    })
}

/// Accepts a follow request still pending, with its `Accept` (if any) in the same transaction;
/// false when it was answered meanwhile (two paths letting someone in send one `Accept`).
pub async fn accept_pending(pool: &DbPool, id: i64, outgoing: Option<&Outgoing>) -> AppResult<bool> {
    db_tx!(pool, |conn| {
        let changed = diesel::update(follows::table.find(id).filter(follows::state.eq(PENDING)))
            .set(follows::state.eq(ACCEPTED))
            .execute(conn)
            .await?;
        if changed == 1
            && let Some(outgoing) = outgoing
        {
            db_enqueue!(conn, outgoing);
        }
        Ok(changed == 1)
    })
}

pub async fn delete(pool: &DbPool, id: i64, outgoing: Option<&Outgoing>) -> AppResult<()> {
    db_tx!(pool, |conn| {
        diesel::delete(follows::table.find(id)).execute(conn).await?;
        if let Some(outgoing) = outgoing {
            db_enqueue!(conn, outgoing);
        }
        Ok(())
    })
}

pub async fn by_pair(pool: &DbPool, follower_id: i64, followed_id: i64) -> AppResult<Option<Follow>> {
    db_run!(pool, |conn| Ok(follows::table
        .filter(follows::follower_id.eq(follower_id))
        .filter(follows::followed_id.eq(followed_id))
        .select(Follow::as_select())
        .first(conn)
        .await
        .optional()?))
}

pub async fn by_id(pool: &DbPool, id: i64) -> AppResult<Option<Follow>> {
    db_run!(pool, |conn| Ok(follows::table.find(id).select(Follow::as_select()).get_result(conn).await.optional()?))
}

pub async fn by_activity(pool: &DbPool, activity_ap_id: &str) -> AppResult<Option<Follow>> {
    db_run!(pool, |conn| Ok(follows::table
        .filter(follows::activity_ap_id.eq(activity_ap_id))
        .select(Follow::as_select())
        .first(conn)
        .await
        .optional()?))
}

/// Which side of a follow a listing is about.
#[derive(Debug, Clone, Copy)]
pub enum Side {
    /// People following the actor.
    Followers,
    /// People the actor follows.
    Following,
}

/// A page of follows of `actor_id` with the actor on the other side, newest first, with row ids
/// below `before`.
pub async fn page(
    pool: &DbPool,
    actor_id: i64,
    side: Side,
    state: &str,
    before: Option<i64>,
    limit: i64,
) -> AppResult<Vec<(Follow, Actor)>> {
    let rows: Vec<Follow> = db_run!(pool, |conn| {
        let mut query = match side {
            Side::Followers => follows::table.filter(follows::followed_id.eq(actor_id)).into_boxed(),
            Side::Following => follows::table.filter(follows::follower_id.eq(actor_id)).into_boxed(),
        };
        query = query.filter(follows::state.eq(state));
        if let Some(before) = before {
            query = query.filter(follows::id.lt(before));
        }
        query.order(follows::id.desc()).limit(limit).select(Follow::as_select()).load(conn).await?
    });
    let other = |f: &Follow| match side {
        Side::Followers => f.follower_id,
        Side::Following => f.followed_id,
    };
    let ids: Vec<i64> = rows.iter().map(other).collect();
    let actors: Vec<Actor> = db_run!(pool, |conn| actors::table
        .filter(actors::id.eq_any(&ids))
        .select(Actor::as_select())
        .load(conn)
        .await?);
    Ok(rows
        .into_iter()
        .filter_map(|f| {
            let actor = actors.iter().find(|a| a.id == other(&f))?.clone();
            Some((f, actor))
        })
        .collect())
}

pub async fn count(pool: &DbPool, actor_id: i64, side: Side, state: &str) -> AppResult<i64> {
    db_run!(pool, |conn| {
        let query = match side {
            Side::Followers => follows::table.filter(follows::followed_id.eq(actor_id)).into_boxed(),
            Side::Following => follows::table.filter(follows::follower_id.eq(actor_id)).into_boxed(),
        };
        Ok(query.filter(follows::state.eq(state)).count().get_result(conn).await?)
    })
}

/// The accepted followers and followings of each of `ids`, as (actor, followers, following); an
/// actor with neither is not listed.
pub async fn counts_of(pool: &DbPool, ids: &[i64]) -> AppResult<Vec<(i64, i64, i64)>> {
    use diesel::dsl::count_star;
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let mut counts: std::collections::BTreeMap<i64, (i64, i64)> = std::collections::BTreeMap::new();
    for side in [Side::Followers, Side::Following] {
        let rows: Vec<(i64, i64)> = db_run!(pool, |conn| match side {
            Side::Followers =>
                follows::table
                    .filter(follows::followed_id.eq_any(ids))
                    .filter(follows::state.eq(ACCEPTED))
                    .group_by(follows::followed_id)
                    .select((follows::followed_id, count_star()))
                    .load(conn)
                    .await?,
            Side::Following =>
                follows::table
                    .filter(follows::follower_id.eq_any(ids))
                    .filter(follows::state.eq(ACCEPTED))
                    .group_by(follows::follower_id)
                    .select((follows::follower_id, count_star()))
                    .load(conn)
                    .await?,
        });
        for (id, n) in rows {
            let (followers, following) = counts.entry(id).or_default();
            *(if matches!(side, Side::Followers) { followers } else { following }) = n;
        }
    }
    Ok(counts.into_iter().map(|(id, (followers, following))| (id, followers, following)).collect())
}

/// Where to deliver to all accepted remote followers of `actor_id`: shared inboxes where known.
pub async fn follower_inboxes(pool: &DbPool, actor_id: i64) -> AppResult<Vec<String>> {
    let rows: Vec<(String, Option<String>)> = db_run!(pool, |conn| follows::table
        .inner_join(actors::table.on(actors::id.eq(follows::follower_id)))
        .filter(follows::followed_id.eq(actor_id))
        .filter(follows::state.eq(ACCEPTED))
        .filter(actors::local.eq(false))
        .select((actors::inbox, actors::shared_inbox))
        .load(conn)
        .await?);
    let mut inboxes: Vec<String> = rows.into_iter().map(|(inbox, shared)| shared.unwrap_or(inbox)).collect();
    inboxes.sort();
    inboxes.dedup();
    Ok(inboxes)
}

/// Whether an actor on `domain` follows (or, for a group, is a member of) `actor_id`.
pub async fn has_follower_on(pool: &DbPool, actor_id: i64, domain: &str) -> AppResult<bool> {
    let domain = domain.to_string();
    let found: Option<i64> = db_run!(pool, |conn| follows::table
        .inner_join(actors::table.on(actors::id.eq(follows::follower_id)))
        .filter(follows::followed_id.eq(actor_id))
        .filter(follows::state.eq(ACCEPTED))
        .filter(actors::domain.eq(&domain))
        .select(follows::id)
        .first(conn)
        .await
        .optional()?);
    Ok(found.is_some())
}

/// Whether any local actor follows the actor with this ActivityPub id (accepted).
pub async fn has_local_follower(pool: &DbPool, ap_id: &str) -> AppResult<bool> {
    let Some(actor) = super::actors::by_ap_id(pool, ap_id).await? else { return Ok(false) };
    let followers: Vec<i64> = db_run!(pool, |conn| follows::table
        .inner_join(actors::table.on(actors::id.eq(follows::follower_id)))
        .filter(follows::followed_id.eq(actor.id))
        .filter(follows::state.eq(ACCEPTED))
        .filter(actors::local.eq(true))
        .select(follows::id)
        .limit(1)
        .load(conn)
        .await?);
    Ok(!followers.is_empty())
}

/// The follows either way between two actors.
pub async fn either_way(pool: &DbPool, one: i64, other: i64) -> AppResult<Vec<Follow>> {
    use diesel::BoolExpressionMethods;
    db_run!(pool, |conn| Ok(follows::table
        .filter(
            follows::follower_id
                .eq(one)
                .and(follows::followed_id.eq(other))
                .or(follows::follower_id.eq(other).and(follows::followed_id.eq(one))),
        )
        .select(Follow::as_select())
        .load(conn)
        .await?))
}

/// Follows either way between `actor_id` and accounts of `domain`.
pub async fn with_domain(pool: &DbPool, actor_id: i64, domain: &str) -> AppResult<Vec<Follow>> {
    use diesel::BoolExpressionMethods;
    let domain = domain.to_string();
    db_run!(pool, |conn| {
        let on_domain = actors::table.filter(actors::domain.eq(&domain)).select(actors::id);
        Ok(follows::table
            .filter(
                follows::follower_id
                    .eq(actor_id)
                    .and(follows::followed_id.eq_any(on_domain))
                    .or(follows::followed_id.eq(actor_id).and(follows::follower_id.eq_any(on_domain))),
            )
            .select(Follow::as_select())
            .load(conn)
            .await?)
    })
}
