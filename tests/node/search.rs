//! Searching the repository: facets, odd input, words as people write them, and the search
//! index kept in step with the resources.

use crate::{common::TestNode, knowledge::get};
use serde_json::{Value, json};

/// How many results a search page counts for one value of a facet.
fn facet_count(page: &Value, facet: &str, value: &str) -> Option<i64> {
    page["facets"][facet].as_array()?.iter().find(|f| f["value"] == value).map(|f| f["count"].as_i64().unwrap())
}

/// Sends a resource's new version as its author; the status.
async fn patch(node: &TestNode, token: &str, id: i64, body: &Value) -> u16 {
    let url = node.url(&format!("/api/v1/resources/{id}"));
    node.client.patch(url).bearer_auth(token).json(body).send().await.unwrap().status().as_u16()
}

/// On SQLite, an engine built anew from the database (as when its folder is lost) finds and
/// counts what the engine kept in step with every change finds and counts. Newest first: until
/// its segments merge, the kept engine's ranks still count the words of replaced entries.
async fn check_rebuilt_engine(node: &TestNode) {
    use cairn::domain::search::{SearchQuery, Sort};
    let Some(kept) = node.state.db.text_index() else { return };
    let rebuilt = cairn::db::text_index::TextIndex::new(format!("{}-rebuilt", node.database_url()).into());
    let query = |text: &str, countries: &[&str]| SearchQuery {
        text: text.into(),
        countries: countries.iter().map(|c| c.to_string()).collect(),
        sort: Sort::Newest,
        limit: 20,
        ..Default::default()
    };
    for query in [query("heat", &[]), query("pumps OR cycling", &["BE"]), query("", &["FR"])] {
        let found = kept.search(&node.state.db, &query, true).await.unwrap();
        assert_eq!(rebuilt.search(&node.state.db, &query, true).await.unwrap(), found, "{query:?}");
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn search_filters_facets_and_odd_queries() {
    let node = TestNode::start().await;
    let token = node.user_with_token("anna").await;
    let resources = [
        ("Heat pumps in schools", "energy_systems", "FR", "en", 2022),
        ("Heat network retrofit", "energy_systems", "BE", "fr", 2023),
        ("School streets for cycling", "mobility", "FR", "en", 2023),
    ];
    let mut created = Vec::new();
    for (title, sector, country, language, year) in resources {
        let body = json!({"kind": "case_study", "title": title, "summary": format!("About {title}."), "language": language,
                          "sectors": [sector], "country": country, "period_start": year, "tags": ["c++ tools"]});
        let response =
            node.client.post(node.url("/api/v1/resources")).bearer_auth(&token).json(&body).send().await.unwrap();
        assert_eq!(response.status(), 201);
        created.push((response.json::<Value>().await.unwrap()["id"].as_i64().unwrap(), body));
    }
    let all = get(&node, "/api/v1/resources").await;
    assert_eq!(all["total"], 3);
    let heat = get(&node, "/api/v1/resources?q=heat").await;
    assert_eq!(heat["total"], 2);
    let two_filters = get(&node, "/api/v1/resources?sector=energy_systems&country=FR").await;
    assert_eq!(two_filters["total"], 1);
    assert_eq!(two_filters["items"][0]["title"], "Heat pumps in schools");
    let either_sector = get(&node, "/api/v1/resources?sector=energy_systems&sector=mobility&lang=en").await;
    assert_eq!(either_sector["total"], 2);
    let excluded = get(&node, "/api/v1/resources?q=heat+-pumps").await;
    assert_eq!(excluded["total"], 1);
    // The search index holds a resource's facets with its words: a change of facets reaches it.
    let (id, mut moved) = created[0].clone();
    moved["country"] = json!("BE");
    moved["sectors"] = json!(["mobility"]);
    moved["kind"] = json!("method");
    moved["language"] = json!("de");
    assert_eq!(patch(&node, &token, id, &moved).await, 200);
    for (query, total) in [
        ("q=heat&country=BE", 2),
        ("q=heat&country=FR", 0),
        ("q=pumps&sector=mobility&kind=method", 1),
        ("q=pumps&sector=energy_systems", 0),
        ("sector=mobility&country=BE", 1),
        ("kind=case_study&country=FR", 1),
        ("lang=de&kind=method", 1),
        // A value the taxonomy does not know matches nothing, with or without words.
        ("q=heat&sector=no_such_sector", 0),
        ("phase=9", 0),
    ] {
        assert_eq!(get(&node, &format!("/api/v1/resources?{query}")).await["total"], total, "{query}");
    }
    // The first page's counts, kept as the resource changed.
    let first = get(&node, "/api/v1/resources").await;
    let count = |facet: &str, value: &str| facet_count(&first, facet, value);
    assert_eq!((count("kind", "method"), count("kind", "case_study")), (Some(1), Some(2)));
    assert_eq!((count("country", "BE"), count("country", "FR")), (Some(2), Some(1)));
    assert_eq!((count("lang", "de"), count("lang", "en")), (Some(1), Some(1)));
    check_rebuilt_engine(&node).await;
    // Back as it was, for what follows.
    assert_eq!(patch(&node, &token, id, &created[0].1).await, 200);
    let count = |facet: &str, value: &str| facet_count(&all, facet, value);
    assert_eq!(count("sector", "energy_systems"), Some(2));
    assert_eq!(count("country", "FR"), Some(2));
    assert_eq!(count("year", "2023"), Some(2));
    assert_eq!(count("lang", "fr"), Some(1));
    assert_eq!(count("kind", "case_study"), Some(3));
    let paged = get(&node, "/api/v1/resources?sort=newest&limit=2").await;
    assert_eq!(paged["items"].as_array().unwrap().len(), 2);
    assert_eq!(paged["items"][0]["title"], "School streets for cycling");
    let rest =
        get(&node, &format!("/api/v1/resources?sort=newest&limit=2&cursor={}", paged["next"].as_str().unwrap())).await;
    assert_eq!(rest["items"].as_array().unwrap().len(), 1);
    assert_eq!(rest["next"], Value::Null);

    let long = "heat ".repeat(400);
    // Only words left out ("-gas") is a search for everything, on either database.
    let odd = ["C%2B%2B", "%22unbalanced", "-", "-gas", "-%22gas%20boilers%22", "%22%22", "", "%28%29%2A%3A", "NOT"];
    for odd in odd.into_iter().chain(["heat%20OR", long.as_str()]) {
        let response = node.client.get(node.url(&format!("/api/v1/resources?q={odd}"))).send().await.unwrap();
        assert_eq!(response.status(), 200, "q={odd}");
        let page = node.client.get(node.url(&format!("/knowledge?q={odd}"))).send().await.unwrap();
        assert_eq!(page.status(), 200, "page q={odd}");
    }
    assert_eq!(get(&node, "/api/v1/resources?q=C%2B%2B").await["total"], 3, "tags are searched");

    let atom = node.client.get(node.url("/knowledge.atom?sector=energy_systems")).send().await.unwrap();
    assert_eq!(atom.headers()["content-type"], "application/atom+xml; charset=utf-8");
    let atom = atom.text().await.unwrap();
    assert_eq!(atom.matches("<entry>").count(), 2);
    assert!(atom.starts_with("<?xml") && atom.contains("Heat network retrofit"));

    let page =
        node.client.get(node.url("/knowledge?sector=energy_systems")).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("Energy systems") && page.contains("aria-current=\"true\""), "the chosen facet is marked");
}

/// Search reads queries as people write them, on both databases: phrases, OR, -word and
/// -"phrase", beginnings with `*`, stems, odd input; says why a result matched; and offers the
/// words meant when a typo finds nothing.
#[tokio::test(flavor = "multi_thread")]
async fn search_reads_phrases_or_minus_beginnings_stems_and_typos() {
    let node = TestNode::start().await;
    let token = node.user_with_token("anna").await;
    let resources = [
        ("District heating for old towns", "A heat network fed by a river."),
        ("Heat pumps in schools", "Air-source heat pumps replaced the gas boilers of six schools."),
        ("Retrofitting social housing", "A deep retrofit of 400 flats, with solar panels on every roof."),
        ("Cycling streets", "Streets closed to cars when schools open and close."),
    ];
    for (title, summary) in resources {
        let body = json!({"kind": "case_study", "title": title, "summary": summary, "language": "en",
                          "sectors": ["energy_systems"], "country": "FR"});
        let response =
            node.client.post(node.url("/api/v1/resources")).bearer_auth(&token).json(&body).send().await.unwrap();
        assert_eq!(response.status(), 201);
    }
    let titles = async |q: &str| {
        let found = get(&node, &format!("/api/v1/resources?q={q}&sort=newest")).await;
        let mut titles: Vec<String> =
            found["items"].as_array().unwrap().iter().map(|i| i["title"].as_str().unwrap().to_string()).collect();
        titles.sort();
        titles
    };
    let [district, pumps, retrofit, cycling] = resources.map(|(title, _)| title.to_string());
    let cases: &[(&str, Vec<&String>)] = &[
        // A phrase keeps its words' order.
        ("%22social+housing%22", vec![&retrofit]),
        ("%22housing+social%22", vec![]),
        ("cycling+OR+retrofitting", vec![&retrofit, &cycling]),
        // Stems: "heating" finds "heat", "schools" finds "school".
        ("heating", vec![&district, &pumps]),
        ("heat+-schools", vec![&district]),
        ("solar+OR+heat+-%22gas+boilers%22", vec![&district, &retrofit]),
        // A beginning.
        ("retro*", vec![&retrofit]),
        ("retro", vec![]),
        // Odd input: an unbalanced quote runs to the end, stray operators are dropped.
        ("%22district+heating", vec![&district]),
        ("cycling+OR", vec![&cycling]),
        ("OR+-+*+%22%22+cycling", vec![&cycling]),
    ];
    for (q, expected) in cases {
        let mut expected: Vec<String> = expected.iter().map(|t| t.to_string()).collect();
        expected.sort();
        assert_eq!(titles(q).await, expected, "q={q}");
    }
    assert_eq!(titles("OR+-+*+%22%22").await.len(), 4, "nothing to search for: everything");
    // A beginning stands for every word it begins, however many sort before the one sought.
    let many: Vec<String> =
        (0..80).map(|n| format!("ener{}{}", (b'a' + n / 26) as char, (b'a' + n % 26) as char)).collect();
    for (title, summary) in [("Word list", many.join(" ")), ("Communities", "Energy that citizens own.".into())] {
        let body = json!({"kind": "method", "title": title, "summary": summary, "language": "en"});
        let response =
            node.client.post(node.url("/api/v1/resources")).bearer_auth(&token).json(&body).send().await.unwrap();
        assert_eq!(response.status(), 201);
    }
    assert_eq!(titles("ener*").await, ["Communities", "Word list"]);

    // Why each result matched: the words marked in its title and in an excerpt of its text.
    let found = get(&node, "/api/v1/resources?q=heat+pumps").await;
    let item = found["items"].as_array().unwrap().iter().find(|i| i["title"] == pumps.as_str()).unwrap();
    let marked = |pieces: &Value| -> Vec<String> {
        pieces.as_array().unwrap().iter().filter(|p| p["marked"] == true).map(|p| p["text"].to_string()).collect()
    };
    assert_eq!(marked(&item["highlight"]["title"]), ["\"Heat\"", "\"pumps\""]);
    assert_eq!(marked(&item["highlight"]["excerpt"]), ["\"heat\"", "\"pumps\""]);
    let page = node.client.get(node.url("/knowledge?q=retro*")).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("<mark>Retrofitting</mark>") && page.contains("<mark>retrofit</mark>"), "{page}");

    // A typo finds nothing, and the word meant is offered, with the rest of the query kept.
    let typo = get(&node, "/api/v1/resources?q=heatign+-schools").await;
    assert_eq!((typo["total"].as_i64(), typo["did_you_mean"].as_str()), (Some(0), Some("heating -schools")));
    assert_eq!(get(&node, "/api/v1/resources?q=%22housing+social%22").await["did_you_mean"], Value::Null);
    assert_eq!(get(&node, "/api/v1/resources?q=heat").await["did_you_mean"], Value::Null);
    let page = node.client.get(node.url("/knowledge?q=retorfitting")).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("Did you mean:") && page.contains(">retrofitting</a>"), "{page}");
}

