//! Knowledge resources (case studies, information sheets, methods…): the rules every resource
//! meets, whether it comes from the web form, the JSON API or another server.

use super::{
    taxonomy::TAXONOMY,
    transition::{EXPLORE, TRANSITION_MAP},
};
// Versions in other languages are shared with events; read here as well, where they began.
pub use super::translation::{
    MAX_TRANSLATIONS, Translation, VersionRules, check_translations, stored_translations, version_for,
};
use crate::error::{AppError, AppResult, Problems};
use cairn_templates::i18n::{t, t_with};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Impact {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tco2e_per_year: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub investment_eur: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub people_reached: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Attachment {
    pub url: String,
    #[serde(default)]
    pub media_type: String,
    #[serde(default)]
    pub title: String,
    /// An image's placeholder while it loads.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub blurhash: Option<String>,
}

/// A resource as submitted, before the rules are applied.
#[derive(Debug, Clone, Default, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(default)]
pub struct ResourceInput {
    pub kind: String,
    pub title: String,
    pub summary: String,
    pub body: String,
    pub language: String,
    pub license: String,
    pub sectors: Vec<String>,
    pub tags: Vec<String>,
    pub phases: Vec<i32>,
    pub city: String,
    pub country: String,
    pub period_start: Option<i32>,
    pub period_end: Option<i32>,
    pub impact: Impact,
    pub attachments: Vec<Attachment>,
    /// Files one uploaded (`POST /media`), attached as they are published.
    pub media_ids: Vec<i64>,
    pub organisation: String,
    /// The Transition Map steps it helps with (step ids, e.g. `stakeholder-map`).
    pub map_steps: Vec<String>,
    /// The Explore tool types it is an example of (e.g. `district-heating`).
    pub tool_types: Vec<String>,
    /// Its versions in other languages.
    pub translations: Vec<Translation>,
}

/// A resource that meets the rules (every list de-duplicated, text trimmed).
pub type ValidResource = ResourceInput;

pub(super) fn text(field: &'static str, value: &str, min: usize, max: usize) -> AppResult<String> {
    let value = value.trim();
    let chars = value.chars().count();
    if chars < min {
        return Err(AppError::invalid(
            field,
            if min == 1 {
                t("this-is-required").to_string()
            } else {
                t_with("write-at-least-characters", &[("min", min.into())])
            },
        ));
    }
    if chars > max {
        return Err(AppError::invalid(field, t_with("keep-this-under-characters", &[("max", max.into())])));
    }
    if value.chars().any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t')) {
        return Err(AppError::invalid(field, t("this-contains-control-characters")));
    }
    Ok(value.to_string())
}

/// An ISO 3166 alpha-2 code, upper case, or nothing.
pub fn check_country(country: &str) -> AppResult<String> {
    let country = country.trim().to_ascii_uppercase();
    let two_letters = country.len() == 2 && country.chars().all(|c| c.is_ascii_uppercase());
    if !country.is_empty() && !two_letters {
        return Err(AppError::invalid("country", t("use-the-two-letter-country-code-e")));
    }
    Ok(country)
}

/// A tag without its `#` marks and surrounding space, lower-cased; normalising twice changes
/// nothing (the fuzzer found `# #x`, which once became `#x`).
pub fn normalise_tag(tag: &str) -> String {
    tag.trim_start_matches(|c: char| c == '#' || c.is_whitespace()).trim_end().to_lowercase()
}

/// The path of a tag's page on this node, `/tags/{tag}` (as on Mastodon), the tag
/// percent-encoded as one path segment.
pub fn tag_path(tag: &str) -> String {
    let tag = normalise_tag(tag);
    // A segment of dots would be read as "this folder" or "the one above": spelled out instead.
    if !tag.is_empty() && tag.chars().all(|c| c == '.') {
        return format!("/tags/{}", tag.replace('.', "%2E"));
    }
    let mut url = url::Url::parse("http://x/tags/").expect("a static URL");
    url.path_segments_mut().expect("a base URL").pop_if_empty().push(&tag);
    url.path().to_string()
}

