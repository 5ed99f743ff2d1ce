//! What people block or mute, and the accounts public lists leave out.

use super::{
    DbPool,
    deliveries::Outgoing,
    models::{Actor, NewPersonalBlock, PersonalBlock},
    schema::{actors, personal_blocks},
};
use crate::{db_enqueue, db_run, db_tx, error::AppResult};
use diesel::{
    BoolExpressionMethods, ExpressionMethods, JoinOnDsl, NullableExpressionMethods, OptionalExtension, QueryDsl,
    SelectableHelper,
};
use diesel_async::RunQueryDsl;

pub const BLOCK: &str = "block";
pub const MUTE: &str = "mute";

/// Accounts that public lists (timelines, repository, search, calendar, directory) leave out:
/// limited and suspended ones (here or by their own server), and every account of a limited domain or of its subdomains (as
/// the domain policy matches them). A statement fragment for `author_id NOT IN (…)`. The
/// domains' parts read the rules first (`CROSS JOIN` keeps SQLite to that order): with no
/// limited domain they read no actor, where the other order read every one (3 ms of every public
/// list with 100,000 actors on SQLite, for the domains themselves). PostgreSQL chooses its own
/// order, so the subdomains' part is also guarded by whether any domain is limited, which it
/// checks once (with 100,000 actors and no rule, it scanned them all: 33 ms of every public list).
pub const WITHDRAWN_AUTHORS: &str = "SELECT id FROM actors WHERE limited OR suspended OR suspended_at_origin \
     UNION SELECT a.id FROM domain_rules r CROSS JOIN actors a WHERE r.policy = 'limit' AND a.domain = r.domain \
     UNION SELECT a.id FROM domain_rules r CROSS JOIN actors a \
     WHERE EXISTS (SELECT 1 FROM domain_rules WHERE policy = 'limit') \
     AND r.policy = 'limit' AND a.domain LIKE ('%.' || r.domain)";

/// The accounts of [`WITHDRAWN_AUTHORS`], for a search engine that leaves them out itself and for
/// the kept counts, which take their resources off.
pub async fn withdrawn_authors(pool: &DbPool) -> AppResult<Vec<i64>> {
    let rows: Vec<super::IdRow> = db_run!(pool, |conn| diesel::sql_query(WITHDRAWN_AUTHORS).load(conn).await?);
    Ok(rows.into_iter().map(|row| row.id).collect())
}

/// The same as a condition on the `actors` table of a query: the actor is not withdrawn.
pub fn actor_not_withdrawn() -> diesel::expression::SqlLiteral<diesel::sql_types::Bool> {
    diesel::dsl::sql(&format!("actors.id NOT IN ({WITHDRAWN_AUTHORS})"))
}

/// Accounts one person does not want in their feed: blocked or muted, one by one or by domain.
/// A statement fragment with two binds, the person's actor id twice.
pub const SILENCED_FOR: &str = "SELECT target_actor_id FROM personal_blocks \
     WHERE owner_id = ? AND target_actor_id IS NOT NULL \
     UNION SELECT a.id FROM actors a JOIN personal_blocks b ON a.domain = b.target_domain WHERE b.owner_id = ?";

/// Stores a block or mute (once), with the activity that announces it.
pub async fn add(pool: &DbPool, new: &NewPersonalBlock, outgoing: Option<&Outgoing>) -> AppResult<PersonalBlock> {
    db_tx!(pool, |conn| {
        let existing = personal_blocks::table
            .filter(personal_blocks::owner_id.eq(new.owner_id))
            .filter(personal_blocks::kind.eq(&new.kind))
            .filter(personal_blocks::target.eq(&new.target))
            .select(PersonalBlock::as_select())
            .first(conn)
            .await
            .optional()?;
        if let Some(existing) = existing {
            return Ok(existing);
        }
        let row = diesel::insert_into(personal_blocks::table)
            .values(new)
            .returning(PersonalBlock::as_returning())
            .get_result(conn)
            .await?;
        if let Some(outgoing) = outgoing {
            db_enqueue!(conn, outgoing);
        }
        Ok(row)
    })
}

pub async fn find(pool: &DbPool, owner_id: i64, kind: &str, target: &str) -> AppResult<Option<PersonalBlock>> {
    db_run!(pool, |conn| Ok(personal_blocks::table
        .filter(personal_blocks::owner_id.eq(owner_id))
        .filter(personal_blocks::kind.eq(kind))
        .filter(personal_blocks::target.eq(target))
        .select(PersonalBlock::as_select())
        .first(conn)
        .await
        .optional()?))
}

pub async fn remove(pool: &DbPool, id: i64, outgoing: Option<&Outgoing>) -> AppResult<()> {
    db_tx!(pool, |conn| {
        diesel::delete(personal_blocks::table.find(id)).execute(conn).await?;
        if let Some(outgoing) = outgoing {
            db_enqueue!(conn, outgoing);
        }
        Ok(())
    })
}

/// One person's blocks or mutes, newest first, with the account when one is named.
pub async fn list(
    pool: &DbPool,
    owner_id: i64,
    kind: &str,
    before: Option<i64>,
    limit: i64,
) -> AppResult<Vec<(PersonalBlock, Option<Actor>)>> {
    db_run!(pool, |conn| Ok(personal_blocks::table
        .left_join(actors::table.on(actors::id.nullable().eq(personal_blocks::target_actor_id)))
        .filter(personal_blocks::owner_id.eq(owner_id))
        .filter(personal_blocks::kind.eq(kind))
        .filter(personal_blocks::id.lt(before.unwrap_or(i64::MAX)))
        .order(personal_blocks::id.desc())
        .limit(limit)
        .select((PersonalBlock::as_select(), Option::<Actor>::as_select()))
        .load(conn)
        .await?))
}

/// The domains one person blocks, newest first, ids below `before`.
pub async fn domains(pool: &DbPool, owner_id: i64, before: Option<i64>, limit: i64) -> AppResult<Vec<String>> {
    let rows: Vec<Option<String>> = db_run!(pool, |conn| personal_blocks::table
        .filter(personal_blocks::owner_id.eq(owner_id))
        .filter(personal_blocks::kind.eq(BLOCK))
        .filter(personal_blocks::target_domain.is_not_null())
        .filter(personal_blocks::id.lt(before.unwrap_or(i64::MAX)))
        .order(personal_blocks::id.desc())
        .limit(limit)
        .select(personal_blocks::target_domain)
        .load(conn)
        .await?);
    Ok(rows.into_iter().flatten().collect())
}

/// How `owner_id` keeps `other` away: its blocks and mutes of the account or its domain.
pub async fn between(pool: &DbPool, owner_id: i64, other: &Actor) -> AppResult<Vec<PersonalBlock>> {
    db_run!(pool, |conn| Ok(personal_blocks::table
        .filter(personal_blocks::owner_id.eq(owner_id))
        .filter(personal_blocks::target_actor_id.eq(other.id).or(personal_blocks::target_domain.eq(&other.domain)),)
        .select(PersonalBlock::as_select())
        .load(conn)
        .await?))
}
