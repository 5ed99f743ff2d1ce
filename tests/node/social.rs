use crate::common::{Remote, Spoil, TestNode, api, eventually};
use reqwest::Method;
use serde_json::{Value, json};

async fn get(node: &TestNode, token: &str, path: &str) -> Value {
    let (status, body) = api(node, token, reqwest::Method::GET, path, Value::Null).await;
    assert_eq!(status, 200, "GET {path}: {body}");
    body
}

pub(crate) fn group(handle: &str, join_mode: &str, visibility: &str) -> Value {
    json!({"handle": handle, "name": format!("Group {handle}"), "description": "Illustrative group.",
           "sectors": ["mobility"], "topics": ["cycling"], "join_mode": join_mode, "visibility": visibility})
}

#[tokio::test(flavor = "multi_thread")]
async fn a_remote_member_posts_into_an_open_group_and_the_group_passes_it_on() {
    let node = TestNode::start().await;
    let anna = node.user_with_token("anna").await;
    let (status, created) =
        api(&node, &anna, Method::POST, "/api/v1/groups", group("cyclists", "open", "public")).await;
    assert_eq!(status, 201, "{created}");
    let group_id = created["ap_id"].as_str().unwrap().to_string();
    let inbox = format!("{group_id}/inbox");

    // A Mastodon-like account joins by following the group, and is accepted at once.
    let remote = Remote::start().await;
    let follow = remote.activity("Follow", json!(group_id));
    assert_eq!(remote.post(&inbox, &follow.to_string(), Spoil::default()).await.status(), 202);
    eventually("the group accepts the remote member", async || !remote.received_of_type("Accept").is_empty()).await;
    let members = get(&node, &anna, "/api/v1/groups/cyclists/members").await;
    assert_eq!(members["items"].as_array().unwrap().len(), 2);

    // It posts by addressing (mentioning) the group, as Mastodon does.
    let note = json!({"id": format!("{}/notes/1", remote.base), "type": "Note", "attributedTo": remote.actor_id,
        "content": "<p>Hello <span class=\"h-card\"><a href=\"x\">@cyclists</a></span> <script>x()</script></p>",
        "to": ["https://www.w3.org/ns/activitystreams#Public"], "cc": [group_id],
        "tag": [{"type": "Mention", "href": group_id, "name": "@cyclists"}]});
    let create = remote.activity("Create", note);
    assert_eq!(remote.post(&node.url("/inbox"), &create.to_string(), Spoil::default()).await.status(), 202);
    let posts = get(&node, &anna, "/api/v1/groups/cyclists/posts").await;
    let stored = &posts["items"][0];
    assert!(
        stored["content_html"].as_str().unwrap().contains("Hello")
            && !stored["content_html"].as_str().unwrap().contains("script")
    );
    assert_eq!(stored["author"]["ap_id"], remote.actor_id);
    eventually("the group announces the post to its remote member", async || {
        remote.received_of_type("Announce").iter().any(|a| a["actor"] == group_id.as_str())
    })
    .await;
    assert!(
        get(&node, &anna, "/api/v1/timelines/home").await["items"]
            .as_array()
            .unwrap()
            .iter()
            .any(|i| i["type"] == "post")
    );

    // The administrator edits the group; its remote member hears it; others may not edit.
    let (status, edited) = api(
        &node,
        &anna,
        Method::PATCH,
        "/api/v1/groups/cyclists",
        json!({"name": "Cyclists of the region", "join_mode": "approval"}),
    )
    .await;
    assert_eq!(status, 200, "{edited}");
    assert_eq!(
        (edited["name"].as_str(), edited["join_mode"].as_str(), edited["topics"][0].as_str()),
        (Some("Cyclists of the region"), Some("approval"), Some("cycling"))
    );
    eventually("the member's server receives the group's Update", async || {
        remote.received_of_type("Update").iter().any(|u| {
            u["object"]["name"] == "Cyclists of the region" && u["object"]["manuallyApprovesFollowers"] == true
        })
    })
    .await;
    let bob = node.user_with_token("bob").await;
    let (status, _) = api(&node, &bob, Method::PATCH, "/api/v1/groups/cyclists", json!({"name": "Mine now"})).await;
    assert_eq!(status, 403);
    let (status, body) =
        api(&node, &anna, Method::PATCH, "/api/v1/groups/cyclists", json!({"visibility": "secret"})).await;
    assert_eq!((status, body["field"].as_str()), (422, Some("visibility")));

    // Someone who is not the author or the group cannot delete it.
    let impostor = Remote::start().await;
    let delete = impostor.activity("Delete", json!({"id": stored["ap_id"], "type": "Tombstone"}));
    assert_eq!(impostor.post(&node.url("/inbox"), &delete.to_string(), Spoil::default()).await.status(), 403);
    // A forged group activity (signed by someone else, claiming to be the group) is refused.
    let mut forged = remote.activity("Announce", json!(stored["ap_id"]));
    forged["actor"] = json!(group_id);
    let status = remote.post(&node.url("/inbox"), &forged.to_string(), Spoil::default()).await.status();
    assert!(status == 401 || status == 403 || status == 400, "forged group activity: {status}");
}

