//! Accounts that move: the new account names the old one, the old one sends `Move`, and
//! followers here and elsewhere follow the new account without doing anything.

use crate::common::{Remote, Spoil, TestNode, api, eventually};
use reqwest::Method;
use serde_json::{Value, json};

fn handle(node: &TestNode, name: &str) -> String {
    format!("@{name}@{}", node.base.trim_start_matches("http://"))
}

async fn following(node: &TestNode, token: &str, path: &str) -> Vec<String> {
    let (status, list) = api(node, token, Method::GET, path, Value::Null).await;
    assert_eq!(status, 200, "{list}");
    list["items"].as_array().unwrap().iter().map(|a| a["ap_id"].as_str().unwrap().to_string()).collect()
}

async fn actor_document(node: &TestNode, url: &str) -> Value {
    let response = node.client.get(url).header("accept", "application/activity+json").send().await.unwrap();
    response.json().await.unwrap()
}

#[tokio::test(flavor = "multi_thread")]
async fn a_remote_account_that_moves_takes_its_followers_here_along() {
    let gent = TestNode::start().await;
    let ben = gent.user_with_token("ben").await;
    let old = Remote::start().await;
    let (status, body) = api(&gent, &ben, Method::POST, "/api/v1/follows", json!({"target": old.actor_id})).await;
    assert_eq!(status, 200, "{body}");
    eventually("the Follow arrives", async || !old.received_of_type("Follow").is_empty()).await;
    let follow_id = old.received_of_type("Follow")[0]["id"].clone();
    let accept = old.activity("Accept", follow_id);
    assert!(old.post(&gent.url("/inbox"), &accept.to_string(), Spoil::default()).await.status().is_success());
    eventually("Ben follows the account", async || {
        following(&gent, &ben, "/api/v1/me/following").await == [old.actor_id.clone()]
    })
    .await;

    // A move to an account that does not name the old one is refused, and nothing changes.
    let stranger = Remote::start().await;
    let move_to = |target: &str| {
        let mut activity = old.activity("Move", json!(old.actor_id));
        activity["target"] = json!(target);
        activity.to_string()
    };
    let refused = old.post(&gent.url("/inbox"), &move_to(&stranger.actor_id), Spoil::default()).await;
    assert_eq!(refused.status(), 403);
    // Nobody moves someone else.
    let mut forged = stranger.activity("Move", json!(old.actor_id));
    forged["target"] = json!(stranger.actor_id);
    let refused = stranger.post(&gent.url("/inbox"), &forged.to_string(), Spoil::default()).await;
    assert_eq!(refused.status(), 403);
    assert_eq!(following(&gent, &ben, "/api/v1/me/following").await, std::slice::from_ref(&old.actor_id));
    assert!(stranger.received_of_type("Follow").is_empty());

    // The new account names the old one (Mastodon's alsoKnownAs): Ben follows it instead.
    let new = Remote::start_with("Person", json!({"alsoKnownAs": [old.actor_id]})).await;
    let taken = old.post(&gent.url("/inbox"), &move_to(&new.actor_id), Spoil::default()).await;
    assert!(taken.status().is_success(), "{}", taken.status());
    eventually("the new account is followed and the old one is not", async || {
        let asked = new.received_of_type("Follow");
        asked.len() == 1 && !old.received_of_type("Undo").is_empty()
    })
    .await;
    assert_eq!(following(&gent, &ben, "/api/v1/me/following/pending").await, std::slice::from_ref(&new.actor_id));
    assert!(following(&gent, &ben, "/api/v1/me/following").await.is_empty());
    let (_, found) = api(&gent, &ben, Method::GET, &format!("/api/v1/lookup?q={}", old.actor_id), Value::Null).await;
    assert_eq!(found["moved_to"], new.actor_id.as_str(), "{found}");
}

