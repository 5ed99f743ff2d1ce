//! Real `cairn` processes on loopback, following each other across nodes.

use federation_tests::{Backend, Node, Place, eventually, postgres_if_available};
use reqwest::Method;
use serde_json::{Value, json};

async fn following_state(node: &Node, token: &str, actor_id: &str) -> Option<&'static str> {
    for (path, state) in [("/api/v1/me/following", "accepted"), ("/api/v1/me/following/pending", "pending")] {
        let list = node.get(token, path).await;
        if list["items"].as_array().unwrap().iter().any(|a| a["ap_id"] == actor_id) {
            return Some(state);
        }
    }
    None
}

#[tokio::test(flavor = "multi_thread")]
async fn two_nodes_follow_each_other_in_both_directions() {
    let place = Place::new();
    let a = place.node("Lyon", Backend::Sqlite).await;
    let b = place.node("Gent", postgres_if_available()).await;
    let anna = a.user("anna");
    let ben = b.user("ben");

    // anna@A follows ben@B by handle (WebFinger) and B's city actor by URL.
    let (status, body) = a.send(Method::POST, &anna, "/api/v1/follows", json!({"target": b.handle("ben")})).await;
    assert_eq!(status, 200, "{body}");
    let (status, body) = a.send(Method::POST, &anna, "/api/v1/follows", json!({"target": b.actor_id("city")})).await;
    assert_eq!(status, 200, "{body}");
    eventually("B accepts both follows", async || {
        following_state(&a, &anna, &b.actor_id("ben")).await == Some("accepted")
            && following_state(&a, &anna, &b.actor_id("city")).await == Some("accepted")
    })
    .await;
    let followers = b.get(&ben, "/api/v1/me/followers").await;
    assert_eq!(followers["items"][0]["ap_id"], a.actor_id("anna"));
    assert_eq!(followers["items"][0]["origin"], a.domain);
    assert_eq!(b.collection("/users/city/followers").await, vec![a.actor_id("anna")]);
    let profile = b.client.get(b.url("/@ben")).send().await.unwrap().text().await.unwrap();
    assert!(profile.contains("1 follower<") || profile.contains("1 follower "), "B's profile page shows the follower");

    // ben@B follows anna@A back.
    let (status, _) = b.send(Method::POST, &ben, "/api/v1/follows", json!({"target": a.handle("anna")})).await;
    assert_eq!(status, 200);
    eventually("A accepts ben", async || following_state(&b, &ben, &a.actor_id("anna")).await == Some("accepted"))
        .await;
    assert_eq!(a.collection("/users/anna/followers").await, vec![b.actor_id("ben")]);

    // A profile edit on B reaches A, which follows ben.
    let (status, _) = b
        .send(Method::PATCH, &ben, "/api/v1/me", json!({"job_title": "Mobility lead", "expertise": ["cycling"]}))
        .await;
    assert_eq!(status, 200);
    eventually("A sees ben's new job title", async || {
        let known = a.get(&anna, "/api/v1/me/following").await;
        known["items"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f["ap_id"] == b.actor_id("ben") && f["job_title"] == "Mobility lead")
    })
    .await;

    // Undo: anna unfollows ben, and B forgets the follower.
    let (status, _) = a.send(Method::DELETE, &anna, "/api/v1/follows", json!({"target": b.handle("ben")})).await;
    assert_eq!(status, 204);
    eventually("B drops the follower", async || {
        b.get(&ben, "/api/v1/me/followers").await["items"].as_array().unwrap().is_empty()
    })
    .await;
    assert_eq!(following_state(&a, &anna, &b.actor_id("ben")).await, None);
}

