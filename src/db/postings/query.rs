//! What a search asks of the posting lists: PostgreSQL's readings of its clauses (tsqueries'
//! texts, `dialect::Readings`) read back into a tree the lists can answer, and the facets chosen
//! as tokens. A reading with a phrase or a negation is not answered here: the lists know which
//! resources hold a word, not where, and the search statement answers it instead.

use super::lists::Lists;
use crate::{
    db::dialect::{FacetTokens, Readings, left_out, quoted},
    domain::{
        search::{SearchQuery, Terms},
        taxonomy::TAXONOMY,
        transition::{EXPLORE, TRANSITION_MAP},
    },
};
use roaring::RoaringBitmap;

/// The weights of the search vector, in order: title, summary, topics and text, stems.
pub const WEIGHTS: [char; 4] = ['A', 'B', 'C', 'D'];

/// A tsquery the lists can answer.
#[derive(Debug, Clone, PartialEq)]
pub enum Node {
    /// A lexeme (with `prefix`, every lexeme it begins) at any of `weights` (all when empty).
    Word {
        lexeme: String,
        prefix: bool,
        weights: Vec<char>,
    },
    And(Vec<Node>),
    Or(Vec<Node>),
    /// An empty query, which matches nothing.
    Nothing,
}

/// Why the lists cannot answer a search; the search statement answers it.
#[derive(Debug, PartialEq)]
pub struct Unanswerable(pub &'static str);

impl Node {
    /// The resources the node matches, from `lists`.
    pub fn matches(&self, lists: &Lists) -> RoaringBitmap {
        match self {
            Node::Word { lexeme, prefix, weights } => lists.word(lexeme, *prefix, weights),
            Node::And(nodes) => {
                let mut nodes = nodes.iter();
                let mut all = nodes.next().map(|n| n.matches(lists)).unwrap_or_default();
                for node in nodes {
                    if all.is_empty() {
                        break;
                    }
                    all &= node.matches(lists);
                }
                all
            }
            Node::Or(nodes) => nodes.iter().fold(RoaringBitmap::new(), |mut any, n| {
                any |= n.matches(lists);
                any
            }),
            Node::Nothing => RoaringBitmap::new(),
        }
    }

    /// Every word the node asks for, with whether it is a beginning.
    pub fn words(&self) -> Vec<(&str, bool)> {
        match self {
            Node::Word { lexeme, prefix, .. } => vec![(lexeme.as_str(), *prefix)],
            Node::And(nodes) | Node::Or(nodes) => nodes.iter().flat_map(Node::words).collect(),
            Node::Nothing => Vec::new(),
        }
    }
}

/// A tsquery's text as PostgreSQL writes it (`'heat' | 'heat':D`, `'retro':*ABC`, `( … ) & …`).
pub fn parse(text: &str) -> Result<Node, Unanswerable> {
    let tokens = lex(text)?;
    if tokens.is_empty() {
        return Ok(Node::Nothing);
    }
    let mut parser = Parser { tokens, at: 0 };
    let node = parser.any_of()?;
    match parser.at == parser.tokens.len() {
        true => Ok(node),
        false => Err(Unanswerable("a tsquery read back with text left over")),
    }
}

#[derive(Debug, PartialEq)]
enum Token {
    Word(String, bool, Vec<char>),
    And,
    Or,
    Open,
    Close,
}

fn lex(text: &str) -> Result<Vec<Token>, Unanswerable> {
    let mut tokens = Vec::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            ' ' => {}
            '&' => tokens.push(Token::And),
            '|' => tokens.push(Token::Or),
            '(' => tokens.push(Token::Open),
            ')' => tokens.push(Token::Close),
            '<' => return Err(Unanswerable("a phrase")),
            '!' => return Err(Unanswerable("a negation")),
            '\'' => {
                let mut lexeme = String::new();
                loop {
                    match chars.next() {
                        Some('\'') if chars.peek() == Some(&'\'') => {
                            chars.next();
                            lexeme.push('\'');
                        }
                        Some('\'') => break,
                        Some('\\') => lexeme.extend(chars.next()),
                        Some(c) => lexeme.push(c),
                        None => return Err(Unanswerable("an unclosed lexeme")),
                    }
                }
                let (mut prefix, mut weights) = (false, Vec::new());
                if chars.peek() == Some(&':') {
                    chars.next();
                    while let Some(&c) = chars.peek() {
                        match c.to_ascii_uppercase() {
                            '*' => prefix = true,
                            w @ ('A' | 'B' | 'C' | 'D') => weights.push(w),
                            _ => break,
                        }
                        chars.next();
                    }
                }
                tokens.push(Token::Word(lexeme, prefix, weights));
            }
            _ => return Err(Unanswerable("a tsquery of an unknown form")),
        }
    }
    Ok(tokens)
}