#[tokio::test(flavor = "multi_thread")]
async fn a_person_and_a_city_move_to_another_node_and_their_followers_come_along() {
    let lyon = TestNode::start().await;
    let anna_at_lyon = lyon.user_with_token("anna").await;
    let lyon_admin = lyon.admin_with_token("operator").await;
    let gent = TestNode::start().await;
    let anna_at_gent = gent.user_with_token("anna").await;
    let gent_admin = gent.admin_with_token("operator").await;
    let paris = TestNode::start().await;
    let ben = paris.user_with_token("ben").await;
    let old_anna = lyon.url("/users/anna");
    let new_anna = gent.url("/users/anna");

    // Ben (on another Cairn node) and a Mastodon-shaped account follow Anna and Lyon's city.
    for target in [handle(&lyon, "anna"), handle(&lyon, "city")] {
        let (status, body) = api(&paris, &ben, Method::POST, "/api/v1/follows", json!({"target": target})).await;
        assert_eq!(status, 200, "{body}");
    }
    let mastodon = Remote::start().await;
    let follow = mastodon.activity("Follow", json!(old_anna));
    assert!(mastodon.post(&lyon.url("/inbox"), &follow.to_string(), Spoil::default()).await.status().is_success());
    eventually("both follows are accepted", async || {
        following(&paris, &ben, "/api/v1/me/following").await.len() == 2
            && !mastodon.received_of_type("Accept").is_empty()
    })
    .await;

    // Moving to an account that does not name the old one is refused.
    let target = json!({"target": handle(&gent, "anna")});
    let (status, answer) = api(&lyon, &anna_at_lyon, Method::POST, "/api/v1/me/move", target.clone()).await;
    assert_eq!((status, answer["field"].as_str()), (422, Some("target")), "{answer}");

    // Anna at Gent names her Lyon account; then she moves.
    let aliases = json!({"aliases": [handle(&lyon, "anna")]});
    let (status, answer) = api(&gent, &anna_at_gent, Method::PUT, "/api/v1/me/aliases", aliases).await;
    assert_eq!((status, answer["also_known_as"].clone()), (200, json!([old_anna])), "{answer}");
    assert_eq!(actor_document(&gent, &new_anna).await["alsoKnownAs"], json!([old_anna]));
    let (status, answer) = api(&lyon, &anna_at_lyon, Method::POST, "/api/v1/me/move", target.clone()).await;
    assert_eq!((status, answer["moved_to"].as_str()), (200, Some(new_anna.as_str())), "{answer}");
    assert_eq!(actor_document(&lyon, &old_anna).await["movedTo"], new_anna.as_str());
    let (status, _) = api(&lyon, &anna_at_lyon, Method::POST, "/api/v1/me/move", target).await;
    assert_eq!(status, 409, "an account moves once");
    // Mastodon apps see where she went.
    let (_, old_account) = api(&lyon, &anna_at_lyon, Method::GET, "/api/v1/lookup?q=@anna", Value::Null).await;
    let path = format!("/api/v1/accounts/{}", old_account["id"]);
    let (status, account) = api(&lyon, "", Method::GET, &path, Value::Null).await;
    assert_eq!((status, account["moved"]["uri"].as_str()), (200, Some(new_anna.as_str())), "{account}");

    // The Mastodon-shaped follower gets the Move it acts on; Ben's node acts on it itself.
    eventually("Mastodon gets the Move", async || !mastodon.received_of_type("Move").is_empty()).await;
    let delivered = &mastodon.received_of_type("Move")[0];
    assert_eq!(
        (delivered["actor"].as_str(), delivered["object"].as_str()),
        (Some(old_anna.as_str()), Some(old_anna.as_str()))
    );
    assert_eq!(delivered["target"], new_anna.as_str());
    eventually("Ben follows Anna at Gent, not at Lyon", async || {
        let followed = following(&paris, &ben, "/api/v1/me/following").await;
        followed.contains(&new_anna) && !followed.contains(&old_anna)
    })
    .await;

    // The city's organisation moves the same way, by its admins.
    let aliases = json!({"aliases": [handle(&lyon, "city")]});
    let (status, answer) = api(&gent, &gent_admin, Method::PUT, "/api/v1/admin/city/aliases", aliases).await;
    assert_eq!(status, 200, "{answer}");
    let target = json!({"target": handle(&gent, "city")});
    let (status, answer) = api(&lyon, &anna_at_lyon, Method::POST, "/api/v1/admin/city/move", target.clone()).await;
    assert_eq!(status, 403, "only admins move the city: {answer}");
    let (status, answer) = api(&lyon, &lyon_admin, Method::POST, "/api/v1/admin/city/move", target).await;
    assert_eq!(status, 200, "{answer}");
    eventually("Ben follows Gent's city instead of Lyon's", async || {
        let followed = following(&paris, &ben, "/api/v1/me/following").await;
        followed.contains(&gent.url("/users/city")) && !followed.contains(&lyon.url("/users/city"))
    })
    .await;
}

