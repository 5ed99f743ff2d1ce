//! Inbox benchmark: signed activities from many remote actors posted to one node's shared
//! inbox at a fixed concurrency, as a busy network delivers them. The remote actors live on a
//! stub server in this process (the node fetches each one's key once); every activity is signed
//! before the clock starts, so the figures are the node's own. A Create(Note) that mentions a
//! local person, the common case on the fediverse. Afterwards every activity must be stored once.
//!
//!   cargo bench --bench inbox                       # SQLite
//!   CAIRN_BENCH_POSTGRES_URL=postgres://postgres@127.0.0.1:5432/postgres cargo bench --bench inbox
//!   CAIRN_BENCH_ACTIVITIES=20000 CAIRN_BENCH_CONCURRENCY=16 cargo bench --bench inbox

mod common;

use activitypub_federation::http_signatures::generate_actor_keypair;
use axum::{Json, Router, extract::Path, http::header, response::IntoResponse, routing::get};
use base64::{Engine, engine::general_purpose::STANDARD};
use cairn::db;
use common::{peak_rss_mb, percentile, start};
use rsa::{Pkcs1v15Sign, RsaPrivateKey, pkcs8::DecodePrivateKey};
use serde_json::json;
use sha2::{Digest, Sha256};
use std::{
    sync::Arc,
    time::{Duration, Instant},
};

const ACTORS: usize = 200;
const SERVERS: usize = 100;
const KEYS: usize = 8;

/// Statements run by the node's connections (diesel's instrumentation); with
/// `CAIRN_BENCH_SHOW_STATEMENTS=1` each distinct statement is counted too.
static STATEMENTS: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
static BY_SQL: std::sync::Mutex<Option<std::collections::HashMap<String, u64>>> = std::sync::Mutex::new(None);

fn count_statements() -> Option<Box<dyn diesel::connection::Instrumentation>> {
    let show = std::env::var("CAIRN_BENCH_SHOW_STATEMENTS").is_ok();
    Some(Box::new(move |event: diesel::connection::InstrumentationEvent<'_>| {
        if let diesel::connection::InstrumentationEvent::StartQuery { query, .. } = event {
            STATEMENTS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            if show {
                let sql = query.to_string();
                let sql = sql.split(" -- binds").next().unwrap_or_default().chars().take(110).collect::<String>();
                *BY_SQL.lock().unwrap().get_or_insert_default().entry(sql).or_default() += 1;
            }
        }
    }))
}

/// The process's CPU time so far (user + system), from the kernel.
fn cpu_time() -> Duration {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    let fields: Vec<&str> = stat.rsplit_once(") ").map(|(_, rest)| rest.split(' ').collect()).unwrap_or_default();
    let ticks: u64 = fields.get(11..13).map_or(0, |f| f.iter().filter_map(|v| v.parse::<u64>().ok()).sum());
    Duration::from_millis(ticks * 10) // USER_HZ is 100 on Linux
}

/// A signed POST, ready to send: draft-cavage over (request-target), host, date and digest.
struct Signed {
    body: String,
    date: String,
    digest: String,
    signature: String,
}

fn sign(key: &RsaPrivateKey, key_id: &str, inbox: &url::Url, body: String) -> Signed {
    let host = format!("{}:{}", inbox.host_str().unwrap(), inbox.port().unwrap());
    let date = chrono::Utc::now().format("%a, %d %b %Y %H:%M:%S GMT").to_string();
    let digest = format!("SHA-256={}", STANDARD.encode(Sha256::digest(body.as_bytes())));
    let signing = format!("(request-target): post {}\nhost: {host}\ndate: {date}\ndigest: {digest}", inbox.path());
    let signed = key.sign(Pkcs1v15Sign::new::<Sha256>(), &Sha256::digest(signing.as_bytes())).unwrap();
    let signature = format!(
        r#"keyId="{key_id}",algorithm="rsa-sha256",headers="(request-target) host date digest",signature="{}""#,
        STANDARD.encode(signed)
    );
    Signed { body, date, digest, signature }
}

