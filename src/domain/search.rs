//! A search of the knowledge repository, as it appears in a bookmarkable URL.

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Sort {
    /// Best matches first (newest first when there is no text).
    #[default]
    Relevance,
    Newest,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct SearchQuery {
    pub text: String,
    pub kinds: Vec<String>,
    pub sectors: Vec<String>,
    pub phases: Vec<i32>,
    pub countries: Vec<String>,
    pub languages: Vec<String>,
    pub origins: Vec<String>,
    pub years: Vec<i32>,
    pub tags: Vec<String>,
    /// Transition Map steps (ids).
    pub steps: Vec<String>,
    /// Explore tool types (ids).
    pub tools: Vec<String>,
    pub author_id: Option<i64>,
    pub sort: Sort,
    pub limit: i64,
    pub offset: i64,
}

pub const MAX_QUERY_CHARS: usize = 200;
pub const DEFAULT_LIMIT: i64 = 20;
/// The deepest a page may start: far past any real repository, and far from overflowing.
pub const MAX_OFFSET: i64 = 1 << 40;
/// How deep the pages of a search in SQLite's engine go (words or facets chosen): it holds every
/// result before a page to rank it, so it answers no page past its 10,000th result (a narrower
/// search finds the rest). Pages are offered up to there (`db::search::SearchPage::reachable`).
pub const DEEPEST: i64 = 10_000;

impl SearchQuery {
    /// Reads `q=&kind=&sector=&phase=&country=&lang=&origin=&year=&tag=&step=&tool=&sort=&limit=&cursor=`;
    /// keys may repeat (values of one facet are alternatives). Unreadable values are dropped, so
    /// any URL gives a search.
    pub fn from_query_string(raw: &str) -> SearchQuery {
        let mut query = SearchQuery { limit: DEFAULT_LIMIT, ..Default::default() };
        for (key, value) in url::form_urlencoded::parse(raw.as_bytes()) {
            let value = value.trim().to_string();
            if value.is_empty() {
                continue;
            }
            match key.as_ref() {
                // Cut, then trimmed again: a cut can end on a space, which reading back trims.
                "q" => query.text = value.chars().take(MAX_QUERY_CHARS).collect::<String>().trim_end().to_string(),
                "kind" => push(&mut query.kinds, value),
                "sector" => push(&mut query.sectors, value),
                "phase" => value.parse().into_iter().for_each(|p| push(&mut query.phases, p)),
                "country" => push(&mut query.countries, value.to_ascii_uppercase()),
                "lang" | "language" => push(&mut query.languages, value),
                "origin" => push(&mut query.origins, value.to_ascii_lowercase()),
                "year" => value.parse().into_iter().for_each(|y| push(&mut query.years, y)),
                "tag" => match super::resource::normalise_tag(&value) {
                    // `tag=#` names no tag (found by the fuzzer: it searched for an empty one).
                    tag if tag.is_empty() => {}
                    tag => push(&mut query.tags, tag),
                },
                "step" => push(&mut query.steps, value),
                "tool" => push(&mut query.tools, value),
                "sort" => query.sort = if value == "newest" { Sort::Newest } else { Sort::Relevance },
                "limit" => query.limit = value.parse().unwrap_or(DEFAULT_LIMIT).clamp(1, 100),
                "cursor" => query.offset = value.parse().unwrap_or(0).clamp(0, MAX_OFFSET),
                _ => {}
            }
        }
        query
    }

    /// The query string that reproduces this search (without paging unless asked).
    pub fn to_query_string(&self, with_cursor: bool) -> String {
        let mut pairs: Vec<(&str, String)> = Vec::new();
        if !self.text.is_empty() {
            pairs.push(("q", self.text.clone()));
        }
        pairs.extend(self.kinds.iter().map(|v| ("kind", v.clone())));
        pairs.extend(self.sectors.iter().map(|v| ("sector", v.clone())));
        pairs.extend(self.phases.iter().map(|v| ("phase", v.to_string())));
        pairs.extend(self.countries.iter().map(|v| ("country", v.clone())));
        pairs.extend(self.languages.iter().map(|v| ("lang", v.clone())));
        pairs.extend(self.origins.iter().map(|v| ("origin", v.clone())));
        pairs.extend(self.years.iter().map(|v| ("year", v.to_string())));
        pairs.extend(self.tags.iter().map(|v| ("tag", v.clone())));
        pairs.extend(self.steps.iter().map(|v| ("step", v.clone())));
        pairs.extend(self.tools.iter().map(|v| ("tool", v.clone())));
        if self.sort == Sort::Newest {
            pairs.push(("sort", "newest".into()));
        }
        if self.limit != DEFAULT_LIMIT {
            pairs.push(("limit", self.limit.to_string()));
        }
        if with_cursor && self.offset > 0 {
            pairs.push(("cursor", self.offset.to_string()));
        }
        url::form_urlencoded::Serializer::new(String::new()).extend_pairs(pairs).finish()
    }

    /// The same search with one facet value switched on or off.
    pub fn toggled(&self, facet: &str, value: &str) -> SearchQuery {
        let mut next = SearchQuery { offset: 0, ..self.clone() };
        fn flip<T: PartialEq + Clone>(list: &mut Vec<T>, value: T) {
            if let Some(i) = list.iter().position(|v| *v == value) {
                list.remove(i);
            } else {
                list.push(value);
            }
        }
        match facet {
            "kind" => flip(&mut next.kinds, value.to_string()),
            "sector" => flip(&mut next.sectors, value.to_string()),
            "phase" => value.parse().into_iter().for_each(|p| flip(&mut next.phases, p)),
            "country" => flip(&mut next.countries, value.to_string()),
            "lang" => flip(&mut next.languages, value.to_string()),
            "origin" => flip(&mut next.origins, value.to_string()),
            "year" => value.parse().into_iter().for_each(|y| flip(&mut next.years, y)),
            "tag" => flip(&mut next.tags, value.to_string()),
            "step" => flip(&mut next.steps, value.to_string()),
            "tool" => flip(&mut next.tools, value.to_string()),
            _ => {}
        }
        next
    }

    pub fn is_selected(&self, facet: &str, value: &str) -> bool {
        match facet {
            "kind" => self.kinds.iter().any(|v| v == value),
            "sector" => self.sectors.iter().any(|v| v == value),
            "phase" => self.phases.iter().any(|v| v.to_string() == value),
            "country" => self.countries.iter().any(|v| v == value),
            "lang" => self.languages.iter().any(|v| v == value),
            "origin" => self.origins.iter().any(|v| v == value),
            "year" => self.years.iter().any(|v| v.to_string() == value),
            "step" => self.steps.iter().any(|v| v == value),
            "tool" => self.tools.iter().any(|v| v == value),
            _ => false,
        }
    }
}

fn push<T: PartialEq>(list: &mut Vec<T>, value: T) {
    if !list.contains(&value) && list.len() < 20 {
        list.push(value);
    }
}

/// The most clauses a search reads; the rest of a longer query is ignored.
pub const MAX_CLAUSES: usize = 20;

/// A word, or a phrase of words in their order; with `prefix`, its last word also matches the
/// words it begins ("retro*" finds "retrofit").
#[derive(Debug, Clone, PartialEq)]
pub struct Clause {
    pub words: Vec<String>,
    pub prefix: bool,
}

/// A free-text query read as people write web searches: words (every one wanted), "phrases",
/// `OR` between alternatives, `-word` and `-"phrase"` to leave out, `word*` for a beginning.
/// Anything else (an unbalanced quote, a stray operator, punctuation) is read as plain words or
/// dropped, never as an error and never as the engines' own syntax.
#[derive(Debug, Default, PartialEq)]
pub struct Terms {
    /// Every group must match; a group matches when any of its clauses does.
    pub all_of: Vec<Vec<Clause>>,
    pub none_of: Vec<Clause>,
}

impl Terms {
    pub fn is_empty(&self) -> bool {
        self.all_of.is_empty()
    }

    /// Every clause that is wanted, in the order typed.
    pub fn wanted(&self) -> impl Iterator<Item = &Clause> {
        self.all_of.iter().flatten()
    }
}

/// A word as the engines read it: lower case, letters and digits with the joiners that some
/// names keep inside ("c++", "co-design", "l'eau").
fn clean_word(raw: &str) -> String {
    // Lower case first: it can add marks that are not letters ("İ" becomes "i" and U+0307).
    let word: String = raw
        .to_lowercase()
        .chars()
        .filter(|c| c.is_alphanumeric() || matches!(c, '+' | '#' | '-' | '_' | '\''))
        .collect();
    word.trim_matches(|c: char| !c.is_alphanumeric()).to_string()
}

/// The marks that open or close a phrase: typewriter quotes, and those keyboards type for
/// French, German, Polish and English text.
const QUOTES: &[char] = &['"', '“', '”', '„', '«', '»'];

/// One piece of a query: a clause, or `OR`.
enum Piece {
    Clause { clause: Clause, negated: bool },
    Or,
}

fn pieces(text: &str) -> Vec<Piece> {
    let mut pieces = Vec::new();
    let mut rest = text.trim_start();
    while !rest.is_empty() {
        let negated = rest.starts_with('-');
        let body = if negated { &rest[1..] } else { rest };
        if let Some(quoted) = body.strip_prefix(QUOTES) {
            // A phrase runs to its closing quote, or to the end of an unbalanced one.
            let (phrase, after) = quoted.split_once(QUOTES).unwrap_or((quoted, ""));
            let prefix = after.starts_with('*');
            let words: Vec<String> = phrase.split_whitespace().map(clean_word).filter(|w| !w.is_empty()).collect();
            if !words.is_empty() {
                pieces.push(Piece::Clause { clause: Clause { words, prefix }, negated });
            }
            rest = after.trim_start_matches('*').trim_start();
            continue;
        }
        let end = body.find(char::is_whitespace).unwrap_or(body.len());
        let (raw, after) = body.split_at(end);
        rest = after.trim_start();
        if raw == "OR" && !negated {
            pieces.push(Piece::Or);
            continue;
        }
        let word = clean_word(raw);
        // A beginning of one letter would match most of the index: it is read as a word.
        let prefix = raw.ends_with('*') && word.chars().count() > 1;
        if !word.is_empty() {
            pieces.push(Piece::Clause { clause: Clause { words: vec![word], prefix }, negated });
        }
    }
    pieces
}

/// The words a directory search asks for: at most eight, of at most 64 letters (no name is
/// longer; PostgreSQL refuses words of over 2 KB). Each database folds them as its index does
/// (`db::dialect::directory_match`).
pub fn directory_words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| w.chars().take(64).collect())
        .take(8)
        .collect()
}

