//! The climate-transition tools: the map drawn as a journey, a city's progress, a step,
//! the Explore catalogue and the financial guidance.

use crate::links::href;
use crate::{
    Ctx, FormErrors,
    components::{chips, csrf_field, error_summary, layout},
    i18n::{msg, t, t_with},
    knowledge::{ResourceCard, resource_card},
};
use maud::{Markup, html};

/// A step as the map, a journey or a step page shows it.
#[derive(Debug, Clone, Default)]
pub struct StepSummary {
    pub id: String,
    pub title: String,
    pub purpose: String,
    pub url: String,
    pub resource_count: i64,
    pub resources_url: String,
    /// `not_started`, `in_progress` or `done`.
    pub status: String,
    pub status_label: String,
    pub notes: String,
    pub evidence: Vec<String>,
    pub updated: Option<String>,
}

#[derive(Debug, Clone, Default)]
pub struct PhaseSummary {
    pub id: i32,
    pub title: String,
    pub purpose: String,
    pub steps: Vec<StepSummary>,
    pub templates_url: String,
}

impl PhaseSummary {
    fn done(&self) -> usize {
        self.steps.iter().filter(|s| s.status == "done").count()
    }
}

pub struct MapView<'a> {
    pub phases: &'a [PhaseSummary],
    pub city_name: &'a str,
    pub done: usize,
    pub total: usize,
}

fn status_badge(step: &StepSummary) -> Markup {
    html! { span class={ "status status-" (step.status) } { (step.status_label) } }
}

/// Splits a label into at most two lines of roughly equal length, for SVG text.
fn two_lines(label: &str) -> (String, String) {
    let words: Vec<&str> = label.split_whitespace().collect();
    if label.chars().count() <= 14 || words.len() < 2 {
        return (label.to_string(), String::new());
    }
    let half = label.chars().count() / 2;
    let mut first = Vec::new();
    let mut length = 0;
    for (i, word) in words.iter().enumerate() {
        if length >= half && i > 0 {
            return (first.join(" "), words[i..].join(" "));
        }
        length += word.chars().count() + 1;
        first.push(*word);
    }
    (first.join(" "), String::new())
}

/// The six phases as stones along a trail; each stone's ring fills with the city's progress.
/// SVG elements are written with `{}`: inside HTML a `<circle>` is only closed by `</circle>`.
fn trail(phases: &[PhaseSummary], city_name: &str) -> Markup {
    const RADIUS: f64 = 30.0;
    let circumference = 2.0 * std::f64::consts::PI * RADIUS;
    let at = |i: usize| (80.0 + i as f64 * 150.0, if i.is_multiple_of(2) { 70.0 } else { 150.0 });
    let path: String = (0..phases.len())
        .map(|i| {
            let (x, y) = at(i);
            if i == 0 { format!("M{x},{y}") } else { format!(" S{},{} {x},{y}", x - 75.0, y) }
        })
        .collect();
    let description = phases
        .iter()
        .map(|p| {
            format!(
                "{}: {} {} / {}",
                t_with("phase-number", &[("number", (p.id).into())]),
                p.title,
                p.done(),
                p.steps.len()
            )
        })
        .collect::<Vec<_>>()
        .join("; ");
    html! {
        svg.trail viewBox="0 0 900 250" role="group" aria-labelledby="trail-title trail-desc" {
            title #trail-title { (t("the-climate-transition-map-as-a")) }
            desc #trail-desc { (city_name) ": " (description) }
            path.trail-path d=(path) fill="none" {}
            @for (i, phase) in phases.iter().enumerate() {
                @let (x, y) = at(i);
                @let share = if phase.steps.is_empty() { 0.0 } else { phase.done() as f64 / phase.steps.len() as f64 };
                @let (line1, line2) = two_lines(&phase.title);
                a href={ "#phase-" (phase.id) } {
                    circle.stone cx=(x) cy=(y) r=(RADIUS) {}
                    circle.progress cx=(x) cy=(y) r=(RADIUS)
                        stroke-dasharray={ (format!("{:.1}", share * circumference)) " " (format!("{circumference:.1}")) }
                        transform={ "rotate(-90 " (x) " " (y) ")" } {}
                    text.stone-number x=(x) y=(y + 8.0) text-anchor="middle" { (phase.id) }
                    // One text, the second line one line-height below (em): it follows the font
                    // size, which grows on phones.
                    text.stone-label x=(x) y=(y + RADIUS + 20.0) text-anchor="middle" {
                        tspan x=(x) { (line1) }
                        @if !line2.is_empty() { tspan x=(x) dy="1.2em" { (line2) } }
                    }
                }
            }
        }
    }
}

