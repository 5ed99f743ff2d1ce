//! The node as a city presents it: its identity set by admins without a restart, and the home
//! page that is a portal; illustrative demo data that never passes for people or results.

use crate::common::{Remote, Spoil, TestNode, api, eventually};
use reqwest::Method;
use serde_json::{Value, json};
use std::sync::Arc;

async fn page(node: &TestNode, path: &str) -> (u16, String) {
    let response = node.client.get(node.url(path)).send().await.unwrap();
    (response.status().as_u16(), response.text().await.unwrap())
}

#[tokio::test(flavor = "multi_thread")]
async fn an_admin_names_the_node_and_every_page_and_follower_sees_it() {
    let node =
        TestNode::start_with(&[("CAIRN_NODE_NAME", "Lyon"), ("CAIRN_NODE_CITY", "Lyon"), ("CAIRN_NODE_COUNTRY", "FR")])
            .await;
    let (status, identity) = api(&node, "", Method::GET, "/api/v1/node", Value::Null).await;
    assert_eq!(status, 200);
    assert_eq!((identity["name"].as_str(), identity["country"].as_str()), (Some("Lyon"), Some("FR")));

    // A server follows the city's organisation; it will hear of the new name.
    let follower = Remote::start().await;
    let follow = follower.activity("Follow", json!(node.url("/users/city")));
    let answer = follower.post(&node.url("/users/city/inbox"), &follow.to_string(), Spoil::default()).await;
    assert!(answer.status().is_success(), "{}", answer.status());
    eventually("the follow is accepted", async || !follower.received_of_type("Accept").is_empty()).await;

    let member = node.user_with_token("anna").await;
    let admin = node.admin_with_token("cleo").await;
    let renamed = json!({"name": "Métropole de Lyon", "city": "Lyon", "country": "fr",
        "description": "Illustrative: the climate team of a metropolis.", "logo_url": "https://lyon.example/logo.png",
        "contact": "climat@lyon.example"});
    let (status, _) = api(&node, &member, Method::PUT, "/api/v1/admin/node", renamed.clone()).await;
    assert_eq!(status, 403, "only admins name the node");
    let (status, refused) = api(
        &node,
        &admin,
        Method::PUT,
        "/api/v1/admin/node",
        json!({"name": " ", "country": "Atlantis", "logo_url": "javascript:alert(1)", "contact": "call us"}),
    )
    .await;
    assert_eq!(status, 422, "{refused}");
    let fields: Vec<&str> =
        refused["errors"].as_array().unwrap().iter().map(|e| e["field"].as_str().unwrap()).collect();
    assert_eq!(fields, ["name", "country", "logo_url", "contact"], "every problem at once, the required name first");
    assert_eq!(api(&node, "", Method::GET, "/api/v1/node", Value::Null).await.1["name"], "Lyon", "nothing half-saved");

    let (status, saved) = api(&node, &admin, Method::PUT, "/api/v1/admin/node", renamed).await;
    assert_eq!(status, 200, "{saved}");
    assert_eq!(saved["country"], "FR");

    // Every page, NodeInfo, the Mastodon instance and the actor say the new name at once.
    let (status, home) = page(&node, "/").await;
    assert_eq!(status, 200);
    assert!(home.contains("<title>Home · Métropole de Lyon</title>"), "{home}");
    assert!(home.contains("<h1>Métropole de Lyon</h1>") && home.contains("Lyon, France"));
    assert!(
        home.contains("href=\"mailto:climat@lyon.example\"") && home.contains("src=\"https://lyon.example/logo.png\"")
    );
    assert!(page(&node, "/knowledge").await.1.contains("· Métropole de Lyon</title>"));
    let info: Value = node.client.get(node.url("/nodeinfo/2.1")).send().await.unwrap().json().await.unwrap();
    assert_eq!(
        (info["metadata"]["nodeName"].as_str(), info["metadata"]["city"].as_str()),
        (Some("Métropole de Lyon"), Some("Lyon"))
    );
    let instance: Value = node.client.get(node.url("/api/v2/instance")).send().await.unwrap().json().await.unwrap();
    assert_eq!(
        (instance["title"].as_str(), instance["contact"]["email"].as_str()),
        (Some("Métropole de Lyon"), Some("climat@lyon.example"))
    );
    let actor: Value = node
        .client
        .get(node.url("/users/city"))
        .header("accept", "application/activity+json")
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(actor["name"], "Métropole de Lyon");
    eventually("the follower's server gets an Update of the organisation", async || {
        follower.received_of_type("Update").iter().any(|u| u["object"]["name"] == "Métropole de Lyon")
    })
    .await;

    // A restart with other configured values keeps what the admin set.
    let mut config = (*node.state.config).clone();
    config.node.name = "Something else".into();
    let restarted = cairn::state::AppState { config: Arc::new(config), ..node.state.clone() };
    cairn::service::node::ensure_actors(&restarted).await.unwrap();
    assert_eq!(cairn::service::node::identity(&restarted).await.unwrap().name, "Métropole de Lyon");

    // The same on /admin: every problem next to its field, then saved.
    let csrf = node.log_in("cleo").await;
    let (status, admin_page) = page(&node, "/admin").await;
    assert_eq!(status, 200);
    assert!(admin_page.contains("value=\"Métropole de Lyon\""));
    let form = [("csrf", csrf.as_str()), ("name", ""), ("country", "QQ"), ("contact", "")];
    let response = node.client.post(node.url("/admin/identity")).form(&form).send().await.unwrap();
    assert_eq!(response.status(), 422);
    let shown = response.text().await.unwrap();
    assert!(shown.contains("id=\"name-error\"") && shown.contains("aria-describedby=\"name-error\""), "{shown}");
    assert!(shown.contains("id=\"country-error\""));
    let form = [("csrf", csrf.as_str()), ("name", "Grand Lyon"), ("country", "FR"), ("city", "Lyon")];
    let response = node.client.post(node.url("/admin/identity")).form(&form).send().await.unwrap();
    assert_eq!(response.status(), 303);
    assert!(page(&node, "/admin").await.1.contains("<title>Admin · Grand Lyon</title>"));
    let (_, identity) = api(&node, "", Method::GET, "/api/v1/node", Value::Null).await;
    assert_eq!((identity["name"].as_str(), identity["contact"].as_str()), (Some("Grand Lyon"), Some("")));
}

