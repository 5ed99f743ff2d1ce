//! Serde shapes of what goes over the wire, tolerant of other servers' quirks.

pub mod actor;
pub mod article;
pub mod attachment;
pub mod event;
pub mod journey;

use serde::{Deserialize, Deserializer};
use serde_json::Value;
use url::Url;

/// The page a remote object is shown at: its `url` when that is a web link on the object's own
/// server, else its id.
pub fn page_url(url: Option<Url>, id: &Url) -> String {
    use crate::domain::{handle::host_of_url, web_link};
    url.filter(|u| host_of_url(u) == host_of_url(id) && web_link(u.as_str()).is_some())
        .map_or_else(|| id.to_string(), String::from)
}

/// An id given either as a string or as an embedded object with an `id`.
pub fn id_of(value: &Value) -> Option<Url> {
    match value {
        Value::String(s) => Url::parse(s).ok(),
        Value::Object(map) => map.get("id").and_then(Value::as_str).and_then(|s| Url::parse(s).ok()),
        Value::Array(items) => items.first().and_then(id_of),
        _ => None,
    }
}

/// Reads a field that may be a single value or a list, keeping the first usable string.
/// A language as a code, or as PeerTube's `{"identifier": "en", "name": "English"}`.
pub fn language_code<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<String>, D::Error> {
    let value = Option::<Value>::deserialize(deserializer)?;
    Ok(match value {
        Some(Value::String(code)) => Some(code),
        Some(Value::Object(map)) => map.get("identifier").and_then(Value::as_str).map(str::to_string),
        _ => None,
    })
}

/// The same text per language (`nameMap`, `summaryMap`, `contentMap`): entries whose value is
/// not a string are dropped, and anything but an object reads as no map.
pub fn language_map<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<LanguageMap>, D::Error> {
    Ok(match Option::<Value>::deserialize(deserializer)? {
        Some(Value::Object(map)) => Some(
            map.into_iter()
                .filter_map(|(language, text)| text.as_str().map(|text| (language, text.to_string())))
                .collect(),
        ),
        _ => None,
    })
}

/// Kept in the order sent: Mastodon takes a post's language from `contentMap`'s first key, so
/// the original goes first.
pub type LanguageMap = indexmap::IndexMap<String, String>;

pub fn first_url<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<String>, D::Error> {
    let value = Option::<Value>::deserialize(deserializer)?;
    fn pick(value: &Value) -> Option<String> {
        match value {
            Value::String(s) => Some(s.clone()),
            Value::Object(map) => map.get("href").or_else(|| map.get("url")).and_then(pick),
            Value::Array(items) => items.iter().find_map(pick),
            _ => None,
        }
    }
    Ok(value.as_ref().and_then(pick))
}
