//! The fixture corpus (`tests/fixtures/corpus/`, described in its MANIFEST.md): what Mastodon,
//! Mobilizon, Lemmy, Pleroma, Akkoma, GoToSocial, Misskey, PeerTube and WordPress send, written
//! from their documentation. Actors and collections must parse; every activity is delivered,
//! signed, to a node's inbox and must be stored or politely ignored (never a 5xx), with the
//! effects of the stored ones checked.

use crate::common::{Remote, Spoil, TestNode, api, eventually};
use cairn::{db, federation::protocol::actor::ActorJson};
use reqwest::Method;
use serde_json::{Value, json};

fn corpus_dir() -> String {
    format!("{}/tests/fixtures/corpus", env!("CARGO_MANIFEST_DIR"))
}

fn manifest() -> Vec<Value> {
    let text = std::fs::read_to_string(format!("{}/manifest.json", corpus_dir())).unwrap();
    serde_json::from_str(&text).unwrap()
}

fn read(file: &str) -> String {
    std::fs::read_to_string(format!("{}/{file}", corpus_dir())).unwrap()
}

#[test]
fn every_actor_and_collection_in_the_corpus_parses() {
    for entry in manifest() {
        let file = entry["file"].as_str().unwrap();
        let document: Value = serde_json::from_str(&read(file)).unwrap_or_else(|e| panic!("{file}: {e}"));
        match entry["kind"].as_str().unwrap() {
            "actor" => {
                let actor: ActorJson = serde_json::from_value(document).unwrap_or_else(|e| panic!("{file}: {e}"));
                assert!(!actor.inbox.as_str().is_empty(), "{file}");
            }
            "collection" => {
                let kind = document["type"].as_str().unwrap_or_default();
                assert!(kind.contains("Collection"), "{file} is a {kind}");
            }
            _ => {}
        }
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn every_activity_in_the_corpus_is_stored_or_politely_ignored() {
    let node = TestNode::start().await;
    let anna = node.user_with_token("anna").await;
    let remote = Remote::start().await;
    let (status, post) =
        api(&node, &anna, Method::POST, "/api/v1/posts", json!({"content": "Seed swap next week"})).await;
    assert_eq!(status, 201, "{post}");
    let post_ap_id = post["ap_id"].as_str().unwrap().to_string();
    let day = (chrono::Utc::now() + chrono::Duration::days(5)).format("%Y-%m-%d").to_string();
    let (status, event) = api(
        &node,
        &anna,
        Method::POST,
        "/api/v1/events",
        json!({"title": "Plot walk",
        "description": "Illustrative.", "start": format!("{day}T10:00"), "end": format!("{day}T11:00"),
        "timezone": "Europe/Paris", "address": "Town hall", "language": "en"}),
    )
    .await;
    assert_eq!(status, 201, "{event}");
    let event_ap_id = event["ap_id"].as_str().unwrap().to_string();

    // anna follows the sender (its Accept is sent when a fixture needs the follow accepted).
    let (status, _) = api(&node, &anna, Method::POST, "/api/v1/follows", json!({"target": remote.actor_id})).await;
    assert_eq!(status, 200);
    let follow_id = {
        let mut id = None;
        eventually("anna's Follow reaches the sender", async || {
            id = remote.received_of_type("Follow").first().and_then(|f| f["id"].as_str().map(str::to_string));
            id.is_some()
        })
        .await;
        id.unwrap()
    };
    let inbox = node.url("/users/anna/inbox");
    // Actor documents in the corpus carry a throwaway key: an Update of the actor keeps the real one.
    let real_key = reqwest::get(&remote.actor_id).await.unwrap().json::<Value>().await.unwrap()["publicKey"].clone();
    let note_id = format!("{}/actor/statuses/113900000000000001", remote.base);
    let likes = async || db::oauth::count(&node.state.db, &post_ap_id, db::oauth::FAVOURITE).await.unwrap();

    for entry in manifest().into_iter().filter(|e| e["kind"] == "activity") {
        let file = entry["file"].as_str().unwrap();
        let needs = |what: &str| entry["requires"].as_array().is_some_and(|r| r.iter().any(|x| x == what));
        if needs("anna_follows_remote") {
            let accept = remote.activity("Accept", json!(follow_id));
            let response = remote.post(&node.url("/inbox"), &accept.to_string(), Spoil::default()).await;
            assert!(response.status().is_success());
        }
        let body = read(file)
            .replace("https://REMOTE", &remote.base)
            .replace("https://LOCAL/posts/1", &post_ap_id)
            .replace("https://LOCAL/events/1", &event_ap_id)
            .replace("https://LOCAL/activities/follow/1", &follow_id)
            .replace("https://LOCAL", &node.base);
        let mut activity: Value = serde_json::from_str(&body).unwrap();
        if activity["object"].get("publicKey").is_some() {
            activity["object"]["publicKey"] = real_key.clone();
        }
        let response = remote.post(&inbox, &activity.to_string(), Spoil::default()).await;
        let status = response.status().as_u16();
        let answer = response.text().await.unwrap();
        println!("{file}: {status} {answer}");
        assert!(status < 500, "{file} made the node fail: {status} {answer}");
        match entry["expect"].as_str().unwrap() {
            "refused" => assert!((400..500).contains(&status), "{file} should be refused: {status}"),
            _ => assert!((200..300).contains(&status), "{file} should be accepted: {status} {answer}"),
        }

        // What the stored ones did.
        match file {
            "mastodon_create_note.json" => {
                let notes = api(&node, &anna, Method::GET, "/api/v1/notifications", Value::Null).await.1;
                assert!(notes["items"].as_array().unwrap().iter().any(|n| n["type"] == "mention"), "{notes}");
                let stored = db::posts::by_ap_id(&node.state.db, &note_id).await.unwrap();
                let html = stored.expect("the note is stored").content_html;
                assert!(!html.contains("<script") && !html.contains("onerror"), "{html}");
            }
            "mastodon_delete_note.json" => {
                let gone = db::posts::by_ap_id(&node.state.db, &note_id).await.unwrap();
                assert!(gone.is_none(), "the author's Delete is honoured");
            }
            "mastodon_like.json" | "pleroma_like.json" | "lemmy_like.json" | "misskey_like_reaction.json" => {
                assert_eq!(likes().await, 1, "{file}: one like per person");
            }
            "mastodon_undo_like.json" => assert_eq!(likes().await, 0, "the like is undone"),
            "mastodon_follow.json" => {
                let followers = api(&node, &anna, Method::GET, "/api/v1/me/followers", Value::Null).await.1;
                assert!(followers.to_string().contains(&remote.actor_id), "{followers}");
            }
            "mastodon_accept_follow.json" => {
                let following = api(&node, &anna, Method::GET, "/api/v1/me/following", Value::Null).await.1;
                assert!(following.to_string().contains(&remote.actor_id), "{following}");
            }
            "mobilizon_create_event.json" | "mobilizon_update_event.json" => {
                let id = format!("{}/events/5d1f6c0e-3b7a-4e2d-9c58-0a4f7e2b91c3", remote.base);
                let stored = db::events::by_ap_id(&node.state.db, &id).await.unwrap().expect("the event is stored");
                assert_eq!(stored.title, "Spring seed swap");
                if file == "mobilizon_update_event.json" {
                    assert_eq!(stored.status, "cancelled", "Mobilizon's ical:status is read");
                }
            }
            "wordpress_create_article.json" => {
                let id = format!("{}/?p=482", remote.base);
                assert!(
                    db::resources::by_ap_id(&node.state.db, &id).await.unwrap().is_some(),
                    "the article is a resource"
                );
            }
            _ => {}
        }
    }
}
