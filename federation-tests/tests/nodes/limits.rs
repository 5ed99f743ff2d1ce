//! Abuse limits on a real process: a burst of logins cannot take the memory, because password
//! hashing waits for one of a few permits (Argon2 takes 19 MiB a hash).

use federation_tests::{Backend, Node, Options};
use serde_json::json;

/// The process's peak resident memory, in MiB (Linux).
fn peak_rss_mib(pid: u32) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap();
    let line = status.lines().find(|l| l.starts_with("VmHWM:")).unwrap();
    line.split_whitespace().nth(1).unwrap().parse::<u64>().unwrap() / 1024
}

#[tokio::test(flavor = "multi_thread")]
async fn two_hundred_concurrent_logins_keep_the_process_small() {
    // Behind a proxy the node trusts, each login comes from an address of its own, so the
    // per-address limit lets all of them through to the password check.
    let options =
        Options { env: vec![("CAIRN_SERVER_TRUSTED_PROXIES", "[\"127.0.0.1/32\"]".into())], ..Default::default() };
    let node = Node::start_with("Lyon", Backend::Sqlite, options).await;
    node.user("anna");
    let before = peak_rss_mib(node.pid().unwrap());
    let started = std::time::Instant::now();
    let logins = (0..200).map(|i| {
        let request = node
            .client
            .post(node.url("/api/v1/auth/token"))
            .header("x-forwarded-for", format!("198.51.100.7, 203.0.113.{i}"))
            .json(&json!({"username": format!("guess{i}"), "password": "not a password of anyone"}));
        async move { request.send().await.unwrap().status().as_u16() }
    });
    let statuses = futures::future::join_all(logins).await;
    let elapsed = started.elapsed();
    assert!(statuses.iter().all(|s| *s == 401), "every login was checked, none limited: {statuses:?}");
    let peak = peak_rss_mib(node.pid().unwrap());
    println!("200 concurrent logins: {elapsed:?}, peak RSS {before} → {peak} MiB");
    assert!(peak < 200, "peak RSS {peak} MiB");
}
