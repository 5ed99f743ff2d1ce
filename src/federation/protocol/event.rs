use super::{LanguageMap, article::lenient_list, attachment::from_wire, language_map};
use crate::domain::resource::Attachment;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};
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
    #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "language_map")]
    pub name_map: Option<LanguageMap>,
    #[serde(default)]
    pub content: Option<String>,
    /// Every version of the description by language; `content` is the original's.
    #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "language_map")]
    pub content_map: Option<LanguageMap>,
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
    /// The banner picture.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image: Option<Value>,
    /// Mobilizon's banner: a `Document` named `Banner`.
    #[serde(default, deserialize_with = "lenient_list", skip_serializing_if = "Vec::is_empty")]
    pub attachment: Vec<Value>,
}

/// Mobilizon names its banner among an event's attachments this way.
const BANNER_NAME: &str = "Banner";

/// The banner as it goes out: `image`, as servers read an object's picture, and a `Document`
/// named `Banner` among the attachments, as Mobilizon reads it (Mastodon shows that one).
pub fn banner_to_wire(banner: Option<Attachment>) -> (Option<Value>, Vec<Value>) {
    let Some(banner) = banner else { return (None, Vec::new()) };
    let mut image = json!({"type": "Image", "url": banner.url, "mediaType": banner.media_type, "name": banner.title});
    if let Some(blurhash) = &banner.blurhash {
        image["blurhash"] = json!(blurhash);
    }
    let document = json!({"type": "Document", "url": banner.url, "mediaType": banner.media_type, "name": BANNER_NAME});
    (Some(image), vec![document])
}

/// The banner of a received event: its `image` (a URL or an `Image`), else Mobilizon's.
pub fn banner_from_wire(event: &EventJson) -> Option<Attachment> {
    let image = match &event.image {
        Some(Value::String(url)) => Some(json!({"url": url})),
        Some(Value::Array(images)) => images.first().cloned(),
        other => other.clone(),
    };
    let mobilizon = || event.attachment.iter().find(|a| a.get("name").and_then(Value::as_str) == Some(BANNER_NAME));
    let banner = image.or_else(|| mobilizon().cloned())?;
    let mut banner = from_wire(&[banner]).pop()?;
    if banner.title == BANNER_NAME {
        banner.title.clear();
    }
    Some(banner)
}

/// Takes the webinar link out of an event, or out of the event an activity carries (Create,
/// Update, Announce), keeping that it is online: for what was stored before links went to
/// participants alone, and for copies that do not come from the organiser.
pub fn withhold_link(document: &mut Value) {
    if let Some(object) = document.get_mut("object") {
        withhold_link(object);
    }
    let Some(event) = document.as_object_mut().filter(|d| d.get("type").and_then(Value::as_str) == Some("Event"))
    else {
        return;
    };
    let is_virtual = |l: &Value| l.get("type").and_then(Value::as_str) == Some("VirtualLocation");
    let withheld = match event.get_mut("location") {
        Some(Value::Array(locations)) => {
            let before = locations.len();
            locations.retain(|l| !is_virtual(l));
            locations.len() < before
        }
        Some(single) if is_virtual(single) => {
            *single = Value::Array(Vec::new());
            true
        }
        _ => false,
    };
    if withheld {
        event.insert("isOnline".into(), Value::Bool(true));
    }
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

#[cfg(test)]
mod tests {
    use super::withhold_link;
    use serde_json::json;

    #[test]
    fn the_link_is_taken_out_of_events_and_the_activities_that_carry_them() {
        let place = json!({"type": "Place", "name": "Town hall"});
        let mut create = json!({"type": "Create", "object": {"type": "Event",
            "location": [place, {"type": "VirtualLocation", "url": "https://meet.example/x"}]}});
        withhold_link(&mut create);
        assert_eq!(create["object"]["location"], json!([place]));
        assert_eq!(create["object"]["isOnline"], true);
        let mut single =
            json!({"type": "Event", "location": {"type": "VirtualLocation", "url": "https://meet.example/x"}});
        withhold_link(&mut single);
        assert!(!single.to_string().contains("meet.example"));
        let mut note = json!({"type": "Note", "location": {"type": "VirtualLocation", "url": "https://example.org"}});
        withhold_link(&mut note);
        assert!(note.to_string().contains("example.org"), "only events are touched");
    }
}
