//! A city's transition journey travels between real processes, SQLite to PostgreSQL.

use federation_tests::{Backend, Place, eventually, postgres_if_available};
use reqwest::Method;
use serde_json::{Value, json};

fn status_of(journey: &Value, step: &str) -> String {
    journey["steps"].as_array().unwrap().iter().find(|s| s["step"] == step).unwrap()["status"]
        .as_str()
        .unwrap()
        .to_string()
}

#[tokio::test(flavor = "multi_thread")]
async fn a_city_journey_reaches_a_follower_node_and_follows_its_updates() {
    let place = Place::new();
    let a = place.node("Lyon", Backend::Sqlite).await;
    let b = place.node("Gent", postgres_if_available()).await;
    let ada = a.admin("ada");
    let ben = b.user("ben");
    let (status, body) = b.send(Method::POST, &ben, "/api/v1/follows", json!({"target": a.handle("city")})).await;
    assert_eq!(status, 200, "{body}");
    eventually("A's city accepts B's follow", async || {
        b.get(&ben, "/api/v1/me/following").await["items"].as_array().is_some_and(|i| !i.is_empty())
    })
    .await;

    let (status, body) = a
        .send(
            Method::PUT,
            &ada,
            "/api/v1/journey/steps/shared-vision",
            json!({"status": "in_progress", "notes": "Workshops in three districts"}),
        )
        .await;
    assert_eq!(status, 200, "{body}");
    let path = format!("/api/v1/journey?city={}", a.handle("city"));
    eventually("B receives A's journey", async || {
        b.try_get(&ben, &path).await.is_ok_and(|j| status_of(&j, "shared-vision") == "in_progress")
    })
    .await;

    let (status, _) = a.send(Method::PUT, &ada, "/api/v1/journey/steps/shared-vision", json!({"status": "done"})).await;
    assert_eq!(status, 200);
    eventually("B sees the step done", async || {
        b.try_get(&ben, &path).await.is_ok_and(|j| status_of(&j, "shared-vision") == "done" && j["done"] == 1)
    })
    .await;
    let journey = b.get(&ben, &path).await;
    assert_eq!(journey["city"]["origin"], a.domain);
    assert_eq!(journey["steps"].as_array().unwrap().len(), 24);
}