#[tokio::test(flavor = "multi_thread")]
async fn members_only_groups_refuse_outsiders_and_invitations_open_the_door() {
    let node = TestNode::start().await;
    let anna = node.user_with_token("anna").await;
    let bob = node.user_with_token("bob").await;
    api(&node, &anna, Method::POST, "/api/v1/groups", group("closed", "invite", "members")).await;
    let group_json = get(&node, &anna, "/api/v1/groups/closed").await;
    let group_id = group_json["ap_id"].as_str().unwrap().to_string();

    let (status, _) = api(&node, &bob, Method::POST, "/api/v1/groups/closed/membership", json!({})).await;
    assert_eq!(status, 403, "invitation only");
    let (status, _) = api(&node, &bob, Method::POST, "/api/v1/groups/closed/posts", json!({"content": "hi"})).await;
    assert_eq!(status, 403, "not a member");
    let (status, _) = api(&node, &bob, Method::GET, "/api/v1/groups/closed/posts", Value::Null).await;
    assert_eq!(status, 403, "members-only reading");

    // A remote outsider's Follow is rejected; its post into the group is refused.
    let remote = Remote::start().await;
    let follow = remote.activity("Follow", json!(group_id));
    remote.post(&format!("{group_id}/inbox"), &follow.to_string(), Spoil::default()).await;
    eventually("the outsider is turned away", async || !remote.received_of_type("Reject").is_empty()).await;
    let note = json!({"id": format!("{}/notes/9", remote.base), "type": "Note", "attributedTo": remote.actor_id,
        "content": "let me in", "to": [group_id], "audience": group_id});
    let create = remote.activity("Create", note);
    assert_eq!(remote.post(&node.url("/inbox"), &create.to_string(), Spoil::default()).await.status(), 403);

    // Bob is invited (and told), then joins and posts; a member who is not a moderator cannot
    // remove others or change roles.
    let (status, body) =
        api(&node, &bob, Method::POST, "/api/v1/groups/closed/invites", json!({"target": "@anna"})).await;
    assert_eq!(status, 403, "{body}");
    let (status, body) =
        api(&node, &anna, Method::POST, "/api/v1/groups/closed/invites", json!({"target": "bob"})).await;
    assert_eq!(status, 200, "{body}");
    let notes = get(&node, &bob, "/api/v1/notifications").await;
    assert_eq!(notes["items"][0]["type"], "invite");
    let (_, joined) = api(&node, &bob, Method::POST, "/api/v1/groups/closed/membership", json!({})).await;
    assert_eq!(joined["state"], "accepted");
    let (status, post) =
        api(&node, &bob, Method::POST, "/api/v1/groups/closed/posts", json!({"content": "Thanks @anna"})).await;
    assert_eq!(status, 201, "{post}");
    assert_eq!(post["visibility"], "members");
    let anna_notes = get(&node, &anna, "/api/v1/notifications").await;
    assert!(anna_notes["items"].as_array().unwrap().iter().any(|n| n["type"] == "mention"));
    let members = get(&node, &anna, "/api/v1/groups/closed/members").await;
    let anna_id = members["items"].as_array().unwrap().iter().find(|m| m["username"] == "anna").unwrap()["id"].clone();
    let (status, _) =
        api(&node, &bob, Method::DELETE, &format!("/api/v1/groups/closed/members/{anna_id}"), Value::Null).await;
    assert_eq!(status, 403);
    let (status, _) =
        api(&node, &bob, Method::PUT, &format!("/api/v1/groups/closed/members/{anna_id}"), json!({"role": "member"}))
            .await;
    assert_eq!(status, 403);
    // The post does not show on public timelines.
    let public = get(&node, &anna, "/api/v1/timelines/local").await;
    assert!(public["items"].as_array().unwrap().iter().all(|i| i["content"] != "Thanks @anna"));
    // The last administrator cannot leave.
    let (status, _) = api(&node, &anna, Method::DELETE, "/api/v1/groups/closed/membership", Value::Null).await;
    assert_eq!(status, 409);
}

