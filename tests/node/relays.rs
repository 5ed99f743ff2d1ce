//! The two relay conventions of the wider fediverse, both ways: a server subscribes to this node
//! as to a Mastodon-style relay (a Follow of the Public collection), and this node subscribes to
//! a Mastodon-style relay (by its inbox) and to a LitePub one (by its actor).

use crate::common::{Remote, Spoil, TestNode, api, eventually};
use reqwest::Method;
use serde_json::{Value, json};

const PUBLIC: &str = "https://www.w3.org/ns/activitystreams#Public";

pub(crate) fn case_study(title: &str) -> Value {
    json!({"kind": "case_study", "title": title, "summary": "Illustrative demo.", "body": "Illustrative demo text.",
           "language": "en", "license": "CC BY 4.0", "sectors": ["mobility"]})
}

#[tokio::test(flavor = "multi_thread")]
async fn a_server_subscribes_to_this_node_as_to_a_relay() {
    let node = TestNode::start().await;
    let anna = node.user_with_token("anna").await;
    let remote = Remote::start_as("Application").await;
    let follow = remote.activity("Follow", json!(PUBLIC));
    let response = remote.post(&node.url("/inbox"), &follow.to_string(), Spoil::default()).await;
    assert_eq!(response.status(), 202);
    eventually("the node accepts the relay subscription", async || {
        remote.received_of_type("Accept").iter().any(|a| a["object"]["id"] == follow["id"])
    })
    .await;

    let (status, resource) = api(&node, &anna, Method::POST, "/api/v1/resources", case_study("Relay test")).await;
    assert_eq!(status, 201, "{resource}");
    let node_actor = node.url("/users/node");
    eventually("the node relays what it publishes", async || {
        remote.received_of_type("Announce").iter().any(|a| {
            a["actor"] == json!(node_actor)
                && a["object"]["id"] == resource["ap_id"]
                && a["object"]["type"] == "Article"
        })
    })
    .await;
}

#[tokio::test(flavor = "multi_thread")]
async fn this_node_subscribes_to_mastodon_style_and_litepub_relays() {
    let node = TestNode::start().await;
    let admin = node.admin_with_token("curator").await;
    let member = node.user_with_token("member").await;
    let relay = Remote::start_as("Application").await;

    let (status, _) =
        api(&node, &member, Method::POST, "/api/v1/admin/subscriptions", json!({"target": relay.base})).await;
    assert_eq!(status, 403, "only administrators subscribe");
    let (status, refused) =
        api(&node, &admin, Method::POST, "/api/v1/admin/subscriptions", json!({"target": "not a domain!"})).await;
    assert!((400..500).contains(&status), "{refused}");

    // Mastodon style: a Follow of the Public collection, sent to the relay's inbox.
    let inbox = format!("{}/inbox", relay.base);
    let (status, subscription) =
        api(&node, &admin, Method::POST, "/api/v1/admin/subscriptions", json!({"target": inbox})).await;
    assert_eq!(status, 201, "{subscription}");
    assert_eq!(subscription["kind"], "mastodon_relay");
    assert_eq!(subscription["state"], "pending");
    let mut follow = Value::Null;
    eventually("the relay receives the subscription", async || {
        follow = relay.received_of_type("Follow").into_iter().find(|f| f["object"] == PUBLIC).unwrap_or_default();
        !follow.is_null()
    })
    .await;
    assert_eq!(follow["actor"], json!(node.url("/users/node")));
    let accept = relay.activity("Accept", follow.clone());
    assert_eq!(relay.post(&node.url("/inbox"), &accept.to_string(), Spoil::default()).await.status(), 202);
    let listed = api(&node, &admin, Method::GET, "/api/v1/admin/subscriptions", Value::Null).await.1;
    assert_eq!(listed["items"][0]["state"], "accepted", "{listed}");

    // What the relay passes on is taken, fetched from its origin.
    let article = json!({"@context": "https://www.w3.org/ns/activitystreams", "id": format!("{}/objects/a1", relay.base),
        "type": "Article", "attributedTo": relay.actor_id, "name": "Relayed heat plan", "summary": "Illustrative.",
        "content": "<p>Illustrative demo text.</p>", "to": [PUBLIC]});
    relay.objects.lock().unwrap().insert("a1".into(), article.clone());
    let announce = relay.activity("Announce", json!(article["id"]));
    assert_eq!(relay.post(&node.url("/inbox"), &announce.to_string(), Spoil::default()).await.status(), 202);
    let found = api(&node, &admin, Method::GET, "/api/v1/resources?q=relayed", Value::Null).await.1;
    assert_eq!(found["total"], 1, "{found}");

    // Unsubscribing undoes the Follow of the Public collection.
    let path = format!("/api/v1/admin/subscriptions/{}", subscription["domain"].as_str().unwrap());
    assert_eq!(api(&node, &admin, Method::DELETE, &path, Value::Null).await.0, 204);
    eventually("the relay receives the Undo", async || {
        relay.received_of_type("Undo").iter().any(|u| u["object"]["id"] == follow["id"])
    })
    .await;

    // LitePub style: follow the relay's actor.
    let (status, subscription) =
        api(&node, &admin, Method::POST, "/api/v1/admin/subscriptions", json!({"target": relay.actor_id})).await;
    assert_eq!(status, 201, "{subscription}");
    assert_eq!(subscription["kind"], "relay");
    eventually("the relay actor is followed", async || {
        relay.received_of_type("Follow").iter().any(|f| f["object"] == json!(relay.actor_id))
    })
    .await;
}