fn step_item(step: &StepSummary, show_notes: bool) -> Markup {
    html! {
        li.step {
            div.step-head {
                h3 { a href=[href(&step.url)] { (step.title) } }
                (status_badge(step))
            }
            p { (step.purpose) }
            @if show_notes && !step.notes.is_empty() { p.notes { (step.notes) } }
            @if show_notes && !step.evidence.is_empty() {
                ul.evidence aria-label=(t("evidence")) {
                    @for link in &step.evidence { li { a href=[href(link)] rel="nofollow ugc" { (link) } } }
                }
            }
            p.meta {
                a href=[href(&step.resources_url)] { (t_with("resource-count", &[("count", (step.resource_count).into())])) }
                @if let Some(updated) = &step.updated { " · " (t("updated")) " " (updated) }
            }
        }
    }
}

fn phases_list(phases: &[PhaseSummary], show_notes: bool) -> Markup {
    html! {
        ol.phases {
            @for phase in phases {
                li.phase #{ "phase-" (phase.id) } {
                    h2 { span.phase-number { (phase.id) } " " (phase.title) }
                    p.lead { (phase.purpose) }
                    ol.steps { @for step in &phase.steps { (step_item(step, show_notes)) } }
                    p { a href=[href(&phase.templates_url)] { (t("templates-for-this-phase")) } }
                }
            }
        }
    }
}

pub fn map(ctx: &Ctx, view: &MapView<'_>) -> Markup {
    layout(
        ctx,
        t("transition-map"),
        html! {
            div.page-head {
                h1 { (t("climate-transition-map")) }
                a href="/journey" { (view.city_name) ": " (t_with("steps-done-of-total", &[("done", (view.done).into()), ("total", (view.total).into())])) }
            }
            p.lead { (t("six-phases-from-a-political-mandate")) }
            (trail(view.phases, view.city_name))
            (phases_list(view.phases, false))
        },
    )
}

pub struct JourneyView<'a> {
    pub city_name: &'a str,
    pub city_url: &'a str,
    pub origin: Option<&'a str>,
    pub phases: &'a [PhaseSummary],
    pub done: usize,
    pub in_progress: usize,
    pub total: usize,
    pub updated: Option<String>,
    /// Other cities whose journeys this node knows: name, page, steps done.
    pub others: &'a [(String, String, i64)],
    pub can_edit: bool,
}

pub fn journey(ctx: &Ctx, view: &JourneyView<'_>) -> Markup {
    let percent = (view.done * 100).checked_div(view.total).unwrap_or(0);
    layout(
        ctx,
        t("transition-journey"),
        html! {
            div.page-head {
                h1 { (t("transition-journey-of")) " " a href=[href(view.city_url)] { (view.city_name) } }
                @if let Some(origin) = view.origin { p.origin { (t("from")) " " (origin) } }
            }
            p.lead {
                (t_with("steps-done-out-of", &[("done", (view.done).into()), ("total", (view.total).into())])) ", " (t_with("in-progress-count", &[("count", (view.in_progress).into())])) "."
                @if let Some(updated) = &view.updated { " " (t("last-updated")) " " (updated) "." }
            }
            progress.journey-progress max=(view.total) value=(view.done) aria-label=(t("steps-done-2")) { (percent) "%" }
            @if view.can_edit { p { (t("open-a-step-to-record-where")) } }
            (trail(view.phases, view.city_name))
            (phases_list(view.phases, true))
            @if !view.others.is_empty() {
                section {
                    h2 { (t("other-cities-journeys")) }
                    ul {
                        @for (name, url, done) in view.others {
                            li { a href=[href(url)] { (name) } " · " (t_with("steps-done-count", &[("done", (*done).into())])) }
                        }
                    }
                }
            }
        },
    )
}

