//! Delivery engine benchmark: one node in this process sends to stub servers it starts itself on
//! loopback (each its own `127.0.0.1:port`, so its own server and lane), which answer after a
//! delay as servers across Europe do, or never. Each scenario runs on a fresh node and times
//! from the moment the worker starts on a full queue until every live stub has its activity.
//!
//!   cargo bench --bench delivery                    # SQLite
//!   CAIRN_BENCH_POSTGRES_URL=postgres://postgres@127.0.0.1:5432/postgres cargo bench --bench delivery

mod common;

use axum::{Router, extract::State, http::StatusCode, routing::post};
use cairn::{db, service::audience};
use common::{BenchNode, peak_rss_mb, start};
use serde_json::json;
use std::{
    sync::{
        Arc,
        atomic::{AtomicUsize, Ordering},
    },
    time::{Duration, Instant},
};

/// How a stub server answers an inbox POST.
#[derive(Clone, Copy)]
enum Answer {
    After(Duration),
    Never,
}

#[derive(Clone)]
struct Stub {
    inbox: String,
    received: Arc<AtomicUsize>,
}

async fn stub(answer: Answer) -> anyhow::Result<Stub> {
    let received = Arc::new(AtomicUsize::new(0));
    let app = Router::new()
        .route(
            "/inbox",
            post(|State((answer, received)): State<(Answer, Arc<AtomicUsize>)>, _body: String| async move {
                match answer {
                    Answer::After(delay) => tokio::time::sleep(delay).await,
                    Answer::Never => std::future::pending::<()>().await,
                }
                received.fetch_add(1, Ordering::SeqCst);
                StatusCode::ACCEPTED
            }),
        )
        .with_state((answer, received.clone()));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    // A host name, not an IP literal: ActivityPub inboxes have one.
    let inbox = format!("http://localhost:{}/inbox", listener.local_addr()?.port());
    tokio::spawn(async move { axum::serve(listener, app).await });
    Ok(Stub { inbox, received })
}

async fn stubs(count: usize, answer: Answer) -> anyhow::Result<Vec<Stub>> {
    let mut all = Vec::with_capacity(count);
    for _ in 0..count {
        all.push(stub(answer).await?);
    }
    Ok(all)
}

/// Queues `activities` announcements by the node's city actor, each to every one of `inboxes`,
/// as a publication does (an illustrative case study of about 2 KB).
async fn queue(node: &BenchNode, activities: usize, inboxes: &[String]) -> anyhow::Result<()> {
    let data = node.federation.to_request_data();
    let city = db::actors::local_by_username(&node.state.db, &node.state.config.node.actor)
        .await
        .map_err(|e| anyhow::anyhow!("{e:?}"))?
        .expect("the city actor");
    for n in 0..activities {
        let object = json!({
            "id": node.state.url(&format!("/resources/bench-{n}")),
            "type": "Article",
            "name": "Illustrative case study: a district heating network",
            "content": format!("<p>{}</p>", "Illustrative text for a delivery benchmark. ".repeat(45)),
            "attributedTo": city.ap_id,
        });
        let outgoing =
            audience::announce(&data, &city, object, inboxes.to_vec()).map_err(|e| anyhow::anyhow!("{e:?}"))?;
        db::deliveries::enqueue(&node.state.db, &outgoing).await.map_err(|e| anyhow::anyhow!("{e:?}"))?;
    }
    Ok(())
}

/// Starts the worker and waits until `expected` activities reached `live`; the elapsed time.
async fn deliver_and_wait(node: &mut BenchNode, live: &[Stub], expected: usize) -> anyhow::Result<Duration> {
    let started = Instant::now();
    node.deliver();
    loop {
        let received: usize = live.iter().map(|s| s.received.load(Ordering::SeqCst)).sum();
        if received >= expected {
            return Ok(started.elapsed());
        }
        if started.elapsed() > Duration::from_secs(120) {
            anyhow::bail!("only {received} of {expected} delivered after two minutes");
        }
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
}

struct Scenario {
    name: &'static str,
    live: usize,
    hanging: usize,
    delay: Duration,
    activities: usize,
}

#[tokio::main(flavor = "multi_thread")]
async fn main() -> anyhow::Result<()> {
    if std::env::args().any(|a| a == "--list") {
        return Ok(());
    }
    // Problems (a queue error, a refused inbox) show on stderr; CAIRN_LOG=info shows more.
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_env("CAIRN_LOG")
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("error")),
        )
        .with_writer(std::io::stderr)
        .init();
    let pg = std::env::var("CAIRN_BENCH_POSTGRES_URL").ok();
    let dir = tempfile::tempdir()?;
    let scenarios = [
        Scenario {
            name: "fan-out to 200 servers",
            live: 200,
            hanging: 0,
            delay: Duration::from_millis(100),
            activities: 1,
        },
        Scenario {
            name: "fan-out to 200 servers, 20 of them hanging",
            live: 180,
            hanging: 20,
            delay: Duration::from_millis(100),
            activities: 1,
        },
        Scenario {
            name: "fan-out to 2,000 servers",
            live: 2000,
            hanging: 0,
            delay: Duration::from_millis(100),
            activities: 1,
        },
        Scenario {
            name: "one far-away busy server, 5,000 activities",
            live: 1,
            hanging: 0,
            delay: Duration::from_millis(200),
            activities: 5000,
        },
    ];
    let mut backend = "";
    for (n, scenario) in scenarios.iter().enumerate() {
        let mut node = start(&format!("sender{n}"), dir.path(), pg.as_deref()).await?;
        backend = node.state.db.backend_name();
        let live = stubs(scenario.live, Answer::After(scenario.delay)).await?;
        let hanging = stubs(scenario.hanging, Answer::Never).await?;
        let inboxes: Vec<String> = live.iter().chain(&hanging).map(|s| s.inbox.clone()).collect();
        queue(&node, scenario.activities, &inboxes).await?;
        let expected = scenario.live * scenario.activities;
        let took = deliver_and_wait(&mut node, &live, expected).await?;
        println!(
            "{backend}: {}, each answering after {} ms: {expected} delivered in {:.2} s ({:.0} deliveries/s)",
            scenario.name,
            scenario.delay.as_millis(),
            took.as_secs_f64(),
            expected as f64 / took.as_secs_f64()
        );
        node.remove(pg.as_deref()).await?;
    }
    println!("{backend}: peak RSS of the process (node and stubs): {:.0} MB", peak_rss_mb());
    Ok(())
}