#[tokio::test(flavor = "multi_thread")]
async fn the_home_page_is_a_portal_and_demo_data_never_passes_for_people_or_results() {
    let node = TestNode::start_with(&[("CAIRN_NODE_NAME", "Gent")]).await;
    let anna = node.user_with_token("anna").await;
    let case_study = json!({"kind": "case_study", "title": "A school street pilot", "summary": "Illustrative: closing streets at school times.",
        "body": "Illustrative text.", "language": "en", "license": "CC BY 4.0", "sectors": ["mobility"],
        "impact": {"tco2e_per_year": 12.0}});
    let (status, body) = api(&node, &anna, Method::POST, "/api/v1/resources", case_study).await;
    assert_eq!(status, 201, "{body}");
    let start = (chrono::Utc::now() + chrono::Duration::days(10)).to_rfc3339();
    let end = (chrono::Utc::now() + chrono::Duration::days(10) + chrono::Duration::hours(2)).to_rfc3339();
    let event = json!({"title": "Heat network webinar", "description": "Illustrative.", "start": start, "end": end,
        "timezone": "Europe/Brussels", "online_url": "https://meet.example/heat", "join_mode": "free"});
    let (status, body) = api(&node, &anna, Method::POST, "/api/v1/events", event).await;
    assert_eq!(status, 201, "{body}");
    let group = json!({"handle": "cyclinglanes", "name": "Cycling lanes", "description": "Illustrative.", "join_mode": "open", "visibility": "public"});
    let (status, body) = api(&node, &anna, Method::POST, "/api/v1/groups", group).await;
    assert_eq!(status, 201, "{body}");
    cairn::service::demo::seed(&node.state, 30, |_, _| {}).await.unwrap();

    let (status, home) = page(&node, "/").await;
    assert_eq!(status, 200);
    for part in [
        "action=\"/knowledge\"",
        "A school street pilot",
        "Heat network webinar",
        "Cycling lanes",
        "steps of the Transition Map done",
        "<strong>1</strong> person</li>",
        "<strong>1</strong> upcoming event</li>",
    ] {
        assert!(home.contains(part), "the portal shows {part}");
    }
    let people = &home[home.find("People on this node").unwrap()..];
    assert!(
        !people.contains("demo_data") && !people.contains("Illustrative demo data"),
        "the demo account is no person"
    );
    let (_, directory) = api(&node, "", Method::GET, "/api/v1/directory?q=demo", Value::Null).await;
    assert_eq!(directory["items"].as_array().map(Vec::len), Some(0), "{directory}");
    let (_, found) = api(&node, "", Method::GET, "/api/v1/directory?q=gent", Value::Null).await;
    assert!(found["items"].as_array().unwrap().is_empty() || found["items"][0]["username"] != "demo_data");

    // Signed in, the feed is home and the portal one tab away.
    node.log_in("anna").await;
    let (_, feed) = page(&node, "/").await;
    assert!(feed.contains("href=\"/overview\""));
    let (status, overview) = page(&node, "/overview").await;
    assert_eq!(status, 200);
    assert!(overview.contains("aria-current=\"page\">Overview") && overview.contains("A school street pilot"));

    // The dashboard counts illustrative data unless asked not to.
    let (_, with) = api(&node, "", Method::GET, "/api/v1/dashboard", Value::Null).await;
    let (_, without) = api(&node, "", Method::GET, "/api/v1/dashboard?illustrative=exclude", Value::Null).await;
    assert_eq!((with["totals"]["resources"].as_i64(), without["totals"]["resources"].as_i64()), (Some(31), Some(1)));
    let (status, _) = api(&node, "", Method::GET, "/api/v1/dashboard?illustrative=maybe", Value::Null).await;
    assert_eq!(status, 400, "an unknown choice is named");
    let (_, web) = page(&node, "/dashboard?illustrative=exclude").await;
    assert!(web.contains("Illustrative demo data is left out.") && web.contains("<strong>1 resource</strong>"));

    // `seed-demo --remove` takes every illustrative resource and the demo account away.
    let removed = cairn::service::demo::remove(&node.state, |_| {}).await.unwrap();
    assert_eq!(removed, 30);
    let (_, after) = api(&node, "", Method::GET, "/api/v1/dashboard", Value::Null).await;
    assert_eq!(after["totals"]["resources"], 1);
    assert!(cairn::db::actors::local_by_username(&node.state.db, "demo_data").await.unwrap().is_none());
    assert_eq!(cairn::service::demo::remove(&node.state, |_| {}).await.unwrap(), 0, "removing twice is harmless");
}

