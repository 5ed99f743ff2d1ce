//! Database access: one pool type over SQLite or PostgreSQL, and macros that expand the same
//! diesel query body once per backend.
//!
//! A lookup by a unique key ends in `get_result`, not `first`: `first` binds its `LIMIT 1`, and
//! SQLite prepares a statement with a bound LIMIT again on every run (a tenth of the inbox's
//! time went to that parse). A lookup by a column that is not unique keeps `first`.

pub mod actors;
pub mod blocks;
pub mod catalogues;
pub mod counts;
pub mod deliveries;
pub mod dialect;
pub mod domains;
pub mod events;
pub mod follows;
pub mod groups;
pub mod jobs;
pub mod journeys;
pub mod media;
pub mod models;
pub mod moderation;
pub mod notifications;
pub mod oauth;
pub mod postings;
pub mod posts;
pub mod resources;
pub mod schema;
pub mod search;
pub mod settings;
pub mod subscriptions;
pub mod text_index;
pub mod tokens;
pub mod users;
pub mod words;

use anyhow::Context;
use diesel::SqliteConnection;
use diesel_async::{
    AsyncMigrationHarness, AsyncPgConnection,
    pooled_connection::{AsyncDieselConnectionManager, ManagerConfig, RecyclingMethod, deadpool::Pool},
    sync_connection_wrapper::SyncConnectionWrapper,
};
use diesel_migrations::{EmbeddedMigrations, MigrationHarness, embed_migrations};
use std::sync::Arc;

pub type SqliteConn = SyncConnectionWrapper<SqliteConnection, dialect::SqliteRuntime>;

diesel::define_sql_function! {
    /// Lower case, for searches that ignore case on both databases.
    fn lower(text: diesel::sql_types::Text) -> diesel::sql_types::Text;
}

#[derive(Clone)]
pub enum DbPool {
    Pg(Pool<AsyncPgConnection>, Arc<actors::Recent>, Arc<postings::Postings>),
    Sqlite(Pool<SqliteConn>, SqliteWriter, Arc<actors::Recent>, Arc<text_index::TextIndex>),
}

/// SQLite lets one writer in at a time. Left to SQLite, the others sleep in its busy handler
/// (1, 2, 5 … 100 ms a try) however soon the lock is free again, and under load those sleeps
/// were most of the inbox's p99. This process writes through one connection of its own instead:
/// writers queue for it in arrival order and each enters as soon as the one before leaves,
/// without waiting for the readers' pool. The busy handler is left for other processes (a CLI
/// command run beside the server).
#[derive(Clone)]
pub struct SqliteWriter {
    connection: Arc<tokio::sync::Mutex<SqliteConn>>,
    path: Arc<str>,
}

impl SqliteWriter {
    async fn open(path: &str) -> diesel::ConnectionResult<SqliteWriter> {
        let connection = dialect::establish_sqlite(path.to_string()).await?;
        Ok(SqliteWriter { connection: Arc::new(tokio::sync::Mutex::new(connection)), path: path.into() })
    }

    /// Waits for this process's writing turn and hands out the writer connection. One that a
    /// cancelled request left inside a transaction is replaced (closing it rolls that back).
    pub async fn enter(&self) -> crate::error::AppResult<tokio::sync::MutexGuard<'_, SqliteConn>> {
        use diesel_async::pooled_connection::PoolableConnection;
        let mut turn = self.connection.lock().await;
        if turn.is_broken() {
            *turn = dialect::establish_sqlite(self.path.to_string())
                .await
                .map_err(|e| crate::error::AppError::internal(anyhow::anyhow!("the SQLite writer connection: {e}")))?;
        }
        Ok(turn)
    }
}

/// A row of one `id` column, as raw SQL reads a list of ids.
#[derive(diesel::QueryableByName)]
pub struct IdRow {
    #[diesel(sql_type = diesel::sql_types::BigInt)]
    pub id: i64,
}

/// The key of a full page's last row, where the next page starts; a shorter page is the last.
pub fn next_key<T, K>(page: &[T], limit: i64, key: impl FnOnce(&T) -> K) -> Option<K> {
    page.last().filter(|_| page.len() as i64 == limit).map(key)
}

/// A row's place in a list ordered by a time and then by id: where the previous page ended.
/// Cursors write it as `<seconds>.<nanoseconds>.<id>`, exact to the nanosecond, so the row
/// at the boundary is neither shown twice nor skipped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TimeKey {
    pub at: chrono::NaiveDateTime,
    pub id: i64,
}

impl TimeKey {
    fn write_time(at: chrono::NaiveDateTime) -> String {
        let at = at.and_utc();
        format!("{}.{}", at.timestamp(), at.timestamp_subsec_nanos())
    }

