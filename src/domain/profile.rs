use super::taxonomy::TAXONOMY;
use crate::error::{AppError, AppResult, Problems};
use cairn_templates::i18n::{t, t_with};

/// A person's profile as they edit it; the same rules apply to the form and `PATCH /api/v1/me`.
#[derive(Debug, Clone, Default, serde::Serialize, serde::Deserialize, utoipa::ToSchema)]
#[serde(default)]
pub struct ProfileInput {
    pub display_name: String,
    pub summary: String,
    pub job_title: String,
    pub city: String,
    /// ISO 3166-1 alpha-2 code, e.g. `BE`.
    pub country: String,
    /// Comma-separated in forms; a list in JSON (see `expertise_list`).
    pub expertise: Vec<String>,
    /// Sector ids of the taxonomy, e.g. `energy_systems`.
    pub sectors: Vec<String>,
    /// Where the person works.
    pub organisation: String,
    pub avatar_url: String,
    /// The picture across the top of the profile.
    pub header_url: String,
    /// An upload of one's own to show as the avatar, instead of `avatar_url`.
    pub avatar_media_id: Option<i64>,
    /// An upload of one's own to show as the header, instead of `header_url`.
    pub header_media_id: Option<i64>,
    pub manually_approves: bool,
}

#[derive(Debug)]
pub struct Profile {
    pub display_name: String,
    pub summary: String,
    pub job_title: String,
    pub city: String,
    pub country: String,
    pub expertise: Vec<String>,
    pub sectors: Vec<String>,
    pub organisation: String,
    pub avatar_url: Option<String>,
    pub header_url: Option<String>,
    pub manually_approves: bool,
}

pub(crate) fn bounded(field: &'static str, value: &str, max: usize) -> AppResult<String> {
    let value = value.trim();
    if value.chars().count() > max {
        return Err(AppError::invalid(field, t_with("keep-this-under-characters", &[("max", max.into())])));
    }
    if value.chars().any(|c| c.is_control() && c != '\n' && c != '\r' && c != '\t') {
        return Err(AppError::invalid(field, t("this-contains-control-characters")));
    }
    Ok(value.to_string())
}

pub fn expertise_list(text: &str) -> Vec<String> {
    text.split(',').map(str::trim).filter(|t| !t.is_empty()).map(str::to_string).collect()
}

/// The profile as it will be kept, or every problem with it at once, in the form's order.
pub fn check_profile(input: &ProfileInput) -> AppResult<Profile> {
    let mut problems = Problems::default();
    let display_name = problems.keep(bounded("display_name", &input.display_name, 100))?.unwrap_or_default();
    let job_title = problems.keep(bounded("job_title", &input.job_title, 100))?.unwrap_or_default();
    let organisation = problems.keep(bounded("organisation", &input.organisation, 200))?.unwrap_or_default();
    let city = problems.keep(bounded("city", &input.city, 100))?.unwrap_or_default();
    let country = problems.keep(super::node::check_known_country("country", &input.country))?.unwrap_or_default();
    let sectors = TAXONOMY.chosen_sectors(&input.sectors, &mut problems);
    let expertise: Vec<String> = problems
        .keep(
            input
                .expertise
                .iter()
                .map(|tag| bounded("expertise", tag, 60))
                .filter(|t| !matches!(t, Ok(t) if t.is_empty()))
                .collect::<AppResult<_>>(),
        )?
        .unwrap_or_default();
    if expertise.len() > 20 {
        problems.add("expertise", t("list-at-most-20-areas-of-expertise"));
    }
    let summary = problems.keep(bounded("summary", &input.summary, 2000))?.unwrap_or_default();
    let mut picture = |field: &'static str, text: &str| {
        let text = text.trim();
        let link = if text.is_empty() { None } else { super::web_link(text) };
        if link.is_none() && !text.is_empty() {
            problems.add(field, "enter a picture's https:// address");
        }
        link
    };
    let avatar_url = picture("avatar_url", &input.avatar_url);
    let header_url = picture("header_url", &input.header_url);
    problems.finish()?;
    Ok(Profile {
        display_name,
        summary,
        job_title,
        city,
        country,
        expertise,
        sectors,
        organisation,
        avatar_url,
        header_url,
        manually_approves: input.manually_approves,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn profile_rules() {
        let ok = ProfileInput {
            display_name: " Anna ".into(),
            expertise: expertise_list("mobility, , district heating"),
            avatar_url: "https://lyon.example/a.png".into(),
            ..Default::default()
        };
        let p = check_profile(&ok).unwrap();
        assert_eq!(p.display_name, "Anna");
        assert_eq!(p.expertise, vec!["mobility", "district heating"]);
        let long = ProfileInput { job_title: "x".repeat(101), ..Default::default() };
        assert_eq!(check_profile(&long).err().unwrap().field.as_deref(), Some("job_title"));
        let bad_avatar = ProfileInput { avatar_url: "javascript:alert(1)".into(), ..Default::default() };
        assert_eq!(check_profile(&bad_avatar).err().unwrap().field.as_deref(), Some("avatar_url"));
        let sectors = ProfileInput { sectors: vec!["energy_systems".into(), "energy_systems".into()], ..ok.clone() };
        assert_eq!(check_profile(&sectors).unwrap().sectors, vec!["energy_systems"]);
    }

    #[test]
    fn every_profile_problem_is_named_at_once_in_the_forms_order() {
        let wrong = ProfileInput {
            job_title: "x".repeat(101),
            organisation: "y".repeat(201),
            country: "Atlantis".into(),
            sectors: vec!["alchemy".into()],
            avatar_url: "javascript:alert(1)".into(),
            header_url: "ftp://lyon.example/h.png".into(),
            ..Default::default()
        };
        let error = check_profile(&wrong).unwrap_err();
        let fields: Vec<String> = error.field_problems().into_iter().map(|p| p.field).collect();
        assert_eq!(fields, ["job_title", "organisation", "country", "sectors", "avatar_url", "header_url"]);
    }
}
