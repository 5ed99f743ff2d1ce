//! A search as the engine's query: the words (`domain::search::terms`) in the text fields, each
//! field weighted as FTS5's bm25 weighed its columns, and the facets chosen as filters that
//! weigh nothing.

use super::Fields;
use crate::domain::{
    search::{Clause, SearchQuery, terms},
    taxonomy::TAXONOMY,
    transition::{EXPLORE, TRANSITION_MAP},
};
use tantivy::{
    DocId, DocSet, Score, SegmentReader, Term,
    query::{
        AllQuery, BooleanQuery, BoostQuery, ConstScoreQuery, EmptyQuery, EnableScoring, Explanation, Occur,
        PhrasePrefixQuery, PhraseQuery, Query, Scorer, TermQuery, TermSetQuery, Weight,
    },
    schema::IndexRecordOption,
    tokenizer::TextAnalyzer,
};

/// How many indexed words a beginning (`retro*`) may stand for. Tantivy's default, 50, left out
/// words that sort after the 50th (`ener*`); this bounds what one or two letters cost.
const EXPANSIONS: u32 = 20_000;

/// A filter's token: a one-letter prefix for what it filters by, and the value.
pub(super) fn filter(prefix: char, value: impl std::fmt::Display) -> String {
    format!("{prefix}:{value}")
}

/// A filter's token for each bit set in `mask` (`s:0`, `s:4`).
pub(super) fn bit_filters(prefix: char, mask: i64) -> impl Iterator<Item = String> {
    (0..64).filter(move |bit| mask & (1i64 << bit) != 0).map(move |bit| filter(prefix, bit))
}

/// The engine's query for `query`, leaving out the resources of `withdrawn` accounts unless it
/// asks for one account's.
pub(super) fn build(
    fields: &Fields,
    analyzer: &mut TextAnalyzer,
    query: &SearchQuery,
    withdrawn: &[i64],
) -> Box<dyn Query> {
    let terms = terms(&query.text);
    let mut parts: Vec<(Occur, Box<dyn Query>)> = Vec::new();
    for group in &terms.all_of {
        let any: Vec<(Occur, Box<dyn Query>)> =
            group.iter().map(|clause| (Occur::Should, clause_query(fields, analyzer, clause))).collect();
        parts.push((Occur::Must, Box::new(BooleanQuery::new(any))));
    }
    // What is left out only narrows a search with words, as on PostgreSQL.
    if !terms.all_of.is_empty() {
        for clause in &terms.none_of {
            parts.push((Occur::MustNot, clause_query(fields, analyzer, clause)));
        }
    }
    let mut any_of = |occur: Occur, tokens: Vec<String>| {
        if !tokens.is_empty() {
            let set = TermSetQuery::new(tokens.iter().map(|t| Term::from_field_text(fields.filters, t)));
            parts.push((occur, Box::new(ConstScoreQuery::new(Box::new(set), 0.0))));
        }
    };
    let values = |prefix: char, values: &[String]| values.iter().map(|v| filter(prefix, v)).collect::<Vec<_>>();
    any_of(Occur::Must, values('k', &query.kinds));
    any_of(Occur::Must, values('c', &query.countries));
    any_of(Occur::Must, values('o', &query.origins));
    any_of(Occur::Must, query.years.iter().map(|year| filter('y', year)).collect());
    let masks = [
        ('s', query.sectors.is_empty(), TAXONOMY.sector_mask(&query.sectors)),
        ('l', query.languages.is_empty(), TAXONOMY.language_mask(&query.languages)),
        ('m', query.phases.is_empty(), TAXONOMY.phase_mask(&query.phases)),
        ('m', query.steps.is_empty(), TRANSITION_MAP.step_mask(&query.steps)),
        ('m', query.tools.is_empty(), EXPLORE.tool_mask(&query.tools)),
    ];
    // Values chosen that the taxonomy does not know (an old step, a typo) match nothing.
    let mut unknown_chosen = false;
    for (prefix, unchosen, mask) in masks {
        unknown_chosen |= !unchosen && mask == 0;
        any_of(Occur::Must, bit_filters(prefix, mask).collect());
    }
    for tag in &query.tags {
        any_of(Occur::Must, vec![filter('t', tag.to_lowercase())]);
    }
    match query.author_id {
        Some(author) => any_of(Occur::Must, vec![filter('a', author)]),
        // The repository leaves out limited and suspended accounts; their own pages do not.
        None => any_of(Occur::MustNot, withdrawn.iter().map(|id| filter('a', id)).collect()),
    }
    if unknown_chosen {
        parts.push((Occur::Must, Box::new(EmptyQuery)));
    }
    if !parts.iter().any(|(occur, _)| *occur == Occur::Must) {
        parts.push((Occur::Must, Box::new(ConstScoreQuery::new(Box::new(AllQuery), 0.0))));
    }
    Box::new(BooleanQuery::new(parts))
}