pub struct StepView<'a> {
    pub phase: &'a PhaseSummary,
    pub step: &'a StepSummary,
    pub guidance: &'a str,
    pub outputs: &'a [String],
    pub resources: &'a [ResourceCard],
    pub templates: &'a [ResourceCard],
    /// The form for administrators: status, notes, evidence (one link per line).
    pub editor: Option<(&'a str, &'a str, &'a str)>,
    pub errors: &'a FormErrors,
}

pub fn step(ctx: &Ctx, view: &StepView<'_>) -> Markup {
    let step = view.step;
    layout(
        ctx,
        &step.title,
        html! {
            p.meta { a href={ "/map#phase-" (view.phase.id) } { (t_with("phase-number", &[("number", view.phase.id.into())])) ": " (view.phase.title) } }
            div.page-head { h1 { (step.title) } (status_badge(step)) }
            p.lead { (step.purpose) }
            h2 { (t("guidance")) }
            p { (view.guidance) }
            h2 { (t("expected-outputs")) }
            ul { @for output in view.outputs { li { (output) } } }
            @if !step.notes.is_empty() || !step.evidence.is_empty() {
                h2 { (t("where-the-city-stands")) }
                @if !step.notes.is_empty() { p.notes { (step.notes) } }
                ul.evidence { @for link in &step.evidence { li { a href=[href(link)] rel="nofollow ugc" { (link) } } } }
            }
            @if let Some((status, notes, evidence)) = view.editor {
                section.editor {
                    h2 { (t("record-the-citys-progress")) }
                    (error_summary(view.errors))
                    form method="post" action={ "/journey/steps/" (step.id) } {
                        (csrf_field(ctx))
                        div.field {
                            label for="status" { (t("status")) }
                            @if let Some(error) = view.errors.field("status") { p.field-error { (error) } }
                            select #status name="status" {
                                @for (value, label) in [("not_started", msg("not-started")), ("in_progress", msg("in-progress-2")), ("done", msg("done"))] {
                                    option value=(value) selected[value == status] { (t(label)) }
                                }
                            }
                        }
                        div.field {
                            label for="notes" { (t("notes")) }
                            @if let Some(error) = view.errors.field("notes") { p.field-error { (error) } }
                            textarea #notes name="notes" rows="4" { (notes) }
                        }
                        div.field {
                            label for="evidence" { (t("evidence")) }
                            p.hint #evidence-hint { (t("links-to-resources-that-show-the")) }
                            @if let Some(error) = view.errors.field("evidence") { p.field-error { (error) } }
                            textarea #evidence name="evidence" rows="3" aria-describedby="evidence-hint" { (evidence) }
                        }
                        button type="submit" { (t("save-and-publish")) }
                    }
                }
            }
            h2 { (t("resources-for-this-step")) }
            p.hint { (t("resources-filed-under-this-step-or")) " " code { (step.id) } ")." }
            p { a.button href={ "/knowledge/new?step=" (step.id) } { (t("share-your-citys-work-on-this")) } }
            @if view.resources.is_empty() {
                p.empty { (t("nothing-published-for-this-step-yet")) }
            } @else {
                div.results { @for card in view.resources { (resource_card(card)) } }
                p { a href=[href(&step.resources_url)] { (t_with("all-resource-count", &[("count", (step.resource_count).into())])) } }
            }
            h2 { (t("templates-for-this-phase")) }
            @if view.templates.is_empty() {
                p.empty { (t("no-templates-for-this-phase-yet")) }
            } @else {
                div.results { @for card in view.templates { (resource_card(card)) } }
                p { a href=[href(&view.phase.templates_url)] { (t("all-templates-for-this-phase")) } }
            }
        },
    )
}

