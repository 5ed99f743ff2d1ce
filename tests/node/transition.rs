use crate::common::{TestNode, api, eventually};
use reqwest::Method;
use serde_json::{Value, json};

fn domain(node: &TestNode) -> String {
    node.base.trim_start_matches("http://").to_string()
}

async fn get_json(node: &TestNode, path: &str) -> Value {
    let response = node.client.get(node.url(path)).send().await.unwrap();
    assert_eq!(response.status(), 200, "GET {path}");
    response.json().await.unwrap()
}

async fn get_page(node: &TestNode, path: &str) -> (u16, String) {
    let response = node.client.get(node.url(path)).send().await.unwrap();
    (response.status().as_u16(), response.text().await.unwrap())
}

fn step_of<'a>(journey: &'a Value, step: &str) -> &'a Value {
    journey["steps"].as_array().unwrap().iter().find(|s| s["step"] == step).expect("step listed")
}

#[tokio::test(flavor = "multi_thread")]
async fn a_city_journey_is_recorded_by_admins_and_reaches_a_following_node() {
    let a = TestNode::start_with(&[("CAIRN_NODE_NAME", "Lyon")]).await;
    let b = TestNode::start_with(&[("CAIRN_NODE_NAME", "Gent")]).await;
    let admin = a.admin_with_token("ada").await;
    let member = a.user_with_token("mo").await;
    let ben = b.user_with_token("ben").await;
    let city = format!("@city@{}", domain(&a));
    b.client.post(b.url("/api/v1/follows")).bearer_auth(&ben).json(&json!({"target": city})).send().await.unwrap();
    eventually("B follows A's city", async || {
        let following: Value =
            b.client.get(b.url("/api/v1/me/following")).bearer_auth(&ben).send().await.unwrap().json().await.unwrap();
        following["items"].as_array().is_some_and(|i| !i.is_empty())
    })
    .await;

    let put = |token: &str, step: &str, body: Value| {
        a.client.put(a.url(&format!("/api/v1/journey/steps/{step}"))).bearer_auth(token.to_string()).json(&body).send()
    };
    let record =
        json!({"status": "done", "notes": "Council vote, 12 May", "evidence": ["https://lyon.example/resolution"]});
    assert_eq!(put(&member, "political-mandate", record.clone()).await.unwrap().status(), 403);
    assert_eq!(put(&admin, "no-such-step", record.clone()).await.unwrap().status(), 404);
    let bad = put(&admin, "political-mandate", json!({"status": "finished"})).await.unwrap();
    assert_eq!(bad.status(), 422);
    assert_eq!(bad.json::<Value>().await.unwrap()["field"], "status");
    let bad = put(&admin, "political-mandate", json!({"status": "done", "evidence": ["ftp://x"]})).await.unwrap();
    assert_eq!(bad.json::<Value>().await.unwrap()["field"], "evidence");

    let saved = put(&admin, "political-mandate", record).await.unwrap();
    assert_eq!(saved.status(), 200);
    let saved: Value = saved.json().await.unwrap();
    assert_eq!(saved["done"], 1);
    assert_eq!(step_of(&saved, "political-mandate")["status"], "done");
    assert_eq!(step_of(&saved, "transition-team")["status"], "not_started");
    put(&admin, "emissions-baseline", json!({"status": "in_progress"})).await.unwrap();

    // The journey is an ActivityPub object of the city.
    let object: Value = a
        .client
        .get(a.url("/users/city/journey"))
        .header("accept", "application/activity+json")
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(object["type"], "Journey");
    assert_eq!(object["attributedTo"], a.state.actor_url("city"));
    assert_eq!(object["steps"].as_array().unwrap().len(), 2);

    let remote_journey = format!("/api/v1/journey?city={city}");
    eventually("B holds A's journey with both steps", async || {
        let journey = get_json(&b, &remote_journey).await;
        step_of(&journey, "emissions-baseline")["status"] == "in_progress"
            && step_of(&journey, "political-mandate")["notes"] == "Council vote, 12 May"
    })
    .await;
    put(&admin, "emissions-baseline", json!({"status": "done", "notes": "Inventory 2025 published"})).await.unwrap();
    eventually("A's change reaches B", async || get_json(&b, &remote_journey).await["done"] == 2).await;
    let journey = get_json(&b, &remote_journey).await;
    assert_eq!(journey["city"]["origin"], domain(&a));
    assert_eq!(step_of(&journey, "political-mandate")["evidence"][0], "https://lyon.example/resolution");

    let (status, page) = get_page(&b, &format!("/journey?city={city}")).await;
    assert_eq!(status, 200);
    assert!(page.contains("Inventory 2025 published") && page.contains("2 of 24") && page.contains("<svg"), "{page}");
    let (_, own) = get_page(&b, "/journey").await;
    assert!(own.contains("Other cities&#39; journeys") || own.contains("Other cities' journeys"));
    assert!(own.contains("Lyon"), "B's journey page lists A's journey");
}

