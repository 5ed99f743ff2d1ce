//! The delivery engine's lanes: one per destination server, so a server that hangs or fails
//! delays only itself; a failing server is parked, shown to admins, and revived when it writes.

use crate::common::{Remote, Spoil, TestNode, api, eventually};
use cairn::{db, federation, service::audience};
use reqwest::Method;
use serde_json::{Value, json};
use std::time::{Duration, Instant};

/// Queues one announcement by the city to `inboxes`, as a publication does.
async fn announce_to(node: &TestNode, inboxes: Vec<String>) {
    let city = db::actors::local_by_username(&node.state.db, "city").await.unwrap().unwrap();
    let object = json!({"id": node.url(&format!("/resources/{}", crate::common::random_hex(4))), "type": "Note",
        "content": "illustrative", "attributedTo": city.ap_id});
    let outgoing = audience::announce(&node.federation.to_request_data(), &city, object, inboxes).unwrap();
    db::deliveries::enqueue(&node.state.db, &outgoing).await.unwrap();
    node.state.deliveries_queued.notify_one();
}

/// Servers that accept a connection and never answer.
async fn hanging_servers(count: usize) -> (Vec<String>, Vec<tokio::task::JoinHandle<()>>) {
    let mut inboxes = Vec::new();
    let mut tasks = Vec::new();
    for _ in 0..count {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        inboxes.push(format!("http://localhost:{}/inbox", listener.local_addr().unwrap().port()));
        tasks.push(tokio::spawn(async move {
            let mut held = Vec::new();
            while let Ok((socket, _)) = listener.accept().await {
                held.push(socket);
            }
        }));
    }
    (inboxes, tasks)
}

#[tokio::test(flavor = "multi_thread")]
async fn hanging_servers_delay_only_themselves() {
    let node = TestNode::start().await;
    let (hanging, _servers) = hanging_servers(24).await;
    let remote = Remote::start().await;
    // The hanging servers' deliveries are older, so they are taken first: more of them than a
    // shared pool of senders would have.
    announce_to(&node, hanging.clone()).await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    let queued = Instant::now();
    announce_to(&node, vec![format!("{}/inbox", remote.base)]).await;
    eventually("the live server gets its activity", async || !remote.received_of_type("Announce").is_empty()).await;
    assert!(queued.elapsed() < Duration::from_secs(3), "it took {:?}", queued.elapsed());

    // Admins see each hanging server's lane, with its request in flight and one delivery queued.
    let token = node.admin_with_token("ada").await;
    let (status, overview) = api(&node, &token, Method::GET, "/api/v1/admin/deliveries?servers=100", Value::Null).await;
    assert_eq!(status, 200, "{overview}");
    let servers = overview["servers"].as_array().unwrap();
    for inbox in &hanging {
        let domain = inbox.trim_start_matches("http://").trim_end_matches("/inbox");
        let lane = servers.iter().find(|s| s["domain"] == domain).unwrap_or_else(|| panic!("{domain}: {overview}"));
        assert_eq!(lane["queued"], 1, "{lane}");
        assert_eq!(lane["in_flight"], 1, "{lane}");
    }
    let (status, _) = api(&node, &token, Method::GET, "/api/v1/admin/deliveries?servers=0", Value::Null).await;
    assert_eq!(status, 400);
}

#[tokio::test(flavor = "multi_thread")]
async fn a_failing_server_is_parked_then_revived_when_it_writes() {
    // Backoff long enough that only the revival can explain a prompt second delivery.
    let node = TestNode::start_with(&[("CAIRN_FEDERATION_RETRY_INITIAL_SECONDS", "600")]).await;
    let remote = Remote::start().await;
    let domain = remote.base.trim_start_matches("http://").to_string();
    remote.failing.store(true, std::sync::atomic::Ordering::SeqCst);
    announce_to(&node, vec![format!("{}/inbox", remote.base)]).await;
    let mut parked = None;
    eventually("the failure is recorded", async || {
        parked = db::deliveries::instance(&node.state.db, &domain).await.unwrap();
        parked.as_ref().is_some_and(|i| i.failures == 1)
    })
    .await;
    let parked = parked.unwrap();
    let retry_at = parked.retry_at.expect("the server is parked");
    assert!(retry_at > db::now() + chrono::Duration::minutes(9), "parked for the initial backoff: {retry_at}");
    assert!(parked.last_error.as_deref().unwrap_or_default().contains("503"), "{:?}", parked.last_error);

    // While parked, new work for it waits in the queue untried.
    announce_to(&node, vec![format!("{}/inbox", remote.base)]).await;
    tokio::time::sleep(Duration::from_millis(1500)).await;
    let instance = db::deliveries::instance(&node.state.db, &domain).await.unwrap().unwrap();
    assert_eq!(instance.failures, 1, "a parked server is not tried again");

    // It comes back and writes to us: everything waiting for it goes at once.
    remote.failing.store(false, std::sync::atomic::Ordering::SeqCst);
    let like = remote.activity("Like", json!(node.url("/users/city")));
    let response = remote.post(&node.url("/inbox"), &like.to_string(), Spoil::default()).await;
    assert!(response.status().is_success(), "{}", response.status());
    eventually("both announcements arrive", async || remote.received_of_type("Announce").len() == 2).await;
    let instance = db::deliveries::instance(&node.state.db, &domain).await.unwrap().unwrap();
    assert_eq!((instance.failures, instance.retry_at), (0, None), "reachable again");
}

