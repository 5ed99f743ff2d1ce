//! A national aggregator (PostgreSQL when CI provides it) subscribes to three city nodes (two on
//! SQLite, one on PostgreSQL) that already hold content: it backfills their history from their
//! node outboxes, then follows new content, edits and deletions live, and its search finds
//! every resource once.

use federation_tests::{Backend, Node, Place, eventually, postgres_if_available};
use reqwest::Method;
use serde_json::{Value, json};

fn case_study(city: &str, n: usize, sector: &str) -> Value {
    json!({"kind": "case_study", "title": format!("{city} illustrative case {n}"),
        "summary": format!("Illustrative demo content from {city}, not a real result."),
        "body": "Illustrative demo text.", "language": "en", "license": "CC BY 4.0",
        "sectors": [sector], "tags": ["aggregation"], "country": "FR", "city": city,
        "impact": {"tco2e_per_year": 100.0 * n as f64, "investment_eur": 1000.0}})
}

async fn search(node: &Node, token: &str, query: &str) -> Value {
    node.get(token, &format!("/api/v1/resources?q={query}&limit=100")).await
}

#[tokio::test(flavor = "multi_thread")]
async fn an_aggregator_gathers_three_cities_and_stays_in_step() {
    let place = Place::new();
    let national = place.node("National", postgres_if_available()).await;
    let cities = [
        place.node("Lyon", Backend::Sqlite).await,
        place.node("Gent", Backend::Sqlite).await,
        place.node("Turku", postgres_if_available()).await,
    ];
    let admin = national.admin("curator");
    let mut tokens = Vec::new();
    for city in &cities {
        let token = city.user("editor");
        for (n, sector) in [(1, "mobility"), (2, "energy_systems")] {
            let (status, body) =
                city.send(Method::POST, &token, "/api/v1/resources", case_study(&city.name, n, sector)).await;
            assert_eq!(status, 201, "{body}");
        }
        tokens.push(token);
    }

    // Subscribe by domain; bad targets are named.
    let (status, refused) =
        national.send(Method::POST, &admin, "/api/v1/admin/subscriptions", json!({"target": national.domain})).await;
    assert_eq!(status, 422, "{refused}");
    for city in &cities {
        let (status, body) =
            national.send(Method::POST, &admin, "/api/v1/admin/subscriptions", json!({"target": city.domain})).await;
        assert_eq!(status, 201, "{body}");
        assert_eq!(body["kind"], "node", "{body}");
        assert_eq!(body["name"], city.name.as_str());
    }
    eventually("three subscriptions accepted and backfilled", async || {
        let items = national.get(&admin, "/api/v1/admin/subscriptions").await["items"].clone();
        items.as_array().is_some_and(|items| {
            items.len() == 3 && items.iter().all(|s| s["state"] == "accepted" && s["backfill"]["state"] == "done")
        })
    })
    .await;
    let directory = national.get(&admin, "/api/v1/admin/subscriptions").await;
    for entry in directory["items"].as_array().unwrap() {
        assert_eq!(entry["resources"], 2, "{entry}");
        assert_eq!(entry["backfill"]["done"], 2, "{entry}");
        assert!(entry["last_contact_at"].is_string(), "{entry}");
    }
    let found = search(&national, &admin, "illustrative").await;
    assert_eq!(found["total"], 6, "{found}");

    // The dashboard sums what was gathered: 6 resources, 2 per city in mobility and energy.
    let figures = national.get(&admin, "/api/v1/dashboard").await;
    assert_eq!(figures["totals"]["resources"], 6, "{figures}");
    assert_eq!(figures["totals"]["tco2e_per_year"], 900.0, "{figures}");
    let mobility = figures["by_sector"].as_array().unwrap().iter().find(|s| s["key"] == "mobility").unwrap();
    assert_eq!((mobility["resources"].as_i64(), mobility["tco2e_per_year"].as_f64()), (Some(3), Some(300.0)));
    assert_eq!(figures["by_country"][0]["key"], "FR");
    let page = national.client.get(national.url("/dashboard")).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("<svg") && page.contains("Resources by sector") && page.contains("900"), "{page}");

    // Someone elsewhere follows the aggregator's mobility topic actor.
    let reader = place.node("Reader", Backend::Sqlite).await;
    let reader_token = reader.user("reader");
    let (status, body) = reader
        .send(Method::POST, &reader_token, "/api/v1/follows", json!({"target": national.handle("mobility")}))
        .await;
    assert_eq!(status, 200, "{body}");
    eventually("the topic accepts the follow", async || {
        national.collection("/users/mobility/followers").await.contains(&reader.actor_id("reader"))
    })
    .await;

    // The curator also follows Lyon's city actor: Lyon's next case study then arrives twice
    // (from the city and from the node) and is still stored once.
    let lyon = &cities[0];
    let (status, _) =
        national.send(Method::POST, &admin, "/api/v1/follows", json!({"target": lyon.handle("city")})).await;
    assert_eq!(status, 200);
    eventually("Lyon's city accepts the curator", async || {
        lyon.collection("/users/city/followers").await.contains(&national.actor_id("curator"))
    })
    .await;

    // Live: a new case study, an edit and a deletion reach the aggregator.
    let (status, fresh) =
        lyon.send(Method::POST, &tokens[0], "/api/v1/resources", case_study("Lyon", 3, "mobility")).await;
    assert_eq!(status, 201, "{fresh}");
    eventually("the new case study arrives", async || search(&national, &admin, "illustrative").await["total"] == 7)
        .await;
    eventually("the topic passes it on to its follower", async || {
        search(&reader, &reader_token, "illustrative").await["total"] == 1
    })
    .await;
    let id = fresh["id"].as_i64().unwrap();
    let (status, _) = lyon
        .send(Method::PATCH, &tokens[0], &format!("/api/v1/resources/{id}"), json!({"title": "Lyon renovation wave"}))
        .await;
    assert_eq!(status, 200);
    eventually("the edit arrives", async || search(&national, &admin, "renovation").await["total"] == 1).await;
    let (status, _) = lyon.send(Method::DELETE, &tokens[0], &format!("/api/v1/resources/{id}"), Value::Null).await;
    assert_eq!(status, 204);
    eventually("the deletion arrives", async || search(&national, &admin, "illustrative").await["total"] == 6).await;

    // Each resource once, with its origin.
    let all = search(&national, &admin, "illustrative").await;
    let mut ids: Vec<&str> = all["items"].as_array().unwrap().iter().map(|r| r["ap_id"].as_str().unwrap()).collect();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), 6);
    assert!(
        all["items"].as_array().unwrap().iter().all(|r| r["origin"].as_str().is_some_and(|o| o != national.domain))
    );

    // Unsubscribing stops the flow: the next case study from Gent stays away.
    let (status, _) = national
        .send(Method::DELETE, &admin, &format!("/api/v1/admin/subscriptions/{}", cities[1].domain), Value::Null)
        .await;
    assert_eq!(status, 204);
    let gent = &cities[1];
    let (status, _) = gent.send(Method::POST, &tokens[1], "/api/v1/resources", case_study("Gent", 9, "mobility")).await;
    assert_eq!(status, 201);
    tokio::time::sleep(std::time::Duration::from_secs(2)).await;
    assert_eq!(search(&national, &admin, "illustrative").await["total"], 6);
}