/// Best first: the words in a title before the words in a summary, before the words only in the
/// text, whichever is newest; a stem alone lets a resource in, and ranks it last here (on
/// PostgreSQL, which ranks by the words as written; SQLite's engine ranks stems alike, and a
/// shorter text first).
#[tokio::test(flavor = "multi_thread")]
async fn search_ranks_titles_first_then_summaries_then_texts() {
    let node = TestNode::start().await;
    let token = node.user_with_token("anna").await;
    // Oldest first, so that newest first would give the opposite order.
    let resources = [
        ("Heat pumps in schools", "Six schools changed their boilers.", "Illustrative."),
        ("Six schools", "Air-source heat pumps replaced the gas boilers.", "Illustrative."),
        ("School boilers", "Six schools changed their boilers.", "Illustrative: heat pumps replaced them."),
        (
            "School valves",
            "Six schools changed their boilers.",
            "Illustrative: pumping heated water through old pipes.",
        ),
    ];
    for (title, summary, body) in resources {
        let body = json!({"kind": "case_study", "title": title, "summary": summary, "body": body, "language": "en"});
        let response =
            node.client.post(node.url("/api/v1/resources")).bearer_auth(&token).json(&body).send().await.unwrap();
        assert_eq!(response.status(), 201);
    }
    let titles = async |sort: &str| -> Vec<String> {
        let found = get(&node, &format!("/api/v1/resources?q=heat+pumps&sort={sort}")).await;
        found["items"].as_array().unwrap().iter().map(|i| i["title"].as_str().unwrap().to_string()).collect()
    };
    let ranked = titles("relevance").await;
    assert_eq!(ranked, ["Heat pumps in schools", "Six schools", "School boilers", "School valves"]);
    let newest: Vec<String> = ranked.into_iter().rev().collect();
    assert_eq!(titles("newest").await, newest);
}

