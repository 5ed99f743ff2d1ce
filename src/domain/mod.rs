//! Plain types and rules, no I/O. Validation lives here once and is called from the web forms,
//! the JSON API and the inbox alike.

pub mod accounts;
pub mod event;
pub mod finance;
pub mod group;
pub mod handle;
pub mod highlight;
pub mod markup;
pub mod media;
pub mod node;
/// The one rule for URLs that may become links or pictures (shared with the views).
pub use cairn_templates::links::web_link;
pub mod profile;
pub mod report;
pub mod resource;
pub mod search;
pub mod taxonomy;
pub mod transition;
pub mod translation;

/// A data file of `assets/` read in English and kept in every interface language; `file` names
/// it in the panic a unit test rules out.
pub(crate) fn localized_asset<T>(text: &str, file: &str) -> Vec<T>
where
    T: cairn_templates::i18n::Translatable + serde::de::DeserializeOwned,
{
    let english: T = toml::from_str(text).unwrap_or_else(|err| panic!("{file} is not valid: {err}"));
    cairn_templates::i18n::versions(english)
}