#[tokio::test(flavor = "multi_thread")]
async fn an_admin_records_a_step_from_its_page() {
    let node = TestNode::start().await;
    node.admin_with_token("ada").await;
    let csrf = node.log_in("ada").await;
    let (status, page) = get_page(&node, "/map/co-design").await;
    assert_eq!(status, 200);
    assert!(page.contains("Record the city&#39;s progress") || page.contains("Record the city's progress"));
    let form = [
        ("csrf", csrf.as_str()),
        ("status", "in_progress"),
        ("notes", "Two assemblies held"),
        ("evidence", "not a link"),
    ];
    let refused = node.client.post(node.url("/journey/steps/co-design")).form(&form).send().await.unwrap();
    assert_eq!(refused.status(), 422);
    let refused = refused.text().await.unwrap();
    assert!(refused.contains("is not an http(s) link") && refused.contains("Two assemblies held"), "kept: {refused}");
    let form = [
        ("csrf", csrf.as_str()),
        ("status", "in_progress"),
        ("notes", "Two assemblies held"),
        ("evidence", "https://city.example/a\nhttps://city.example/b"),
    ];
    let saved = node.client.post(node.url("/journey/steps/co-design")).form(&form).send().await.unwrap();
    assert_eq!(saved.status(), 303);
    let (_, journey) = get_page(&node, "/journey").await;
    assert!(journey.contains("Two assemblies held") && journey.contains("https://city.example/b"));
    let api = get_json(&node, "/api/v1/journey").await;
    assert_eq!(step_of(&api, "co-design")["evidence"].as_array().unwrap().len(), 2);

    // Visitors see the page without the form.
    let anonymous = reqwest::Client::new();
    let page = anonymous.get(node.url("/map/co-design")).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("Two assemblies held") && !page.contains("Save and publish"));
}