/// On SQLite, an engine that has taken in changes its database never queued (the database was
/// restored from an older copy) is built again from the database, not trusted.
#[tokio::test(flavor = "multi_thread")]
async fn an_engine_ahead_of_its_database_is_built_again() {
    let newer = TestNode::start().await;
    if newer.state.db.text_index().is_none() {
        return;
    }
    let older = TestNode::start().await;
    for (node, titles) in [(&newer, &["Heat pumps", "Heat network", "Heat maps"][..]), (&older, &["Heat pumps"][..])] {
        let token = node.user_with_token("anna").await;
        for title in titles {
            let body = json!({"kind": "case_study", "title": title, "summary": "About heat.", "language": "en"});
            let response =
                node.client.post(node.url("/api/v1/resources")).bearer_auth(&token).json(&body).send().await.unwrap();
            assert_eq!(response.status(), 201);
        }
    }
    assert_eq!(get(&newer, "/api/v1/resources?q=heat").await["total"], 3);
    // The newer node's index, put beside the older database before its engine first opens.
    let from = std::path::PathBuf::from(format!("{}-search", newer.database_url()));
    let to = std::path::PathBuf::from(format!("{}-search", older.database_url()));
    std::fs::create_dir_all(&to).unwrap();
    for file in std::fs::read_dir(&from).unwrap() {
        let file = file.unwrap();
        if file.file_type().unwrap().is_file() {
            std::fs::copy(file.path(), to.join(file.file_name())).unwrap();
        }
    }
    let found = get(&older, "/api/v1/resources?q=heat").await;
    assert_eq!(found["total"], 1);
    assert_eq!(found["items"][0]["title"], "Heat pumps");
}