/// A clause (a word, a phrase, a beginning) in any text field, weighted by the field.
fn clause_query(fields: &Fields, analyzer: &mut TextAnalyzer, clause: &Clause) -> Box<dyn Query> {
    let mut words = Vec::new();
    let text = clause.words.join(" ");
    let mut stream = analyzer.token_stream(&text);
    while let Some(token) = stream.next() {
        words.push((token.position, token.text.clone()));
    }
    if words.is_empty() {
        return Box::new(EmptyQuery);
    }
    let weighted = [(fields.title, 10.0), (fields.summary, 4.0), (fields.search_text, 1.0)];
    let any_field: Vec<(Occur, Box<dyn Query>)> = weighted
        .into_iter()
        .map(|(field, weight)| {
            let terms: Vec<(usize, Term)> =
                words.iter().map(|(position, word)| (*position, Term::from_field_text(field, word))).collect();
            let matched: Box<dyn Query> = match terms.as_slice() {
                _ if clause.prefix => {
                    let mut beginning = PhrasePrefixQuery::new_with_offset(terms);
                    beginning.set_max_expansions(EXPANSIONS);
                    Box::new(Forward(Box::new(beginning)))
                }
                [(_, term)] => Box::new(TermQuery::new(term.clone(), IndexRecordOption::WithFreqs)),
                _ => Box::new(Forward(Box::new(PhraseQuery::new_with_offset(terms)))),
            };
            (Occur::Should, Box::new(BoostQuery::new(matched, weight)) as Box<dyn Query>)
        })
        .collect();
    Box::new(BooleanQuery::new(any_field))
}

/// A query whose matches are only ever looked up forward of where they stand. Tantivy 0.27's
/// phrase scorers assume that an exclusion or an intersection never asks them for a document
/// before their first match (`seek_danger`), which a phrase left out (`-"gas boilers"`) does:
/// a debug build panics, and a release build is not promised an answer. Looked up this way, a
/// phrase is asked through `seek`, forward only.
#[derive(Debug)]
struct Forward(Box<dyn Query>);

impl Clone for Forward {
    fn clone(&self) -> Forward {
        Forward(self.0.box_clone())
    }
}

impl Query for Forward {
    fn weight(&self, scoring: EnableScoring<'_>) -> tantivy::Result<Box<dyn Weight>> {
        Ok(Box::new(ForwardWeight(self.0.weight(scoring)?)))
    }

    fn query_terms<'a>(&'a self, visitor: &mut dyn FnMut(&'a Term, bool)) {
        self.0.query_terms(visitor)
    }
}

struct ForwardWeight(Box<dyn Weight>);

impl Weight for ForwardWeight {
    fn scorer(&self, reader: &SegmentReader, boost: Score) -> tantivy::Result<Box<dyn Scorer>> {
        Ok(Box::new(ForwardScorer(self.0.scorer(reader, boost)?)))
    }

    fn explain(&self, reader: &SegmentReader, doc: DocId) -> tantivy::Result<Explanation> {
        self.0.explain(reader, doc)
    }
}

/// Every method but `seek_danger`, whose default looks up through `seek` when the target is ahead.
struct ForwardScorer(Box<dyn Scorer>);

impl DocSet for ForwardScorer {
    fn advance(&mut self) -> DocId {
        self.0.advance()
    }

    fn seek(&mut self, target: DocId) -> DocId {
        self.0.seek(target)
    }

    fn doc(&self) -> DocId {
        self.0.doc()
    }

    fn size_hint(&self) -> u32 {
        self.0.size_hint()
    }
}

impl Scorer for ForwardScorer {
    fn score(&mut self) -> Score {
        self.0.score()
    }
}