    /// A time both databases hold and compare as written: years 1 to 9999 (PostgreSQL refuses
    /// some outside them, SQLite's text would sort them wrongly).
    fn read_time(seconds: &str, nanos: &str) -> Option<chrono::NaiveDateTime> {
        use chrono::Datelike;
        let at = chrono::DateTime::from_timestamp(seconds.parse().ok()?, nanos.parse().ok()?)?.naive_utc();
        (1..=9999).contains(&at.year()).then_some(at)
    }
}

impl std::fmt::Display for TimeKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}.{}", TimeKey::write_time(self.at), self.id)
    }
}

impl std::str::FromStr for TimeKey {
    type Err = ();
    fn from_str(cursor: &str) -> Result<TimeKey, ()> {
        match cursor.split('.').collect::<Vec<_>>()[..] {
            [seconds, nanos, id] => {
                Ok(TimeKey { at: TimeKey::read_time(seconds, nanos).ok_or(())?, id: id.parse().map_err(|_| ())? })
            }
            _ => Err(()),
        }
    }
}

/// Which page of a list shown newest first, by row id, as Mastodon pages: older than `max_id`,
/// or the page just newer than `min_id` (what a poller that has seen `min_id` asks for next).
#[derive(Debug, Clone, Copy, Default)]
pub struct Window {
    pub max_id: Option<i64>,
    pub min_id: Option<i64>,
}

impl Window {
    /// Rows read oldest first (as a `min_id` page must be) put back newest first.
    pub fn newest_first<T>(&self, mut rows: Vec<T>) -> Vec<T> {
        if self.min_id.is_some() {
            rows.reverse();
        }
        rows
    }
}

/// Filters and orders a boxed query by `$column` for a [`Window`].
#[macro_export]
macro_rules! windowed {
    ($query:expr, $column:expr, $window:expr) => {{
        let window: $crate::db::Window = $window;
        let query = $query.filter($column.lt(window.max_id.unwrap_or(i64::MAX)));
        match window.min_id {
            Some(min_id) => query.filter($column.gt(min_id)).order($column.asc()),
            None => query.order($column.desc()),
        }
    }};
}

pub const SQLITE_MIGRATIONS: EmbeddedMigrations = embed_migrations!("migrations/sqlite");
pub const POSTGRES_MIGRATIONS: EmbeddedMigrations = embed_migrations!("migrations/postgres");

/// Runs `body` with `$conn` bound to a pooled connection of whichever backend is configured.
/// For reads; a body that writes uses [`db_write!`].
#[macro_export]
macro_rules! db_run {
    ($pool:expr, |$conn:ident| $body:expr) => {
        match $pool {
            $crate::db::DbPool::Pg(pool, ..) => {
                let mut guard = pool.get().await?;
                let $conn = &mut *guard;
                $body
            }
            $crate::db::DbPool::Sqlite(pool, ..) => {
                let mut guard = pool.get().await?;
                let $conn = &mut *guard;
                $body
            }
        }
    };
}

/// Like `db_run!`, for a body that writes outside a transaction (one short statement, or a
/// few): on SQLite it waits for the writer connection ([`SqliteWriter`]) and runs its statements
/// on the calling thread ([`dialect::SqliteRuntime`]).
#[macro_export]
macro_rules! db_write {
    ($pool:expr, |$conn:ident| $body:expr) => {
        match $pool {
            pool @ $crate::db::DbPool::Pg(..) => $crate::db_run!(pool, |$conn| $body),
            $crate::db::DbPool::Sqlite(_, writer, ..) => {
                let mut turn = writer.enter().await?;
                let $conn = &mut *turn;
                let written: $crate::error::AppResult<_> = $crate::db::dialect::in_turn(async { $body }).await;
                written
            }
        }
    };
}

/// Like `db_run!`, inside a transaction. SQLite takes the write lock up front (`BEGIN IMMEDIATE`),
/// which avoids "database is locked" failures against other processes, on the writer
/// connection ([`SqliteWriter`]).
#[macro_export]
macro_rules! db_tx {
    ($pool:expr, |$conn:ident| $body:expr) => {
        match $pool {
            $crate::db::DbPool::Pg(pool, ..) => {
                use diesel_async::AsyncConnection as _;
                let mut guard = pool.get().await?;
                guard.transaction(async |$conn| -> Result<_, $crate::error::AppError> { $body }).await
            }
            $crate::db::DbPool::Sqlite(_, writer, ..) => {
                let mut turn = writer.enter().await?;
                let $conn = &mut *turn;
                $crate::db::dialect::begin_immediate($conn).await?;
                let result: Result<_, $crate::error::AppError> = async { $body }.await;
                $crate::db::dialect::end_transaction($conn, result.is_ok()).await?;
                result
            }
        }
    };
}

