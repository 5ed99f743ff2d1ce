use super::{LanguageMap, first_url, language_code, language_map};
use crate::domain::resource::Impact;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Deserializer, Serialize};
use serde_json::Value;
use url::Url;

/// A knowledge resource on the wire: an `Article` (or `Video`) that Mastodon shows as title,
/// summary and link, with Cairn's machine-readable terms beside it.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ArticleJson {
    pub id: Url,
    #[serde(rename = "type")]
    pub kind: String,
    #[serde(default)]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "language_map")]
    pub name_map: Option<LanguageMap>,
    #[serde(default)]
    pub summary: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "language_map")]
    pub summary_map: Option<LanguageMap>,
    #[serde(default)]
    pub content: Option<String>,
    /// Every version of the body by language; `content` is the original's.
    #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "language_map")]
    pub content_map: Option<LanguageMap>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub media_type: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<Source>,
    #[serde(default, deserialize_with = "first_url")]
    pub url: Option<String>,
    #[serde(default)]
    pub attributed_to: Value,
    #[serde(default)]
    pub to: Value,
    #[serde(default)]
    pub cc: Value,
    #[serde(default)]
    pub published: Option<DateTime<Utc>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated: Option<DateTime<Utc>>,
    #[serde(default, deserialize_with = "lenient_list", skip_serializing_if = "Vec::is_empty")]
    pub tag: Vec<Value>,
    #[serde(default, deserialize_with = "lenient_list", skip_serializing_if = "Vec::is_empty")]
    pub attachment: Vec<Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<Value>,
    // Cairn's terms (see the context served at /ns).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resource_kind: Option<String>,
    #[serde(default, deserialize_with = "lenient_list", skip_serializing_if = "Vec::is_empty")]
    pub sectors: Vec<Value>,
    #[serde(default, deserialize_with = "lenient_list", skip_serializing_if = "Vec::is_empty")]
    pub phases: Vec<Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period_start: Option<i32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period_end: Option<i32>,
    #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "lenient_impact")]
    pub impact: Option<Impact>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub license: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "language_code")]
    pub language: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organisation: Option<String>,
    /// Topic tags as people wrote them (hashtags cannot carry spaces).
    #[serde(default, deserialize_with = "lenient_list", skip_serializing_if = "Vec::is_empty")]
    pub topics: Vec<Value>,
    /// The Transition Map steps it helps with (step ids).
    #[serde(default, deserialize_with = "lenient_list", skip_serializing_if = "Vec::is_empty")]
    pub map_steps: Vec<Value>,
    /// The Explore tool types it is an example of.
    #[serde(default, deserialize_with = "lenient_list", skip_serializing_if = "Vec::is_empty")]
    pub tool_types: Vec<Value>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Source {
    pub content: String,
    pub media_type: String,
}

/// A `Note`: a comment on a resource, or a post (in a group, a reply, or on its own).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct NoteJson {
    pub id: Url,
    #[serde(rename = "type")]
    pub kind: String,
    #[serde(default)]
    pub attributed_to: Value,
    #[serde(default)]
    pub content: Option<String>,
    #[serde(default)]
    pub in_reply_to: Value,
    #[serde(default)]
    pub published: Option<DateTime<Utc>>,
    #[serde(default)]
    pub to: Value,
    #[serde(default)]
    pub cc: Value,
    /// The group a post belongs to (FEP-1b12).
    #[serde(default, skip_serializing_if = "Value::is_null")]
    pub audience: Value,
    /// Mentions and hashtags.
    #[serde(default, skip_serializing_if = "Vec::is_empty", deserialize_with = "lenient_list")]
    pub tag: Vec<Value>,
    /// Images and documents (`protocol::attachment`).
    #[serde(default, skip_serializing_if = "Vec::is_empty", deserialize_with = "lenient_list")]
    pub attachment: Vec<Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated: Option<DateTime<Utc>>,
}

pub fn lenient_list<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Vec<Value>, D::Error> {
    Ok(match Option::<Value>::deserialize(deserializer)? {
        Some(Value::Array(items)) => items,
        Some(Value::Null) | None => Vec::new(),
        Some(one) => vec![one],
    })
}

fn lenient_impact<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<Impact>, D::Error> {
    Ok(Option::<Value>::deserialize(deserializer)?.and_then(|v| serde_json::from_value(v).ok()))
}

pub const ARTICLE_TYPES: &[&str] = &["Article", "Video", "Page", "Document"];
pub const PUBLIC: &str = "https://www.w3.org/ns/activitystreams#Public";