/// On SQLite, a search takes in a short backlog of changes before it answers, so that it sees the
/// writes before it; a long one (a bulk load) is the background's, and the search answers from
/// the engine as it stands meanwhile rather than wait for it.
#[tokio::test(flavor = "multi_thread")]
async fn a_search_takes_in_a_short_backlog_and_leaves_a_long_one_to_the_background() {
    use cairn::domain::search::{SearchQuery, Sort};
    let node = TestNode::start().await;
    let Some(engine) = node.state.db.text_index() else { return };
    let everything = SearchQuery { sort: Sort::Newest, limit: 20, ..Default::default() };
    let total = async || engine.search(&node.state.db, &everything, true).await.unwrap().1.unwrap().total;
    assert_eq!(total().await, 0, "the engine is built, empty");

    // 4,001 changes wait: more than a search takes in (two batches of 2,000).
    cairn::service::demo::seed(&node.state, 4_001, |_, _| {}).await.unwrap();
    assert_eq!(total().await, 0, "the search does not wait for a bulk load");
    assert_eq!(engine.catch_up(&node.state.db, Some(1)).await.unwrap(), 2_000, "the background takes a batch");
    assert_eq!(total().await, 4_001, "2,001 wait: the search takes them in first");
}

/// On PostgreSQL, the background lets a long backlog that is still growing (a bulk load) grow, and
/// takes it in once it stops, in one transaction that reads the resources' tokens 2,000 at a time;
/// a short backlog it takes in at once. The lists then answer as the search statement does.
#[tokio::test(flavor = "multi_thread")]
async fn the_background_takes_a_bulk_load_in_once_it_stops_growing() {
    use cairn::{
        db::{postings::keep_up, search::both_ways},
        domain::search::{SearchQuery, Sort},
    };
    let node = TestNode::start().await;
    let db = &node.state.db;
    if db.postings().is_none() {
        return;
    }
    cairn::service::demo::seed(&node.state, 4_001, |_, _| {}).await.unwrap();
    let mut newest_seen = 0;
    assert_eq!(keep_up(db, &mut newest_seen).await.unwrap(), 0, "a long backlog that grew is left to grow");
    assert_eq!(keep_up(db, &mut newest_seen).await.unwrap(), 4_001, "it stopped growing: taken in");
    let query = SearchQuery {
        text: "illustrative".into(),
        countries: vec!["FR".into(), "DE".into()],
        sort: Sort::Newest,
        limit: 20,
        offset: 40,
        ..Default::default()
    };
    let (lists, statement) = both_ways(db, &query).await.unwrap();
    let lists = lists.expect("the lists answer");
    assert!(statement.total > 500, "{}", statement.total);
    assert_eq!((lists.total, &lists.facets, &lists.ids), (statement.total, &statement.facets, &statement.ids));
    node.execute("UPDATE resources SET title = title || ' heat' WHERE id % 100 = 0").await;
    assert_eq!(keep_up(db, &mut newest_seen).await.unwrap(), 40, "a short backlog is taken in at once");
    assert_eq!(keep_up(db, &mut newest_seen).await.unwrap(), 0);
}