async fn post(client: &reqwest::Client, inbox: &url::Url, s: &Signed) -> reqwest::Result<reqwest::Response> {
    client
        .post(inbox.clone())
        .header("content-type", "application/activity+json")
        .header("date", &s.date)
        .header("digest", &s.digest)
        .header("signature", &s.signature)
        .body(s.body.clone())
        .send()
        .await
}

/// Serves `ACTORS` remote people, spread over `SERVERS` stub servers (each its own
/// `localhost:port`, so the node's per-server abuse limits see a network, not one flood).
/// Returns each actor's id and key; a few keys are shared, as generating 200 takes long.
async fn remote_actors() -> anyhow::Result<Vec<(String, RsaPrivateKey)>> {
    let pairs: Vec<_> = (0..KEYS).map(|_| generate_actor_keypair()).collect::<Result<_, _>>()?;
    let mut actors = Vec::new();
    for server in 0..SERVERS {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
        let base = format!("http://localhost:{}", listener.local_addr()?.port());
        let mut documents = Vec::new();
        for n in (server..ACTORS).step_by(SERVERS) {
            let pair = &pairs[n % KEYS];
            let id = format!("{base}/actors/{}", documents.len());
            documents.push(json!({
                "@context": ["https://www.w3.org/ns/activitystreams", "https://w3id.org/security/v1"],
                "id": id, "type": "Person", "preferredUsername": format!("remote{n}"), "name": format!("Remote {n}"),
                "inbox": format!("{id}/inbox"), "followers": format!("{id}/followers"),
                "publicKey": {"id": format!("{id}#main-key"), "owner": id, "publicKeyPem": pair.public_key},
            }));
            actors.push((id, RsaPrivateKey::from_pkcs8_pem(&pair.private_key)?));
        }
        let documents = Arc::new(documents);
        let app = Router::new().route(
            "/actors/{n}",
            get(move |Path(n): Path<usize>| async move {
                match documents.get(n) {
                    Some(doc) => {
                        ([(header::CONTENT_TYPE, "application/activity+json")], Json(doc.clone())).into_response()
                    }
                    None => axum::http::StatusCode::NOT_FOUND.into_response(),
                }
            }),
        );
        tokio::spawn(async move { axum::serve(listener, app).await });
    }
    Ok(actors)
}

