//! The Climate Transition Map (phases and steps), the Explore catalogue of tool types, and a
//! city's journey through the map: what is fixed comes from `assets/`, what a city records is
//! checked here for the web form, the JSON API and the inbox alike.

use super::{markup::html_to_text, search::SearchQuery, taxonomy::TAXONOMY};
use crate::error::{AppError, AppResult};
use cairn_templates::i18n::{Localized, Translatable, msg, t, t_with};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Step {
    pub id: String,
    pub title: String,
    pub purpose: String,
    pub guidance: String,
    pub outputs: Vec<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Phase {
    pub id: i32,
    pub purpose: String,
    pub steps: Vec<Step>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TransitionMap {
    pub phases: Vec<Phase>,
}

pub static TRANSITION_MAP: Localized<TransitionMap> = Localized::new(|| {
    super::localized_asset(include_str!("../../assets/transition-map.toml"), "assets/transition-map.toml")
});

impl Translatable for TransitionMap {
    /// Every text with its message id (`step-{id}-title`, `step-{id}-output-1`, …).
    fn texts_mut(&mut self) -> Vec<(String, &mut String)> {
        let mut texts = Vec::new();
        for phase in &mut self.phases {
            texts.push((format!("phase-{}-purpose", phase.id), &mut phase.purpose));
            for step in &mut phase.steps {
                let id = &step.id;
                texts.push((format!("step-{id}-title"), &mut step.title));
                texts.push((format!("step-{id}-purpose"), &mut step.purpose));
                texts.push((format!("step-{id}-guidance"), &mut step.guidance));
                for (n, output) in step.outputs.iter_mut().enumerate() {
                    texts.push((format!("step-{id}-output-{}", n + 1), output));
                }
            }
        }
        texts
    }
}

impl TransitionMap {
    /// A step with the phase it belongs to.
    pub fn step(&self, id: &str) -> Option<(&Phase, &Step)> {
        self.phases.iter().find_map(|phase| phase.steps.iter().find(|s| s.id == id).map(|s| (phase, s)))
    }

    pub fn steps(&self) -> impl Iterator<Item = (&Phase, &Step)> {
        self.phases.iter().flat_map(|phase| phase.steps.iter().map(move |s| (phase, s)))
    }

    /// The steps' bits in a resource's map mask (`resources.map_mask`, whose bits 0–7 are its
    /// phases): bits 8–39, a bit per step in map order (pinned by a test, as stored masks depend
    /// on it); unknown ids add nothing.
    pub fn step_mask<S: AsRef<str>>(&self, ids: &[S]) -> i64 {
        mask(self.steps().map(|(_, s)| s.id.as_str()), ids, STEP_BITS)
    }

    /// The steps whose bits are set in `mask`, in map order.
    pub fn steps_in_mask(&self, mask: i64) -> Vec<String> {
        in_mask(self.steps().map(|(_, s)| s.id.as_str()), mask, STEP_BITS)
    }
}

/// Where the steps' and the tool types' bits start in a map mask.
const STEP_BITS: u32 = 8;
const TOOL_BITS: u32 = 40;

fn mask<'a, S: AsRef<str>>(order: impl Iterator<Item = &'a str>, ids: &[S], first_bit: u32) -> i64 {
    order
        .zip(first_bit..)
        .filter(|(id, _)| ids.iter().any(|i| i.as_ref() == *id))
        .fold(0, |bits, (_, bit)| bits | (1 << bit))
}

fn in_mask<'a>(order: impl Iterator<Item = &'a str>, mask: i64, first_bit: u32) -> Vec<String> {
    order.zip(first_bit..).filter(|(_, bit)| mask & (1 << bit) != 0).map(|(id, _)| id.to_string()).collect()
}

impl Phase {
    pub fn title(&self) -> &str {
        TAXONOMY.phase_label(self.id).unwrap_or_default()
    }

    /// The phase's templates in the knowledge repository.
    pub fn templates_query(&self) -> SearchQuery {
        SearchQuery { kinds: vec!["template".into()], phases: vec![self.id], limit: 5, ..Default::default() }
    }
}

