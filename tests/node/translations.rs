//! Resources in several languages (issue 16): written once with translations, carried to other
//! servers in `nameMap`/`summaryMap`/`contentMap`, found by any version, shown in the reader's.

use crate::common::{Remote, Spoil, TestNode, api, eventually};
use reqwest::Method;
use serde_json::{Value, json};

/// A French case study with an English and a German version.
fn french_case_study() -> Value {
    json!({
        "kind": "case_study",
        "title": "Des chauffages partagés dans le quartier",
        "summary": "Comment le quartier a remplacé ses chaudières.",
        "body": "Les **chaufferies** collectives du quartier.",
        "language": "fr",
        "sectors": ["energy_systems"],
        "translations": [
            {"language": "en", "title": "Shared heating in the district", "summary": "How the district replaced its boilers.", "body": "The district's **boiler rooms**."},
            {"language": "de", "title": "Gemeinsame Heizungen im Viertel", "summary": "Wie das Viertel seine Kessel ersetzte.", "body": "Die **Heizzentralen** des Viertels."}
        ]
    })
}

async fn search(node: &TestNode, query: &str) -> Value {
    node.client.get(node.url(&format!("/api/v1/resources?{query}"))).send().await.unwrap().json().await.unwrap()
}

async fn page_in(node: &TestNode, path: &str, language: &str) -> String {
    let response = node.client.get(node.url(path)).header("accept-language", language).send().await.unwrap();
    assert_eq!(response.status(), 200, "{path}");
    response.text().await.unwrap()
}

