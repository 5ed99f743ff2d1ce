//! The versions in other languages of a resource, an event or a group: their rules, kept once
//! for all three, and which one a reader is shown.

use super::{
    markup::{html_to_paragraphs, render_markdown, sanitize_html},
    resource::text,
    taxonomy::{TAXONOMY, primary_language},
};
use crate::error::Problems;
use cairn_templates::i18n::{t, t_with};
use serde::{Deserialize, Serialize};

/// The same resource, event or group in another language (a group's name is its `title`, its
/// description its `body`), written by its author.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(default)]
pub struct Translation {
    /// A language tag (`de`, `pt-BR`), not the original's.
    pub language: String,
    pub title: String,
    /// A resource's summary (an event's and a group's versions have none).
    pub summary: String,
    /// Markdown, as written, and empty for a version from another server, which sends HTML; a
    /// group's description is plain text, read out of another server's HTML too.
    pub body: String,
    /// The body as sanitised HTML, made from `body` (never read from a caller: only another
    /// server's versions come as HTML, read from its `contentMap`); empty for a group's.
    #[serde(skip_deserializing)]
    #[schema(read_only)]
    pub body_html: String,
}

/// The versions kept in a JSON column, their HTML included (which callers never send, so
/// `Translation` does not read it).
pub fn stored_translations(json: &str) -> Vec<Translation> {
    #[derive(Deserialize)]
    struct Stored {
        language: String,
        title: String,
        #[serde(default)]
        summary: String,
        #[serde(default)]
        body: String,
        #[serde(default)]
        body_html: String,
    }
    let stored: Vec<Stored> = serde_json::from_str(json).unwrap_or_default();
    stored
        .into_iter()
        .map(|s| Translation {
            language: s.language,
            title: s.title,
            summary: s.summary,
            body: s.body,
            body_html: s.body_html,
        })
        .collect()
}

/// More versions than the EU has official languages is not a translation.
pub const MAX_TRANSLATIONS: usize = 24;

/// How long a version's texts may be, as the original's.
#[derive(Debug, Clone, Copy)]
pub struct VersionRules {
    /// The fewest and most characters of a title (a group's name).
    pub title_chars: (usize, usize),
    /// Whether it has a summary (a resource's versions do; an event's and a group's do not).
    pub summary: bool,
    pub body_max: usize,
    /// Whether the body is Markdown shown as HTML (resources, events) or plain text (a group's
    /// description, which another server's HTML is read into).
    pub body_markdown: bool,
}

/// The versions in other languages that meet the rules, each named by its language in any
/// problem. A version with nothing filled in (the form's empty one) is left out.
pub fn check_translations(
    original: &str,
    versions: &[Translation],
    rules: VersionRules,
    problems: &mut Problems,
) -> Vec<Translation> {
    let blank = |v: &Translation| {
        [&v.language, &v.title, &v.summary, &v.body, &v.body_html].iter().all(|text| text.trim().is_empty())
    };
    // The form's empty set is not a version.
    let versions: Vec<&Translation> = versions.iter().filter(|v| !blank(v)).collect();
    if versions.len() > MAX_TRANSLATIONS {
        problems.add("translations", t_with("add-at-most-translations", &[("max", MAX_TRANSLATIONS.into())]));
    }
    let mut kept: Vec<Translation> = Vec::new();
    for version in versions.into_iter().take(MAX_TRANSLATIONS) {
        let language = version.language.trim();
        let problem = |message: String| {
            t_with(
                "translation-problem",
                &[("language", language.chars().take(20).collect::<String>().into()), ("problem", message.into())],
            )
        };
        if !TAXONOMY.knows_language(language) {
            problems.add("translations", problem(t("choose-a-language-e-g-en-fr").to_string()));
            continue;
        }
        if primary_language(language) == primary_language(original) {
            problems.add("translations", problem(t("a-translation-is-in-another-language").to_string()));
            continue;
        }
        if kept.iter().any(|k| primary_language(&k.language) == primary_language(language)) {
            problems.add("translations", problem(t("this-language-has-a-translation-already").to_string()));
            continue;
        }
        let mut field = |value: &str, min: usize, max: usize| match text("translations", value, min, max) {
            Ok(value) => Some(value),
            Err(err) => {
                problems.add("translations", problem(err.message));
                None
            }
        };
        let summary = match rules.summary {
            true => field(&version.summary, 1, 1000),
            false => Some(String::new()),
        };
        // Plain text is read out of another server's HTML; Markdown is kept as written.
        let body = match version.body.trim().is_empty() && !rules.body_markdown {
            true => html_to_paragraphs(&version.body_html),
            false => version.body.clone(),
        };
        let (min, max) = rules.title_chars;
        let (Some(title), Some(summary), Some(body)) =
            (field(&version.title, min, max), summary, field(&body, 0, rules.body_max))
        else {
            continue;
        };
        // Written here in Markdown; from another server, as HTML.
        let body_html = match (rules.body_markdown, body.is_empty()) {
            (false, _) => String::new(),
            (true, true) => sanitize_html(&version.body_html),
            (true, false) => render_markdown(&body),
        };
        kept.push(Translation { language: language.to_string(), title, summary, body, body_html });
    }
    kept
}

/// The version a reader is shown: the language asked for (a link of the page's switcher), else
/// the interface's language, else the original (`None`).
pub fn version_for<'v>(
    original: &str,
    versions: &'v [Translation],
    asked: Option<&str>,
    interface: &str,
) -> Option<&'v Translation> {
    let find = |language: &str| {
        let primary = primary_language(language);
        (primary != primary_language(original))
            .then(|| versions.iter().find(|v| primary_language(&v.language) == primary))
            .flatten()
    };
    match asked.filter(|a| !a.trim().is_empty()) {
        Some(asked) => find(asked),
        None => find(interface),
    }
}
