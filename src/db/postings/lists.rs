//! Posting lists as Cairn holds them: a search's words, fetched for it, and every facet's values,
//! kept by each process and brought up to date by generation.

use super::query::WEIGHTS;
use crate::error::{AppError, AppResult};
use roaring::RoaringBitmap;
use std::collections::{BTreeMap, HashMap};

/// How many ids one row of a list holds: a roaring bitmap's container, so that a row is at most
/// 8 KiB and a change rewrites one row of each list it touches.
pub const CHUNK_BITS: u32 = 16;

/// The chunk of the rows of a list that holds a resource's id.
pub fn chunk_of(id: u32) -> i32 {
    (id >> CHUNK_BITS) as i32
}

pub fn to_bytes(list: &RoaringBitmap) -> Vec<u8> {
    let mut bytes = Vec::with_capacity(list.serialized_size());
    list.serialize_into(&mut bytes).expect("writing to memory");
    bytes
}

pub fn from_bytes(bytes: &[u8]) -> AppResult<RoaringBitmap> {
    RoaringBitmap::deserialize_from(bytes)
        .map_err(|err| AppError::internal(anyhow::anyhow!("search engine: an unreadable posting list: {err}")))
}

/// The lists of a search's words: each word's resources at each weight.
#[derive(Default)]
pub struct Lists {
    words: HashMap<String, [RoaringBitmap; 4]>,
}

impl Lists {
    /// Adds a row of a word's list at a weight.
    pub fn add(&mut self, token: String, weight: &str, chunk: RoaringBitmap) {
        let Some(at) = WEIGHTS.iter().position(|w| weight.starts_with(*w)) else { return };
        self.words.entry(token).or_default()[at] |= chunk;
    }

    /// The resources that hold `lexeme` (with `prefix`, any word it begins) at any of `weights`
    /// (any weight when empty).
    pub fn word(&self, lexeme: &str, prefix: bool, weights: &[char]) -> RoaringBitmap {
        let at = |weight: &char| WEIGHTS.iter().position(|w| w == weight);
        let chosen: Vec<usize> = match weights.is_empty() {
            true => (0..WEIGHTS.len()).collect(),
            false => weights.iter().filter_map(at).collect(),
        };
        let mut found = RoaringBitmap::new();
        let mut take = |lists: &[RoaringBitmap; 4]| chosen.iter().for_each(|i| found |= &lists[*i]);
        match prefix {
            false => self.words.get(lexeme).into_iter().for_each(&mut take),
            true => self.words.iter().filter(|(w, _)| w.starts_with(lexeme)).for_each(|(_, lists)| take(lists)),
        }
        found
    }
}

/// Every facet value's list, as of a generation of the lists.
#[derive(Default)]
pub struct FacetLists {
    pub generation: i64,
    pub lists: BTreeMap<String, RoaringBitmap>,
}

impl FacetLists {
    /// Puts a row written since in place of the chunk it holds.
    pub fn replace(&mut self, token: String, chunk: i32, ids: RoaringBitmap) {
        let list = self.lists.entry(token).or_default();
        let start = (chunk as u32) << CHUNK_BITS;
        list.remove_range(start..=start | ((1 << CHUNK_BITS) - 1));
        *list |= ids;
    }

    /// The lists whose tokens start with `prefix`, in the order of their tokens.
    pub fn starting_with(&self, prefix: &str) -> impl DoubleEndedIterator<Item = (&str, &RoaringBitmap)> {
        // Tokens are ASCII: none that starts with `prefix` sorts after it followed by U+10FFFF.
        self.lists.range(prefix.to_string()..format!("{prefix}\u{10FFFF}")).map(|(token, list)| (token.as_str(), list))
    }

    /// The union of the lists of `tokens`.
    pub fn any_of(&self, tokens: &[String]) -> RoaringBitmap {
        tokens.iter().filter_map(|t| self.lists.get(t)).fold(RoaringBitmap::new(), |mut any, list| {
            any |= list;
            any
        })
    }
}