impl Step {
    /// The step's resources: those filed under it.
    pub fn resources_query(&self) -> SearchQuery {
        SearchQuery { steps: vec![self.id.clone()], limit: 10, ..Default::default() }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ToolType {
    pub id: String,
    pub name: String,
    /// Resources tagged with this are the tool type's examples.
    pub tag: String,
    pub sectors: Vec<String>,
    pub description: String,
}

impl ToolType {
    /// The tool type's examples (resources filed under it), within the chosen sectors if any.
    pub fn resources_query(&self, sectors: &[String]) -> SearchQuery {
        SearchQuery { tools: vec![self.id.clone()], sectors: sectors.to_vec(), limit: 20, ..Default::default() }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Purpose {
    pub id: String,
    pub title: String,
    pub summary: String,
    pub tools: Vec<ToolType>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Catalogue {
    pub purposes: Vec<Purpose>,
}

impl Translatable for Catalogue {
    /// Every text with its message id (`purpose-{id}-title`, `tool-{id}-name`, …).
    fn texts_mut(&mut self) -> Vec<(String, &mut String)> {
        let mut texts = Vec::new();
        for purpose in &mut self.purposes {
            texts.push((format!("purpose-{}-title", purpose.id), &mut purpose.title));
            texts.push((format!("purpose-{}-summary", purpose.id), &mut purpose.summary));
            for tool in &mut purpose.tools {
                texts.push((format!("tool-{}-name", tool.id), &mut tool.name));
                texts.push((format!("tool-{}-description", tool.id), &mut tool.description));
            }
        }
        texts
    }
}

impl Catalogue {
    pub fn tools(&self) -> impl Iterator<Item = (&Purpose, &ToolType)> {
        self.purposes.iter().flat_map(|p| p.tools.iter().map(move |t| (p, t)))
    }

    pub fn tool(&self, id: &str) -> Option<(&Purpose, &ToolType)> {
        self.tools().find(|(_, t)| t.id == id)
    }

    /// The tool types' bits in a resource's map mask: bits 40–62, a bit per tool type in
    /// catalogue order (pinned by a test).
    pub fn tool_mask<S: AsRef<str>>(&self, ids: &[S]) -> i64 {
        mask(self.tools().map(|(_, t)| t.id.as_str()), ids, TOOL_BITS)
    }

    /// The tool types whose bits are set in `mask`, in catalogue order.
    pub fn tools_in_mask(&self, mask: i64) -> Vec<String> {
        in_mask(self.tools().map(|(_, t)| t.id.as_str()), mask, TOOL_BITS)
    }
}

pub static EXPLORE: Localized<Catalogue> =
    Localized::new(|| super::localized_asset(include_str!("../../assets/explore.toml"), "assets/explore.toml"));

/// Where a city stands on one step.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum StepStatus {
    #[default]
    NotStarted,
    InProgress,
    Done,
}

impl StepStatus {
    pub const ALL: [StepStatus; 3] = [StepStatus::NotStarted, StepStatus::InProgress, StepStatus::Done];

    pub fn as_str(self) -> &'static str {
        match self {
            StepStatus::NotStarted => "not_started",
            StepStatus::InProgress => "in_progress",
            StepStatus::Done => "done",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            StepStatus::NotStarted => msg("not-started"),
            StepStatus::InProgress => msg("in-progress-2"),
            StepStatus::Done => msg("done"),
        }
    }

    pub fn parse(value: &str) -> Option<StepStatus> {
        StepStatus::ALL.into_iter().find(|s| s.as_str() == value)
    }
}

/// What a city records for a step, as typed in a form or sent by a script or a peer.
#[derive(Debug, Clone, Default, Deserialize, utoipa::ToSchema)]
pub struct StepInput {
    pub status: String,
    #[serde(default)]
    pub notes: String,
    /// Links to resources (here or anywhere) that show the work.
    #[serde(default)]
    pub evidence: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ValidStep {
    pub step: String,
    pub status: StepStatus,
    pub notes: String,
    pub evidence: Vec<String>,
}

pub const MAX_NOTES_CHARS: usize = 2000;
pub const MAX_EVIDENCE: usize = 20;

pub fn check_step(step: &str, input: &StepInput) -> AppResult<ValidStep> {
    if TRANSITION_MAP.step(step).is_none() {
        return Err(AppError::not_found(t_with("the-map-has-no-step", &[("step", step.to_string().into())])));
    }
    let status = StepStatus::parse(input.status.trim())
        .ok_or_else(|| AppError::invalid("status", t("choose-not-started-in-progress-or-done")))?;
    // Notes are plain text: markup a peer sends is reduced to its words.
    let notes = input.notes.trim().lines().map(html_to_text).collect::<Vec<_>>().join("\n");
    if notes.chars().count() > MAX_NOTES_CHARS {
        return Err(AppError::invalid(
            "notes",
            t_with("keep-notes-under-characters", &[("max", MAX_NOTES_CHARS.into())]),
        ));
    }
    let evidence: Vec<String> = input.evidence.iter().map(|e| e.trim().to_string()).filter(|e| !e.is_empty()).collect();
    if evidence.len() > MAX_EVIDENCE {
        return Err(AppError::invalid(
            "evidence",
            t_with("link-at-most-pieces-of-evidence", &[("count", MAX_EVIDENCE.into())]),
        ));
    }
    if let Some(bad) = evidence.iter().find(|e| super::web_link(e).is_none()) {
        return Err(AppError::invalid("evidence", t_with("is-not-a-web-link", &[("link", bad.to_string().into())])));
    }
    Ok(ValidStep { step: step.to_string(), status, notes, evidence })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn map_and_catalogue_load_with_unique_ids() {
        assert_eq!(TRANSITION_MAP.phases.iter().map(|p| p.id).collect::<Vec<_>>(), [1, 2, 3, 4, 5, 6]);
        let steps: Vec<&str> = TRANSITION_MAP.steps().map(|(_, s)| s.id.as_str()).collect();
        assert_eq!(steps.len(), steps.iter().collect::<HashSet<_>>().len());
        assert!(TRANSITION_MAP.phases.iter().all(|p| !p.steps.is_empty() && !p.title().is_empty()));
        let tools: Vec<&ToolType> = EXPLORE.purposes.iter().flat_map(|p| &p.tools).collect();
        assert_eq!(tools.len(), tools.iter().map(|t| &t.id).collect::<HashSet<_>>().len());
        assert!(tools.iter().flat_map(|t| &t.sectors).all(|s| TAXONOMY.sector_label(s).is_some()));
    }

    #[test]
    fn stored_masks_keep_their_bits() {
        // Stored masks depend on this order: a step or tool type is added at the end, never
        // moved or removed without a migration of `resources.map_mask` (and migration 000016's
        // constants were written from it).
        let steps: Vec<&str> = TRANSITION_MAP.steps().map(|(_, s)| s.id.as_str()).collect();
        assert_eq!(
            steps,
            [
                "political-mandate",
                "transition-team",
                "shared-vision",
                "stakeholder-map",
                "emissions-baseline",
                "systems-analysis",
                "barriers-enablers",
                "capacity-check",
                "portfolio-design",
                "co-design",
                "investment-plan",
                "action-plan",
                "pilot-projects",
                "procurement",
                "partnerships",
                "scale-up",
                "monitoring",
                "impact-evaluation",
                "share-lessons",
                "adjust-plan",
                "institutionalise",
                "policy-alignment",
                "skills-culture",
                "long-term-finance"
            ]
        );
        let tools: Vec<&str> = EXPLORE.tools().map(|(_, t)| t.id.as_str()).collect();
        assert_eq!(
            tools,
            [
                "building-renovation",
                "district-heating",
                "local-renewables",
                "low-emission-zones",
                "active-mobility",
                "urban-greening",
                "circular-procurement",
                "citizen-assembly",
                "participatory-budgeting",
                "climate-city-contract",
                "living-labs",
                "emissions-inventory",
                "climate-budgeting",
                "impact-monitoring"
            ]
        );
        assert!(steps.len() <= 32 && tools.len() <= 23);
        // Filing by tag (older resources) and the migration read a tool type's tag as its id.
        assert!(EXPLORE.tools().all(|(_, t)| t.tag == t.id));
        let (team_and_finance, district_heating) = (1 << 9 | 1 << 31, 1 << 41);
        assert_eq!(TRANSITION_MAP.step_mask(&["transition-team", "nothing", "long-term-finance"]), team_and_finance);
        assert_eq!(TRANSITION_MAP.steps_in_mask(team_and_finance | 0b111), ["transition-team", "long-term-finance"]);
        assert_eq!(EXPLORE.tool_mask(&["district-heating"]), district_heating);
        assert_eq!(EXPLORE.tools_in_mask(district_heating | team_and_finance), ["district-heating"]);
    }

    #[test]
    fn step_records_are_checked() {
        let ok = StepInput {
            status: "in_progress".into(),
            notes: "<b>Council</b> vote in May".into(),
            evidence: vec![" https://city.example/resources/1 ".into(), "".into()],
        };
        let valid = check_step("political-mandate", &ok).unwrap();
        assert_eq!(valid.status, StepStatus::InProgress);
        assert_eq!(valid.notes, "Council vote in May");
        assert_eq!(valid.evidence, ["https://city.example/resources/1"]);

        assert_eq!(check_step("no-such-step", &ok).unwrap_err().kind, crate::error::ErrorKind::NotFound);
        let cases = [
            (StepInput { status: "finished".into(), ..ok.clone() }, "status"),
            (StepInput { notes: "x".repeat(MAX_NOTES_CHARS + 1), ..ok.clone() }, "notes"),
            (StepInput { evidence: vec!["javascript:alert(1)".into()], ..ok.clone() }, "evidence"),
            (StepInput { evidence: vec!["https://a.example/".into(); MAX_EVIDENCE + 1], ..ok.clone() }, "evidence"),
        ];
        for (input, field) in cases {
            assert_eq!(check_step("political-mandate", &input).unwrap_err().field.as_deref(), Some(field));
        }
    }
}
