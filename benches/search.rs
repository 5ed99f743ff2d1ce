//! Search benchmark: a node with N illustrative resources (default 100,000), searched through
//! HTTP with two facet filters, the pages that count its resources (map, Explore, dashboard),
//! and the directory with M known remote people (default 100,000). Prints seeding throughput,
//! median and p99 latency.
//!
//!   cargo bench --bench search                      # SQLite
//!   CAIRN_BENCH_POSTGRES_URL=postgres://postgres@127.0.0.1:5432/postgres cargo bench --bench search
//!   CAIRN_BENCH_RESOURCES=20000 CAIRN_BENCH_ACTORS=10000 cargo bench --bench search

use cairn::{
    config::Config,
    db::{self, dialect},
    federation, server,
    service::demo,
};
use std::time::{Duration, Instant};

const SECTORS: &[&str] =
    &["built_environment", "energy_systems", "mobility", "nature_based_solutions", "waste_circular_economy"];
const COUNTRIES: &[&str] = &["FR", "DE", "IT", "ES", "NL", "BE", "PL"];
const REQUESTS: usize = 500;
const PAGE_REQUESTS: usize = 200;

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

#[tokio::main(flavor = "multi_thread")]
async fn main() -> anyhow::Result<()> {
    if std::env::args().any(|a| a == "--list") {
        return Ok(());
    }
    let count: usize = std::env::var("CAIRN_BENCH_RESOURCES").ok().and_then(|v| v.parse().ok()).unwrap_or(100_000);
    let dir = tempfile::tempdir()?;
    let pg = std::env::var("CAIRN_BENCH_POSTGRES_URL").ok();
    let db_name = format!("cairn_bench_{}", std::process::id());
    let url = match &pg {
        Some(admin) => dialect::create_postgres_database(admin, &db_name).await?,
        None => dir.path().join("bench.db").display().to_string(),
    };
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let bound = listener.local_addr()?;
    let config = Config::from_parts(
        "",
        [("CAIRN_DATABASE_URL".to_string(), url), ("CAIRN_SERVER_BIND".to_string(), bound.to_string())],
    )
    .map_err(anyhow::Error::msg)?;
    let node = server::build(config, bound).await?;
    let backend = node.state.db.backend_name();
    tokio::spawn(federation::delivery::run(node.federation.clone()));
    let state = node.state.clone();
    tokio::spawn(async move { axum::serve(listener, node.router).await });

    let started = Instant::now();
    demo::seed(&state, count, |done, total| eprint!("\rseeding {done}/{total}"))
        .await
        .map_err(|e| anyhow::anyhow!("{e:?}"))?;
    let seeding = started.elapsed();
    eprintln!();
    // The search engine (SQLite's, PostgreSQL's posting lists) takes in what the seeding queued (a
    // served node does it in the background, and answers from the statement meanwhile).
    let (taken, took) = db::search::take_in_all(&state.db).await.map_err(|e| anyhow::anyhow!("{e:?}"))?;

    let client = reqwest::Client::new();
    let base = format!("http://{bound}");
    let mut latencies = Vec::with_capacity(REQUESTS);
    let mut hits = 0u64;
    for i in 0..(REQUESTS + 20) {
        let sector = SECTORS[i % SECTORS.len()];
        let country = COUNTRIES[(i / SECTORS.len()) % COUNTRIES.len()];
        let url = format!("{base}/api/v1/resources?sector={sector}&country={country}");
        let sent = Instant::now();
        let body: serde_json::Value = client.get(&url).send().await?.json().await?;
        if i >= 20 {
            latencies.push(sent.elapsed());
            hits += body["total"].as_u64().unwrap_or(0);
        }
    }
    latencies.sort();
    let mut text_latencies = Vec::with_capacity(REQUESTS);
    for i in 0..REQUESTS {
        let sector = SECTORS[i % SECTORS.len()];
        let url = format!("{base}/api/v1/resources?q=heat+pumps&sector={sector}&lang=en");
        let sent = Instant::now();
        client.get(&url).send().await?.error_for_status()?;
        text_latencies.push(sent.elapsed());
    }
    text_latencies.sort();
    println!("backend: {backend}; resources: {count}");
    println!("seeding: {:.1}s ({:.0} resources/s)", seeding.as_secs_f64(), count as f64 / seeding.as_secs_f64());
    let rate = taken as f64 / took.as_secs_f64();
    println!("search engine: {taken} changes taken in in {:.1}s ({rate:.0}/s)", took.as_secs_f64());
    println!(
        "two facet filters (sector & country), {REQUESTS} requests, {:.0} results on average: median {:.1} ms, p99 {:.1} ms",
        hits as f64 / REQUESTS as f64,
        percentile(&latencies, 0.5).as_secs_f64() * 1000.0,
        percentile(&latencies, 0.99).as_secs_f64() * 1000.0
    );
    println!(
        "text + two filters (q=heat pumps, sector, lang): median {:.1} ms, p99 {:.1} ms",
        percentile(&text_latencies, 0.5).as_secs_f64() * 1000.0,
        percentile(&text_latencies, 0.99).as_secs_f64() * 1000.0
    );
    // The pages that count resources by the Transition Map, Explore and the dashboard, and the
    // repository's first page (its facets from the same kept counts).
    for path in [
        "/map",
        "/explore",
        "/explore?sector=mobility",
        "/dashboard",
        "/api/v1/transition-map",
        "/api/v1/resources",
        "/knowledge",
    ] {
        time_page(&client, &base, path).await?;
    }
    // Timelines, at their start and half-way through, by cursor.
    let everything = db::posts::Timeline::Federated;
    let half_way = db::posts::timeline(&state.db, &everything, None, &Default::default(), count as i64 / 2)
        .await
        .map_err(|e| anyhow::anyhow!("{e:?}"))?;
    let deep = half_way.last().map(|entry| entry.position().to_string()).unwrap_or_default();
    for path in [
        "/api/v1/timelines/federated".to_string(),
        format!("/api/v1/timelines/federated?cursor={deep}"),
        "/api/v1/timelines/public?limit=40".to_string(),
    ] {
        time_page(&client, &base, &path).await?;
    }
    // The directory with 100,000 known remote people (illustrative names, generated here).
    let actors: usize = std::env::var("CAIRN_BENCH_ACTORS").ok().and_then(|v| v.parse().ok()).unwrap_or(100_000);
    let started = Instant::now();
    for n in 0..actors {
        db::actors::upsert_remote(&state.db, &illustrative_person(n)).await.map_err(|e| anyhow::anyhow!("{e:?}"))?;
    }
    println!("directory: {actors} remote people added in {:.1}s", started.elapsed().as_secs_f64());
    // The planner's statistics, as autovacuum would refresh them after so many rows (this
    // machine's PostgreSQL runs without it): stale, they had the directory read every person.
    state.db.analyze().await.map_err(|e| anyhow::anyhow!("{e:?}"))?;
    let first: serde_json::Value =
        client.get(format!("{base}/api/v1/directory?limit=200")).send().await?.json().await?;
    let deep = first["next"].as_str().unwrap_or_default();
    let paths = [
        "/api/v1/directory".to_string(),
        format!("/api/v1/directory?cursor={deep}"),
        "/api/v1/directory?q=mar".to_string(),
        "/api/v1/directory?q=heat+plan".to_string(),
        "/directory?q=lind".to_string(),
    ];
    for path in paths {
        time_page(&client, &base, &path).await?;
    }
    if let Some(admin) = pg {
        drop(state);
        dialect::drop_postgres_database(&admin, &db_name).await?;
    }
    Ok(())
}