#[tokio::test(flavor = "multi_thread")]
async fn the_map_and_explore_link_into_the_repository() {
    let node = TestNode::start().await;
    let anna = node.user_with_token("anna").await;
    let resource = |title: &str, kind: &str, tags: &[&str], sectors: &[&str], phases: &[i32]| {
        json!({"kind": kind, "title": title, "summary": "A summary.", "body": "Body.", "language": "en",
               "license": "CC BY 4.0", "sectors": sectors, "tags": tags, "phases": phases, "country": "FR"})
    };
    for body in [
        resource("Mandate motion wording", "method", &["political-mandate"], &["cross_cutting"], &[1]),
        resource("Resolution template", "template", &["political-mandate"], &["cross_cutting"], &[1]),
        resource("Assembly on mobility", "case_study", &["citizen-assembly"], &["mobility"], &[3]),
        resource("Assembly on buildings", "case_study", &["citizen-assembly"], &["cross_cutting"], &[3]),
    ] {
        let created =
            node.client.post(node.url("/api/v1/resources")).bearer_auth(&anna).json(&body).send().await.unwrap();
        assert_eq!(created.status(), 201);
    }

    let map = get_json(&node, "/api/v1/transition-map").await;
    assert_eq!(map["phases"].as_array().unwrap().len(), 6);
    let mandate = &map["phases"][0]["steps"][0];
    assert_eq!(mandate["id"], "political-mandate");
    assert_eq!(mandate["resource_count"], 2);
    assert_eq!(map["phases"][0]["steps"][1]["resource_count"], 0);

    let (status, page) = get_page(&node, "/map").await;
    assert_eq!(status, 200);
    assert!(
        page.contains("<svg") && page.contains("Build a strong mandate") && page.contains("Make it the new normal")
    );
    let (status, step) = get_page(&node, "/map/political-mandate").await;
    assert_eq!(status, 200);
    assert!(step.contains("Mandate motion wording") && step.contains("Resolution template"));
    assert_eq!(get_page(&node, "/map/nowhere").await.0, 404);

    let explore = get_json(&node, "/api/v1/explore").await;
    let tools: Vec<&Value> =
        explore["purposes"].as_array().unwrap().iter().flat_map(|p| p["tools"].as_array().unwrap()).collect();
    let assembly = tools.iter().find(|t| t["id"] == "citizen-assembly").unwrap();
    assert_eq!(assembly["resource_count"], 2);
    let mobility = get_json(&node, "/api/v1/explore?sector=cross_cutting").await;
    let tools: Vec<&Value> =
        mobility["purposes"].as_array().unwrap().iter().flat_map(|p| p["tools"].as_array().unwrap()).collect();
    assert!(tools.iter().all(|t| t["sectors"].as_array().unwrap().contains(&json!("cross_cutting"))));
    assert_eq!(tools.iter().find(|t| t["id"] == "citizen-assembly").unwrap()["resource_count"], 1);
    let bad = node.client.get(node.url("/api/v1/explore?sector=space")).send().await.unwrap();
    assert_eq!(bad.status(), 422);

    let (status, page) = get_page(&node, "/explore?sector=mobility").await;
    assert_eq!(status, 200);
    assert!(page.contains("Low- and zero-emission zones") && !page.contains("District heating"));
    let (status, page) = get_page(&node, "/explore/citizen-assembly").await;
    assert_eq!(status, 200);
    assert!(page.contains("Assembly on mobility") && page.contains("Assembly on buildings"));
    assert_eq!(get_page(&node, "/explore/teleporters").await.0, 404);
}

fn step_count(map: &Value, step: &str) -> i64 {
    let steps = map["phases"].as_array().unwrap().iter().flat_map(|p| p["steps"].as_array().unwrap());
    steps.into_iter().find(|s| s["id"] == step).expect("step listed")["resource_count"].as_i64().unwrap()
}

fn tool_count(explore: &Value, tool: &str) -> i64 {
    let tools = explore["purposes"].as_array().unwrap().iter().flat_map(|p| p["tools"].as_array().unwrap());
    tools.into_iter().find(|t| t["id"] == tool).expect("tool listed")["resource_count"].as_i64().unwrap()
}

