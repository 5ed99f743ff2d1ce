//! Financial guidance: the questionnaire and the decision matrix that ranks financing options.
//! The matrix is data (`assets/finance-matrix.toml`, or a file the node admin edits), checked
//! here once when it is read so that scoring never meets a broken rule.

use super::taxonomy::TAXONOMY;
use cairn_templates::i18n::{Language, t, t_with};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashSet};

pub const DEFAULT_MATRIX: &str = include_str!("../../../assets/finance-matrix.toml");

/// Questions every matrix must ask, because the API promises them.
const REQUIRED_QUESTIONS: &[&str] =
    &["project_size_eur", "revenue_generating", "borrowing_capacity", "private_partners", "horizon_years"];

// No `deny_unknown_fields` here: serde cannot combine it with `flatten`.
#[derive(Debug, Clone, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Question {
    pub id: String,
    pub label: String,
    #[serde(flatten)]
    pub kind: QuestionKind,
    /// The labels of a choice question's choices, in the language shown (the ids in English).
    #[serde(default, skip_deserializing, skip_serializing_if = "Vec::is_empty")]
    pub choice_labels: Vec<String>,
    #[serde(default, skip_serializing)]
    #[schema(ignore)]
    pub translations: BTreeMap<String, QuestionText>,
}

/// A question in another language (`[questions.translations.fr]`); what is missing stays English.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuestionText {
    pub label: Option<String>,
    /// The choices' labels, in the order of `choices`.
    pub choices: Option<Vec<String>>,
}

/// An option in another language (`[options.translations.fr]`).
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OptionText {
    pub name: Option<String>,
    pub finances: Option<String>,
    pub pros: Option<Vec<String>>,
    pub cons: Option<Vec<String>>,
    pub programmes: Option<Vec<String>>,
}

/// A rule's explanation in another language (`[options.rules.translations.fr]`).
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleText {
    pub why: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, utoipa::ToSchema)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum QuestionKind {
    Number { min: f64, max: f64 },
    Bool,
    Choice { choices: Vec<String> },
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rule {
    pub question: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub equals: Option<toml::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub any_of: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max: Option<f64>,
    pub points: i32,
    pub why: String,
    #[serde(default, skip_serializing)]
    pub translations: BTreeMap<String, RuleText>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FinanceOption {
    pub id: String,
    pub name: String,
    pub base: i32,
    pub finances: String,
    pub pros: Vec<String>,
    pub cons: Vec<String>,
    #[serde(default)]
    pub programmes: Vec<String>,
    #[serde(default)]
    pub sectors: BTreeMap<String, i32>,
    #[serde(default)]
    pub rules: Vec<Rule>,
    #[serde(default, skip_serializing)]
    pub translations: BTreeMap<String, OptionText>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Matrix {
    pub questions: Vec<Question>,
    pub options: Vec<FinanceOption>,
}

/// What is wrong with a matrix file, and where.
#[derive(Debug, Clone, PartialEq)]
pub struct MatrixError {
    /// `line L, column C` for syntax errors, or a path such as `options[2] (loans).rules[1]`.
    pub location: String,
    pub message: String,
}

impl std::fmt::Display for MatrixError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.location, self.message)
    }
}

fn located(location: impl Into<String>, message: impl Into<String>) -> MatrixError {
    MatrixError { location: location.into(), message: message.into() }
}

const MAX_POINTS: i32 = 1000;

fn replace<T>(text: &mut T, translation: Option<T>) {
    if let Some(translation) = translation {
        *text = translation;
    }
}

