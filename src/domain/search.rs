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

/// Words of a free-text query, with `-word` exclusions, quotes and operators made harmless.
#[derive(Debug, Default, PartialEq)]
pub struct Terms {
    pub include: Vec<String>,
    pub exclude: Vec<String>,
}

pub fn terms(text: &str) -> Terms {
    let mut terms = Terms::default();
    for raw in text.split_whitespace().take(20) {
        let (negated, word) = match raw.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, raw),
        };
        // Lower case first: it can add marks that are not letters ("İ" becomes "i" and U+0307).
        let word: String = word
            .to_lowercase()
            .chars()
            .filter(|c| c.is_alphanumeric() || matches!(c, '+' | '#' | '-' | '_' | '\''))
            .collect();
        let word = word.trim_matches(|c: char| !c.is_alphanumeric()).to_string();
        if word.is_empty() {
            continue;
        }
        if negated { terms.exclude.push(word) } else { terms.include.push(word) }
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
            proptest::prop_assert!(terms.include.len() + terms.exclude.len() <= 20);
            for word in terms.include.iter().chain(&terms.exclude) {
                proptest::prop_assert!(!word.is_empty());
                proptest::prop_assert!(word.chars().all(|c| c.is_alphanumeric() || matches!(c, '+' | '#' | '-' | '_' | '\'')), "{word:?}");
            }
        }
    }

    #[test]
    fn lower_casing_adds_no_marks_to_a_term() {
        assert_eq!(terms("İstanbul").include, vec!["istanbul"]);
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

    #[test]
    fn odd_queries_become_plain_words() {
        assert_eq!(terms("C++ \"district heating -gas").include, vec!["c", "district", "heating"]);
        assert_eq!(terms("C++ \"district heating -gas").exclude, vec!["gas"]);
        assert_eq!(terms("\" - ' ( ) * :"), Terms::default());
        assert_eq!(terms(&"word ".repeat(100)).include.len(), 20);
    }
}
