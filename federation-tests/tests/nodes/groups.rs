//! A group on one node with members on two others: joins held for a moderator, posts passed
//! on through the group, a moderator's removal reaching everyone, and the directory.

use federation_tests::{Backend, Node, Place, eventually, postgres_if_available};
use reqwest::Method;
use serde_json::json;

async fn timeline_has(node: &Node, token: &str, needle: &str) -> bool {
    let home = node.get(token, "/api/v1/timelines/home").await;
    home["items"].as_array().unwrap().iter().any(|i| i["content_html"].as_str().is_some_and(|c| c.contains(needle)))
}

#[tokio::test(flavor = "multi_thread")]
async fn a_group_joins_three_nodes_and_moderation_reaches_them_all() {
    let place = Place::new();
    let a = place.node("Lyon", postgres_if_available()).await;
    let b = place.node("Gent", Backend::Sqlite).await;
    let c = place.node("Porto", Backend::Sqlite).await;
    let mod_a = a.user("moda");
    let ben = b.user("ben");
    let cara = c.user("cara");

    let (status, group) = a
        .send(
            Method::POST,
            &mod_a,
            "/api/v1/groups",
            json!({"handle": "heat", "name": "Heat planners", "description": "Cities planning heat networks.",
                   "sectors": ["energy_systems"], "topics": ["district heating"], "join_mode": "approval", "visibility": "members"}),
        )
        .await;
    assert_eq!(status, 201, "{group}");
    let (status, taken) =
        a.send(Method::POST, &mod_a, "/api/v1/groups", json!({"handle": "heat", "name": "Again"})).await;
    assert_eq!((status, taken["field"].as_str()), (422, Some("handle")));
    let handle = a.handle("heat");

    // Ben's profile says what he knows, so the directory can find him later.
    b.send(Method::PATCH, &ben, "/api/v1/me", json!({"job_title": "Energy planner", "expertise": ["geothermal"]}))
        .await;

    // Joining an approval-mode group waits for a moderator.
    for (node, token) in [(&b, &ben), (&c, &cara)] {
        let (status, body) =
            node.send(Method::POST, token, &format!("/api/v1/groups/{handle}/membership"), json!({})).await;
        assert_eq!(status, 200, "{body}");
        assert_eq!(body["state"], "pending");
    }
    let mut requests = Vec::new();
    eventually("A holds both requests", async || {
        let members = a.get(&mod_a, "/api/v1/groups/heat/members").await;
        requests = members["requests"].as_array().cloned().unwrap_or_default();
        requests.len() == 2
    })
    .await;
    let notes = a.get(&mod_a, "/api/v1/notifications").await;
    assert!(
        notes["items"].as_array().unwrap().iter().any(|n| n["type"] == "join_request"),
        "moderator is told: {notes}"
    );
    // Still pending: a members-only group refuses their posts.
    let (status, _) =
        b.send(Method::POST, &ben, &format!("/api/v1/groups/{handle}/posts"), json!({"content": "Too early"})).await;
    assert_eq!(status, 403);
    // Only moderators decide.
    let outsider = a.user("outsider");
    let first_id = requests[0]["id"].as_i64().unwrap();
    let (status, _) =
        a.send(Method::POST, &outsider, &format!("/api/v1/groups/heat/requests/{first_id}/accept"), json!({})).await;
    assert_eq!(status, 403);
    for request in &requests {
        let id = request["id"].as_i64().unwrap();
        let (status, body) =
            a.send(Method::POST, &mod_a, &format!("/api/v1/groups/heat/requests/{id}/accept"), json!({})).await;
        assert_eq!(status, 204, "{body}");
    }
    for (node, token) in [(&b, &ben), (&c, &cara)] {
        eventually("the member's node hears the acceptance", async || {
            node.get(token, &format!("/api/v1/groups/{handle}")).await["membership"] == "accepted"
        })
        .await;
    }
    let notes = b.get(&ben, "/api/v1/notifications").await;
    assert!(notes["items"].as_array().unwrap().iter().any(|n| n["type"] == "join_accepted"), "{notes}");

    // Ben (on B) posts; Cara (on C) receives it through the group on A.
    let (status, post) = b
        .send(
            Method::POST,
            &ben,
            &format!("/api/v1/groups/{handle}/posts"),
            json!({"content": "Our geothermal tender is out. #heat"}),
        )
        .await;
    assert_eq!(status, 201, "{post}");
    let post_ap_id = post["ap_id"].as_str().unwrap().to_string();
    eventually("A stores Ben's post in the group", async || {
        a.try_get(&mod_a, &format!("/api/v1/posts/{}", urlencode(&post_ap_id))).await.is_ok()
    })
    .await;
    eventually("C receives Ben's post through the group", async || timeline_has(&c, &cara, "geothermal tender").await)
        .await;
    let on_c = c.get(&cara, &format!("/api/v1/posts/{}", urlencode(&post_ap_id))).await;
    assert_eq!(on_c["group"]["ap_id"], group["ap_id"]);
    assert_eq!(on_c["author"]["ap_id"], b.actor_id("ben"));
    // Members-only: a visitor on C cannot read it.
    let anonymous = c.client.get(c.url(&format!("/api/v1/posts/{}", urlencode(&post_ap_id)))).send().await.unwrap();
    assert_eq!(anonymous.status(), 404);

    // Cara replies from C; the reply reaches B through the group and Ben is notified.
    let (status, reply) = c
        .send(Method::POST, &cara, "/api/v1/posts", json!({"content": "Congratulations!", "in_reply_to": post_ap_id}))
        .await;
    assert_eq!(status, 201, "{reply}");
    assert_eq!(reply["group"]["ap_id"], group["ap_id"], "a reply stays in the group");
    eventually("Ben is told of Cara's reply", async || {
        b.get(&ben, "/api/v1/notifications").await["items"].as_array().unwrap().iter().any(|n| n["type"] == "reply")
    })
    .await;

    // The moderator on A removes Ben's post; it disappears on B and C.
    let a_post = a.get(&mod_a, &format!("/api/v1/posts/{}", urlencode(&post_ap_id))).await;
    let (status, _) = a.send(Method::DELETE, &outsider, &format!("/api/v1/posts/{}", a_post["id"]), json!({})).await;
    assert_eq!(status, 403, "a non-moderator cannot remove it");
    let (status, _) = a.send(Method::DELETE, &mod_a, &format!("/api/v1/posts/{}", a_post["id"]), json!({})).await;
    assert_eq!(status, 204);
    for (node, token) in [(&b, &ben), (&c, &cara)] {
        eventually("the removal reaches the member's node", async || {
            node.try_get(token, &format!("/api/v1/posts/{}", urlencode(&post_ap_id))).await == Err(404)
        })
        .await;
    }

    // A's directory finds the remote colleague by expertise.
    let found = a.get(&mod_a, "/api/v1/directory?expertise=geothermal").await;
    let items = found["items"].as_array().unwrap();
    assert_eq!(items.len(), 1, "{found}");
    assert_eq!(items[0]["ap_id"], b.actor_id("ben"));
    assert_eq!(items[0]["origin"], b.domain);
    let page = a.client.get(a.url("/directory?expertise=geothermal")).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("Energy planner"), "the page shows the card");
}