/// A translation table's language must be one the interface is shipped in (English is the
/// file's own text), and its lists as long as the English ones.
fn check_translations<'a, T: 'a>(
    at: &str,
    translations: &'a BTreeMap<String, T>,
    lists: impl Fn(&'a T) -> Vec<(&'static str, Option<usize>, usize)>,
) -> Result<(), MatrixError> {
    for (code, text) in translations {
        let at = format!("{at}.translations.{code}");
        if Language::from_code(code).is_none_or(|l| l == Language::En) {
            let others: Vec<&str> = Language::ALL[1..].iter().map(|l| l.code()).collect();
            return Err(located(at, format!("translations are for {}", others.join(", "))));
        }
        for (field, given, english) in lists(text) {
            match given {
                Some(given) if english == 0 && given > 0 => {
                    return Err(located(format!("{at}.{field}"), "the English has no such list"));
                }
                Some(given) if given != english => {
                    return Err(located(
                        format!("{at}.{field}"),
                        format!("give {english} items, as the English list has"),
                    ));
                }
                _ => {}
            }
        }
    }
    Ok(())
}

impl Matrix {
    /// The matrix as `language` reads it: each text its translation where the file gives one.
    pub fn in_language(&self, language: Language) -> Matrix {
        let mut shown = self.clone();
        let code = language.code();
        for question in &mut shown.questions {
            let text = std::mem::take(&mut question.translations).remove(code).unwrap_or_default();
            if let QuestionKind::Choice { choices } = &question.kind {
                question.choice_labels = text.choices.unwrap_or_else(|| choices.clone());
            }
            replace(&mut question.label, text.label);
        }
        for option in &mut shown.options {
            let text = std::mem::take(&mut option.translations).remove(code).unwrap_or_default();
            replace(&mut option.name, text.name);
            replace(&mut option.finances, text.finances);
            replace(&mut option.pros, text.pros);
            replace(&mut option.cons, text.cons);
            replace(&mut option.programmes, text.programmes);
            for rule in &mut option.rules {
                replace(&mut rule.why, std::mem::take(&mut rule.translations).remove(code).and_then(|t| t.why));
            }
        }
        shown
    }

    /// Reads and checks a matrix; the first problem found is returned with its location.
    pub fn parse(text: &str) -> Result<Matrix, MatrixError> {
        let matrix: Matrix = toml::from_str(text).map_err(|err| {
            let location = match err.span() {
                Some(span) => {
                    let before = &text[..span.start.min(text.len())];
                    let line = before.matches('\n').count() + 1;
                    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
                    format!("line {line}, column {column}")
                }
                None => "file".to_string(),
            };
            located(location, err.message().to_string())
        })?;
        matrix.check()?;
        Ok(matrix)
    }

    fn check(&self) -> Result<(), MatrixError> {
        let mut seen = HashSet::new();
        for (i, question) in self.questions.iter().enumerate() {
            let at = format!("questions[{i}] ({})", question.id);
            if !seen.insert(question.id.as_str()) {
                return Err(located(at, "this question id is used twice"));
            }
            match &question.kind {
                QuestionKind::Number { min, max } if min >= max => {
                    return Err(located(at, "min must be below max"));
                }
                QuestionKind::Choice { choices } if choices.len() < 2 => {
                    return Err(located(at, "a choice needs at least two choices"));
                }
                _ => {}
            }
            let choices = match &question.kind {
                QuestionKind::Choice { choices } => choices.len(),
                _ => 0,
            };
            check_translations(&at, &question.translations, |t| {
                vec![("choices", t.choices.as_ref().map(Vec::len), choices)]
            })?;
        }
        if let Some(missing) = REQUIRED_QUESTIONS.iter().find(|id| !seen.contains(**id)) {
            return Err(located("questions", format!("the question \"{missing}\" is required")));
        }
        if self.options.is_empty() {
            return Err(located("options", "list at least one financing option"));
        }
        let mut option_ids = HashSet::new();
        for (i, option) in self.options.iter().enumerate() {
            let at = format!("options[{i}] ({})", option.id);
            if !option_ids.insert(option.id.as_str()) {
                return Err(located(at, "this option id is used twice"));
            }
            if option.name.trim().is_empty() || option.pros.is_empty() || option.cons.is_empty() {
                return Err(located(at, "an option needs a name, pros and cons"));
            }
            if option.base.abs() > MAX_POINTS {
                return Err(located(at, format!("base must be between -{MAX_POINTS} and {MAX_POINTS}")));
            }
            for (sector, points) in &option.sectors {
                if TAXONOMY.sector_label(sector).is_none() {
                    return Err(located(format!("{at}.sectors"), format!("unknown sector \"{sector}\"")));
                }
                if points.abs() > MAX_POINTS {
                    return Err(located(format!("{at}.sectors"), "points out of range"));
                }
            }
            check_translations(&at, &option.translations, |t| {
                vec![
                    ("pros", t.pros.as_ref().map(Vec::len), option.pros.len()),
                    ("cons", t.cons.as_ref().map(Vec::len), option.cons.len()),
                    ("programmes", t.programmes.as_ref().map(Vec::len), option.programmes.len()),
                ]
            })?;
            for (j, rule) in option.rules.iter().enumerate() {
                let at = format!("{at}.rules[{j}]");
                self.check_rule(rule).map_err(|message| located(&at, message))?;
                check_translations(&at, &rule.translations, |_| Vec::new())?;
            }
        }
        Ok(())
    }