#[tokio::test(flavor = "multi_thread")]
async fn an_interrupted_backfill_resumes_where_it_stopped() {
    use cairn::{db::subscriptions as subs, service::outboxes};
    let city = TestNode::start().await;
    let editor = city.user_with_token("editor").await;
    for n in 0..3 {
        let (status, _) =
            api(&city, &editor, Method::POST, "/api/v1/resources", case_study(&format!("Backfilled {n}"))).await;
        assert_eq!(status, 201);
    }
    let aggregator = TestNode::start().await;
    let admin = aggregator.admin_with_token("curator").await;
    let (status, body) =
        api(&aggregator, &admin, Method::POST, "/api/v1/admin/subscriptions", json!({"target": city.state.domain}))
            .await;
    assert_eq!(status, 201, "{body}");
    let finished = async || {
        let s = subs::by_domain(&aggregator.state.db, &city.state.domain).await.unwrap().unwrap();
        (s.backfill_state == subs::DONE).then_some(s.backfilled)
    };
    eventually("the first backfill finishes", async || finished().await == Some(3)).await;

    // As if the process had stopped after the first page: the saved page is read again on start.
    let subscription = subs::by_domain(&aggregator.state.db, &city.state.domain).await.unwrap().unwrap();
    let resume_at = format!("{}?page=events", subscription.outbox.clone().unwrap());
    let progress =
        subs::Progress { state: subs::RUNNING, next: Some(&resume_at), total: Some(3), done: 3, error: None };
    subs::save_progress(&aggregator.state.db, subscription.id, &progress, cairn::db::now()).await.unwrap();
    let federation =
        cairn::federation::config(aggregator.state.clone(), &application(&aggregator).await).await.unwrap();
    tokio::spawn(outboxes::resume(federation.to_request_data()));
    eventually("the resumed backfill finishes without counting anything twice", async || finished().await == Some(3))
        .await;
    let found = api(&aggregator, &admin, Method::GET, "/api/v1/resources?q=backfilled", Value::Null).await.1;
    assert_eq!(found["total"], 3, "{found}");
}

/// An aggregator whose curator has subscribed to a remote application: the aggregator, the
/// curator's token, the server and the subscription's domain. Its reading starts with the server's
/// Accept ([`start_reading`]).
async fn subscribed_to_an_application() -> (TestNode, String, Remote, String) {
    let aggregator = TestNode::start().await;
    let admin = aggregator.admin_with_token("curator").await;
    let (server, domain) = subscribe_to_an_application(&aggregator, &admin).await;
    (aggregator, admin, server, domain)
}

/// The aggregator's curator (`admin`) subscribes to a new remote application: the server and the
/// subscription's domain.
async fn subscribe_to_an_application(aggregator: &TestNode, admin: &str) -> (Remote, String) {
    let server = Remote::start_as("Application").await;
    let (status, subscription) =
        api(aggregator, admin, Method::POST, "/api/v1/admin/subscriptions", json!({"target": server.actor_id})).await;
    assert_eq!(status, 201, "{subscription}");
    (server, subscription["domain"].as_str().unwrap().to_string())
}

/// An activity of `server`'s outbox (`kind`: Create, Update, Announce) carrying its `n`th article.
fn article_activity(server: &Remote, kind: &str, n: usize, name: &str) -> Value {
    let article = json!({"id": format!("{}/objects/article-{n}", server.base), "type": "Article",
        "attributedTo": server.actor_id, "name": name, "summary": "Illustrative.",
        "content": "<p>Illustrative demo text.</p>", "to": [PUBLIC]});
    json!({"id": format!("{}/activities/{kind}-{n}", server.base), "type": kind, "actor": server.actor_id,
        "object": article, "to": [PUBLIC]})
}