#[tokio::test(flavor = "multi_thread")]
async fn resources_filed_under_steps_and_tool_types_count_here_and_on_a_following_node() {
    let a = TestNode::start().await;
    let anna = a.user_with_token("anna").await;
    let b = TestNode::start().await;
    let ben = b.user_with_token("ben").await;
    let resource = |map_steps: Value, tool_types: Value| {
        json!({"kind": "case_study", "title": "Heat network stakeholders (illustrative)", "summary": "Who we asked.",
               "language": "en", "sectors": ["energy_systems"], "map_steps": map_steps, "tool_types": tool_types})
    };
    let post = async |body: Value| {
        let response = a.client.post(a.url("/api/v1/resources")).bearer_auth(&anna).json(&body).send().await.unwrap();
        (response.status().as_u16(), response.json::<Value>().await.unwrap())
    };
    let (status, refused) = post(resource(json!(["stakeholder-map", "moon-landing"]), json!(["teleporters"]))).await;
    assert_eq!(status, 422, "{refused}");
    let fields: Vec<&str> = refused["errors"].as_array().unwrap().iter().filter_map(|e| e["field"].as_str()).collect();
    assert_eq!(fields, ["map_steps", "tool_types"], "{refused}");
    let (status, created) = post(resource(json!(["stakeholder-map"]), json!(["district-heating"]))).await;
    assert_eq!(status, 201, "{created}");
    assert_eq!(
        (created["map_steps"].clone(), created["tool_types"].clone()),
        (json!(["stakeholder-map"]), json!(["district-heating"]))
    );

    // Counted on the map, in Explore and by the search's step and tool filters.
    assert_eq!(step_count(&get_json(&a, "/api/v1/transition-map").await, "stakeholder-map"), 1);
    assert_eq!(tool_count(&get_json(&a, "/api/v1/explore").await, "district-heating"), 1);
    assert_eq!(get_json(&a, "/api/v1/resources?step=stakeholder-map&tool=district-heating").await["total"], 1);
    assert_eq!(get_json(&a, "/api/v1/resources?step=shared-vision").await["total"], 0);
    let (_, step_page) = get_page(&a, "/map/stakeholder-map").await;
    assert!(step_page.contains("Heat network stakeholders"), "{step_page}");
    assert!(step_page.contains("/knowledge/new?step=stakeholder-map"), "the step offers to share work on it");
    let (_, tool_page) = get_page(&a, "/explore/district-heating").await;
    assert!(
        tool_page.contains("Heat network stakeholders") && tool_page.contains("/knowledge/new?tool=district-heating")
    );

    let resource_page = a.client.get(created["url"].as_str().unwrap()).send().await.unwrap().text().await.unwrap();
    assert!(
        resource_page.contains(r#"href="/map/stakeholder-map""#)
            && resource_page.contains(r#"href="/explore/district-heating""#)
    );

    // The wire carries them, and a following node counts them too.
    let article = a.client.get(created["ap_id"].as_str().unwrap()).header("accept", "application/activity+json");
    let article: Value = article.send().await.unwrap().json().await.unwrap();
    assert_eq!(
        (article["mapSteps"].clone(), article["toolTypes"].clone()),
        (json!(["stakeholder-map"]), json!(["district-heating"]))
    );
    let follow = json!({"target": format!("@anna@{}", domain(&a))});
    let followed = b.client.post(b.url("/api/v1/follows")).bearer_auth(&ben).json(&follow).send().await.unwrap();
    assert_eq!(followed.status(), 200);
    eventually("B counts A's resource on the map and in Explore", async || {
        step_count(&get_json(&b, "/api/v1/transition-map").await, "stakeholder-map") == 1
            && tool_count(&get_json(&b, "/api/v1/explore").await, "district-heating") == 1
    })
    .await;

    // "Share your city's work" on a step or a tool type opens the form with it ticked.
    a.log_in("anna").await;
    let (status, form) = get_page(&a, "/knowledge/new?step=shared-vision&tool=living-labs").await;
    assert_eq!(status, 200);
    for ticked in [r#"value="shared-vision" checked"#, r#"value="living-labs" checked"#] {
        assert!(form.contains(ticked), "{ticked} in the form");
    }
    assert!(!form.contains(r#"value="stakeholder-map" checked"#));
}

fn park_answers() -> Value {
    json!({"project_size_eur": 300000, "revenue_generating": false, "borrowing_capacity": "low",
           "private_partners": "low", "horizon_years": 3})
}

#[tokio::test(flavor = "multi_thread")]
async fn finance_guidance_ranks_options_on_the_web_and_in_the_api() {
    let node = TestNode::start().await;
    let questions = get_json(&node, "/api/v1/finance/questions").await;
    let ids: Vec<&str> = questions["questions"].as_array().unwrap().iter().map(|q| q["id"].as_str().unwrap()).collect();
    for required in
        ["project_size_eur", "revenue_generating", "borrowing_capacity", "private_partners", "horizon_years"]
    {
        assert!(ids.contains(&required), "{required} is asked");
    }

    let assess = |body: Value| node.client.post(node.url("/api/v1/finance/assessments")).json(&body).send();
    let ranked = assess(json!({"sectors": ["nature_based_solutions"], "answers": park_answers()})).await.unwrap();
    assert_eq!(ranked.status(), 200);
    let ranked: Value = ranked.json().await.unwrap();
    let names: Vec<&str> = ranked["options"].as_array().unwrap().iter().map(|o| o["name"].as_str().unwrap()).collect();
    assert_eq!(&names[..2], ["Municipal budget", "Grants"]);
    assert_eq!(ranked["options"][0]["score"], 85);
    assert!(ranked["options"][0]["why"].as_array().unwrap().iter().any(|w| w["points"] == 30));
    assert!(!ranked["options"][0]["pros"].as_array().unwrap().is_empty());

    // The shareable URL shows the same ranking on a page.
    let url = ranked["url"].as_str().unwrap();
    let page = reqwest::get(url).await.unwrap();
    assert_eq!(page.status(), 200);
    let page = page.text().await.unwrap();
    let first = page.find("1. Municipal budget").expect("ranked first on the page");
    assert!(page[first..].contains("2. Grants") && page.contains("Why this score"));

    let missing = assess(json!({"sectors": ["mobility"], "answers": {"project_size_eur": 5}})).await.unwrap();
    assert_eq!(missing.status(), 422);
    let missing: Value = missing.json().await.unwrap();
    assert_eq!(missing["field"], "answers.project_size_eur");
    assert!(missing["message"].as_str().unwrap().contains("horizon_years: answer this question"));
    let no_sector = assess(json!({"answers": park_answers()})).await.unwrap();
    assert_eq!(no_sector.json::<Value>().await.unwrap()["field"], "sectors");

    let (status, blank) = get_page(&node, "/finance").await;
    assert_eq!(status, 200);
    assert!(blank.contains("Rank financing options") && !blank.contains("Why this score"));
    let (status, errors) =
        get_page(&node, "/finance?sector=mobility&project_size_eur=-1&revenue_generating=maybe").await;
    assert_eq!(status, 422);
    assert!(errors.contains("answer with a number from") && errors.contains("answer yes or no"), "{errors}");
}

#[tokio::test(flavor = "multi_thread")]
async fn a_broken_matrix_file_is_refused_and_the_last_good_one_stays() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("finance.toml");
    std::fs::write(&path, cairn::domain::finance::DEFAULT_MATRIX).unwrap();
    let node = TestNode::start_with(&[("CAIRN_FINANCE_MATRIX", path.to_str().unwrap())]).await;
    let admin = node.admin_with_token("ada").await;
    let member = node.user_with_token("mo").await;
    let reload =
        |token: &str| node.client.post(node.url("/api/v1/admin/finance/reload")).bearer_auth(token.to_string()).send();
    assert_eq!(reload(&member).await.unwrap().status(), 403);
    let loaded: Value = reload(&admin).await.unwrap().json().await.unwrap();
    assert_eq!(loaded["options"], 8);
    assert_eq!(loaded["source"], path.to_str().unwrap());

    let broken =
        cairn::domain::finance::DEFAULT_MATRIX.replacen("question = \"horizon_years\"", "question = \"horizon\"", 1);
    std::fs::write(&path, broken).unwrap();
    let refused = reload(&admin).await.unwrap();
    assert_eq!(refused.status(), 422);
    let message = refused.json::<Value>().await.unwrap()["message"].as_str().unwrap().to_string();
    assert!(message.contains("options[1] (grants).rules[1]") && message.contains("unknown question"), "{message}");
    let status: Value = node
        .client
        .get(node.url("/api/v1/admin/finance"))
        .bearer_auth(&admin)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(status["options"], 8, "the last good matrix stays in use");
    assert_eq!(status["error"]["location"], "options[1] (grants).rules[1]");
    let assessed = node
        .client
        .post(node.url("/api/v1/finance/assessments"))
        .json(&json!({"sectors": ["mobility"], "answers": park_answers()}))
        .send()
        .await
        .unwrap();
    assert_eq!(assessed.json::<Value>().await.unwrap()["options"].as_array().unwrap().len(), 8);

    // An edited file that is valid is picked up on the next use, without a reload.
    let start = cairn::domain::finance::DEFAULT_MATRIX.find("[[options]]\nid = \"crowdfunding\"").unwrap();
    std::fs::write(&path, &cairn::domain::finance::DEFAULT_MATRIX[..start]).unwrap();
    let assessed = node
        .client
        .post(node.url("/api/v1/finance/assessments"))
        .json(&json!({"sectors": ["mobility"], "answers": park_answers()}))
        .send()
        .await
        .unwrap();
    assert_eq!(assessed.json::<Value>().await.unwrap()["options"].as_array().unwrap().len(), 7);
    let status: Value = node
        .client
        .get(node.url("/api/v1/admin/finance"))
        .bearer_auth(&admin)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert!(status["error"].is_null());
}

/// The counts of the map, Explore, the dashboard and the repository's first page are kept by the
/// database as resources come, change and go (by hand, in bulk, with a withdrawn account); they
/// agree with counting the resources, and `cairn admin rebuild-counts` finds nothing to change.
#[tokio::test(flavor = "multi_thread")]
async fn kept_counts_agree_with_counting_and_with_a_rebuild() {
    use cairn::domain::{
        taxonomy::TAXONOMY,
        transition::{EXPLORE, TRANSITION_MAP},
    };
    let node = TestNode::start().await;
    let admin = node.admin_with_token("alice").await;
    let anna = node.user_with_token("anna").await;
    let bob = node.user_with_token("bob").await;
    let steps: Vec<String> = TRANSITION_MAP.steps().map(|(_, s)| s.id.clone()).collect();
    let tools: Vec<String> = EXPLORE.tools().map(|(_, t)| t.id.clone()).collect();
    let sectors: Vec<String> = TAXONOMY.sectors.iter().map(|s| s.id.clone()).collect();
    let resource = |i: usize| {
        let mut filed_in = vec![sectors[i % sectors.len()].clone()];
        if i.is_multiple_of(3) {
            filed_in.push(sectors[(i + 4) % sectors.len()].clone());
        }
        json!({"kind": "case_study", "title": format!("Counted example {i} (illustrative)"), "summary": "Counted.",
               "language": "en", "sectors": filed_in, "country": (["FR", "DE", "PL"][i % 3]),
               "map_steps": [steps[i % steps.len()]], "tool_types": [tools[i % tools.len()]],
               "period_start": 2020 + (i % 4) as i32, "impact": {"tco2e_per_year": 10.5 * i as f64}})
    };
    let mut created = Vec::new();
    for i in 0..12 {
        let token = if i % 4 == 3 { &bob } else { &anna };
        let (status, body) = api(&node, token, Method::POST, "/api/v1/resources", resource(i)).await;
        assert_eq!(status, 201, "{body}");
        created.push(body["id"].as_i64().unwrap());
    }
    // Changed (another step, tool and sector), deleted, and illustrative ones in bulk.
    let (status, body) =
        api(&node, &anna, Method::PATCH, &format!("/api/v1/resources/{}", created[0]), resource(5)).await;
    assert_eq!(status, 200, "{body}");
    let (status, _) =
        api(&node, &anna, Method::DELETE, &format!("/api/v1/resources/{}", created[1]), Value::Null).await;
    assert!((200..300).contains(&status), "{status}");
    cairn::service::demo::seed(&node.state, 40, |_, _| {}).await.unwrap();
    // A suspended account's work leaves the repository, and so the map's and Explore's counts.
    let (status, body) = api(&node, &admin, Method::POST, "/api/v1/admin/accounts/bob/suspend", json!({})).await;
    assert_eq!(status, 200, "{body}");

    let total = async |query: String| get_json(&node, &format!("/api/v1/resources?{query}")).await["total"].as_i64();
    let map = get_json(&node, "/api/v1/transition-map").await;
    for step in &steps {
        assert_eq!(Some(step_count(&map, step)), total(format!("step={step}")).await, "step {step}");
    }
    let explore = get_json(&node, "/api/v1/explore").await;
    for tool in &tools {
        assert_eq!(Some(tool_count(&explore, tool)), total(format!("tool={tool}")).await, "tool {tool}");
    }
    for sector in &sectors[..3] {
        let explore = get_json(&node, &format!("/api/v1/explore?sector={sector}")).await;
        for (_, tool) in EXPLORE.tools().filter(|(_, t)| t.sectors.contains(sector)) {
            let counted = total(format!("tool={}&sector={sector}", tool.id)).await;
            assert_eq!(Some(tool_count(&explore, &tool.id)), counted, "tool {} in {sector}", tool.id);
        }
    }
    assert!(steps.iter().any(|step| step_count(&map, step) > 0), "the map counts something");
    // The repository's first page reads its total and facets from the kept counts; asked for
    // every kind there is, the same resources are counted one by one.
    let first = get_json(&node, "/api/v1/resources").await;
    let kinds: Vec<String> = first["facets"]["kind"]
        .as_array()
        .unwrap()
        .iter()
        .map(|k| format!("kind={}", k["value"].as_str().unwrap()))
        .collect();
    assert!(kinds.len() > 1, "{}", first["facets"]);
    let counted = get_json(&node, &format!("/api/v1/resources?{}", kinds.join("&"))).await;
    assert_eq!(first["total"], counted["total"]);
    assert_eq!(first["total"], 40 + 11 - 3, "bob's three are withdrawn");
    for facet in ["kind", "sector", "phase", "country", "lang", "origin", "year"] {
        assert!(!first["facets"][facet].as_array().unwrap().is_empty(), "{facet}");
        assert_eq!(first["facets"][facet], counted["facets"][facet], "{facet}");
    }
    // The dashboard sums every resource held, a withdrawn account's too: 11 by hand, 40 illustrative.
    let dashboard = get_json(&node, "/api/v1/dashboard").await;
    assert_eq!(dashboard["totals"]["resources"], 51, "{}", dashboard["totals"]);
    let without = get_json(&node, "/api/v1/dashboard?illustrative=exclude").await;
    assert_eq!(without["totals"]["resources"], 11);
    let tco2e: f64 = [5, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11].iter().map(|i| 10.5 * *i as f64).sum();
    assert_eq!(without["totals"]["tco2e_per_year"].as_f64(), Some(tco2e));

    // Rebuilt from the resources by the command line, the counts are the same.
    let kept = cairn::db::counts::all(&node.state.db).await.unwrap();
    let rebuilt = std::process::Command::new(env!("CARGO_BIN_EXE_cairn"))
        .args(["admin", "rebuild-counts"])
        .env("CAIRN_DATABASE_URL", node.database_url())
        .env("LANG", "C")
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&rebuilt.stdout);
    assert!(rebuilt.status.success() && said.contains("computed again"), "{said}");
    let rebuilt = cairn::db::counts::all(&node.state.db).await.unwrap();
    assert_eq!(kept.len(), rebuilt.len());
    for ((kept, kept_demo), (rebuilt, rebuilt_demo)) in kept.iter().zip(&rebuilt) {
        let same = (&kept.facet, &kept.value, kept_demo, kept.counted)
            == (&rebuilt.facet, &rebuilt.value, rebuilt_demo, rebuilt.counted)
            && (kept.tco2e_per_year - rebuilt.tco2e_per_year).abs() < 1e-6
            && (kept.investment_eur - rebuilt.investment_eur).abs() < 1e-6;
        assert!(same, "kept {kept:?} ({kept_demo}), rebuilt {rebuilt:?} ({rebuilt_demo})");
    }
}