#[tokio::main(flavor = "multi_thread")]
async fn main() -> anyhow::Result<()> {
    if std::env::args().any(|a| a == "--list") {
        return Ok(());
    }
    let count: usize = std::env::var("CAIRN_BENCH_ACTIVITIES").ok().and_then(|v| v.parse().ok()).unwrap_or(10_000);
    let concurrency: usize = std::env::var("CAIRN_BENCH_CONCURRENCY").ok().and_then(|v| v.parse().ok()).unwrap_or(16);
    let pg = std::env::var("CAIRN_BENCH_POSTGRES_URL").ok();
    let dir = tempfile::tempdir()?;
    diesel::connection::set_default_instrumentation(count_statements).map_err(|e| anyhow::anyhow!("{e}"))?;
    let node = start("inbox", dir.path(), pg.as_deref()).await?;
    let backend = node.state.db.backend_name();
    let inbox = url::Url::parse(&format!("{}/inbox", node.base))?;
    let person = node.state.actor_url(&node.state.config.node.actor);
    let actors = remote_actors().await?;

    eprintln!("signing {count} activities");
    let signed: Vec<Signed> = (0..count)
        .map(|n| {
            let (actor, key) = &actors[n % ACTORS];
            let note = json!({
                "id": format!("{actor}/notes/{n}"), "type": "Note", "attributedTo": actor,
                "content": format!("<p>Illustrative note {n} for <a href=\"{person}\">@city</a>: how did your district heating tender go?</p>"),
                "to": ["https://www.w3.org/ns/activitystreams#Public"], "cc": [person],
                "tag": [{"type": "Mention", "href": person, "name": "@city"}],
                "published": chrono::Utc::now().to_rfc3339(),
            });
            let activity = json!({
                "@context": "https://www.w3.org/ns/activitystreams",
                "id": format!("{actor}/activities/{n}"), "type": "Create", "actor": actor,
                "to": ["https://www.w3.org/ns/activitystreams#Public"], "cc": [person], "object": note,
            });
            sign(key, &format!("{actor}#main-key"), &inbox, activity.to_string())
        })
        .collect();

    let client = reqwest::Client::builder().pool_max_idle_per_host(concurrency).build()?;
    // The first activity of each actor makes the node fetch its key; not part of the rate.
    for s in &signed[..ACTORS] {
        let response = post(&client, &inbox, s).await?;
        anyhow::ensure!(response.status().is_success(), "warm-up: {}", response.text().await?);
    }

    let next = Arc::new(std::sync::atomic::AtomicUsize::new(ACTORS));
    let signed = Arc::new(signed);
    eprintln!("posting {} activities (timed)", count - ACTORS);
    let cpu_before = cpu_time();
    let statements_before = STATEMENTS.load(std::sync::atomic::Ordering::Relaxed);
    BY_SQL.lock().unwrap().take();
    let started = Instant::now();
    let mut workers = Vec::new();
    for _ in 0..concurrency {
        let (next, signed, client, inbox) = (next.clone(), signed.clone(), client.clone(), inbox.clone());
        workers.push(tokio::spawn(async move {
            let mut latencies = Vec::new();
            let mut failures = Vec::new();
            loop {
                let n = next.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                let Some(s) = signed.get(n) else { break };
                let sent = Instant::now();
                let response = post(&client, &inbox, s).await;
                latencies.push(sent.elapsed());
                match response {
                    Ok(r) if r.status().is_success() => {}
                    Ok(r) => failures.push(format!("{}: {}", r.status(), r.text().await.unwrap_or_default())),
                    Err(e) => failures.push(e.to_string()),
                }
            }
            (latencies, failures)
        }));
    }
    let mut latencies = Vec::new();
    let mut failures = Vec::new();
    for worker in workers {
        let (l, f) = worker.await?;
        latencies.extend(l);
        failures.extend(f);
    }
    let took = started.elapsed();
    let cpu = cpu_time() - cpu_before;
    let statements = STATEMENTS.load(std::sync::atomic::Ordering::Relaxed) - statements_before;
    latencies.sort();
    let timed = count - ACTORS;
    anyhow::ensure!(failures.is_empty(), "{} refused, e.g. {}", failures.len(), failures[0]);

    let stored = db::posts::count_remote(&node.state.db).await.map_err(|e| anyhow::anyhow!("{e:?}"))?;
    println!(
        "{backend}: {timed} signed Create(Note)s at concurrency {concurrency}: {:.0}/s, p50 {:.1} ms, p99 {:.1} ms, \
         {:.2} ms of CPU and {:.1} statements each, peak RSS {:.0} MB; posts stored: {} of {count}",
        timed as f64 / took.as_secs_f64(),
        percentile(&latencies, 0.5).as_secs_f64() * 1000.0,
        percentile(&latencies, 0.99).as_secs_f64() * 1000.0,
        cpu.as_secs_f64() * 1000.0 / timed as f64,
        statements as f64 / timed as f64,
        peak_rss_mb(),
        stored,
    );
    if let Some(by_sql) = BY_SQL.lock().unwrap().take() {
        let mut by_sql: Vec<_> = by_sql.into_iter().collect();
        by_sql.sort_by_key(|(_, n)| std::cmp::Reverse(*n));
        for (sql, n) in by_sql.iter().take(25) {
            println!("{:>6.2} per activity  {sql}", *n as f64 / timed as f64);
        }
    }
    node.remove(pg.as_deref()).await?;
    Ok(())
}