/// Starts the subscription's reading at `first` (of `total` items), as the server's Accept does.
async fn start_reading(aggregator: &TestNode, server: &Remote, domain: &str, first: &str, total: i64) {
    use cairn::db::subscriptions as subs;
    let state = subs::by_domain(&aggregator.state.db, domain).await.unwrap().unwrap();
    let progress = subs::Progress { state: subs::RUNNING, next: Some(first), total: Some(total), done: 0, error: None };
    subs::save_progress(&aggregator.state.db, state.id, &progress, cairn::db::now()).await.unwrap();
    let mut follow = Value::Null;
    eventually("the server receives the subscription", async || {
        follow = server.received_of_type("Follow").into_iter().next().unwrap_or_default();
        !follow.is_null()
    })
    .await;
    let accept = server.activity("Accept", follow);
    assert_eq!(server.post(&aggregator.url("/inbox"), &accept.to_string(), Spoil::default()).await.status(), 202);
}

/// An outbox mixing Creates (taken one by one) with Announces (stored a page at a time) saves its
/// progress page by page while it is read: a reading that stops halfway resumes after the pages
/// stored, not from its start.
#[tokio::test(flavor = "multi_thread")]
async fn a_mixed_outbox_saves_its_progress_page_by_page() {
    use cairn::db::subscriptions as subs;
    let (aggregator, admin, server, domain) = subscribed_to_an_application().await;
    let page_url = |n: usize| format!("{}/objects/page-{n}", server.base);
    let item = |kind: &str, n: usize| article_activity(&server, kind, n, &format!("Mixed outbox {n}"));
    let page = |n: usize, items: Vec<Value>| {
        json!({"@context": "https://www.w3.org/ns/activitystreams", "id": page_url(n),
            "type": "OrderedCollectionPage", "orderedItems": items, "next": page_url(n + 1)})
    };
    let pages = [
        page(1, vec![item("Create", 1), item("Announce", 2), item("Announce", 3)]),
        page(2, vec![item("Announce", 4), item("Create", 5), item("Announce", 6)]),
    ];
    for (n, page) in pages.into_iter().enumerate() {
        server.objects.lock().unwrap().insert(format!("page-{}", n + 1), page);
    }
    // The third page is missing: read three times over three seconds, then the reading fails.
    start_reading(&aggregator, &server, &domain, &page_url(1), 9).await;
    let saved = async || {
        let s = subs::by_domain(&aggregator.state.db, &domain).await.unwrap().unwrap();
        (s.backfill_state, s.backfill_next.unwrap_or_default(), s.backfilled)
    };
    // While the third page is tried, the first page is stored and the second is where to resume.
    eventually("the first page's progress is saved while the reading runs", async || {
        saved().await == (subs::RUNNING.to_string(), page_url(2), 3)
    })
    .await;
    eventually("the reading stops at the third page", async || {
        saved().await == (subs::FAILED.to_string(), page_url(3), 6)
    })
    .await;
    let found = api(&aggregator, &admin, Method::GET, "/api/v1/resources?q=mixed", Value::Null).await.1;
    assert_eq!(found["total"], 6, "{found}");
}

/// An outbox is read newest first: an object updated or deleted later is not taken again from an
/// older item, so the newest version stays and a deleted object is not brought back.
#[tokio::test(flavor = "multi_thread")]
async fn a_backfill_keeps_the_newest_version_of_an_object_met_twice() {
    use cairn::db::subscriptions as subs;
    let (aggregator, admin, server, domain) = subscribed_to_an_application().await;
    let item = |kind: &str, n: usize, name: &str| article_activity(&server, kind, n, name);
    let deleted = json!({"id": format!("{}/activities/Delete-2", server.base), "type": "Delete",
        "actor": server.actor_id, "object": format!("{}/objects/article-2", server.base), "to": [PUBLIC]});
    let page_url = format!("{}/objects/page-1", server.base);
    let page = json!({"@context": "https://www.w3.org/ns/activitystreams", "id": page_url,
    "type": "OrderedCollectionPage", "orderedItems": [
        item("Update", 1, "Twice met, newer"), deleted, item("Create", 1, "Twice met, older"),
        item("Create", 2, "Twice met, deleted"), item("Create", 3, "Twice met, once"),
    ]});
    server.objects.lock().unwrap().insert("page-1".into(), page);
    start_reading(&aggregator, &server, &domain, &page_url, 5).await;
    eventually("the reading finishes", async || {
        let s = subs::by_domain(&aggregator.state.db, &domain).await.unwrap().unwrap();
        s.backfill_state == subs::DONE && s.backfilled == 5
    })
    .await;
    let found = api(&aggregator, &admin, Method::GET, "/api/v1/resources?q=twice", Value::Null).await.1;
    let mut names: Vec<&str> =
        found["items"].as_array().unwrap().iter().map(|r| r["title"].as_str().unwrap()).collect();
    names.sort();
    assert_eq!(names, ["Twice met, newer", "Twice met, once"], "{found}");
}

