//! What the benchmarks share: a node in this process on loopback, and a few measurements.

#![allow(dead_code)] // each bench binary uses its own part

use cairn::{config::Config, db::dialect, federation, server, state::AppState};
use std::time::Duration;

pub fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

/// Peak resident memory of this process so far, from the kernel.
pub fn peak_rss_mb() -> f64 {
    status_mb("VmHWM:")
}

/// A memory figure of this process from `/proc/self/status` (`VmRSS:`, `VmHWM:`), in MiB.
pub fn status_mb(field: &str) -> f64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let kb: f64 = status
        .lines()
        .find_map(|l| l.strip_prefix(field))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or(0.0);
    kb / 1024.0
}

/// CPU seconds used so far by the whole machine (every core, idle and waiting for disks left out)
/// and by this process, from `/proc` (in the kernel's ticks of 1/100 s). Their difference over a
/// run is the database server's share when nothing else runs.
pub fn cpu_seconds() -> (f64, f64) {
    let ticks = |text: String, skip: usize, take: usize, leave: &[usize]| -> f64 {
        let fields = text.split_whitespace().skip(skip).take(take).enumerate();
        let sum: u64 = fields.filter(|(i, _)| !leave.contains(i)).filter_map(|(_, v)| v.parse::<u64>().ok()).sum();
        sum as f64 / 100.0
    };
    let machine = std::fs::read_to_string("/proc/stat").unwrap_or_default();
    let first_line = machine.lines().next().unwrap_or_default().to_string();
    // cpu user nice system idle iowait irq softirq steal
    let busy = ticks(first_line, 1, 8, &[3, 4]);
    // After the command's closing parenthesis: utime and stime are the 12th and 13th fields.
    let own = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    let after_name = own.rsplit_once(')').map_or(String::new(), |(_, rest)| rest.to_string());
    (busy, ticks(after_name, 11, 2, &[]))
}

pub struct BenchNode {
    pub state: AppState,
    pub federation: activitypub_federation::config::FederationConfig<AppState>,
    pub base: String,
    pub database: Option<String>,
    worker: Option<tokio::task::JoinHandle<()>>,
}

impl BenchNode {
    /// Starts the delivery worker (a bench may first fill the queue).
    pub fn deliver(&mut self) {
        self.worker = Some(tokio::spawn(federation::delivery::run(self.federation.clone())));
    }

    /// Stops its delivery worker and drops its PostgreSQL database, if it has one.
    pub async fn remove(self, pg: Option<&str>) -> anyhow::Result<()> {
        if let Some(worker) = &self.worker {
            worker.abort();
        }
        let name = self.database.clone();
        drop(self);
        if let (Some(admin), Some(name)) = (pg, name) {
            dialect::drop_postgres_database(admin, &name).await?;
        }
        Ok(())
    }
}

/// A node named `name` serving on a loopback port, on SQLite in `dir` or in a database of its
/// own next to `pg`. Its delivery worker is not started.
pub async fn start(name: &str, dir: &std::path::Path, pg: Option<&str>) -> anyhow::Result<BenchNode> {
    let database = format!("cairn_bench_{name}_{}", std::process::id());
    let url = match pg {
        Some(admin) => dialect::create_postgres_database(admin, &database).await?,
        None => dir.join(format!("{name}.db")).display().to_string(),
    };
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let bound = listener.local_addr()?;
    let connections = std::env::var("CAIRN_DATABASE_MAX_CONNECTIONS").unwrap_or_else(|_| "8".into());
    let env = [
        ("CAIRN_DATABASE_MAX_CONNECTIONS", connections),
        ("CAIRN_DATABASE_URL", url),
        ("CAIRN_SERVER_BIND", bound.to_string()),
        ("CAIRN_NODE_NAME", name.to_string()),
        ("CAIRN_FEDERATION_ALLOW_LOOPBACK", "true".to_string()),
        ("CAIRN_FEDERATION_RETRY_INITIAL_SECONDS", "1".to_string()),
    ];
    let config = Config::from_parts("", env.map(|(k, v)| (k.to_string(), v))).map_err(anyhow::Error::msg)?;
    let node = server::build(config, bound).await?;
    let (state, federation) = (node.state.clone(), node.federation.clone());
    tokio::spawn(async move { axum::serve(listener, node.router).await });
    Ok(BenchNode { state, federation, base: format!("http://{bound}"), database: pg.map(|_| database), worker: None })
}

/// What glibc's allocator holds, in MiB: in use by the program, and freed but kept (not returned
/// to the kernel). Their sum with what other libraries map is most of `RssAnon`.
#[cfg(target_env = "gnu")]
pub fn malloc_mb() -> (f64, f64) {
    // SAFETY: mallinfo2 only reads the allocator's statistics.
    let info = unsafe { libc::mallinfo2() };
    let mb = |bytes: usize| bytes as f64 / (1024.0 * 1024.0);
    (mb(info.uordblks + info.hblkhd), mb(info.fordblks))
}

/// Unknown with other allocators than glibc's.
#[cfg(not(target_env = "gnu"))]
pub fn malloc_mb() -> (f64, f64) {
    (f64::NAN, f64::NAN)
}

/// The process's own resident memory, and what glibc holds of it, as a bench prints them.
pub fn own_memory() -> String {
    let (in_use, kept) = malloc_mb();
    format!(
        "{:.0} MB of the process's own (malloc: {in_use:.0} MB in use, {kept:.0} MB freed and kept)",
        status_mb("RssAnon:")
    )
}

/// Runs a bench's `main` with the allocator set as `cairn`'s `main` sets it, before any thread
/// starts.
pub fn run_as_cairn(bench: impl Future<Output = anyhow::Result<()>>) -> anyhow::Result<()> {
    cairn::server::give_large_allocations_back();
    tokio::runtime::Builder::new_multi_thread().enable_all().build()?.block_on(bench)
}