#[tokio::test(flavor = "multi_thread")]
async fn an_announced_post_from_another_host_is_fetched_from_its_origin() {
    let node = TestNode::start().await;
    let anna = node.user_with_token("anna").await;
    let remote_group = Remote::start_as("Group").await;
    let origin = Remote::start().await;
    // Anna joins the remote group, which accepts.
    let target = format!("@remote@{}", remote_group.base.trim_start_matches("http://"));
    let (status, body) =
        api(&node, &anna, Method::POST, &format!("/api/v1/groups/{target}/membership"), json!({})).await;
    assert_eq!(status, 200, "{body}");
    eventually("the Follow reaches the group", async || !remote_group.received_of_type("Follow").is_empty()).await;
    let follow = remote_group.received_of_type("Follow");
    let accept = remote_group.activity("Accept", follow[0].clone());
    assert_eq!(remote_group.post(&node.url("/inbox"), &accept.to_string(), Spoil::default()).await.status(), 202);

    // The group passes on a note that lives on another host, embedding a forged text.
    let note_id = format!("{}/objects/n1", origin.base);
    let genuine = json!({"id": note_id, "type": "Note", "attributedTo": origin.actor_id, "content": "<p>Genuine words</p>",
                         "to": ["https://www.w3.org/ns/activitystreams#Public"], "audience": remote_group.actor_id});
    origin.objects.lock().unwrap().insert("n1".into(), genuine);
    let forged = json!({"id": note_id, "type": "Note", "attributedTo": origin.actor_id, "content": "Forged words",
                            "to": ["https://www.w3.org/ns/activitystreams#Public"], "audience": remote_group.actor_id});
    let announce = remote_group.activity("Announce", forged);
    assert_eq!(remote_group.post(&node.url("/inbox"), &announce.to_string(), Spoil::default()).await.status(), 202);
    let encoded: String = url::form_urlencoded::byte_serialize(note_id.as_bytes()).collect();
    let stored = get(&node, &anna, &format!("/api/v1/posts/{encoded}")).await;
    assert_eq!(stored["content_html"], "<p>Genuine words</p>", "taken from the origin, not the announce");
    assert_eq!(stored["group"]["ap_id"], remote_group.actor_id);

    // A note the origin does not serve is not taken at all.
    let ghost = json!({"id": format!("{}/objects/ghost", origin.base), "type": "Note", "attributedTo": origin.actor_id,
                       "content": "Ghost", "audience": remote_group.actor_id});
    let announce = remote_group.activity("Announce", ghost);
    remote_group.post(&node.url("/inbox"), &announce.to_string(), Spoil::default()).await;
    let home = get(&node, &anna, "/api/v1/timelines/home").await;
    assert!(home["items"].as_array().unwrap().iter().all(|i| i["content_html"] != "Ghost"));
}