/// A backfill stops at `federation.backfill_max_items` and says why, unless the outbox ends there:
/// its last page, full, may link to an empty one, and the reading is then done.
#[tokio::test(flavor = "multi_thread")]
async fn a_backfill_stops_at_its_limit_unless_the_outbox_ends_there() {
    use cairn::db::subscriptions as subs;
    let aggregator = TestNode::start_with(&[("CAIRN_FEDERATION_BACKFILL_MAX_ITEMS", "2")]).await;
    let admin = aggregator.admin_with_token("curator").await;
    let limit = "stopped after 1 pages and 2 items (federation.backfill_max_pages/_items)";
    for (total, state, error) in [(2, subs::DONE, None), (3, subs::FAILED, Some(limit))] {
        let (server, domain) = subscribe_to_an_application(&aggregator, &admin).await;
        let page_url = |n: usize| format!("{}/objects/page-{n}", server.base);
        let mut items: Vec<Value> =
            (1..=total).map(|n| article_activity(&server, "Create", n, &format!("Limited {n} of {total}"))).collect();
        let rest = items.split_off(2);
        for (n, items, next) in [(1, items, Some(page_url(2))), (2, rest, None)] {
            let page = json!({"@context": "https://www.w3.org/ns/activitystreams", "id": page_url(n),
                "type": "OrderedCollectionPage", "orderedItems": items, "next": next});
            server.objects.lock().unwrap().insert(format!("page-{n}"), page);
        }
        start_reading(&aggregator, &server, &domain, &page_url(1), total as i64).await;
        let mut ended = None;
        eventually("the reading ends", async || {
            let s = subs::by_domain(&aggregator.state.db, &domain).await.unwrap().unwrap();
            ended = Some(s).filter(|s| s.backfill_state != subs::RUNNING);
            ended.is_some()
        })
        .await;
        let ended = ended.unwrap();
        assert_eq!((ended.backfill_state.as_str(), ended.backfilled), (state, 2), "of {total}");
        assert_eq!(ended.backfill_error.as_deref(), error, "of {total}");
    }
    let found = api(&aggregator, &admin, Method::GET, "/api/v1/resources?q=limited", Value::Null).await.1;
    assert_eq!(found["total"], 4, "two of each outbox: {found}");
}

/// Unsubscribing stops a backfill that is still reading: once the page in flight is stored,
/// nothing more of the city arrives.
#[tokio::test(flavor = "multi_thread")]
async fn unsubscribing_stops_a_running_backfill() {
    use cairn::db::{schema::resources, subscriptions as subs};
    use diesel::{ExpressionMethods, QueryDsl};
    use diesel_async::RunQueryDsl;
    const PUBLISHED: i64 = 2_000;
    let city = TestNode::start().await;
    cairn::service::demo::seed(&city.state, PUBLISHED as usize, |_, _| {}).await.unwrap();
    let aggregator = TestNode::start().await;
    let admin = aggregator.admin_with_token("curator").await;
    let domain = city.state.domain.clone();
    let (status, body) =
        api(&aggregator, &admin, Method::POST, "/api/v1/admin/subscriptions", json!({"target": domain})).await;
    assert_eq!(status, 201, "{body}");
    eventually("the backfill is under way", async || {
        subs::by_domain(&aggregator.state.db, &domain).await.unwrap().is_some_and(|s| s.backfilled > 0)
    })
    .await;
    let path = format!("/api/v1/admin/subscriptions/{domain}");
    assert_eq!(api(&aggregator, &admin, Method::DELETE, &path, Value::Null).await.0, 204);
    let stored = async || -> i64 {
        let pool = &aggregator.state.db;
        let counted: cairn::error::AppResult<i64> = async {
            Ok(cairn::db_run!(pool, |conn| resources::table
                .filter(resources::origin.eq(&domain))
                .count()
                .get_result(conn)
                .await?))
        }
        .await;
        counted.unwrap()
    };
    // The page in flight is stored; then the count holds.
    let mut settled = 0;
    eventually("the page in flight is stored", async || {
        let before = stored().await;
        tokio::time::sleep(std::time::Duration::from_millis(500)).await;
        settled = stored().await;
        settled == before
    })
    .await;
    tokio::time::sleep(std::time::Duration::from_secs(2)).await;
    assert_eq!(stored().await, settled, "nothing more is stored");
    assert!(settled > 0 && settled < PUBLISHED, "the reading stopped before its end ({settled} stored)");
}