#[tokio::test(flavor = "multi_thread")]
async fn moving_is_done_from_the_settings_pages() {
    let lyon = TestNode::start().await;
    lyon.user_with_token("anna").await;
    let gent = TestNode::start().await;
    gent.user_with_token("anna").await;
    gent.user_with_token("ben").await;

    let csrf = gent.log_in("anna").await;
    let page = gent.client.get(gent.url("/settings/move")).send().await.unwrap();
    assert_eq!(page.status(), 200);
    let form = [("csrf", csrf.as_str()), ("aliases", &handle(&lyon, "anna"))];
    let saved = gent.client.post(gent.url("/settings/aliases")).form(&form).send().await.unwrap();
    assert_eq!(saved.status(), 303);
    let page = gent.client.get(gent.url("/settings/move")).send().await.unwrap().text().await.unwrap();
    assert!(page.contains(&lyon.url("/users/anna")), "the alias is shown");

    let csrf = lyon.log_in("anna").await;
    let not_named = [("csrf", csrf.as_str()), ("target", &handle(&gent, "ben"))];
    let refused = lyon.client.post(lyon.url("/settings/move")).form(&not_named).send().await.unwrap();
    assert_eq!(refused.status(), 422);
    assert!(refused.text().await.unwrap().contains("as an alias"), "the form says what to do first");
    let named = [("csrf", csrf.as_str()), ("target", &handle(&gent, "anna"))];
    let moved = lyon.client.post(lyon.url("/settings/move")).form(&named).send().await.unwrap();
    assert_eq!(moved.status(), 303);
    let profile = lyon.client.get(lyon.url("/@anna")).send().await.unwrap().text().await.unwrap();
    assert!(profile.contains("This account has moved to"), "the old profile points to the new one");
    assert!(profile.contains(&handle(&gent, "anna")), "{profile}");
}