#[tokio::test(flavor = "multi_thread")]
async fn pages_answer_bad_addresses_with_a_page_and_mark_where_the_visitor_is() {
    let node = TestNode::start().await;
    // A query value of the wrong kind: a styled 400 that names it, not the framework's text.
    let response = node.client.get(node.url("/groups?cursor=yesterday")).send().await.unwrap();
    assert_eq!(response.status(), 400);
    assert!(response.headers()["content-type"].to_str().unwrap().starts_with("text/html"));
    let body = response.text().await.unwrap();
    assert!(body.contains("<h1>Something is not right (400)</h1>") && body.contains("“cursor”"), "{body}");
    assert!(!body.contains("Failed to deserialize"), "{body}");
    // A path segment of the wrong kind names no page.
    node.user_with_token("anna").await;
    let csrf = node.log_in("anna").await;
    let response =
        node.client.post(node.url("/follow-requests/first")).form(&[("csrf", csrf.as_str())]).send().await.unwrap();
    assert_eq!(response.status(), 404);
    assert!(response.text().await.unwrap().contains("There is no page at this address"));

    // The navigation marks the section of the page, and folds into a menu on a phone.
    let (_, events) = page(&node, "/events").await;
    assert!(events.contains(r#"<a href="/events" aria-current="page">Events</a>"#), "{events}");
    assert!(events.contains("<details class=\"narrow\"><summary>Menu</summary>"), "{events}");
    let (_, new_group) = page(&node, "/groups/new").await;
    assert!(new_group.contains(r#"<a href="/groups" aria-current="true">Groups</a>"#), "{new_group}");
}

#[tokio::test(flavor = "multi_thread")]
async fn the_repository_numbers_its_pages_and_says_where_it_is() {
    let node = TestNode::start().await;
    let (_, empty) = page(&node, "/knowledge").await;
    assert!(empty.contains("This node holds no resources yet."), "{empty}");
    let (_, none) = page(&node, "/knowledge?q=nothing+like+this").await;
    assert!(none.contains("Nothing matches.") && !none.contains("holds no resources"), "{none}");

    cairn::service::demo::seed(&node.state, 45, |_, _| {}).await.unwrap();
    let (_, first) = page(&node, "/knowledge").await;
    assert!(first.contains("45 resources"), "{first}");
    // Each has its own address, made from its id.
    let listed: serde_json::Value =
        node.client.get(node.url("/api/v1/resources?limit=100")).send().await.unwrap().json().await.unwrap();
    let items = listed["items"].as_array().unwrap();
    assert_eq!(items.len(), 45);
    for item in items {
        assert_eq!(item["ap_id"], node.url(&format!("/resources/{}", item["id"])), "{item}");
        assert_eq!(item["url"], item["ap_id"]);
    }
    assert!(
        first.contains(r#"aria-current="page">1</a>"#) && first.contains(r#"aria-label="Page 3">3</a>"#),
        "{first}"
    );
    let (_, last) = page(&node, "/knowledge?cursor=40").await;
    assert!(last.contains(r#"aria-current="page">3</a>"#), "{last}");
    let (status, past) = page(&node, "/knowledge?cursor=400").await;
    assert_eq!(status, 200);
    assert!(
        past.contains("This page is past the last result.")
            && past.contains(r#"href="/knowledge">Back to the first page"#),
        "{past}"
    );
    // Phases are offered in their order, countries by name.
    let phases: Vec<usize> = (1..=6).filter_map(|p| first.find(&format!("phase={p}\""))).collect();
    assert!(phases.len() >= 2 && phases.windows(2).all(|w| w[0] < w[1]), "phases in order: {phases:?}");
    assert!(!first.contains(">FR <"), "a country by its name");
}

#[tokio::test(flavor = "multi_thread")]
async fn an_admin_publishes_the_node_rules_and_newcomers_and_apps_see_them() {
    let node = TestNode::start().await;
    let member = node.user_with_token("anna").await;
    let admin = node.admin_with_token("cleo").await;
    let rules = json!({"rules": ["Be kind to colleagues.", "  ", "Label illustrative figures as such."]});
    assert_eq!(api(&node, &member, Method::PUT, "/api/v1/admin/node/rules", rules.clone()).await.0, 403);
    let (status, refused) =
        api(&node, &admin, Method::PUT, "/api/v1/admin/node/rules", json!({"rules": ["x".repeat(1001)]})).await;
    assert_eq!((status, refused["field"].as_str()), (422, Some("rules")), "{refused}");
    let (status, saved) = api(&node, &admin, Method::PUT, "/api/v1/admin/node/rules", rules).await;
    assert_eq!(status, 200, "{saved}");
    let expected = json!(["Be kind to colleagues.", "Label illustrative figures as such."]);
    assert_eq!(saved["rules"], expected, "empty ones dropped");
    assert_eq!(api(&node, "", Method::GET, "/api/v1/node/rules", Value::Null).await.1["rules"], expected);

    let (_, register) = page(&node, "/register").await;
    assert!(register.contains("The rules of this node") && register.contains("Label illustrative figures as such."));
    let (_, v1) = api(&node, "", Method::GET, "/api/v1/instance", Value::Null).await;
    assert_eq!(v1["rules"][1], json!({"id": "2", "text": "Label illustrative figures as such.", "hint": ""}));
    let (_, v2) = api(&node, "", Method::GET, "/api/v2/instance", Value::Null).await;
    assert_eq!(v2["rules"].as_array().map(Vec::len), Some(2));
    let (_, list) = api(&node, "", Method::GET, "/api/v1/instance/rules", Value::Null).await;
    assert_eq!(list[0]["text"], "Be kind to colleagues.");
    let (_, nodeinfo) = api(&node, "", Method::GET, "/nodeinfo/2.1", Value::Null).await;
    assert_eq!(nodeinfo["metadata"]["rules"], expected);

    // On /admin: one rule per line; a mistake keeps what was typed.
    let csrf = node.log_in("cleo").await;
    let too_long = format!("Be kind.\n{}", "y".repeat(1001));
    let refused = node.client.post(node.url("/admin/rules")).form(&[("csrf", &csrf), ("rules", &too_long)]);
    let refused = refused.send().await.unwrap();
    assert_eq!(refused.status(), 422);
    assert!(refused.text().await.unwrap().contains("yyyy"), "what was typed stays");
    let form = [("csrf", csrf.as_str()), ("rules", "Be kind.\r\n\r\nShare what works.")];
    let saved = node.client.post(node.url("/admin/rules")).form(&form).send().await.unwrap();
    assert_eq!(saved.status(), 303);
    let (_, now) = api(&node, "", Method::GET, "/api/v1/node/rules", Value::Null).await;
    assert_eq!(now["rules"], json!(["Be kind.", "Share what works."]));
}
