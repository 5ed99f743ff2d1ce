//! Leases on jobs that must run in one process of the cluster at a time.

use super::{DbPool, dialect, now, schema::job_leases};
use crate::{db_write, error::AppResult};
use chrono::NaiveDateTime;
use diesel::{ExpressionMethods, QueryDsl};
use diesel_async::RunQueryDsl;

/// Takes the lease of job `name` for `holder` until `until`, or extends it if `holder` has it
/// already; false while another holder's lease runs.
pub async fn take(pool: &DbPool, name: &str, holder: &str, until: NaiveDateTime) -> AppResult<bool> {
    use diesel::sql_types::{Text, Timestamp};
    let sql = dialect::placeholders(
        pool.dialect(),
        "INSERT INTO job_leases (name, holder, expires_at) VALUES (?, ?, ?) \
         ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at \
         WHERE job_leases.expires_at < ? OR job_leases.holder = ?",
    );
    let at = now();
    db_write!(pool, |conn| Ok(diesel::sql_query(sql.as_str())
        .bind::<Text, _>(name)
        .bind::<Text, _>(holder)
        .bind::<Timestamp, _>(until)
        .bind::<Timestamp, _>(at)
        .bind::<Text, _>(holder)
        .execute(conn)
        .await?
        == 1))
}

/// Ends `holder`'s lease of job `name`, so another process may take it at once.
pub async fn give_up(pool: &DbPool, name: &str, holder: &str) -> AppResult<()> {
    db_write!(pool, |conn| {
        diesel::delete(job_leases::table.filter(job_leases::name.eq(name)).filter(job_leases::holder.eq(holder)))
            .execute(conn)
            .await?;
        Ok(())
    })
}
