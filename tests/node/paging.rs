//! Lists page by position (keyset), not by offset: every item once, in order, however many share
//! a publication time or a start.

use crate::common::{TestNode, api};
use crate::relays::case_study;
use crate::social::group;
use reqwest::Method;
use serde_json::{Value, json};

async fn get(node: &TestNode, token: &str, path: &str) -> Value {
    let (status, body) = api(node, token, Method::GET, path, Value::Null).await;
    assert_eq!(status, 200, "GET {path}: {body}");
    body
}

/// Every page of a Cairn API list from `path` (which has its own `?`), following `next`.
async fn walk(node: &TestNode, token: &str, path: &str, key: &str) -> Vec<String> {
    let mut seen = Vec::new();
    let mut cursor = String::new();
    for _ in 0..100 {
        let page = get(node, token, &format!("{path}{cursor}")).await;
        seen.extend(page["items"].as_array().unwrap().iter().map(|item| item[key].to_string()));
        match page["next"].as_str() {
            Some(next) => cursor = format!("&cursor={next}"),
            None => return seen,
        }
    }
    panic!("{path} never ended");
}

/// Puts two rows in three of `table` at one instant, so pages end inside runs of equal times.
async fn same_moment(node: &TestNode, table: &str) -> cairn::error::AppResult<usize> {
    let sql = format!("UPDATE {table} SET published_at = '2026-11-30 12:00:00' WHERE id % 3 <> 0");
    cairn::db_write!(
        &node.state.db,
        |conn| Ok(diesel_async::RunQueryDsl::execute(diesel::sql_query(&sql), conn).await?)
    )
}

