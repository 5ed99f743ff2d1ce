use crate::common::{Remote, Spoil, TestNode, eventually};
use cairn::db::{
    self,
    follows::{ACCEPTED, PENDING, Side},
};
use serde_json::{Value, json};

async fn follower_count(node: &TestNode, username: &str, state: &str) -> i64 {
    let actor = db::actors::local_by_username(&node.state.db, username).await.unwrap().unwrap();
    db::follows::count(&node.state.db, actor.id, Side::Followers, state).await.unwrap()
}

#[tokio::test(flavor = "multi_thread")]
async fn a_signed_follow_is_accepted_and_answered() {
    let node = TestNode::start().await;
    let remote = Remote::start().await;
    let follow = remote.activity("Follow", json!(node.url("/users/city")));
    let response = remote.post(&node.url("/users/city/inbox"), &follow.to_string(), Spoil::default()).await;
    assert_eq!(response.status(), 202, "{}", response.text().await.unwrap());
    assert_eq!(follower_count(&node, "city", ACCEPTED).await, 1);
    eventually("the Accept reaches the remote inbox", async || !remote.received_of_type("Accept").is_empty()).await;
    let accept = &remote.received_of_type("Accept")[0];
    assert_eq!(accept["actor"], node.url("/users/city"));
    assert_eq!(accept["object"]["id"], follow["id"]);

    let cached = db::actors::by_ap_id(&node.state.db, &remote.actor_id).await.unwrap().unwrap();
    assert_eq!(cached.display_name, "Remote Tester", "remote HTML is stripped");
    assert_eq!(cached.summary, "Hi");

    let undo = remote.activity("Undo", follow.clone());
    let response = remote.post(&node.url("/inbox"), &undo.to_string(), Spoil::default()).await;
    assert_eq!(response.status(), 202);
    assert_eq!(follower_count(&node, "city", ACCEPTED).await, 0);
}

#[tokio::test(flavor = "multi_thread")]
async fn bad_signatures_are_refused_with_401() {
    let node = TestNode::start().await;
    let remote = Remote::start().await;
    let inbox = node.url("/users/city/inbox");
    let body = remote.activity("Follow", json!(node.url("/users/city"))).to_string();
    let unsigned = node
        .client
        .post(&inbox)
        .header("content-type", "application/activity+json")
        .body(body.clone())
        .send()
        .await
        .unwrap();
    assert_eq!(unsigned.status(), 401);
    for (spoil, why) in [
        (Spoil { body_after_signing: true, ..Default::default() }, "digest does not match the body"),
        (Spoil { leave_digest_unsigned: true, ..Default::default() }, "digest not covered by the signature"),
        (Spoil { date_hours_ago: 13, ..Default::default() }, "date outside the window"),
        (Spoil { wrong_key: true, ..Default::default() }, "signed with another key"),
    ] {
        let response = remote.post(&inbox, &body, spoil).await;
        assert_eq!(response.status(), 401, "{why}");
        let error: Value = response.json().await.unwrap();
        assert_eq!(error["error"], "unauthorized", "{why}");
    }
    assert_eq!(follower_count(&node, "city", ACCEPTED).await, 0, "nothing was stored");
    let fetched_only_to_check = db::actors::by_ap_id(&node.state.db, &remote.actor_id).await.unwrap();
    assert!(fetched_only_to_check.is_none(), "an actor whose signatures all failed is not kept");
}

/// RFC 9421 signatures (as Fedify sends them first) are verified with the same requirements as
/// draft-cavage ones: accepted first time when right, refused with 401 when spoiled.
#[tokio::test(flavor = "multi_thread")]
async fn rfc9421_signatures_are_verified_like_cavage_ones() {
    let node = TestNode::start().await;
    let remote = Remote::start().await;
    let inbox = node.url("/users/city/inbox");
    let body = remote.activity("Follow", json!(node.url("/users/city"))).to_string();
    for (spoil, why) in [
        (Spoil { body_after_signing: true, ..Default::default() }, "content digest does not match the body"),
        (Spoil { leave_digest_unsigned: true, ..Default::default() }, "content-digest not covered"),
        (Spoil { date_hours_ago: 13, ..Default::default() }, "created outside the window"),
        (Spoil { wrong_key: true, ..Default::default() }, "signed with another key"),
    ] {
        let response = remote.post_rfc9421(&inbox, &body, spoil).await;
        assert_eq!(response.status(), 401, "{why}");
        let error: Value = response.json().await.unwrap();
        assert_eq!(error["error"], "unauthorized", "{why}: {error}");
    }
    assert_eq!(follower_count(&node, "city", ACCEPTED).await, 0, "nothing was stored");
    let response = remote.post_rfc9421(&inbox, &body, Spoil::default()).await;
    assert_eq!(response.status(), 202, "{}", response.text().await.unwrap());
    assert_eq!(follower_count(&node, "city", ACCEPTED).await, 1);
}

