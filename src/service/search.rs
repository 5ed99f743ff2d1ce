//! What a search adds to the database's answer: "did you mean" when it finds nothing.

use crate::{
    db::{self, DbPool},
    domain::search::{SearchQuery, closest, fold, terms, with_fixes},
    error::AppResult,
    state::AppState,
};

const MAX_FIXED: usize = 3;

/// A search that found nothing (`found` results), asked again with its unknown words replaced by
/// the closest words resources here have: the text to offer, when that search finds something.
pub async fn did_you_mean(db: &DbPool, query: &SearchQuery, found: i64) -> AppResult<Option<String>> {
    if found > 0 {
        return Ok(None);
    }
    let typed: Vec<String> = terms(&query.text)
        .wanted()
        .flat_map(|clause| &clause.words)
        .map(|word| fold(word))
        .filter(|word| word.chars().all(char::is_alphanumeric))
        .collect();
    if typed.is_empty() {
        return Ok(None);
    }
    let known = db::words::known(db, &typed).await?;
    let mut fixes = Vec::new();
    // A few unknown words are looked at: a query of many is not a typo.
    for word in typed.iter().filter(|word| !known.contains(word)).take(MAX_FIXED) {
        if let Some(fixed) = closest(word, &db::words::near(db, word).await?) {
            fixes.push((word.clone(), fixed.to_string()));
        }
    }
    if fixes.is_empty() {
        return Ok(None);
    }
    let text = with_fixes(&query.text, &fixes);
    let again = SearchQuery { text: text.clone(), offset: 0, limit: 1, ..query.clone() };
    Ok((!db::search::page(db, &again).await?.is_empty()).then_some(text))
}

/// Fills the word list from the resources held, when it is empty: once, for a node that held
/// resources before the list existed. Several processes may do it at once; a word is kept once.
pub async fn fill_words_if_empty(state: AppState) {
    const BATCH: i64 = 500;
    let filled = async {
        if !db::words::is_empty(&state.db).await? {
            return Ok(());
        }
        let mut after = 0;
        while let Some(last) = db::words::add_from_resources(&state.db, after, BATCH).await? {
            after = last;
        }
        AppResult::Ok(())
    };
    if let Err(err) = filled.await {
        tracing::error!("filling the search's word list: {err:?}");
    }
}