/// An illustrative remote person of a made-up server, named from small lists.
fn illustrative_person(n: usize) -> db::models::NewActor {
    const FIRST: &[&str] = &["Maria", "Jan", "Linda", "Marco", "Ana", "Pieter", "Zoë", "Łukasz", "Inès", "Mark"];
    const LAST: &[&str] = &["Lindqvist", "Rossi", "Nowak", "Dupont", "Martins", "Jansen", "Müller", "García"];
    const ROLES: &[&str] = &["Heat planner", "Mobility officer", "Energy advisor", "Climate lead", "Data analyst"];
    const CITIES: &[&str] = &["Lyon", "Gent", "Kraków", "Porto", "Utrecht", "Malmö", "Bologna"];
    let domain = format!("city{}.example", n % 500);
    let username = format!("person{n}");
    let ap_id = format!("https://{domain}/users/{username}");
    let now = chrono::Utc::now().naive_utc();
    db::models::NewActor {
        ap_id: ap_id.clone(),
        kind: "Person".into(),
        username,
        domain,
        local: false,
        display_name: format!("{} {}", FIRST[n % FIRST.len()], LAST[(n / FIRST.len()) % LAST.len()]),
        summary: "Illustrative person generated by the benchmark.".into(),
        job_title: ROLES[n % ROLES.len()].into(),
        city: CITIES[n % CITIES.len()].into(),
        country: String::new(),
        expertise: String::new(),
        avatar_url: None,
        profile_url: None,
        inbox: format!("{ap_id}/inbox"),
        shared_inbox: None,
        outbox: None,
        followers_url: None,
        following_url: None,
        public_key_pem: String::new(),
        private_key_pem: None,
        manually_approves: false,
        created_at: now,
        refreshed_at: now,
        also_known_as: "[]".into(),
        moved_to: None,
        sectors: "[]".into(),
        organisation: String::new(),
        suspended_at_origin: false,
        header_url: None,
    }
}

/// Times `PAGE_REQUESTS` requests of one page, after 5 to warm up, and prints median and p99.
async fn time_page(client: &reqwest::Client, base: &str, path: &str) -> anyhow::Result<()> {
    let mut page_latencies = Vec::with_capacity(PAGE_REQUESTS);
    for i in 0..(PAGE_REQUESTS + 5) {
        let sent = Instant::now();
        client.get(format!("{base}{path}")).send().await?.error_for_status()?.bytes().await?;
        if i >= 5 {
            page_latencies.push(sent.elapsed());
        }
    }
    page_latencies.sort();
    println!(
        "{path}, {PAGE_REQUESTS} requests: median {:.1} ms, p99 {:.1} ms",
        percentile(&page_latencies, 0.5).as_secs_f64() * 1000.0,
        percentile(&page_latencies, 0.99).as_secs_f64() * 1000.0
    );
    Ok(())
}