    fn check_rule(&self, rule: &Rule) -> Result<(), String> {
        let question =
            self.question(&rule.question).ok_or_else(|| format!("unknown question \"{}\"", rule.question))?;
        if rule.points.abs() > MAX_POINTS {
            return Err(format!("points must be between -{MAX_POINTS} and {MAX_POINTS}"));
        }
        if rule.why.trim().is_empty() {
            return Err("say why the rule gives its points".into());
        }
        let range = rule.min.is_some() || rule.max.is_some();
        match (&question.kind, &rule.equals, &rule.any_of, range) {
            (QuestionKind::Number { .. }, None, None, true) => Ok(()),
            (QuestionKind::Number { .. }, ..) => Err("a number question takes min and/or max".into()),
            (QuestionKind::Bool, Some(toml::Value::Boolean(_)), None, false) => Ok(()),
            (QuestionKind::Bool, ..) => Err("a yes/no question takes equals = true or false".into()),
            (QuestionKind::Choice { choices }, equals, any_of, false) => {
                let values: Vec<&str> = match (equals, any_of) {
                    (Some(toml::Value::String(value)), None) => vec![value.as_str()],
                    (None, Some(values)) if !values.is_empty() => values.iter().map(String::as_str).collect(),
                    _ => return Err("a choice question takes equals = \"…\" or any_of = [\"…\"]".into()),
                };
                match values.iter().find(|v| !choices.iter().any(|c| c == *v)) {
                    Some(unknown) => Err(format!("\"{unknown}\" is not one of {}", choices.join(", "))),
                    None => Ok(()),
                }
            }
            (QuestionKind::Choice { .. }, ..) => Err("a choice question takes equals or any_of, not min/max".into()),
        }
    }

    pub fn question(&self, id: &str) -> Option<&Question> {
        self.questions.iter().find(|q| q.id == id)
    }
}

/// One answer, read according to its question.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
#[serde(untagged)]
pub enum Answer {
    Number(f64),
    Bool(bool),
    Choice(String),
}

impl Answer {
    /// The answer as it appears in a URL or a form.
    pub fn to_form_value(&self) -> String {
        match self {
            Answer::Number(n) => n.to_string(),
            Answer::Bool(b) => if *b { "yes" } else { "no" }.to_string(),
            Answer::Choice(c) => c.clone(),
        }
    }
}

/// A checked questionnaire: chosen sectors and an answer to every question.
#[derive(Debug, Clone, PartialEq)]
pub struct Assessment {
    pub sectors: Vec<String>,
    pub answers: BTreeMap<String, Answer>,
}

