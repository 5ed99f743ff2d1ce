//! Cairn against a server nobody here wrote: a Fedify peer (`peers/fedify/peer.mjs`, Fedify
//! 2.3.6 on Node 22). Cairn serves https itself with a throwaway CA, because Fedify looks up
//! handles (`@city@host`) over https only. Each check names what it proves; `.ci/run` installs
//! the peer, and CI fails when it is missing.

use federation_tests::{
    Node, Options, TestCa, eventually,
    fedify::{self, FedifyPeer},
    postgres_if_available,
};
use reqwest::Method;
use serde_json::{Value, json};

/// The bodies of the POSTs the peer received, parsed, of one activity type.
async fn delivered(peer: &FedifyPeer, kind: &str) -> Vec<Value> {
    peer.requests()
        .await
        .into_iter()
        .filter(|r| r["method"] == "POST")
        .filter_map(|r| serde_json::from_str::<Value>(r["body"].as_str()?).ok())
        .filter(|body| body["type"] == kind)
        .collect()
}

/// The object an activity carries, whether embedded or (for Delete) named.
fn object_id(activity: &Value) -> &str {
    activity["object"]["id"].as_str().or(activity["object"].as_str()).unwrap_or_default()
}

#[tokio::test(flavor = "multi_thread")]
async fn a_fedify_server_follows_a_city_reads_replies_likes_and_is_followed() {
    if !fedify::installed() {
        return;
    }
    let ca = TestCa::new();
    let options = Options {
        tls: Some(&ca),
        env: vec![("CAIRN_FEDERATION_REQUIRE_SIGNED_FETCH", "true".into())],
        ..Default::default()
    };
    let lyon = Node::start_with("Lyon", postgres_if_available(), options).await;
    assert!(lyon.base.starts_with("https://"), "Cairn serves https itself");
    let anna = lyon.user("anna");
    let peer = FedifyPeer::start("alice", Some(&ca)).await;

    // 1. Fedify follows the city by handle: WebFinger over https, then its Follow, signed
    //    RFC 9421 (Fedify's first choice), is accepted the first time: no refusal to retry after.
    let city_handle = lyon.handle("city");
    peer.act("follow", json!({"target": city_handle})).await;
    eventually("the city accepts Fedify's follow", async || !peer.received("Accept").await.is_empty()).await;
    let followers = lyon.collection("/users/city/followers").await;
    assert!(followers.contains(&peer.actor_id()), "{followers:?}");
    let admin = lyon.admin("operator");
    let metrics = lyon.client.get(lyon.url("/metrics")).bearer_auth(&admin).send().await.unwrap();
    let metrics = metrics.text().await.unwrap();
    assert!(metrics.contains("cairn_inbox_activities_total{outcome=\"refused\"} 0"), "{metrics}");
    assert!(metrics.contains("cairn_inbox_activities_total{outcome=\"accepted\"} 1"), "{metrics}");
    // …and the node's topic actor for mobility, which passes on every new mobility resource.
    peer.act("follow", json!({"target": lyon.handle("mobility")})).await;
    eventually("the topic actor accepts", async || peer.received("Accept").await.len() == 2).await;

    // 2. A case study published on Cairn reaches Fedify in the shape Mastodon relies on.
    let case_study = json!({"kind": "case_study", "title": "Superblocks in an illustrative district",
        "summary": "Illustrative demo: traffic calmed in nine blocks.", "body": "Illustrative demo text, not a real result.",
        "language": "en", "license": "CC BY 4.0", "sectors": ["mobility"], "tags": ["superblocks"]});
    let (status, resource) = lyon.send(Method::POST, &anna, "/api/v1/resources", case_study).await;
    assert_eq!(status, 201, "{resource}");
    let resource_ap_id = resource["ap_id"].as_str().unwrap().to_string();
    eventually("Fedify receives the case study", async || {
        delivered(&peer, "Announce")
            .await
            .iter()
            .any(|a| object_id(a) == resource_ap_id && a["actor"] == lyon.actor_id("city"))
    })
    .await;
    // The city's Announce carries the article; the topic actor's names it by id.
    let city = lyon.actor_id("city");
    let announce =
        delivered(&peer, "Announce").await.into_iter().find(|a| object_id(a) == resource_ap_id && a["actor"] == city);
    let announce = announce.expect("the city's Announce");
    let article = &announce["object"];
    assert_eq!(article["type"], "Article", "{article}");
    assert_eq!(article["name"], "Superblocks in an illustrative district");
    assert!(article["summary"].as_str().unwrap().contains("nine blocks"));
    let page = article["url"].as_str().or(article["url"]["href"].as_str()).expect("a url");
    assert!(page.starts_with(&lyon.base), "url {page} is on the object's own server");
    assert!(
        article["tag"].as_array().unwrap().iter().any(|t| t["type"] == "Hashtag" && t["name"] == "#superblocks"),
        "{article}"
    );
    let topic = lyon.actor_id("mobility");
    eventually("the mobility topic announces the case study", async || {
        delivered(&peer, "Announce").await.iter().any(|a| a["actor"] == json!(topic) && object_id(a) == resource_ap_id)
    })
    .await;
    // Fedify itself parses what it fetched as an Article.
    let looked_up = peer.act("lookup", json!({"target": resource_ap_id})).await;
    assert_eq!(looked_up["type"], "Article", "{looked_up}");

    // 3. An event reaches it too.
    let day = (chrono::Utc::now() + chrono::Duration::days(3)).format("%Y-%m-%d").to_string();
    let event = json!({"title": "Illustrative superblock walk", "description": "A demo event.",
        "start": format!("{day}T10:00"), "end": format!("{day}T11:30"), "timezone": "Europe/Paris",
        "address": "Town hall", "sectors": ["mobility"], "language": "en"});
    let (status, event) = lyon.send(Method::POST, &anna, "/api/v1/events", event).await;
    assert_eq!(status, 201, "{event}");
    let event_ap_id = event["ap_id"].as_str().unwrap().to_string();
    eventually("Fedify receives the event", async || {
        let found = delivered(&peer, "Announce").await;
        found.iter().any(|a| object_id(a) == event_ap_id && a["object"]["type"] == "Event")
    })
    .await;

    // 4. Updates and deletes follow.
    let id = resource["id"].as_i64().unwrap();
    let (status, _) = lyon
        .send(Method::PATCH, &anna, &format!("/api/v1/resources/{id}"), json!({"title": "Superblocks, one year on"}))
        .await;
    assert_eq!(status, 200);
    eventually("Fedify receives the update", async || {
        delivered(&peer, "Update").await.iter().any(|u| u["object"]["name"] == "Superblocks, one year on")
    })
    .await;

    // 5. Fedify replies and likes; the reply is a comment, the like is counted.
    peer.act("note", json!({"content": "Which streets came first?", "inReplyTo": resource_ap_id})).await;
    peer.act("like", json!({"object": resource_ap_id})).await;
    eventually("the reply is a comment and the like counts", async || {
        let shown = lyon.get(&anna, &format!("/api/v1/resources/{id}")).await;
        let commented = shown["comments"].as_array().is_some_and(|c| {
            c.iter().any(|c| c["content_html"].as_str().unwrap_or_default().contains("Which streets came first?"))
        });
        commented && shown["likes"] == 1
    })
    .await;

    // 6. A Cairn user follows the Fedify actor (by URL: Fedify serves plain http here) and
    //    receives its notes; Cairn's fetches of the peer are signed as Mastodon signs them.
    let (status, follow) = lyon.send(Method::POST, &anna, "/api/v1/follows", json!({"target": peer.actor_id()})).await;
    assert_eq!(status, 200, "{follow}");
    eventually("Fedify accepts anna", async || {
        let (_, followers) = peer.control(Method::GET, "followers", Value::Null).await;
        followers.as_array().is_some_and(|f| f.iter().any(|a| a == &json!(lyon.actor_id("anna"))))
    })
    .await;
    let signed_gets: Vec<Value> =
        peer.requests().await.into_iter().filter(|r| r["method"] == "GET" && r["signature"] == "cavage").collect();
    assert!(!signed_gets.is_empty(), "Cairn signs its fetches");
    assert!(
        signed_gets.iter().all(|r| {
            let header = r["signatureHeader"].as_str().unwrap_or_default();
            header.contains("(request-target)") && header.contains("host") && header.contains("date")
        }),
        "{signed_gets:?}"
    );
    eventually("anna's follow is accepted", async || {
        lyon.get(&anna, "/api/v1/me/following").await["items"]
            .as_array()
            .is_some_and(|i| i.iter().any(|a| a["ap_id"] == json!(peer.actor_id())))
    })
    .await;
    peer.act("note", json!({"content": "Notes from the Fedify side", "to_followers": true})).await;
    eventually("the note is in anna's home timeline", async || {
        lyon.get(&anna, "/api/v1/timelines/home").await["items"].as_array().is_some_and(|items| {
            items.iter().any(|i| i["content_html"].as_str().unwrap_or_default().contains("Notes from the Fedify side"))
        })
    })
    .await;

    // 7. A mention by handle (WebFinger over https again) notifies the person mentioned.
    peer.act("note", json!({"content": "see you at the walk", "mention": lyon.handle("anna"), "to_followers": false}))
        .await;
    eventually("anna is notified of the mention", async || {
        lyon.get(&anna, "/api/v1/notifications").await["items"].as_array().is_some_and(|items| {
            items.iter().any(|n| n["type"] == "mention" && n["account"]["ap_id"] == json!(peer.actor_id()))
        })
    })
    .await;

    // 8. Signed fetch: a members-only post is served to a signed request from a server where
    //    a member is, refused unsigned (401) and to a signed request from elsewhere (403).
    let group = json!({"handle": "walkers", "name": "Walkers", "description": "Illustrative group.",
        "sectors": ["mobility"], "topics": ["walking"], "join_mode": "open", "visibility": "members"});
    let (status, group) = lyon.send(Method::POST, &anna, "/api/v1/groups", group).await;
    assert_eq!(status, 201, "{group}");
    peer.act("follow", json!({"target": group["ap_id"]})).await;
    eventually("Fedify is a member of the group", async || {
        lyon.get(&anna, "/api/v1/groups/walkers/members").await["items"]
            .as_array()
            .is_some_and(|m| m.iter().any(|m| m["ap_id"] == json!(peer.actor_id())))
    })
    .await;
    let (status, post) = lyon
        .send(Method::POST, &anna, "/api/v1/groups/walkers/posts", json!({"content": "Members: route draft"}))
        .await;
    assert_eq!(status, 201, "{post}");
    let post_ap_id = post["ap_id"].as_str().unwrap().to_string();
    let unsigned = lyon.client.get(&post_ap_id).header("accept", "application/activity+json").send().await.unwrap();
    let status = unsigned.status();
    assert_eq!(status, 401, "an unsigned fetch of a members-only post: {post} {}", unsigned.text().await.unwrap());
    let fetched = peer.act("lookup", json!({"target": post_ap_id, "raw": true})).await;
    assert!(fetched["document"]["content"].as_str().unwrap_or_default().contains("route draft"), "{fetched}");
    let outsider = FedifyPeer::start("bob", Some(&ca)).await;
    let (status, refused) = outsider.control(Method::POST, "lookup", json!({"target": post_ap_id, "raw": true})).await;
    assert_ne!(status, 200, "a server without members is refused: {refused}");
    assert!(!refused.to_string().contains("route draft"));

    // 9. Deleting the case study reaches Fedify as a Delete.
    let (status, _) = lyon.send(Method::DELETE, &anna, &format!("/api/v1/resources/{id}"), Value::Null).await;
    assert_eq!(status, 204);
    eventually("Fedify receives the delete", async || {
        delivered(&peer, "Delete").await.iter().any(|d| object_id(d) == resource_ap_id)
    })
    .await;
    let log = lyon.log();
    assert!(!log.contains(" 500 ") && !log.contains("panicked"), "no server error on Cairn:\n{log}");
}
