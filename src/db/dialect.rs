//! The only place with backend-specific SQL.

use diesel::{
    Connection, ConnectionError, ConnectionResult, QueryResult, SqliteConnection,
    connection::{AnsiTransactionManager, SimpleConnection},
};
use diesel_async::{
    AsyncConnection, AsyncPgConnection, RunQueryDsl, TransactionManager,
    sync_connection_wrapper::{SpawnBlocking, SyncConnectionWrapper, SyncTransactionManagerWrapper},
};
use futures::future::BoxFuture;

use super::SqliteConn;
use crate::domain::search::{Clause, Terms};

tokio::task_local! {
    /// Set while a writer of this process has the writer connection ([`super::SqliteWriter`]).
    static WRITER_TURN: ();
}

/// Runs `work` as the writer whose turn it is: its statements run on the calling thread.
pub async fn in_turn<F: Future>(work: F) -> F::Output {
    WRITER_TURN.scope((), work).await
}

/// Where a SQLite connection runs its statements. A read goes to tokio's blocking threads, as
/// it may scan for a while. A write outside a transaction ([`in_turn`]) runs right here: the
/// write lock is free (other writers of this process wait for the writer connection), the
/// statement is short, and the two thread switches of a blocking task cost more than the
/// statement (they were the largest item of the inbox's profile). Only another process holding
/// the lock (a CLI command) can make it wait, in SQLite's busy handler.
pub struct SqliteRuntime(tokio::runtime::Handle);

impl SpawnBlocking for SqliteRuntime {
    fn spawn_blocking<'a, R>(
        &mut self,
        task: impl FnOnce() -> R + Send + 'static,
    ) -> BoxFuture<'a, Result<R, Box<dyn std::error::Error + Send + Sync + 'static>>>
    where
        R: Send + 'static,
    {
        if WRITER_TURN.try_with(|_| ()).is_ok() {
            return Box::pin(std::future::ready(Ok(task())));
        }
        let running = Finishing { task: self.0.spawn_blocking(task), runtime: self.0.clone() };
        Box::pin(async move { running.await.map_err(Into::into) })
    }

    fn get_runtime() -> Self {
        SqliteRuntime(tokio::runtime::Handle::current())
    }
}

/// A statement running on a blocking thread that, when its caller gives up (a cancelled
/// request), is waited for before the connection can be used again: the connection must not
/// be handed to the next user while the statement still holds it.
struct Finishing<R> {
    task: tokio::task::JoinHandle<R>,
    runtime: tokio::runtime::Handle,
}

impl<R> Future for Finishing<R> {
    type Output = Result<R, tokio::task::JoinError>;

    fn poll(mut self: std::pin::Pin<&mut Self>, cx: &mut std::task::Context<'_>) -> std::task::Poll<Self::Output> {
        std::pin::Pin::new(&mut self.task).poll(cx)
    }
}

impl<R> Drop for Finishing<R> {
    fn drop(&mut self) {
        if !self.task.is_finished() {
            let (task, runtime) = (&mut self.task, &self.runtime);
            tokio::task::block_in_place(|| {
                let _ = runtime.block_on(task);
            });
        }
    }
}

/// Begins a transaction that takes SQLite's write lock at once (`BEGIN IMMEDIATE`), so that it
/// never has to give up half-way for a writer that came between its read and its write.
pub async fn begin_immediate(conn: &mut SqliteConn) -> QueryResult<()> {
    conn.spawn_blocking(|inner| AnsiTransactionManager::begin_transaction_sql(inner, "BEGIN IMMEDIATE")).await
}

/// Commits the transaction [`begin_immediate`] began, or rolls it back. A connection left
/// before this (a cancelled request) still shows its open transaction, and
/// [`super::SqliteWriter::enter`] replaces it.
pub async fn end_transaction(conn: &mut SqliteConn, commit: bool) -> QueryResult<()> {
    type Manager = SyncTransactionManagerWrapper<AnsiTransactionManager>;
    match commit {
        true => Manager::commit_transaction(conn).await,
        false => Manager::rollback_transaction(conn).await,
    }
}