#[tokio::test(flavor = "multi_thread")]
async fn the_feed_mentions_hashtags_and_notifications() {
    let node = TestNode::start().await;
    let anna = node.user_with_token("anna").await;
    let ben = node.user_with_token("ben").await;
    let remote = Remote::start().await;
    let remote_handle = format!("@remote@{}", remote.base.trim_start_matches("http://"));

    let (status, _) = api(&node, &ben, Method::POST, "/api/v1/follows", json!({"target": "@anna"})).await;
    assert_eq!(status, 200);
    let notes = get(&node, &anna, "/api/v1/notifications").await;
    assert_eq!(notes["items"][0]["type"], "follow");

    let (status, post) = api(
        &node,
        &anna,
        Method::POST,
        "/api/v1/posts",
        json!({"content": format!("Cycling count results for @ben and {remote_handle}. #Cycling #data")}),
    )
    .await;
    assert_eq!(status, 201, "{post}");
    assert_eq!(post["tags"], json!(["cycling", "data"]));
    assert!(post["content_html"].as_str().unwrap().contains("class=\"u-url mention\""));
    eventually("the mention federates to the remote actor", async || {
        remote.received_of_type("Create").iter().any(|c| {
            c["object"]["tag"]
                .as_array()
                .is_some_and(|t| t.iter().any(|m| m["type"] == "Mention" && m["href"] == remote.actor_id.as_str()))
        })
    })
    .await;
    let ben_notes = get(&node, &ben, "/api/v1/notifications").await;
    assert!(ben_notes["items"].as_array().unwrap().iter().any(|n| n["type"] == "mention"));
    assert!(!get(&node, &ben, "/api/v1/timelines/home").await["items"].as_array().unwrap().is_empty());
    assert_eq!(get(&node, &ben, "/api/v1/timelines/tag/cycling").await["items"].as_array().unwrap().len(), 1);
    assert_eq!(get(&node, &ben, "/api/v1/timelines/local").await["items"].as_array().unwrap().len(), 1);

    // A remote reply to Anna's post is kept and Anna is told.
    let reply = json!({"id": format!("{}/notes/r1", remote.base), "type": "Note", "attributedTo": remote.actor_id,
        "content": "<p>Nice</p>", "inReplyTo": post["ap_id"], "to": ["https://www.w3.org/ns/activitystreams#Public"]});
    let create = remote.activity("Create", reply);
    assert_eq!(remote.post(&node.url("/inbox"), &create.to_string(), Spoil::default()).await.status(), 202);
    let shown = get(&node, &anna, &format!("/api/v1/posts/{}", post["id"])).await;
    assert_eq!(shown["replies"][0]["content_html"], "<p>Nice</p>");
    assert!(
        get(&node, &anna, "/api/v1/notifications").await["items"]
            .as_array()
            .unwrap()
            .iter()
            .any(|n| n["type"] == "reply")
    );
    // A reply addressed to her (as replies are, with or without a Mention) is a reply, once.
    let reply = json!({"id": format!("{}/notes/r2", remote.base), "type": "Note", "attributedTo": remote.actor_id,
        "content": "<p>Agreed</p>", "inReplyTo": post["ap_id"], "to": [node.url("/users/anna")],
        "tag": [{"type": "Mention", "href": node.url("/users/anna")}]});
    let create = remote.activity("Create", reply);
    assert_eq!(remote.post(&node.url("/inbox"), &create.to_string(), Spoil::default()).await.status(), 202);
    let notes = get(&node, &anna, "/api/v1/notifications").await;
    let about = |kind: &str| notes["items"].as_array().unwrap().iter().filter(|n| n["type"] == kind).count();
    assert_eq!((about("reply"), about("mention")), (2, 0), "{notes}");

    // Bad input.
    let (status, body) = api(&node, &anna, Method::POST, "/api/v1/posts", json!({"content": "  "})).await;
    assert_eq!((status, body["field"].as_str()), (422, Some("content")));
    let (status, body) = api(&node, &anna, Method::POST, "/api/v1/posts", json!({"content": "hi @nobody"})).await;
    assert_eq!((status, body["field"].as_str()), (422, Some("content")));
    let (status, _) = api(&node, &ben, Method::DELETE, &format!("/api/v1/posts/{}", post["id"]), Value::Null).await;
    assert_eq!(status, 403, "only the author deletes a post outside groups");
    let (status, _) = api(&node, &anna, Method::DELETE, &format!("/api/v1/posts/{}", post["id"]), Value::Null).await;
    assert_eq!(status, 204);
    eventually("the deletion federates", async || !remote.received_of_type("Delete").is_empty()).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn groups_feed_and_directory_work_from_the_web_pages() {
    let node = TestNode::start().await;
    node.user_with_token("anna").await;
    let csrf = node.log_in("anna").await;
    let form = [
        ("csrf", csrf.as_str()),
        ("handle", "Bad Handle"),
        ("name", "Walkers"),
        ("join_mode", "open"),
        ("visibility", "public"),
    ];
    let refused = node.client.post(node.url("/groups/new")).form(&form).send().await.unwrap();
    assert_eq!(refused.status(), 422);
    assert!(refused.text().await.unwrap().contains("group handle"));
    let form = [
        ("csrf", csrf.as_str()),
        ("handle", "walkers"),
        ("name", "Walkers"),
        ("description", "Walkable streets."),
        ("sectors", "mobility"),
        ("topics", "walking, school streets"),
        ("join_mode", "open"),
        ("visibility", "public"),
    ];
    let created = node.client.post(node.url("/groups/new")).form(&form).send().await.unwrap();
    assert_eq!(created.status(), 303);
    assert_eq!(created.headers()["location"], "/groups/walkers");
    let taken = node.client.post(node.url("/groups/new")).form(&form).send().await.unwrap();
    assert_eq!(taken.status(), 422);
    assert!(taken.text().await.unwrap().contains("taken"));

    let posted = node
        .client
        .post(node.url("/groups/walkers/posts"))
        .form(&[("csrf", csrf.as_str()), ("content", "First walk audit on **Saturday**")])
        .send()
        .await
        .unwrap();
    assert_eq!(posted.status(), 303);
    let page = node.client.get(node.url("/groups/walkers")).send().await.unwrap().text().await.unwrap();
    assert!(
        page.contains("<strong>Saturday</strong>")
            && page.contains("Leave the group")
            && page.contains("school streets")
    );
    let members = node.client.get(node.url("/groups/walkers/members")).send().await.unwrap().text().await.unwrap();
    assert!(members.contains("admin"));
    let edit = node.client.get(node.url("/groups/walkers/edit")).send().await.unwrap().text().await.unwrap();
    assert!(edit.contains("Edit the group") && edit.contains("school streets"));
    let mut changed = form.to_vec();
    changed.retain(|(k, _)| *k != "name");
    changed.push(("name", "Walkers of the city"));
    let saved = node.client.post(node.url("/groups/walkers/edit")).form(&changed).send().await.unwrap();
    assert_eq!(saved.status(), 303);
    let page = node.client.get(node.url("/groups/walkers")).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("Walkers of the city"));

    let feed = node
        .client
        .post(node.url("/posts"))
        .form(&[("csrf", csrf.as_str()), ("content", "Hello #walking")])
        .send()
        .await
        .unwrap();
    assert_eq!(feed.status(), 303);
    let home = node.client.get(node.url("/")).send().await.unwrap().text().await.unwrap();
    let hashtag = format!(r#"Hello <a href="{}" class="mention hashtag""#, node.url("/tags/walking"));
    assert!(home.contains(&hashtag) && home.contains("First walk audit"), "{home}");
    // The hashtag's page gathers the public posts that use it.
    let tag_page = node.client.get(node.url("/tags/Walking")).send().await.unwrap().text().await.unwrap();
    assert!(tag_page.contains("<h1>#walking</h1>") && tag_page.contains("Hello"), "{tag_page}");
    assert!(tag_page.contains("No resource is filed under this tag."), "{tag_page}");
    let empty =
        node.client.post(node.url("/posts")).form(&[("csrf", csrf.as_str()), ("content", "")]).send().await.unwrap();
    assert_eq!(empty.status(), 422);

    let directory =
        node.client.get(node.url("/directory?kind=group&sector=mobility")).send().await.unwrap().text().await.unwrap();
    assert!(directory.contains("Walkers"));
    let people = node.client.get(node.url("/directory?q=anna")).send().await.unwrap().text().await.unwrap();
    assert!(people.contains("@anna@"));
    let notifications = node.client.get(node.url("/notifications")).send().await.unwrap();
    assert_eq!(notifications.status(), 200);
    let groups = node.client.get(node.url("/groups?q=walk")).send().await.unwrap().text().await.unwrap();
    assert!(groups.contains("Walkers") && groups.contains("1 member ·"));
}

#[tokio::test(flavor = "multi_thread")]
async fn what_is_not_public_stays_hidden() {
    let node = TestNode::start().await;
    let anna = node.admin_with_token("anna").await;
    let mal = node.user_with_token("mal").await;
    let jo = node.user_with_token("jo_b").await;
    node.user_with_token("joxb").await;
    api(&node, &anna, Method::POST, "/api/v1/groups", group("inner", "approval", "members")).await;
    let group_id = get(&node, &anna, "/api/v1/groups/inner").await["ap_id"].as_str().unwrap().to_string();
    let (_, secret) =
        api(&node, &anna, Method::POST, "/api/v1/groups/inner/posts", json!({"content": "Budget figures"})).await;
    let secret_id = secret["id"].to_string();

    // Replying cannot be used to learn a hidden post's id, directly or through another group.
    let (status, _) =
        api(&node, &mal, Method::POST, "/api/v1/posts", json!({"content": "x", "in_reply_to": secret_id})).await;
    assert_eq!(status, 422);
    api(&node, &mal, Method::POST, "/api/v1/groups", group("malgroup", "open", "public")).await;
    let (status, _) = api(
        &node,
        &mal,
        Method::POST,
        "/api/v1/posts",
        json!({"content": "x", "in_reply_to": secret_id, "group": "malgroup"}),
    )
    .await;
    assert_eq!(status, 422);
    assert_eq!(api(&node, &mal, Method::GET, &format!("/api/v1/posts/{secret_id}"), Value::Null).await.0, 404);

    // A direct message from another server is for the people it mentions.
    let remote = Remote::start().await;
    let dm = json!({"id": format!("{}/notes/dm", remote.base), "type": "Note", "attributedTo": remote.actor_id,
        "content": "<p>Just between us</p>", "to": [node.state.actor_url("anna")],
        "tag": [{"type": "Mention", "href": node.state.actor_url("anna"), "name": "@anna"}]});
    let create = remote.activity("Create", dm);
    assert_eq!(remote.post(&node.url("/inbox"), &create.to_string(), Spoil::default()).await.status(), 202);
    let encoded: String =
        url::form_urlencoded::byte_serialize(format!("{}/notes/dm", remote.base).as_bytes()).collect();
    assert_eq!(api(&node, &anna, Method::GET, &format!("/api/v1/posts/{encoded}"), Value::Null).await.0, 200);
    assert_eq!(api(&node, &mal, Method::GET, &format!("/api/v1/posts/{encoded}"), Value::Null).await.0, 404);
    let anonymous = reqwest::get(node.url(&format!("/api/v1/posts/{encoded}"))).await.unwrap();
    assert_eq!(anonymous.status(), 404);

    // A remote member addressing the public still posts members-only in a members-only group.
    let follow = remote.activity("Follow", json!(group_id));
    remote.post(&format!("{group_id}/inbox"), &follow.to_string(), Spoil::default()).await;
    let members = get(&node, &anna, "/api/v1/groups/inner/members").await;
    let remote_id = members["requests"][0]["id"].as_i64().unwrap();
    let (status, _) =
        api(&node, &anna, Method::POST, &format!("/api/v1/groups/inner/requests/{remote_id}/accept"), json!({})).await;
    assert_eq!(status, 204);
    let note = json!({"id": format!("{}/notes/g1", remote.base), "type": "Note", "attributedTo": remote.actor_id,
        "content": "<p>Members only, really</p>", "to": ["https://www.w3.org/ns/activitystreams#Public"], "cc": [group_id], "audience": group_id});
    let create = remote.activity("Create", note);
    assert_eq!(remote.post(&node.url("/inbox"), &create.to_string(), Spoil::default()).await.status(), 202);
    let posts = get(&node, &anna, "/api/v1/groups/inner/posts").await;
    let stored = posts["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["author"]["ap_id"] == remote.actor_id.as_str())
        .unwrap()
        .clone();
    assert_eq!(stored["visibility"], "members");
    let federated = get(&node, &mal, "/api/v1/timelines/federated").await;
    assert!(federated["items"].as_array().unwrap().iter().all(|i| i["ap_id"] != stored["ap_id"]));

    // A group may only pass on posts that name it as their audience.
    let other_group = Remote::start_as("Group").await;
    let (status, _) = api(
        &node,
        &anna,
        Method::POST,
        &format!("/api/v1/groups/@remote@{}/membership", other_group.base.trim_start_matches("http://")),
        json!({}),
    )
    .await;
    assert_eq!(status, 200);
    eventually("the Follow reaches the other group", async || !other_group.received_of_type("Follow").is_empty()).await;
    let accept = other_group.activity("Accept", other_group.received_of_type("Follow")[0].clone());
    other_group.post(&node.url("/inbox"), &accept.to_string(), Spoil::default()).await;
    let smuggled = json!({"id": format!("{}/objects/s1", other_group.base), "type": "Note", "attributedTo": other_group.actor_id,
        "content": "Smuggled", "to": ["https://www.w3.org/ns/activitystreams#Public"], "audience": group_id});
    let announce = other_group.activity("Announce", smuggled);
    assert_eq!(other_group.post(&node.url("/inbox"), &announce.to_string(), Spoil::default()).await.status(), 403);
    assert!(
        get(&node, &anna, "/api/v1/groups/inner/posts").await["items"]
            .as_array()
            .unwrap()
            .iter()
            .all(|p| p["content_html"] != "Smuggled")
    );

    // LIKE wildcards in names do not widen a timeline.
    api(&node, &anna, Method::POST, "/api/v1/posts", json!({"content": "Hello @joxb"})).await;
    let home = get(&node, &jo, "/api/v1/timelines/home").await;
    assert!(home["items"].as_array().unwrap().is_empty(), "jo_b is not joxb: {home}");

    // An administrator's removal of a local post federates; the last administrator stays.
    let remote_handle = format!("@remote@{}", remote.base.trim_start_matches("http://"));
    let (_, post) =
        api(&node, &mal, Method::POST, "/api/v1/posts", json!({"content": format!("Spam for {remote_handle}")})).await;
    let (status, _) = api(&node, &anna, Method::DELETE, &format!("/api/v1/posts/{}", post["id"]), Value::Null).await;
    assert_eq!(status, 204);
    eventually("the removal reaches the mentioned server", async || {
        remote.received_of_type("Delete").iter().any(|d| d["object"]["id"] == post["ap_id"])
    })
    .await;
    let (status, _) = api(&node, &anna, Method::DELETE, "/api/v1/follows", json!({"target": group_id})).await;
    assert_eq!(status, 409, "the last administrator cannot leave by unfollowing either");
}

#[tokio::test(flavor = "multi_thread")]
async fn a_note_addressed_to_someone_here_without_a_mention_tag_reaches_them() {
    let node = TestNode::start().await;
    let anna = node.user_with_token("anna").await;
    let ben = node.user_with_token("ben").await;
    let remote = Remote::start().await;

    // In `to`, with no Mention tag, from an author nobody here follows: a silent mention, as
    // Mastodon sends it. It is Anna's to see and to be told of, and nobody else's.
    let note = json!({"id": format!("{}/notes/silent", remote.base), "type": "Note", "attributedTo": remote.actor_id,
        "content": "<p>Only for you</p>", "to": [node.state.actor_url("anna")], "cc": []});
    let create = remote.activity("Create", note);
    assert_eq!(remote.post(&node.url("/inbox"), &create.to_string(), Spoil::default()).await.status(), 202);
    let encoded: String =
        url::form_urlencoded::byte_serialize(format!("{}/notes/silent", remote.base).as_bytes()).collect();
    assert_eq!(api(&node, &anna, Method::GET, &format!("/api/v1/posts/{encoded}"), Value::Null).await.0, 200);
    assert_eq!(api(&node, &ben, Method::GET, &format!("/api/v1/posts/{encoded}"), Value::Null).await.0, 404);
    let notes = get(&node, &anna, "/api/v1/notifications").await;
    assert!(notes["items"].as_array().unwrap().iter().any(|n| n["type"] == "mention"), "{notes}");
    assert!(get(&node, &ben, "/api/v1/notifications").await["items"].as_array().unwrap().is_empty());

    // In `cc` of a public note, the same; an address elsewhere or of nobody here is no mention.
    let note = json!({"id": format!("{}/notes/cc", remote.base), "type": "Note", "attributedTo": remote.actor_id,
        "content": "<p>Public, copied to Ben</p>", "to": ["https://www.w3.org/ns/activitystreams#Public"],
        "cc": [node.state.actor_url("ben"), node.state.actor_url("nobody"), "https://elsewhere.example/users/x"]});
    let create = remote.activity("Create", note);
    assert_eq!(remote.post(&node.url("/inbox"), &create.to_string(), Spoil::default()).await.status(), 202);
    let notes = get(&node, &ben, "/api/v1/notifications").await;
    assert_eq!(notes["items"].as_array().unwrap().len(), 1, "{notes}");
    assert_eq!(notes["items"][0]["type"], "mention");
    let encoded: String =
        url::form_urlencoded::byte_serialize(format!("{}/notes/cc", remote.base).as_bytes()).collect();
    let post = get(&node, &ben, &format!("/api/v1/posts/{encoded}")).await;
    assert_eq!(post["mentions"], json!([node.state.actor_url("ben")]));
}

#[tokio::test(flavor = "multi_thread")]
async fn the_directory_finds_people_by_the_beginnings_of_words_and_pages_by_cursor() {
    let node = TestNode::start().await;
    for n in 0..45 {
        let token = node.user_with_token(&format!("planner{n}")).await;
        let organisation = if n % 3 == 0 { "Ville de Besançon" } else { "Métropole de Lyon" };
        let profile = json!({"job_title": format!("Heat planner {n}"), "organisation": organisation});
        let (status, me) = api(&node, &token, Method::PATCH, "/api/v1/me", profile).await;
        assert_eq!(status, 200, "{me}");
    }
    let handles = async |query: &str| -> (Vec<String>, Value) {
        let (status, page) = api(&node, "", Method::GET, &format!("/api/v1/directory?{query}"), Value::Null).await;
        assert_eq!(status, 200, "{query}: {page}");
        let items = page["items"].as_array().unwrap().iter().map(|i| i["username"].as_str().unwrap().to_string());
        (items.collect(), page["next"].clone())
    };

    // Every word's beginning, in any order, accents or not.
    assert_eq!(handles("q=heat+plan&limit=100").await.0.len(), 45);
    assert_eq!(handles("q=plann+HEAT&limit=100").await.0.len(), 45);
    assert_eq!(handles("q=besan&limit=100").await.0.len(), 15);
    assert_eq!(handles("q=Besan%C3%A7on&limit=100").await.0.len(), 15);
    assert_eq!(handles("q=metropole+lyon&limit=100").await.0.len(), 30);
    assert_eq!(handles("q=M%C3%89TROPOLE&limit=100").await.0.len(), 30, "capitals with accents");
    assert_eq!(handles("q=planner7").await.0, ["planner7"], "a handle");
    assert!(handles("q=lanner").await.0.is_empty(), "the middle of a word is no beginning");
    assert!(handles("q=heat+paris").await.0.is_empty(), "every word counts");
    assert!(handles("q=%22%2A%3A%28&limit=100").await.0.len() > 45, "punctuation alone asks for nothing");

    // Pages by cursor: newest first, each person once, to the end.
    let mut seen = Vec::new();
    let mut query = "q=heat&limit=20".to_string();
    loop {
        let (page, next) = handles(&query).await;
        seen.extend(page);
        let Some(cursor) = next.as_str() else { break };
        query = format!("q=heat&limit=20&cursor={cursor}");
    }
    let expected: Vec<String> = (0..45).rev().map(|n| format!("planner{n}")).collect();
    assert_eq!(seen, expected);
    let (status, refused) = api(&node, "", Method::GET, "/api/v1/directory?cursor=abc", Value::Null).await;
    assert_eq!(status, 400, "{refused}");

    // The page without JavaScript pages the same way.
    let first = node.client.get(node.url("/directory?q=heat")).send().await.unwrap().text().await.unwrap();
    let next = first.split("cursor=").nth(1).and_then(|rest| rest.split(['"', '&']).next()).expect("a next page");
    let second = node.client.get(node.url(&format!("/directory?q=heat&cursor={next}"))).send().await.unwrap();
    let second = second.text().await.unwrap();
    assert!(!second.contains("@planner44@") && second.contains("@planner24@"), "{second}");

    // Among many more people, newer: the newest thousand are checked first (on PostgreSQL one by
    // one, on SQLite through its index from the thousandth on) and the index is asked for the
    // older ones (`db::actors::directory`). One planner among them.
    node.execute(
        "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 1099) \
         INSERT INTO actors (ap_id, kind, username, domain, local, display_name, summary, job_title, city, country, \
             expertise, inbox, public_key_pem, manually_approves, created_at, refreshed_at) \
         SELECT 'https://far.example/users/mover' || i, 'Person', 'mover' || i, 'far.example', false, \
             'Illustrative mover', '', CASE WHEN i = 1099 THEN 'Heat planner' ELSE 'Mobility officer' END, \
             'Gent', 'BE', '', 'https://far.example/inbox', '', false, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP FROM n",
    )
    .await;
    let mut seen = Vec::new();
    let mut query = "q=heat+plan&limit=20".to_string();
    loop {
        let (page, next) = handles(&query).await;
        seen.extend(page);
        let Some(cursor) = next.as_str() else { break };
        query = format!("q=heat+plan&limit=20&cursor={cursor}");
    }
    let expected: Vec<String> =
        std::iter::once("mover1099".to_string()).chain((0..45).rev().map(|n| format!("planner{n}"))).collect();
    assert_eq!(seen, expected);
    assert_eq!(handles("q=planner44").await.0, ["planner44"], "a rare beginning, older than the newest thousand");
    assert_eq!(handles("q=mobility&limit=40").await.0.len(), 40);
    assert!(handles("q=mobility&cursor=3").await.0.is_empty(), "nobody older than the cursor");
}