/// The resource as it will be kept, or every problem with it at once (required fields first).
pub fn check_resource(input: &ResourceInput) -> AppResult<ValidResource> {
    let mut problems = Problems::default();
    if TAXONOMY.kind_label(&input.kind).is_none() {
        problems.add("kind", t("choose-the-kind-of-resource"));
    }
    let language = input.language.trim().to_string();
    if !TAXONOMY.knows_language(&language) {
        problems.add("language", t("choose-a-language-e-g-en-fr"));
    }
    let mut text = |field: &'static str, value: &str, min: usize, max: usize| -> AppResult<String> {
        Ok(problems.keep(text(field, value, min, max))?.unwrap_or_default())
    };
    let title = text("title", &input.title, 3, 200)?;
    let summary = text("summary", &input.summary, 1, 1000)?;
    let body = text("body", &input.body, 0, 100_000)?;
    let license = text("license", &input.license, 0, 100)?;
    let city = text("city", &input.city, 0, 100)?;
    let organisation = text("organisation", &input.organisation, 0, 200)?;
    let mut tags = Vec::new();
    for tag in &input.tags {
        let tag = normalise_tag(&text("tags", tag, 0, 50)?);
        if !tag.is_empty() && !tags.contains(&tag) {
            tags.push(tag);
        }
    }
    let mut attachments = Vec::new();
    for attachment in &input.attachments {
        attachments.push(Attachment {
            url: attachment.url.trim().to_string(),
            media_type: text("attachments", &attachment.media_type, 0, 100)?,
            // An uploaded file's alt text is its title.
            title: text("attachments", &attachment.title, 0, super::media::MAX_DESCRIPTION_CHARS)?,
            blurhash: attachment.blurhash.clone().filter(|b| b.len() <= 100 && b.chars().all(|c| c.is_ascii_graphic())),
        });
    }
    let sectors = TAXONOMY.chosen_sectors(&input.sectors, &mut problems);
    let mut phases = Vec::new();
    for phase in &input.phases {
        if TAXONOMY.phase_label(*phase).is_none() {
            problems.add("phases", t("transition-map-phases-are-numbered-1-to"));
        } else if !phases.contains(phase) {
            phases.push(*phase);
        }
    }
    phases.sort();
    // Chosen from the map and the catalogue. As resources were filed before these fields, a
    // step's id as a topic tag with the step's phase files it under the step, and a tool type's
    // tag under the tool type.
    let shown = |id: &str| id.chars().take(50).collect::<String>();
    for (field, count) in [("map_steps", input.map_steps.len()), ("tool_types", input.tool_types.len())] {
        if count > 40 {
            problems.add(field, "choose at most 40");
        }
    }
    let mut map_steps = Vec::new();
    for step in input.map_steps.iter().map(|s| s.trim()).take(40) {
        if TRANSITION_MAP.step(step).is_none() {
            problems.add("map_steps", t_with("is-not-a-step-of-the-map", &[("step", shown(step).into())]));
        }
    }
    for (phase, step) in TRANSITION_MAP.steps() {
        let tagged = tags.contains(&step.id) && phases.contains(&phase.id);
        if input.map_steps.iter().any(|s| s.trim() == step.id) || tagged {
            map_steps.push(step.id.clone());
        }
    }
    let mut tool_types = Vec::new();
    for tool in input.tool_types.iter().map(|t| t.trim()).take(40) {
        if EXPLORE.tool(tool).is_none() {
            problems.add("tool_types", t_with("is-not-a-tool-type", &[("tool", shown(tool).into())]));
        }
    }
    for (_, tool) in EXPLORE.tools() {
        if input.tool_types.iter().any(|t| t.trim() == tool.id) || tags.contains(&tool.tag) {
            tool_types.push(tool.id.clone());
        }
    }
    if tags.len() > 20 {
        problems.add("tags", t("use-at-most-20-topic-tags"));
    }
    let country = problems.keep(check_country(&input.country))?.unwrap_or_default();
    for (field, year) in [("period_start", input.period_start), ("period_end", input.period_end)] {
        if year.is_some_and(|y| !(1900..=2100).contains(&y)) {
            problems.add(field, "enter a year between 1900 and 2100");
        }
    }
    if let (Some(start), Some(end)) = (input.period_start, input.period_end)
        && end < start
    {
        problems.add("period_end", t("the-period-cannot-end-before-it-starts"));
    }
    let impact = &input.impact;
    for (field, value) in [("tco2e_per_year", impact.tco2e_per_year), ("investment_eur", impact.investment_eur)] {
        if value.is_some_and(|v| !(0.0..=1e15).contains(&v)) {
            problems.add(field, "enter a positive number");
        }
    }
    if impact.people_reached.is_some_and(|v| !(0..=10_000_000_000).contains(&v)) {
        problems.add("people_reached", t("enter-a-positive-number"));
    }
    if input.attachments.len() > 20 {
        problems.add("attachments", t("attach-at-most-20-links"));
    } else if input.attachments.len() + input.media_ids.len() > 20 {
        problems.add("media_ids", t("attach-at-most-20-files-and-links"));
    }
    if input.attachments.iter().any(|a| super::web_link(&a.url).is_none()) {
        problems.add("attachments", t("an-attachment-needs-an-https-address"));
    }
    let translations = check_translations(&language, &input.translations, RESOURCE_VERSIONS, &mut problems);
    problems.finish()?;
    Ok(ResourceInput {
        kind: input.kind.clone(),
        title,
        summary,
        body,
        language,
        license,
        sectors,
        tags,
        phases,
        city,
        country,
        period_start: input.period_start,
        period_end: input.period_end,
        impact: impact.clone(),
        attachments,
        media_ids: input.media_ids.clone(),
        organisation,
        map_steps,
        tool_types,
        translations,
    })
}