/// `|` binds looser than `&`, as in PostgreSQL.
struct Parser {
    tokens: Vec<Token>,
    at: usize,
}

impl Parser {
    fn any_of(&mut self) -> Result<Node, Unanswerable> {
        let mut nodes = vec![self.all_of()?];
        while self.tokens.get(self.at) == Some(&Token::Or) {
            self.at += 1;
            nodes.push(self.all_of()?);
        }
        Ok(if nodes.len() == 1 { nodes.remove(0) } else { Node::Or(nodes) })
    }

    fn all_of(&mut self) -> Result<Node, Unanswerable> {
        let mut nodes = vec![self.one()?];
        while self.tokens.get(self.at) == Some(&Token::And) {
            self.at += 1;
            nodes.push(self.one()?);
        }
        Ok(if nodes.len() == 1 { nodes.remove(0) } else { Node::And(nodes) })
    }

    fn one(&mut self) -> Result<Node, Unanswerable> {
        let token = self.tokens.get(self.at).ok_or(Unanswerable("a tsquery that ends early"))?;
        self.at += 1;
        match token {
            Token::Word(lexeme, prefix, weights) => {
                Ok(Node::Word { lexeme: lexeme.clone(), prefix: *prefix, weights: weights.clone() })
            }
            Token::Open => {
                let node = self.any_of()?;
                match self.tokens.get(self.at) {
                    Some(Token::Close) => {
                        self.at += 1;
                        Ok(node)
                    }
                    _ => Err(Unanswerable("an unclosed parenthesis")),
                }
            }
            _ => Err(Unanswerable("an operator where a word should be")),
        }
    }
}

/// A search as the lists answer it.
#[derive(Debug)]
pub struct Asked {
    /// Every node must match (with no words, the facets alone decide).
    pub wanted: Vec<Node>,
    /// None may match.
    pub unwanted: Option<Node>,
    /// The words as written, which rank (`db::search`: ranked by the words as written).
    pub ranking: Vec<Node>,
    /// Each facet chosen, as the tokens of its values, any of which matches.
    pub facets: Vec<Vec<String>>,
}

/// The most words a rank weighs: past them, the order of the first ones decides.
const MOST_RANKED: usize = 4;

impl Asked {
    /// What `query` asks, from its terms and their readings, or why the lists cannot answer it:
    /// words, facets or both (a search that chooses nothing reads the kept counts instead).
    pub fn of(query: &SearchQuery, terms: &Terms, readings: &Readings) -> Result<Asked, Unanswerable> {
        if !query.tags.is_empty() {
            return Err(Unanswerable("tags"));
        }
        if query.author_id.is_some() {
            return Err(Unanswerable("one author's resources"));
        }
        let reading = |text: String| readings.0.get(&text).ok_or(Unanswerable("a text not read"));
        let mut wanted = Vec::new();
        let mut ranking = Vec::new();
        for group in &terms.all_of {
            let mut any = Vec::new();
            for clause in group {
                let read = reading(quoted(clause))?;
                any.push(parse(&read.any_language)?);
                let written = parse(&read.written)?;
                if clause.prefix {
                    // The beginning of the words as written (`dialect::tsquery_of`).
                    let [word] = clause.words.as_slice() else { return Err(Unanswerable("a phrase's beginning")) };
                    if !word.chars().all(char::is_alphanumeric) {
                        return Err(Unanswerable("a beginning PostgreSQL would split"));
                    }
                    let beginning = Node::Word { lexeme: word.clone(), prefix: true, weights: vec!['A', 'B', 'C'] };
                    any.push(beginning.clone());
                    ranking.push(Node::Or(vec![written, beginning]));
                } else {
                    ranking.push(written);
                }
            }
            wanted.push(if any.len() == 1 { any.remove(0) } else { Node::Or(any) });
        }
        // PostgreSQL's `&&` of an empty query and another is the other, and an empty query alone
        // matches nothing: a clause read as no word (`²`) is left out of a search that has others.
        if !wanted.is_empty() && wanted.iter().all(|n| *n == Node::Nothing) {
            wanted = vec![Node::Nothing];
        } else {
            wanted.retain(|n| *n != Node::Nothing);
        }
        // Words only left out ask for nothing, as in the search statement.
        let unwanted = match left_out(terms).filter(|_| !terms.is_empty()) {
            Some(text) => Some(parse(&reading(text)?.any_language)?),
            None => None,
        };
        ranking.truncate(MOST_RANKED);
        let facets = facets_as_tokens(query);
        if wanted.is_empty() && facets.is_empty() {
            return Err(Unanswerable("nothing chosen"));
        }
        Ok(Asked { wanted, unwanted, ranking, facets })
    }

