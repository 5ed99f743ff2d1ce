//! A real Mastodon client library (Mastodon.py, from PyPI) drives a Cairn node: it registers
//! an app, logs in through the OAuth page, reads the home timeline with a case study from
//! another node, follows a remote colleague, replies (and the reply federates), reads
//! notifications and searches. `.ci/run` installs Mastodon.py; without it the test is skipped
//! locally and fails in CI.

use federation_tests::{Backend, Node, eventually, postgres_if_available};
use reqwest::Method;
use serde_json::{Value, json};
use std::process::Stdio;

fn mastodon_py_available() -> bool {
    std::process::Command::new("python3")
        .args(["-c", "import mastodon, requests"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

#[tokio::test(flavor = "multi_thread")]
async fn mastodon_py_uses_a_cairn_node_day_to_day() {
    if !mastodon_py_available() {
        assert!(std::env::var("CI").is_err(), "CI must install Mastodon.py (pip install Mastodon.py); .ci/run does");
        eprintln!("skipped: Mastodon.py is not installed (pip install Mastodon.py)");
        return;
    }
    let a = Node::start("Lyon", Backend::Sqlite).await;
    let b = Node::start("Gent", postgres_if_available()).await;
    let anna = a.user("anna");
    let ben = b.user("ben");
    let title = "Geothermal district heating in Gent";
    let case_study = json!({"kind": "case_study", "title": title, "summary": "How an illustrative city tendered a heat network.",
        "body": "Illustrative demo text.", "language": "en", "license": "CC BY 4.0", "sectors": ["energy_systems"], "tags": ["heat"]});
    let (status, resource) = b.send(Method::POST, &ben, "/api/v1/resources", case_study).await;
    assert_eq!(status, 201, "{resource}");
    let (status, _) = a.send(Method::POST, &anna, "/api/v1/follows", json!({"target": b.handle("city")})).await;
    assert_eq!(status, 200);
    eventually("A follows B's city", async || {
        a.get(&anna, "/api/v1/me/following").await["items"].as_array().is_some_and(|i| !i.is_empty())
    })
    .await;
    // The case study published before the follow reaches A when it is looked up.
    let encoded: String = url_encode(resource["ap_id"].as_str().unwrap());
    let _ = a.try_get(&anna, &format!("/api/v1/lookup?q={encoded}")).await;

    let remote_acct = format!("ben@{}", b.domain);
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/peers/mastodon_client.py");
    let mut child = tokio::process::Command::new("python3")
        .args([script, &a.base, "anna", "a long enough passphrase 42", &remote_acct, title])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .kill_on_drop(true)
        .spawn()
        .expect("python3 runs");
    let read = |pipe: Option<tokio::process::ChildStdout>| {
        tokio::spawn(async move {
            let mut text = String::new();
            use tokio::io::AsyncReadExt;
            pipe.unwrap().read_to_string(&mut text).await.unwrap();
            text
        })
    };
    let stdout = read(child.stdout.take());
    let stderr = {
        let pipe = child.stderr.take();
        tokio::spawn(async move {
            let mut text = String::new();
            use tokio::io::AsyncReadExt;
            pipe.unwrap().read_to_string(&mut text).await.unwrap();
            text
        })
    };

    // Once Anna follows Ben (from the app), Ben mentions her; the app waits for that notification.
    let mut exited_early = None;
    eventually("Ben is followed from the app", async || {
        if let Ok(Some(status)) = child.try_wait() {
            exited_early = Some(status);
            return true;
        }
        b.get(&ben, "/api/v1/me/followers").await["items"]
            .as_array()
            .is_some_and(|i| i.iter().any(|f| f["ap_id"] == a.actor_id("anna")))
    })
    .await;
    if exited_early.is_some() {
        panic!("Mastodon.py stopped early:\n{}\n{}", stdout.await.unwrap(), stderr.await.unwrap());
    }
    let (status, post) = b
        .send(
            Method::POST,
            &ben,
            "/api/v1/posts",
            json!({"content": format!("Welcome @anna@{}, the tender documents are public.", a.domain)}),
        )
        .await;
    assert_eq!(status, 201, "{post}");

    let exit = tokio::time::timeout(std::time::Duration::from_secs(240), child.wait())
        .await
        .expect("the Mastodon.py script finishes")
        .unwrap();
    let (stdout, stderr) = (stdout.await.unwrap(), stderr.await.unwrap());
    println!("{stdout}");
    assert!(
        exit.success() && stdout.contains("ALL OK"),
        "Mastodon.py checks failed:\n{stdout}\n{stderr}\n--- node A log:\n{}",
        a.log()
    );

    // The reply made in the app reached the case study's node as a comment.
    let resource_id = resource["id"].as_i64().unwrap();
    eventually("the app's reply is a comment on B", async || {
        let shown: Value = b.get(&ben, &format!("/api/v1/resources/{resource_id}")).await;
        shown["comments"].as_array().is_some_and(|c| {
            c.iter().any(|c| c["content_html"].as_str().unwrap_or_default().contains("Thanks for sharing"))
        })
    })
    .await;
}

fn url_encode(value: &str) -> String {
    url::form_urlencoded::byte_serialize(value.as_bytes()).collect()
}
