use super::{
    DbPool,
    models::{Actor, NewActor, NewUser, User},
    now,
    schema::{actors, sessions, users},
};
use crate::{db_run, db_tx, db_write, error::AppResult};
use chrono::NaiveDateTime;
use diesel::{ExpressionMethods, OptionalExtension, QueryDsl, SelectableHelper};
use diesel_async::RunQueryDsl;

/// Creates the account and its `Person` actor together.
pub async fn create(pool: &DbPool, actor: NewActor, user: NewUser) -> AppResult<(User, Actor)> {
    db_tx!(pool, |conn| {
        let actor: Actor =
            diesel::insert_into(actors::table).values(&actor).returning(Actor::as_returning()).get_result(conn).await?;
        let user: User = diesel::insert_into(users::table)
            .values(&NewUser { actor_id: actor.id, ..user })
            .returning(User::as_returning())
            .get_result(conn)
            .await?;
        Ok((user, actor))
    })
}

pub async fn by_username(pool: &DbPool, username: &str) -> AppResult<Option<User>> {
    let username = username.trim().to_ascii_lowercase();
    db_run!(pool, |conn| Ok(users::table
        .filter(users::username.eq(&username))
        .select(User::as_select())
        .first(conn)
        .await
        .optional()?))
}

pub async fn by_actor(pool: &DbPool, actor_id: i64) -> AppResult<Option<User>> {
    db_run!(pool, |conn| Ok(users::table
        .filter(users::actor_id.eq(actor_id))
        .select(User::as_select())
        .first(conn)
        .await
        .optional()?))
}

pub async fn email_taken(pool: &DbPool, email: &str) -> AppResult<bool> {
    let email = email.trim().to_lowercase();
    db_run!(pool, |conn| Ok(users::table.filter(users::email.eq(&email)).count().get_result::<i64>(conn).await? > 0))
}

pub async fn count(pool: &DbPool) -> AppResult<i64> {
    db_run!(pool, |conn| Ok(users::table.count().get_result(conn).await?))
}

pub async fn awaiting_approval(pool: &DbPool) -> AppResult<Vec<User>> {
    db_run!(pool, |conn| Ok(users::table
        .filter(users::approved.eq(false))
        .order(users::id.asc())
        .select(User::as_select())
        .load(conn)
        .await?))
}

pub async fn approve(pool: &DbPool, user_id: i64) -> AppResult<usize> {
    db_write!(pool, |conn| Ok(diesel::update(users::table.find(user_id))
        .set(users::approved.eq(true))
        .execute(conn)
        .await?))
}

pub async fn create_session(pool: &DbPool, token_hash: &str, user_id: i64, expires_at: NaiveDateTime) -> AppResult<()> {
    db_write!(pool, |conn| {
        diesel::insert_into(sessions::table)
            .values((
                sessions::token_hash.eq(token_hash),
                sessions::user_id.eq(user_id),
                sessions::created_at.eq(now()),
                sessions::expires_at.eq(expires_at),
            ))
            .execute(conn)
            .await?;
        Ok(())
    })
}

pub async fn user_for_session(pool: &DbPool, token_hash: &str) -> AppResult<Option<User>> {
    db_run!(pool, |conn| Ok(sessions::table
        .inner_join(users::table)
        .filter(sessions::token_hash.eq(token_hash))
        .filter(sessions::expires_at.gt(now()))
        .select(User::as_select())
        .get_result(conn)
        .await
        .optional()?))
}

pub async fn delete_session(pool: &DbPool, token_hash: &str) -> AppResult<()> {
    db_write!(pool, |conn| {
        diesel::delete(sessions::table.find(token_hash)).execute(conn).await?;
        Ok(())
    })
}

pub async fn by_email(pool: &DbPool, email: &str) -> AppResult<Option<User>> {
    let email = email.trim().to_lowercase();
    db_run!(pool, |conn| Ok(users::table
        .filter(users::email.eq(&email))
        .select(User::as_select())
        .first(conn)
        .await
        .optional()?))
}

pub async fn by_id(pool: &DbPool, id: i64) -> AppResult<Option<User>> {
    db_run!(pool, |conn| Ok(users::table.find(id).select(User::as_select()).get_result(conn).await.optional()?))
}

/// The interface language a person chose (a language code, or empty for "as my browser asks").
pub async fn set_language(pool: &DbPool, user_id: i64, language: &str) -> AppResult<()> {
    db_write!(pool, |conn| {
        diesel::update(users::table.find(user_id)).set(users::language.eq(language)).execute(conn).await?;
        Ok(())
    })
}

pub async fn set_role(pool: &DbPool, user_id: i64, role: &str) -> AppResult<()> {
    db_write!(pool, |conn| {
        diesel::update(users::table.find(user_id)).set(users::role.eq(role)).execute(conn).await?;
        Ok(())
    })
}