/// Opens a SQLite connection with write-ahead logging, a busy timeout and foreign keys on. The
/// database is read through a memory map: every connection of the pool shares the operating
/// system's cached pages instead of copying them into its own 2 MB cache with a system call per
/// page (a faceted search over 100,000 resources: 18 ms → 7 ms in `sqlite3`; BENCHMARKS.md). The
/// map (SQLite's largest, 2 GB) reserves address space, not memory.
pub async fn establish_sqlite(path: String) -> ConnectionResult<SqliteConn> {
    tokio::task::spawn_blocking(move || {
        let mut conn = SqliteConnection::establish(&path)?;
        conn.batch_execute(
            "PRAGMA journal_mode = WAL; PRAGMA busy_timeout = 10000; \
             PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL; PRAGMA mmap_size = 2147418112;",
        )
        .map_err(|e| ConnectionError::BadConnection(e.to_string()))?;
        Ok(SyncConnectionWrapper::with_runtime(conn, SqliteRuntime::get_runtime()))
    })
    .await
    .map_err(|e| ConnectionError::BadConnection(e.to_string()))?
}

/// Lists `(table, column)` pairs of the user tables and views, for the migration drift test.
pub async fn sqlite_columns(path: &str) -> anyhow::Result<Vec<(String, String)>> {
    #[derive(diesel::QueryableByName)]
    struct Column {
        #[diesel(sql_type = diesel::sql_types::Text)]
        t: String,
        #[diesel(sql_type = diesel::sql_types::Text)]
        c: String,
    }
    let mut conn = establish_sqlite(path.to_string()).await?;
    let rows: Vec<Column> = diesel::sql_query(
        "SELECT m.name AS t, p.name AS c FROM sqlite_master m, pragma_table_info(m.name) p \
         WHERE m.type IN ('table', 'view') AND m.name NOT LIKE 'sqlite_%' ORDER BY 1, 2",
    )
    .load(&mut conn)
    .await?;
    Ok(rows.into_iter().map(|r| (r.t, r.c)).collect())
}

pub async fn postgres_columns(url: &str) -> anyhow::Result<Vec<(String, String)>> {
    #[derive(diesel::QueryableByName)]
    struct Column {
        #[diesel(sql_type = diesel::sql_types::Text)]
        t: String,
        #[diesel(sql_type = diesel::sql_types::Text)]
        c: String,
    }
    let mut conn = AsyncPgConnection::establish(url).await?;
    let rows: Vec<Column> = diesel::sql_query(
        "SELECT table_name::text AS t, column_name::text AS c FROM information_schema.columns \
         WHERE table_schema = 'public' ORDER BY 1, 2",
    )
    .load(&mut conn)
    .await?;
    Ok(rows.into_iter().map(|r| (r.t, r.c)).collect())
}

