//! An object's versions in several languages as the wire carries them: the plain fields in the
//! original's language, and `nameMap`/`summaryMap`/`contentMap` with every version.

use crate::{
    domain::{
        markup::html_to_text,
        taxonomy::{TAXONOMY, primary_language},
        translation::{MAX_TRANSLATIONS, Translation, VersionRules},
    },
    federation::protocol::{LanguageMap, attachment::truncate},
};

/// What another server sent about an object's languages.
pub struct WireVersions<'j> {
    pub language: Option<&'j String>,
    pub content: Option<&'j String>,
    pub name_map: Option<&'j LanguageMap>,
    pub summary_map: Option<&'j LanguageMap>,
    pub content_map: Option<&'j LanguageMap>,
}

impl WireVersions<'_> {
    /// The language it was written in: as it says, else the `contentMap` entry that equals
    /// `content`, else the map's first.
    pub fn original_language(&self) -> Option<String> {
        let map = self.content_map;
        self.language
            .cloned()
            .or_else(|| map?.iter().find(|(_, text)| Some(*text) == self.content).map(|(l, _)| l.clone()))
            .or_else(|| map?.keys().next().cloned())
            // Only names (a group without a description): the original's name comes first.
            .or_else(|| self.name_map?.keys().next().cloned())
    }

    /// The original's body: `content`, else its language's entry of `contentMap`, else the first.
    pub fn original_content(&self) -> Option<String> {
        let map = self.content_map;
        self.content
            .cloned()
            .or_else(|| map?.get(&self.original_language()?).cloned())
            .or_else(|| map?.values().next().cloned())
    }

    /// The other languages' versions, read as leniently as the original: a missing title or
    /// summary is the original's (`summary` is None for objects without one); one version per
    /// language, at most as many as Cairn keeps. Their HTML is sanitised when checked.
    pub fn translations(
        &self,
        original: &str,
        title: &str,
        summary: Option<&str>,
        rules: VersionRules,
    ) -> Vec<Translation> {
        let maps = [self.name_map, self.summary_map, self.content_map];
        // In the order sent, each once.
        let mut languages: Vec<&String> = Vec::new();
        for language in maps.iter().flatten().flat_map(|m| m.keys()) {
            if !languages.contains(&language) {
                languages.push(language);
            }
        }
        let mut seen = vec![primary_language(original)];
        let mut versions = Vec::new();
        for language in languages {
            let primary = primary_language(language);
            if !TAXONOMY.knows_language(language) || seen.contains(&primary) {
                continue;
            }
            seen.push(primary);
            // Plain text without control characters: a version never fails the checks that
            // would refuse the whole object.
            let entry = |map: Option<&LanguageMap>| {
                map.and_then(|m| m.get(language))
                    .map(|t| html_to_text(t).chars().filter(|c| !c.is_control()).collect::<String>())
            };
            let body_html = self.content_map.and_then(|m| m.get(language)).cloned().unwrap_or_default();
            let summary = summary.map(|original| {
                entry(self.summary_map)
                    .filter(|s| !s.is_empty())
                    .or_else(|| {
                        Some(html_to_text(&body_html)).filter(|s| !s.is_empty() && !s.contains(char::is_control))
                    })
                    .map_or_else(|| original.to_string(), |s| truncate(&s, 1000))
            });
            let (min, max) = rules.title_chars;
            let title = entry(self.name_map)
                .filter(|t| t.chars().count() >= min)
                .map_or_else(|| title.to_string(), |t| truncate(&t, max));
            versions.push(Translation {
                language: language.clone(),
                title,
                summary: summary.unwrap_or_default(),
                body: String::new(),
                body_html,
            });
            if versions.len() == MAX_TRANSLATIONS {
                break;
            }
        }
        versions
    }
}

/// The maps for an object: its original text first, then every version's.
pub fn by_language(
    original_language: &str,
    original: &str,
    versions: &[Translation],
    text: fn(&Translation) -> &String,
) -> LanguageMap {
    std::iter::once((original_language.to_string(), original.to_string()))
        .chain(versions.iter().map(|v| (v.language.clone(), text(v).clone())))
        .collect()
}