/// Lower case without accents, as the search engines compare words.
pub fn fold(word: &str) -> String {
    use unicode_normalization::{UnicodeNormalization, char::is_combining_mark};
    word.to_lowercase().nfd().filter(|c| !is_combining_mark(*c)).collect()
}

/// The words of `text` that "did you mean" may offer: folded, of 3 to 24 letters, not numbers.
pub fn vocabulary(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| (3..=24).contains(&w.chars().count()) && !w.chars().all(|c| c.is_numeric()))
        .map(fold)
}

/// How many single-letter edits (insert, delete, replace, swap two neighbours) turn `a` into `b`.
pub fn edit_distance(a: &str, b: &str) -> usize {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let mut rows = vec![(0..=b.len()).collect::<Vec<_>>()];
    for i in 1..=a.len() {
        let mut row = vec![i; b.len() + 1];
        for j in 1..=b.len() {
            let replace = rows[i - 1][j - 1] + usize::from(a[i - 1] != b[j - 1]);
            row[j] = replace.min(rows[i - 1][j] + 1).min(row[j - 1] + 1);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                row[j] = row[j].min(rows[i - 2][j - 2] + 1);
            }
        }
        rows.push(row);
    }
    rows[a.len()][b.len()]
}

/// The known word closest to `word` within the edits a typo makes (one for short words, two
/// otherwise), the first in `known`'s order among equals.
pub fn closest<'a>(word: &str, known: &'a [String]) -> Option<&'a str> {
    let allowed = if word.chars().count() <= 4 { 1 } else { 2 };
    known
        .iter()
        .map(|k| (edit_distance(word, k), k))
        .filter(|(d, k)| *d > 0 && *d <= allowed && k.as_str() != word)
        .min_by_key(|(d, _)| *d)
        .map(|(_, k)| k.as_str())
}

