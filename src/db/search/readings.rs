//! PostgreSQL's readings of the texts searched lately, kept by each process.

use crate::{
    db::{
        DbPool,
        dialect::{Bind, Reading, Readings, clauses_read, read_as_queries},
    },
    db_run,
    domain::search::{MAX_QUERY_CHARS, Terms},
    error::AppResult,
    load_sql,
};
use diesel_async::RunQueryDsl;
use std::{
    collections::HashMap,
    sync::{LazyLock, Mutex},
};

/// PostgreSQL's readings of the texts searched lately (`cairn_query` and the words as written,
/// [`read_as_queries`]).
/// Reading a text in every configured language is a query of its own, which the planner ran for
/// the condition and again for the rank of every search. A reading depends on the text alone (the
/// function is immutable), so each process keeps its own.
static READINGS: LazyLock<Mutex<HashMap<String, Reading>>> = LazyLock::new(Default::default);

/// How many readings a process keeps; past them it starts again.
const READINGS_KEPT: usize = 10_000;

/// The longest text kept, in bytes: a whole query's, quoted (`MAX_QUERY_CHARS` of up to four
/// bytes each). Mastodon's search may ask for longer ones, which are read but not kept.
const LONGEST_KEPT: usize = 4 * MAX_QUERY_CHARS + 2;

#[derive(diesel::QueryableByName)]
struct ReadingRow {
    #[diesel(sql_type = diesel::sql_types::Text)]
    text: String,
    #[diesel(sql_type = diesel::sql_types::Text)]
    reading: String,
    #[diesel(sql_type = diesel::sql_types::Text)]
    written: String,
}

/// How `cairn_query` reads the texts of `terms` ([`clauses_read`]), and their words as written:
/// from those kept, and the others asked of the database in one statement. Nothing on SQLite.
pub(super) async fn readings(pool: &DbPool, terms: &Terms) -> AppResult<Readings> {
    let mut known = HashMap::new();
    let mut unknown = Vec::new();
    {
        let kept = READINGS.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        for text in clauses_read(terms) {
            match kept.get(&text) {
                Some(reading) => {
                    known.insert(text, reading.clone());
                }
                None => unknown.push(text),
            }
        }
    }
    let Some(sql) = read_as_queries(pool.dialect(), unknown.len()).filter(|_| !unknown.is_empty()) else {
        return Ok(Readings(known));
    };
    let binds: Vec<Bind> = unknown.iter().flat_map(|text| std::iter::repeat_n(Bind::Text(text.clone()), 3)).collect();
    let rows: Vec<ReadingRow> = db_run!(pool, |conn| load_sql!(conn, &sql, &binds, ReadingRow));
    let mut kept = READINGS.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    if kept.len() + rows.len() > READINGS_KEPT {
        kept.clear();
    }
    for row in rows {
        let reading = Reading { any_language: row.reading, written: row.written };
        if row.text.len() <= LONGEST_KEPT {
            kept.insert(row.text.clone(), reading.clone());
        }
        known.insert(row.text, reading);
    }
    Ok(Readings(known))
}
