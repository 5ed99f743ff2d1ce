//! Settings an admin changes while the node runs, by name; absent until first set.

use super::{DbPool, schema::node_settings};
use crate::{db_run, db_write, error::AppResult};
use diesel::{ExpressionMethods, OptionalExtension, QueryDsl, upsert::excluded};
use diesel_async::RunQueryDsl;

pub const CONTACT: &str = "contact";
/// The interface's language for visitors whose browser names none of the shipped ones.
pub const LANGUAGE: &str = "language";
/// The node's rules, a JSON list of texts.
pub const RULES: &str = "rules";

pub async fn get(pool: &DbPool, key: &str) -> AppResult<Option<String>> {
    db_run!(pool, |conn| Ok(node_settings::table
        .find(key)
        .select(node_settings::value)
        .first(conn)
        .await
        .optional()?))
}

pub async fn set(pool: &DbPool, key: &str, value: &str) -> AppResult<()> {
    db_write!(pool, |conn| {
        diesel::insert_into(node_settings::table)
            .values((node_settings::key.eq(key), node_settings::value.eq(value)))
            .on_conflict(node_settings::key)
            .do_update()
            .set(node_settings::value.eq(excluded(node_settings::value)))
            .execute(conn)
            .await?;
        Ok(())
    })
}
