use crate::common::TestNode;
use cairn::http::activitypub::{NODE_PAGE_BYTES, NODE_PAGE_ITEMS};
use serde_json::{Value, json};

#[tokio::test(flavor = "multi_thread")]
async fn webfinger_finds_local_actors_only() {
    let node = TestNode::start().await;
    node.user_with_token("anna").await;
    let domain = node.base.trim_start_matches("http://").to_string();
    for name in ["anna", "city", "node"] {
        let response = node
            .client
            .get(node.url(&format!("/.well-known/webfinger?resource=acct:{name}@{domain}")))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 200, "{name}");
        let body: Value = response.json().await.unwrap();
        assert_eq!(body["subject"], format!("acct:{name}@{domain}"));
        let link = body["links"].as_array().unwrap().iter().find(|l| l["rel"] == "self").unwrap();
        assert_eq!(link["type"], "application/activity+json");
        assert_eq!(link["href"], node.url(&format!("/users/{name}")));
    }
    let unknown = node
        .client
        .get(node.url(&format!("/.well-known/webfinger?resource=acct:nobody@{domain}")))
        .send()
        .await
        .unwrap();
    assert_eq!(unknown.status(), 404);
    assert_eq!(unknown.json::<Value>().await.unwrap()["error"], "not_found");
    let elsewhere =
        node.client.get(node.url("/.well-known/webfinger?resource=acct:anna@elsewhere.example")).send().await.unwrap();
    assert_eq!(elsewhere.status(), 404);
    let missing = node.client.get(node.url("/.well-known/webfinger")).send().await.unwrap();
    assert_eq!(missing.status(), 400);
    let host_meta = node.client.get(node.url("/.well-known/host-meta")).send().await.unwrap().text().await.unwrap();
    assert!(host_meta.contains("/.well-known/webfinger?resource={uri}"));
}

#[tokio::test(flavor = "multi_thread")]
async fn nodeinfo_describes_the_node() {
    let node = TestNode::start_with(&[("CAIRN_NODE_NAME", "Lyon")]).await;
    let links: Value = node.client.get(node.url("/.well-known/nodeinfo")).send().await.unwrap().json().await.unwrap();
    let href = links["links"][0]["href"].as_str().unwrap().to_string();
    assert!(href.ends_with("/nodeinfo/2.1"));
    let info: Value = node.client.get(href).send().await.unwrap().json().await.unwrap();
    assert_eq!(info["version"], "2.1");
    assert_eq!(info["software"]["name"], "cairn");
    assert_eq!(info["protocols"], json!(["activitypub"]));
    assert_eq!(info["metadata"]["nodeName"], "Lyon");
}

#[tokio::test(flavor = "multi_thread")]
async fn actors_are_negotiated_between_json_and_html() {
    let node = TestNode::start_with(&[("CAIRN_NODE_NAME", "Lyon"), ("CAIRN_NODE_COUNTRY", "FR")]).await;
    for accept in
        ["application/activity+json", "application/ld+json; profile=\"https://www.w3.org/ns/activitystreams\""]
    {
        let response = node.client.get(node.url("/users/city")).header("accept", accept).send().await.unwrap();
        assert_eq!(response.headers()["content-type"], "application/activity+json");
        let actor: Value = response.json().await.unwrap();
        assert_eq!(actor["type"], "Organization");
        assert_eq!(actor["name"], "Lyon");
        assert_eq!(actor["preferredUsername"], "city");
        assert_eq!(actor["publicKey"]["owner"], actor["id"]);
        // FEP-521a: an Ed25519 Multikey next to the RSA key.
        let ed25519 = &actor["assertionMethod"][0];
        assert_eq!((&ed25519["type"], &ed25519["controller"]), (&json!("Multikey"), &actor["id"]));
        assert!(ed25519["publicKeyMultibase"].as_str().unwrap().starts_with("z6Mk"), "{ed25519}");
        assert_eq!(actor["endpoints"]["sharedInbox"], node.url("/inbox"));
        assert_eq!(actor["url"], node.url("/@city"));
    }
    let page = node.client.get(node.url("/users/city")).header("accept", "text/html").send().await.unwrap();
    assert!(page.headers()["content-type"].to_str().unwrap().starts_with("text/html"));
    assert!(page.text().await.unwrap().contains("<h1>Lyon</h1>"));
    let app: Value = node
        .client
        .get(node.url("/users/node"))
        .header("accept", "application/activity+json")
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(app["type"], "Application");
    let missing = node.client.get(node.url("/@nobody")).send().await.unwrap();
    assert_eq!(missing.status(), 404);
    assert!(missing.text().await.unwrap().contains("<html"));
}

