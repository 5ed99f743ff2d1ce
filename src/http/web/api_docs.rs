//! `/api`: the JSON API's reference page, drawn from the same description as `openapi.json`.

use super::{WebResult, ctx, page};
use crate::{federation::Data, http::api::openapi::Spec, http::session::Viewer};
use axum::http::{HeaderMap, StatusCode};
use cairn_templates::api_docs::{ApiField, ApiOperation, ApiSchema, ApiSection, api_reference};
use serde_json::Value;

const METHODS: &[&str] = &["get", "post", "put", "patch", "delete"];

/// `string`, `integer`, `ResourceView`, `array of ResourceView`, `one of …`.
fn kind_of(schema: &Value) -> String {
    if let Some(reference) = schema["$ref"].as_str() {
        return reference.rsplit('/').next().unwrap_or(reference).to_string();
    }
    for combined in ["oneOf", "allOf", "anyOf"] {
        if let Some(parts) = schema[combined].as_array() {
            let kinds: Vec<String> = parts.iter().map(kind_of).filter(|k| k != "null").collect();
            return kinds.join(if combined == "allOf" { " and " } else { " or " });
        }
    }
    match &schema["type"] {
        Value::String(kind) if kind == "array" => format!("array of {}", kind_of(&schema["items"])),
        Value::String(kind) => kind.clone(),
        Value::Array(kinds) => {
            kinds.iter().filter_map(Value::as_str).filter(|k| *k != "null").collect::<Vec<_>>().join(" or ")
        }
        _ if schema.get("properties").is_some() => "object".into(),
        _ => "any".into(),
    }
}

fn text(value: &Value) -> String {
    value.as_str().unwrap_or_default().to_string()
}

fn fields_of(schema: &Value) -> Vec<ApiField> {
    let required: Vec<&str> =
        schema["required"].as_array().map(|r| r.iter().filter_map(Value::as_str).collect()).unwrap_or_default();
    let mut fields: Vec<ApiField> = schema["properties"]
        .as_object()
        .map(|properties| {
            properties
                .iter()
                .map(|(name, property)| ApiField {
                    name: name.clone(),
                    kind: kind_of(property),
                    required: required.contains(&name.as_str()),
                    description: text(&property["description"]),
                    place: String::new(),
                })
                .collect()
        })
        .unwrap_or_default();
    // Flattened parts (`allOf`) bring their own fields.
    for part in schema["allOf"].as_array().into_iter().flatten() {
        if part.get("$ref").is_some() {
            fields.insert(
                0,
                ApiField {
                    name: "…".into(),
                    kind: kind_of(part),
                    required: true,
                    description: "every field of it".into(),
                    place: String::new(),
                },
            );
        } else {
            fields.extend(fields_of(part));
        }
    }
    fields
}

fn body_schema(content: &Value) -> Option<String> {
    content["content"]["application/json"].get("schema").map(kind_of)
}

fn operation(method: &str, path: &str, op: &Value) -> ApiOperation {
    ApiOperation {
        method: method.to_uppercase(),
        path: path.to_string(),
        summary: text(&op["summary"]),
        needs_token: op.get("security").is_some(),
        parameters: op["parameters"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|p| ApiField {
                name: text(&p["name"]),
                kind: kind_of(&p["schema"]),
                required: p["required"].as_bool().unwrap_or(false),
                description: text(&p["description"]),
                place: text(&p["in"]),
            })
            .collect(),
        body: op.get("requestBody").and_then(body_schema),
        answers: op["responses"]
            .as_object()
            .into_iter()
            .flatten()
            .map(|(status, answer)| (status.clone(), body_schema(answer)))
            .collect(),
    }
}

pub async fn show(spec: Spec, data: Data, viewer: Viewer, headers: HeaderMap) -> WebResult {
    let spec = spec.value();
    let mut sections: Vec<ApiSection> = Vec::new();
    for (path, item) in spec["paths"].as_object().into_iter().flatten() {
        for method in METHODS {
            let Some(op) = item.get(*method) else { continue };
            let tag = op["tags"][0].as_str().unwrap_or("other").to_string();
            let operation = operation(method, path, op);
            match sections.iter_mut().find(|s| s.tag == tag) {
                Some(section) => section.operations.push(operation),
                None => sections.push(ApiSection { tag, operations: vec![operation] }),
            }
        }
    }
    let schemas: Vec<ApiSchema> = spec["components"]["schemas"]
        .as_object()
        .into_iter()
        .flatten()
        .map(|(name, schema)| ApiSchema {
            name: name.clone(),
            description: text(&schema["description"]),
            fields: fields_of(schema),
        })
        .collect();
    let base = text(&spec["servers"][0]["url"]);
    let ctx = ctx(&data, &viewer, &headers).await?;
    Ok(page(&ctx, StatusCode::OK, api_reference(&ctx, &base, &sections, &schemas)))
}