impl DbPool {
    /// Connects to `url`: `postgres://…` or a SQLite file path (its folder is created).
    /// Connections are handed out without a `SELECT 1` first: that check was half of the
    /// statements an inbox activity cost. A PostgreSQL connection that died since is found
    /// broken by its first query, which fails, and the pool drops it.
    pub async fn connect(url: &str, max_connections: usize) -> anyhow::Result<DbPool> {
        if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            let mut config = ManagerConfig::<AsyncPgConnection>::default();
            config.recycling_method = RecyclingMethod::Fast;
            let manager = AsyncDieselConnectionManager::<AsyncPgConnection>::new_with_config(url, config);
            let pool = Pool::builder(manager).max_size(max_connections).build()?;
            drop(pool.get().await.with_context(|| format!("cannot connect to PostgreSQL at {}", redact(url)))?);
            Ok(DbPool::Pg(pool, Arc::default(), Arc::default()))
        } else {
            let path = url.strip_prefix("sqlite://").unwrap_or(url).to_string();
            if let Some(parent) = std::path::Path::new(&path).parent().filter(|p| !p.as_os_str().is_empty()) {
                std::fs::create_dir_all(parent)
                    .with_context(|| format!("cannot create the database folder {}", parent.display()))?;
            }
            let mut config = ManagerConfig::<SqliteConn>::default();
            config.recycling_method = RecyclingMethod::Fast;
            config.custom_setup = Box::new(|url| Box::pin(dialect::establish_sqlite(url.to_string())));
            let manager = AsyncDieselConnectionManager::<SqliteConn>::new_with_config(path.clone(), config);
            let pool = Pool::builder(manager).max_size(max_connections).build()?;
            drop(pool.get().await.with_context(|| format!("cannot open SQLite database {path}"))?);
            let writer =
                SqliteWriter::open(&path).await.with_context(|| format!("cannot open SQLite database {path}"))?;
            let text_index = Arc::new(text_index::TextIndex::new(text_index::folder_for(&path)));
            Ok(DbPool::Sqlite(pool, writer, Arc::default(), text_index))
        }
    }

    /// Applies pending migrations; returns how many ran.
    pub async fn migrate(&self) -> anyhow::Result<usize> {
        let ran = match self {
            DbPool::Pg(pool, ..) => {
                let mut harness = AsyncMigrationHarness::new(pool.get().await?);
                harness.run_pending_migrations(POSTGRES_MIGRATIONS).map(|v| v.len())
            }
            DbPool::Sqlite(pool, ..) => {
                let mut harness = AsyncMigrationHarness::new(pool.get().await?);
                harness.run_pending_migrations(SQLITE_MIGRATIONS).map(|v| v.len())
            }
        };
        ran.map_err(|e| anyhow::anyhow!("migration failed: {e}"))
    }

    /// Refreshes the query planner's statistics, as after a bulk load (same SQL on both).
    pub async fn analyze(&self) -> crate::error::AppResult<()> {
        use diesel_async::RunQueryDsl;
        match self {
            DbPool::Pg(pool, ..) => diesel::sql_query("ANALYZE").execute(&mut *pool.get().await?).await?,
            // On the writer connection, but not on the calling thread: it reads every table.
            DbPool::Sqlite(_, writer, ..) => diesel::sql_query("ANALYZE").execute(&mut *writer.enter().await?).await?,
        };
        Ok(())
    }

    pub fn dialect(&self) -> dialect::Dialect {
        match self {
            DbPool::Pg(..) => dialect::Dialect::Postgres,
            DbPool::Sqlite(..) => dialect::Dialect::Sqlite,
        }
    }

    /// SQLite's search engine (PostgreSQL searches in the database).
    pub fn text_index(&self) -> Option<&text_index::TextIndex> {
        match self {
            DbPool::Pg(..) => None,
            DbPool::Sqlite(.., text_index) => Some(text_index),
        }
    }

    /// PostgreSQL's posting lists, as this process holds them (SQLite searches in its engine).
    pub fn postings(&self) -> Option<&postings::Postings> {
        match self {
            DbPool::Pg(.., postings) => Some(postings),
            DbPool::Sqlite(..) => None,
        }
    }

    /// Actors read or written lately through this pool ([`actors::Recent`]).
    pub fn recent_actors(&self) -> &actors::Recent {
        match self {
            DbPool::Pg(_, recent, _) | DbPool::Sqlite(_, _, recent, _) => recent,
        }
    }

    pub fn backend_name(&self) -> &'static str {
        match self {
            DbPool::Pg(..) => "postgresql",
            DbPool::Sqlite(..) => "sqlite",
        }
    }
}

/// Hides a password in a database URL before it is shown.
pub fn redact(url: &str) -> String {
    match url::Url::parse(url) {
        Ok(mut parsed) if parsed.password().is_some() => {
            let _ = parsed.set_password(Some("***"));
            parsed.to_string()
        }
        _ => url.to_string(),
    }
}

pub fn now() -> chrono::NaiveDateTime {
    chrono::Utc::now().naive_utc()
}