/// A search's pages go as deep as the search answers: on SQLite, whose engine holds every result
/// before a page to rank it, to its 10,000th result (`DEEPEST`), with no link past it; on
/// PostgreSQL, to the last result.
#[tokio::test(flavor = "multi_thread")]
async fn a_searchs_pages_go_as_deep_as_the_search_answers() {
    use cairn::domain::search::DEEPEST;
    let node = TestNode::start().await;
    cairn::service::demo::seed(&node.state, DEEPEST as usize + 1, |_, _| {}).await.unwrap();
    if let Some(engine) = node.state.db.text_index() {
        // What a served node's background does with a bulk load.
        engine.catch_up(&node.state.db, None).await.unwrap();
    }
    let page =
        async |cursor: i64| get(&node, &format!("/api/v1/resources?q=illustrative&limit=20&cursor={cursor}")).await;
    let deepest = page(DEEPEST - 20).await;
    assert_eq!(deepest["total"], DEEPEST + 1, "every result is counted");
    assert_eq!(deepest["items"].as_array().unwrap().len(), 20);
    let beyond = page(DEEPEST).await;
    assert_eq!(beyond["total"], DEEPEST + 1);
    let web = node.client.get(node.url(&format!("/knowledge?q=illustrative&cursor={}", DEEPEST - 20))).send().await;
    let web = web.unwrap();
    assert_eq!(web.status(), 200);
    let web = web.text().await.unwrap();
    assert!(web.contains(&format!("cursor={}", DEEPEST - 40)), "a link to the page before");
    let link_past = format!("cursor={DEEPEST}");
    if node.state.db.text_index().is_some() {
        assert!(deepest["next"].is_null(), "{}", deepest["next"]);
        assert_eq!(beyond["items"].as_array().unwrap().len(), 0);
        assert!(!web.contains(&link_past), "no link past the deepest page");
    } else {
        assert_eq!(deepest["next"], json!(DEEPEST.to_string()));
        assert_eq!(beyond["items"].as_array().unwrap().len(), 1);
        assert!(web.contains(&link_past), "a link to the last page");
    }
}