#[tokio::test(flavor = "multi_thread")]
async fn metrics_are_for_admins_and_the_monitoring_network() {
    let node = TestNode::start().await;
    let anonymous = node.client.get(node.url("/metrics")).send().await.unwrap();
    assert_eq!(anonymous.status(), 403);
    let member = node.user_with_token("mia").await;
    let response = node.client.get(node.url("/metrics")).bearer_auth(&member).send().await.unwrap();
    assert_eq!(response.status(), 403, "members do not see the node's health");

    let remote = Remote::start().await;
    let follow = remote.activity("Follow", json!(node.url("/users/city")));
    assert_eq!(remote.post(&node.url("/users/city/inbox"), &follow.to_string(), Spoil::default()).await.status(), 202);
    let like = remote.activity("Like", json!(node.url("/users/city"))).to_string();
    let refused = remote.post(&node.url("/inbox"), &like, Spoil { wrong_key: true, ..Default::default() }).await;
    assert_eq!(refused.status(), 401);
    eventually("the Accept is delivered", async || !remote.received_of_type("Accept").is_empty()).await;

    let admin = node.admin_with_token("ada").await;
    let response = node.client.get(node.url("/metrics")).bearer_auth(&admin).send().await.unwrap();
    assert_eq!(response.status(), 200);
    assert!(response.headers()["content-type"].to_str().unwrap().starts_with("text/plain; version=0.0.4"));
    let expected = [
        "cairn_inbox_activities_total{outcome=\"accepted\"} 1",
        "cairn_inbox_activities_total{outcome=\"refused\"} 1",
        "cairn_delivery_attempts_total{outcome=\"sent\"} 1",
        "cairn_deliveries{state=\"delivered\"} 1",
        "cairn_delivery_seconds_count 1",
        "cairn_delivery_servers_parked 0",
    ];
    // The remote has the Accept a moment before the node has written down that it was sent.
    eventually("the metrics count the inbox and the delivery", async || {
        let response = node.client.get(node.url("/metrics")).bearer_auth(&admin).send().await.unwrap();
        let text = response.text().await.unwrap();
        expected.iter().all(|line| text.lines().any(|l| l == *line))
    })
    .await;

    let monitored = TestNode::start_with(&[("CAIRN_SERVER_METRICS_NETWORKS", "[\"127.0.0.0/8\"]")]).await;
    let response = monitored.client.get(monitored.url("/metrics")).send().await.unwrap();
    assert_eq!(response.status(), 200, "the monitoring network needs no token");
}

