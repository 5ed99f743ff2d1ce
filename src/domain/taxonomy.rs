//! The taxonomy, read once from `assets/taxonomy.toml`.

use crate::error::Problems;
use serde::Deserialize;
use std::sync::LazyLock;

#[derive(Debug, Deserialize)]
pub struct Term<Id> {
    pub id: Id,
    pub label: String,
}

#[derive(Debug, Deserialize)]
pub struct Taxonomy {
    pub kinds: Vec<Term<String>>,
    pub sectors: Vec<Term<String>>,
    pub phases: Vec<Term<i32>>,
    pub languages: Vec<String>,
    pub licenses: Vec<String>,
}

pub static TAXONOMY: LazyLock<Taxonomy> = LazyLock::new(|| {
    toml::from_str(include_str!("../../assets/taxonomy.toml"))
        .expect("assets/taxonomy.toml is valid (a unit test checks)")
});

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
                problems.add("sectors", format!("{sector} is not a sector Cairn knows"));
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

    pub fn knows_language(&self, tag: &str) -> bool {
        let primary = tag.split('-').next().unwrap_or_default().to_ascii_lowercase();
        self.languages.contains(&primary)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn taxonomy_file_loads() {
        assert_eq!(TAXONOMY.kinds.len(), 6);
        assert_eq!(TAXONOMY.sectors.len(), 6);
        assert_eq!(TAXONOMY.phase_label(4), Some("Act"));
        assert!(TAXONOMY.knows_language("fr-BE"));
        assert!(!TAXONOMY.knows_language("xx"));
        assert_eq!(TAXONOMY.sector_mask(&["built_environment", "mobility", "nonsense"]), 0b101);
        assert_eq!(TAXONOMY.phase_mask(&[1, 6]), 0b100001);
    }
}