#[tokio::test(flavor = "multi_thread")]
async fn timelines_calendars_and_groups_page_by_position_through_equal_times() {
    let node = TestNode::start().await;
    let anna = node.user_with_token("anna").await;
    for n in 0..25 {
        let (status, _) =
            api(&node, &anna, Method::POST, "/api/v1/posts", json!({"content": format!("Note {n}")})).await;
        assert_eq!(status, 201);
    }
    for n in 0..5 {
        let resource = case_study(&format!("Study {n}"));
        assert_eq!(api(&node, &anna, Method::POST, "/api/v1/resources", resource).await.0, 201);
    }
    let day = (chrono::Utc::now() + chrono::Duration::days(3)).format("%Y-%m-%d").to_string();
    for n in 0..5 {
        let event = json!({"title": format!("Walk {n}"), "description": "Illustrative.", "start": format!("{day}T10:00"),
            "end": format!("{day}T11:30"), "timezone": "Europe/Paris", "address": "Town hall",
            "sectors": ["energy_systems"], "language": "en"});
        assert_eq!(api(&node, &anna, Method::POST, "/api/v1/events", event).await.0, 201);
    }
    for table in ["posts", "resources", "events"] {
        assert!(same_moment(&node, table).await.unwrap() > 0);
    }

    // The timeline in one page is the order every smaller page must follow: newest first, then
    // by kind and id among equals.
    let whole = walk(&node, &anna, "/api/v1/timelines/local?limit=200", "ap_id").await;
    assert_eq!(whole.len(), 35);
    for limit in [1, 2, 3, 7] {
        let paged = walk(&node, &anna, &format!("/api/v1/timelines/local?limit={limit}"), "ap_id").await;
        assert_eq!(paged, whole, "pages of {limit}");
    }
    assert_eq!(walk(&node, &anna, "/api/v1/timelines/home?limit=4", "ap_id").await, whole);
    // What is published while someone reads does not push the next page back onto this one.
    let first = get(&node, &anna, "/api/v1/timelines/local?limit=5").await;
    let (status, _) = api(&node, &anna, Method::POST, "/api/v1/posts", json!({"content": "Just now"})).await;
    assert_eq!(status, 201);
    let next = first["next"].as_str().unwrap();
    let second = get(&node, &anna, &format!("/api/v1/timelines/local?limit=5&cursor={next}")).await;
    let ids =
        |page: &Value| page["items"].as_array().unwrap().iter().map(|i| i["ap_id"].to_string()).collect::<Vec<_>>();
    assert_eq!(ids(&second), whole[5..10]);
    assert_eq!(ids(&first), whole[..5]);
    let (status, refused) = api(&node, &anna, Method::GET, "/api/v1/timelines/local?cursor=40", Value::Null).await;
    assert_eq!(status, 400, "an old offset is not a position: {refused}");
    // Not positions: an unknown kind, years no database holds, nanoseconds out of range.
    for cursor in ["1.2.comment.3", "-100000000000.0.post.1", "1.2000000000.post.1", "1.-1.post.1", "1e30.0.post.1"] {
        let path = format!("/api/v1/timelines/local?cursor={cursor}");
        assert_eq!(api(&node, &anna, Method::GET, &path, Value::Null).await.0, 400, "{cursor}");
    }
    assert_eq!(api(&node, &anna, Method::GET, "/api/v1/events?cursor=-100000000000.0.1", Value::Null).await.0, 400);

    // Mastodon apps page with max_id (older), min_id (just newer) and since_id (newest newer).
    let statuses = async |query: &str| -> (Vec<String>, String) {
        let response =
            node.client.get(node.url(&format!("/api/v1/timelines/public?local=true&{query}"))).send().await.unwrap();
        assert_eq!(response.status(), 200);
        let link = response.headers().get("link").map(|l| l.to_str().unwrap().to_string()).unwrap_or_default();
        let page: Value = response.json().await.unwrap();
        (page.as_array().unwrap().iter().map(|s| s["id"].as_str().unwrap().to_string()).collect(), link)
    };
    let (all, _) = statuses("limit=40").await;
    assert_eq!(all.len(), 36, "with the one just published");
    let mut walked = Vec::new();
    let mut query = "limit=4".to_string();
    loop {
        let (ids, link) = statuses(&query).await;
        if ids.is_empty() {
            break;
        }
        walked.extend(ids);
        let max_id = link.split("max_id=").nth(1).and_then(|rest| rest.split('>').next()).expect("a next link");
        query = format!("limit=4&max_id={max_id}");
    }
    assert_eq!(walked, all);
    assert_eq!(statuses(&format!("limit=3&min_id={}", all[10])).await.0, all[7..10]);
    assert_eq!(statuses(&format!("limit=3&since_id={}", all[10])).await.0, all[..3]);
    assert_eq!(statuses(&format!("limit=40&max_id={}&since_id={}", all[10], all[14])).await.0, all[11..14]);
    // A min_id that names nothing here leaves since_id to bound the page.
    assert_eq!(statuses(&format!("limit=40&min_id=999999&since_id={}", all[3])).await.0, all[..3]);

    // The web feed's next link carries on where the page ended.
    let browser = crate::common::browser();
    node.log_in_with(&browser, "anna").await;
    let first = browser.get(node.url("/?timeline=local")).send().await.unwrap().text().await.unwrap();
    let next = first.split("cursor=").nth(1).and_then(|rest| rest.split(['"', '&']).next()).expect("a next page");
    let second = browser.get(node.url(&format!("/?timeline=local&cursor={next}"))).send().await.unwrap();
    assert_eq!(second.status(), 200);
    let second = second.text().await.unwrap();
    assert!(!second.contains("cursor="), "36 entries: a page of 20 and one of 16");
    assert!(second.contains("Note 0<") && !first.contains("Note 0<"), "the oldest note ends the second page");
    let bad = browser.get(node.url("/?timeline=local&cursor=20")).send().await.unwrap();
    assert_eq!(bad.status(), 400);

    // The calendar: five events starting at the same minute, two at a time.
    let events = walk(&node, &anna, "/api/v1/events?limit=2", "ap_id").await;
    assert_eq!(events.len(), 5);
    assert_eq!(events, walk(&node, &anna, "/api/v1/events?limit=200", "ap_id").await);

    // Groups, and a group's members in the order they joined.
    for handle in ["alpha", "beta", "gamma", "delta", "epsilon"] {
        let new_group = group(handle, "open", "public");
        assert_eq!(api(&node, &anna, Method::POST, "/api/v1/groups", new_group).await.0, 201);
    }
    let groups = walk(&node, &anna, "/api/v1/groups?limit=2", "ap_id").await;
    assert_eq!(groups.len(), 5, "{groups:?}");
    let mut sorted = groups.clone();
    sorted.sort();
    sorted.dedup();
    assert_eq!(sorted.len(), 5, "{groups:?}");
    for name in ["ben", "cara", "dan", "eve"] {
        let token = node.user_with_token(name).await;
        let (status, body) = api(&node, &token, Method::POST, "/api/v1/follows", json!({"target": "alpha"})).await;
        assert!(status < 300, "{body}");
    }
    let members = walk(&node, &anna, "/api/v1/groups/alpha/members?limit=2", "username").await;
    assert_eq!(members, ["\"anna\"", "\"ben\"", "\"cara\"", "\"dan\"", "\"eve\""]);

    // A members-only group's post is no place to page from for someone who cannot see it.
    let inner = group("inner", "approval", "members");
    assert_eq!(api(&node, &anna, Method::POST, "/api/v1/groups", inner).await.0, 201);
    let (status, hidden) =
        api(&node, &anna, Method::POST, "/api/v1/groups/inner/posts", json!({"content": "Members only"})).await;
    assert_eq!(status, 201, "{hidden}");
    let hidden = hidden["id"].as_i64().unwrap() * 4;
    assert_eq!(statuses(&format!("limit=40&max_id={hidden}")).await.0, Vec::<String>::new());
    assert_eq!(statuses(&format!("limit=40&since_id={hidden}")).await.0, all);
}
