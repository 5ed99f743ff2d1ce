//! Jobs that run in one process of the cluster at a time, whichever process starts them: each
//! holds a lease in the database, renews it while it works, and gives it up when done. A
//! process that dies loses its leases within `LEASE`, and another takes the job over.

use crate::{
    db::{self, DbPool, now},
    error::AppResult,
};
use chrono::Duration;
use std::time::Instant;

const LEASE: Duration = Duration::minutes(2);
/// Renewed this often while working, well inside the lease.
const RENEW_EVERY: std::time::Duration = std::time::Duration::from_secs(30);

pub struct JobLease {
    name: String,
    holder: String,
    renewed: Instant,
}

impl JobLease {
    /// The job's lease for `holder`, or None while another holder has it. A holder that takes
    /// a lease it has already keeps it.
    pub async fn take(db: &DbPool, name: &str, holder: &str) -> AppResult<Option<JobLease>> {
        if !db::jobs::take(db, name, holder, now() + LEASE).await? {
            return Ok(None);
        }
        Ok(Some(JobLease { name: name.to_string(), holder: holder.to_string(), renewed: Instant::now() }))
    }

    /// Called as the job goes on: renews the lease when due. False if the lease was lost (this
    /// process stalled longer than the lease and another took the job), and the job must stop.
    pub async fn keep(&mut self, db: &DbPool) -> AppResult<bool> {
        if self.renewed.elapsed() < RENEW_EVERY {
            return Ok(true);
        }
        self.renewed = Instant::now();
        db::jobs::take(db, &self.name, &self.holder, now() + LEASE).await
    }

    /// The job is done (or stopped): another process may run it at once.
    pub async fn end(self, db: &DbPool) -> AppResult<()> {
        db::jobs::give_up(db, &self.name, &self.holder).await
    }
}
