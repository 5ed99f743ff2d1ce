//! Networking groups and their posts: the rules checked for the web form, the JSON API and
//! the inbox alike.

use super::{
    accounts::{GROUP_HANDLE, check_handle},
    resource::normalise_tag,
    taxonomy::TAXONOMY,
    translation::{Translation, VersionRules, check_translations},
};
use crate::error::{AppError, AppResult, Problems};
use cairn_templates::i18n::{t, t_with};
use serde::{Deserialize, Serialize};

pub const JOIN_MODES: &[&str] = &["open", "approval", "invite"];
pub const VISIBILITIES: &[&str] = &["public", "members"];
pub const ROLES: &[&str] = &["admin", "moderator", "member"];

/// A group as typed in the form or sent to the API.
#[derive(Debug, Clone, Default, Serialize, Deserialize, utoipa::ToSchema)]
pub struct GroupInput {
    #[serde(default)]
    pub handle: String,
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub description: String,
    #[serde(default)]
    pub sectors: Vec<String>,
    #[serde(default)]
    pub topics: Vec<String>,
    #[serde(default)]
    pub join_mode: String,
    #[serde(default)]
    pub visibility: String,
    /// The group's picture: one of the caller's uploads (`POST /api/v1/media`, an image); `[]`
    /// removes it; left out, the group keeps the one it has.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub media_ids: Option<Vec<i64>>,
    /// The language its name and description are written in (`fr`); left empty, the node's.
    #[serde(default)]
    pub language: String,
    /// Its name (`title`) and description (`body`, plain text) in other languages; no summary.
    #[serde(default)]
    pub translations: Vec<Translation>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ValidGroup {
    pub handle: String,
    pub name: String,
    pub description: String,
    pub sectors: Vec<String>,
    pub topics: Vec<String>,
    pub join_mode: String,
    pub visibility: String,
    pub language: String,
    pub translations: Vec<Translation>,
}

/// A version's name and description are bound as the group's own.
pub const GROUP_VERSIONS: VersionRules =
    VersionRules { title_chars: (2, 100), summary: false, body_max: 5000, body_markdown: false };

/// The group as it will be kept, or every problem with it at once; `node_language` stands for a
/// language left empty.
pub fn check_group(input: &GroupInput, node_language: &str) -> AppResult<ValidGroup> {
    let mut problems = Problems::default();
    let handle = check_handle(&input.handle.to_ascii_lowercase(), &GROUP_HANDLE);
    let handle = problems.keep(handle)?.unwrap_or_default();
    let name = input.name.trim().to_string();
    if !(2..=100).contains(&name.chars().count()) {
        problems.add("name", t("a-group-name-has-2-to-100"));
    }
    let description = input.description.trim().to_string();
    if description.chars().count() > 5000 {
        problems.add("description", t("keep-the-description-under-5000-characters"));
    }
    let sectors = TAXONOMY.chosen_sectors(&input.sectors, &mut problems);
    let mut topics = Vec::new();
    for topic in input.topics.iter().map(|t| normalise_tag(t)) {
        if !topic.is_empty() && !topics.contains(&topic) {
            topics.push(topic);
        }
    }
    if topics.iter().any(|t| t.chars().count() > 50) {
        problems.add("topics", t("keep-each-topic-under-50-characters"));
    }
    if topics.len() > 20 {
        problems.add("topics", t("use-at-most-20-topics"));
    }
    let join_mode = if input.join_mode.is_empty() { "open".to_string() } else { input.join_mode.clone() };
    if !JOIN_MODES.contains(&join_mode.as_str()) {
        problems.add("join_mode", t("choose-open-approval-or-invite"));
    }
    let visibility = if input.visibility.is_empty() { "public".to_string() } else { input.visibility.clone() };
    if !VISIBILITIES.contains(&visibility.as_str()) {
        problems.add("visibility", t("choose-public-or-members"));
    }
    let language = match input.language.trim() {
        "" => node_language.to_string(),
        given => given.to_string(),
    };
    if !TAXONOMY.knows_language(&language) {
        problems.add("language", t("choose-a-language-e-g-en-fr"));
    }
    let translations = check_translations(&language, &input.translations, GROUP_VERSIONS, &mut problems);
    problems.finish()?;
    Ok(ValidGroup { handle, name, description, sectors, topics, join_mode, visibility, language, translations })
}

pub const MAX_POST_CHARS: usize = 5000;
/// Files one post may carry (as on Mastodon).
pub const MAX_POST_FILES: usize = 4;

/// What a post mentions and tags, read from its text: `@name@host` (or `@name` for this
/// node) and `#word`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PostText {
    pub content: String,
    pub mentions: Vec<String>,
    pub hashtags: Vec<String>,
}