fn urlencode(value: &str) -> String {
    url::form_urlencoded::byte_serialize(value.as_bytes()).collect()
}

#[tokio::test(flavor = "multi_thread")]
async fn a_group_moves_to_another_node_with_its_members_and_discussions() {
    let place = Place::new();
    let network = place.node("Lyon", Backend::Sqlite).await;
    let own = place.node("Gent", postgres_if_available()).await;
    let colleagues = place.node("Porto", Backend::Sqlite).await;
    let (anna, carol, cara) = (network.user("anna"), own.user("carol"), colleagues.user("cara"));
    let group = |join_mode: &str| {
        json!({"handle": "heat", "name": "Heat planners", "description": "Cities planning heat networks.",
               "sectors": [], "topics": [], "join_mode": join_mode, "visibility": "members"})
    };
    let (status, body) = network.send(Method::POST, &anna, "/api/v1/groups", group("open")).await;
    assert_eq!(status, 201, "{body}");
    let old_handle = network.handle("heat");
    let (status, body) =
        colleagues.send(Method::POST, &cara, &format!("/api/v1/groups/{old_handle}/membership"), json!({})).await;
    assert_eq!(status, 200, "{body}");
    eventually("Cara is a member", async || {
        network.get(&anna, "/api/v1/groups/heat/members").await["items"].as_array().unwrap().len() == 2
    })
    .await;
    let (status, body) = network
        .send(Method::POST, &anna, "/api/v1/groups/heat/posts", json!({"content": "Our first winter on heat pumps"}))
        .await;
    assert_eq!(status, 201, "{body}");
    let path = format!("/api/v1/groups/{old_handle}/posts");
    let (status, body) = colleagues.send(Method::POST, &cara, &path, json!({"content": "Porto's seawater loop"})).await;
    assert_eq!(status, 201, "{body}");

    // The group's new home asks moderators to approve newcomers; it names the old group, which moves.
    let (status, body) = own.send(Method::POST, &carol, "/api/v1/groups", group("approval")).await;
    assert_eq!(status, 201, "{body}");
    let aliases = json!({"aliases": [network.actor_id("heat")]});
    let (status, body) = own.send(Method::PUT, &carol, "/api/v1/groups/heat/aliases", aliases).await;
    assert_eq!(status, 200, "{body}");
    let target = json!({"target": own.actor_id("heat")});
    let (status, body) = network.send(Method::POST, &anna, "/api/v1/groups/heat/move", target).await;
    assert_eq!((status, body["moved_to"].clone()), (200, json!(own.actor_id("heat"))), "{body}");

    // Cara and Anna are members of the new group without asking, and its discussions are there.
    let new_handle = own.handle("heat");
    eventually("the members came along", async || {
        // Porto may not know the new group before the Move reaches it: a 404 is "not yet".
        let seen = colleagues.try_get(&cara, &format!("/api/v1/groups/{new_handle}")).await.unwrap_or_default();
        let members = own.get(&carol, "/api/v1/groups/heat/members").await;
        seen["membership"] == "accepted" && members["items"].as_array().unwrap().len() == 3
    })
    .await;
    eventually("the discussions came along", async || {
        let posts = own.get(&carol, "/api/v1/groups/heat/posts").await;
        let html: Vec<&str> =
            posts["items"].as_array().unwrap().iter().filter_map(|p| p["content_html"].as_str()).collect();
        html.iter().any(|h| h.contains("first winter")) && html.iter().any(|h| h.contains("seawater"))
    })
    .await;
}