#[tokio::test(flavor = "multi_thread")]
async fn a_node_restarted_with_pending_deliveries_delivers_them() {
    let place = Place::new();
    let mut a = place.node("Lyon", Backend::Sqlite).await;
    let mut b = place.node("Gent", postgres_if_available()).await;
    let anna = a.admin("anna");
    let looked_up = a
        .client
        .get(a.url("/api/v1/lookup"))
        .query(&[("q", b.handle("city"))])
        .bearer_auth(&anna)
        .send()
        .await
        .unwrap();
    assert_eq!(looked_up.status(), 200, "A caches B's city actor while B is up");

    b.stop();
    let (status, body) = a.send(Method::POST, &anna, "/api/v1/follows", json!({"target": b.actor_id("city")})).await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["state"], "pending");
    let instance = format!("/api/v1/admin/instances/{}", b.domain);
    eventually("A marks B unreachable after repeated failures", async || {
        a.try_get(&anna, &instance).await.is_ok_and(|i| i["unreachable_since"].is_string())
    })
    .await;

    a.stop();
    b.restart().await;
    a.restart().await;
    eventually("the Follow queued before the restart arrives", async || {
        b.collection("/users/city/followers").await == vec![a.actor_id("anna")]
    })
    .await;
    eventually("and its Accept comes back", async || {
        following_state(&a, &anna, &b.actor_id("city")).await == Some("accepted")
    })
    .await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_follow_request_waits_for_approval_across_nodes() {
    let place = Place::new();
    let a = place.node("Lyon", Backend::Sqlite).await;
    let b = place.node("Gent", postgres_if_available()).await;
    let anna = a.user("anna");
    let ben = b.user("ben");
    let (status, _) = b.send(Method::PATCH, &ben, "/api/v1/me", json!({"manually_approves_followers": true})).await;
    assert_eq!(status, 200);
    let (_, body) = a.send(Method::POST, &anna, "/api/v1/follows", json!({"target": b.handle("ben")})).await;
    assert_eq!(body["state"], "pending");
    let mut request_id = None;
    eventually("B lists the request", async || {
        let requests = b.get(&ben, "/api/v1/me/follow-requests").await;
        request_id = requests["items"][0]["follow_id"].as_i64();
        request_id.is_some()
    })
    .await;
    assert_eq!(following_state(&a, &anna, &b.actor_id("ben")).await, Some("pending"));
    let (status, _) = b
        .send(Method::POST, &ben, &format!("/api/v1/me/follow-requests/{}/accept", request_id.unwrap()), Value::Null)
        .await;
    assert_eq!(status, 204);
    eventually("A learns it was accepted", async || {
        following_state(&a, &anna, &b.actor_id("ben")).await == Some("accepted")
    })
    .await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_command_line_says_what_is_wrong() {
    let place = Place::new();
    let a = place.node("Lyon", Backend::Sqlite).await;
    let (ok, _, err) =
        a.cli(&["admin", "create-user", "anna", "--email", "anna@lyon.example", "--password-stdin"], "short\n");
    assert!(!ok);
    assert!(err.contains("10 to 512 characters"), "{err}");
    let (ok, _, err) = a.cli(&["admin", "token", "nobody"], "");
    assert!(!ok);
    assert!(err.contains("no account nobody"), "{err}");
    let (ok, out, _) = a.cli(
        &["admin", "create-user", "root_admin", "--email", "admin@lyon.example", "--password-stdin", "--admin"],
        "a long enough passphrase 42\n",
    );
    assert!(ok);
    assert!(out.contains("created admin"), "{out}");
    let (ok, _, err) = a.cli(&["admin", "token", "root_admin", "--expires-in-days", "0"], "");
    assert!(!ok && err.contains("1 to 3650 days"), "{err}");
    let (ok, out, _) = a.cli(&["admin", "token", "root_admin", "--name", "backup job", "--expires-in-days", "30"], "");
    assert!(ok && out.trim().len() > 20, "{out}");
    let (ok, out, _) = a.cli(&["admin", "revoke-tokens", "root_admin"], "");
    assert!(ok && out.contains("revoked 1 API token of root_admin"), "{out}");
    let (ok, _, err) = a.cli(&["admin", "revoke-tokens", "nobody"], "");
    assert!(!ok && err.contains("no account nobody"), "{err}");
    let (ok, out, _) = a.cli(&["migrate"], "");
    assert!(ok && out.contains("up to date"), "{out}");
    let mut bad = a.cli(&["serve", "--config", "/nonexistent/cairn.toml"], "");
    assert!(!bad.0);
    bad.2 = bad.2.trim().to_string();
    assert!(bad.2.contains("cannot read config file") && !bad.2.contains('\n'), "one line: {}", bad.2);
    // The command speaks the language its environment asks for, as POSIX orders the variables.
    let (ok, out, _) = a.cli_with(&["migrate"], "", &[("LANG", "fr_FR.UTF-8")]);
    assert!(ok && out.contains("la base de données est à jour"), "{out}");
    let (ok, _, err) =
        a.cli_with(&["admin", "token", "nobody"], "", &[("LANG", "fr_FR.UTF-8"), ("LC_ALL", "de_DE.UTF-8")]);
    assert!(!ok && err.contains("nobody") && !err.contains("there is no account"), "in German: {err}");
    let (ok, _, err) = a.cli_with(&["serve", "--config", "/nonexistent/cairn.toml"], "", &[("LANG", "de_DE.UTF-8")]);
    assert!(!ok && err.contains("Konfigurationsdatei"), "{err}");
}

#[tokio::test(flavor = "multi_thread")]
async fn following_a_city_brings_its_earlier_case_studies_and_events() {
    let place = Place::new();
    let a = place.node("Lyon", Backend::Sqlite).await;
    let b = place.node("Gent", postgres_if_available()).await;
    let anna = a.user("anna");
    let ben = b.user("ben");
    let case_study = json!({"kind": "case_study", "title": "Lyon's heat network (illustrative)",
        "summary": "Illustrative demo.", "body": "Illustrative demo text.", "language": "en", "sectors": ["energy_systems"]});
    let (status, body) = a.send(Method::POST, &anna, "/api/v1/resources", case_study).await;
    assert_eq!(status, 201, "{body}");
    let day = (chrono::Utc::now() + chrono::Duration::days(4)).format("%Y-%m-%d").to_string();
    let event = json!({"title": "Heat network open day", "description": "Illustrative.",
        "start": format!("{day}T10:00"), "end": format!("{day}T12:00"), "timezone": "Europe/Paris",
        "address": "Place Bellecour", "language": "en"});
    let (status, body) = a.send(Method::POST, &anna, "/api/v1/events", event).await;
    assert_eq!(status, 201, "{body}");

    let (status, body) = b.send(Method::POST, &ben, "/api/v1/follows", json!({"target": a.actor_id("city")})).await;
    assert_eq!(status, 200, "{body}");
    let titles = async |path: &str| -> Vec<Value> {
        b.get(&ben, path).await["items"].as_array().unwrap().iter().map(|i| i["title"].clone()).collect()
    };
    eventually("B's repository and calendar show what A published before the follow", async || {
        titles("/api/v1/resources").await == [json!("Lyon's heat network (illustrative)")]
            && titles("/api/v1/events").await == [json!("Heat network open day")]
    })
    .await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_city_moves_to_its_own_node_and_its_followers_come_along() {
    let place = Place::new();
    let network = place.node("Lyon", Backend::Sqlite).await;
    let own = place.node("Gent", postgres_if_available()).await;
    let colleagues = place.node("Paris", Backend::Sqlite).await;
    let ben = colleagues.user("ben");
    let (old_city, new_city) = (network.actor_id("city"), own.actor_id("city"));
    let (status, body) = colleagues.send(Method::POST, &ben, "/api/v1/follows", json!({"target": old_city})).await;
    assert_eq!(status, 200, "{body}");
    let followed = async || -> Vec<Value> {
        colleagues.get(&ben, "/api/v1/me/following").await["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|a| a["ap_id"].clone())
            .collect()
    };
    eventually("Ben follows the city on the network's node", async || followed().await == [json!(old_city)]).await;

    // The city's own node names the old actor; the network's admin moves it there.
    let (status, body) = own
        .send(Method::PUT, &own.admin("operator"), "/api/v1/admin/city/aliases", json!({"aliases": [old_city]}))
        .await;
    assert_eq!(status, 200, "{body}");
    let mover = network.admin("operator");
    let (status, body) =
        network.send(Method::POST, &mover, "/api/v1/admin/city/move", json!({"target": new_city})).await;
    assert_eq!((status, body["moved_to"].clone()), (200, json!(new_city)), "{body}");
    eventually("Ben follows the city on its own node, without doing anything", async || {
        followed().await == [json!(new_city)]
    })
    .await;
}
