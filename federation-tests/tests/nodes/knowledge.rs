//! The knowledge repository across real processes and both databases.

use federation_tests::{Backend, Node, Place, postgres_if_available};
use serde_json::Value;

async fn search(node: &Node, query: &str) -> Value {
    let response = node.client.get(node.url(&format!("/api/v1/resources?{query}"))).send().await.unwrap();
    assert_eq!(response.status(), 200, "{query}");
    response.json().await.unwrap()
}

/// Facet values with counts, sorted, for comparing two nodes.
fn facet_counts(page: &Value) -> Vec<(String, String, i64)> {
    let mut all: Vec<(String, String, i64)> = page["facets"]
        .as_object()
        .unwrap()
        .iter()
        .filter(|(name, _)| *name != "origin")
        .flat_map(|(name, values)| {
            values
                .as_array()
                .unwrap()
                .iter()
                .map(|v| (name.clone(), v["value"].as_str().unwrap().to_string(), v["count"].as_i64().unwrap()))
        })
        .collect();
    all.sort();
    all
}

#[tokio::test(flavor = "multi_thread")]
async fn search_and_facets_agree_on_both_databases() {
    let place = Place::new();
    let sqlite = place.node("Lyon", Backend::Sqlite).await;
    let other = place.node("Gent", postgres_if_available()).await;
    for node in [&sqlite, &other] {
        let (ok, out, err) = node.cli(&["admin", "seed-demo", "--resources", "600"], "");
        assert!(ok, "{out}{err}");
        assert!(out.contains("added 600 illustrative resources"), "{out}");
        assert!(err.contains("600/600 (100%)"), "progress is shown: {err}");
    }
    // Words are stemmed differently by design (docs/ARCHITECTURE.md, "Search in several
    // languages"): SQLite stems every version with Porter's English rules, PostgreSQL each version
    // in its own language. The demo's texts are English whatever their language says, so text
    // searches are compared within English, where both stem alike.
    for query in [
        "",
        "sector=mobility",
        "sector=energy_systems&country=FR",
        "q=heat&lang=en",
        "q=heat+pumps&lang=en",
        "q=cycling+-trees&phase=2&phase=3&lang=en",
        "kind=case_study&year=2020",
        "tag=retrofit",
        "lang=de",
        "q=C%2B%2B&lang=en",
        // Search quality: a phrase, OR, a beginning, a stem, a phrase left out, odd input.
        "q=%22heat+pumps%22&lang=en",
        "q=%22pumps+heat%22&lang=en",
        "q=cycling+OR+trees&lang=en",
        "q=retro*&lang=en",
        "q=heating&lang=en",
        "q=solar+-%22solar+rooftops%22&lang=en",
        "q=%22district+heating&lang=en",
        "q=OR+-+*+cycling+OR&lang=en",
        "q=retorfit&lang=en",
    ] {
        let a = search(&sqlite, query).await;
        let b = search(&other, query).await;
        assert_eq!(a["total"], b["total"], "totals differ for {query}");
        assert_eq!(facet_counts(&a), facet_counts(&b), "facets differ for {query}");
        assert_eq!(a["did_you_mean"], b["did_you_mean"], "suggestions differ for {query}");
        let titles =
            |page: &Value| page["items"].as_array().unwrap().iter().map(|i| i["title"].clone()).collect::<Vec<_>>();
        if !query.contains("q=") {
            assert_eq!(titles(&a), titles(&b), "newest-first order differs for {query}");
        }
    }
    // The quality cases find what they should, not only the same on both.
    let total = async |query: &str| search(&sqlite, query).await["total"].as_i64().unwrap();
    assert!(total("q=retro*&lang=en").await > 0 && total("q=retro&lang=en").await == 0);
    assert!(total("q=%22heat+pumps%22&lang=en").await > total("q=%22pumps+heat%22&lang=en").await);
    let either = total("q=cycling+OR+trees&lang=en").await;
    assert!(either > total("q=cycling&lang=en").await && either > total("q=trees&lang=en").await);
    assert_eq!(search(&sqlite, "q=retorfit&lang=en").await["did_you_mean"], "retrofit");
    let all = search(&sqlite, "").await;
    assert_eq!(all["total"], 600);
    assert_eq!(all["items"][0]["illustrative"], true);
    let page = sqlite.client.get(sqlite.url("/knowledge")).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("Illustrative demo data"), "demo content is labelled on the page");
}