pub const RESOURCE_VERSIONS: VersionRules =
    VersionRules { title_chars: (3, 200), summary: true, body_max: 100_000, body_markdown: true };

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tag_paths_are_one_segment() {
        assert_eq!(tag_path("#Heat"), "/tags/heat");
        assert_eq!(tag_path("district heating"), "/tags/district%20heating");
        assert_eq!(tag_path("a/b?c"), "/tags/a%2Fb%3Fc");
        assert_eq!(tag_path(".."), "/tags/%2E%2E");
    }

    fn valid() -> ResourceInput {
        ResourceInput {
            kind: "case_study".into(),
            title: "Heat network in a dense district".into(),
            summary: "What worked.".into(),
            language: "en".into(),
            sectors: vec!["energy_systems".into(), "energy_systems".into()],
            tags: vec!["#District Heating".into(), "district heating".into()],
            phases: vec![4, 3, 4],
            country: "fr".into(),
            ..Default::default()
        }
    }

    #[test]
    fn valid_input_is_normalised() {
        let r = check_resource(&valid()).unwrap();
        assert_eq!(r.sectors, vec!["energy_systems"]);
        assert_eq!(r.tags, vec!["district heating"]);
        assert_eq!(r.phases, vec![3, 4]);
        assert_eq!(r.country, "FR");
    }

    #[test]
    fn mistakes_name_their_field() {
        let cases: Vec<(ResourceInput, &str)> = vec![
            (ResourceInput { title: "".into(), ..valid() }, "title"),
            (ResourceInput { summary: " ".into(), ..valid() }, "summary"),
            (ResourceInput { sectors: vec!["aviation".into()], ..valid() }, "sectors"),
            (ResourceInput { language: "xx".into(), ..valid() }, "language"),
            (ResourceInput { kind: "poem".into(), ..valid() }, "kind"),
            (ResourceInput { phases: vec![7], ..valid() }, "phases"),
            (ResourceInput { title: "x".repeat(201), ..valid() }, "title"),
            (ResourceInput { period_start: Some(2030), period_end: Some(2020), ..valid() }, "period_end"),
            (ResourceInput { country: "France".into(), ..valid() }, "country"),
            (
                ResourceInput { impact: Impact { tco2e_per_year: Some(-1.0), ..Default::default() }, ..valid() },
                "tco2e_per_year",
            ),
            (
                ResourceInput {
                    attachments: vec![Attachment {
                        url: "javascript:alert(1)".into(),
                        media_type: String::new(),
                        title: String::new(),
                        blurhash: None,
                    }],
                    ..valid()
                },
                "attachments",
            ),
        ];
        for (input, field) in cases {
            assert_eq!(check_resource(&input).unwrap_err().field.as_deref(), Some(field));
        }
    }

    fn version(language: &str) -> Translation {
        Translation {
            language: language.into(),
            title: format!("Title in {language}"),
            summary: "Summary.".into(),
            body: "**Body**".into(),
            body_html: "<script>x</script>".into(),
        }
    }

    #[test]
    fn translations_are_checked_and_rendered() {
        let input =
            ResourceInput { translations: vec![version("de"), Translation::default(), version("fr-BE")], ..valid() };
        let checked = check_resource(&input).unwrap();
        assert_eq!(checked.translations.len(), 2, "the empty set is left out");
        assert_eq!(checked.translations[0].body_html, "<p><strong>Body</strong></p>\n", "made from the Markdown");
        let refused = |translations: Vec<Translation>| {
            let err = check_resource(&ResourceInput { translations, ..valid() }).unwrap_err();
            assert_eq!(err.field.as_deref(), Some("translations"));
            err.message
        };
        refused(vec![version("en-GB")]);
        refused(vec![version("de"), version("de-AT")]);
        refused(vec![version("xx")]);
        refused(vec![Translation { title: "x".repeat(201), ..version("de") }]);
        refused(vec![Translation { summary: " ".into(), ..version("de") }]);
        let many: Vec<Translation> = TAXONOMY.languages.iter().filter(|l| *l != "en").map(|l| version(l)).collect();
        refused(many[..=MAX_TRANSLATIONS].to_vec());
        let blanks_too = [many[..MAX_TRANSLATIONS].to_vec(), vec![Translation::default()]].concat();
        assert!(
            check_resource(&ResourceInput { translations: blanks_too, ..valid() }).is_ok(),
            "the form's empty set is not counted"
        );
        refused(vec![version("de-<b>")]);
        let html_only =
            Translation { body: String::new(), body_html: "<p>ok</p><script>x</script>".into(), ..version("de") };
        let checked = check_resource(&ResourceInput { translations: vec![html_only], ..valid() }).unwrap();
        assert_eq!(checked.translations[0].body_html, "<p>ok</p>", "HTML from elsewhere is sanitised");
    }

    #[test]
    fn the_reader_sees_their_language_when_it_exists() {
        let versions = vec![version("de"), version("fr-BE")];
        let shown = |asked: Option<&str>, interface: &str| {
            version_for("en", &versions, asked, interface).map(|v| v.language.as_str())
        };
        assert_eq!(shown(None, "de"), Some("de"));
        assert_eq!(shown(None, "fr"), Some("fr-BE"));
        assert_eq!(shown(None, "pl"), None, "no Polish version: the original");
        assert_eq!(shown(None, "en"), None);
        assert_eq!(shown(Some("fr"), "de"), Some("fr-BE"), "the switcher's choice first");
        assert_eq!(shown(Some("en"), "de"), None, "the original asked for");
    }
}
