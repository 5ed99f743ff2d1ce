//! A crash in the middle of a fan-out to 2,000 servers loses nothing. On PostgreSQL the node is
//! two `cairn serve` processes behind a TCP load balancer and one of them is killed (SIGKILL);
//! on SQLite its one process is killed and started again. Every server must get the activity,
//! and only a request in flight at the kill may reach its server twice.

use axum::{Router, extract::State, http::StatusCode, routing::post};
use federation_tests::{Backend, Balancer, Node, Options, postgres_if_available};
use serde_json::{Value, json};
use std::{
    collections::{HashMap, HashSet},
    sync::{Arc, Mutex},
    time::{Duration, Instant},
};

const SERVERS: usize = 2000;
/// How long each server takes to answer, as across Europe.
const ANSWER_AFTER: Duration = Duration::from_millis(100);

/// How late this test's own servers may get to a request the killed process sent: `started`
/// is when the handler ran, and 2,000 servers on two loaded cores can be behind the kernel,
/// which had the request before the kill. Far less than the 20 s before a lease can be taken
/// over, so a repeat of a request that the live process began is still caught.
const SEEN_LATE: Duration = Duration::from_secs(3);

/// One inbox request as the receiving server saw it.
struct Received {
    server: usize,
    activity: String,
    started: Instant,
    answered: Option<Instant>,
}

type Log = Arc<Mutex<Vec<Received>>>;

/// `SERVERS` inbox servers on loopback, each its own host, all writing to one log.
async fn servers(log: &Log) -> Vec<String> {
    let mut inboxes = Vec::with_capacity(SERVERS);
    for server in 0..SERVERS {
        let app = Router::new()
            .route(
                "/inbox",
                post(|State((log, server)): State<(Log, usize)>, body: String| async move {
                    let activity: Value = serde_json::from_str(&body).unwrap_or_default();
                    let activity = activity["id"].as_str().unwrap_or_default().to_string();
                    let n = {
                        let mut log = log.lock().unwrap();
                        log.push(Received { server, activity, started: Instant::now(), answered: None });
                        log.len() - 1
                    };
                    tokio::time::sleep(ANSWER_AFTER).await;
                    log.lock().unwrap()[n].answered = Some(Instant::now());
                    StatusCode::ACCEPTED
                }),
            )
            .with_state((log.clone(), server));
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        inboxes.push(format!("http://localhost:{}/inbox", listener.local_addr().unwrap().port()));
        tokio::spawn(async move { axum::serve(listener, app).await });
    }
    inboxes
}

