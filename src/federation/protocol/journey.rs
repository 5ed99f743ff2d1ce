use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use url::Url;

/// A city's journey through the Climate Transition Map (Cairn's own type, *proposal*): the
/// whole journey travels in every `Update`, so a receiver simply replaces what it knew.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct JourneyJson {
    pub id: Url,
    #[serde(rename = "type")]
    pub kind: String,
    pub attributed_to: Value,
    #[serde(default)]
    pub name: Option<String>,
    /// Plain text, e.g. "5 of 24 steps done", for servers that show only a summary.
    #[serde(default)]
    pub summary: Option<String>,
    #[serde(default)]
    pub url: Option<Value>,
    #[serde(default)]
    pub updated: Option<DateTime<Utc>>,
    #[serde(default)]
    pub to: Value,
    #[serde(default)]
    pub cc: Value,
    #[serde(default)]
    pub steps: Vec<JourneyStepJson>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct JourneyStepJson {
    #[serde(rename = "type", default = "step_type")]
    pub kind: String,
    pub step: String,
    #[serde(default)]
    pub phase: Option<i32>,
    pub status: String,
    #[serde(default)]
    pub notes: String,
    #[serde(default)]
    pub evidence: Vec<String>,
    #[serde(default)]
    pub updated: Option<DateTime<Utc>>,
}

fn step_type() -> String {
    "JourneyStep".into()
}
