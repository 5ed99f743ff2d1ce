//! The taxonomy, read once from `assets/taxonomy.toml`, its labels in every interface language
//! (`templates/locales/*/data.ftl`).

use crate::error::Problems;
use cairn_templates::i18n::{Localized, Translatable, t_with};
use serde::Deserialize;

#[derive(Debug, Clone, Deserialize)]
pub struct Term<Id> {
    pub id: Id,
    pub label: String,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Taxonomy {
    pub kinds: Vec<Term<String>>,
    pub sectors: Vec<Term<String>>,
    pub phases: Vec<Term<i32>>,
    pub languages: Vec<String>,
    pub licenses: Vec<String>,
}

pub static TAXONOMY: Localized<Taxonomy> =
    Localized::new(|| super::localized_asset(include_str!("../../assets/taxonomy.toml"), "assets/taxonomy.toml"));

impl Translatable for Taxonomy {
    fn texts_mut(&mut self) -> Vec<(String, &mut String)> {
        let kinds = self.kinds.iter_mut().map(|k| (format!("kind-{}", k.id), &mut k.label));
        let sectors = self.sectors.iter_mut().map(|s| (format!("sector-{}", s.id), &mut s.label));
        let phases = self.phases.iter_mut().map(|p| (format!("phase-{}", p.id), &mut p.label));
        kinds.chain(sectors).chain(phases).collect()
    }
}

impl Taxonomy {
    pub fn kind_label(&self, id: &str) -> Option<&str> {
        self.kinds.iter().find(|t| t.id == id).map(|t| t.label.as_str())
    }
    pub fn sector_label(&self, id: &str) -> Option<&str> {
        self.sectors.iter().find(|t| t.id == id).map(|t| t.label.as_str())
    }
    /// The chosen sectors, each once, in the order chosen; each unknown one is a problem of
    /// the `sectors` field.
    pub fn chosen_sectors(&self, chosen: &[String], problems: &mut Problems) -> Vec<String> {
        let mut sectors: Vec<String> = Vec::new();
        for sector in chosen {
            if self.sector_label(sector).is_none() {
                problems.add("sectors", t_with("is-not-a-sector-cairn-knows", &[("sector", sector.clone().into())]));
            } else if !sectors.contains(sector) {
                sectors.push(sector.clone());
            }
        }
        sectors
    }
    pub fn phase_label(&self, id: i32) -> Option<&str> {
        self.phases.iter().find(|t| t.id == id).map(|t| t.label.as_str())
    }
    /// Sectors as bits (in the order of the data file), so a resource's sectors fit one column
    /// that search can filter and count without a join.
    pub fn sector_mask<S: AsRef<str>>(&self, sectors: &[S]) -> i64 {
        sectors
            .iter()
            .filter_map(|s| self.sectors.iter().position(|t| t.id == s.as_ref()))
            .fold(0, |mask, bit| mask | (1 << bit))
    }

    /// The phases' bits (0–7) of a resource's map mask, whose other bits are steps and tool types.
    pub fn phase_mask(&self, phases: &[i32]) -> i64 {
        phases.iter().filter(|p| (1..=8).contains(*p)).fold(0, |mask, p| mask | (1 << (p - 1)))
    }

    /// The sectors whose bits are set, in the taxonomy's order.
    pub fn sectors_in_mask(&self, mask: i64) -> Vec<String> {
        self.sectors.iter().enumerate().filter(|(bit, _)| mask & (1 << bit) != 0).map(|(_, s)| s.id.clone()).collect()
    }

    /// The phases whose bits are set in a map mask, in order.
    pub fn phases_in_mask(&self, mask: i64) -> Vec<i32> {
        self.phases.iter().map(|p| p.id).filter(|p| (1..=8).contains(p) && mask & (1 << (p - 1)) != 0).collect()
    }

    /// Whether `tag` is a language tag (letters, digits and '-', at most 20) of a language known.
    pub fn knows_language(&self, tag: &str) -> bool {
        let tag_like = tag.len() <= 20 && tag.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
        tag_like && self.languages.contains(&primary_language(tag))
    }