pub fn check_post(content: &str, files: usize) -> AppResult<PostText> {
    let content = content.trim().to_string();
    // A photo may speak for itself, as on Mastodon; an empty post may not.
    if content.is_empty() && files == 0 {
        return Err(AppError::invalid("content", t("write-something-or-attach-a-file")));
    }
    if files > MAX_POST_FILES {
        return Err(AppError::invalid(
            "media_ids",
            t_with("attach-at-most-files-to-a-post", &[("count", MAX_POST_FILES.into())]),
        ));
    }
    if content.chars().count() > MAX_POST_CHARS {
        return Err(AppError::invalid(
            "content",
            t_with("keep-posts-under-characters", &[("max", MAX_POST_CHARS.into())]),
        ));
    }
    let mut mentions = Vec::new();
    let mut hashtags = Vec::new();
    for word in content.split(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | '(' | ')')) {
        let word = word.trim_end_matches(['.', '!', '?', ':']);
        if let Some(handle) = word.strip_prefix('@') {
            let parts: Vec<&str> = handle.split('@').collect();
            let valid = !parts.is_empty()
                && parts.len() <= 2
                && parts.iter().all(|p| !p.is_empty())
                && parts[0].chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '.' || c == '-');
            if valid && !mentions.contains(&word.to_string()) && mentions.len() < 20 {
                mentions.push(word.to_string());
            }
        } else if let Some(tag) = word.strip_prefix('#') {
            let tag: String = tag.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
            let tag = tag.to_lowercase();
            if !tag.is_empty() && !hashtags.contains(&tag) && hashtags.len() < 20 {
                hashtags.push(tag);
            }
        }
    }
    Ok(PostText { content, mentions, hashtags })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn valid() -> GroupInput {
        GroupInput {
            handle: "heat_planners".into(),
            name: "Heat planners".into(),
            description: "Cities planning heat networks.".into(),
            sectors: vec!["energy_systems".into()],
            topics: vec!["#District Heating".into(), "district heating".into()],
            join_mode: "approval".into(),
            visibility: "members".into(),
            media_ids: None,
            language: String::new(),
            translations: vec![Translation {
                language: "fr".into(),
                title: "Réseaux de chaleur".into(),
                body: "Des villes qui planifient.\n\nEnsemble.".into(),
                ..Translation::default()
            }],
        }
    }

    #[test]
    fn groups_are_checked_and_normalised() {
        let group = check_group(&valid(), "en").unwrap();
        assert_eq!(group.topics, ["district heating"]);
        assert_eq!(group.language, "en", "an empty language is the node's");
        assert_eq!(group.translations[0].body, "Des villes qui planifient.\n\nEnsemble.", "kept as plain text");
        assert_eq!(group.translations[0].body_html, "");
        let cases = [
            (GroupInput { handle: "Heat Planners!".into(), ..valid() }, "handle"),
            (GroupInput { handle: "admin".into(), ..valid() }, "handle"),
            (GroupInput { name: "x".into(), ..valid() }, "name"),
            (GroupInput { sectors: vec!["space".into()], ..valid() }, "sectors"),
            (GroupInput { join_mode: "lottery".into(), ..valid() }, "join_mode"),
            (GroupInput { visibility: "secret".into(), ..valid() }, "visibility"),
            (GroupInput { language: "xx".into(), ..valid() }, "language"),
            (GroupInput { language: "fr".into(), ..valid() }, "translations"),
        ];
        for (input, field) in cases {
            assert_eq!(check_group(&input, "en").unwrap_err().field.as_deref(), Some(field));
        }
        let short = Translation { language: "de".into(), title: "W".into(), ..Translation::default() };
        let err = check_group(&GroupInput { translations: vec![short], ..valid() }, "en").unwrap_err();
        assert!(err.message.contains("“de”"), "{}", err.message);
        let from_elsewhere = Translation {
            language: "de".into(),
            title: "Wärmeplanung".into(),
            body_html: "<p>Erste <b>Zeile</b></p><p>Zweite</p>".into(),
            ..Translation::default()
        };
        let group = check_group(&GroupInput { translations: vec![from_elsewhere], ..valid() }, "en").unwrap();
        assert_eq!(group.translations[0].body, "Erste Zeile\n\nZweite", "another server's HTML read as text");
    }

    #[test]
    fn posts_carry_their_mentions_and_hashtags() {
        let post = check_post("Thanks @ben@gent.example and @anna! See #HeatPumps, #heatpumps.", 0).unwrap();
        assert_eq!(post.mentions, ["@ben@gent.example", "@anna"]);
        assert_eq!(post.hashtags, ["heatpumps"]);
        assert_eq!(check_post("  ", 0).unwrap_err().field.as_deref(), Some("content"));
        assert_eq!(check_post(&"x".repeat(MAX_POST_CHARS + 1), 0).unwrap_err().field.as_deref(), Some("content"));
        assert!(check_post("  ", 1).is_ok(), "a photo may be posted alone");
        assert_eq!(check_post("", MAX_POST_FILES + 1).unwrap_err().field.as_deref(), Some("media_ids"));
    }
}