    /// Every word asked for, with whether it is a beginning.
    pub fn words(&self) -> Vec<(&str, bool)> {
        let mut words: Vec<(&str, bool)> =
            self.wanted.iter().chain(&self.unwanted).chain(&self.ranking).flat_map(Node::words).collect();
        words.sort();
        words.dedup();
        words
    }
}

/// The facets chosen, each as the tokens of its values (migration 000039's `cairn_postings`). A
/// value the taxonomy does not know has no token, so a facet of only such values matches nothing,
/// as in the search statement.
fn facets_as_tokens(query: &SearchQuery) -> Vec<Vec<String>> {
    // Every field named, so that a new one must be considered here (tags and one author's
    // resources are left to the statement, in `Asked::of`).
    let SearchQuery {
        text: _,
        kinds,
        sectors,
        phases,
        countries,
        languages,
        origins,
        years,
        tags: _,
        steps,
        tools,
        author_id: _,
        sort: _,
        limit: _,
        offset: _,
    } = query;
    let mut facets = Vec::new();
    let mut values =
        |prefix: char, values: Vec<String>| facets.push(values.iter().map(|v| format!("~{prefix}{v}")).collect());
    if !kinds.is_empty() {
        values('k', kinds.clone());
    }
    if !countries.is_empty() {
        values('c', countries.clone());
    }
    if !origins.is_empty() {
        values('o', origins.clone());
    }
    if !years.is_empty() {
        values('y', years.iter().map(|y| y.to_string()).collect());
    }
    let masks = [
        (!sectors.is_empty(), 's', TAXONOMY.sector_mask(sectors)),
        (!languages.is_empty(), 'l', TAXONOMY.language_mask(languages)),
        (!phases.is_empty(), 'm', TAXONOMY.phase_mask(phases)),
        (!steps.is_empty(), 'm', TRANSITION_MAP.step_mask(steps)),
        (!tools.is_empty(), 'm', EXPLORE.tool_mask(tools)),
    ];
    for (chosen, prefix, mask) in masks {
        if chosen {
            values(prefix, FacetTokens::bits(prefix, mask).values);
        }
    }
    facets
}

#[cfg(test)]
mod tests {
    use super::*;

    fn word(lexeme: &str, prefix: bool, weights: &[char]) -> Node {
        Node::Word { lexeme: lexeme.into(), prefix, weights: weights.to_vec() }
    }

    #[test]
    fn a_clause_read_as_no_word_is_left_out_unless_it_is_all_there_is() {
        use crate::{db::dialect::Reading, domain::search::Clause};
        let clause = |w: &str| vec![Clause { words: vec![w.into()], prefix: false }];
        let read = |any: &str| Reading { any_language: any.into(), written: any.into() };
        let readings = Readings([("\"heat\"".to_string(), read("'heat'")), ("\"²\"".to_string(), read(""))].into());
        let asked = |all_of| Asked::of(&SearchQuery::default(), &Terms { all_of, none_of: vec![] }, &readings).unwrap();
        assert_eq!(asked(vec![clause("heat"), clause("²")]).wanted, [word("heat", false, &[])]);
        assert_eq!(asked(vec![clause("²")]).wanted, [Node::Nothing]);
    }

    #[test]
    fn tsqueries_are_read_back_as_postgresql_writes_them() {
        assert_eq!(
            parse("( 'heat' & 'pumps' ) | ( 'heat':D & 'pump':D )").unwrap(),
            Node::Or(vec![
                Node::And(vec![word("heat", false, &[]), word("pumps", false, &[])]),
                Node::And(vec![word("heat", false, &['D']), word("pump", false, &['D'])]),
            ])
        );
        assert_eq!(parse("'retro':*ABC").unwrap(), word("retro", true, &['A', 'B', 'C']));
        assert_eq!(
            parse("'l''eau' | 'a\\\\b'").unwrap(),
            Node::Or(vec![word("l'eau", false, &[]), word("a\\b", false, &[])])
        );
        assert_eq!(
            parse("'a' | 'b' & 'c'").unwrap(),
            Node::Or(vec![word("a", false, &[]), Node::And(vec![word("b", false, &[]), word("c", false, &[])])])
        );
        assert_eq!(parse("").unwrap(), Node::Nothing);
        assert_eq!(parse("'district' <-> 'heating'"), Err(Unanswerable("a phrase")));
        assert_eq!(parse("!'gas'"), Err(Unanswerable("a negation")));
        assert!(parse("( 'heat'").is_err() && parse("'heat' &").is_err() && parse("'heat").is_err());
    }
}