/// On PostgreSQL, what the posting lists answer, once they have taken every change in: the
/// search statement's resources newest first, page by page, and its total and facet counts.
/// Ranked, the lists order by the weight of the words (not `ts_rank`): the same total and counts.
async fn check_postings(node: &TestNode) {
    use cairn::domain::search::{SearchQuery, Sort};
    let db = &node.state.db;
    cairn::db::postings::catch_up(db, None, cairn::db::postings::Waiting::Wait).await.unwrap();
    let texts = [
        "heat",
        "heating",
        "heat pumps",
        "pumps OR cycling",
        "heat -pumps",
        "retro*",
        "trees OR solar -roofs",
        "example 12",
        "illustrative",
        "nothingmatchesthis",
        // No words (the facets alone), and words only left out, which ask for nothing.
        "",
        "-pumps",
    ];
    use cairn::domain::transition::{EXPLORE, TRANSITION_MAP};
    let strings = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    let steps: Vec<String> = TRANSITION_MAP.steps().map(|(_, step)| step.id.clone()).take(2).collect();
    let tools: Vec<String> = EXPLORE.tools().map(|(_, tool)| tool.id.clone()).take(3).collect();
    let facets = [
        SearchQuery::default(),
        SearchQuery { countries: strings(&["FR", "DE"]), ..Default::default() },
        SearchQuery { sectors: strings(&["energy_systems"]), languages: strings(&["en"]), ..Default::default() },
        SearchQuery { years: vec![2019, 2020], kinds: strings(&["case_study"]), phases: vec![2], ..Default::default() },
        SearchQuery { sectors: strings(&["no_such_sector"]), ..Default::default() },
        SearchQuery { origins: strings(&["elsewhere.example"]), steps: steps.clone(), ..Default::default() },
        SearchQuery { origins: vec![node.state.domain.clone()], tools, ..Default::default() },
    ];
    for text in texts {
        for chosen in &facets {
            if cairn::domain::search::terms(text).is_empty() && *chosen == SearchQuery::default() {
                // Nothing chosen: the first page, read from the kept counts.
                continue;
            }
            for sort in [Sort::Newest, Sort::Relevance] {
                for offset in [0, 20, 100, 580] {
                    let query = SearchQuery { text: text.into(), sort, limit: 20, offset, ..chosen.clone() };
                    let (lists, statement) = cairn::db::search::both_ways(db, &query).await.unwrap();
                    let lists = lists.unwrap_or_else(|| panic!("the lists answer {query:?}"));
                    assert_eq!((lists.total, &lists.facets), (statement.total, &statement.facets), "{query:?}");
                    match sort {
                        Sort::Newest => assert_eq!(lists.ids, statement.ids, "{query:?}"),
                        Sort::Relevance => assert_eq!(lists.ids.len(), statement.ids.len(), "{query:?}"),
                    }
                }
            }
        }
    }
    // A phrase is the statement's to answer: the lists know which resources hold a word, not where.
    let phrase = SearchQuery { text: "\"district heating\"".into(), limit: 20, ..Default::default() };
    assert!(cairn::db::search::both_ways(db, &phrase).await.unwrap().0.is_none());
}

