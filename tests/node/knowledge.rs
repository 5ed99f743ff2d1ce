use crate::common::{Remote, Spoil, TestNode, eventually};
use serde_json::{Value, json};

fn domain(node: &TestNode) -> String {
    node.base.trim_start_matches("http://").to_string()
}

fn case_study() -> Value {
    json!({
        "kind": "case_study",
        "title": "Heat network in a dense district",
        "summary": "How a district heating network replaced gas boilers.",
        "body": "We **did** it.<script>alert(1)</script> <a href=\"javascript:x()\" onclick=\"y()\">link</a>",
        "language": "en",
        "license": "CC BY 4.0",
        "sectors": ["energy_systems", "built_environment"],
        "tags": ["District heating", "#heat pumps"],
        "phases": [3, 4],
        "city": "Lyon",
        "country": "FR",
        "period_start": 2021,
        "period_end": 2024,
        "impact": {"tco2e_per_year": 1200.5, "investment_eur": 3000000.0, "people_reached": 8000},
        "attachments": [{"url": "https://lyon.example/report.pdf", "media_type": "application/pdf", "title": "Report"}],
        "organisation": "Illustrative city"
    })
}

pub(crate) async fn get(node: &TestNode, path: &str) -> Value {
    let response = node.client.get(node.url(path)).send().await.unwrap();
    assert_eq!(response.status(), 200, "GET {path}");
    response.json().await.unwrap()
}

#[tokio::test(flavor = "multi_thread")]
async fn a_resource_travels_to_a_following_node_with_its_edits_comments_and_deletion() {
    let a = TestNode::start_with(&[("CAIRN_NODE_NAME", "Lyon")]).await;
    let b = TestNode::start_with(&[("CAIRN_NODE_NAME", "Gent")]).await;
    let ben = b.user_with_token("ben").await;
    let anna = a.user_with_token("anna").await;
    let followed = b
        .client
        .post(b.url("/api/v1/follows"))
        .bearer_auth(&ben)
        .json(&json!({"target": format!("@city@{}", domain(&a))}))
        .send()
        .await
        .unwrap();
    assert_eq!(followed.status(), 200);
    eventually("B follows A's city", async || {
        let list: Value =
            b.client.get(b.url("/api/v1/me/following")).bearer_auth(&ben).send().await.unwrap().json().await.unwrap();
        list["items"].as_array().is_some_and(|i| !i.is_empty())
    })
    .await;

    let created =
        a.client.post(a.url("/api/v1/resources")).bearer_auth(&anna).json(&case_study()).send().await.unwrap();
    assert_eq!(created.status(), 201);
    let created: Value = created.json().await.unwrap();
    let html = created["body_html"].as_str().unwrap();
    assert!(
        html.contains("<strong>did</strong>")
            && !html.contains("script")
            && !html.contains("javascript")
            && !html.contains("onclick"),
        "{html}"
    );
    assert_eq!(created["tags"], json!(["district heating", "heat pumps"]));

    // The Article as Mastodon and other servers read it.
    let article: Value = a
        .client
        .get(created["ap_id"].as_str().unwrap())
        .header("accept", "application/activity+json")
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(article["type"], "Article");
    assert_eq!(article["name"], "Heat network in a dense district");
    assert_eq!(article["summary"], "How a district heating network replaced gas boilers.");
    assert_eq!(article["url"], article["id"], "url is on the publishing host");
    assert_eq!(article["attributedTo"], a.url("/users/anna"));
    let tags = article["tag"].as_array().unwrap();
    assert!(tags.iter().any(|t| t["type"] == "Hashtag" && t["name"] == "#districtheating"), "{tags:?}");
    // In the taxonomy's order, kept as bits.
    assert_eq!(article["sectors"], json!(["built_environment", "energy_systems"]));
    assert_eq!(article["phases"], json!([3, 4]));

    let found = eventually_search(&b, "/api/v1/resources?q=heating", 1).await;
    let copy = &found["items"][0];
    assert_eq!(copy["origin"], domain(&a));
    assert_eq!(copy["title"], "Heat network in a dense district");
    assert_eq!(copy["impact"]["tco2e_per_year"], 1200.5);
    assert_eq!(copy["phases"], json!([3, 4]));
    assert_eq!(copy["tags"], json!(["district heating", "heat pumps"]));
    let sector_facet = &found["facets"]["sector"];
    assert!(sector_facet.as_array().unwrap().iter().any(|f| f["value"] == "energy_systems" && f["count"] == 1));
    let page = b.client.get(b.url("/knowledge?q=heating")).send().await.unwrap().text().await.unwrap();
    assert!(
        page.contains("<mark>Heat</mark> network in a dense district") && page.contains(&domain(&a)),
        "B's repository page shows it with its origin, the word searched for marked"
    );

    // An edit on A reaches B.
    let edited = a
        .client
        .patch(a.url(&format!("/api/v1/resources/{}", created["id"])))
        .bearer_auth(&anna)
        .json(&json!({"title": "Heat network, two years on"}))
        .send()
        .await
        .unwrap();
    assert_eq!(edited.status(), 200);
    eventually("the edit reaches B", async || {
        get(&b, "/api/v1/resources?q=heating").await["items"][0]["title"] == "Heat network, two years on"
    })
    .await;

    // A comment posted on B appears on A.
    let b_id = copy["id"].as_i64().unwrap();
    let commented = b
        .client
        .post(b.url(&format!("/api/v1/resources/{b_id}/comments")))
        .bearer_auth(&ben)
        .json(&json!({"content": "We tried this in Gent too."}))
        .send()
        .await
        .unwrap();
    assert_eq!(commented.status(), 201);
    let a_path = format!("/api/v1/resources/{}", created["id"]);
    eventually("the comment reaches A", async || {
        get(&a, &a_path).await["comments"].as_array().is_some_and(|c| c.len() == 1)
    })
    .await;
    let on_a = get(&a, &a_path).await;
    assert_eq!(on_a["comments"][0]["author"]["ap_id"], b.url("/users/ben"));
    assert!(on_a["comments"][0]["content_html"].as_str().unwrap().contains("Gent too"));

    // A deletion on A reaches B.
    let deleted = a
        .client
        .delete(a.url(&format!("/api/v1/resources/{}", created["id"])))
        .bearer_auth(&anna)
        .send()
        .await
        .unwrap();
    assert_eq!(deleted.status(), 204);
    eventually_search(&b, "/api/v1/resources?q=heating", 0).await;
}