#[tokio::test(flavor = "multi_thread")]
async fn a_backfill_stores_each_page_together_and_refuses_what_the_inbox_refuses() {
    use cairn::db::subscriptions as subs;
    let city = TestNode::start().await;
    let editor = city.user_with_token("editor").await;
    let outcast = city.user_with_token("outcast").await;
    // Three pages of the city's outbox: pages are stored in the background while the next is
    // read, and the reading ends only once every page is stored. Older illustrative resources
    // fill the two older pages.
    const OLDER: i64 = 2 * cairn::http::activitypub::NODE_PAGE_ITEMS;
    cairn::service::demo::seed(&city.state, OLDER as usize, |_, _| {}).await.unwrap();
    let mut ap_ids = Vec::new();
    for n in 0..85 {
        let (status, body) =
            api(&city, &editor, Method::POST, "/api/v1/resources", case_study(&format!("Paged plan {n}"))).await;
        assert_eq!(status, 201, "{body}");
        ap_ids.push(body["ap_id"].as_str().unwrap().to_string());
    }
    for n in 0..2 {
        let (status, _) =
            api(&city, &outcast, Method::POST, "/api/v1/resources", case_study(&format!("Outcast plan {n}"))).await;
        assert_eq!(status, 201);
    }
    let aggregator = TestNode::start().await;
    let admin = aggregator.admin_with_token("curator").await;
    // What a moderator here removed and whom they suspended stay out, as at the inbox.
    cairn::db::moderation::withhold(&aggregator.state.db, &ap_ids[7]).await.unwrap();
    let outcast_handle = format!("outcast@{}", city.state.domain);
    let lookup = format!("/api/v1/lookup?q={outcast_handle}");
    assert_eq!(api(&aggregator, &admin, Method::GET, &lookup, Value::Null).await.0, 200);
    let path = format!("/api/v1/admin/accounts/{outcast_handle}/suspend");
    let (status, standing) = api(&aggregator, &admin, Method::POST, &path, json!({"reason": "illustrative"})).await;
    assert_eq!(status, 200, "{standing}");

    let (status, body) =
        api(&aggregator, &admin, Method::POST, "/api/v1/admin/subscriptions", json!({"target": city.state.domain}))
            .await;
    assert_eq!(status, 201, "{body}");
    eventually("the backfill reads every page", async || {
        let s = subs::by_domain(&aggregator.state.db, &city.state.domain).await.unwrap().unwrap();
        s.backfill_state == subs::DONE && s.backfilled == OLDER + 87
    })
    .await;
    let found = api(&aggregator, &admin, Method::GET, "/api/v1/resources?q=paged&limit=100", Value::Null).await.1;
    assert_eq!(found["total"], 84, "all but the withheld one: {found}");
    let titles: Vec<&str> = found["items"].as_array().unwrap().iter().filter_map(|i| i["title"].as_str()).collect();
    assert!(!titles.contains(&"Paged plan 7"), "{titles:?}");
    assert!(titles.contains(&"Paged plan 0") && titles.contains(&"Paged plan 84"), "{titles:?}");
    let outcast_found = api(&aggregator, &admin, Method::GET, "/api/v1/resources?q=outcast", Value::Null).await.1;
    assert_eq!(outcast_found["total"], 0, "{outcast_found}");
    // Stored as the inbox stores: each with its author, its page and the counts kept.
    let one = api(&aggregator, &admin, Method::GET, "/api/v1/resources?q=%22paged+plan+12%22", Value::Null).await.1;
    assert_eq!(one["items"][0]["ap_id"], json!(ap_ids[12]), "{one}");
    assert_eq!(one["items"][0]["author"]["handle"], json!(format!("@editor@{}", city.state.domain)), "{one}");
    // The counts: the city's, but for the withheld one and the suspended author's two.
    let mobility = "/api/v1/resources?sector=mobility&limit=1";
    let at_city = api(&city, &editor, Method::GET, mobility, Value::Null).await.1;
    let map = api(&aggregator, &admin, Method::GET, mobility, Value::Null).await.1;
    assert_eq!(map["total"], at_city["total"].as_i64().unwrap() - 3, "{map}");

    // Backfilled again (a resumed reading), nothing is stored twice.
    let again = subs::by_domain(&aggregator.state.db, &city.state.domain).await.unwrap().unwrap();
    let progress = subs::Progress {
        state: subs::RUNNING,
        next: again.outbox.as_deref(),
        total: Some(OLDER + 87),
        done: 0,
        error: None,
    };
    subs::save_progress(&aggregator.state.db, again.id, &progress, cairn::db::now()).await.unwrap();
    let federation =
        cairn::federation::config(aggregator.state.clone(), &application(&aggregator).await).await.unwrap();
    tokio::spawn(cairn::service::outboxes::resume(federation.to_request_data()));
    eventually("the second reading finishes", async || {
        let s = subs::by_domain(&aggregator.state.db, &city.state.domain).await.unwrap().unwrap();
        s.backfill_state == subs::DONE && s.backfilled == OLDER + 87
    })
    .await;
    let found = api(&aggregator, &admin, Method::GET, "/api/v1/resources?q=paged", Value::Null).await.1;
    assert_eq!(found["total"], 84, "{found}");
}