#[derive(Debug, Clone, Default)]
pub struct ToolCard {
    pub name: String,
    pub description: String,
    pub url: String,
    pub sectors: Vec<String>,
    pub resource_count: i64,
}

pub struct PurposeView {
    pub id: String,
    pub title: String,
    pub summary: String,
    pub tools: Vec<ToolCard>,
}

pub struct ExploreView<'a> {
    pub sector: &'a str,
    pub sectors: &'a [(String, String)],
    pub purposes: &'a [PurposeView],
}

fn tool_card(tool: &ToolCard) -> Markup {
    html! {
        article.card.tool {
            div {
                h3 { a href=[href(&tool.url)] { (tool.name) } }
                p { (tool.description) }
                p.meta { a href=[href(&tool.url)] { (t_with("resource-count", &[("count", (tool.resource_count).into())])) } }
                (chips(t("sectors"), &tool.sectors))
            }
        }
    }
}

pub fn explore(ctx: &Ctx, view: &ExploreView<'_>) -> Markup {
    layout(
        ctx,
        t("explore"),
        html! {
            h1 { (t("explore-the-tools-cities-use")) }
            form.filters method="get" action="/explore" {
                div.field {
                    label for="sector" { (t("sector")) }
                    select #sector name="sector" {
                        option value="" { (t("all-sectors")) }
                        @for (id, label) in view.sectors { option value=(id) selected[id == view.sector] { (label) } }
                    }
                }
                button type="submit" { (t("filter")) }
            }
            @for purpose in view.purposes {
                section #(purpose.id) {
                    h2 { (purpose.title) }
                    p.lead { (purpose.summary) }
                    @if purpose.tools.is_empty() { p.empty { (t("no-tool-of-this-kind-for")) } }
                    div.cards { @for tool in &purpose.tools { (tool_card(tool)) } }
                }
            }
        },
    )
}

pub struct ToolView<'a> {
    pub tool: &'a ToolCard,
    pub purpose: &'a str,
    /// The tool type's id, which resources are filed under (its tag before that).
    pub id: &'a str,
    pub tag: &'a str,
    pub resources: &'a [ResourceCard],
    pub all_url: &'a str,
}

pub fn tool(ctx: &Ctx, view: &ToolView<'_>) -> Markup {
    layout(
        ctx,
        &view.tool.name,
        html! {
            p.meta { a href="/explore" { (t("explore")) } " · " (view.purpose) }
            h1 { (view.tool.name) }
            p.lead { (view.tool.description) }
            (chips(t("sectors"), &view.tool.sectors))
            h2 { (t("examples-from-the-repository")) }
            p.hint { (t("resources-filed-under-this-tool-type")) " " code { (view.tag) } ")." }
            p { a.button href={ "/knowledge/new?tool=" (view.id) } { (t("share-your-citys-work-with-this")) } }
            @if view.resources.is_empty() {
                p.empty { (t("no-examples-yet")) }
            } @else {
                div.results { @for card in view.resources { (resource_card(card)) } }
                p { a href=[href(view.all_url)] { (t_with("all-resource-count", &[("count", (view.tool.resource_count).into())])) } }
            }
        },
    )
}

#[derive(Debug, Clone)]
pub enum QuestionInput {
    Number {
        min: f64,
        max: f64,
    },
    YesNo,
    /// Each choice's id and label.
    Choice(Vec<(String, String)>),
}

#[derive(Debug, Clone)]
pub struct QuestionField {
    pub id: String,
    pub label: String,
    pub input: QuestionInput,
    pub value: String,
}

#[derive(Debug, Clone, Default)]
pub struct OptionResult {
    pub rank: usize,
    pub name: String,
    pub score: i32,
    pub finances: String,
    pub pros: Vec<String>,
    pub cons: Vec<String>,
    pub programmes: Vec<String>,
    pub why: Vec<(i32, String)>,
}

pub struct FinanceView<'a> {
    /// Sector id, label, chosen.
    pub sectors: &'a [(String, String, bool)],
    pub questions: &'a [QuestionField],
    pub errors: &'a FormErrors,
    pub results: Option<&'a [OptionResult]>,
    pub share_url: Option<&'a str>,
}

