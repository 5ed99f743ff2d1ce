//! What makes a report: something this node knows, why, and what the reporter adds.

use super::profile::bounded;
use crate::error::{AppError, AppResult, Problems};
use cairn_templates::i18n::{t, t_with};
use serde::Deserialize;
use url::Url;

/// Why something is reported: (id, what people read).
pub const REASONS: [(&str, &str); 6] = [
    ("spam", "Spam or advertising"),
    ("abuse", "Harassment, hate or threats"),
    ("illegal", "Illegal content"),
    ("misleading", "False or misleading information"),
    ("rule", "Breaks one of this node's rules"),
    ("other", "Something else"),
];

pub const MAX_COMMENT_CHARS: usize = 1000;

/// A report as people file it (web form and `POST /api/v1/reports`).
#[derive(Debug, Clone, Default, Deserialize, utoipa::ToSchema)]
pub struct ReportInput {
    /// The address of the content or account: its ActivityPub id or the page that shows it.
    pub target: String,
    /// One of spam, abuse, illegal, misleading, rule, other.
    pub reason: String,
    /// With reason `rule`: the number of the node rule it breaks (1 is the first).
    #[serde(default)]
    pub rule: Option<usize>,
    /// What the moderators should know (up to 1000 characters).
    #[serde(default)]
    pub comment: String,
    /// For content from another server: also send the report, without your name, to its moderators.
    #[serde(default)]
    pub forward: bool,
}

#[derive(Debug, Clone)]
pub struct ValidReport {
    pub target: Url,
    pub reason: String,
    /// The cited rule as "n. text", or empty.
    pub rule: String,
    pub comment: String,
    pub forward: bool,
}

/// Checks a report against the node's published rules; names every problem at once.
pub fn check_report(input: &ReportInput, rules: &[String]) -> AppResult<ValidReport> {
    let mut problems = Problems::default();
    let target = Url::parse(input.target.trim()).ok().filter(|url| matches!(url.scheme(), "https" | "http"));
    if target.is_none() {
        problems.add("target", t("give-the-address-https-of-what-you"));
    }
    let reason = input.reason.trim();
    if !REASONS.iter().any(|(id, _)| *id == reason) {
        problems.add("reason", t("choose-why-you-report-this"));
    }
    let rule = match (reason, input.rule) {
        ("rule", Some(n)) if (1..=rules.len()).contains(&n) => format!("{n}. {}", rules[n - 1]),
        ("rule", _) if rules.is_empty() => {
            problems.add("reason", t("this-node-has-published-no-rules-choose"));
            String::new()
        }
        ("rule", _) => {
            problems.add("rule", t_with("choose-which-rule-it-breaks", &[("count", rules.len().into())]));
            String::new()
        }
        _ => String::new(),
    };
    let comment = problems.keep(bounded("comment", &input.comment, MAX_COMMENT_CHARS))?.unwrap_or_default();
    problems.finish()?;
    Ok(ValidReport {
        target: target.ok_or_else(|| AppError::invalid("target", t("missing")))?,
        reason: reason.to_string(),
        rule,
        comment,
        forward: input.forward,
    })
}

/// The words for a reason id ("Something else" for one this version does not know).
pub fn reason_label(id: &str) -> &'static str {
    REASONS.iter().find(|(known, _)| *known == id).map_or("Something else", |(_, label)| label)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_report_names_every_problem_and_cites_a_published_rule() {
        let rules = vec!["Be kind.".to_string(), "No advertising.".to_string()];
        let input = ReportInput {
            target: "https://a.example/posts/1".into(),
            reason: "rule".into(),
            rule: Some(2),
            ..Default::default()
        };
        assert_eq!(check_report(&input, &rules).unwrap().rule, "2. No advertising.");
        let bad = ReportInput {
            target: "ftp://x".into(),
            reason: "rule".into(),
            rule: Some(3),
            comment: "x".repeat(1001),
            forward: true,
        };
        let error = check_report(&bad, &rules).unwrap_err();
        let fields: Vec<_> = error.field_problems().into_iter().map(|p| p.field).collect();
        assert_eq!(fields, ["target", "rule", "comment"]);
        let no_rules = ReportInput { reason: "rule".into(), ..input };
        assert_eq!(check_report(&no_rules, &[]).unwrap_err().field.as_deref(), Some("reason"));
        assert!(check_report(&ReportInput { reason: "boring".into(), ..no_rules }, &rules).is_err());
    }
}
