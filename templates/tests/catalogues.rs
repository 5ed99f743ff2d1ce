//! Every shipped catalogue is complete: it parses, it has exactly the English catalogue's
//! messages with no other argument than they have, and every interface message is used by the
//! code (and every message the code names exists). The data catalogues' English is checked
//! against `assets/` by the domain's tests.

use cairn_templates::i18n::{COUNTRY_SOURCES, DATA_SOURCES, Language, SOURCES};
use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use std::{
    collections::{BTreeMap, BTreeSet},
    path::Path,
};

/// Each message's id and the variables it uses.
fn messages(source: &str) -> BTreeMap<String, BTreeSet<String>> {
    let resource = fluent_syntax::parser::parse(source).unwrap_or_else(|(resource, _)| resource);
    resource
        .body
        .into_iter()
        .filter_map(|entry| match entry {
            Entry::Message(message) => {
                let mut variables = BTreeSet::new();
                if let Some(pattern) = &message.value {
                    pattern_variables(pattern, &mut variables);
                }
                Some((message.id.name.to_string(), variables))
            }
            _ => None,
        })
        .collect()
}

fn pattern_variables(pattern: &Pattern<&str>, into: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_variables(expression, into);
        }
    }
}

fn expression_variables(expression: &Expression<&str>, into: &mut BTreeSet<String>) {
    match expression {
        Expression::Select { selector, variants } => {
            inline_variables(selector, into);
            for variant in variants {
                pattern_variables(&variant.value, into);
            }
        }
        Expression::Inline(inline) => inline_variables(inline, into),
    }
}

fn inline_variables(inline: &InlineExpression<&str>, into: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            into.insert(id.name.to_string());
        }
        InlineExpression::Placeable { expression } => expression_variables(expression, into),
        _ => {}
    }
}

/// The message ids the code names: `t("…")`, `t_with("…"` and `msg("…")`.
fn ids_in_code() -> BTreeMap<String, String> {
    let crate_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut found = BTreeMap::new();
    for root in [crate_dir.join("src"), crate_dir.join("../src")] {
        let mut folders = vec![root];
        while let Some(folder) = folders.pop() {
            for entry in std::fs::read_dir(&folder).expect("source folder") {
                let path = entry.expect("folder entry").path();
                if path.is_dir() {
                    folders.push(path);
                } else if path.extension().is_some_and(|e| e == "rs") {
                    let text = std::fs::read_to_string(&path).expect("source file");
                    for id in named_ids(&text) {
                        found.entry(id).or_insert_with(|| path.display().to_string());
                    }
                }
            }
        }
    }
    found
}

fn named_ids(text: &str) -> Vec<String> {
    let mut ids = Vec::new();
    for call in ["t(", "t_with(", "msg("] {
        for (at, _) in text.match_indices(call) {
            // `t(` must not be the end of a longer name (`get(`).
            let before = text[..at].chars().next_back();
            if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                continue;
            }
            // rustfmt may break the line after the parenthesis.
            let Some(rest) = text[at + call.len()..].trim_start().strip_prefix('"') else { continue };
            if let Some(end) = rest.find('"') {
                ids.push(rest[..end].to_string());
            }
        }
    }
    ids
}

#[test]
fn every_catalogue_parses() {
    for (language, source) in SOURCES.into_iter().chain(DATA_SOURCES).chain(COUNTRY_SOURCES) {
        let errors = cairn_templates::i18n::syntax_errors(source);
        assert!(errors.is_empty(), "{}: {errors:#?}", language.code());
    }
}

#[test]
fn every_language_has_every_message_and_no_other() {
    for sources in [SOURCES, DATA_SOURCES, COUNTRY_SOURCES] {
        same_messages_as_english(&sources);
    }
}

fn same_messages_as_english(sources: &[(Language, &str)]) {
    let english = messages(sources[0].1);
    for (language, source) in &sources[1..] {
        let translated = messages(source);
        let missing: Vec<_> = english.keys().filter(|id| !translated.contains_key(*id)).collect();
        let extra: Vec<_> = translated.keys().filter(|id| !english.contains_key(*id)).collect();
        assert!(missing.is_empty() && extra.is_empty(), "{}: missing {missing:?}, unknown {extra:?}", language.code());
        for (id, variables) in &translated {
            assert!(
                variables.is_subset(&english[id]),
                "{}: {id} uses {variables:?}, the English message only gives {:?}",
                language.code(),
                english[id]
            );
        }
    }
    assert_eq!(sources.len(), Language::ALL.len());
}

#[test]
fn every_message_is_used_and_every_used_message_exists() {
    let english = messages(SOURCES[0].1);
    let used = ids_in_code();
    let unknown: Vec<_> = used.iter().filter(|(id, _)| !english.contains_key(*id)).collect();
    assert!(unknown.is_empty(), "the code names messages no catalogue has: {unknown:#?}");
    let unused: Vec<_> = english.keys().filter(|id| !used.contains_key(*id)).collect();
    assert!(unused.is_empty(), "messages nothing uses: {unused:?}");
}