#[tokio::test(flavor = "multi_thread")]
async fn a_dead_servers_queue_is_capped_and_the_overflow_shown() {
    let node = TestNode::start_with(&[
        ("CAIRN_FEDERATION_RETRY_INITIAL_SECONDS", "600"),
        ("CAIRN_FEDERATION_MAX_QUEUED_PER_SERVER", "3"),
    ])
    .await;
    let remote = Remote::start().await;
    let domain = remote.base.trim_start_matches("http://").to_string();
    remote.failing.store(true, std::sync::atomic::Ordering::SeqCst);
    announce_to(&node, vec![format!("{}/inbox", remote.base)]).await;
    eventually("the server is parked", async || {
        db::deliveries::instance(&node.state.db, &domain).await.unwrap().is_some_and(|i| i.retry_at.is_some())
    })
    .await;
    for _ in 0..4 {
        announce_to(&node, vec![format!("{}/inbox", remote.base)]).await;
    }
    federation::delivery::cap_queues(&node.federation.to_request_data()).await.unwrap();

    let token = node.admin_with_token("ada").await;
    let (status, overview) = api(&node, &token, Method::GET, "/api/v1/admin/deliveries", Value::Null).await;
    assert_eq!(status, 200, "{overview}");
    assert_eq!((overview["pending"].as_i64(), overview["dropped"].as_i64()), (Some(3), Some(2)), "{overview}");
    let lane = overview["servers"].as_array().unwrap().iter().find(|s| s["domain"] == domain.as_str()).unwrap();
    assert_eq!((lane["queued"].as_i64(), lane["dropped"].as_i64()), (Some(3), Some(2)), "{lane}");
    node.log_in("ada").await;
    let page = node.client.get(node.url("/admin")).send().await.unwrap().text().await.unwrap();
    let row = page.split("<tr>").find(|row| row.contains(&domain)).expect("the server's row on /admin");
    assert!(page.contains("Dropped") && row.contains("<td>2</td>"), "the admin page shows the overflow: {row}");
    let metrics = node.client.get(node.url("/metrics")).bearer_auth(&token).send().await.unwrap().text().await.unwrap();
    assert!(metrics.lines().any(|l| l == "cairn_deliveries_dropped_total 2"), "{metrics}");
}

#[tokio::test(flavor = "multi_thread")]
async fn a_job_runs_in_one_process_at_a_time() {
    let db = crate::common::TestDb::new().await;
    let pool = db::DbPool::connect(&db.url, 2).await.unwrap();
    pool.migrate().await.unwrap();
    let later = db::now() + chrono::Duration::minutes(2);
    assert!(db::jobs::take(&pool, "backfill-1", "a", later).await.unwrap());
    assert!(!db::jobs::take(&pool, "backfill-1", "b", later).await.unwrap(), "a holds it");
    assert!(db::jobs::take(&pool, "backfill-1", "a", later).await.unwrap(), "its holder renews it");
    assert!(db::jobs::take(&pool, "backfill-2", "b", later).await.unwrap(), "another job is free");
    db::jobs::give_up(&pool, "backfill-1", "b").await.unwrap();
    assert!(!db::jobs::take(&pool, "backfill-1", "b", later).await.unwrap(), "only its holder gives it up");
    db::jobs::give_up(&pool, "backfill-1", "a").await.unwrap();
    assert!(db::jobs::take(&pool, "backfill-1", "b", later).await.unwrap(), "given up, it is free");
    // A holder that stops renewing (a crashed process) loses it when the lease runs out.
    let past = db::now() - chrono::Duration::seconds(1);
    assert!(db::jobs::take(&pool, "backfill-3", "a", past).await.unwrap());
    assert!(db::jobs::take(&pool, "backfill-3", "b", later).await.unwrap(), "an expired lease is taken over");
}

/// Deliveries are signed RFC 9421 first; a server that refuses that gets draft-cavage at once
/// (double knocking), and what each server took is kept, so it is asked only once.
#[tokio::test(flavor = "multi_thread")]
async fn deliveries_knock_twice_once_and_remember_each_servers_signature_scheme() {
    use std::sync::atomic::Ordering::SeqCst;
    let node = TestNode::start().await;
    let anna = node.user_with_token("anna").await;
    let (old, new) = (Remote::start().await, Remote::start().await);
    old.refuses_rfc9421.store(true, SeqCst);
    for remote in [&old, &new] {
        let follow = remote.activity("Follow", json!(node.url("/users/anna")));
        assert_eq!(
            remote.post(&node.url("/users/anna/inbox"), &follow.to_string(), Spoil::default()).await.status(),
            202
        );
        eventually("the Accept arrives", async || !remote.received_of_type("Accept").is_empty()).await;
    }
    assert_eq!(old.refused_rfc9421.load(SeqCst), 1, "the old server was asked in RFC 9421 once");
    let (status, _) = api(&node, &anna, Method::POST, "/api/v1/posts", json!({"content": "Illustrative note"})).await;
    assert_eq!(status, 201);
    for remote in [&old, &new] {
        eventually("the note arrives", async || !remote.received_of_type("Create").is_empty()).await;
    }
    assert_eq!(old.refused_rfc9421.load(SeqCst), 1, "then straight in draft-cavage");
    let scheme = async |remote: &Remote| {
        let domain = remote.base.trim_start_matches("http://");
        db::deliveries::signature_scheme(&node.state.db, domain).await.unwrap()
    };
    assert_eq!(scheme(&old).await.as_deref(), Some("cavage"));
    assert_eq!(scheme(&new).await.as_deref(), Some("rfc9421"));
}