#[tokio::test(flavor = "multi_thread")]
async fn a_resource_in_three_languages_travels_and_is_found_and_read_in_each() {
    let a = TestNode::start_with(&[("CAIRN_NODE_NAME", "Lyon")]).await;
    let b = TestNode::start_with(&[("CAIRN_NODE_NAME", "Gent")]).await;
    let ben = b.user_with_token("ben").await;
    let anna = a.user_with_token("anna").await;
    b.follow(&ben, &a, "city").await;

    let (status, created) = api(&a, &anna, Method::POST, "/api/v1/resources", french_case_study()).await;
    assert_eq!(status, 201, "{created}");
    let versions = created["translations"].as_array().unwrap();
    assert_eq!(versions.len(), 2);
    assert_eq!(versions[0]["language"], "en");
    assert_eq!(versions[0]["body"], "The district's **boiler rooms**.", "returned as written");
    assert!(versions[0]["body_html"].as_str().unwrap().contains("<strong>boiler rooms</strong>"));

    // On the wire: the plain fields in the original, every version in the maps, the original
    // first (Mastodon takes a post's language from contentMap's first key).
    let raw = a.activitypub_text(created["ap_id"].as_str().unwrap()).await;
    for map in ["nameMap", "summaryMap", "contentMap"] {
        assert!(raw.contains(&format!(r#""{map}":{{"fr":"#)), "{map} starts with the original: {raw}");
    }
    let article: Value = serde_json::from_str(&raw).unwrap();
    assert_eq!(article["name"], "Des chauffages partagés dans le quartier");
    assert_eq!(article["nameMap"]["en"], "Shared heating in the district");
    assert_eq!(article["summaryMap"]["de"], "Wie das Viertel seine Kessel ersetzte.");
    assert!(article["content"].as_str().unwrap().contains("chaufferies"));
    assert_eq!(article["contentMap"]["fr"], article["content"]);
    assert!(article["contentMap"]["de"].as_str().unwrap().contains("Heizzentralen"));

    // B keeps every version and finds the resource by a word of any of them.
    for (words, total) in [("q=quartier", 1), ("q=boiler+rooms", 1), ("q=Heizzentralen", 1), ("q=nothing+here", 0)] {
        eventually(&format!("B finds {words}"), async || search(&b, words).await["total"] == total).await;
    }
    let found = search(&b, "q=quartier").await;
    let copy = &found["items"][0];
    assert_eq!(copy["local"], false);
    assert_eq!(copy["language"], "fr");
    let languages: Vec<&str> =
        copy["translations"].as_array().unwrap().iter().map(|t| t["language"].as_str().unwrap()).collect();
    assert_eq!(languages, vec!["en", "de"], "in the author's order");

    // The language facet counts every language it can be read in, and filters by any.
    let lang = search(&b, "").await["facets"]["lang"].clone();
    for code in ["fr", "en", "de"] {
        assert!(lang.as_array().unwrap().iter().any(|v| v["value"] == code && v["count"] == 1), "{code}: {lang}");
    }
    assert_eq!(search(&b, "lang=de").await["total"], 1);
    assert_eq!(search(&b, "lang=pl").await["total"], 0);

    // A reader sees their language's version, with the others listed and the original marked.
    let path = format!("/resources/{}", copy["id"]);
    let german = page_in(&b, &path, "de").await;
    assert!(german.contains("Gemeinsame Heizungen im Viertel") && german.contains("Heizzentralen"), "{german}");
    assert!(german.contains(r#"lang="de""#));
    assert!(german.contains("français") && german.contains("(Original)"), "the original is marked");
    let polish = page_in(&b, &path, "pl").await;
    assert!(polish.contains("Des chauffages partagés dans le quartier"), "no Polish version: the original");
    let asked = page_in(&b, &format!("{path}?version=en"), "de").await;
    assert!(asked.contains("Shared heating in the district"), "the switcher's choice wins");
    let listed = page_in(&b, "/knowledge?q=quartier", "en").await;
    assert!(listed.contains("Shared heating in the district"), "cards too are in the reader's language");

    // An edit that drops a version drops it there too.
    let mut edited = french_case_study();
    edited["translations"].as_array_mut().unwrap().pop();
    let (status, _) = api(&a, &anna, Method::PATCH, &format!("/api/v1/resources/{}", created["id"]), edited).await;
    assert_eq!(status, 200);
    eventually("the German version leaves B", async || search(&b, "q=Heizzentralen").await["total"] == 0).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_mastodon_shaped_follower_gets_the_original_with_every_version() {
    let node = TestNode::start().await;
    let anna = node.user_with_token("anna").await;
    let remote = Remote::start().await;
    let follow = remote.activity("Follow", json!(node.url("/users/anna")));
    assert_eq!(remote.post(&node.url("/users/anna/inbox"), &follow.to_string(), Spoil::default()).await.status(), 202);
    let (status, _) = api(&node, &anna, Method::POST, "/api/v1/resources", french_case_study()).await;
    assert_eq!(status, 201);
    eventually("the Create arrives", async || !remote.received_of_type("Create").is_empty()).await;
    let object = remote.received_of_type("Create")[0]["object"].clone();
    // Mastodon reads `name`, `summary` and `content` (and takes `contentMap` only when
    // `content` is missing): the original's.
    assert_eq!(object["name"], "Des chauffages partagés dans le quartier");
    assert!(object["content"].as_str().unwrap().contains("chaufferies"));
    assert_eq!(object["language"], "fr");
    assert_eq!(object["contentMap"].as_object().unwrap().len(), 3);
}

#[tokio::test(flavor = "multi_thread")]
async fn translations_are_written_in_the_form_and_refused_with_their_language() {
    let node = TestNode::start().await;
    node.user_with_token("anna").await;
    let csrf = node.log_in("anna").await;
    let form = [
        ("csrf", csrf.as_str()),
        ("kind", "case_study"),
        ("title", "Heat network in a dense district"),
        ("summary", "What worked."),
        ("language", "en"),
        ("translation_language", "nl"),
        ("translation_title", "Warmtenet in een dichte wijk"),
        ("translation_summary", "Wat werkte."),
        ("translation_body", "Het **warmtenet**."),
        // The form's empty set, left as it came.
        ("translation_language", ""),
        ("translation_title", ""),
        ("translation_summary", ""),
        ("translation_body", ""),
    ];
    let sent = node.client.post(node.url("/knowledge/new")).form(&form).send().await.unwrap();
    assert_eq!(sent.status(), 303, "{}", sent.text().await.unwrap());
    let found = search(&node, "q=warmtenet").await;
    assert_eq!(found["total"], 1);
    let id = found["items"][0]["id"].clone();
    let edit = node.client.get(node.url(&format!("/resources/{id}/edit"))).send().await.unwrap().text().await.unwrap();
    assert!(edit.contains("Warmtenet in een dichte wijk"), "the edit form holds the version");

    let mut twice = form.to_vec();
    twice[9] = ("translation_language", "nl");
    twice[10] = ("translation_title", "Nog een versie");
    twice[11] = ("translation_summary", "Dubbel.");
    let refused = node.client.post(node.url("/knowledge/new")).form(&twice).send().await.unwrap();
    assert_eq!(refused.status(), 422);
    let page = refused.text().await.unwrap();
    assert!(page.contains("Translation “nl”: this language has a translation already"), "{page}");
    assert!(page.contains("Nog een versie"), "what was typed is kept");

    // The event form: the same sets, without a summary.
    let day = (chrono::Utc::now() + chrono::Duration::days(3)).format("%Y-%m-%d").to_string();
    let (start, end) = (format!("{day}T10:00"), format!("{day}T11:00"));
    let event = [
        ("csrf", csrf.as_str()),
        ("title", "Heat planning meetup"),
        ("start", &start),
        ("end", &end),
        ("timezone", "Europe/Brussels"),
        ("address", "Town hall"),
        ("language", "en"),
        ("translation_language", "nl"),
        ("translation_title", "Bijeenkomst over warmteplanning"),
        ("translation_body", "Kom met **vragen**."),
        ("translation_language", ""),
        ("translation_title", ""),
        ("translation_body", ""),
    ];
    let sent = node.client.post(node.url("/events/new")).form(&event).send().await.unwrap();
    assert_eq!(sent.status(), 303, "{}", sent.text().await.unwrap());
    let calendar = node.client.get(node.url("/events")).header("accept-language", "nl").send().await.unwrap();
    assert!(calendar.text().await.unwrap().contains("Bijeenkomst over warmteplanning"));

    let token = node.user_with_token("ben").await;
    let mut same = french_case_study();
    same["translations"] = json!([{"language": "fr-BE", "title": "Encore", "summary": "Pareil."}]);
    let (status, body) = api(&node, &token, Method::POST, "/api/v1/resources", same).await;
    assert_eq!(status, 422, "{body}");
    assert_eq!(body["field"], "translations", "{body}");
}

#[tokio::test(flavor = "multi_thread")]
async fn search_finds_other_forms_of_a_word() {
    let node = TestNode::start().await;
    let token = node.user_with_token("anna").await;
    let resources = [
        ("en", "Heat from the river", "Heat pumps take heat from the water."),
        ("fr", "Les chauffages collectifs", "Des chauffages pour tout un quartier."),
        ("es", "Calles para bicicletas", "Las bicicletas en el centro."),
        ("de", "Neue Heizungen", "Heizungen für Schulen."),
        ("nl", "Veilige routes", "Meer fietsen naar school."),
    ];
    for (language, title, summary) in resources {
        let body = json!({"kind": "case_study", "title": title, "summary": summary, "language": language});
        let (status, created) = api(&node, &token, Method::POST, "/api/v1/resources", body).await;
        assert_eq!(status, 201, "{created}");
    }
    let finds = async |q: &str| {
        let found = search(&node, &format!("q={q}")).await;
        found["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|i| i["language"].as_str().unwrap().to_string())
            .collect::<Vec<_>>()
    };
    // On both databases: SQLite's Porter stemmer and PostgreSQL's per-language Snowball ones.
    assert_eq!(finds("heating").await, vec!["en"], "heating finds heat");
    assert_eq!(finds("chauffage").await, vec!["fr"], "chauffage finds chauffages");
    assert_eq!(finds("bicicleta").await, vec!["es"], "bicicleta finds bicicletas");
    assert_eq!(finds("Heizungen").await, vec!["de"], "the word as written");
    // German endings are PostgreSQL's alone (docs/ARCHITECTURE.md, "Search").
    if std::env::var("CAIRN_TEST_BACKEND").as_deref() == Ok("postgres") {
        assert_eq!(finds("Heizung").await, vec!["de"], "Heizung finds Heizungen");
        assert_eq!(finds("fiets").await, vec!["nl"], "fiets finds fietsen");
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn an_event_carries_its_versions_to_another_node() {
    let a = TestNode::start_with(&[("CAIRN_NODE_NAME", "Lyon")]).await;
    let b = TestNode::start_with(&[("CAIRN_NODE_NAME", "Gent")]).await;
    let ben = b.user_with_token("ben").await;
    let anna = a.user_with_token("anna").await;
    b.follow(&ben, &a, "anna").await;
    let day = (chrono::Utc::now() + chrono::Duration::days(3)).format("%Y-%m-%d").to_string();
    let event = json!({
        "title": "Atelier sur les réseaux de chaleur",
        "description": "Venez avec vos **questions**.",
        "start": format!("{day}T10:00"), "end": format!("{day}T11:30"), "timezone": "Europe/Paris",
        "address": "Hôtel de ville", "language": "fr",
        "translations": [{"language": "de", "title": "Werkstatt zu Wärmenetzen", "body": "Bringen Sie Ihre **Fragen** mit."}]
    });
    let (status, created) = api(&a, &anna, Method::POST, "/api/v1/events", event).await;
    assert_eq!(status, 201, "{created}");
    assert_eq!(created["translations"][0]["title"], "Werkstatt zu Wärmenetzen");
    assert_eq!(created["translations"][0]["summary"], "", "an event's versions have no summary");

    // Mobilizon and Mastodon read the plain fields, the original's; the maps carry both.
    let wire: Value = serde_json::from_str(&a.activitypub_text(created["ap_id"].as_str().unwrap()).await).unwrap();
    assert_eq!(wire["name"], "Atelier sur les réseaux de chaleur");
    assert_eq!(wire["nameMap"]["de"], "Werkstatt zu Wärmenetzen");
    assert!(wire["contentMap"]["de"].as_str().unwrap().contains("<strong>Fragen</strong>"));
    assert_eq!(wire["contentMap"]["fr"], wire["content"]);

    let mut copy = Value::Null;
    eventually("the event reaches B", async || {
        let (_, listed) = api(&b, &ben, Method::GET, "/api/v1/events", Value::Null).await;
        copy = listed["items"].as_array().and_then(|items| items.first().cloned()).unwrap_or_default();
        !copy.is_null()
    })
    .await;
    assert_eq!(copy["language"], "fr");
    assert_eq!(copy["translations"][0]["language"], "de");
    let path = format!("/events/{}", copy["id"]);
    let german = page_in(&b, &path, "de").await;
    assert!(german.contains("Werkstatt zu Wärmenetzen") && german.contains("<strong>Fragen</strong>"), "{german}");
    assert!(german.contains("(Original)"));
    let french = page_in(&b, &path, "fr").await;
    assert!(french.contains("Atelier sur les réseaux de chaleur"));
    let calendar = page_in(&b, "/events", "de").await;
    assert!(calendar.contains("Werkstatt zu Wärmenetzen"), "the calendar's cards too");
}

#[tokio::test(flavor = "multi_thread")]
async fn a_group_carries_its_name_and_description_in_every_language() {
    let a = TestNode::start_with(&[("CAIRN_NODE_NAME", "Lyon")]).await;
    let b = TestNode::start_with(&[("CAIRN_NODE_NAME", "Gent")]).await;
    let anna = a.user_with_token("anna").await;
    let ben = b.user_with_token("ben").await;
    let group = json!({
        "handle": "chaleur", "name": "Réseaux de chaleur", "description": "Des villes qui planifient.\n\nEnsemble.",
        "language": "fr",
        "translations": [{"language": "de", "title": "Wärmenetze", "body": "Städte, die planen.\n\nGemeinsam."}]
    });
    let (status, created) = api(&a, &anna, Method::POST, "/api/v1/groups", group).await;
    assert_eq!(status, 201, "{created}");
    assert_eq!(created["language"], "fr");
    assert_eq!(created["translations"][0]["title"], "Wärmenetze");
    let (status, refused) = api(
        &a,
        &anna,
        Method::POST,
        "/api/v1/groups",
        json!({"handle": "short", "name": "Short", "translations": [{"language": "nl", "title": "K"}]}),
    )
    .await;
    assert_eq!(status, 422, "a version's name is bound as the group's: {refused}");
    assert!(refused["message"].as_str().unwrap().contains("“nl”"), "{refused}");

    // Mastodon reads `name` and `summary`, the original's; the maps carry every version, the
    // original first.
    let actor: Value = serde_json::from_str(&a.activitypub_text(created["ap_id"].as_str().unwrap()).await).unwrap();
    assert_eq!(actor["name"], "Réseaux de chaleur");
    assert_eq!(actor["nameMap"], json!({"fr": "Réseaux de chaleur", "de": "Wärmenetze"}));
    assert_eq!(actor["summaryMap"]["de"], "<p>Städte, die planen.</p><p>Gemeinsam.</p>");
    assert_eq!(actor["summaryMap"]["fr"], actor["summary"]);
    assert_eq!(actor["summaryMap"].as_object().unwrap().keys().next().map(String::as_str), Some("fr"));

    // B reads every version, the description as text with its paragraphs.
    let host = a.base.trim_start_matches("http://").to_string();
    let (status, copy) = api(&b, &ben, Method::GET, &format!("/api/v1/groups/@chaleur@{host}"), Value::Null).await;
    assert_eq!(status, 200, "{copy}");
    assert_eq!(copy["language"], "fr");
    assert_eq!(copy["translations"][0]["language"], "de");
    assert_eq!(copy["translations"][0]["body"], "Städte, die planen.\n\nGemeinsam.");
    let path = format!("/groups/chaleur@{host}");
    let german = page_in(&b, &path, "de").await;
    assert!(german.contains(r#"<h1 lang="de">Wärmenetze</h1>"#), "{german}");
    assert!(german.contains("Städte, die planen.") && german.contains("(Original)"), "{german}");
    let polish = page_in(&b, &path, "pl").await;
    assert!(polish.contains(r#"<h1 lang="fr">Réseaux de chaleur</h1>"#), "no Polish version: the original");
    assert!(page_in(&b, &format!("{path}?version=de"), "pl").await.contains("Wärmenetze"), "the switcher's link");
    assert!(page_in(&b, "/groups", "de").await.contains("Wärmenetze"), "the directory's cards too");

    // Its administrator changes the versions in the web form; B, a member, hears the Update.
    let (status, _) =
        api(&b, &ben, Method::POST, &format!("/api/v1/groups/@chaleur@{host}/membership"), json!({})).await;
    assert_eq!(status, 200);
    // A sends its Update to the members it has; B is one once A's Accept has come back.
    eventually("A accepts B's membership", async || {
        let (_, copy) = api(&b, &ben, Method::GET, &format!("/api/v1/groups/@chaleur@{host}"), Value::Null).await;
        copy["membership"] == "accepted"
    })
    .await;
    let csrf = a.log_in("anna").await;
    let edit = a.client.get(a.url("/groups/chaleur/edit")).send().await.unwrap().text().await.unwrap();
    assert!(edit.contains("Wärmenetze") && edit.contains("Gemeinsam."), "the edit form holds the version");
    let form = [
        ("csrf", csrf.as_str()),
        ("name", "Réseaux de chaleur"),
        ("description", "Des villes qui planifient."),
        ("join_mode", "open"),
        ("visibility", "public"),
        ("language", "fr"),
        ("translation_language", "nl"),
        ("translation_title", "Warmtenetten"),
        ("translation_body", "Steden die plannen."),
        ("translation_language", ""),
        ("translation_title", ""),
        ("translation_body", ""),
    ];
    let sent = a.client.post(a.url("/groups/chaleur/edit")).form(&form).send().await.unwrap();
    assert_eq!(sent.status(), 303, "{}", sent.text().await.unwrap());
    let mut twice = form.to_vec();
    twice[9] = ("translation_language", "nl");
    twice[10] = ("translation_title", "Nog een naam");
    let refused = a.client.post(a.url("/groups/chaleur/edit")).form(&twice).send().await.unwrap();
    assert_eq!(refused.status(), 422);
    let page = refused.text().await.unwrap();
    assert!(page.contains("Translation “nl”: this language has a translation already"), "{page}");
    assert!(page.contains("Nog een naam"), "what was typed is kept");
    eventually("the Update reaches B", async || {
        let (_, copy) = api(&b, &ben, Method::GET, &format!("/api/v1/groups/@chaleur@{host}"), Value::Null).await;
        copy["translations"].as_array().is_some_and(|v| v.len() == 1 && v[0]["title"] == "Warmtenetten")
    })
    .await;
    assert!(page_in(&b, &path, "nl").await.contains("Steden die plannen."));
}