#[tokio::test(flavor = "multi_thread")]
async fn malformed_oversized_and_unknown_activities() {
    let node = TestNode::start().await;
    let remote = Remote::start().await;
    let inbox = node.url("/inbox");
    let malformed = remote.post(&inbox, "{\"type\": \"Follow\",", Spoil::default()).await;
    assert_eq!(malformed.status(), 400);
    let huge = format!("{{\"padding\": \"{}\"}}", "x".repeat(1024 * 1024 + 10));
    let mut answer = None;
    for _ in 0..5 {
        if let Ok(response) = remote.try_post(&inbox, &huge, Spoil::default()).await {
            answer = Some(response.status());
            break;
        }
    }
    assert_eq!(answer, Some(reqwest::StatusCode::PAYLOAD_TOO_LARGE));
    let like = remote.activity("Like", json!(node.url("/users/city")));
    let unknown = remote.post(&inbox, &like.to_string(), Spoil::default()).await;
    assert_eq!(unknown.status(), 202, "unknown activity types are accepted and ignored");
    let odd = remote.activity("Follow", json!([1, 2, 3]));
    let response = remote.post(&inbox, &odd.to_string(), Spoil::default()).await;
    assert!(response.status().is_client_error() || response.status() == 202, "never a 5xx: {}", response.status());
}

#[tokio::test(flavor = "multi_thread")]
async fn a_repeated_delivery_is_handled_once() {
    let node = TestNode::start().await;
    let remote = Remote::start().await;
    let follow = remote.activity("Follow", json!(node.url("/users/city"))).to_string();
    for _ in 0..3 {
        assert_eq!(remote.post(&node.url("/inbox"), &follow, Spoil::default()).await.status(), 202);
    }
    eventually("an Accept arrives", async || !remote.received_of_type("Accept").is_empty()).await;
    tokio::time::sleep(std::time::Duration::from_millis(1500)).await;
    assert_eq!(remote.received_of_type("Accept").len(), 1, "one Follow id, one Accept");
}

#[tokio::test(flavor = "multi_thread")]
async fn fifty_follows_with_fresh_ids_are_answered_once() {
    let node = TestNode::start().await;
    let remote = Remote::start().await;
    for _ in 0..50 {
        let follow = remote.activity("Follow", json!(node.url("/users/city"))).to_string();
        assert_eq!(remote.post(&node.url("/inbox"), &follow, Spoil::default()).await.status(), 202);
    }
    eventually("an Accept arrives", async || !remote.received_of_type("Accept").is_empty()).await;
    tokio::time::sleep(std::time::Duration::from_millis(1500)).await;
    assert_eq!(remote.received_of_type("Accept").len(), 1, "answered once, not once per Follow id");
    assert_eq!(follower_count(&node, "city", ACCEPTED).await, 1);
}

#[tokio::test(flavor = "multi_thread")]
async fn blocked_domains_are_refused() {
    let node = TestNode::start().await;
    let remote = Remote::start().await;
    let domain = remote.base.trim_start_matches("http://");
    cairn::service::admin::set_domain_rule(&node.state, "tests", domain, "block").await.unwrap();
    let follow = remote.activity("Follow", json!(node.url("/users/city"))).to_string();
    let response = remote.post(&node.url("/inbox"), &follow, Spoil::default()).await;
    assert_eq!(response.status(), 403);
    let token = node.user_with_token("anna").await;
    let lookup = node
        .client
        .get(node.url("/api/v1/lookup"))
        .query(&[("q", &remote.actor_id)])
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    assert_eq!(lookup.status(), 403, "no fetches from a blocked domain");
    cairn::service::admin::remove_domain_rule(&node.state, "tests", domain).await.unwrap();
    let anonymous = node.client.get(node.url("/api/v1/lookup")).query(&[("q", &remote.actor_id)]).send().await.unwrap();
    assert_eq!(anonymous.status(), 401, "only signed-in people make the node fetch");
    let lookup = node
        .client
        .get(node.url("/api/v1/lookup"))
        .query(&[("q", &remote.actor_id)])
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    assert_eq!(lookup.status(), 200);
    let known = node.client.get(node.url("/api/v1/lookup")).query(&[("q", &remote.actor_id)]).send().await.unwrap();
    assert_eq!(known.status(), 200, "what the node knows, anyone may look up");
}

