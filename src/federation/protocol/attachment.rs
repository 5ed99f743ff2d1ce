//! Files attached to an object (`attachment`: `Image` or `Document`), as resources and posts
//! carry them.

use crate::domain::{markup::html_to_text, media::MAX_DESCRIPTION_CHARS, resource::Attachment, web_link};
use serde_json::{Value, json};

/// The most files kept of one received object.
const MAX_RECEIVED: usize = 20;

/// Files as they go out: images as Mastodon shows them (with their placeholder), anything else
/// a `Document`.
pub fn to_wire(attachments: Vec<Attachment>) -> Vec<Value> {
    attachments
        .into_iter()
        .map(|a| {
            let kind = if a.media_type.starts_with("image/") { "Image" } else { "Document" };
            let mut attachment = json!({"type": kind, "url": a.url, "mediaType": a.media_type, "name": a.title});
            if let Some(blurhash) = a.blurhash {
                attachment["blurhash"] = json!(blurhash);
            }
            attachment
        })
        .collect()
}

/// Files as received: web links only (a `url` given as a string or a `Link`), titles as plain
/// bounded text, at most `MAX_RECEIVED`.
pub fn from_wire(attachments: &[Value]) -> Vec<Attachment> {
    attachments
        .iter()
        .filter_map(|a| {
            let url = a.get("url").or_else(|| a.get("href")).and_then(|u| match u {
                Value::String(s) => Some(s.clone()),
                other => other.get("href").and_then(Value::as_str).map(str::to_string),
            })?;
            let text = |key: &str| a.get(key).and_then(Value::as_str).unwrap_or_default();
            Some(Attachment {
                url: web_link(&url)?,
                media_type: truncate(text("mediaType"), 100),
                title: truncate(&html_to_text(text("name")), MAX_DESCRIPTION_CHARS),
                blurhash: a
                    .get("blurhash")
                    .and_then(Value::as_str)
                    .filter(|hash| (6..=100).contains(&hash.len()) && hash.is_ascii())
                    .map(str::to_string),
            })
        })
        .take(MAX_RECEIVED)
        .collect()
}

/// At most `max` characters, an ellipsis marking a cut.
pub fn truncate(text: &str, max: usize) -> String {
    let text = text.trim();
    if text.chars().count() <= max {
        return text.to_string();
    }
    let cut: String = text.chars().take(max.saturating_sub(1)).collect();
    format!("{}…", cut.trim_end())
}
