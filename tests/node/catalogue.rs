//! Following brings the back catalogue: what a followed actor published before the follow.

use crate::common::{TestNode, api, eventually};
use reqwest::Method;
use serde_json::{Value, json};

fn case_study(title: &str) -> Value {
    json!({"kind": "case_study", "title": title, "summary": "Illustrative demo.", "body": "Illustrative demo text.",
           "language": "en", "license": "CC BY 4.0", "sectors": ["mobility"]})
}

fn webinar(title: &str) -> Value {
    let day = (chrono::Utc::now() + chrono::Duration::days(3)).format("%Y-%m-%d").to_string();
    json!({"title": title, "description": "Illustrative.", "start": format!("{day}T10:00"),
           "end": format!("{day}T11:30"), "timezone": "Europe/Paris", "online_url": "https://meet.example/heat",
           "sectors": ["energy_systems"], "language": "en"})
}

fn handle(node: &TestNode, name: &str) -> String {
    format!("@{name}@{}", node.base.trim_start_matches("http://"))
}

async fn titles(node: &TestNode, token: &str, path: &str) -> Vec<String> {
    let (status, list) = api(node, token, Method::GET, path, Value::Null).await;
    assert_eq!(status, 200, "{list}");
    let mut titles: Vec<String> =
        list["items"].as_array().unwrap().iter().filter_map(|i| i["title"].as_str().map(str::to_string)).collect();
    titles.sort();
    titles
}

#[tokio::test(flavor = "multi_thread")]
async fn following_a_city_brings_what_it_published_before() {
    let lyon = TestNode::start().await;
    let anna = lyon.user_with_token("anna").await;
    let publish = async |path: &str, body: Value| {
        let (status, created) = api(&lyon, &anna, Method::POST, path, body).await;
        assert_eq!(status, 201, "{created}");
        created
    };
    let kept = publish("/api/v1/resources", case_study("Bike lanes draft")).await;
    let removed = publish("/api/v1/resources", case_study("Withdrawn study")).await;
    publish("/api/v1/events", webinar("Heat planning webinar")).await;
    publish("/api/v1/posts", json!({"content": "Counting cyclists on the Rhône bridges this week."})).await;
    // Later changes come first in the outbox: the edit wins, the deleted one is not taken.
    let path = format!("/api/v1/resources/{}", kept["id"]);
    let (status, body) = api(&lyon, &anna, Method::PATCH, &path, json!({"title": "Bike lanes, final"})).await;
    assert_eq!(status, 200, "{body}");
    let path = format!("/api/v1/resources/{}", removed["id"]);
    assert_eq!(api(&lyon, &anna, Method::DELETE, &path, Value::Null).await.0, 204);

    // Gent follows Lyon's city, then Anna herself.
    let gent = TestNode::start().await;
    let ben = gent.user_with_token("ben").await;
    let (status, body) =
        api(&gent, &ben, Method::POST, "/api/v1/follows", json!({"target": handle(&lyon, "city")})).await;
    assert_eq!(status, 200, "{body}");
    eventually("Gent's repository and calendar hold Lyon's earlier work", async || {
        titles(&gent, &ben, "/api/v1/resources").await == ["Bike lanes, final"]
            && titles(&gent, &ben, "/api/v1/events").await == ["Heat planning webinar"]
    })
    .await;
    let (status, body) =
        api(&gent, &ben, Method::POST, "/api/v1/follows", json!({"target": handle(&lyon, "anna")})).await;
    assert_eq!(status, 200, "{body}");
    eventually("Ben's home timeline has Anna's earlier post", async || {
        let home = api(&gent, &ben, Method::GET, "/api/v1/timelines/home", Value::Null).await.1;
        home["items"].as_array().is_some_and(|items| {
            items.iter().any(|p| p["content_html"].as_str().is_some_and(|c| c.contains("Rhône bridges")))
        })
    })
    .await;
    assert_eq!(titles(&gent, &ben, "/api/v1/resources").await, ["Bike lanes, final"]);

    // A node that reads no back catalogue gets only what comes after the follow.
    let quiet = TestNode::start_with(&[("CAIRN_FEDERATION_CATALOGUE_MAX_ITEMS", "0")]).await;
    let carl = quiet.user_with_token("carl").await;
    let (status, _) =
        api(&quiet, &carl, Method::POST, "/api/v1/follows", json!({"target": handle(&lyon, "city")})).await;
    assert_eq!(status, 200);
    eventually("the quiet node's follow is accepted", async || {
        let following = api(&quiet, &carl, Method::GET, "/api/v1/me/following", Value::Null).await.1;
        following["items"].as_array().is_some_and(|items| !items.is_empty())
    })
    .await;
    publish("/api/v1/resources", case_study("Published after the follow")).await;
    eventually("the new resource reaches the quiet node", async || {
        titles(&quiet, &carl, "/api/v1/resources").await == ["Published after the follow"]
    })
    .await;
    assert!(titles(&quiet, &carl, "/api/v1/events").await.is_empty());
}