#[tokio::test(flavor = "multi_thread")]
async fn keys_are_made_once_and_kept() {
    let node = TestNode::start().await;
    let first = cairn::db::actors::local_by_username(&node.state.db, "city").await.unwrap().unwrap();
    let (again, _) = cairn::service::node::ensure_actors(&node.state).await.unwrap();
    assert_eq!(first.public_key_pem, again.public_key_pem);
    assert_eq!(first.private_key_pem, again.private_key_pem);
}

#[tokio::test(flavor = "multi_thread")]
async fn collections_are_paged() {
    let node = TestNode::start().await;
    let token = node.user_with_token("anna").await;
    let followed: Value = node
        .client
        .post(node.url("/api/v1/follows"))
        .bearer_auth(&token)
        .json(&json!({"target": "@city@".to_string() + node.base.trim_start_matches("http://")}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(followed["state"], "accepted");
    let collection: Value =
        node.client.get(node.url("/users/city/followers")).send().await.unwrap().json().await.unwrap();
    assert_eq!(collection["type"], "OrderedCollection");
    assert_eq!(collection["totalItems"], 1);
    let page: Value =
        node.client.get(collection["first"].as_str().unwrap()).send().await.unwrap().json().await.unwrap();
    assert_eq!(page["type"], "OrderedCollectionPage");
    assert_eq!(page["orderedItems"], json!([node.url("/users/anna")]));
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
    assert_eq!(following["items"][0]["handle"], format!("@city@{}", node.base.trim_start_matches("http://")));
    assert_eq!(following["next"], Value::Null);
    let outbox: Value = node.client.get(node.url("/users/city/outbox")).send().await.unwrap().json().await.unwrap();
    assert_eq!(outbox["type"], "OrderedCollection");
    let bad_cursor =
        node.client.get(node.url("/api/v1/me/following?cursor=abc")).bearer_auth(&token).send().await.unwrap();
    assert_eq!(bad_cursor.status(), 400);
}

#[tokio::test(flavor = "multi_thread")]
async fn outboxes_page_back_with_max_id_and_forward_with_min_id() {
    let node = TestNode::start().await;
    let token = node.user_with_token("anna").await;
    let publish = async |n: usize| {
        let resource = json!({"kind": "case_study", "title": format!("Illustrative case study {n}"),
            "summary": "Illustrative demo content.", "body": "Illustrative demo text.", "language": "en",
            "license": "CC BY 4.0", "sectors": ["mobility"], "country": "FR", "city": "Lyon"});
        let response = node.client.post(node.url("/api/v1/resources")).bearer_auth(&token).json(&resource).send();
        assert_eq!(response.await.unwrap().status(), 201);
    };
    // The node's outbox, read whole by backfills, has larger pages than an actor's: older
    // illustrative resources fill its first one.
    let older_than_anna = NODE_PAGE_ITEMS as usize - 40;
    cairn::service::demo::seed(&node.state, older_than_anna, |_, _| {}).await.unwrap();
    for n in 0..45 {
        publish(n).await;
    }
    let get = async |url: &str| -> Value { node.client.get(url).send().await.unwrap().json().await.unwrap() };

    let mut polled = Vec::new();
    let outboxes =
        [("/users/anna/outbox", "?page=true", 40), ("/users/node/outbox", "?page=resources", NODE_PAGE_ITEMS)];
    for (outbox, first, page_items) in outboxes {
        let collection = get(&node.url(outbox)).await;
        assert_eq!(collection["first"], node.url(&format!("{outbox}{first}")));
        // Newest first: a page, then the 5 older ones through `next` (max_id).
        let newest = get(collection["first"].as_str().unwrap()).await;
        assert_eq!(newest["orderedItems"].as_array().unwrap().len() as i64, page_items, "{outbox}");
        let older = get(newest["next"].as_str().unwrap()).await;
        assert!(newest["next"].as_str().unwrap().contains("max_id="), "{newest}");
        assert_eq!(older["orderedItems"].as_array().unwrap().len(), 5, "{outbox}");
        // From the older page, `prev` (min_id) gives the page just newer: the first page again.
        let back = get(older["prev"].as_str().unwrap()).await;
        assert_eq!(back["orderedItems"], newest["orderedItems"], "{outbox}");
        // A follower that has read the newest asks what came since: nothing, until one more.
        let since = newest["prev"].as_str().unwrap().to_string();
        assert_eq!(get(&since).await["orderedItems"], json!([]), "{outbox}");
        polled.push((node.url(&format!("{outbox}{first}")), since));
    }
    publish(45).await;
    for (first, since) in polled {
        let news = get(&since).await;
        assert_eq!(news["orderedItems"].as_array().unwrap().len(), 1, "{since}: {news}");
        assert_eq!(news["orderedItems"][0], get(&first).await["orderedItems"][0], "{since}");
    }
    // The node's resources lead on to its events.
    let older = get(get(&node.url("/users/node/outbox?page=resources")).await["next"].as_str().unwrap()).await;
    assert_eq!(older["next"], node.url("/users/node/outbox?page=events"));
}

/// Long resources end the node's outbox page early, within what a reader takes: paged back and
/// forth, every resource is read once, in order.
#[tokio::test(flavor = "multi_thread")]
async fn the_nodes_outbox_pages_stay_within_their_bytes() {
    const PUBLISHED: usize = 8;
    let node = TestNode::start().await;
    let token = node.user_with_token("anna").await;
    let mut published = Vec::new();
    for n in 0..PUBLISHED {
        let body = format!("Illustrative long text {n}. {}", "Many words of an illustrative report. ".repeat(2_500));
        let resource = json!({"kind": "case_study", "title": format!("Illustrative long case study {n}"),
            "summary": "Illustrative demo content.", "body": body, "language": "en", "license": "CC BY 4.0",
            "sectors": ["energy_systems"], "country": "FR", "city": "Lyon"});
        let response = node.client.post(node.url("/api/v1/resources")).bearer_auth(&token).json(&resource).send();
        let response = response.await.unwrap();
        assert_eq!(response.status(), 201);
        published.push(response.json::<Value>().await.unwrap()["ap_id"].as_str().unwrap().to_string());
    }
    published.reverse();
    let read = async |url: &str| -> (Value, Vec<String>) {
        let text = node.client.get(url).send().await.unwrap().text().await.unwrap();
        assert!(text.len() <= NODE_PAGE_BYTES + 64 * 1024, "{url}: {} bytes", text.len());
        let page: Value = serde_json::from_str(&text).unwrap();
        let objects = page["orderedItems"].as_array().unwrap().iter();
        let ids = objects.map(|item| item["object"]["id"].as_str().unwrap().to_string()).collect();
        (page, ids)
    };

    let (mut page, mut ids) = read(&node.url("/users/node/outbox?page=resources")).await;
    let mut pages = vec![ids.clone()];
    while let Some(next) = page["next"].as_str().filter(|next| next.contains("max_id=")).map(str::to_string) {
        (page, ids) = read(&next).await;
        pages.push(ids);
    }
    assert!(pages.len() > 2, "{PUBLISHED} resources of 100,000 characters in {} pages", pages.len());
    assert!(pages.iter().all(|ids| !ids.is_empty()));
    assert_eq!(pages.concat(), published, "paged back through max_id");
    // Forward from the oldest page through min_id: the page just newer, nearest first.
    let oldest = pages.last().unwrap();
    let (newer_page, newer) = read(page["prev"].as_str().unwrap()).await;
    let before_oldest = &published[..published.len() - oldest.len()];
    assert!(!newer.is_empty() && newer.len() < before_oldest.len(), "{newer:?}");
    assert_eq!(newer, before_oldest[before_oldest.len() - newer.len()..], "the nearest newer ones");
    assert!(newer_page["prev"].as_str().is_some_and(|prev| prev.contains("min_id=")), "{newer_page}");
}
