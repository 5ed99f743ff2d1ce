//! Which language version of a resource, an event or a group a reader is shown, and the links to the
//! others.

use crate::domain::{
    resource::{Translation, stored_translations, version_for},
    taxonomy::endonym,
};
use cairn_templates::{components::VersionLink, i18n};

/// A text in the language it is shown in.
pub struct Shown {
    pub language: String,
    pub title: String,
    pub summary: String,
    pub body_html: String,
}

/// The version a reader is shown (see `domain::resource::version_for`) of an object whose
/// original is `original` and whose other versions are `stored` (its JSON column).
pub fn shown(original: Shown, stored: &str, asked: Option<&str>) -> Shown {
    match chosen(&original.language, stored, asked) {
        Some(version) => Shown {
            language: version.language,
            title: version.title,
            summary: version.summary,
            body_html: version.body_html,
        },
        None => original,
    }
}

/// The version in another language a reader is shown, if not the original.
pub fn chosen(original_language: &str, stored: &str, asked: Option<&str>) -> Option<Translation> {
    // Most objects have no translation: nothing to read.
    if stored == "[]" {
        return None;
    }
    let versions = stored_translations(stored);
    version_for(original_language, &versions, asked, i18n::current().code()).cloned()
}

/// The page's switcher: a link per language, each named in itself.
pub fn links(path: &str, original: &str, stored: &str, shown: &str) -> Vec<VersionLink> {
    let versions = stored_translations(stored);
    std::iter::once((original, true))
        .chain(versions.iter().map(|v| (v.language.as_str(), false)))
        .map(|(language, original)| VersionLink {
            name: endonym(language),
            url: format!(
                "{path}?version={}",
                url::form_urlencoded::byte_serialize(language.as_bytes()).collect::<String>()
            ),
            lang: language.to_string(),
            original,
            shown: language == shown,
        })
        .collect()
}

/// The language a page's query asks for (`?version=de`, the switcher's links).
pub fn asked(query: Option<&str>) -> Option<String> {
    url::form_urlencoded::parse(query.unwrap_or_default().as_bytes())
        .find(|(key, _)| key == "version")
        .map(|(_, language)| language.into_owned())
}