/// Publishes a case study through `base` and waits until a fifth of the servers have its
/// announcement; returns the announcement's id.
async fn publish_and_wait(node: &Node, base: &str, token: &str, log: &Log) -> String {
    let case_study = json!({"kind": "case_study", "title": "An illustrative case study, announced to 2,000 servers",
        "summary": "Illustrative demo content, not a real result.", "body": "Illustrative demo text.",
        "language": "en", "license": "CC BY 4.0", "sectors": ["mobility"], "country": "FR", "city": "Lyon"});
    let response = node.client.post(format!("{base}/api/v1/resources")).bearer_auth(token).json(&case_study).send();
    let response = response.await.unwrap();
    assert_eq!(response.status(), 201, "{}", response.text().await.unwrap());
    let started = Instant::now();
    loop {
        {
            let log = log.lock().unwrap();
            if log.iter().filter(|r| r.answered.is_some()).count() >= SERVERS / 5 {
                return log[0].activity.clone();
            }
        }
        assert!(started.elapsed() < Duration::from_secs(120), "the fan-out did not start:\n{}", node.log());
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
}

/// What the node had written down when one of its processes was killed.
struct Crash {
    at: Instant,
    /// Servers (`host:port`) whose delivery was still pending in the database.
    pending: HashSet<String>,
}

/// Kills the node's process in the middle of the fan-out, and reads which deliveries are still
/// pending (a second process may record more as made, none as pending again).
async fn crash(node: &mut Node, log: &Log) -> Crash {
    node.crash();
    let at = Instant::now();
    let answered = log.lock().unwrap().iter().filter(|r| r.answered.is_some()).count();
    assert!(answered < SERVERS, "the kill came after the fan-out ended: it tests nothing");
    let pool = cairn::db::DbPool::connect(node.database_url(), 1).await.unwrap();
    let lanes = cairn::db::deliveries::lanes(&pool, 100_000).await.unwrap();
    Crash { at, pending: lanes.into_iter().filter(|lane| lane.queued > 0).map(|lane| lane.domain).collect() }
}

/// Waits until every server has the activity, then checks that only requests in flight at the
/// kill were made twice: begun before it, and not yet written down as made.
async fn every_server_has_it_once(log: &Log, node: &Node, inboxes: &[String], crash: &Crash, announce: &str) {
    let started = Instant::now();
    loop {
        let servers_reached = {
            let log = log.lock().unwrap();
            let mut reached: Vec<bool> = vec![false; SERVERS];
            log.iter()
                .filter(|r| r.activity == announce && r.answered.is_some())
                .for_each(|r| reached[r.server] = true);
            reached.iter().filter(|r| **r).count()
        };
        if servers_reached == SERVERS {
            break;
        }
        assert!(
            started.elapsed() < Duration::from_secs(150),
            "after the crash only {servers_reached} of {SERVERS} servers got the activity:\n{}",
            node.log()
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    // Anything still to come would come now.
    tokio::time::sleep(Duration::from_secs(2)).await;
    let log = log.lock().unwrap();
    let mut by_server: HashMap<usize, Vec<&Received>> = HashMap::new();
    for request in log.iter() {
        assert_eq!(request.activity, announce, "only the announcement was sent");
        by_server.entry(request.server).or_default().push(request);
    }
    let twice: Vec<usize> = by_server.iter().filter(|(_, requests)| requests.len() > 1).map(|(s, _)| *s).collect();
    let mut unanswered = 0;
    for server in &twice {
        let requests = &by_server[server];
        let first = requests.iter().min_by_key(|r| r.started).unwrap();
        let domain = inboxes[*server].trim_start_matches("http://").trim_end_matches("/inbox");
        let timings: Vec<String> = requests
            .iter()
            .map(|r| {
                let since = |at: Instant| format!("{:+.3} s", signed_seconds(at, crash.at));
                format!("begun {}, answered {}", since(r.started), r.answered.map_or("never".into(), since))
            })
            .collect();
        assert!(
            first.started < crash.at + SEEN_LATE,
            "server {server}: a request begun after the kill was repeated (relative to the kill: {timings:?}):\n{}",
            node.log()
        );
        assert!(crash.pending.contains(domain), "server {server}: a delivery written down as made was repeated");
        assert_eq!(requests.len(), 2, "server {server}: no more than one repeat");
        unanswered += usize::from(first.answered.is_none_or(|at| at > crash.at));
    }
    println!(
        "{} servers reached; {} got it twice ({unanswered} unanswered at the kill, the rest answered but not yet \
         written down)",
        by_server.len(),
        twice.len()
    );
}

/// Seconds from `origin` to `at`, negative when `at` came first.
fn signed_seconds(at: Instant, origin: Instant) -> f64 {
    if at >= origin { (at - origin).as_secs_f64() } else { -(origin - at).as_secs_f64() }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_crash_mid_fan_out_loses_no_delivery() {
    let log: Log = Arc::default();
    let inboxes = servers(&log).await;
    match postgres_if_available() {
        Backend::Postgres => two_processes_behind_a_balancer(&log, &inboxes).await,
        Backend::Sqlite => one_process_restarted(&log, &inboxes).await,
    }
}

async fn two_processes_behind_a_balancer(log: &Log, inboxes: &[String]) {
    let balancer = Balancer::start().await;
    let env = vec![("CAIRN_SERVER_DOMAIN", balancer.domain())];
    let mut first = Node::start_with("Lyon", Backend::Postgres, Options { env, ..Default::default() }).await;
    let second = first.start_replica().await;
    balancer.set_backends(vec![first.port, second.port]);
    let base = format!("http://{}", balancer.domain());
    let token = first.user("ana");
    first.add_followers("city", inboxes).await;

    let announce = publish_and_wait(&first, &base, &token, log).await;
    // Both processes deliver, so the one killed holds claims.
    let crash = crash(&mut first, log).await;
    let response = first.client.get(format!("{base}/nodeinfo/2.1")).send().await.unwrap();
    assert!(response.status().is_success(), "the balancer sends everyone to the live process");
    every_server_has_it_once(log, &first, inboxes, &crash, &announce).await;
}

async fn one_process_restarted(log: &Log, inboxes: &[String]) {
    let mut node = Node::start("Lyon", Backend::Sqlite).await;
    let token = node.user("ana");
    node.add_followers("city", inboxes).await;
    let base = node.base.clone();
    let announce = publish_and_wait(&node, &base, &token, log).await;
    let crash = crash(&mut node, log).await;
    node.start_again().await;
    every_server_has_it_once(log, &node, inboxes, &crash, &announce).await;
}
