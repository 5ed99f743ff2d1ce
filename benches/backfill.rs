//! Aggregator benchmark: a city node holding N illustrative resources (default 100,000) and an
//! aggregator node, both in this process on loopback. The aggregator subscribes to the city and
//! backfills its whole history through HTTP (the city's node outbox, signed fetches, every
//! resource verified and stored as the inbox would); then faceted search on the aggregator.
//! Prints resources per second, the process's peak resident memory, and search latencies; while
//! the backfill runs, every 10,000 resources, the process's own memory and what glibc holds of it.
//!
//!   cargo bench --bench backfill                    # SQLite
//!   CAIRN_BENCH_POSTGRES_URL=postgres://postgres@127.0.0.1:5432/postgres cargo bench --bench backfill
//!   CAIRN_BENCH_RESOURCES=20000 cargo bench --bench backfill
//!   CAIRN_BENCH_ENGINE=after cargo bench --bench backfill   # the search engine takes the backfill in after it

mod common;

use cairn::{
    db,
    service::{demo, subscriptions},
};
use common::{cpu_seconds, own_memory, peak_rss_mb, percentile, start, status_mb};
use std::time::{Duration, Instant};

const REQUESTS: usize = 500;

fn main() -> anyhow::Result<()> {
    if std::env::args().any(|a| a == "--list") {
        return Ok(());
    }
    common::run_as_cairn(run())
}