#[tokio::test(flavor = "multi_thread")]
async fn an_account_archive_brings_its_work_and_follows_to_the_new_node() {
    let lyon = TestNode::start().await;
    let anna_at_lyon = lyon.user_with_token("anna").await;
    lyon.user_with_token("carl").await;
    let gent = TestNode::start().await;
    let anna_at_gent = gent.user_with_token("anna").await;

    let resource = json!({"kind": "case_study", "title": "Bike lanes (illustrative)", "summary": "Illustrative demo.",
                          "body": "Illustrative demo text.", "language": "en", "sectors": ["mobility"]});
    assert_eq!(api(&lyon, &anna_at_lyon, Method::POST, "/api/v1/resources", resource).await.0, 201);
    let day = (chrono::Utc::now() + chrono::Duration::days(5)).format("%Y-%m-%d").to_string();
    let event = json!({"title": "Cycling forum", "start": format!("{day}T10:00"), "end": format!("{day}T12:00"),
                       "timezone": "Europe/Paris", "address": "Hôtel de ville", "language": "fr"});
    assert_eq!(api(&lyon, &anna_at_lyon, Method::POST, "/api/v1/events", event).await.0, 201);
    let post = json!({"content": "Counting cyclists this week."});
    assert_eq!(api(&lyon, &anna_at_lyon, Method::POST, "/api/v1/posts", post).await.0, 201);
    let follow = json!({"target": "carl"});
    assert_eq!(api(&lyon, &anna_at_lyon, Method::POST, "/api/v1/follows", follow).await.0, 200);

    let response = lyon.client.get(lyon.url("/api/v1/me/export")).bearer_auth(&anna_at_lyon).send().await.unwrap();
    assert_eq!(response.status(), 200);
    let disposition = response.headers()["content-disposition"].to_str().unwrap().to_string();
    assert!(disposition.starts_with("attachment; filename=\"cairn-anna-"), "{disposition}");
    let archive: Value = response.json().await.unwrap();
    assert_eq!(archive["kind"], "cairn-account-archive");
    assert_eq!(archive["resources"][0]["title"], "Bike lanes (illustrative)");
    assert_eq!(archive["events"][0]["title"], "Cycling forum");
    assert_eq!(archive["posts"][0]["content"], "Counting cyclists this week.");
    assert_eq!(archive["following"], json!([lyon.url("/users/carl")]));

    let (status, answer) = api(&gent, &anna_at_gent, Method::POST, "/api/v1/me/import", json!({"kind": "other"})).await;
    assert_eq!(status, 422, "{answer}");
    let (status, report) = api(&gent, &anna_at_gent, Method::POST, "/api/v1/me/import", archive.clone()).await;
    assert_eq!(status, 200, "{report}");
    assert_eq!(
        report,
        json!({"resources": 1, "events": 1, "posts": 1, "follows": 1, "already_here": 0, "problems": []})
    );
    // The same archive again publishes nothing twice.
    let (status, report) = api(&gent, &anna_at_gent, Method::POST, "/api/v1/me/import", archive.clone()).await;
    assert_eq!(status, 200, "{report}");
    assert_eq!(
        report,
        json!({"resources": 0, "events": 0, "posts": 0, "follows": 1, "already_here": 3, "problems": []})
    );
    let (_, found) = api(&gent, &anna_at_gent, Method::GET, "/api/v1/resources?q=bike", Value::Null).await;
    assert_eq!(found["items"][0]["author"]["ap_id"], gent.url("/users/anna"), "{found}");
    let (_, calendar) = api(&gent, &anna_at_gent, Method::GET, "/api/v1/events", Value::Null).await;
    assert_eq!(calendar["items"][0]["title"], "Cycling forum");
    eventually("Anna at Gent follows Carl at Lyon", async || {
        following(&gent, &anna_at_gent, "/api/v1/me/following").await == [lyon.url("/users/carl")]
    })
    .await;

    // The same file, uploaded from the settings page: nothing is published twice.
    let csrf = gent.log_in("anna").await;
    let page = gent.client.get(gent.url("/settings/import")).send().await.unwrap();
    assert_eq!(page.status(), 200);
    let upload = |file: Vec<u8>| {
        let part =
            reqwest::multipart::Part::bytes(file).file_name("cairn-anna.json").mime_str("application/json").unwrap();
        reqwest::multipart::Form::new().text("csrf", csrf.clone()).part("archive", part)
    };
    let refused =
        gent.client.post(gent.url("/settings/import")).multipart(upload(b"{}".to_vec())).send().await.unwrap();
    assert_eq!(refused.status(), 422);
    assert!(refused.text().await.unwrap().contains("not a Cairn account archive"));
    let file = serde_json::to_vec(&archive).unwrap();
    let imported = gent.client.post(gent.url("/settings/import")).multipart(upload(file)).send().await.unwrap();
    assert_eq!(imported.status(), 200);
    assert!(imported.text().await.unwrap().contains("3 items were already here"));

    // The archive is downloaded from the settings page.
    lyon.log_in("anna").await;
    let download = lyon.client.get(lyon.url("/settings/export")).send().await.unwrap();
    assert_eq!(download.status(), 200);
    assert!(download.headers()["content-disposition"].to_str().unwrap().starts_with("attachment"));
}

async fn group_posts(node: &TestNode, token: &str, group: &str) -> Vec<String> {
    let (status, page) = api(node, token, Method::GET, &format!("/api/v1/groups/{group}/posts"), Value::Null).await;
    assert_eq!(status, 200, "{page}");
    // Remote posts come as HTML only.
    page["items"].as_array().unwrap().iter().map(|p| p["content_html"].as_str().unwrap().to_string()).collect()
}

async fn members(node: &TestNode, token: &str, group: &str) -> Vec<(String, String)> {
    let (status, page) = api(node, token, Method::GET, &format!("/api/v1/groups/{group}/members"), Value::Null).await;
    assert_eq!(status, 200, "{page}");
    let items = page["items"].as_array().unwrap().iter();
    items.map(|m| (m["ap_id"].as_str().unwrap().to_string(), m["role"].as_str().unwrap().to_string())).collect()
}