#[tokio::test(flavor = "multi_thread")]
async fn manual_approval_holds_a_follow_until_accepted() {
    let node = TestNode::start().await;
    let remote = Remote::start().await;
    let token = node.user_with_token("anna").await;
    let patch = node
        .client
        .patch(node.url("/api/v1/me"))
        .bearer_auth(&token)
        .json(&json!({"manually_approves_followers": true}))
        .send()
        .await
        .unwrap();
    assert_eq!(patch.status(), 200);
    let follow = remote.activity("Follow", json!(node.url("/users/anna")));
    assert_eq!(remote.post(&node.url("/users/anna/inbox"), &follow.to_string(), Spoil::default()).await.status(), 202);
    assert_eq!(follower_count(&node, "anna", PENDING).await, 1);
    let requests: Value = node
        .client
        .get(node.url("/api/v1/me/follow-requests"))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(requests["items"][0]["ap_id"], remote.actor_id);
    let id = requests["items"][0]["follow_id"].as_i64().unwrap();
    let response = node
        .client
        .post(node.url(&format!("/api/v1/me/follow-requests/{id}/accept")))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 204);
    assert_eq!(follower_count(&node, "anna", ACCEPTED).await, 1);
    eventually("the Accept reaches the remote inbox", async || !remote.received_of_type("Accept").is_empty()).await;
    let again = node
        .client
        .post(node.url(&format!("/api/v1/me/follow-requests/{id}/accept")))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    assert_eq!(again.status(), 404);
}

#[tokio::test(flavor = "multi_thread")]
async fn following_a_remote_actor_waits_for_its_accept() {
    let node = TestNode::start().await;
    let remote = Remote::start().await;
    let token = node.user_with_token("anna").await;
    let response = node
        .client
        .post(node.url("/api/v1/follows"))
        .bearer_auth(&token)
        .json(&json!({"target": remote.actor_id}))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    assert_eq!(response.json::<Value>().await.unwrap()["state"], "pending");
    eventually("the Follow reaches the remote inbox", async || !remote.received_of_type("Follow").is_empty()).await;
    let follow = remote.received_of_type("Follow")[0].clone();
    assert_eq!(follow["actor"], node.url("/users/anna"));
    assert_eq!(follow["object"], remote.actor_id);
    let accept = remote.activity("Accept", follow.clone());
    assert_eq!(remote.post(&node.url("/users/anna/inbox"), &accept.to_string(), Spoil::default()).await.status(), 202);
    let following: Value = node
        .client
        .get(node.url("/api/v1/me/following"))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(following["items"][0]["ap_id"], remote.actor_id);
    assert_eq!(following["items"][0]["origin"], remote.base.trim_start_matches("http://"));

    let response = node
        .client
        .delete(node.url("/api/v1/follows"))
        .bearer_auth(&token)
        .json(&json!({"target": remote.actor_id}))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 204);
    eventually("the Undo reaches the remote inbox", async || !remote.received_of_type("Undo").is_empty()).await;
    assert_eq!(remote.received_of_type("Undo")[0]["object"]["id"], follow["id"]);
}

#[tokio::test(flavor = "multi_thread")]
async fn an_accept_from_someone_else_is_refused() {
    let node = TestNode::start().await;
    let remote = Remote::start().await;
    let impostor = Remote::start().await;
    let token = node.user_with_token("anna").await;
    node.client
        .post(node.url("/api/v1/follows"))
        .bearer_auth(&token)
        .json(&json!({"target": remote.actor_id}))
        .send()
        .await
        .unwrap();
    eventually("the Follow is sent", async || !remote.received_of_type("Follow").is_empty()).await;
    let follow = remote.received_of_type("Follow")[0].clone();
    let forged = impostor.activity("Accept", follow);
    let response = impostor.post(&node.url("/inbox"), &forged.to_string(), Spoil::default()).await;
    assert_eq!(response.status(), 403);
    let pending: Value = node
        .client
        .get(node.url("/api/v1/me/following/pending"))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(pending["items"].as_array().unwrap().len(), 1, "still pending");
}