/// `text` with each word in `fixes` (folded, as typed) replaced, quotes and operators kept.
pub fn with_fixes(text: &str, fixes: &[(String, String)]) -> String {
    let fix = |token: &str| {
        let start = token.find(char::is_alphanumeric)?;
        let (last, c) = token.char_indices().rev().find(|(_, c)| c.is_alphanumeric())?;
        let end = last + c.len_utf8();
        let (_, fixed) = fixes.iter().find(|(typed, _)| *typed == fold(&token[start..end]))?;
        Some(format!("{}{fixed}{}", &token[..start], &token[end..]))
    };
    text.split_whitespace().map(|token| fix(token).unwrap_or_else(|| token.to_string())).collect::<Vec<_>>().join(" ")
}

pub fn terms(text: &str) -> Terms {
    let mut terms = Terms::default();
    // `OR` joins two wanted clauses next to each other, and nothing else.
    let mut after_wanted = false;
    let mut or_pending = false;
    let mut clauses = 0;
    for piece in pieces(text) {
        match piece {
            Piece::Or => or_pending = after_wanted,
            Piece::Clause { .. } if clauses == MAX_CLAUSES => break,
            Piece::Clause { clause, negated: true } => {
                clauses += 1;
                (after_wanted, or_pending) = (false, false);
                // What is left out is left out as written.
                terms.none_of.push(Clause { prefix: false, ..clause });
            }
            Piece::Clause { clause, negated: false } => {
                clauses += 1;
                match terms.all_of.last_mut() {
                    Some(group) if or_pending => group.push(clause),
                    _ => terms.all_of.push(vec![clause]),
                }
                (after_wanted, or_pending) = (true, false);
            }
        }
    }
    terms
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2000))]

        #[test]
        fn any_query_string_parses_and_round_trips(raw in proptest::string::string_regex("(?s)((q|sector|phase|country|sort|cursor|limit|year|kind)=[^&]{0,12}&?){0,8}|.{0,60}").unwrap()) {
            let query = SearchQuery::from_query_string(&raw);
            proptest::prop_assert!((1..=100).contains(&query.limit), "{query:?}");
            proptest::prop_assert_eq!(SearchQuery::from_query_string(&query.to_query_string(true)), query);
        }

        #[test]
        fn terms_are_plain_words(text in proptest::string::string_regex("(?s).{0,80}").unwrap()) {
            let terms = terms(&text);
            proptest::prop_assert!(terms.wanted().count() + terms.none_of.len() <= MAX_CLAUSES);
            for word in terms.wanted().chain(&terms.none_of).flat_map(|c| &c.words) {
                proptest::prop_assert!(!word.is_empty());
                proptest::prop_assert!(word.chars().all(|c| c.is_alphanumeric() || matches!(c, '+' | '#' | '-' | '_' | '\'')), "{word:?}");
            }
        }
    }

    #[test]
    fn lower_casing_adds_no_marks_to_a_term() {
        assert_eq!(terms("İstanbul").all_of, [[word("istanbul")]]);
    }

    #[test]
    fn urls_round_trip() {
        let q = SearchQuery::from_query_string(
            "q=heat+pumps&sector=energy_systems&sector=mobility&phase=4&country=fr&sort=newest&cursor=20&limit=5000",
        );
        assert_eq!(q.sectors, vec!["energy_systems", "mobility"]);
        assert_eq!(q.countries, vec!["FR"]);
        assert_eq!(q.limit, 100);
        assert_eq!(q.offset, 20);
        assert_eq!(SearchQuery::from_query_string(&q.to_query_string(true)), q);
        assert!(q.toggled("sector", "mobility").sectors == vec!["energy_systems"]);
        assert_eq!(SearchQuery::from_query_string("phase=x&year=&limit=-3").limit, 1);
        let fuzzed = "\u{6}&tag=##\"\"<\u{14}=bb\u{c}\u{c}$&tag=#\u{fffd}\"\"\"\"\"\"b==\u{14}b\0=";
        let q = SearchQuery::from_query_string(fuzzed);
        assert_eq!(SearchQuery::from_query_string(&q.to_query_string(true)), q);
        assert!(SearchQuery::from_query_string("tag=%23&tag=+").tags.is_empty());
        assert_eq!(SearchQuery::from_query_string("tag=%23+%23Heat").tags, ["heat"]);
        let long = format!("q={}+%0Cmore", "a".repeat(MAX_QUERY_CHARS - 1));
        let q = SearchQuery::from_query_string(&long);
        assert_eq!(SearchQuery::from_query_string(&q.to_query_string(true)), q);
    }

    fn word(word: &str) -> Clause {
        Clause { words: vec![word.into()], prefix: false }
    }

    fn phrase(words: &[&str]) -> Clause {
        Clause { words: words.iter().map(|w| w.to_string()).collect(), prefix: false }
    }

    #[test]
    fn queries_read_like_web_searches() {
        let read = terms("\"district heating\" OR geothermal -gas -\"coal plant\" retro*");
        assert_eq!(
            read.all_of,
            [
                vec![phrase(&["district", "heating"]), word("geothermal")],
                vec![Clause { prefix: true, ..word("retro") }]
            ]
        );
        assert_eq!(read.none_of, [word("gas"), phrase(&["coal", "plant"])]);
        assert_eq!(terms("solar OR wind OR hydro").all_of, [[word("solar"), word("wind"), word("hydro")]]);
        assert_eq!(terms("\"heat pump\"*").all_of, [[Clause { prefix: true, ..phrase(&["heat", "pump"]) }]]);
        for typed in ["«\u{a0}heat pump\u{a0}»", "„heat pump“", "“heat pump”"] {
            assert_eq!(terms(typed).all_of, [[phrase(&["heat", "pump"])]], "{typed}");
        }
        // "or" in lower case is a word; so is a one-letter beginning.
        assert_eq!(terms("bread or roses").all_of, [[word("bread")], [word("or")], [word("roses")]]);
        assert_eq!(terms("a*").all_of, [[word("a")]]);
    }

    #[test]
    fn typos_find_the_word_meant() {
        assert_eq!(edit_distance("heatign", "heating"), 1, "two letters swapped");
        assert_eq!(edit_distance("retorfit", "retrofit"), 1);
        assert_eq!(edit_distance("bike", "bikes"), 1);
        assert_eq!(edit_distance("", "abc"), 3);
        let known: Vec<String> = ["heating", "heat", "cycling", "retrofit"].map(String::from).to_vec();
        assert_eq!(closest("heatign", &known), Some("heating"));
        assert_eq!(closest("cyclign", &known), Some("cycling"));
        assert_eq!(closest("heet", &known), Some("heat"));
        assert_eq!(closest("hoot", &known), None, "short words allow one edit");
        assert_eq!(closest("heating", &known), None, "a known word needs no fixing");
        let fixes = [("heatign".to_string(), "heating".to_string())];
        assert_eq!(with_fixes("\"district Heatign\" -gas", &fixes), "\"district heating\" -gas");
        assert_eq!(
            vocabulary("Énergie 2024: CO2-free, a b heat").collect::<Vec<_>>(),
            ["energie", "co2", "free", "heat"]
        );
    }

    #[test]
    fn odd_queries_become_plain_words() {
        // An unbalanced quote runs to the end; operators without clauses are dropped.
        let read = terms("C++ \"district heating -gas");
        assert_eq!(read.all_of, [vec![word("c")], vec![phrase(&["district", "heating", "gas"])]]);
        assert!(read.none_of.is_empty());
        assert_eq!(terms("OR heat OR").all_of, [[word("heat")]]);
        assert_eq!(terms("-heat OR cold").all_of, [[word("cold")]], "OR does not join what is left out");
        assert_eq!(terms("solar -heat OR cold").all_of, [[word("solar")], [word("cold")]]);
        assert_eq!(terms("- ' ( ) * : OR -"), Terms::default());
        assert_eq!(terms("\"\" \"").all_of, Vec::<Vec<Clause>>::new());
        assert_eq!(terms("-solar").all_of.len(), 0, "only exclusions: nothing to search for");
        assert_eq!(terms(&"word ".repeat(100)).all_of.len(), MAX_CLAUSES);
    }
}