#[tokio::test(flavor = "multi_thread")]
async fn a_group_moves_with_its_members_roles_and_discussions() {
    // The group starts on a network's node; its moderator Bob, then the group, move to Gent.
    let network = TestNode::start().await;
    let anna = network.user_with_token("anna").await;
    let bob = network.user_with_token("bob").await;
    let gent = TestNode::start().await;
    let carol = gent.user_with_token("carol").await;
    let bob_at_gent = gent.user_with_token("bob").await;
    let paris = TestNode::start().await;
    let ben = paris.user_with_token("ben").await;
    let old_group = network.url("/users/heat");
    let new_group = gent.url("/users/heat");
    let old_handle = handle(&network, "heat");

    let group = |join_mode: &str| {
        json!({"handle": "heat", "name": "Heat networks", "description": "Illustrative group for tests",
               "sectors": [], "topics": [], "join_mode": join_mode, "visibility": "members"})
    };
    let (status, body) = api(&network, &anna, Method::POST, "/api/v1/groups", group("open")).await;
    assert_eq!(status, 201, "{body}");
    let (status, body) = api(&network, &bob, Method::POST, "/api/v1/groups/heat/membership", Value::Null).await;
    assert_eq!(status, 200, "{body}");
    let (_, page) = api(&network, &anna, Method::GET, "/api/v1/groups/heat/members", Value::Null).await;
    let bob_id = page["items"].as_array().unwrap().iter().find(|m| m["username"] == "bob").unwrap()["id"].clone();
    let path = format!("/api/v1/groups/heat/members/{bob_id}");
    let (status, body) = api(&network, &anna, Method::PUT, &path, json!({"role": "moderator"})).await;
    assert!((200..300).contains(&status), "{status} {body}");
    let membership = format!("/api/v1/groups/{old_handle}/membership");
    let (status, body) = api(&paris, &ben, Method::POST, &membership, Value::Null).await;
    assert_eq!(status, 200, "{body}");
    let mastodon = Remote::start().await;
    let follow = mastodon.activity("Follow", json!(old_group));
    assert!(mastodon.post(&network.url("/inbox"), &follow.to_string(), Spoil::default()).await.status().is_success());
    eventually("Ben and the Mastodon-shaped account are members", async || {
        members(&network, &anna, "heat").await.len() == 4
    })
    .await;
    let post = json!({"content": "Our heat pumps' first winter"});
    let (status, body) = api(&network, &anna, Method::POST, "/api/v1/groups/heat/posts", post).await;
    assert!((200..300).contains(&status), "{status} {body}");
    let post = json!({"content": "District heating in Paris"});
    let (status, body) = api(&paris, &ben, Method::POST, &format!("/api/v1/groups/{old_handle}/posts"), post).await;
    assert!((200..300).contains(&status), "{status} {body}");
    eventually("both posts are in the group", async || group_posts(&network, &anna, "heat").await.len() == 2).await;

    // Bob moves to Gent first (as a person).
    let aliases = json!({"aliases": [handle(&network, "bob")]});
    let (status, body) = api(&gent, &bob_at_gent, Method::PUT, "/api/v1/me/aliases", aliases).await;
    assert_eq!(status, 200, "{body}");
    let target = json!({"target": handle(&gent, "bob")});
    let (status, body) = api(&network, &bob, Method::POST, "/api/v1/me/move", target).await;
    assert_eq!(status, 200, "{body}");

    // The new group, on Gent, asks moderators to approve newcomers.
    let (status, body) = api(&gent, &carol, Method::POST, "/api/v1/groups", group("approval")).await;
    assert_eq!(status, 201, "{body}");
    let target = json!({"target": handle(&gent, "heat")});
    let (status, body) = api(&network, &anna, Method::POST, "/api/v1/groups/heat/move", target.clone()).await;
    assert_eq!(
        (status, body["field"].as_str()),
        (422, Some("target")),
        "the new group names the old one first: {body}"
    );
    let aliases = json!({"aliases": [old_handle]});
    let (status, body) = api(&gent, &carol, Method::PUT, "/api/v1/groups/heat/aliases", aliases).await;
    assert_eq!((status, body["also_known_as"].clone()), (200, json!([old_group])), "{body}");
    assert_eq!(actor_document(&gent, &new_group).await["alsoKnownAs"], json!([old_group]));
    let (status, body) = api(&network, &ben, Method::POST, "/api/v1/groups/heat/move", target.clone()).await;
    assert_eq!(status, 401, "a stranger's token is not valid here: {body}");
    let (status, body) = api(&gent, &bob_at_gent, Method::POST, "/api/v1/groups/heat/move", target.clone()).await;
    assert_eq!(status, 403, "only the group's administrators move it: {body}");
    let (status, body) = api(&network, &anna, Method::POST, "/api/v1/groups/heat/move", target.clone()).await;
    assert_eq!((status, body["moved_to"].as_str()), (200, Some(new_group.as_str())), "{body}");
    let (status, _) = api(&network, &anna, Method::POST, "/api/v1/groups/heat/move", target).await;
    assert_eq!(status, 409, "a group moves once");
    assert_eq!(actor_document(&network, &old_group).await["movedTo"], new_group.as_str());

    // The members come along without doing anything, past the new group's approval; Bob, now on
    // Gent, moderates again; the Mastodon-shaped member gets the Move it acts on.
    let (anna_url, ben_url) = (network.url("/users/anna"), paris.url("/users/ben"));
    eventually("the members are in the new group, Bob as moderator", async || {
        let now = members(&gent, &carol, "heat").await;
        let role_of = |url: &str| now.iter().find(|(id, _)| id == url).map(|(_, role)| role.clone());
        role_of(&anna_url).as_deref() == Some("member")
            && role_of(&ben_url).as_deref() == Some("member")
            && role_of(&gent.url("/users/bob")).as_deref() == Some("moderator")
            && role_of(&gent.url("/users/carol")).as_deref() == Some("admin")
    })
    .await;
    let (_, requests) = api(&gent, &carol, Method::GET, "/api/v1/groups/heat/members", Value::Null).await;
    assert_eq!(requests["requests"], json!([]), "nobody waits for approval: {requests}");
    eventually("Mastodon gets the Move", async || !mastodon.received_of_type("Move").is_empty()).await;
    assert_eq!(mastodon.received_of_type("Move")[0]["target"], new_group.as_str());
    let (_, seen) =
        api(&paris, &ben, Method::GET, &format!("/api/v1/groups/{}", handle(&gent, "heat")), Value::Null).await;
    assert_eq!(seen["membership"], "accepted", "{seen}");

    // The discussions, members-only, are in the new group on its node and on Ben's.
    let both = async |node: &TestNode, token: &str, group: &str| {
        let posts = group_posts(node, token, group).await;
        posts.len() == 2
            && posts.iter().any(|p| p.contains("District heating in Paris"))
            && posts.iter().any(|p| p.contains("first winter"))
    };
    eventually("Gent has the old discussions", async || both(&gent, &carol, "heat").await).await;
    assert!(both(&paris, &ben, &handle(&gent, "heat")).await, "Ben sees them in the new group");

    // The old group takes no one and nothing more, keeps its member list, and says where it went.
    let (status, body) = api(&network, &bob, Method::POST, "/api/v1/groups/heat/membership", Value::Null).await;
    assert_eq!(status, 409, "{body}");
    let (status, body) = api(&network, &anna, Method::DELETE, "/api/v1/groups/heat/membership", Value::Null).await;
    assert_eq!(status, 409, "{body}");
    let post = json!({"content": "Still here?"});
    let (status, body) = api(&network, &anna, Method::POST, "/api/v1/groups/heat/posts", post).await;
    assert_eq!(status, 409, "{body}");
    // A group elsewhere that claims to have moved to Gent's cannot post into it: Gent's group
    // does not name it.
    let impostor = Remote::start_with("Group", json!({"movedTo": new_group})).await;
    let note = json!({"id": format!("{}/notes/1", impostor.base), "type": "Note", "attributedTo": impostor.actor_id,
        "content": "<p>Cheap heat pumps here</p>", "audience": new_group,
        "to": ["https://www.w3.org/ns/activitystreams#Public"], "published": "2026-12-01T10:00:00Z"});
    let announce = impostor.activity("Announce", note).to_string();
    let answer = impostor.post(&gent.url("/inbox"), &announce, Spoil::default()).await.status();
    assert!(answer.is_success() || answer.is_client_error(), "{answer}");
    assert!(!group_posts(&gent, &carol, "heat").await.iter().any(|p| p.contains("Cheap heat pumps")));

    network.log_in("anna").await;
    let page = network.client.get(network.url("/groups/heat")).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("This group has moved to"), "{page}");
    gent.log_in("carol").await;
    let page = gent.client.get(gent.url("/groups/heat/move")).send().await.unwrap();
    assert_eq!(page.status(), 200);
    assert!(page.text().await.unwrap().contains(&old_group), "the move page lists the earlier group");
}