#[tokio::test(flavor = "multi_thread")]
async fn following_an_unreachable_host_fails_clearly_and_quickly() {
    let node = TestNode::start().await;
    let token = node.user_with_token("anna").await;
    let started = std::time::Instant::now();
    let response = node
        .client
        .post(node.url("/api/v1/follows"))
        .bearer_auth(&token)
        .json(&json!({"target": "@ghost@localhost:9"}))
        .send()
        .await
        .unwrap();
    assert!(started.elapsed() < std::time::Duration::from_secs(15));
    assert_eq!(response.status(), 502);
    let error: Value = response.json().await.unwrap();
    assert!(error["message"].as_str().unwrap().contains("could not reach localhost:9"), "{error}");
    let malformed = node
        .client
        .post(node.url("/api/v1/follows"))
        .bearer_auth(&token)
        .json(&json!({"target": "not a handle"}))
        .send()
        .await
        .unwrap();
    assert_eq!(malformed.status(), 422);
}

#[tokio::test(flavor = "multi_thread")]
async fn following_a_known_actor_whose_server_is_down_is_queued_and_pending() {
    let node = TestNode::start_with(&[("CAIRN_FEDERATION_RETRY_INITIAL_SECONDS", "1")]).await;
    let token = node.user_with_token("anna").await;
    let remote = Remote::start().await;
    // Known here: it wrote to this node while its server was up.
    let like = remote.activity("Like", json!(node.url("/users/city")));
    assert_eq!(remote.post(&node.url("/inbox"), &like.to_string(), Spoil::default()).await.status(), 202);

    remote.failing.store(true, std::sync::atomic::Ordering::SeqCst);
    let handle = format!("@remote@{}", remote.base.trim_start_matches("http://"));
    for target in [handle.as_str(), remote.actor_id.as_str()] {
        let response =
            node.client.post(node.url("/api/v1/follows")).bearer_auth(&token).json(&json!({"target": target})).send();
        let response = response.await.unwrap();
        assert_eq!(response.status(), 200, "{target}");
        assert_eq!(response.json::<Value>().await.unwrap()["state"], "pending", "{target}");
    }
    let anna = db::actors::local_by_username(&node.state.db, "anna").await.unwrap().unwrap();
    assert_eq!(db::follows::count(&node.state.db, anna.id, Side::Following, PENDING).await.unwrap(), 1);

    // Back up: the queued Follow arrives, once.
    remote.failing.store(false, std::sync::atomic::Ordering::SeqCst);
    eventually("the Follow reaches the remote inbox", async || !remote.received_of_type("Follow").is_empty()).await;
    assert_eq!(remote.received_of_type("Follow").len(), 1);
}