/// Reads raw answers (from a form, a URL or JSON turned into text) against the matrix's
/// questions; every problem is named by its field so the form can show them all at once.
pub fn check_assessment(
    matrix: &Matrix,
    sectors: &[String],
    raw: &BTreeMap<String, String>,
) -> Result<Assessment, Vec<(String, String)>> {
    let mut errors = Vec::new();
    let mut chosen: Vec<String> = Vec::new();
    for sector in sectors {
        if TAXONOMY.sector_label(sector).is_none() {
            errors.push(("sectors".to_string(), format!("\"{sector}\" is not a sector")));
        } else if !chosen.contains(sector) {
            chosen.push(sector.clone());
        }
    }
    if sectors.is_empty() {
        errors.push(("sectors".to_string(), "choose at least one sector".to_string()));
    }
    let mut answers = BTreeMap::new();
    for question in &matrix.questions {
        let value = raw.get(&question.id).map(|v| v.trim()).unwrap_or_default();
        let answer = if value.is_empty() { Err("answer this question".to_string()) } else { read(question, value) };
        match answer {
            Ok(answer) => {
                answers.insert(question.id.clone(), answer);
            }
            Err(message) => errors.push((question.id.clone(), message)),
        }
    }
    if errors.is_empty() { Ok(Assessment { sectors: chosen, answers }) } else { Err(errors) }
}

fn read(question: &Question, value: &str) -> Result<Answer, String> {
    match &question.kind {
        QuestionKind::Number { min, max } => {
            let number: f64 = value
                .replace(['_', ' '], "")
                .parse()
                .ok()
                .filter(|n: &f64| n.is_finite())
                .ok_or_else(|| "answer with a number".to_string())?;
            if number < *min || number > *max {
                return Err(format!("answer with a number from {min} to {max}"));
            }
            Ok(Answer::Number(number))
        }
        QuestionKind::Bool => match value.to_ascii_lowercase().as_str() {
            "yes" | "true" | "1" | "on" => Ok(Answer::Bool(true)),
            "no" | "false" | "0" | "off" => Ok(Answer::Bool(false)),
            _ => Err("answer yes or no".to_string()),
        },
        QuestionKind::Choice { choices } => {
            if choices.iter().any(|c| c == value) {
                Ok(Answer::Choice(value.to_string()))
            } else {
                Err(format!("answer one of {}", choices.join(", ")))
            }
        }
    }
}

/// Why an option gained or lost points.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct Reason {
    pub points: i32,
    pub reason: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct ScoredOption<'m> {
    pub option: &'m FinanceOption,
    pub score: i32,
    pub why: Vec<Reason>,
}

/// Scores every option for the assessment; the best first, ties in the matrix's order.
pub fn rank<'m>(matrix: &'m Matrix, assessment: &Assessment) -> Vec<ScoredOption<'m>> {
    let mut scored: Vec<ScoredOption<'m>> = matrix
        .options
        .iter()
        .map(|option| {
            let mut why = vec![Reason { points: option.base, reason: t("finance-starting-score").into() }];
            let best_sector = assessment
                .sectors
                .iter()
                .filter_map(|s| option.sectors.get(s).map(|points| (s, *points)))
                .max_by_key(|(_, points)| *points);
            if let Some((sector, points)) = best_sector {
                let label = TAXONOMY.sector_label(sector).unwrap_or(sector);
                why.push(Reason {
                    points,
                    reason: t_with("finance-often-used-in-sector", &[("sector", label.into())]),
                });
            }
            for rule in &option.rules {
                if matches(rule, assessment.answers.get(&rule.question)) {
                    why.push(Reason { points: rule.points, reason: rule.why.clone() });
                }
            }
            ScoredOption { option, score: why.iter().map(|r| r.points).sum(), why }
        })
        .collect();
    // A stable sort keeps the matrix's order among equal scores.
    scored.sort_by_key(|s| std::cmp::Reverse(s.score));
    scored
}

fn matches(rule: &Rule, answer: Option<&Answer>) -> bool {
    match answer {
        Some(Answer::Number(n)) => rule.min.is_none_or(|min| *n >= min) && rule.max.is_none_or(|max| *n < max),
        Some(Answer::Bool(b)) => rule.equals == Some(toml::Value::Boolean(*b)),
        Some(Answer::Choice(c)) => match (&rule.equals, &rule.any_of) {
            (Some(toml::Value::String(value)), _) => value == c,
            (_, Some(values)) => values.contains(c),
            _ => false,
        },
        None => false,
    }
}

#[cfg(test)]
mod tests;
