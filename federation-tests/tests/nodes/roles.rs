//! One node as two processes on one database: `cairn serve --role web` answers requests and
//! queues deliveries, which only a `cairn serve --role worker` process makes.

use federation_tests::{Backend, Node, Options, eventually, postgres_if_available};
use reqwest::Method;
use serde_json::json;

#[tokio::test(flavor = "multi_thread")]
async fn a_web_process_queues_and_a_worker_process_delivers() {
    let web_only = Options { env: vec![("CAIRN_ROLE", "web".into())], ..Default::default() };
    let lyon = Node::start_with("Lyon", postgres_if_available(), web_only).await;
    let gent = Node::start("Gent", Backend::Sqlite).await;
    let ben = gent.user("ben");
    let (status, body) =
        gent.send(Method::POST, &ben, "/api/v1/follows", json!({"target": lyon.actor_id("city")})).await;
    assert_eq!(status, 200, "{body}");
    let pending = async || {
        let list = gent.get(&ben, "/api/v1/me/following/pending").await;
        list["items"].as_array().unwrap().iter().any(|a| a["ap_id"] == lyon.actor_id("city"))
    };
    eventually("Gent's follow reaches Lyon", async || lyon.collection("/users/city/followers").await.len() == 1).await;
    tokio::time::sleep(std::time::Duration::from_secs(2)).await;
    assert!(pending().await, "a web-only process makes no deliveries: the Accept waits in the queue");

    let _worker = lyon.start_worker();
    eventually("the worker delivers Lyon's Accept", async || !pending().await).await;
    let following = gent.get(&ben, "/api/v1/me/following").await;
    assert_eq!(following["items"][0]["ap_id"], lyon.actor_id("city"), "{}", lyon.log());
}
