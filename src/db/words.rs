//! The words "did you mean" may offer (migration 000030): those of resources' titles and
//! summaries, folded. A word stays when its resources go; an offer is checked by searching
//! with it before it is made.

use super::{DbPool, SqliteConn, models::NewResource, schema::search_words};
use crate::{db_run, db_write, domain::search::vocabulary, error::AppResult};
use diesel::{ExpressionMethods, QueryDsl, QueryResult};
use diesel_async::{AsyncPgConnection, RunQueryDsl};
use std::collections::BTreeSet;

/// The most words with one first letter that a search for a near word reads.
const MAX_NEAR: i64 = 50_000;

/// The words of resources' titles and summaries, sorted: PostgreSQL transactions that add
/// the same new words then lock them in one order, and cannot deadlock.
pub fn of_resources<'a>(resources: impl IntoIterator<Item = &'a NewResource>) -> BTreeSet<String> {
    resources.into_iter().flat_map(|r| of_texts(&r.title, &r.summary)).collect()
}

fn of_texts<'a>(title: &'a str, summary: &'a str) -> impl Iterator<Item = String> + 'a {
    vocabulary(title).chain(vocabulary(summary))
}

/// Adds words to the list, inside a `db_tx!` body; the ones it has already are left as they are.
pub trait AddWords {
    fn add_words(&mut self, words: &BTreeSet<String>) -> impl Future<Output = QueryResult<()>> + Send;
}

impl AddWords for AsyncPgConnection {
    async fn add_words(&mut self, words: &BTreeSet<String>) -> QueryResult<()> {
        if words.is_empty() {
            return Ok(());
        }
        let rows: Vec<_> = words.iter().map(|w| search_words::word.eq(w)).collect();
        diesel::insert_into(search_words::table).values(&rows).on_conflict_do_nothing().execute(self).await?;
        Ok(())
    }
}

impl AddWords for SqliteConn {
    /// One statement a word: SQLite runs them in process, and cannot batch an insert that ignores
    /// conflicts.
    async fn add_words(&mut self, words: &BTreeSet<String>) -> QueryResult<()> {
        for word in words {
            diesel::insert_into(search_words::table)
                .values(search_words::word.eq(word))
                .on_conflict_do_nothing()
                .execute(self)
                .await?;
        }
        Ok(())
    }
}

/// Which of `words` the list has.
pub async fn known(pool: &DbPool, words: &[String]) -> AppResult<Vec<String>> {
    db_run!(pool, |conn| Ok(search_words::table
        .filter(search_words::word.eq_any(words))
        .select(search_words::word)
        .load(conn)
        .await?))
}

/// The words that begin with `word`'s first letter (a typo rarely changes it) and are at most
/// two letters longer or shorter.
pub async fn near(pool: &DbPool, word: &str) -> AppResult<Vec<String>> {
    let Some(first) = word.chars().next() else { return Ok(Vec::new()) };
    let after = char::from_u32(first as u32 + 1).unwrap_or(char::MAX).to_string();
    let letters = word.chars().count();
    let length = diesel::dsl::sql::<diesel::sql_types::Bool>(&format!(
        "length(word) BETWEEN {} AND {}",
        letters.saturating_sub(2),
        letters + 2
    ));
    db_run!(pool, |conn| Ok(search_words::table
        .filter(search_words::word.ge(first.to_string()))
        .filter(search_words::word.lt(&after))
        .filter(length.clone())
        .order(search_words::word)
        .select(search_words::word)
        .limit(MAX_NEAR)
        .load(conn)
        .await?))
}

/// Whether the list is empty: so it is for a node that held resources before it existed.
pub async fn is_empty(pool: &DbPool) -> AppResult<bool> {
    use diesel::OptionalExtension;
    let any: Option<String> =
        db_run!(pool, |conn| search_words::table.select(search_words::word).first(conn).await.optional()?);
    Ok(any.is_none())
}

/// Adds the words of the resources with ids above `after`, up to `limit` of them; returns the
/// last id read, or `None` when there were none.
pub async fn add_from_resources(pool: &DbPool, after: i64, limit: i64) -> AppResult<Option<i64>> {
    use super::schema::resources;
    let rows: Vec<(i64, String, String)> = db_run!(pool, |conn| resources::table
        .filter(resources::id.gt(after))
        .order(resources::id)
        .select((resources::id, resources::title, resources::summary))
        .limit(limit)
        .load(conn)
        .await?);
    let Some(last) = rows.last().map(|r| r.0) else { return Ok(None) };
    let words: BTreeSet<String> = rows.iter().flat_map(|(_, title, summary)| of_texts(title, summary)).collect();
    db_write!(pool, |conn| Ok(conn.add_words(&words).await?))?;
    Ok(Some(last))
}