    /// The languages' bits of a resource's `languages_mask`, by the primary tag; the list's order
    /// is fixed, as stored masks depend on it.
    pub fn language_mask<S: AsRef<str>>(&self, tags: &[S]) -> i64 {
        tags.iter()
            .filter_map(|tag| self.languages.iter().position(|l| *l == primary_language(tag.as_ref())))
            .fold(0, |mask, bit| mask | (1 << bit))
    }
}

/// The languages a text may be written in, each with its name in itself, for forms' selects.
pub static LANGUAGE_CHOICES: std::sync::LazyLock<Vec<(String, String)>> =
    std::sync::LazyLock::new(|| TAXONOMY.languages.iter().map(|tag| (tag.clone(), endonym(tag))).collect());

/// A language's name in itself (`Deutsch`), the same in every interface language, or the tag.
pub fn endonym(tag: &str) -> String {
    let name = match primary_language(tag).as_str() {
        "bg" => "български",
        "ca" => "català",
        "cs" => "čeština",
        "cy" => "Cymraeg",
        "da" => "dansk",
        "de" => "Deutsch",
        "el" => "Ελληνικά",
        "en" => "English",
        "es" => "español",
        "et" => "eesti",
        "eu" => "euskara",
        "fi" => "suomi",
        "fr" => "français",
        "ga" => "Gaeilge",
        "gl" => "galego",
        "hr" => "hrvatski",
        "hu" => "magyar",
        "is" => "íslenska",
        "it" => "italiano",
        "lb" => "Lëtzebuergesch",
        "lt" => "lietuvių",
        "lv" => "latviešu",
        "mk" => "македонски",
        "mt" => "Malti",
        "nl" => "Nederlands",
        "no" => "norsk",
        "pl" => "polski",
        "pt" => "português",
        "ro" => "română",
        "sk" => "slovenčina",
        "sl" => "slovenščina",
        "sq" => "shqip",
        "sr" => "српски",
        "sv" => "svenska",
        "tr" => "Türkçe",
        "uk" => "українська",
        _ => return tag.to_string(),
    };
    name.to_string()
}

/// A language tag's primary language, lower case: `de` for `de-AT`.
pub fn primary_language(tag: &str) -> String {
    tag.trim().split('-').next().unwrap_or_default().to_ascii_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;
    use cairn_templates::i18n;

    #[test]
    fn language_bits_never_move() {
        // Stored masks, and migration 000026 that filled them, depend on these places.
        let frozen = "bg ca cs cy da de el en es et eu fi fr ga gl hr hu is it lb lt lv mk mt nl no pl pt ro sk sl sq sr sv tr uk";
        assert_eq!(TAXONOMY.languages[..36].join(" "), frozen);
        assert_eq!(TAXONOMY.language_mask(&["en-GB", "de", "xx"]), (1 << 7) | (1 << 5));
        assert_eq!(endonym("de-AT"), "Deutsch");
        assert_eq!(TAXONOMY.sectors_in_mask(TAXONOMY.sector_mask(&["mobility", "energy_systems"])).len(), 2);
        assert_eq!(TAXONOMY.phases_in_mask(TAXONOMY.phase_mask(&[6, 2])), vec![2, 6]);
    }

    /// Every fixed text with its message id: the taxonomy, the Transition Map and Explore.
    fn english_data() -> Vec<(String, String)> {
        use crate::domain::transition::{EXPLORE, TRANSITION_MAP};
        let mut all = TAXONOMY.english().english_texts();
        all.extend(TRANSITION_MAP.english().english_texts());
        all.extend(EXPLORE.english().english_texts());
        all
    }

    #[test]
    fn the_english_data_catalogue_says_what_the_assets_say() {
        let catalogue = cairn_templates::i18n::DATA_SOURCES[0].1;
        let ids: Vec<&str> = catalogue.lines().filter_map(|l| l.split_once(" = ").map(|(id, _)| id)).collect();
        let data = english_data();
        assert_eq!(ids, data.iter().map(|(id, _)| id.as_str()).collect::<Vec<_>>(), "same messages, same order");
        for (id, english) in &data {
            assert_eq!(i18n::data_text(i18n::Language::En, id), Some(english.as_str()), "{id}");
        }
    }

    #[tokio::test]
    async fn fixed_data_reads_in_the_language_being_written() {
        use crate::domain::transition::{EXPLORE, TRANSITION_MAP};
        use i18n::Language;
        for language in Language::ALL {
            let (step, tool, sector) = i18n::in_language(language, async {
                let (_, step) = TRANSITION_MAP.step("political-mandate").unwrap();
                let (_, tool) = EXPLORE.tool("district-heating").unwrap();
                (step.title.clone(), tool.name.clone(), TAXONOMY.sector_label("mobility").unwrap().to_string())
            })
            .await
            .0;
            let expected = |id| i18n::data_text(language, id).unwrap().to_string();
            assert_eq!(step, expected("step-political-mandate-title"));
            assert_eq!(tool, expected("tool-district-heating-name"));
            assert_eq!(sector, expected("sector-mobility"));
            if language != Language::En {
                assert_ne!(step, "Win a political mandate", "{} has its own words", language.code());
            }
        }
        // The ids, and so the stored masks, do not depend on the language.
        assert_eq!(
            TRANSITION_MAP.step_mask(&["political-mandate"]),
            TRANSITION_MAP.english().step_mask(&["political-mandate"])
        );
    }

    #[test]
    fn taxonomy_file_loads() {
        assert_eq!(TAXONOMY.kinds.len(), 6);
        assert_eq!(TAXONOMY.sectors.len(), 6);
        assert_eq!(TAXONOMY.phase_label(4), Some("Act"));
        assert!(TAXONOMY.knows_language("fr-BE"));
        assert!(!TAXONOMY.knows_language("xx"));
        assert!(!TAXONOMY.knows_language("fr_BE") && !TAXONOMY.knows_language("fr-<b>"));
        assert_eq!(TAXONOMY.sector_mask(&["built_environment", "mobility", "nonsense"]), 0b101);
        assert_eq!(TAXONOMY.phase_mask(&[1, 6]), 0b100001);
    }
}
