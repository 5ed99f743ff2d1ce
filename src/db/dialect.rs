//! The only place with backend-specific SQL.

use diesel::{Connection, ConnectionError, ConnectionResult, SqliteConnection, connection::SimpleConnection};
use diesel_async::{AsyncConnection, AsyncPgConnection, RunQueryDsl, sync_connection_wrapper::SyncConnectionWrapper};

use super::SqliteConn;

/// Opens a SQLite connection with write-ahead logging, a busy timeout and foreign keys on.
pub async fn establish_sqlite(path: String) -> ConnectionResult<SqliteConn> {
    tokio::task::spawn_blocking(move || {
        let mut conn = SqliteConnection::establish(&path)?;
        conn.batch_execute(
            "PRAGMA journal_mode = WAL; PRAGMA busy_timeout = 10000; \
             PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL;",
        )
        .map_err(|e| ConnectionError::BadConnection(e.to_string()))?;
        Ok(SyncConnectionWrapper::new(conn))
    })
    .await
    .map_err(|e| ConnectionError::BadConnection(e.to_string()))?
}

/// Lists `(table, column)` pairs of the user tables, for the migration drift test.
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
         WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' ORDER BY 1, 2",
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