async fn application(node: &TestNode) -> cairn::federation::objects::actor::ApActor {
    let row = cairn::db::actors::local_by_username(&node.state.db, "node").await.unwrap().unwrap();
    cairn::federation::objects::actor::ApActor::new(row).unwrap()
}

#[tokio::test(flavor = "multi_thread")]
async fn a_groups_public_posts_reach_the_nodes_subscribed_to_its_node() {
    use cairn::db;
    let city = TestNode::start().await;
    let anna = city.user_with_token("anna").await;
    for (handle, visibility) in [("cycling", "public"), ("board", "members")] {
        let group = json!({"handle": handle, "name": format!("Group {handle}"), "description": "Illustrative group.",
                           "join_mode": "open", "visibility": visibility});
        let (status, body) = api(&city, &anna, Method::POST, "/api/v1/groups", group).await;
        assert_eq!(status, 201, "{body}");
    }
    let aggregator = TestNode::start().await;
    let admin = aggregator.admin_with_token("curator").await;
    let subscribe = json!({"target": city.state.domain});
    let (status, body) = api(&aggregator, &admin, Method::POST, "/api/v1/admin/subscriptions", subscribe).await;
    assert_eq!(status, 201, "{body}");
    eventually("the city accepts the subscription", async || {
        let list = api(&aggregator, &admin, Method::GET, "/api/v1/admin/subscriptions", Value::Null).await.1;
        list["items"][0]["state"] == "accepted"
    })
    .await;

    let post = async |handle: &str, content: &str| {
        let path = format!("/api/v1/groups/{handle}/posts");
        let (status, post) = api(&city, &anna, Method::POST, &path, json!({"content": content})).await;
        assert_eq!(status, 201, "{post}");
        post["ap_id"].as_str().unwrap().to_string()
    };
    let members_only = post("board", "Budget figures for the board only").await;
    let public = post("cycling", "Counting cyclists on the bridges this week").await;
    let held = async |ap_id: &str| db::posts::by_ap_id(&aggregator.state.db, ap_id).await.unwrap();
    eventually("the aggregator holds the group's public post", async || held(&public).await.is_some()).await;
    let stored = held(&public).await.unwrap();
    let group = db::actors::by_id(&aggregator.state.db, stored.group_id.expect("kept in its group")).await.unwrap();
    assert_eq!(group.unwrap().ap_id, city.url("/users/cycling"));
    assert!(held(&members_only).await.is_none(), "a members-only group's post stays among its members");

    // The group's removal reaches the subscriber too.
    let id =
        api(&city, &anna, Method::GET, &format!("/api/v1/posts/{}", url_encoded(&public)), Value::Null).await.1["id"]
            .clone();
    let (status, _) = api(&city, &anna, Method::DELETE, &format!("/api/v1/posts/{id}"), Value::Null).await;
    assert_eq!(status, 204);
    eventually("the removal reaches the aggregator", async || held(&public).await.is_none()).await;
}

fn url_encoded(value: &str) -> String {
    url::form_urlencoded::byte_serialize(value.as_bytes()).collect()
}
