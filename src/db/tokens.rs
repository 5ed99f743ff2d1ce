//! API tokens: stored as hashes, with a name, the time they were last used and an optional
//! expiry. A token's public id is the start of its hash (the hash of a 256-bit secret gives
//! nothing away), so nothing else needs storing to name it.

use super::{
    DbPool,
    models::User,
    now,
    schema::{api_tokens, users},
};
use crate::{db_run, db_write, error::AppResult};
use chrono::{NaiveDateTime, TimeDelta};
use diesel::{BoolExpressionMethods, ExpressionMethods, OptionalExtension, QueryDsl, Queryable, SelectableHelper};
use diesel_async::RunQueryDsl;

/// Characters of the hash that name a token.
pub const ID_CHARS: usize = 16;
/// `last_used_at` is written at most this often per token, so reading through the API does
/// not become a write per request.
const USE_RECORDED_EVERY: TimeDelta = TimeDelta::minutes(5);

#[derive(Debug, Clone, Queryable)]
pub struct ApiToken {
    pub token_hash: String,
    pub name: String,
    pub created_at: NaiveDateTime,
    pub last_used_at: Option<NaiveDateTime>,
    pub expires_at: Option<NaiveDateTime>,
}

impl ApiToken {
    pub fn id(&self) -> &str {
        &self.token_hash[..ID_CHARS.min(self.token_hash.len())]
    }
}

pub async fn create(
    pool: &DbPool,
    token_hash: &str,
    user_id: i64,
    name: &str,
    expires_at: Option<NaiveDateTime>,
) -> AppResult<()> {
    db_write!(pool, |conn| {
        diesel::insert_into(api_tokens::table)
            .values((
                api_tokens::token_hash.eq(token_hash),
                api_tokens::user_id.eq(user_id),
                api_tokens::created_at.eq(now()),
                api_tokens::name.eq(name),
                api_tokens::expires_at.eq(expires_at),
            ))
            .execute(conn)
            .await?;
        Ok(())
    })
}

/// The account a live (unexpired) token belongs to; notes the use now and then.
pub async fn user_for(pool: &DbPool, token_hash: &str) -> AppResult<Option<User>> {
    let at = now();
    let found: AppResult<Option<(User, Option<NaiveDateTime>)>> = db_run!(pool, |conn| Ok(api_tokens::table
        .inner_join(users::table)
        .filter(api_tokens::token_hash.eq(token_hash))
        .filter(api_tokens::expires_at.is_null().or(api_tokens::expires_at.gt(at)))
        .select((User::as_select(), api_tokens::last_used_at))
        .get_result(conn)
        .await
        .optional()?));
    let Some((user, last_used)) = found? else { return Ok(None) };
    if last_used.is_none_or(|last| at - last > USE_RECORDED_EVERY) {
        let recorded: AppResult<usize> = db_write!(pool, |conn| Ok(diesel::update(api_tokens::table.find(token_hash))
            .set(api_tokens::last_used_at.eq(Some(at)))
            .execute(conn)
            .await?));
        recorded?;
    }
    Ok(Some(user))
}

pub async fn of_user(pool: &DbPool, user_id: i64) -> AppResult<Vec<ApiToken>> {
    db_run!(pool, |conn| Ok(api_tokens::table
        .filter(api_tokens::user_id.eq(user_id))
        .order(api_tokens::created_at.desc())
        .select((
            api_tokens::token_hash,
            api_tokens::name,
            api_tokens::created_at,
            api_tokens::last_used_at,
            api_tokens::expires_at,
        ))
        .load(conn)
        .await?))
}

pub async fn delete(pool: &DbPool, token_hash: &str) -> AppResult<usize> {
    db_write!(pool, |conn| Ok(diesel::delete(api_tokens::table.find(token_hash)).execute(conn).await?))
}

pub async fn delete_all_of_user(pool: &DbPool, user_id: i64) -> AppResult<usize> {
    db_write!(pool, |conn| Ok(diesel::delete(api_tokens::table.filter(api_tokens::user_id.eq(user_id)))
        .execute(conn)
        .await?))
}
