//! Counting every facet over the matches of a search, from the index's columns: per segment by
//! the columns' own numbers (term ordinals, mask bits), named once at the segment's end.

use std::collections::HashMap;
use tantivy::{
    DocId, Score, SegmentOrdinal, SegmentReader,
    collector::{Collector, SegmentCollector},
    columnar::{ColumnValues, StrColumn},
};

/// How many matches there are, and how many have each value of each facet.
#[derive(Debug, PartialEq)]
pub struct FacetCounts {
    pub total: i64,
    pub kinds: HashMap<String, i64>,
    pub countries: HashMap<String, i64>,
    pub origins: HashMap<String, i64>,
    pub years: HashMap<i64, i64>,
    /// Per mask, how many matches have each bit set.
    pub sectors: [i64; 64],
    pub map: [i64; 64],
    pub languages: [i64; 64],
}

impl Default for FacetCounts {
    fn default() -> FacetCounts {
        FacetCounts {
            total: 0,
            kinds: HashMap::new(),
            countries: HashMap::new(),
            origins: HashMap::new(),
            years: HashMap::new(),
            sectors: [0; 64],
            map: [0; 64],
            languages: [0; 64],
        }
    }
}

impl FacetCounts {
    fn add(&mut self, other: FacetCounts) {
        self.total += other.total;
        for (mine, theirs) in
            [(&mut self.kinds, other.kinds), (&mut self.countries, other.countries), (&mut self.origins, other.origins)]
        {
            for (value, n) in theirs {
                *mine.entry(value).or_default() += n;
            }
        }
        for (year, n) in other.years {
            *self.years.entry(year).or_default() += n;
        }
        for (mine, theirs) in
            [(&mut self.sectors, other.sectors), (&mut self.map, other.map), (&mut self.languages, other.languages)]
        {
            mine.iter_mut().zip(theirs).for_each(|(m, t)| *m += t);
        }
    }
}

/// The collector of [`FacetCounts`].
pub struct Counting;

/// A text column's counts by term ordinal, named when the segment is done.
struct ByOrdinal {
    column: Option<StrColumn>,
    counts: Vec<i64>,
}

impl ByOrdinal {
    fn of(segment: &SegmentReader, field: &str) -> tantivy::Result<ByOrdinal> {
        let column = segment.fast_fields().str(field)?;
        let counts = vec![0; column.as_ref().map_or(0, |c| c.num_terms())];
        Ok(ByOrdinal { column, counts })
    }

    fn count(&mut self, doc: DocId) {
        if let Some(column) = &self.column {
            for ordinal in column.term_ords(doc) {
                self.counts[ordinal as usize] += 1;
            }
        }
    }

    fn named(self) -> HashMap<String, i64> {
        let mut named = HashMap::new();
        let Some(column) = self.column else { return named };
        for (ordinal, n) in self.counts.into_iter().enumerate().filter(|(_, n)| *n > 0) {
            let mut value = String::new();
            if column.ord_to_str(ordinal as u64, &mut value).unwrap_or(false) {
                named.insert(value, n);
            }
        }
        named
    }
}

type Numbers = std::sync::Arc<dyn ColumnValues<i64>>;

pub struct SegmentCounting {
    counts: FacetCounts,
    kinds: ByOrdinal,
    countries: ByOrdinal,
    origins: ByOrdinal,
    year: Numbers,
    masks: [Numbers; 3],
}

impl Collector for Counting {
    type Fruit = FacetCounts;
    type Child = SegmentCounting;

    fn for_segment(&self, _: SegmentOrdinal, segment: &SegmentReader) -> tantivy::Result<SegmentCounting> {
        let numbers =
            |field: &str| -> tantivy::Result<Numbers> { Ok(segment.fast_fields().i64(field)?.first_or_default_col(0)) };
        Ok(SegmentCounting {
            counts: FacetCounts::default(),
            kinds: ByOrdinal::of(segment, "kind")?,
            countries: ByOrdinal::of(segment, "country")?,
            origins: ByOrdinal::of(segment, "origin")?,
            year: numbers("year")?,
            masks: [numbers("sectors")?, numbers("map")?, numbers("languages")?],
        })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(&self, segments: Vec<FacetCounts>) -> tantivy::Result<FacetCounts> {
        let mut all = FacetCounts::default();
        segments.into_iter().for_each(|segment| all.add(segment));
        Ok(all)
    }
}

impl SegmentCollector for SegmentCounting {
    type Fruit = FacetCounts;

    fn collect(&mut self, doc: DocId, _: Score) {
        let counts = &mut self.counts;
        counts.total += 1;
        self.kinds.count(doc);
        self.countries.count(doc);
        self.origins.count(doc);
        *counts.years.entry(self.year.get_val(doc)).or_default() += 1;
        for (bits, mask) in [&mut counts.sectors, &mut counts.map, &mut counts.languages].into_iter().zip(&self.masks) {
            let mut mask = mask.get_val(doc) as u64;
            while mask != 0 {
                bits[mask.trailing_zeros() as usize] += 1;
                mask &= mask - 1;
            }
        }
    }

    fn harvest(self) -> FacetCounts {
        FacetCounts {
            kinds: self.kinds.named(),
            countries: self.countries.named(),
            origins: self.origins.named(),
            ..self.counts
        }
    }
}