async fn eventually_search(node: &TestNode, path: &str, total: i64) -> Value {
    let mut last = Value::Null;
    eventually(&format!("{path} finds {total}"), async || {
        last = get(node, path).await;
        // The page and the total are read by two statements: wait until both have seen it.
        last["total"] == total && last["items"].as_array().map(|i| i.len() as i64) == Some(total.min(20))
    })
    .await;
    last
}

#[tokio::test(flavor = "multi_thread")]
async fn only_the_author_changes_a_remote_resource() {
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
    remote.post(&node.url("/inbox"), &remote.activity("Accept", follow).to_string(), Spoil::default()).await;

    let article_id = format!("{}/articles/1", remote.base);
    let article = json!({
        "id": article_id, "type": "Article", "attributedTo": remote.actor_id,
        "name": "Bike lanes <b>fast</b>", "summary": "<p>Pop-up lanes</p>",
        "content": "<p>Hi</p><script>alert(1)</script><iframe src=\"https://x.example\"></iframe><a href=\"javascript:alert(1)\" onmouseover=\"x()\">a</a>",
        "url": "https://elsewhere.example/not-the-origin",
        "tag": [{"type": "Hashtag", "name": "#cycling"}], "sectors": ["mobility", "aviation"],
        "published": "2025-05-01T10:00:00Z"
    });
    let created = remote
        .post(&node.url("/inbox"), &remote.activity("Create", article.clone()).to_string(), Spoil::default())
        .await;
    assert_eq!(created.status(), 202, "{}", created.text().await.unwrap());
    let found: Value =
        node.client.get(node.url("/api/v1/resources?q=lanes")).send().await.unwrap().json().await.unwrap();
    assert_eq!(found["total"], 1);
    let stored = &found["items"][0];
    assert_eq!(stored["title"], "Bike lanes fast");
    assert_eq!(stored["sectors"], json!(["mobility"]), "unknown sectors are dropped");
    assert_eq!(stored["origin_url"], article_id, "a cross-origin url is not trusted");
    let html = stored["body_html"].as_str().unwrap();
    assert!(
        !html.contains("script")
            && !html.contains("iframe")
            && !html.contains("javascript")
            && !html.contains("onmouseover"),
        "{html}"
    );

    let mut forged = article.clone();
    forged["name"] = json!("Forged");
    let update = impostor.activity("Update", forged);
    assert_eq!(impostor.post(&node.url("/inbox"), &update.to_string(), Spoil::default()).await.status(), 403);
    let delete = impostor.activity("Delete", json!(article_id));
    assert_eq!(impostor.post(&node.url("/inbox"), &delete.to_string(), Spoil::default()).await.status(), 403);
    let found: Value =
        node.client.get(node.url("/api/v1/resources?q=lanes")).send().await.unwrap().json().await.unwrap();
    assert_eq!(found["items"][0]["title"], "Bike lanes fast", "nothing changed");

    let mut smuggled = article.clone();
    smuggled["id"] = json!(format!("{}/articles/2", impostor.base));
    let response =
        remote.post(&node.url("/inbox"), &remote.activity("Create", smuggled).to_string(), Spoil::default()).await;
    assert!(
        response.status().is_client_error(),
        "an object from another host than its sender is refused: {}",
        response.status()
    );

    let mut updated = article.clone();
    updated["name"] = json!("Bike lanes, permanent now");
    let response =
        remote.post(&node.url("/inbox"), &remote.activity("Update", updated).to_string(), Spoil::default()).await;
    assert_eq!(response.status(), 202);
    let delete = remote.activity("Delete", json!({"id": article_id, "type": "Tombstone"}));
    assert_eq!(remote.post(&node.url("/inbox"), &delete.to_string(), Spoil::default()).await.status(), 202);
    let found: Value =
        node.client.get(node.url("/api/v1/resources?q=lanes")).send().await.unwrap().json().await.unwrap();
    assert_eq!(found["total"], 0);
}