#[tokio::test(flavor = "multi_thread")]
async fn joining_an_event_or_replying_while_its_server_is_down_is_queued() {
    let node = TestNode::start_with(&[("CAIRN_FEDERATION_RETRY_INITIAL_SECONDS", "1")]).await;
    let token = node.user_with_token("anna").await;
    let remote = Remote::start().await;
    // Known here while the server was up: an event anna looked up, a note that mentions her.
    let event_id = format!("{}/objects/open-day", remote.base);
    remote.objects.lock().unwrap().insert(
        "open-day".into(),
        json!({"id": event_id, "type": "Event", "name": "Open day", "attributedTo": remote.actor_id,
               "content": "<p>Illustrative.</p>", "startTime": "2027-05-16T08:00:00Z",
               "endTime": "2027-05-16T11:00:00Z", "to": ["https://www.w3.org/ns/activitystreams#Public"]}),
    );
    let lookup = node.client.get(node.url("/api/v1/lookup")).query(&[("q", &event_id)]).bearer_auth(&token);
    assert_eq!(lookup.send().await.unwrap().status(), 200);
    let note_id = format!("{}/notes/1", remote.base);
    let note = json!({"id": note_id, "type": "Note", "attributedTo": remote.actor_id, "content": "<p>Hello</p>",
        "to": [node.url("/users/anna")], "tag": [{"type": "Mention", "href": node.url("/users/anna")}]});
    let create = remote.activity("Create", note);
    assert_eq!(remote.post(&node.url("/inbox"), &create.to_string(), Spoil::default()).await.status(), 202);

    remote.failing.store(true, std::sync::atomic::Ordering::SeqCst);
    let path = format!(
        "/api/v1/events/{}/participation",
        url::form_urlencoded::byte_serialize(event_id.as_bytes()).collect::<String>()
    );
    let joined = node.client.post(node.url(&path)).bearer_auth(&token).send().await.unwrap();
    assert_eq!(joined.status(), 200);
    assert_eq!(joined.json::<Value>().await.unwrap()["state"], "pending");
    let reply = json!({"content": "Thanks, see you there.", "in_reply_to": note_id});
    let replied = node.client.post(node.url("/api/v1/posts")).bearer_auth(&token).json(&reply).send().await.unwrap();
    assert_eq!(replied.status(), 201, "{}", replied.text().await.unwrap());

    // Back up: both arrive.
    remote.failing.store(false, std::sync::atomic::Ordering::SeqCst);
    eventually("the Join and the reply reach the remote inbox", async || {
        !remote.received_of_type("Join").is_empty()
            && remote.received_of_type("Create").iter().any(|c| c["object"]["inReplyTo"] == json!(note_id))
    })
    .await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_follow_waits_for_approval_just_turned_on_by_another_process() {
    let node = TestNode::start().await;
    node.user_with_token("anna").await;
    let (first, remote) = (Remote::start().await, Remote::start().await);
    // A first follower: accepted, and the node has just read Anna's actor (and keeps it a while).
    let follow = first.activity("Follow", json!(node.url("/users/anna")));
    assert_eq!(first.post(&node.url("/users/anna/inbox"), &follow.to_string(), Spoil::default()).await.status(), 202);
    assert_eq!(follower_count(&node, "anna", ACCEPTED).await, 1);

    // Another process (here: SQL behind this one's back) makes her approve her followers.
    let sql = "UPDATE actors SET manually_approves = true WHERE local = true AND username = 'anna'";
    assert_eq!(write_behind_the_nodes_back(&node, sql).await.unwrap(), 1);
    let follow = remote.activity("Follow", json!(node.url("/users/anna")));
    assert_eq!(remote.post(&node.url("/users/anna/inbox"), &follow.to_string(), Spoil::default()).await.status(), 202);
    assert_eq!(follower_count(&node, "anna", PENDING).await, 1, "held for her approval");
    assert_eq!(follower_count(&node, "anna", ACCEPTED).await, 1);
}

/// Activities of every kind with odd objects, signed by a real remote actor: whatever arrives,
/// the inbox answers with a verdict (2xx or 4xx), never a server error.
#[tokio::test(flavor = "multi_thread")]
async fn arbitrary_signed_activities_never_cause_a_server_error() {
    use proptest::{
        prelude::*,
        strategy::{Strategy, ValueTree},
        test_runner::TestRunner,
    };
    let node = TestNode::start().await;
    let remote = Remote::start().await;
    let base = remote.base.clone();
    let city = node.url("/users/city");
    let text = prop_oneof![
        Just("<script>alert(1)</script><a href=\"javascript:x\">x</a>".to_string()),
        Just(format!("@city@{} #heat", node.base.trim_start_matches("http://"))),
        "(?s).{0,40}",
    ];
    let id = prop_oneof![
        "[a-z0-9]{1,8}".prop_map({
            let base = base.clone();
            move |s| json!(format!("{base}/objects/{s}"))
        }),
        Just(json!(city.clone())),
        Just(json!("javascript:alert(1)")),
        Just(json!("https://elsewhere.example/x")),
        Just(json!(null)),
        Just(json!(42)),
    ];
    let kinds = ["Note", "Article", "Event", "Page", "Group", "Journey", "Tombstone", "Person", "Question", "Weird"];
    let object = (proptest::sample::select(kinds.to_vec()), id.clone(), text.clone(), id.clone(), id.clone()).prop_map(
        move |(kind, id, content, url, in_reply_to)| {
            json!({"type": kind, "id": id, "content": content, "name": "x", "url": url, "inReplyTo": in_reply_to,
                   "attributedTo": format!("{base}/actor"), "to": ["https://www.w3.org/ns/activitystreams#Public"],
                   "startTime": "2027-01-01T10:00:00Z", "tag": [{"type": "Mention", "href": city}]})
        },
    );
    let payload = prop_oneof![object, id, text.prop_map(|t| json!(t)), Just(json!([1, {"a": []}]))];
    let activities =
        ["Create", "Update", "Delete", "Announce", "Follow", "Undo", "Like", "Accept", "Reject", "Add", "Join", "Flag"];
    let activity = (proptest::sample::select(activities.to_vec()), payload);
    let mut runner = TestRunner::deterministic();
    for _ in 0..64 {
        let (kind, object) = activity.new_tree(&mut runner).unwrap().current();
        let body = remote.activity(kind, object).to_string();
        let status = remote.post(&node.url("/inbox"), &body, Spoil::default()).await.status();
        assert!(status.is_success() || status.is_client_error(), "{status} for {body}");
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_rotated_key_is_fetched_again_once_then_accepted() {
    use std::sync::atomic::Ordering::SeqCst;
    let node = TestNode::start().await;
    let mut remote = Remote::start().await;
    let like = |remote: &Remote| remote.activity("Like", json!(node.url("/users/city"))).to_string();
    assert_eq!(remote.post(&node.url("/inbox"), &like(&remote), Spoil::default()).await.status(), 202);
    let fetched = remote.actor_fetches.load(SeqCst);

    // Just fetched: a signature with another key is refused, and costs the sender's server nothing.
    remote.rotate_key();
    assert_eq!(remote.post(&node.url("/inbox"), &like(&remote), Spoil::default()).await.status(), 401);
    assert_eq!(remote.actor_fetches.load(SeqCst), fetched, "no fetch within a minute of the last");

    // Later, a signature that fails with the stored key makes the node fetch the actor once, and
    // the new key verifies it.
    let an_hour_ago = cairn::db::now() - chrono::Duration::hours(1);
    set_refreshed_at(&node, an_hour_ago).await.unwrap();
    assert_eq!(remote.post(&node.url("/inbox"), &like(&remote), Spoil::default()).await.status(), 202);
    assert_eq!(remote.actor_fetches.load(SeqCst), fetched + 1);
    let stored = cairn::db::actors::by_ap_id(&node.state.db, &remote.actor_id).await.unwrap().unwrap();
    assert!(stored.refreshed_at > an_hour_ago, "the new key is stored");
    assert_eq!(remote.post(&node.url("/inbox"), &like(&remote), Spoil::default()).await.status(), 202);
    assert_eq!(remote.actor_fetches.load(SeqCst), fetched + 1, "and used from then on");

    // A forged signature (a key the actor never had) is still refused after the fetch.
    set_refreshed_at(&node, an_hour_ago).await.unwrap();
    let forged = Spoil { wrong_key: true, ..Default::default() };
    assert_eq!(remote.post(&node.url("/inbox"), &like(&remote), forged).await.status(), 401);
}

/// As if every stored actor had been fetched at `at`.
async fn set_refreshed_at(node: &TestNode, at: chrono::NaiveDateTime) -> cairn::error::AppResult<usize> {
    use diesel_async::RunQueryDsl;
    let sql = cairn::db::dialect::placeholders(node.state.db.dialect(), "UPDATE actors SET refreshed_at = ?");
    let updated = cairn::db_write!(&node.state.db, |conn| Ok(diesel::sql_query(sql.as_str())
        .bind::<diesel::sql_types::Timestamp, _>(at)
        .execute(conn)
        .await?));
    // Written behind the node's back, as another process would: make it see the change now
    // rather than once its recent actors expire.
    cairn::db::actors::forget_read(&node.state.db);
    updated
}

/// Runs `sql` on the node's database as another process would, without telling the node.
async fn write_behind_the_nodes_back(node: &TestNode, sql: &str) -> cairn::error::AppResult<usize> {
    use diesel_async::RunQueryDsl;
    cairn::db_write!(&node.state.db, |conn| Ok(diesel::sql_query(sql).execute(conn).await?))
}
