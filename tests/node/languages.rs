//! The interface in the visitor's language: a person's choice, else the browser's, else the
//! node's default; a switcher on every page.

use crate::common::{TestNode, api, browser};
use cairn_templates::i18n::{self, Language, t};
use serde_json::json;

/// The message `id` as the catalogue of `language` has it, as a page would show it.
async fn said_in(language: Language, id: &'static str) -> String {
    escaped(i18n::in_language(language, async { t(id) }).await.0)
}

/// Text as maud writes it into a page.
fn escaped(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// A page as a browser asking for `accept_language` gets it: its `lang`, its
/// `Content-Language` and its text.
async fn page(node: &TestNode, client: &reqwest::Client, path: &str, accept_language: &str) -> (String, String) {
    let response = client.get(node.url(path)).header("accept-language", accept_language).send().await.unwrap();
    assert_eq!(response.status(), 200, "{path}");
    let content_language = response.headers()["content-language"].to_str().unwrap().to_string();
    assert!(response.headers()["vary"].to_str().unwrap().contains("Accept-Language"), "{path}");
    (content_language, response.text().await.unwrap())
}

fn assert_in(language: Language, path: &str, (content_language, html): &(String, String), words: &[String]) {
    assert_eq!(content_language, language.code(), "{path}");
    assert!(html.contains(&format!("<html lang=\"{}\">", language.code())), "{path} is marked {}", language.code());
    for word in words {
        assert!(html.contains(word.as_str()), "{path} in {} shows {word:?}", language.code());
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn pages_speak_the_language_the_browser_asks_for_signed_out_and_in() {
    let node = TestNode::start().await;
    node.user_with_token("ana").await;
    let nav = [said_in(Language::Fr, "knowledge").await, said_in(Language::Fr, "events").await];
    assert_eq!(said_in(Language::Fr, "log-in").await, "Se connecter", "the French catalogue is French");
    let visitor = reqwest::Client::new();
    for path in ["/", "/knowledge", "/events", "/groups", "/directory", "/map", "/explore", "/dashboard", "/login"] {
        let shown = page(&node, &visitor, path, "fr-BE,fr;q=0.9,en;q=0.5").await;
        assert_in(Language::Fr, path, &shown, &nav);
        assert!(shown.1.contains("Se connecter"), "{path}: the visitor is offered to log in, in French");
        assert!(!shown.1.contains(">Knowledge<"), "{path} has no English navigation left");
    }
    // The fixed data too: the Transition Map, Explore, the finance questions, the dates.
    let step = escaped(i18n::data_text(Language::Fr, "step-political-mandate-title").unwrap());
    assert_in(Language::Fr, "/map", &page(&node, &visitor, "/map", "fr").await, &[step]);
    let tool = escaped(i18n::data_text(Language::Fr, "tool-district-heating-name").unwrap());
    assert_in(Language::Fr, "/explore", &page(&node, &visitor, "/explore", "fr").await, &[tool]);
    let finance = page(&node, &visitor, "/finance", "fr").await;
    let question = node.state.finance.current().questions[0].label.clone();
    assert!(!finance.1.contains(&escaped(&question)), "the finance questions are not left in English");
    let calendar = page(&node, &visitor, "/events?when=month&month=2026-12", "fr").await;
    assert!(calendar.1.contains("décembre 2026"), "the month is named in French");

    // An error page speaks French too, and offers no switcher it could not post (no form token).
    let missing = visitor.get(node.url("/no/such/page")).header("accept-language", "fr").send().await.unwrap();
    assert_eq!((missing.status().as_u16(), missing.headers()["content-language"].to_str().unwrap()), (404, "fr"));
    let html = missing.text().await.unwrap();
    let reason = said_in(Language::Fr, "there-is-no-page-at-this-address").await;
    assert!(html.to_lowercase().contains(&reason.to_lowercase()), "{html}");
    assert!(!html.contains("action=\"/language\""));
    // The API answers in the asker's language too, and says so; shared files do not vary.
    let api = visitor.get(node.url("/api/v1/node")).header("accept-language", "fr").send().await.unwrap();
    assert_eq!(api.headers()["content-language"], "fr");
    assert!(api.headers()["vary"].to_str().unwrap().contains("Accept-Language"));
    let css = visitor.get(node.url("/static/cairn.css")).header("accept-language", "fr").send().await.unwrap();
    let varies = css.headers().get("vary").is_some_and(|v| v.to_str().unwrap().contains("Accept-Language"));
    assert!(css.headers().get("content-language").is_none() && !varies);

    let english = page(&node, &visitor, "/knowledge", "en-GB").await;
    assert_in(Language::En, "/knowledge", &english, &["Knowledge".to_string()]);
    let unknown = page(&node, &visitor, "/knowledge", "ja, zh;q=0.8").await;
    assert_in(Language::En, "/knowledge", &unknown, &[]);

    node.log_in("ana").await;
    let feed = said_in(Language::De, "feed").await;
    for path in ["/", "/notifications", "/settings/profile", "/@ana", "/knowledge/new"] {
        let shown = page(&node, &node.client, path, "de").await;
        assert_in(Language::De, path, &shown, &[said_in(Language::De, "log-out").await, feed.clone()]);
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn the_switcher_keeps_a_visitors_choice_and_a_persons_with_their_account() {
    let node = TestNode::start().await;
    node.user_with_token("ana").await;

    // A visitor chooses Dutch: a cookie keeps it, whatever the browser asks.
    let csrf = node.csrf("/knowledge").await;
    let switch = |language: &'static str, csrf: String| {
        let form = [("csrf", csrf), ("language", language.to_string()), ("back", "/knowledge".to_string())];
        node.client.post(node.url("/language")).form(&form).send()
    };
    let response = switch("nl", csrf.clone()).await.unwrap();
    assert_eq!(response.status(), 303);
    assert_eq!(response.headers()["location"], "/knowledge", "back to the page it was chosen on");
    let shown = page(&node, &node.client, "/knowledge", "fr").await;
    assert_in(Language::Nl, "/knowledge", &shown, &[said_in(Language::Nl, "knowledge-repository").await]);
    assert!(
        shown.1.contains("<option value=\"nl\" lang=\"nl\" selected>Nederlands</option>"),
        "the switcher shows the choice"
    );

    // Signed in, the choice is the person's: it follows them to another browser.
    let csrf = node.log_in("ana").await;
    assert_eq!(switch("pl", csrf.clone()).await.unwrap().status(), 303);
    let elsewhere = browser();
    let csrf = node.log_in_with(&elsewhere, "ana").await;
    let shown = page(&node, &elsewhere, "/", "fr").await;
    assert_in(Language::Pl, "/", &shown, &[said_in(Language::Pl, "feed").await]);

    // "As my browser asks" gives the choice back to the browser.
    let form = [("csrf", csrf.as_str()), ("language", ""), ("back", "/")];
    assert_eq!(elsewhere.post(node.url("/language")).form(&form).send().await.unwrap().status(), 303);
    assert_in(Language::Fr, "/", &page(&node, &elsewhere, "/", "fr").await, &[]);

    // A language not shipped, a form from elsewhere, a way back off this node: refused or ignored.
    let csrf = node.csrf("/").await;
    let bad = [("csrf", csrf.as_str()), ("language", "pt"), ("back", "/")];
    assert_eq!(node.client.post(node.url("/language")).form(&bad).send().await.unwrap().status(), 400);
    let forged = [("csrf", "forged"), ("language", "fr"), ("back", "/")];
    assert_eq!(node.client.post(node.url("/language")).form(&forged).send().await.unwrap().status(), 403);
    let away = [("csrf", csrf.as_str()), ("language", "fr"), ("back", "//evil.example/")];
    let response = node.client.post(node.url("/language")).form(&away).send().await.unwrap();
    assert_eq!(response.headers()["location"], "/");
}

#[tokio::test(flavor = "multi_thread")]
async fn the_nodes_default_serves_browsers_that_ask_for_none_of_its_languages() {
    let node = TestNode::start().await;
    let admin = node.admin_with_token("ines").await;
    let (status, identity) = api(&node, &admin, reqwest::Method::GET, "/api/v1/node", json!(null)).await;
    assert_eq!((status, identity["language"].as_str()), (200, Some("en")));
    let mut changed = json!({"name": identity["name"], "contact": "", "language": "pt"});
    let (status, body) = api(&node, &admin, reqwest::Method::PUT, "/api/v1/admin/node", changed.clone()).await;
    assert_eq!(status, 422, "{body}");
    assert_eq!(body["field"], "language", "{body}");
    changed["language"] = json!("it");
    let (status, body) = api(&node, &admin, reqwest::Method::PUT, "/api/v1/admin/node", changed).await;
    assert_eq!((status, body["language"].as_str()), (200, Some("it")), "{body}");

    let visitor = reqwest::Client::new();
    let words = [said_in(Language::It, "knowledge").await];
    assert_in(Language::It, "/", &page(&node, &visitor, "/", "ja").await, &words);
    let response = visitor.get(node.url("/")).send().await.unwrap();
    assert_eq!(response.headers()["content-language"], "it", "no Accept-Language at all");
    assert_in(Language::Es, "/", &page(&node, &visitor, "/", "es-ES").await, &[]);
}

#[tokio::test(flavor = "multi_thread")]
async fn errors_are_explained_in_the_askers_language() {
    let node = TestNode::start().await;
    let token = node.user_with_token("ana").await;
    let said = |language| async move {
        i18n::in_language(language, async { i18n::t_with("keep-this-under-characters", &[("max", 200.into())]) })
            .await
            .0
    };

    // The JSON API: the code stays `invalid`, the message is French.
    let response = node
        .client
        .post(node.url("/api/v1/resources"))
        .bearer_auth(&token)
        .header("accept-language", "fr")
        .json(&json!({"kind": "case_study", "language": "fr", "title": "x".repeat(300), "summary": "Un résumé.", "body": "Texte."}))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 422);
    let body: serde_json::Value = response.json().await.unwrap();
    assert_eq!((body["error"].as_str(), body["field"].as_str()), (Some("invalid"), Some("title")), "{body}");
    assert_eq!(body["message"].as_str().unwrap(), format!("title: {}", said(Language::Fr).await), "{body}");
    assert_ne!(said(Language::Fr).await, said(Language::En).await);

    // A web form: the message by the field is German.
    let csrf = node.log_in("ana").await;
    let form = [
        ("csrf", csrf.as_str()),
        ("kind", "case_study"),
        ("title", &"x".repeat(300)),
        ("summary", "Kurz."),
        ("body", "Text."),
        ("language", "de"),
    ];
    let response =
        node.client.post(node.url("/knowledge/new")).header("accept-language", "de").form(&form).send().await.unwrap();
    assert_eq!(response.status(), 422);
    let html = response.text().await.unwrap();
    assert!(html.contains(&said(Language::De).await), "the form says what is wrong in German");
}

#[tokio::test(flavor = "multi_thread")]
async fn the_services_refusals_are_explained_in_the_askers_language_too() {
    let node = TestNode::start().await;
    let token = node.user_with_token("ana").await;
    let in_polish = |id: &'static str, args: Vec<(&'static str, String)>| async move {
        i18n::in_language(Language::Pl, async move {
            let args: Vec<_> = args.into_iter().map(|(name, value)| (name, value.into())).collect();
            i18n::t_with(id, &args)
        })
        .await
        .0
    };
    let asked = async |method: reqwest::Method, path: &str, body: serde_json::Value| {
        let response = node
            .client
            .request(method, node.url(path))
            .bearer_auth(&token)
            .header("accept-language", "pl")
            .json(&body)
            .send()
            .await
            .unwrap();
        let status = response.status().as_u16();
        (status, response.json::<serde_json::Value>().await.unwrap())
    };
    // A service's refusal that names what it refused.
    let (status, body) = asked(reqwest::Method::POST, "/api/v1/follows", json!({"target": "@nobody"})).await;
    assert_eq!(status, 404, "{body}");
    let expected = in_polish("no-account-here", vec![("name", "nobody".into())]).await;
    assert!(body["message"].as_str().unwrap().contains(&expected), "{body} should say {expected}");
    // A group's handle is refused in the group's words, not a username's.
    let (status, body) = asked(reqwest::Method::POST, "/api/v1/groups", json!({"handle": "9x", "name": "Grupa"})).await;
    assert_eq!(status, 422, "{body}");
    let expected = in_polish("group-handle-first-letter", Vec::new()).await;
    assert!(body["message"].as_str().unwrap().contains(&expected), "{body} should say {expected}");
    // Malformed JSON, whose details come from the parser.
    let response = node
        .client
        .post(node.url("/api/v1/groups"))
        .bearer_auth(&token)
        .header("accept-language", "pl")
        .header("content-type", "application/json")
        .body("{")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 400);
    let body: serde_json::Value = response.json().await.unwrap();
    let prefix = in_polish("malformed-json", vec![("problem", String::new())]).await;
    assert!(body["message"].as_str().unwrap().starts_with(prefix.trim_end()), "{body}");
    // Another server reads its refusals in its logs: they stay English.
    let response = node
        .client
        .get(node.url("/users/nobody"))
        .header("accept", "application/activity+json")
        .header("accept-language", "pl")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 404);
    assert_eq!(response.headers()["content-language"], "en");
    let body = response.text().await.unwrap();
    assert!(body.contains(r#"<html lang="en">"#), "{body}");
}
