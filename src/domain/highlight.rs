//! Why a result matched: the words a search asked for, marked in a resource's title and in an
//! excerpt of its text. Marked here rather than by each database, so both mark the same words.

use super::{
    markup::html_to_text,
    search::{Terms, fold},
};
use serde::Serialize;

/// A stretch of text, `marked` when it is a word the search asked for.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct Piece {
    pub text: String,
    pub marked: bool,
}

/// How many words an excerpt shows, and how many of them come before the first match.
const EXCERPT_WORDS: usize = 32;
const WORDS_BEFORE: usize = 8;

/// The words a search asked for, folded, each with whether it is a beginning. A word the
/// engines split ("co-design") is asked for by its parts.
fn asked(terms: &Terms) -> Vec<(String, bool)> {
    terms
        .wanted()
        .flat_map(|clause| {
            let last = clause.words.len() - 1;
            clause.words.iter().enumerate().flat_map(move |(i, word)| {
                let prefix = clause.prefix && i == last;
                word.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(move |w| (fold(w), prefix))
            })
        })
        .collect()
}

/// Whether `word` (folded) is one the search asked for: the same, one it begins when asked
/// with `*`, or, roughly as a stemmer reads it, one sharing a beginning of four letters or more
/// with a short ending left on either side ("heat" and "heating", "pump" and "pumps").
fn is_asked(asked: &[(String, bool)], word: &str) -> bool {
    asked.iter().any(|(asked, prefix)| {
        if word == asked || (*prefix && word.starts_with(asked.as_str())) {
            return true;
        }
        let common = asked.chars().zip(word.chars()).take_while(|(a, b)| a == b).count();
        common >= 4 && asked.chars().count() - common <= 3 && word.chars().count() - common <= 4
    })
}

/// `text` cut into words and what lies between them, words flagged.
fn tokens(text: &str) -> Vec<(&str, bool)> {
    let mut tokens = Vec::new();
    let mut start = 0;
    let mut in_word = false;
    for (at, c) in text.char_indices() {
        if c.is_alphanumeric() != in_word {
            if at > start {
                tokens.push((&text[start..at], in_word));
            }
            start = at;
            in_word = !in_word;
        }
    }
    if start < text.len() {
        tokens.push((&text[start..], in_word));
    }
    tokens
}

/// Joins tokens into pieces, marking the words asked for.
fn pieces(tokens: &[(&str, bool)], asked: &[(String, bool)]) -> Vec<Piece> {
    let mut pieces: Vec<Piece> = Vec::new();
    for (text, is_word) in tokens {
        let marked = *is_word && is_asked(asked, &fold(text));
        match pieces.last_mut() {
            Some(last) if !last.marked && !marked => last.text.push_str(text),
            _ => pieces.push(Piece { text: text.to_string(), marked }),
        }
    }
    pieces
}

/// `text` whole, with the words asked for marked; `None` when it has none of them.
pub fn mark(text: &str, terms: &Terms) -> Option<Vec<Piece>> {
    let asked = asked(terms);
    let marked = pieces(&tokens(text), &asked);
    marked.iter().any(|p| p.marked).then_some(marked)
}

/// A few dozen words of `text` around the first word asked for, marked, with "…" where it is
/// cut; `None` when it has none of them.
pub fn excerpt(text: &str, terms: &Terms) -> Option<Vec<Piece>> {
    let asked = asked(terms);
    let tokens = tokens(text);
    let first = tokens.iter().position(|(text, is_word)| *is_word && is_asked(&asked, &fold(text)))?;
    let word_starts: Vec<usize> = tokens.iter().enumerate().filter(|(_, t)| t.1).map(|(i, _)| i).collect();
    let nth = word_starts.iter().position(|i| *i == first).unwrap_or(0);
    let from = word_starts[nth.saturating_sub(WORDS_BEFORE)];
    let to = word_starts.get(nth.saturating_sub(WORDS_BEFORE) + EXCERPT_WORDS).copied().unwrap_or(tokens.len());
    let mut excerpt = pieces(&tokens[from..to], &asked);
    if from > 0 {
        excerpt.insert(0, Piece { text: "… ".into(), marked: false });
    }
    if to < tokens.len() {
        excerpt.push(Piece { text: " …".into(), marked: false });
    }
    Some(excerpt)
}

/// Why a resource matched a search: where its title and its text have the words asked for.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct Highlight {
    /// The title with the words marked, when it has any.
    pub title: Option<Vec<Piece>>,
    /// A few words of the summary around the first word asked for, or of the text when the
    /// summary has none.
    pub excerpt: Option<Vec<Piece>>,
}

/// Where `title`, `summary` and `body_html` have the words of `terms`; `None` for a search
/// without words.
pub fn highlight(title: &str, summary: &str, body_html: &str, terms: &Terms) -> Option<Highlight> {
    if terms.is_empty() {
        return None;
    }
    Some(Highlight {
        title: mark(title, terms),
        excerpt: excerpt(summary, terms).or_else(|| excerpt(&html_to_text(body_html), terms)),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::search::terms;

    fn shown(pieces: &[Piece]) -> String {
        pieces.iter().map(|p| if p.marked { format!("[{}]", p.text) } else { p.text.clone() }).collect()
    }

    #[test]
    fn asked_words_are_marked_with_their_endings_and_accents_aside() {
        let marked = mark("Heating the Énergie network: heat pumps, heathland", &terms("heat energie pump")).unwrap();
        assert_eq!(shown(&marked), "[Heating] the [Énergie] network: [heat] [pumps], heathland");
        assert_eq!(shown(&mark("Retrofit of schools", &terms("retro*")).unwrap()), "[Retrofit] of schools");
        assert_eq!(mark("Retrofitting schools", &terms("retro")), None, "a beginning only with *");
        assert_eq!(shown(&mark("A co-design lab", &terms("\"co-design\"")).unwrap()), "A [co]-[design] lab");
        assert_eq!(mark("Nothing here", &terms("-nothing here")).map(|p| shown(&p)), Some("Nothing [here]".into()));
    }

    #[test]
    fn an_excerpt_is_cut_around_the_first_match() {
        let text = (1..=100).map(|i| format!("word{i}")).collect::<Vec<_>>().join(" ") + " geothermal end";
        let excerpt = shown(&excerpt(&text, &terms("geothermal")).unwrap());
        assert!(excerpt.starts_with("… word93 "), "{excerpt}");
        assert!(excerpt.ends_with("[geothermal] end"), "{excerpt}");
        let short = shown(&super::excerpt("Solar roofs for schools.", &terms("school")).unwrap());
        assert_eq!(short, "Solar roofs for [schools].");
        assert_eq!(super::excerpt("Solar roofs", &terms("wind")), None);
    }
}
