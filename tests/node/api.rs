//! The JSON API described by its types: the OpenAPI description, its reference page, and
//! requests that are wrong in several ways at once.

use crate::common::{TestNode, api};
use reqwest::Method;
use serde_json::{Value, json};
use std::collections::HashSet;

#[tokio::test(flavor = "multi_thread")]
async fn the_api_describes_itself_with_its_types() {
    let node = TestNode::start().await;
    let spec: Value = node.client.get(node.url("/api/v1/openapi.json")).send().await.unwrap().json().await.unwrap();
    assert_eq!(spec["openapi"], "3.1.0");
    assert_eq!(spec["servers"][0]["url"], node.url("/api/v1"));
    for path in ["/follows", "/resources", "/resources/{id}", "/lookup", "/auth/token", "/groups/{handle}/members"] {
        assert!(spec["paths"][path].is_object(), "{path} is described");
    }
    let schemas = spec["components"]["schemas"].as_object().unwrap();
    let mut operation_ids = HashSet::new();
    for (path, item) in spec["paths"].as_object().unwrap() {
        for (method, operation) in item.as_object().unwrap() {
            let id = operation["operationId"].as_str().unwrap();
            assert!(operation_ids.insert(id.to_string()), "{id} is unique");
            let answers = operation["responses"].as_object().unwrap();
            assert!(answers.contains_key("4XX"), "{method} {path} describes its errors");
            let (status, success) = answers.iter().find(|(s, _)| s.starts_with('2')).expect("a success answer");
            if status != "204" {
                let schema = &success["content"]["application/json"]["schema"];
                let named = schema["$ref"].as_str().map(|r| r.rsplit('/').next().unwrap().to_string());
                let named = named.expect("a named body");
                assert!(schemas.contains_key(&named), "{method} {path} answers {named}, which is described");
            }
            if let Some(body) = operation.get("requestBody") {
                // JSON, or a form carrying a file (uploads).
                let content = &body["content"];
                let schema = content.get("application/json").or_else(|| content.get("multipart/form-data"));
                let schema = schema.map(|s| &s["schema"]["$ref"]);
                assert!(schema.is_some_and(Value::is_string), "{method} {path} takes a described body");
            }
        }
    }
    // Full schemas, not empty bodies: a resource as shown is its fields as written (flattened)
    // and what the node adds.
    let properties = |schema: &Value| -> Vec<String> {
        let mut names: Vec<String> =
            schema["properties"].as_object().map(|p| p.keys().cloned().collect()).unwrap_or_default();
        for part in schema["allOf"].as_array().into_iter().flatten() {
            let part = match part["$ref"].as_str() {
                Some(reference) => &schemas[reference.rsplit('/').next().unwrap()],
                None => part,
            };
            names.extend(part["properties"].as_object().unwrap().keys().cloned());
        }
        names
    };
    let resource = properties(&spec["components"]["schemas"]["ResourceView"]);
    for field in ["id", "ap_id", "title", "sectors", "impact", "author", "illustrative", "body_html"] {
        assert!(resource.iter().any(|f| f == field), "ResourceView.{field} in {resource:?}");
    }
    assert!(schemas["ResourceInput"]["properties"]["phases"]["items"]["type"] == "integer");

    let unknown = node.client.get(node.url("/api/v1/nothing")).send().await.unwrap();
    assert_eq!(unknown.status(), 404);
    assert_eq!(unknown.json::<Value>().await.unwrap()["error"], "not_found");

    let page = node.client.get(node.url("/api")).send().await.unwrap();
    assert_eq!(page.status(), 200);
    let html = page.text().await.unwrap();
    for text in ["POST /resources", "id=\"schema-ResourceView\"", "/api/v1/openapi.json", "expires_in_days"] {
        assert!(html.contains(text), "the reference page shows {text}");
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn every_field_error_of_a_request_is_named_at_once() {
    let node = TestNode::start().await;
    let token = node.user_with_token("anna").await;

    // Wrong types and an unknown field: each is named, and nothing is published.
    let body = json!({"kind": "case_study", "title": 5, "sectors": "energy", "colour": "green",
                      "impact": {"tco2e_per_year": "lots"}});
    let (status, answer) = api(&node, &token, Method::POST, "/api/v1/resources", body).await;
    assert_eq!(status, 422, "{answer}");
    assert_eq!(answer["error"], "invalid");
    let fields: Vec<&str> = answer["errors"].as_array().unwrap().iter().map(|e| e["field"].as_str().unwrap()).collect();
    for field in ["colour", "title", "sectors", "impact.tco2e_per_year"] {
        assert!(fields.contains(&field), "{field} is named in {answer}");
    }
    let colour = answer["errors"].as_array().unwrap().iter().find(|e| e["field"] == "colour").unwrap();
    assert!(colour["message"].as_str().unwrap().contains("not a field"), "{colour}");
    let title = answer["errors"].as_array().unwrap().iter().find(|e| e["field"] == "title").unwrap();
    assert!(title["message"].as_str().unwrap().starts_with("expected a string"), "{title}");
    let (_, found) = api(&node, &token, Method::GET, "/api/v1/resources", Value::Null).await;
    assert_eq!(found["total"], 0);

    // Every rule the fields break, at once too, required fields first; on the web form as well.
    let body = json!({"kind": "nope", "title": "x", "sectors": ["moon"], "country": "France", "period_start": 1800});
    let (status, answer) = api(&node, &token, Method::POST, "/api/v1/resources", body).await;
    assert_eq!(status, 422, "{answer}");
    let fields: Vec<&str> = answer["errors"].as_array().unwrap().iter().map(|e| e["field"].as_str().unwrap()).collect();
    assert_eq!(fields, ["kind", "language", "title", "summary", "sectors", "country", "period_start"], "{answer}");
    let (status, answer) = api(&node, &token, Method::POST, "/api/v1/events", json!({"title": "Meetup"})).await;
    assert_eq!(status, 422, "{answer}");
    let fields: Vec<&str> = answer["errors"].as_array().unwrap().iter().map(|e| e["field"].as_str().unwrap()).collect();
    assert_eq!(fields, ["timezone", "start", "end", "address"], "{answer}");

    // Missing required fields of a typed body, all at once.
    let (status, answer) = api(&node, "", Method::POST, "/api/v1/accounts", json!({"email": 7})).await;
    assert_eq!(status, 422, "{answer}");
    let fields: Vec<&str> = answer["errors"].as_array().unwrap().iter().map(|e| e["field"].as_str().unwrap()).collect();
    for field in ["username", "password", "email"] {
        assert!(fields.contains(&field), "{field} is named in {answer}");
    }

    // A PATCH names unknown and mistyped fields too, and changes nothing.
    let created = json!({"kind": "case_study", "title": "Heat network", "summary": "Illustrative.",
                         "body": "Illustrative.", "language": "en", "sectors": ["energy_systems"]});
    let (status, resource) = api(&node, &token, Method::POST, "/api/v1/resources", created).await;
    assert_eq!(status, 201, "{resource}");
    let path = format!("/api/v1/resources/{}", resource["id"]);
    let (status, answer) = api(&node, &token, Method::PATCH, &path, json!({"title": [], "subtitle": "x"})).await;
    assert_eq!(status, 422, "{answer}");
    assert_eq!(answer["errors"].as_array().unwrap().len(), 2, "{answer}");
    let (_, unchanged) = api(&node, &token, Method::GET, &path, Value::Null).await;
    assert_eq!(unchanged["title"], "Heat network");

    // Malformed JSON, a body that is not an object, bad query and path parameters: JSON errors.
    let raw = node
        .client
        .post(node.url("/api/v1/resources"))
        .bearer_auth(&token)
        .header("content-type", "application/json")
        .body("{\"title\": ")
        .send()
        .await
        .unwrap();
    assert_eq!(raw.status(), 400);
    assert_eq!(raw.json::<Value>().await.unwrap()["error"], "bad_request");
    let (status, answer) = api(&node, &token, Method::POST, "/api/v1/posts", json!(["hello"])).await;
    assert_eq!((status, answer["field"].as_str()), (422, Some("body")), "{answer}");
    let (status, answer) = api(&node, &token, Method::GET, "/api/v1/events?organizer=someone", Value::Null).await;
    assert_eq!((status, answer["field"].as_str()), (400, Some("organizer")), "{answer}");
    // PostgreSQL cannot hold NUL in text: a request that brings one is refused, never a 500.
    let (status, _) = api(&node, &token, Method::GET, "/api/v1/events?sector=a%00b", Value::Null).await;
    assert!(status == 200 || status == 400, "{status}");
    let (status, answer) = api(&node, &token, Method::GET, "/api/v1/groups/a%00b", Value::Null).await;
    assert!(status < 500, "{status} {answer}");
    let (status, answer) = api(&node, &token, Method::POST, "/api/v1/me/follow-requests/abc/maybe", Value::Null).await;
    assert_eq!((status, answer["error"].as_str()), (400, Some("bad_request")), "{answer}");
}