#[tokio::test(flavor = "multi_thread")]
async fn bad_resources_are_refused_with_the_field_named() {
    let node = TestNode::start().await;
    let token = node.user_with_token("anna").await;
    for (change, field) in [
        (json!({"title": ""}), "title"),
        (json!({"summary": ""}), "summary"),
        (json!({"sectors": ["aviation"]}), "sectors"),
        (json!({"language": "klingon"}), "language"),
        (json!({"title": "x".repeat(300)}), "title"),
        (json!({"phases": [9]}), "phases"),
    ] {
        let mut body = case_study();
        for (k, v) in change.as_object().unwrap() {
            body[k] = v.clone();
        }
        let response =
            node.client.post(node.url("/api/v1/resources")).bearer_auth(&token).json(&body).send().await.unwrap();
        assert_eq!(response.status(), 422, "{field}");
        assert_eq!(response.json::<Value>().await.unwrap()["field"], field);
    }
    let anonymous = node.client.post(node.url("/api/v1/resources")).json(&case_study()).send().await.unwrap();
    assert_eq!(anonymous.status(), 401);
    assert_eq!(get(&node, "/api/v1/resources").await["total"], 0, "nothing was stored");
}

#[tokio::test(flavor = "multi_thread")]
async fn publish_preview_and_comment_from_the_web_pages() {
    let node = TestNode::start().await;
    node.user_with_token("anna").await;
    let csrf = node.csrf("/login").await;
    let login = [("csrf", csrf.as_str()), ("username", "anna"), ("password", "a long enough passphrase 42")];
    node.client.post(node.url("/login")).form(&login).send().await.unwrap();
    let form = node.client.get(node.url("/knowledge/new")).send().await.unwrap();
    assert_eq!(form.status(), 200);
    let fields = vec![
        ("csrf", csrf.as_str()),
        ("kind", "method"),
        ("title", "Citizen assembly on heat"),
        ("summary", "How we ran it."),
        ("body", "Step **one**."),
        ("sectors", "energy_systems"),
        ("sectors", "cross_cutting"),
        ("phases", "1"),
        ("tags", "citizen participation, heat"),
        ("language", "en"),
        ("country", "BE"),
        ("attachments", "https://gent.example/guide.pdf | Guide | application/pdf"),
    ];
    let mut preview = fields.clone();
    preview.push(("preview", "1"));
    let shown = node.client.post(node.url("/knowledge/new")).form(&preview).send().await.unwrap();
    assert_eq!(shown.status(), 200);
    assert!(shown.text().await.unwrap().contains("<strong>one</strong>"), "the preview renders the Markdown");
    assert_eq!(get(&node, "/api/v1/resources").await["total"], 0, "a preview saves nothing");

    let mut broken = fields.clone();
    broken.retain(|(k, _)| *k != "summary");
    broken.push(("period_start", "soon"));
    let refused = node.client.post(node.url("/knowledge/new")).form(&broken).send().await.unwrap();
    assert_eq!(refused.status(), 422);
    let refused = refused.text().await.unwrap();
    let (summary, period) = (refused.find("href=\"#summary\""), refused.find("href=\"#period_start\""));
    assert!(summary.is_some() && summary < period && refused.contains("enter a number"), "both, required first");

    let published = node.client.post(node.url("/knowledge/new")).form(&fields).send().await.unwrap();
    assert_eq!(published.status(), 303);
    let location = published.headers()["location"].to_str().unwrap().to_string();
    let page = node.client.get(node.url(&location)).send().await.unwrap().text().await.unwrap();
    assert!(
        page.contains("Citizen assembly on heat") && page.contains("Guide") && page.contains("#citizen participation")
    );

    let edit = node.client.get(node.url(&format!("{location}/edit"))).send().await.unwrap();
    assert_eq!(edit.status(), 200);
    assert!(edit.text().await.unwrap().contains("Citizen assembly on heat"), "the edit form is filled in");
    let mut changed = fields.clone();
    changed.retain(|(k, _)| *k != "title");
    changed.push(("title", "Citizen assembly on heat, revised"));
    let saved = node.client.post(node.url(&format!("{location}/edit"))).form(&changed).send().await.unwrap();
    assert_eq!(saved.status(), 303);
    let page = node.client.get(node.url(&location)).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("Citizen assembly on heat, revised"));

    let commented = node
        .client
        .post(node.url(&format!("{location}/comments")))
        .form(&[("csrf", csrf.as_str()), ("comment", "Useful, thanks!")])
        .send()
        .await
        .unwrap();
    assert_eq!(commented.status(), 303);
    let page = node.client.get(node.url(&location)).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("Useful, thanks!") && page.contains("Comments (1)"));
    let empty = node
        .client
        .post(node.url(&format!("{location}/comments")))
        .form(&[("csrf", csrf.as_str()), ("comment", " ")])
        .send()
        .await
        .unwrap();
    assert_eq!(empty.status(), 422);

    let profile = node.client.get(node.url("/@anna")).send().await.unwrap().text().await.unwrap();
    assert!(profile.contains("Citizen assembly on heat"), "the author page lists the resource: {profile}");
    // Someone who may not delete it is refused, not asked.
    node.user_with_token("ben").await;
    node.log_in("ben").await;
    let refused = node
        .client
        .post(node.url(&format!("{location}/delete")))
        .form(&[("csrf", csrf.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status(), 403);
    node.log_in("anna").await;
    // Deleting asks first, on a page of its own, and deletes nothing until confirmed.
    let asked = node
        .client
        .post(node.url(&format!("{location}/delete")))
        .form(&[("csrf", csrf.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(asked.status(), 200);
    let question = asked.text().await.unwrap();
    assert!(question.contains("Delete this resource?") && question.contains(r#"name="confirmed" value="yes""#));
    assert_eq!(node.client.get(node.url(&location)).send().await.unwrap().status(), 200, "nothing deleted yet");
    let deleted = node
        .client
        .post(node.url(&format!("{location}/delete")))
        .form(&[("csrf", csrf.as_str()), ("confirmed", "yes")])
        .send()
        .await
        .unwrap();
    assert_eq!(deleted.status(), 303);
    assert_eq!(node.client.get(node.url(&location)).send().await.unwrap().status(), 404);
}

#[tokio::test(flavor = "multi_thread")]
async fn replies_from_other_servers_become_comments_and_urls_can_be_looked_up() {
    let a = TestNode::start().await;
    let b = TestNode::start().await;
    let remote = Remote::start().await;
    let anna = a.user_with_token("anna").await;
    let created: Value = a
        .client
        .post(a.url("/api/v1/resources"))
        .bearer_auth(&anna)
        .json(&case_study())
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let ap_id = created["ap_id"].as_str().unwrap().to_string();

    let note = json!({"id": format!("{}/notes/1", remote.base), "type": "Note", "attributedTo": remote.actor_id,
                      "content": "<p>Great work!<script>x()</script></p>", "inReplyTo": ap_id});
    let response = remote.post(&a.url("/inbox"), &remote.activity("Create", note).to_string(), Spoil::default()).await;
    assert_eq!(response.status(), 202);
    let shown = get(&a, &format!("/api/v1/resources/{}", created["id"])).await;
    assert_eq!(shown["comments"][0]["content_html"], "<p>Great work!</p>");

    let ben = b.user_with_token("ben").await;
    let looked_up =
        b.client.get(b.url("/api/v1/lookup")).query(&[("q", &ap_id)]).bearer_auth(&ben).send().await.unwrap();
    assert_eq!(looked_up.status(), 200);
    let looked_up: Value = looked_up.json().await.unwrap();
    assert_eq!(looked_up["object_type"], "resource");
    assert_eq!(looked_up["origin"], domain(&a));
    assert_eq!(get(&b, "/api/v1/resources?q=heating").await["total"], 1, "a looked-up resource joins the repository");
}