async fn run() -> anyhow::Result<()> {
    let count: usize = std::env::var("CAIRN_BENCH_RESOURCES").ok().and_then(|v| v.parse().ok()).unwrap_or(100_000);
    let pg = std::env::var("CAIRN_BENCH_POSTGRES_URL").ok();
    let dir = tempfile::tempdir()?;
    let mut city = start("city", dir.path(), pg.as_deref()).await?;
    let mut aggregator = start("aggregator", dir.path(), pg.as_deref()).await?;
    city.deliver();
    aggregator.deliver();
    let backend = city.state.db.backend_name();

    demo::seed(&city.state, count, |done, total| eprint!("\rseeding the city {done}/{total}"))
        .await
        .map_err(|e| anyhow::anyhow!("{e:?}"))?;
    eprintln!();
    let rss_before = peak_rss_mb();

    // As `cairn serve` does: the aggregator's search engine (SQLite's, PostgreSQL's posting lists)
    // takes in what the backfill stores while it runs, on the same cores. Taken in after it, the
    // engine's share shows.
    let engine_after = std::env::var("CAIRN_BENCH_ENGINE").is_ok_and(|v| v == "after");
    if !engine_after {
        tokio::spawn(db::search::keep_in_step(aggregator.state.db.clone()));
    }
    let (started, cpu_before) = (Instant::now(), cpu_seconds());
    let data = aggregator.federation.to_request_data();
    let subscription =
        subscriptions::subscribe(&data, "benchmark", &city.state.domain).await.map_err(|e| anyhow::anyhow!("{e:?}"))?;
    // Looked at every 50 ms: every 500 ms was 6% of a backfill of 20,000 (8 s).
    let mut traced = 0;
    loop {
        tokio::time::sleep(Duration::from_millis(50)).await;
        let now = db::subscriptions::by_domain(&aggregator.state.db, &subscription.domain)
            .await
            .map_err(|e| anyhow::anyhow!("{e:?}"))?
            .expect("the subscription");
        eprint!("\rbackfill {}: {} / {}", now.backfill_state, now.backfilled, now.backfill_total.unwrap_or(0));
        if now.backfilled >= traced + 10_000 {
            traced = now.backfilled - now.backfilled % 10_000;
            eprintln!("\n  at {}: {}", now.backfilled, own_memory());
        }
        match now.backfill_state.as_str() {
            db::subscriptions::DONE if now.state == db::subscriptions::ACCEPTED => break,
            db::subscriptions::FAILED => anyhow::bail!("backfill failed: {:?}", now.backfill_error),
            _ => {}
        }
    }
    let (backfill, cpu_after) = (started.elapsed(), cpu_seconds());
    eprintln!();
    // Of what is resident now: the process's own memory, and the databases' pages it maps.
    let (resident, mapped) = (own_memory(), status_mb("RssFile:"));
    let stored = db::resources::count_by_origin(&aggregator.state.db)
        .await
        .map_err(|e| anyhow::anyhow!("{e:?}"))?
        .into_iter()
        .find(|(origin, _)| *origin == city.state.domain)
        .map_or(0, |(_, n)| n);

    // What the background had not taken in yet when the backfill ended: searchable only after it.
    let (taken, took) = db::search::take_in_all(&aggregator.state.db).await.map_err(|e| anyhow::anyhow!("{e:?}"))?;
    let (searchable, cpu_searchable) = (started.elapsed(), cpu_seconds());
    let searchable_own = own_memory();

    let client = reqwest::Client::new();
    let mut latencies = Vec::with_capacity(REQUESTS);
    for i in 0..(REQUESTS + 20) {
        let sector = ["built_environment", "energy_systems", "mobility", "nature_based_solutions"][i % 4];
        let country = ["FR", "DE", "IT", "ES", "NL", "BE", "PL"][(i / 4) % 7];
        let url = format!("{}/api/v1/resources?sector={sector}&country={country}", aggregator.base);
        let sent = Instant::now();
        client.get(&url).send().await?.error_for_status()?;
        if i >= 20 {
            latencies.push(sent.elapsed());
        }
    }
    latencies.sort();

    let engine = if engine_after { "after the backfill" } else { "beside the backfill" };
    println!(
        "backend: {backend}; resources at the city: {count}; stored by the aggregator: {stored}; search engine {engine}"
    );
    println!(
        "backfill: {:.1}s ({:.0} resources/s); peak RSS of the process (both nodes): {:.0} MB before, {:.0} MB after",
        backfill.as_secs_f64(),
        stored as f64 / backfill.as_secs_f64(),
        rss_before,
        peak_rss_mb()
    );
    let (machine, own) = (cpu_after.0 - cpu_before.0, cpu_after.1 - cpu_before.1);
    let per_resource = |seconds: f64| seconds * 1e6 / stored.max(1) as f64;
    // SQLite runs in this process: the rest is the database server's only on PostgreSQL.
    let server = match pg {
        Some(_) => format!(
            ", the rest (the database server, when alone) {:.1} s ({:.0} µs)",
            machine - own,
            per_resource(machine - own)
        ),
        None => String::new(),
    };
    println!(
        "CPU during the backfill: {machine:.1} s of the machine's {:.1} ({:.0} µs a resource), this process {own:.1} s ({:.0} µs){server}",
        backfill.as_secs_f64() * std::thread::available_parallelism().map_or(1, |n| n.get()) as f64,
        per_resource(machine),
        per_resource(own),
    );
    let (machine, own) = (cpu_searchable.0 - cpu_before.0, cpu_searchable.1 - cpu_before.1);
    println!(
        "stored and searchable: {:.1}s ({:.0} resources/s); CPU {:.0} µs a resource, this process {:.0} µs",
        searchable.as_secs_f64(),
        stored as f64 / searchable.as_secs_f64(),
        per_resource(machine),
        per_resource(own),
    );
    println!("resident after the backfill: {resident}, {mapped:.0} MB of mapped files");
    println!("resident once searchable: {searchable_own}");
    let rate = taken as f64 / took.as_secs_f64();
    println!(
        "search engine: {taken} changes left to take in after the backfill, in {:.1}s ({rate:.0}/s)",
        took.as_secs_f64()
    );
    println!(
        "aggregator search, two facet filters, {REQUESTS} requests: median {:.1} ms, p99 {:.1} ms",
        percentile(&latencies, 0.5).as_secs_f64() * 1000.0,
        percentile(&latencies, 0.99).as_secs_f64() * 1000.0
    );
    city.remove(pg.as_deref()).await?;
    aggregator.remove(pg.as_deref()).await?;
    Ok(())
}
