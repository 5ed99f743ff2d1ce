//! The search query parser: any query string parses, stays within its limits and round-trips.
#![no_main]

use cairn::domain::search::{SearchQuery, terms};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|raw: &str| {
    let query = SearchQuery::from_query_string(raw);
    assert!((1..=100).contains(&query.limit));
    assert_eq!(SearchQuery::from_query_string(&query.to_query_string(true)), query);
    let words = terms(raw);
    assert!(words.include.len() + words.exclude.len() <= 20);
});
