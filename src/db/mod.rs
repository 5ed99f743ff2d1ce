//! Database access: one pool type over SQLite or PostgreSQL, and macros that expand the same
//! diesel query body once per backend.

pub mod actors;
pub mod dashboard;
pub mod deliveries;
pub mod dialect;
pub mod domains;
pub mod events;
pub mod follows;
pub mod groups;
pub mod jobs;
pub mod journeys;
pub mod models;
pub mod notifications;
pub mod oauth;
pub mod posts;
pub mod resources;
pub mod schema;
pub mod search;
pub mod subscriptions;
pub mod tokens;
pub mod users;

use anyhow::Context;
use diesel::SqliteConnection;
use diesel_async::{
    AsyncMigrationHarness, AsyncPgConnection,
    pooled_connection::{AsyncDieselConnectionManager, ManagerConfig, RecyclingMethod, deadpool::Pool},
    sync_connection_wrapper::SyncConnectionWrapper,
};
use diesel_migrations::{EmbeddedMigrations, MigrationHarness, embed_migrations};

pub type SqliteConn = SyncConnectionWrapper<SqliteConnection>;

diesel::define_sql_function! {
    /// Lower case, for searches that ignore case on both databases.
    fn lower(text: diesel::sql_types::Text) -> diesel::sql_types::Text;
}

#[derive(Clone)]
pub enum DbPool {
    Pg(Pool<AsyncPgConnection>),
    Sqlite(Pool<SqliteConn>),
}

pub const SQLITE_MIGRATIONS: EmbeddedMigrations = embed_migrations!("migrations/sqlite");
pub const POSTGRES_MIGRATIONS: EmbeddedMigrations = embed_migrations!("migrations/postgres");

/// Runs `body` with `$conn` bound to a pooled connection of whichever backend is configured.
#[macro_export]
macro_rules! db_run {
    ($pool:expr, |$conn:ident| $body:expr) => {
        match $pool {
            $crate::db::DbPool::Pg(pool) => {
                let mut guard = pool.get().await?;
                let $conn = &mut *guard;
                $body
            }
            $crate::db::DbPool::Sqlite(pool) => {
                let mut guard = pool.get().await?;
                let $conn = &mut *guard;
                $body
            }
        }
    };
}

/// Like `db_run!`, inside a transaction. SQLite takes the write lock up front (`BEGIN IMMEDIATE`),
/// which avoids "database is locked" failures between concurrent writers.
#[macro_export]
macro_rules! db_tx {
    ($pool:expr, |$conn:ident| $body:expr) => {
        match $pool {
            $crate::db::DbPool::Pg(pool) => {
                use diesel_async::AsyncConnection as _;
                let mut guard = pool.get().await?;
                guard.transaction(async |$conn| -> Result<_, $crate::error::AppError> { $body }).await
            }
            $crate::db::DbPool::Sqlite(pool) => {
                let mut guard = pool.get().await?;
                guard.immediate_transaction(async |$conn| -> Result<_, $crate::error::AppError> { $body }).await
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
            Ok(DbPool::Pg(pool))
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
            Ok(DbPool::Sqlite(pool))
        }
    }

    /// Applies pending migrations; returns how many ran.
    pub async fn migrate(&self) -> anyhow::Result<usize> {
        let ran = match self {
            DbPool::Pg(pool) => {
                let mut harness = AsyncMigrationHarness::new(pool.get().await?);
                harness.run_pending_migrations(POSTGRES_MIGRATIONS).map(|v| v.len())
            }
            DbPool::Sqlite(pool) => {
                let mut harness = AsyncMigrationHarness::new(pool.get().await?);
                harness.run_pending_migrations(SQLITE_MIGRATIONS).map(|v| v.len())
            }
        };
        ran.map_err(|e| anyhow::anyhow!("migration failed: {e}"))
    }

    /// Refreshes the query planner's statistics, as after a bulk load (same SQL on both).
    pub async fn analyze(&self) -> crate::error::AppResult<()> {
        use diesel_async::RunQueryDsl;
        crate::db_run!(self, |conn| {
            diesel::sql_query("ANALYZE").execute(conn).await?;
            Ok(())
        })
    }

    pub fn dialect(&self) -> dialect::Dialect {
        match self {
            DbPool::Pg(_) => dialect::Dialect::Postgres,
            DbPool::Sqlite(_) => dialect::Dialect::Sqlite,
        }
    }

    pub fn backend_name(&self) -> &'static str {
        match self {
            DbPool::Pg(_) => "postgresql",
            DbPool::Sqlite(_) => "sqlite",
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