/// PostgreSQL's posting lists answer as its search statement does, over 600 resources published
/// over three years, after they change, and built anew.
#[tokio::test(flavor = "multi_thread")]
async fn postgresqls_posting_lists_answer_as_its_search_statement() {
    let node = TestNode::start().await;
    let rebuild_search = || {
        std::process::Command::new(env!("CARGO_BIN_EXE_cairn"))
            .args(["admin", "rebuild-search"])
            .env("CAIRN_DATABASE_URL", node.database_url())
            .env("LANG", "C")
            .output()
            .unwrap()
    };
    if node.state.db.postings().is_none() {
        let told = rebuild_search();
        let said = String::from_utf8_lossy(&told.stderr);
        assert!(!told.status.success() && said.contains("remove the folder"), "{said}");
        return;
    }
    cairn::service::demo::seed(&node.state, 600, |_, _| {}).await.unwrap();
    // Over two and a half years, fifteen at each moment (the later id is then first).
    node.execute(
        "UPDATE resources SET published_at = timestamp '2026-11-30 12:00' \
                    - (id % 40) * interval '23 days' - (id % 4) * interval '1 hour'",
    )
    .await;
    check_postings(&node).await;
    // Words, facets and times change; some resources go.
    node.execute(
        "UPDATE resources SET country = 'SE', title = 'Geothermal heating ' || id, \
                    published_at = published_at - interval '400 days' WHERE id % 7 = 0",
    )
    .await;
    node.execute("UPDATE resources SET sectors_mask = 0, languages_mask = 3 WHERE id % 5 = 0").await;
    node.execute("UPDATE resources SET origin = 'elsewhere.example' WHERE id % 3 = 0").await;
    let token = node.user_with_token("anna").await;
    let publish = async |title: &str| {
        let body = json!({"kind": "case_study", "title": title, "summary": "Illustrative.", "language": "en"});
        let response =
            node.client.post(node.url("/api/v1/resources")).bearer_auth(&token).json(&body).send().await.unwrap();
        assert_eq!(response.status(), 201);
        response.json::<Value>().await.unwrap()["id"].as_i64().unwrap()
    };
    let id = publish("Heat pumps for retrofitted schools").await;
    let response = node.client.delete(node.url(&format!("/api/v1/resources/{id}"))).bearer_auth(&token).send().await;
    assert!(response.unwrap().status().is_success());
    publish("Aquifer heat storage under schools").await;
    let aquifer = cairn::domain::search::SearchQuery { text: "aquifer".into(), limit: 20, ..Default::default() };
    let found = async || cairn::db::search::both_ways(&node.state.db, &aquifer).await.unwrap();
    assert_eq!(found().await.0.map(|lists| lists.total), Some(1));
    check_postings(&node).await;
    // A suspended author's resources leave both answers.
    node.execute("UPDATE actors SET suspended = true WHERE username = 'anna'").await;
    let (lists, statement) = found().await;
    assert_eq!((lists.map(|lists| lists.total), statement.total), (Some(0), 0));
    check_postings(&node).await;
    // Built anew from the resources by the command line, the lists answer the same.
    let rebuilt = rebuild_search();
    let said = String::from_utf8_lossy(&rebuilt.stdout);
    assert!(rebuilt.status.success() && said.contains("built again from 601 resources"), "{said}");
    check_postings(&node).await;
    // A short backlog is taken in before a search answers.
    node.execute("UPDATE resources SET title = title || ' heat' WHERE id % 3 = 0").await;
    let heat = cairn::domain::search::SearchQuery { text: "heat".into(), limit: 20, ..Default::default() };
    assert!(
        cairn::db::search::both_ways(&node.state.db, &heat).await.unwrap().0.is_some(),
        "a short backlog is taken in first"
    );
    check_postings(&node).await;
}
