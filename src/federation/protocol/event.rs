use super::article::lenient_list;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use url::Url;

/// An event (FEP-8a8e with Mobilizon's fields).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct EventJson {
    pub id: Url,
    #[serde(rename = "type")]
    pub kind: String,
    #[serde(default)]
    pub name: Option<String>,
    #[serde(default)]
    pub content: Option<String>,
    #[serde(default)]
    pub start_time: Option<DateTime<Utc>>,
    #[serde(default)]
    pub end_time: Option<DateTime<Utc>>,
    #[serde(default)]
    pub timezone: Option<String>,
    #[serde(default, deserialize_with = "lenient_list", skip_serializing_if = "Vec::is_empty")]
    pub location: Vec<Value>,
    #[serde(default)]
    pub join_mode: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub maximum_attendee_capacity: Option<i64>,
    #[serde(default)]
    pub participant_count: Option<i64>,
    #[serde(default)]
    pub event_status: Option<String>,
    /// Mobilizon's status (`TENTATIVE`, `CONFIRMED`, `CANCELLED`), read when there is no `eventStatus`.
    #[serde(default, rename = "ical:status", skip_serializing)]
    pub ical_status: Option<String>,
    #[serde(default)]
    pub attributed_to: Value,
    #[serde(default)]
    pub url: Option<Value>,
    #[serde(default)]
    pub published: Option<DateTime<Utc>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated: Option<DateTime<Utc>>,
    #[serde(default)]
    pub to: Value,
    #[serde(default)]
    pub cc: Value,
    #[serde(default, deserialize_with = "lenient_list", skip_serializing_if = "Vec::is_empty")]
    pub tag: Vec<Value>,
    #[serde(default, deserialize_with = "lenient_list", skip_serializing_if = "Vec::is_empty")]
    pub sectors: Vec<Value>,
    #[serde(default, deserialize_with = "lenient_list", skip_serializing_if = "Vec::is_empty")]
    pub topics: Vec<Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    #[serde(default, rename = "isOnline")]
    pub is_online: Option<bool>,
}

/// Cairn's join modes and the ones on the wire (Mobilizon's `restricted` is approval).
pub fn wire_join_mode(mode: &str) -> &'static str {
    match mode {
        "approval" => "restricted",
        "invite" => "invite",
        "external" => "external",
        _ => "free",
    }
}

pub fn cairn_join_mode(wire: &str) -> &'static str {
    match wire {
        "restricted" => "approval",
        "invite" => "invite",
        "external" => "external",
        _ => "free",
    }
}
