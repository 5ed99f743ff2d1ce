//! fediverse-pasture (PyPI) against a real Cairn process: its `verify_actor` checks of Cairn's
//! actors (unsigned POSTs refused, signed POSTs from six kinds of actor accepted, WebFinger
//! round trip), and every one of its `send` inputs (HTML tags, mentions, attachments, odd
//! types…) delivered to a person, with no 5xx and nothing unsafe kept. The scripts in
//! `peers/pasture/` bind the pasture's actors to loopback; `.ci/run` installs the pasture.

use federation_tests::{Node, postgres_if_available};
use serde_json::Value;
use std::process::Stdio;

fn pasture_available() -> bool {
    let found = std::process::Command::new("python3")
        .args(["-c", "import fediverse_pasture, fediverse_pasture_inputs, uvicorn"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    assert!(found || std::env::var("CI").is_err(), "CI must install fediverse-pasture; .ci/run does");
    if !found {
        eprintln!(
            "skipped: fediverse-pasture is not installed (pip install fediverse-pasture fediverse-pasture-inputs)"
        );
    }
    found
}

/// Runs one of the pasture scripts and returns the JSON it prints.
async fn pasture(script: &str, args: &[&str]) -> Value {
    let work = tempfile::tempdir().unwrap(); // bovine writes a JSON-LD cache where it runs
    let path = format!("{}/peers/pasture/{script}", env!("CARGO_MANIFEST_DIR"));
    let run = tokio::process::Command::new("python3")
        .arg(&path)
        .args(args)
        .current_dir(work.path())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .kill_on_drop(true)
        .output();
    let output = tokio::time::timeout(std::time::Duration::from_secs(300), run)
        .await
        .unwrap_or_else(|_| panic!("{script} did not finish in five minutes"))
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success(), "{script}: {stdout}\n{}", String::from_utf8_lossy(&output.stderr));
    serde_json::from_str(&stdout).unwrap_or_else(|_| panic!("{script} printed no JSON: {stdout}"))
}

#[tokio::test(flavor = "multi_thread")]
async fn fediverse_pasture_verifies_cairn_actors_and_sends_every_input() {
    if !pasture_available() {
        return;
    }
    let node = Node::start("Lyon", postgres_if_available()).await;
    let anna = node.user("anna");

    for actor in ["city", "anna"] {
        let report = pasture("verify_actor.py", &[&node.actor_id(actor)]).await;
        let checks = report["checks"].as_object().expect("checks");
        for (name, check) in checks {
            println!("verify_actor {actor}: {name} passed={} expected={}", check["pass"], check["expected"]);
        }
        assert_eq!(checks.len(), 13, "six actors × GET and POST, and WebFinger: {report}");
        let wrong: Vec<&String> = checks.iter().filter(|(_, c)| c["ok"] != true).map(|(n, _)| n).collect();
        assert!(wrong.is_empty(), "verify_actor against {actor}: {wrong:?}\n{report:#}\n{}", node.log());
    }

    let report = pasture("send_inputs.py", &[&node.actor_id("anna"), "--mention"]).await;
    println!("send: {}", report["statuses"]);
    assert!(report["sent"].as_u64().unwrap() >= 250, "{report}");
    assert_eq!(report["failures"], serde_json::json!([]), "no input makes Cairn fail: {report:#}");
    assert_eq!(report["errors"], serde_json::json!([]), "{report:#}");
    // Refusals are for inputs that are not valid activities, with a reason.
    for refused in report["rejected"].as_array().unwrap() {
        assert!(refused["input"].as_str().unwrap().starts_with("necessary_properties"), "{refused}");
    }

    // What was kept is in anna's timeline; none of it can run script or restyle the page.
    let mut kept = Vec::new();
    let mut cursor = String::new();
    loop {
        let page = node.get(&anna, &format!("/api/v1/timelines/home?limit=40{cursor}")).await;
        kept.extend(
            page["items"].as_array().unwrap().iter().filter_map(|i| i["content_html"].as_str()).map(str::to_lowercase),
        );
        match page["next"].as_str().map(str::to_string).or(page["next"].as_i64().map(|n| n.to_string())) {
            Some(next) => cursor = format!("&cursor={next}"),
            None => break,
        }
    }
    assert!(kept.len() >= 100, "the mentioning notes are kept: {}", kept.len());
    let unsafe_markup = [
        "<script",
        "javascript:",
        "onerror=",
        "onload=",
        "onclick=",
        "<iframe",
        "<style",
        "style=",
        "<object",
        "<embed",
        "<form",
    ];
    for html in &kept {
        assert!(!unsafe_markup.iter().any(|bad| html.contains(bad)), "unsanitised: {html}");
    }
    assert!(!node.log().contains("panicked"));
}