/// Creates a fresh PostgreSQL database next to the one `admin_url` points at and returns its URL.
/// Used by tests, which each need a database of their own.
pub async fn create_postgres_database(admin_url: &str, name: &str) -> anyhow::Result<String> {
    anyhow::ensure!(name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_'), "bad database name");
    let mut conn = AsyncPgConnection::establish(admin_url).await?;
    diesel::sql_query(format!("DROP DATABASE IF EXISTS {name}")).execute(&mut conn).await?;
    diesel::sql_query(format!("CREATE DATABASE {name}")).execute(&mut conn).await?;
    let mut url = url::Url::parse(admin_url)?;
    url.set_path(&format!("/{name}"));
    Ok(url.to_string())
}

pub async fn drop_postgres_database(admin_url: &str, name: &str) -> anyhow::Result<()> {
    anyhow::ensure!(name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_'), "bad database name");
    let mut conn = AsyncPgConnection::establish(admin_url).await?;
    diesel::sql_query(format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)")).execute(&mut conn).await?;
    Ok(())
}

/// Which SQL dialect a pool speaks, for the few statements written by hand.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dialect {
    Postgres,
    Sqlite,
}

/// A value bound to a hand-written statement.
#[derive(Debug, Clone, PartialEq)]
pub enum Bind {
    Text(String),
    Int(i64),
    Timestamp(chrono::NaiveDateTime),
}

/// Ends a `SELECT … FROM table alias` that picks rows to take: on PostgreSQL rows another process
/// is taking right now are skipped rather than waited for. SQLite has one writer at a time, so
/// its statement needs nothing.
pub fn skip_locked(dialect: Dialect, alias: &str) -> String {
    match dialect {
        Dialect::Postgres => format!(" FOR UPDATE OF {alias} SKIP LOCKED"),
        Dialect::Sqlite => String::new(),
    }
}

/// PostgreSQL's statement taking `$1` resource ids from its sequence ahead of their insert, as
/// rows of `id`. (SQLite's ids come from the insert.)
pub const RESERVE_RESOURCE_IDS: &str =
    "SELECT nextval(pg_get_serial_sequence('resources', 'id')) AS id FROM generate_series(1, $1)";

/// SQL written with `?` placeholders, in the dialect's own placeholder style.
pub fn placeholders(dialect: Dialect, sql: &str) -> String {
    match dialect {
        Dialect::Sqlite => sql.to_string(),
        Dialect::Postgres => {
            let mut out = String::with_capacity(sql.len() + 16);
            let mut n = 0;
            for c in sql.chars() {
                if c == '?' {
                    n += 1;
                    out.push_str(&format!("${n}"));
                } else {
                    out.push(c);
                }
            }
            out
        }
    }
}

/// What a resource search asks of PostgreSQL's full-text index: a condition that selects
/// matches and, when words are asked for, a relevance, each with its binds. `rank` is an
/// expression, lower for a better match; empty without words. (SQLite searches words in its
/// engine, `db::text_index`.)
#[derive(Debug, Default)]
pub struct TextMatch {
    pub condition: String,
    pub condition_binds: Vec<Bind>,
    pub rank: String,
    pub rank_binds: Vec<Bind>,
}

/// A query's clauses as PostgreSQL's tsquery, every word quoted, so operators and punctuation in
/// what people type never reach it as syntax, with the facets chosen as the search vector's
/// tokens for them (`facet_tokens`): the index then gives only the rows that have both, and the
/// facets' own conditions still decide. `None` when nothing is asked.
///
/// `readings` holds what PostgreSQL reads each clause as ([`clauses_read`], `db::search`): given
/// as values, the planner does not compute them again for the condition and for the rank.
pub fn text_match(terms: &Terms, facets: &[FacetTokens], readings: &Readings) -> Option<TextMatch> {
    let facets = facet_tokens(facets);
    if terms.is_empty() && facets.is_none() {
        return None;
    }
    let mut conditions = Vec::new();
    let mut condition_binds = Vec::new();
    if let Some(facets) = facets {
        conditions.push("r.search @@ CAST(? AS tsquery)".to_string());
        condition_binds.push(Bind::Text(facets));
    }
    if terms.is_empty() {
        return Some(TextMatch { condition: conditions.join(" AND "), condition_binds, ..Default::default() });
    }
    let (wanted, wanted_binds) = tsquery_of(terms, |text| readings.of(text));
    conditions.push(format!("r.search @@ ({wanted})"));
    condition_binds.extend(wanted_binds.iter().cloned());
    // What is left out is a query of its own: inside one, a language that reads a word
    // otherwise would let it through.
    if let Some(unwanted) = left_out(terms) {
        let (reading, bind) = readings.of(unwanted);
        conditions.push(format!("NOT r.search @@ {reading}"));
        condition_binds.push(bind);
    }
    // Ranked by the words as written: a stem only lets a resource in. Ranking by every reading
    // took 0.8 ms more of a 6-7 ms statement at 100,000 resources (BENCHMARKS.md).
    let (written, written_binds) = tsquery_of(terms, |text| readings.written(text));
    Some(TextMatch {
        condition: conditions.join(" AND "),
        condition_binds,
        rank: format!("-ts_rank(r.search, {written})"),
        rank_binds: written_binds,
    })
}

/// The directory asked for the beginnings of `words` (`domain::search::directory_words`), all of
/// them: conditions on `actors`, and the words as they bind.
pub struct DirectoryMatch {
    /// Through the index: on SQLite FTS5's table, whose tokenizer reads the quoted words as it
    /// read the names; on PostgreSQL the index over `actors.directory_words`, the query folded by
    /// the same `cairn_fold` (migrations 000032 and 000040). Every match is read: for the people
    /// older than the newest checked. Around one bind, the words.
    pub indexed: (&'static str, &'static str),
    /// Among the newest people, from a row id on. Around two binds, the words and that row id.
    /// PostgreSQL reads the words in each row, in a form the planner cannot give to the index (it
    /// took a beginning for a rare one). SQLite gives the row id to FTS5, which then returns only
    /// the matches from it on: a common beginning matched 38,750 of 100,000 people, all of them
    /// read in 9 ms, those from the thousandth newest person on in 2 ms.
    pub newest: (&'static str, &'static str, &'static str),
    pub bind: String,
}

pub fn directory_match(dialect: Dialect, words: &[String]) -> DirectoryMatch {
    match dialect {
        Dialect::Sqlite => {
            let query: Vec<String> = words.iter().map(|w| format!("\"{w}\"*")).collect();
            DirectoryMatch {
                indexed: ("actors.id IN (SELECT rowid FROM actors_fts WHERE actors_fts MATCH ", ")"),
                newest: ("actors.id IN (SELECT rowid FROM actors_fts WHERE actors_fts MATCH ", " AND rowid >= ", ")"),
                bind: query.join(" AND "),
            }
        }
        Dialect::Postgres => {
            let query: Vec<String> = words.iter().map(|w| format!("'{w}':*")).collect();
            DirectoryMatch {
                // The matches' ids first: with the words beside the other conditions, the planner
                // took a rare beginning for a common one and walked every older person (41 ms at
                // 100,000 for one match).
                indexed: (
                    "actors.id = ANY(ARRAY(SELECT m.id FROM actors m \
                     WHERE m.directory_words @@ CAST(cairn_fold(",
                    ") AS tsquery)))",
                ),
                newest: (
                    "COALESCE(actors.directory_words @@ CAST(cairn_fold(",
                    ") AS tsquery), false) AND actors.id >= ",
                    "",
                ),
                bind: query.join(" & "),
            }
        }
    }
}

/// '~' would reach PostgreSQL's query as part of a word, and read as a facet's token.
fn plain(word: &str) -> String {
    word.replace(['"', '~'], "")
}

/// A clause as a phrase in quotes (`"district heating"`), as `websearch_to_tsquery` reads one.
pub(crate) fn quoted(clause: &Clause) -> String {
    let words: Vec<String> = clause.words.iter().map(|w| plain(w)).collect();
    format!("\"{}\"", words.join(" "))
}

/// PostgreSQL's query for the wanted clauses, as an expression of tsquery operators over what
/// `read` makes of each (a statement part and its bind: [`Readings::of`] or [`Readings::written`]),
/// with its binds. A clause with a beginning also matches the words as written that start with
/// it (`'retro':*ABC` in the `simple` configuration).
fn tsquery_of(terms: &Terms, read: impl Fn(String) -> (&'static str, Bind)) -> (String, Vec<Bind>) {
    let mut binds = Vec::new();
    let mut clause = |c: &Clause| {
        let (reading, bind) = read(quoted(c));
        binds.push(bind);
        if !c.prefix {
            return reading.to_string();
        }
        // Words as written only (weights A, B, C): a beginning of what was written, not of a stem.
        let lexemes: Vec<String> = c.words.iter().map(|w| format!("'{}'", plain(w).replace('\'', "''"))).collect();
        binds.push(Bind::Text(format!("{}:*ABC", lexemes.join(":ABC <-> "))));
        format!("({reading} || to_tsquery('simple', ?))")
    };
    let groups: Vec<String> = terms
        .all_of
        .iter()
        .map(|group| format!("({})", group.iter().map(&mut clause).collect::<Vec<_>>().join(" || ")))
        .collect();
    (groups.join(" && "), binds)
}

/// What is left out of a search, as one query for `cairn_query`.
pub(crate) fn left_out(terms: &Terms) -> Option<String> {
    let left_out: Vec<String> = terms.none_of.iter().map(quoted).collect();
    (!left_out.is_empty()).then(|| left_out.join(" or "))
}

/// The texts of a search that [`text_match`] asks `cairn_query` to read: each wanted clause,
/// and what is left out; none when nothing is wanted, as `text_match` then reads no words.
pub fn clauses_read(terms: &Terms) -> Vec<String> {
    if terms.is_empty() {
        return Vec::new();
    }
    terms.wanted().map(quoted).chain(left_out(terms)).collect()
}

/// The statement that reads `count` texts as `cairn_query` does and as written (binds: each text
/// three times), giving rows of `text`, `reading` and `written` (tsqueries' texts). `None` on
/// SQLite, which searches words in its engine (`db::text_index`).
pub fn read_as_queries(dialect: Dialect, count: usize) -> Option<String> {
    let each = "SELECT CAST(? AS TEXT) AS text, CAST(cairn_query(?) AS TEXT) AS reading, \
                CAST(websearch_to_tsquery('simple', ?) AS TEXT) AS written";
    (dialect == Dialect::Postgres).then(|| placeholders(dialect, &vec![each; count].join(" UNION ALL ")))
}

/// What `cairn_query` made of a text, and its words as written (the `simple` reading, which
/// `cairn_query` holds among its readings).
#[derive(Debug, Clone, Default)]
pub struct Reading {
    /// The words as written, or stemmed by any configured language (`cairn_query`).
    pub any_language: String,
    pub written: String,
}

/// The texts read ([`read_as_queries`]), by text.
#[derive(Debug, Default)]
pub struct Readings(pub std::collections::HashMap<String, Reading>);

impl Readings {
    /// The query `text` is read as, as a statement part and its bind: its reading, or, for a
    /// text not read before, `cairn_query` in the statement.
    fn of(&self, text: String) -> (&'static str, Bind) {
        match self.0.get(&text) {
            Some(reading) => ("CAST(? AS tsquery)", Bind::Text(reading.any_language.clone())),
            None => ("cairn_query(?)", Bind::Text(text)),
        }
    }

    /// `text`'s words as written, as [`Readings::of`] gives its reading.
    fn written(&self, text: String) -> (&'static str, Bind) {
        match self.0.get(&text) {
            Some(reading) => ("CAST(? AS tsquery)", Bind::Text(reading.written.clone())),
            None => ("websearch_to_tsquery('simple', ?)", Bind::Text(text)),
        }
    }
}

/// A facet chosen in a search, as the tokens PostgreSQL's search vector holds for it (migration
/// 000028): the prefix of its kind of facet and the values, any of which matches.
pub struct FacetTokens {
    pub prefix: char,
    pub values: Vec<String>,
}

impl FacetTokens {
    /// A facet's set bits (`~s3`).
    pub fn bits(prefix: char, mask: i64) -> FacetTokens {
        FacetTokens {
            prefix,
            values: (0..63).filter(|bit| mask & (1 << bit) != 0).map(|bit| bit.to_string()).collect(),
        }
    }
}

/// The facets chosen as a query of the search vector's `~` tokens for them (migration 000028):
/// each facet's values are alternatives. `None` when no facet is chosen or a value could not be
/// a token (its facet's own condition is then left to select).
fn facet_tokens(facets: &[FacetTokens]) -> Option<String> {
    let token_like = |v: &String| !v.is_empty() && v.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-');
    if facets.is_empty() || facets.iter().any(|f| f.values.is_empty() || !f.values.iter().all(token_like)) {
        return None;
    }
    let query: Vec<String> = facets
        .iter()
        .map(|facet| {
            let any: Vec<String> =
                facet.values.iter().map(|v| format!("'~{}{}'", facet.prefix, v.to_lowercase())).collect();
            format!("({})", any.join(" | "))
        })
        .collect();
    Some(query.join(" & "))
}

/// Runs a hand-written statement with its binds on either backend.
#[macro_export]
macro_rules! load_sql {
    ($conn:ident, $sql:expr, $binds:expr, $row:ty) => {{
        let mut query = diesel::sql_query($sql).into_boxed();
        for bind in $binds {
            query = match bind {
                $crate::db::dialect::Bind::Text(text) => query.bind::<diesel::sql_types::Text, _>(text.clone()),
                $crate::db::dialect::Bind::Int(int) => query.bind::<diesel::sql_types::BigInt, _>(*int),
                $crate::db::dialect::Bind::Timestamp(at) => query.bind::<diesel::sql_types::Timestamp, _>(*at),
            };
        }
        query.load::<$row>($conn).await?
    }};
}

/// A statement kept prepared by its SQL text. Diesel prepares again, on every run, any insert
/// with an optional column (its SQL depends on which are set) and any insert with an `ON
/// CONFLICT` clause: PostgreSQL parses and plans it each time, SQLite compiles it. Keyed by the
/// text (and the binds' types), a cached statement is always the right one; wrap only
/// statements whose few shapes are run again and again. On the inbox's three inserts it took
/// PostgreSQL from 1,446 to 2,355–2,667 activities/s and SQLite from 2,784 to 3,143–3,432/s
/// (BENCHMARKS.md).
#[derive(Debug, Clone, Copy)]
pub struct Prepared<Q>(pub Q);

impl<Q> diesel::query_builder::QueryId for Prepared<Q> {
    type QueryId = ();
    const HAS_STATIC_QUERY_ID: bool = false;
}

impl<Q: diesel::query_builder::Query> diesel::query_builder::Query for Prepared<Q> {
    type SqlType = Q::SqlType;
}

impl<Q, DB> diesel::query_builder::QueryFragment<DB> for Prepared<Q>
where
    Q: diesel::query_builder::QueryFragment<DB>,
    DB: diesel::backend::Backend,
{
    fn walk_ast<'b>(&'b self, pass: diesel::query_builder::AstPass<'_, 'b, DB>) -> QueryResult<()> {
        self.0.walk_ast(pass)
    }

    fn is_safe_to_cache_prepared(&self, _backend: &DB) -> QueryResult<bool> {
        Ok(true)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn facets_become_a_query_of_the_index_tokens_with_the_words_in_their_own_columns() {
        let facets = [
            FacetTokens::bits('s', 0b1010),
            FacetTokens { prefix: 'k', values: vec!["case_study".into(), "video".into()] },
        ];
        let none = Readings::default();
        let pg = text_match(&Terms::default(), &facets, &none).unwrap();
        assert_eq!(pg.condition, "r.search @@ CAST(? AS tsquery)");
        assert_eq!(pg.condition_binds, [Bind::Text("('~s1' | '~s3') & ('~kcase_study' | '~kvideo')".into())]);
        assert!(pg.rank.is_empty());
        // With words, the facets come first, then the words, then what is left out: in the
        // order of the placeholders, each clause as `cairn_query` read it.
        let terms = crate::domain::search::terms("heat -gas");
        assert_eq!(clauses_read(&terms), ["\"heat\"", "\"gas\""]);
        let read = |text: &str| format!("read {text}");
        let written = |text: &str| format!("written {text}");
        let read_all = |terms: &Terms| {
            let reading = |t: &str| Reading { any_language: read(t), written: written(t) };
            Readings(clauses_read(terms).into_iter().map(|t| (t.clone(), reading(&t))).collect())
        };
        let readings = read_all(&terms);
        let pg = text_match(&terms, &facets, &readings).unwrap();
        assert_eq!(
            pg.condition,
            "r.search @@ CAST(? AS tsquery) AND r.search @@ ((CAST(? AS tsquery))) AND NOT r.search @@ CAST(? AS tsquery)"
        );
        let texts: Vec<&Bind> = pg.condition_binds.iter().collect();
        assert_eq!(texts.len(), 3);
        assert_eq!(*texts[1], Bind::Text(read("\"heat\"")));
        assert_eq!(*texts[2], Bind::Text(read("\"gas\"")));
        assert_eq!(pg.rank, "-ts_rank(r.search, (CAST(? AS tsquery)))");
        // Ranked by the words as written.
        assert_eq!(pg.rank_binds, [Bind::Text(written("\"heat\""))]);
        assert!(text_match(&Terms::default(), &[], &none).is_none());
        // A text not read before is read in the statement; words only left out read nothing.
        let pg = text_match(&terms, &[], &none).unwrap();
        assert_eq!(pg.condition, "r.search @@ ((cairn_query(?))) AND NOT r.search @@ cairn_query(?)");
        assert_eq!(pg.condition_binds, [Bind::Text("\"heat\"".into()), Bind::Text("\"gas\"".into())]);
        assert_eq!(pg.rank, "-ts_rank(r.search, (websearch_to_tsquery('simple', ?)))");
        assert!(clauses_read(&crate::domain::search::terms("-gas")).is_empty());
        // A beginning is its reading and the words as written that start with it.
        let terms = crate::domain::search::terms("retro*");
        let readings = read_all(&terms);
        let pg = text_match(&terms, &[], &readings).unwrap();
        assert_eq!(pg.condition, "r.search @@ (((CAST(? AS tsquery) || to_tsquery('simple', ?))))");
        assert_eq!(pg.condition_binds, [Bind::Text(read("\"retro\"")), Bind::Text("'retro':*ABC".into())]);
        assert_eq!(pg.rank, "-ts_rank(r.search, ((CAST(? AS tsquery) || to_tsquery('simple', ?))))");
        assert_eq!(pg.rank_binds, [Bind::Text(written("\"retro\"")), Bind::Text("'retro':*ABC".into())]);
        // A value that could not be a token is left to the facet's own condition.
        let odd = [FacetTokens { prefix: 'c', values: vec!["f' | 'x".into()] }];
        assert!(text_match(&Terms::default(), &odd, &none).is_none());
    }
}