fn question_field(question: &QuestionField, errors: &FormErrors) -> Markup {
    let error = errors.field(&question.id);
    html! {
        @match &question.input {
            QuestionInput::Number { min, max } => {
                div.field {
                    label for=(question.id) { (question.label) }
                    @if let Some(error) = error { p.field-error id={ (question.id) "-error" } { (error) } }
                    input id=(question.id) name=(question.id) type="number" min=(min) max=(max) step="any"
                        value=(question.value) aria-invalid=[error.map(|_| "true")];
                }
            }
            QuestionInput::YesNo => {
                fieldset.field id=(question.id) {
                    legend { (question.label) }
                    @if let Some(error) = error { p.field-error { (error) } }
                    @for (value, label) in [("yes", msg("yes-2")), ("no", msg("no-2"))] {
                        label.check {
                            input type="radio" name=(question.id) value=(value) checked[question.value == value];
                            " " (t(label))
                        }
                    }
                }
            }
            QuestionInput::Choice(choices) => {
                fieldset.field id=(question.id) {
                    legend { (question.label) }
                    @if let Some(error) = error { p.field-error { (error) } }
                    @for (choice, label) in choices {
                        label.check {
                            input type="radio" name=(question.id) value=(choice) checked[&question.value == choice];
                            " " (label)
                        }
                    }
                }
            }
        }
    }
}

fn option_result(option: &OptionResult, best: i32) -> Markup {
    let width = if best <= 0 { 0 } else { (option.score.max(0) * 100 / best).clamp(0, 100) };
    html! {
        li.finance-option {
            div.page-head {
                h3 { (option.rank) ". " (option.name) }
                span.score { (t("score")) " " (option.score) }
            }
            svg.scorebar viewBox="0 0 100 6" preserveAspectRatio="none" aria-hidden="true" {
                rect.scorebar-track x="0" y="0" width="100" height="6" {}
                rect.scorebar-fill x="0" y="0" width=(width) height="6" {}
            }
            p { strong { (t("finances")) ": " } (option.finances) }
            div.proscons {
                div { h4 { (t("pros")) } ul { @for pro in &option.pros { li { (pro) } } } }
                div { h4 { (t("cons")) } ul { @for con in &option.cons { li { (con) } } } }
            }
            @if !option.programmes.is_empty() {
                p { strong { (t("related-programmes")) ": " } (option.programmes.join(", ")) }
            }
            details {
                summary { (t("why-this-score")) }
                ul.why {
                    @for (points, reason) in &option.why {
                        li { span.points { @if *points >= 0 { "+" } (points) } " " (reason) }
                    }
                }
            }
        }
    }
}

pub fn finance(ctx: &Ctx, view: &FinanceView<'_>) -> Markup {
    layout(
        ctx,
        t("financial-guidance"),
        html! {
            h1 { (t("financial-guidance")) }
            p.lead { (t("pick-the-sectors-of-your-project")) }
            (error_summary(view.errors))
            form.finance method="get" action="/finance" {
                fieldset.field #sectors {
                    legend { (t("sectors-of-the-project")) }
                    @if let Some(error) = view.errors.field("sectors") { p.field-error { (error) } }
                    @for (id, label, chosen) in view.sectors {
                        label.check { input type="checkbox" name="sector" value=(id) checked[*chosen]; " " (label) }
                    }
                }
                @for question in view.questions { (question_field(question, view.errors)) }
                button type="submit" { (t("rank-financing-options")) }
            }
            @if let Some(results) = view.results {
                section #results {
                    h2 { (t("financing-options-best-match-first")) }
                    @if let Some(url) = view.share_url {
                        p { (t("share-these-results")) ": " a href=[href(url)] { (t("link-to-this-assessment")) } }
                    }
                    @let best = results.first().map_or(0, |o| o.score);
                    ol.finance-options { @for option in results { (option_result(option, best)) } }
                }
            }
        },
    )
}
